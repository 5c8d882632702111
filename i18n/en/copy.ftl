# `y` on the board: the selected activity to the clipboard (OSC 52).
copy-key = copy the activity (for minutes or e-mail)
copy-line = { $id } — { $title } — { $owner } — { $due } — { $status }
copy-due = { $due } ({ $date })
copy-done = Copied: { $text }
copy-nothing = No activity selected: nothing to copy
