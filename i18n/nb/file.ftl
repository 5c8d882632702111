# Planfila: lese, endre, lagre (src/file, src/plan/edit.rs, src/plan/structure.rs).

## Verdier og navn i meldinger
file-quoted = «{ $value }»
file-value-none = (ingen)
file-value-no-note = (ingen merknad)
file-value-unchanged = (uendret)
file-value-done-on = ferdig { $date }
file-field-status = status
file-field-note = merknad
file-field-due = frist
file-field-owner = ansvarlig
file-field-title = tittel
file-field-meeting = møte
file-field-members = deltakere
file-the-plan = planen
file-the-activity = aktiviteten «{ $id }»
file-list-more = { $list } og { $more } til

## Feil ved endring
file-unknown-id = ingen aktivitet har id-en «{ $id }»
file-unknown-id-suggest = ingen aktivitet har id-en «{ $id }»; mente du «{ $suggestion }»?
file-unknown-id-known = { $first }
    planens id-er er: { $ids }
file-edit-invalid = endringen ville gjort planen ugyldig
file-edit-invalid-first = endringen ville gjort planen ugyldig: { $first }
file-edit-invalid-file = endringen ble ikke lagret: den ville gjort { $path } ugyldig
file-external-invalid = planen ble endret et annet sted og har feil nå; ingenting ble lagret
file-external-invalid-first = planen ble endret et annet sted og har feil nå; ingenting ble lagret: { $first }
file-external-invalid-file = { $path } ble endret et annet sted og har feil nå; ingenting ble lagret (rett fila, og prøv igjen)
file-conflict = konflikt: { $id } («{ $title }») { $field } ble endret et annet sted til { $theirs }, her til { $ours }
file-conflict-unsaved = { $conflict }; ingenting ble lagret
file-conflict-gone = (aktiviteten finnes ikke lenger i fila)
file-removed = planen ble endret et annet sted, og { $count ->
        [one] { $count } av aktivitetene eller områdene er borte der
       *[other] { $count } av aktivitetene eller områdene er borte der
    } ({ $list }); ingenting ble lagret, så ingen forsvinner uten at du ser det
file-bug = feil i fremdrift, ingenting ble lagret: { $message } (meld gjerne fra om feilen)
file-bug-no-index = ingen aktivitet på plass { $index }
file-bug-splice-misfit = den lagrede endringen passer ikke med teksten
file-bug-deadline-refused = fila godtar fristen, men endringen leser den ikke: { $reason }
file-bug-loads-differently = etter endringen ville { $which } bli lest annerledes enn meningen var
file-bug-toml-edit-read = toml_edit kan ikke lese planen
file-bug-toml-edit-exact = toml_edit gjengir ikke denne fila nøyaktig
file-bug-table-missing = tabellen er ikke der planen sier
file-bug-change-loads-differently = etter endringen ville planen bli lest annerledes enn meningen var
file-bug-change-would-not-load = den endrede planen kan ikke leses
file-bug-undo-would-not-load = den angrede endringen kan ikke leses
file-inline-tables = denne planen skriver aktivitetene som innebygde tabeller; legg til, flytt eller fjern dem for hånd
file-undo-structure-changed = planen er endret siden «{ $id }» ble lagt til, flyttet eller fjernet; endre den tilbake for hånd

## Lese filer
file-io-not-found = fila eller mappa finnes ikke
file-io-permission-denied = ingen tilgang
file-io-storage-full = det er ikke mer plass på disken
file-io-read-only-fs = filsystemet er skrivebeskyttet
file-io-in-use = fila er i bruk av et annet program (lukk den der, og prøv igjen)
file-kind-directory = en mappe
file-kind-fifo = en navngitt pipe (FIFO)
file-kind-char-device = en tegnenhet
file-kind-block-device = en blokkenhet
file-kind-socket = en socket
file-kind-symlink = en symbolsk lenke
file-kind-special = en spesialfil
file-read-not-found = { $path }: fila finnes ikke
file-read-directory = { $path }: er en mappe, ikke en planfil (oppgi en .toml-fil)
file-read-not-regular = { $path }: er { $kind }, ikke en planfil (oppgi en vanlig .toml-fil)
file-read-too-large-size = { $path }: fila er på { $size } MiB; planer større enn { $limit } MiB blir avvist
file-read-too-large = { $path }: fila er større enn { $limit } MiB; planer større enn { $limit } MiB blir avvist
file-read-utf16 = { $path }: fila er UTF-16; lagre den som UTF-8 (ren tekst) i stedet
file-read-not-utf8 = { $path }:{ $line }:{ $column }: fila er ikke gyldig UTF-8 her; lagre den som UTF-8
file-read-io = { $path }: { $reason }

## Lagring
save-area = område { $number }
save-activity-gone = aktiviteten «{ $id }» finnes ikke lenger i fila
save-changed-since = { $field } er endret i fila siden (nå { $now })
save-read-only = kan ikke lagre { $path }: fila er skrivebeskyttet (gjør den skrivbar, og lagre igjen)
save-cannot-save = kan ikke lagre { $path }: { $reason }
save-cannot-save-step = kan ikke lagre { $path }: { $step }: { $reason }
save-cannot-replace = kan ikke lagre { $path }: kan ikke erstatte fila: { $reason }
save-hard-links = { $path } hadde { $links } harde lenker; { $others ->
        [one] den andre viser
       *[other] de { $others } andre viser
    } fortsatt versjonen fra før denne lagringen (fremdrift lagrer ved å erstatte fila, så den aldri blir halvskrevet)
