# Hele livet til en plan: strukturendringer som holdes ulagret, feilskjermen for en fil der
# TOML-en ikke kan leses, og hurtigrettinger for problemer funnet ved innlesing.

life-place-after = etter { $id }
life-place-area = sist i område { $area }
life-place-workstream = sist i «{ $title }» i område { $area }
life-unsaved-add = { $id } lagt til: «{ $title }» { $place }
life-unsaved-remove = { $id } slettet
life-unsaved-move = { $id } flyttet { $place }
life-unsaved-shift = { $id } flyttet { $down ->
    [yes] ned
   *[other] opp
    }
life-unsaved-area = område { $number }: { $change }
life-unsaved-add-workstream = delprosjektet «{ $title }» lagt til i område { $area }
life-unsaved-add-area = område { $number } «{ $title }» lagt til
life-unsaved-rename-workstream = delprosjekt i område { $area }: «{ $old }» → «{ $new }»
life-unsaved-remove-workstream = delprosjektet «{ $title }» slettet fra område { $area }
life-unsaved-remove-area = område { $number } slettet

life-broken-title = { $path } kan ikke leses
life-broken-intro = Fila er ikke gyldig TOML, så ingenting i den kan vises. Rett den i redigeringsprogrammet (E) eller et annet sted: denne skjermen leser fila igjen hver gang den endres, og åpner tavla så snart den kan leses.
life-broken-still = lest igjen { $at }: den kan fortsatt ikke leses
life-broken-key-editor = rediger ved feilen

life-fix-status = velg statusen som skal skrives i stedet
life-fix-key = gi nøkkelen navnet { $key }
life-fix-id = gi denne aktiviteten den ledige id-en «{ $id }»
life-fix-gone = problemet er ikke lenger i fila; ingenting ble endret
life-fix-did-not-fix = rettingen ville ikke fjerne problemet; ingenting ble endret
life-unsaved-correct = retting: { $from } → { $to } ({ $problem })
life-unsaved-exact = { $id }: angring eller gjentakelse av en endring i filas linjer

life-fix-already = rettelsen { $from } → { $to } var allerede i filen (gjort et annet sted); ingenting mer å lagre
life-conflict-intro = Endret et annet sted først; denne endringen er ikke lagret.
life-conflict-mine = her: { $change }
life-conflict-theirs = et annet sted: { $what }
life-conflict-gone = et annet sted: { $list } slettet
life-heading-shift = et delprosjekt beholder plassen sin; J/K flytter valgt aktivitet (j for å velge en)
life-fix-id-taken = id-en { $id } står allerede i fila (på en aktivitet som ikke kan leses ennå); rett den først
