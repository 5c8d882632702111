# Problemer i en plan (`fremdrift check`, listen over advarsler på tavla), og hvordan de skrives
# ut. Nøkler (`due`, `owner`), tabelloverskrifter ([plan], [[area]]) og siterte verdier fra
# planen er filformat: de står likt på alle språk.

## Utskrift: nivånavnene foran en melding.
diagnostic-note = merk
diagnostic-help = hjelp
diagnostic-in-file = i { $path }

## Oppsummeringen `fremdrift check` skriver for hver plan.
check-summary-ok = ok ({ $activities ->
    [one] { $activities } aktivitet
   *[other] { $activities } aktiviteter
} i { $areas ->
    [one] { $areas } innsatsområde
   *[other] { $areas } innsatsområder
})
check-summary-problems = { $errors } feil, { $warnings ->
    [one] { $warnings } advarsel
   *[other] { $warnings } advarsler
}

## TOML-syntaks.
check-empty-file = planfila er tom
check-empty-file-help = begynn med [plan] og title = "…"; plans/README.md har et fullstendig eksempel
check-toml-unterminated-string = ugyldig TOML: teksten er ikke avsluttet
check-toml-unterminated-string-help = avslutt teksten med { $quote } på samme linje; tekst over flere linjer står mellom """ og """
check-toml-unterminated-multiline = ugyldig TOML: teksten over flere linjer er ikke avsluttet
check-toml-unterminated-multiline-help = avslutt teksten med { $quote }
check-toml-string-starts-here = teksten begynner her
check-toml-bad-escape = ugyldig TOML: `{ $escape }` er ingen gyldig escape-sekvens
check-toml-bad-escape-help = inni "…" er bare \\, \", \n, \t, \uXXXX og noen få andre tillatt; bruk '…' for tekst med omvendt skråstrek
check-toml-escaped-quote-help = \" inni en tekst er et anførselstegn, så teksten slutter ikke der; skriv \\ for en omvendt skråstrek, eller bruk '…' for tekst med omvendte skråstreker
check-toml-unclosed-header = ugyldig TOML: tabelloverskriften er ikke lukket med `{ $close }`
check-toml-unclosed-header-help = avslutt overskriften med { $close } på samme linje
check-toml-missing-equals = ugyldig TOML: `=` mangler etter nøkkelen
check-toml-missing-equals-help = skriv nøkkel = verdi, for eksempel owner = "Prosjektleder"
check-toml-unquoted = ugyldig TOML: tekstverdier må stå i anførselstegn
check-toml-unquoted-help = sett teksten i anførselstegn, for eksempel title = "…"
check-toml-missing-value = ugyldig TOML: nøkkelen har ingen verdi
check-toml-duplicate-key = ugyldig TOML: nøkkelen står to ganger
check-toml-duplicate-key-help = hver nøkkel kan stå én gang per tabell; fjern eller gi nytt navn til den som gjentas
check-toml-missing-comma = ugyldig TOML: komma mangler mellom verdiene i lista
check-toml-missing-comma-help = skill verdiene med komma, for eksempel ["Ola", "Kari"]
check-toml-unclosed-array = ugyldig TOML: lista er ikke lukket med `]`
check-toml-unclosed-array-help = avslutt lista med ]
check-toml-unclosed-inline-table = ugyldig TOML: tabellen er ikke lukket med `{"}"}`
check-toml-unclosed-inline-table-help = avslutt tabellen med {"}"}
check-toml-other = ugyldig TOML: { $detail }
check-see-readme = se plans/README.md for planformatet

## Hvor en nøkkel mangler eller er ukjent.
check-where-top = på øverste nivå
check-where-table = i { $table }
check-where-an-activity = i en aktivitet
check-where-area = i innsatsområde { $number }
check-where-activity-id = i aktiviteten "{ $id }"
check-where-activity-path = i aktivitet { $path_id }

## Nøkler og typer.
check-unknown-key = ukjent nøkkel `{ $key }` { $place }
check-did-you-mean-key = mente du `{ $key }`?
check-allowed-keys = nøklene som er tillatt { $place }, er: { $keys }
check-missing-key = nøkkelen `{ $key }` mangler { $place }
check-add-key = legg til { $key } = "…"
check-missing-due-help = legg til en frist, for eksempel due = "30. november" eller due = "uke 50"
check-empty-value = `{ $key }` kan ikke være tom
check-empty-value-help = fyll inn { $key }
check-too-long = `{ $key }` er for lang ({ $bytes } byte, begynner "{ $head }…")
check-too-long-help = en tekstverdi har høyst { $max } byte
check-quote-it = sett i anførselstegn: { $key } = "{ $value }"
check-wrong-type = `{ $key }` skal være { $expected }, men er { $found }
check-expected-plan-table = en tabell ([plan])
check-expected-days = et helt antall dager
check-expected-dates = en liste med datoer
check-expected-bool = true eller false
check-expected-table = en tabell
check-expected-tables = en liste med tabeller
check-expected-string = en tekst
check-expected-strings = en liste med tekster
check-expected-date = en dato (for eksempel 2017-09-01)
check-expected-deadline = en fristtekst eller en dato
check-found-string = en tekst "{ $value }"
check-found-integer = et heltall ({ $value })
check-found-float = et desimaltall ({ $value })
check-found-boolean = en sannhetsverdi ({ $value })
check-found-date = en dato ({ $value })
check-found-array = en liste
check-found-table = en tabell
check-not-array-of-tables = `{ $key }` må være en liste med tabeller
check-not-array-of-tables-help = skriv [[{ $path }]] i stedet for [{ $path }]
check-date-with-time = `{ $key }` må være en dato uten klokkeslett, fant `{ $value }`
check-date-with-time-help = skriv { $key } = 2017-09-01
check-invalid-date = ugyldig dato "{ $value }" i `{ $key }`
check-invalid-date-help = skriv en TOML-dato, for eksempel { $key } = 2017-09-01

