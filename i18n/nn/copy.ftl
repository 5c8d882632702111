# `y` på tavla: den valde aktiviteten til utklippstavla (OSC 52).
copy-key = kopier aktiviteten (til referat eller e-post)
copy-line = { $id } — { $title } — { $owner } — { $due } — { $status }
copy-due = { $due } ({ $date })
copy-done = Kopiert: { $text }
copy-nothing = Ingen aktivitet er vald: ingenting å kopiere
