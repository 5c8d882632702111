# Kommandolinja: bruksfeil, hva en kommando gjorde, og hvorfor den ikke kunne.

## Argumenter
cli-unknown-language = ukjent språk «{ $value }»: bruk ett av { $expected }
cli-invalid-date = ugyldig dato «{ $value }»: skriv ÅÅÅÅ-MM-DD eller dd.mm.åååå, f.eks. 2017-12-01
cli-unknown-status = ukjent status «{ $value }»: bruk én av { $expected }
cli-unknown-area-status = ukjent status for området «{ $value }»: bruk én av { $expected }
cli-invalid-delimiter = ugyldig skilletegn «{ $value }»: gi ett tegn, f.eks. ',' eller ';'
cli-give-plan = gi en planfil, f.eks. `fremdrift plans/naeringsvennlig-kommune.toml`; se --help
cli-give-plan-open = gi en planfil, f.eks. `fremdrift open plans/naeringsvennlig-kommune.toml`

## Lese og skrive
cli-cannot-write-stdout = kan ikke skrive til standard ut: { $error }
cli-plan-has-errors = { $path } har { $count ->
    [one] { $count } feil
   *[other] { $count } feil
}; kjør `fremdrift check { $path }` når du har rettet
cli-plan-has-errors-short = planen har feil
cli-no-plans-in-folder = { $path }: ingen *.toml-planer i denne mappa
cli-no-meetings = planen har ingen møter; gi --since DATO i stedet
cli-no-meeting-before = { $series } har ikke hatt møte før { $date }; gi --since DATO i stedet
cli-no-such-plan = { $path }: planfila finnes ikke
cli-log-plan-errors = { $path } har feil, så møtene er ukjente; kjør `fremdrift check` på fila

## set, add, rm, mv, new
cli-set-give-id = gi aktivitetens ID, eller --area N
cli-set-nothing = ingenting å endre; gi --status, --note, --clear-note, --due, --owner, --title, --meeting, --clear-meeting eller --members
cli-set-area-nothing = ingenting å endre; gi --status, --reason eller --title sammen med --area
cli-changed = { $id } { $field }: { $old } → { $new }
cli-nothing-changed = { $id }: ingenting endret
cli-area-status-changed = område { $number } status: { $old } → { $new }
cli-area-reason-changed = område { $number } begrunnelse: { $old } → { $new }
cli-area-title-changed = område { $number } tittel: «{ $old }» → «{ $new }»
cli-area-nothing-changed = område { $number }: ingenting endret
cli-none = (ingen)
cli-no-note = (ingen merknad)
cli-field-status = status
cli-field-note = merknad
cli-field-due = frist
cli-field-owner = ansvarlig
cli-field-title = tittel
cli-field-meeting = møte
cli-field-members = deltakere
cli-saved-merged = lagret { $path }, slått sammen med endringer gjort et annet sted
cli-note = merk: { $note }
cli-not-saved-unchanged = { $error }; ingenting ble lagret, { $path } er uendret
cli-conflict = konflikt: { $field } for { $id } («{ $title }») ble endret et annet sted til { $theirs }, her til { $ours }
cli-not-saved = { $error }; ingenting ble lagret
cli-add-where = si hvor aktiviteten skal: --in OMRÅDE[/DELPROSJEKT] eller --after ID
cli-mv-where = si hvor den skal: --in OMRÅDE[/DELPROSJEKT], --after ID, --up eller --down
cli-removed = { $id } fjernet
cli-moved = { $id } flyttet
cli-new-exists = { $path }: fila finnes; gi et annet navn, eller --force for å erstatte den
cli-new-wrote = skrev { $path }

## Tavla og presentasjonen
cli-needs-terminal-board = tavla trenger en terminal; bruk `fremdrift list` eller `fremdrift report` for å skrive ut planen
cli-needs-terminal-present = presentasjonen trenger en terminal; bruk `fremdrift report` for å skrive ut planen
cli-recovery-waiting = merk: { $path } har { $count ->
    [one] { $count } ulagret endring
   *[other] { $count } ulagrede endringer
} fra { $when }; åpne tavla i en terminal for å bruke eller forkaste dem
cli-terminal-error = terminalfeil: { $error }
cli-set-aside = stoppet av et signal eller en terminalfeil; ulagrede endringer ble skrevet til { $path }, og neste start tilbyr å bruke dem
cli-lost = ikke lagret: { $what }
cli-no-plan-loads = ingen plan i { $path } kan leses; kjør `fremdrift check { $path }` når du har rettet
cli-has-errors-run-check = { $path } har feil; kjør `fremdrift check { $path }`
cli-recovery-left = { $error }; fila er ikke endret

## git
cli-merge-not-written = { $path }: sammenslåingen kunne ikke skrives: { $error }
cli-merge-line-by-line = { $name }: slått sammen linje for linje, som git gjør, ikke felt for felt: { $reason }
cli-merge-resolve = { $name }: løs de merkede linjene, sjekk med `fremdrift check { $name }`, og kjør så `git add`
cli-not-a-folder = { $path }: ikke en mappe
cli-git-setup-done = git slår sammen planer med fremdrift i { $top }:
cli-git-setup-has = har allerede «*.toml merge=fremdrift»
cli-git-setup-added = har nå «*.toml merge=fremdrift» (commit den, så alle slår sammen likt)

## Bruksfeil (kommandolinja kunne ikke leses)
cli-usage-invalid-value = ugyldig verdi «{ $value }» for { $arg }: { $reason }
cli-usage-invalid-choice = ugyldig verdi «{ $value }» for { $arg }; mulige verdier: { $valid }
cli-usage-missing = disse argumentene mangler: { $args }
cli-usage-unknown-argument = ukjent argument «{ $arg }»
cli-usage-conflict = argumentet { $arg } kan ikke brukes sammen med { $other }
cli-usage-unknown-command = ukjent kommando «{ $command }»
cli-usage-line = Bruk: { $usage }
cli-usage-help = Mer hjelp: prøv '--help'.
