# Strukturendringar for delprosjekt og område: leggje til, gje nytt namn og slette.

structure-area-needs-number = det nye området må ha eit nummer
structure-area-number-taken = nummeret «{ $number }» er i bruk av eit anna område; vel eit anna
structure-workstream-needs-title = delprosjektet i område { $area } må ha ein tittel
structure-workstream-taken = område { $area } har alt delprosjektet «{ $title }»
structure-workstream-not-empty = delprosjektet «{ $title }» i område { $area } er ikkje tomt: det har { $count ->
    [one] 1 aktivitet
   *[other] { $count } aktivitetar
    }; flytt eller slett dei først
structure-area-not-empty = område { $number } er ikkje tomt: det har { $activities ->
    [one] 1 aktivitet
   *[other] { $activities } aktivitetar
    } og { $workstreams ->
    [one] 1 delprosjekt
   *[other] { $workstreams } delprosjekt
    }; flytt eller slett dei først
cli-workstream-added = delprosjektet «{ $title }» lagt til i område { $area }
cli-area-added = område { $number } «{ $title }» lagt til
cli-workstream-renamed = delprosjekt i område { $area }: «{ $old }» → «{ $new }»
cli-workstream-removed = delprosjektet «{ $title }» fjerna frå område { $area }
cli-area-removed = område { $number } fjerna
cli-add-what = sei kva som skal leggjast til: ein aktivitet (--title med --owner og --due), --workstream TITTEL --in OMRÅDE, eller --area N --title T
cli-workstream-path = skriv delprosjektet som OMRÅDE/TITTEL, t.d. «2/Effektiv søknadsprosess»
cli-rm-what = sei kva som skal fjernast: ID-en til ein aktivitet, --workstream OMRÅDE/TITTEL eller --area N

board-key-add-group = nytt delprosjekt eller område
board-key-rename-group = nytt namn på delprosjektet (t i områdelista: området)
board-key-delete-group = slett eit tomt delprosjekt (d i områdelista: området)
board-add-which-title = Legg til
board-choice-new-workstream = Delprosjekt i dette området
board-choice-new-area = Nytt område
board-new-workstream-title = Nytt delprosjekt
board-new-area-title = Nytt område
board-rename-workstream-title = Nytt namn på delprosjektet
board-rename-area-title = Nytt namn på området
board-field-number = nummer
board-delete-group-title = Slett
board-pick-empty-title = Slett eit tomt delprosjekt
board-no-empty-workstream = området har ingen tomme delprosjekt å slette
board-delete-workstream-question = Slette delprosjektet «{ $title }» i område { $area }? j/n
board-delete-area-question = Slette område { $number } «{ $title }»? j/n
