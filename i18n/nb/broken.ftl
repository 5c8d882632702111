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
}: det som kunne leses vises, og aktiviteter med feil er merket { $mark }. Rett feilen (e for frist, E i redigeringsprogram) eller se w.
broken-editor = { $editor } på linje { $line }
broken-editor-failed = kunne ikke starte { $editor }: { $error }
broken-editor-back = lest inn på nytt etter { $editor }
