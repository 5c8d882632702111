# Kommandolinja: bruksfeil, kva ein kommando gjorde, og kvifor han ikkje kunne.

## Argument
cli-unknown-language = ukjend språk «{ $value }»: bruk eitt av { $expected }
cli-invalid-date = ugyldig dato «{ $value }»: skriv ÅÅÅÅ-MM-DD eller dd.mm.åååå, t.d. 2017-12-01
cli-unknown-status = ukjend status «{ $value }»: bruk éin av { $expected }
cli-unknown-area-status = ukjend status for området «{ $value }»: bruk éin av { $expected }
cli-invalid-delimiter = ugyldig skiljeteikn «{ $value }»: gi eitt teikn, t.d. ',' eller ';'
cli-give-plan = gi ei planfil, t.d. `fremdrift plans/naeringsvennlig-kommune.toml`; sjå --help
cli-give-plan-open = gi ei planfil, t.d. `fremdrift open plans/naeringsvennlig-kommune.toml`

## Lese og skrive
cli-cannot-write-stdout = kan ikkje skrive til standard ut: { $error }
cli-plan-has-errors = { $path } har { $count ->
    [one] { $count } feil
   *[other] { $count } feil
}; køyr `fremdrift check { $path }` når du har retta
cli-plan-has-errors-short = planen har feil
cli-no-plans-in-folder = { $path }: ingen *.toml-planar i denne mappa
cli-no-meetings = planen har ingen møte; gi --since DATO i staden
cli-no-meeting-before = { $series } har ikkje hatt møte før { $date }; gi --since DATO i staden
cli-no-such-plan = { $path }: planfila finst ikkje
cli-log-plan-errors = { $path } har feil, så møta er ukjende; køyr `fremdrift check` på fila

## set, add, rm, mv, new
cli-set-give-id = gi ID-en til aktiviteten, eller --area N
cli-set-nothing = ingenting å endre; gi --status, --note, --clear-note, --due, --owner, --title, --meeting, --clear-meeting eller --members
cli-set-area-nothing = ingenting å endre; gi --status, --reason eller --title saman med --area
cli-changed = { $id } { $field }: { $old } → { $new }
cli-nothing-changed = { $id }: ingenting endra
cli-area-status-changed = område { $number } status: { $old } → { $new }
cli-area-reason-changed = område { $number } grunngjeving: { $old } → { $new }
cli-area-title-changed = område { $number } tittel: «{ $old }» → «{ $new }»
cli-area-nothing-changed = område { $number }: ingenting endra
cli-none = (ingen)
cli-no-note = (ingen merknad)
cli-field-status = status
cli-field-note = merknad
cli-field-due = frist
cli-field-owner = ansvarleg
cli-field-title = tittel
cli-field-meeting = møte
cli-field-members = deltakarar
cli-saved-merged = lagra { $path }, slått saman med endringar gjort ein annan stad
cli-note = merk: { $note }
cli-not-saved-unchanged = { $error }; ingenting vart lagra, { $path } er uendra
cli-conflict = konflikt: { $field } for { $id } («{ $title }») vart endra ein annan stad til { $theirs }, her til { $ours }
cli-not-saved = { $error }; ingenting vart lagra
cli-add-where = sei kvar aktiviteten skal: --in OMRÅDE[/DELPROSJEKT] eller --after ID
cli-mv-where = sei kvar han skal: --in OMRÅDE[/DELPROSJEKT], --after ID, --up eller --down
cli-removed = { $id } fjerna
cli-moved = { $id } flytta
cli-new-exists = { $path }: fila finst; gi eit anna namn, eller --force for å byte henne ut
cli-new-wrote = skreiv { $path }

## Tavla og presentasjonen
cli-needs-terminal-board = tavla treng ein terminal; bruk `fremdrift list` eller `fremdrift report` for å skrive ut planen
cli-needs-terminal-present = presentasjonen treng ein terminal; bruk `fremdrift report` for å skrive ut planen
cli-recovery-waiting = merk: { $path } har { $count ->
    [one] { $count } ulagra endring
   *[other] { $count } ulagra endringar
} frå { $when }; opne tavla i ein terminal for å bruke eller forkaste dei
cli-terminal-error = terminalfeil: { $error }
cli-set-aside = stoppa av eit signal eller ein terminalfeil; ulagra endringar vart skrivne til { $path }, og neste start tilbyr å bruke dei
cli-lost = ikkje lagra: { $what }
cli-no-plan-loads = ingen plan i { $path } kan lesast; køyr `fremdrift check { $path }` når du har retta
cli-has-errors-run-check = { $path } har feil; køyr `fremdrift check { $path }`
cli-recovery-left = { $error }; fila er ikkje endra

## git
cli-merge-not-written = { $path }: samanslåinga kunne ikkje skrivast: { $error }
cli-merge-line-by-line = { $name }: slått saman linje for linje, slik git gjer, ikkje felt for felt: { $reason }
cli-merge-resolve = { $name }: løys dei merkte linjene, sjekk med `fremdrift check { $name }`, og køyr så `git add`
cli-not-a-folder = { $path }: ikkje ei mappe
cli-git-setup-done = git slår saman planar med fremdrift i { $top }:
cli-git-setup-has = har alt «*.toml merge=fremdrift»
cli-git-setup-added = har no «*.toml merge=fremdrift» (commit henne, så alle slår saman likt)

## Bruksfeil (kommandolinja kunne ikkje lesast)
cli-usage-invalid-value = ugyldig verdi «{ $value }» for { $arg }: { $reason }
cli-usage-invalid-choice = ugyldig verdi «{ $value }» for { $arg }; moglege verdiar: { $valid }
cli-usage-missing = desse argumenta manglar: { $args }
cli-usage-unknown-argument = ukjend argument «{ $arg }»
cli-usage-conflict = argumentet { $arg } kan ikkje brukast saman med { $other }
cli-usage-unknown-command = ukjend kommando «{ $command }»
cli-usage-line = Bruk: { $usage }
cli-usage-help = Meir hjelp: prøv '--help'.
