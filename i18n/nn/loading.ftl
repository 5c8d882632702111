# Første bilete kjem først: planane i ei mappe vert fylte inn etter kvart som dei vert lesne.
loading-plans-read = { $read } av { $total } planar lesne