## [plan]
check-missing-plan-table = tabellen [plan] mangler
check-missing-plan-table-help = begynn fila med [plan] og title = "…"
check-unknown-language = ukjent språk "{ $value }"
check-unknown-language-help = bruk "nb" (bokmål), "nn" (nynorsk) eller "en" (engelsk)
check-plan-ends-before-start = planen slutter ({ $end }) før den begynner ({ $start })
check-plan-ends-before-start-help = bytt om start og end
check-period-no-end = planperioden har ingen slutt
check-period-no-start = planperioden har ingen start
check-period-set-key = sett plan.{ $key } så frister uten årstall kan plasseres
check-due-soon-days-range = due_soon_days må være mellom 0 og 3650, fant { $value }

## Møter.
check-add-meeting-dates = legg til dates = [2018-01-25, 2018-03-01]
check-duplicate-series = møteserien "{ $name }" står to ganger
check-duplicate-series-help = gi hver [[meeting]] sitt eget navn, eller slå sammen datoene
check-tentative-not-a-date = den foreløpige datoen { $date } er ikke en av seriens datoer
check-tentative-not-a-date-help = legg den også inn i dates, eller rett den
check-unknown-series = ukjent møteserie "{ $name }"
check-did-you-mean-series = mente du "{ $name }"?
check-no-series-help = planen har ingen [[meeting]]-serie; legg til en med name og dates
check-series-are = planens møteserier er: { $series }
check-meeting-ambiguous = fristen "{ $text }" viser til et møte, men planen har flere møteserier
check-meeting-ambiguous-help = si hvilken med meeting = "…" på aktiviteten: { $series }

## Innsatsområder, delprosjekter og aktiviteter.
check-unknown-area-status = ukjent status for innsatsområde "{ $value }"
check-area-status-help = status for et innsatsområde er en av { $accepted }
check-unknown-status = ukjent status "{ $value }"
check-status-help = status for en aktivitet er en av { $accepted }
check-workstream-empty = delprosjektet "{ $title }" har ingen aktiviteter
check-workstream-empty-help = legg [[area.workstream.activity]]-tabeller under det, eller fjern det
check-empty-id = en aktivitets id kan ikke være tom
check-empty-id-help = fjern id for å bruke stien "{ $path_id }" som id, eller skriv en
check-deadline-datetime = fristen `{ $value }` har klokkeslett eller mangler dato
check-deadline-datetime-help = skriv en dato, for eksempel { $key } = 2017-11-30

## Kontroller av hele planen.
check-duplicate-area = nummeret "{ $number }" er brukt på flere innsatsområder
check-duplicate-area-help = innsatsområde { $number } er også "{ $title }"; gi hvert innsatsområde sitt eget nummer
check-duplicate-id = aktivitets-id "{ $id }" er brukt flere ganger
check-duplicate-id-label = { $id } er også id-en til "{ $title }"
check-duplicate-path-id-label = { $id } er også sti-id-en til "{ $title }"
check-duplicate-id-help = gi en av dem en annen id = "…"
check-deadline-before-start = fristen "{ $text }" ({ $date }) er før planen begynner ({ $start })
check-deadline-before-start-guess = fristen "{ $text }" ({ $date }) er før planen begynner ({ $start }); { $year }?
check-deadline-before-start-help = sjekk årstallet, eller planens start
check-deadline-after-end = fristen "{ $text }" ({ $date }) er etter at planen slutter ({ $end })
check-deadline-after-end-help = sjekk årstallet, eller forleng planens slutt
check-owner-misspelt = ansvarlig "{ $owner }" ser ut som en feilstaving av "{ $other }"
check-owner-misspelt-help = "{ $other }" er ansvarlig for { $count ->
    [one] { $count } aktivitet
   *[other] { $count } aktiviteter
}; skriv owner = "{ $other }" hvis det er ment
check-waiting-without-reason = innsatsområde { $number } venter uten en grunn
check-waiting-without-reason-help = legg til reason = "…" som sier hva det venter på

# A problem in one line, in a message that already names the file.
diag-at-line = linje { $line }, kolonne { $column }: { $severity }: { $message }