save-kept-writing = kan ikke lagre { $path }: andre programmer fortsatte å skrive fila; ingenting ble lagret
save-kept-aside = { $reason }; en versjon som et annet program skrev i mellomtiden, er tatt vare på i { $path }
save-same-lines = kan ikke lagre { $path }: et annet program endret de samme linjene i mellomtiden; ingenting ble lagret
save-undo-not-saved = planen ble endret et annet sted rundt «{ $id }»; angringen ble ikke lagret (angre for hånd)
save-gone = kan ikke lagre { $path }: fila finnes ikke lenger (slettet eller flyttet)
save-cannot-create-lock = kan ikke lagre { $path }: kan ikke opprette låsefila { $lock }: { $reason }
save-lock-timeout = kan ikke lagre { $path }: ventet { $seconds } s på at andre lagringer i fremdrift skulle bli ferdige (låsefil { $lock }); ingenting ble lagret
save-cannot-lock = kan ikke lagre { $path }: kan ikke låse { $lock }: { $reason }
save-busy = kan ikke lagre { $path }: et annet program skriver fila (den endret seg i { $seconds } s); ingenting ble lagret

## Legge til, flytte og fjerne aktiviteter og områder
structure-unknown-id = ingen aktivitet har id-en «{ $id }»
structure-after-itself = kan ikke plassere «{ $id }» etter seg selv
structure-no-workstream = område { $area } har ikke delprosjektet «{ $title }»; delprosjektene er: { $known }
structure-no-workstream-none = område { $area } har ikke delprosjektet «{ $title }»; det har ingen delprosjekter
structure-already-first = «{ $id }» er allerede først i gruppa si
structure-already-last = «{ $id }» er allerede sist i gruppa si
structure-area-needs-title = område { $number } må ha en tittel
structure-area-needs-reason = område { $number } venter: skriv hva det venter på
structure-unknown-area = ikke noe område har nummeret «{ $number }»; planens områder er { $known }
structure-needs-id = den nye aktiviteten må ha en id
structure-id-taken = id-en «{ $id }» er i bruk; velg en annen
structure-needs-title = den nye aktiviteten må ha en tittel
structure-needs-owner = den nye aktiviteten må ha en ansvarlig

## Midlertidige filer
file-temp-create = kan ikke opprette en midlertidig fil i { $dir }
file-temp-write = kan ikke skrive den midlertidige fila
file-temp-flush = kan ikke tømme den midlertidige fila til disk
file-temp-permissions = kan ikke sette tilgangene til den midlertidige fila
file-temp-keep = kan ikke beholde den midlertidige fila
file-temp-rename = kan ikke gi den midlertidige fila nytt navn

## Opening a plan for editing
save-open-invalid = { $path } har { $count ->
        [one] { $count } feil
       *[other] { $count } feil
    }; rett dem før du endrer

## Skrive utdata (-o)
file-output-over-plan = { $path }: skriver ikke over planen utdataene er laget fra; oppgi en annen fil med -o
file-output-directory = { $path }: er en mappe; oppgi et filnavn med -o
file-output-not-a-name = { $path }: ikke et filnavn; oppgi et filnavn med -o
file-output-cannot-write = { $path }: kan ikke skrive: { $reason }
file-output-special = { $path }: er { $kind }; oppgi et filnavn med -o, eller - for standard ut
file-output-stdout = kan ikke skrive til standard ut: { $reason }

## Andre tavler som endrer planen
file-presence-editor = { $user } på { $host } (pid { $pid }, siden { $since })

## Gjenopprettingsfila (ulagrede endringer lagt til side)
file-recovery-unknown-status = ukjent status «{ $status }»
file-recovery-no-value = endringen av { $field } har ingen verdi
file-recovery-unknown-field = ukjent felt «{ $field }» (ventet status, note, due, owner, title, meeting eller members)
file-recovery-cannot-read = kan ikke lese { $path }: { $reason }
file-recovery-bad = { $path }: { $reason }
file-recovery-not-recovery = ikke en gjenopprettingsfil fra fremdrift ({ $reason })
file-recovery-unknown-format = ukjent gjenopprettingsformat «{ $format }» (ventet «{ $expected }»)
file-recovery-cannot-move-aside = kan ikke flytte den uleselige { $path } til side: { $reason }
file-recovery-cannot-remove = kan ikke fjerne { $path }: { $reason }
file-recovery-cannot-write = kan ikke skrive { $path }: { $step }: { $reason }

## Møteserier
meeting-unknown-series-none = ingen møteserie «{ $name }»: planen har ingen [[meeting]]-serier
meeting-unknown-series = ingen møteserie «{ $name }»: ventet en av { $known }

## Små filer ved siden av en plan
file-not-regular = er { $kind }, ikke en vanlig fil
file-larger-than = er større enn { $limit } byte

## Lista over tavler som endrer en plan
file-presence-cannot-lock = kan ikke låse { $path }: { $reason }
file-presence-cannot-remove = kan ikke fjerne { $path }: { $reason }
file-presence-cannot-write = kan ikke skrive { $path }: { $step }: { $reason }
