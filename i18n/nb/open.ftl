# Å åpne en sti der det ikke finnes noen fil ennå.
open-new-ask = { $path } finnes ikke. Vil du lage en ny plan der? [j/N]
open-new-yes = j, ja, y, yes
open-new-title = Planens tittel [{ $suggested }]:
