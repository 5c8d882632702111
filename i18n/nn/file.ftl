# Planfila: lese, endre, lagre (src/file, src/plan/edit.rs, src/plan/structure.rs).

## Verdiar og namn i meldingar
file-quoted = «{ $value }»
file-value-none = (ingen)
file-value-no-note = (ingen merknad)
file-value-unchanged = (uendra)
file-value-done-on = ferdig { $date }
file-field-status = status
file-field-note = merknad
file-field-due = frist
file-field-owner = ansvarleg
file-field-title = tittel
file-field-meeting = møte
file-field-members = deltakarar
file-the-plan = planen
file-the-activity = aktiviteten «{ $id }»
file-list-more = { $list } og { $more } til

## Feil ved endring
file-unknown-id = ingen aktivitet har id-en «{ $id }»
file-unknown-id-suggest = ingen aktivitet har id-en «{ $id }»; meinte du «{ $suggestion }»?
file-unknown-id-known = { $first }
    id-ane i planen er: { $ids }
file-edit-invalid = endringa ville gjort planen ugyldig
file-edit-invalid-first = endringa ville gjort planen ugyldig: { $first }
file-edit-invalid-file = endringa vart ikkje lagra: ho ville gjort { $path } ugyldig
file-external-invalid = planen vart endra ein annan stad og har feil no; ingenting vart lagra
file-external-invalid-first = planen vart endra ein annan stad og har feil no; ingenting vart lagra: { $first }
file-external-invalid-file = { $path } vart endra ein annan stad og har feil no; ingenting vart lagra (rett fila, og prøv igjen)
file-conflict = konflikt: { $id } («{ $title }») { $field } vart endra ein annan stad til { $theirs }, her til { $ours }
file-conflict-unsaved = { $conflict }; ingenting vart lagra
file-conflict-gone = (aktiviteten finst ikkje lenger i fila)
file-removed = planen vart endra ein annan stad, og { $count ->
        [one] { $count } av aktivitetane eller områda er borte der
       *[other] { $count } av aktivitetane eller områda er borte der
    } ({ $list }); ingenting vart lagra, så ingen forsvinn utan at du ser det
file-bug = feil i fremdrift, ingenting vart lagra: { $message } (meld gjerne frå om feilen)
file-bug-no-index = ingen aktivitet på plass { $index }
file-bug-splice-misfit = den lagra endringa passar ikkje med teksten
file-bug-deadline-refused = fila godtek fristen, men endringa les han ikkje: { $reason }
file-bug-loads-differently = etter endringa ville { $which } bli lesen annleis enn meininga var
file-bug-toml-edit-read = toml_edit kan ikkje lese planen
file-bug-toml-edit-exact = toml_edit gjengir ikkje denne fila nøyaktig
file-bug-table-missing = tabellen er ikkje der planen seier
file-bug-change-loads-differently = etter endringa ville planen bli lesen annleis enn meininga var
file-bug-change-would-not-load = den endra planen kan ikkje lesast
file-bug-undo-would-not-load = den angra endringa kan ikkje lesast
file-inline-tables = denne planen skriv aktivitetane som innebygde tabellar; legg til, flytt eller fjern dei for hand
file-undo-structure-changed = planen er endra sidan «{ $id }» vart lagd til, flytta eller fjerna; endra han tilbake for hand

## Lese filer
file-io-not-found = fila eller mappa finst ikkje
file-io-permission-denied = ingen tilgang
file-io-storage-full = det er ikkje meir plass på disken
file-io-read-only-fs = filsystemet er skriveverna
file-io-in-use = fila er i bruk av eit anna program (lukk ho der, og prøv igjen)
file-kind-directory = ei mappe
file-kind-fifo = ein namngjeven pipe (FIFO)
file-kind-char-device = ei teikneining
file-kind-block-device = ei blokkeining
file-kind-socket = ein socket
file-kind-symlink = ei symbolsk lenkje
file-kind-special = ei spesialfil
file-read-not-found = { $path }: fila finst ikkje
file-read-directory = { $path }: er ei mappe, ikkje ei planfil (gje ei .toml-fil)
file-read-not-regular = { $path }: er { $kind }, ikkje ei planfil (gje ei vanleg .toml-fil)
file-read-too-large-size = { $path }: fila er på { $size } MiB; planar større enn { $limit } MiB blir avviste
file-read-too-large = { $path }: fila er større enn { $limit } MiB; planar større enn { $limit } MiB blir avviste
file-read-utf16 = { $path }: fila er UTF-16; lagra ho som UTF-8 (rein tekst) i staden
file-read-not-utf8 = { $path }:{ $line }:{ $column }: fila er ikkje gyldig UTF-8 her; lagra ho som UTF-8
file-read-io = { $path }: { $reason }

## Lagring
save-area = område { $number }
save-activity-gone = aktiviteten «{ $id }» finst ikkje lenger i fila
save-changed-since = { $field } er endra i fila sidan (no { $now })
save-read-only = kan ikkje lagre { $path }: fila er skriveverna (gjer ho skrivbar, og lagra igjen)
save-cannot-save = kan ikkje lagre { $path }: { $reason }
save-cannot-save-step = kan ikkje lagre { $path }: { $step }: { $reason }
save-cannot-replace = kan ikkje lagre { $path }: kan ikkje byte ut fila: { $reason }
save-hard-links = { $path } hadde { $links } harde lenkjer; { $others ->
        [one] den andre viser
       *[other] dei { $others } andre viser
    } framleis versjonen frå før denne lagringa (fremdrift lagrar ved å byte ut fila, så ho aldri blir halvskriven)
