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
}; marked { $mark } · w lists · E opens the file
broken-editor-failed = could not start { $editor }: { $error }
broken-key-editor = open the file in your editor (at the activity or the error)
