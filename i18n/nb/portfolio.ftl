# The portfolio keeps up: reading every plan again (r), searching its rows (/).
portfolio-key-reload = les alle planene inn på nytt
portfolio-legend-search = / søker i titler, filnavn, ansvarlige og id-er; Enter beholder, Esc tømmer
portfolio-filter-hint = j/k velg · h/l endre · F nullstill · Esc lukk; / søker i teksten
