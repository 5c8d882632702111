# The portfolio keeps up: reading every plan again (r), searching its rows (/).
portfolio-key-reload = read every plan again
portfolio-legend-search = / searches titles, file names, owners and ids; Enter keeps, Esc clears
portfolio-filter-hint = j/k choose · h/l change · F clear · Esc close; / searches the text
