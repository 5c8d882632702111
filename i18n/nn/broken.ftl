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
}: det som kunne lesast blir vist, og aktivitetar med feil er merkte { $mark }. Rett feilen (e for frist, E i redigeringsprogram) eller sjå w.
broken-editor = { $editor } på linje { $line }
broken-editor-failed = kunne ikkje starte { $editor }: { $error }
broken-editor-back = lese inn på nytt etter { $editor }
