# The portfolio keeps up: reading every plan again (r), searching its rows (/).
portfolio-key-reload = les alle planane inn på nytt
portfolio-legend-search = / søkjer i titlar, filnamn, ansvarlege og id-ar; Enter held på, Esc tømmer
