# The first frame comes first: a folder's plans fill in as they are read, and the board's
# whole-plan checks arrive a moment after it is drawn.
loading-plans-read = { $read } of { $total } plans read
loading-checking = checking…
