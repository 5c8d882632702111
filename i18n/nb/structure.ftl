# Strukturendringer for delprosjekter og områder: legge til, gi nytt navn og slette.

structure-area-needs-number = det nye området må ha et nummer
structure-area-number-taken = nummeret «{ $number }» er i bruk av et annet område; velg et annet
structure-workstream-needs-title = delprosjektet i område { $area } må ha en tittel
structure-workstream-taken = område { $area } har allerede delprosjektet «{ $title }»
structure-workstream-not-empty = delprosjektet «{ $title }» i område { $area } er ikke tomt: det har { $count ->
    [one] 1 aktivitet
   *[other] { $count } aktiviteter
    }; flytt eller slett dem først
structure-area-not-empty = område { $number } er ikke tomt: det har { $activities ->
    [one] 1 aktivitet
   *[other] { $activities } aktiviteter
    } og { $workstreams ->
    [one] 1 delprosjekt
   *[other] { $workstreams } delprosjekter
    }; flytt eller slett dem først
cli-workstream-added = delprosjektet «{ $title }» lagt til i område { $area }
cli-area-added = område { $number } «{ $title }» lagt til
cli-workstream-renamed = delprosjekt i område { $area }: «{ $old }» → «{ $new }»
cli-workstream-removed = delprosjektet «{ $title }» fjernet fra område { $area }
cli-area-removed = område { $number } fjernet
cli-add-what = si hva som skal legges til: en aktivitet (--title med --owner og --due), --workstream TITTEL --in OMRÅDE, eller --area N --title T
cli-workstream-path = skriv delprosjektet som OMRÅDE/TITTEL, f.eks. «2/Effektiv søknadsprosess»
cli-rm-what = si hva som skal fjernes: en aktivitets ID, --workstream OMRÅDE/TITTEL eller --area N

board-key-add-group = nytt delprosjekt eller område
board-key-rename-group = nytt navn på delprosjektet (t i områdelista: området)
board-key-delete-group = slett et tomt delprosjekt (d i områdelista: området)
board-add-which-title = Legg til
board-choice-new-workstream = Delprosjekt i dette området
board-choice-new-area = Nytt område
board-new-workstream-title = Nytt delprosjekt
board-new-area-title = Nytt område
board-rename-workstream-title = Nytt navn på delprosjektet
board-rename-area-title = Nytt navn på området
board-field-number = nummer
board-delete-group-title = Slett
board-pick-empty-title = Slett et tomt delprosjekt
board-no-empty-workstream = området har ingen tomme delprosjekter å slette
board-delete-workstream-question = Slette delprosjektet «{ $title }» i område { $area }? j/n
board-delete-area-question = Slette område { $number } «{ $title }»? j/n
