# The first frame comes first: a folder's plans fill in as they are read.
loading-plans-read = { $read } of { $total } plans read
