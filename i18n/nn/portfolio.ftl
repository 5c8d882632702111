# The portfolio keeps up: reading every plan again (r), searching its rows (/).
portfolio-key-reload = les alle planane inn på nytt
portfolio-legend-search = / søkjer i titlar, filnamn, ansvarlege og id-ar; Enter held på, Esc tømmer
portfolio-filter-hint = j/k vel · h/l endre · F nullstill · Esc lukk; / søkjer i teksten
