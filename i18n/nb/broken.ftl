# A plan with errors on the board: what is marked, counted and shown.
broken-header-errors = { $count ->
    [one] { $count } feil · w viser den
   *[other] { $count } feil · w viser dem
}
broken-legend = feil i aktiviteten
broken-field = feil
broken-due-unknown = ukjent
broken-opened = Planen har { $count ->
    [one] én feil
   *[other] { $count } feil
}; merket { $mark } · w viser · E åpner fila
broken-editor-failed = kunne ikke starte { $editor }: { $error }
broken-key-editor = åpne fila i redigeringsprogrammet (ved aktiviteten eller feilen)
