# A plan with errors on the board: what is marked, counted and shown.
broken-header-errors = { $count ->
    [one] { $count } error · w lists it
   *[other] { $count } errors · w lists them
}
broken-legend = error in the activity
broken-field = error
broken-due-unknown = unknown
broken-opened = The plan has { $count ->
    [one] one error
   *[other] { $count } errors
}: what could be read is shown, and activities with errors are marked { $mark }. Fix it (e for the deadline, E in an editor) or see w.
broken-editor = { $editor } at line { $line }
broken-editor-failed = could not start { $editor }: { $error }
broken-editor-back = read again after { $editor }
