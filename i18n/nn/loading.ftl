# Første bilete kjem først: planane i ei mappe vert fylte inn etter kvart som dei vert lesne,
# og kontrollane av heile planen kjem eit augneblink etter at tavla er teikna.
loading-plans-read = { $read } av { $total } planar lesne
loading-checking = kontrollerer…
