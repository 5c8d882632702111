# A plan with errors on the board: what is marked, counted and shown.
broken-header-errors = { $count ->
    [one] { $count } feil · w viser han
   *[other] { $count } feil · w viser dei
}
broken-legend = feil i aktiviteten
broken-field = feil
broken-due-unknown = ukjend
broken-opened = Planen har { $count ->
    [one] éin feil
   *[other] { $count } feil
}; merkt { $mark } · w viser · E opnar fila
broken-editor-failed = kunne ikkje starte { $editor }: { $error }
broken-key-editor = opne fila i redigeringsprogrammet (ved aktiviteten eller feilen)
