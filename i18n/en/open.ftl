# Opening a path that names no file yet.
open-new-ask = { $path } does not exist. Start a new plan there? [y/N]
open-new-yes = y, yes
open-new-title = The plan's title [{ $suggested }]:
