# Å opne ein sti der det ikkje finst noka fil enno.
open-new-ask = { $path } finst ikkje. Vil du lage ein ny plan der? [j/N]
open-new-yes = j, ja, y, yes
open-new-title = Tittelen på planen [{ $suggested }]:
