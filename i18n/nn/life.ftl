# Heile livet til ein plan: strukturendringar som blir haldne ulagra, feilskjermen for ei fil der
# TOML-en ikkje kan lesast, og snøggrettingar for problem funne ved innlesing.

life-place-after = etter { $id }
life-place-area = sist i område { $area }
life-place-workstream = sist i «{ $title }» i område { $area }
life-unsaved-add = { $id } lagt til: «{ $title }» { $place }
life-unsaved-remove = { $id } sletta
life-unsaved-move = { $id } flytta { $place }
life-unsaved-shift = { $id } flytta { $down ->
    [yes] ned
   *[other] opp
    }
life-unsaved-area = område { $number }: { $change }
life-unsaved-add-workstream = delprosjektet «{ $title }» lagt til i område { $area }
life-unsaved-add-area = område { $number } «{ $title }» lagt til
life-unsaved-rename-workstream = delprosjekt i område { $area }: «{ $old }» → «{ $new }»
life-unsaved-remove-workstream = delprosjektet «{ $title }» sletta frå område { $area }
life-unsaved-remove-area = område { $number } sletta

life-broken-title = { $path } kan ikkje lesast
life-broken-intro = Fila er ikkje gyldig TOML, så ingenting i ho kan visast. Rett ho i redigeringsprogrammet (E) eller ein annan stad: denne skjermen les fila på nytt kvar gong ho blir endra, og opnar tavla så snart ho kan lesast.
life-broken-still = lesen på nytt { $at }: ho kan framleis ikkje lesast
life-broken-key-editor = rediger ved feilen

life-fix-status = vel statusen som skal skrivast i staden
life-fix-key = gje nøkkelen namnet { $key }
life-fix-id = gje denne aktiviteten den ledige id-en «{ $id }»
life-fix-gone = problemet er ikkje lenger i fila; ingenting vart endra
life-fix-did-not-fix = rettinga ville ikkje fjerne problemet; ingenting vart endra
life-unsaved-correct = retting: { $from } → { $to } ({ $problem })
life-unsaved-exact = { $id }: angring eller gjentaking av ei endring i linjene i fila

life-fix-already = rettinga { $from } → { $to } var alt i fila (gjord ein annan stad); ingenting meir å lagre
life-conflict-intro = Endra ein annan stad først; denne endringa er ikkje lagra.
life-conflict-mine = her: { $change }
life-conflict-theirs = ein annan stad: { $what }
life-conflict-gone = ein annan stad: { $list } sletta
life-heading-shift = eit delprosjekt held plassen sin; J/K flyttar den valde aktiviteten (j for å velje ein)
life-fix-id-taken = id-en { $id } står alt i fila (på ein aktivitet som ikkje kan lesast enno); rett den først