save-kept-writing = kan ikkje lagre { $path }: andre program heldt fram med å skrive fila; ingenting vart lagra
save-kept-aside = { $reason }; ein versjon som eit anna program skreiv i mellomtida, er teken vare på i { $path }
save-same-lines = kan ikkje lagre { $path }: eit anna program endra dei same linjene i mellomtida; ingenting vart lagra
save-undo-not-saved = planen vart endra ein annan stad rundt «{ $id }»; angringa vart ikkje lagra (angra for hand)
save-gone = kan ikkje lagre { $path }: fila finst ikkje lenger (sletta eller flytta)
save-cannot-create-lock = kan ikkje lagre { $path }: kan ikkje opprette låsefila { $lock }: { $reason }
save-lock-timeout = kan ikkje lagre { $path }: venta { $seconds } s på at andre lagringar i fremdrift skulle bli ferdige (låsefil { $lock }); ingenting vart lagra
save-cannot-lock = kan ikkje lagre { $path }: kan ikkje låse { $lock }: { $reason }
save-busy = kan ikkje lagre { $path }: eit anna program skriv fila (ho endra seg i { $seconds } s); ingenting vart lagra

## Leggje til, flytte og fjerne aktivitetar og område
structure-unknown-id = ingen aktivitet har id-en «{ $id }»
structure-after-itself = kan ikkje plassere «{ $id }» etter seg sjølv
structure-no-workstream = område { $area } har ikkje delprosjektet «{ $title }»; delprosjekta er: { $known }
structure-no-workstream-none = område { $area } har ikkje delprosjektet «{ $title }»; det har ingen delprosjekt
structure-already-first = «{ $id }» er alt først i gruppa si
structure-already-last = «{ $id }» er alt sist i gruppa si
structure-area-needs-title = område { $number } må ha ein tittel
structure-area-needs-reason = område { $number } ventar: skriv kva det ventar på
structure-unknown-area = ikkje noko område har nummeret «{ $number }»; områda i planen er { $known }
structure-needs-id = den nye aktiviteten må ha ein id
structure-id-taken = id-en «{ $id }» er i bruk; vel ein annan
structure-needs-title = den nye aktiviteten må ha ein tittel
structure-needs-owner = den nye aktiviteten må ha ein ansvarleg

## Mellombelse filer
file-temp-create = kan ikkje opprette ei mellombels fil i { $dir }
file-temp-write = kan ikkje skrive den mellombelse fila
file-temp-flush = kan ikkje tømme den mellombelse fila til disk
file-temp-permissions = kan ikkje setje tilgangane til den mellombelse fila
file-temp-keep = kan ikkje halde på den mellombelse fila
file-temp-rename = kan ikkje gje den mellombelse fila nytt namn

## Opening a plan for editing
save-open-invalid = { $path } har { $count ->
        [one] { $count } feil
       *[other] { $count } feil
    }; rett dei før du endrar

## Skrive utdata (-o)
file-output-over-plan = { $path }: skriv ikkje over planen utdataa er laga frå; gje ei anna fil med -o
file-output-directory = { $path }: er ei mappe; gje eit filnamn med -o
file-output-not-a-name = { $path }: ikkje eit filnamn; gje eit filnamn med -o
file-output-cannot-write = { $path }: kan ikkje skrive: { $reason }
file-output-special = { $path }: er { $kind }; gje eit filnamn med -o, eller - for standard ut
file-output-stdout = kan ikkje skrive til standard ut: { $reason }

## Andre tavler som endrar planen
file-presence-editor = { $user } på { $host } (pid { $pid }, sidan { $since })

## Gjenopprettingsfila (ulagra endringar lagde til side)
file-recovery-unknown-status = ukjent status «{ $status }»
file-recovery-no-value = endringa av { $field } har ingen verdi
file-recovery-unknown-field = ukjent felt «{ $field }» (venta status, note, due, owner, title, meeting eller members)
file-recovery-cannot-read = kan ikkje lese { $path }: { $reason }
file-recovery-bad = { $path }: { $reason }
file-recovery-not-recovery = ikkje ei gjenopprettingsfil frå fremdrift ({ $reason })
file-recovery-unknown-format = ukjent gjenopprettingsformat «{ $format }» (venta «{ $expected }»)
file-recovery-cannot-move-aside = kan ikkje flytte den uleselege { $path } til side: { $reason }
file-recovery-cannot-remove = kan ikkje fjerne { $path }: { $reason }
file-recovery-cannot-write = kan ikkje skrive { $path }: { $step }: { $reason }

## Møteseriar
meeting-unknown-series-none = ingen møteserie «{ $name }»: planen har ingen [[meeting]]-seriar
meeting-unknown-series = ingen møteserie «{ $name }»: venta ein av { $known }

## Små filer ved sida av ein plan
file-not-regular = er { $kind }, ikkje ei vanleg fil
file-larger-than = er større enn { $limit } byte

## Lista over tavler som endrar ein plan
file-presence-cannot-lock = kan ikkje låse { $path }: { $reason }
file-presence-cannot-remove = kan ikkje fjerne { $path }: { $reason }
file-presence-cannot-write = kan ikkje skrive { $path }: { $step }: { $reason }
