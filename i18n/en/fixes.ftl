# Quick fixes from the problems list (w): select a problem, Enter goes to it, x fixes it.
fixes-key = apply the problem's fix
fixes-hint = j/k choose · Enter go to it · E editor at its line · Esc close
fixes-owner = set owner = "{ $owner }"
fixes-due = set the deadline to "{ $due }"
fixes-reason = write what area { $number } waits for
fixes-none = this problem has no quick fix; E opens the editor at its line
