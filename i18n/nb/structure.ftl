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
