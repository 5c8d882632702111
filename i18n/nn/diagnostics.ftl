# Problem i ein plan (`fremdrift check`, lista over åtvaringar på tavla), og korleis dei blir
# skrivne ut. Nøklar (`due`, `owner`), tabelloverskrifter ([plan], [[area]]) og siterte verdiar
# frå planen er filformat: dei står likt på alle språk.

## Utskrift: nivånamna framfor ei melding.
diagnostic-note = merk
diagnostic-help = hjelp
diagnostic-in-file = i { $path }

## Samandraget `fremdrift check` skriv for kvar plan.
check-summary-ok = ok ({ $activities ->
    [one] { $activities } aktivitet
   *[other] { $activities } aktivitetar
} i { $areas ->
    [one] { $areas } innsatsområde
   *[other] { $areas } innsatsområde
})
check-summary-problems = { $errors } feil, { $warnings ->
    [one] { $warnings } åtvaring
   *[other] { $warnings } åtvaringar
}

## TOML-syntaks.
check-empty-file = planfila er tom
check-empty-file-help = byrj med [plan] og title = "…"; plans/README.md har eit fullstendig døme
check-toml-unterminated-string = ugyldig TOML: teksten er ikkje avslutta
check-toml-unterminated-string-help = avslutt teksten med { $quote } på same linja; tekst over fleire linjer står mellom """ og """
check-toml-unterminated-multiline = ugyldig TOML: teksten over fleire linjer er ikkje avslutta
check-toml-unterminated-multiline-help = avslutt teksten med { $quote }
check-toml-string-starts-here = teksten byrjar her
check-toml-bad-escape = ugyldig TOML: `{ $escape }` er inga gyldig escape-sekvens
check-toml-bad-escape-help = inni "…" er berre \\, \", \n, \t, \uXXXX og nokre få andre tillatne; bruk '…' for tekst med omvendt skråstrek
check-toml-escaped-quote-help = \" inni ein tekst er eit hermeteikn, så teksten sluttar ikkje der; skriv \\ for ein omvendt skråstrek, eller bruk '…' for tekst med omvende skråstrekar
check-toml-unclosed-header = ugyldig TOML: tabelloverskrifta er ikkje lukka med `{ $close }`
check-toml-unclosed-header-help = avslutt overskrifta med { $close } på same linja
check-toml-missing-equals = ugyldig TOML: `=` manglar etter nøkkelen
check-toml-missing-equals-help = skriv nøkkel = verdi, til dømes owner = "Prosjektleiar"
check-toml-unquoted = ugyldig TOML: tekstverdiar må stå i hermeteikn
check-toml-unquoted-help = set teksten i hermeteikn, til dømes title = "…"
check-toml-missing-value = ugyldig TOML: nøkkelen har ingen verdi
check-toml-duplicate-key = ugyldig TOML: nøkkelen står to gonger
check-toml-duplicate-key-help = kvar nøkkel kan stå éin gong per tabell; fjern eller gje nytt namn til den som blir gjenteken
check-toml-missing-comma = ugyldig TOML: komma manglar mellom verdiane i lista
check-toml-missing-comma-help = skil verdiane med komma, til dømes ["Ola", "Kari"]
check-toml-unclosed-array = ugyldig TOML: lista er ikkje lukka med `]`
check-toml-unclosed-array-help = avslutt lista med ]
check-toml-unclosed-inline-table = ugyldig TOML: tabellen er ikkje lukka med `{"}"}`
check-toml-unclosed-inline-table-help = avslutt tabellen med {"}"}
check-toml-other = ugyldig TOML: { $detail }
check-see-readme = sjå plans/README.md for planformatet

## Kvar ein nøkkel manglar eller er ukjend.
check-where-top = på øvste nivå
check-where-table = i { $table }
check-where-an-activity = i ein aktivitet
check-where-area = i innsatsområde { $number }
check-where-activity-id = i aktiviteten "{ $id }"
check-where-activity-path = i aktivitet { $path_id }

## Nøklar og typar.
check-unknown-key = ukjend nøkkel `{ $key }` { $place }
check-did-you-mean-key = meinte du `{ $key }`?
check-allowed-keys = nøklane som er tillatne { $place }, er: { $keys }
check-missing-key = nøkkelen `{ $key }` manglar { $place }
check-add-key = legg til { $key } = "…"
check-missing-due-help = legg til ein frist, til dømes due = "30. november" eller due = "veke 50"
check-empty-value = `{ $key }` kan ikkje vere tom
check-empty-value-help = fyll inn { $key }
check-too-long = `{ $key }` er for lang ({ $bytes } byte, byrjar "{ $head }…")
check-too-long-help = ein tekstverdi har høgst { $max } byte
check-quote-it = set i hermeteikn: { $key } = "{ $value }"
check-wrong-type = `{ $key }` skal vere { $expected }, men er { $found }
check-expected-plan-table = ein tabell ([plan])
check-expected-days = eit heilt tal dagar
check-expected-dates = ei liste med datoar
check-expected-bool = true eller false
check-expected-table = ein tabell
check-expected-tables = ei liste med tabellar
check-expected-string = ein tekst
check-expected-strings = ei liste med tekstar
check-expected-date = ein dato (til dømes 2017-09-01)
check-expected-deadline = ein fristtekst eller ein dato
check-found-string = ein tekst "{ $value }"
check-found-integer = eit heiltal ({ $value })
check-found-float = eit desimaltal ({ $value })
check-found-boolean = ein sanningsverdi ({ $value })
check-found-date = ein dato ({ $value })
check-found-array = ei liste
check-found-table = ein tabell
check-not-array-of-tables = `{ $key }` må vere ei liste med tabellar
check-not-array-of-tables-help = skriv [[{ $path }]] i staden for [{ $path }]
check-date-with-time = `{ $key }` må vere ein dato utan klokkeslett, fann `{ $value }`
check-date-with-time-help = skriv { $key } = 2017-09-01
check-invalid-date = ugyldig dato "{ $value }" i `{ $key }`
check-invalid-date-help = skriv ein TOML-dato, til dømes { $key } = 2017-09-01

## [plan]
check-missing-plan-table = tabellen [plan] manglar
check-missing-plan-table-help = byrj fila med [plan] og title = "…"
check-unknown-language = ukjend språk "{ $value }"
check-unknown-language-help = bruk "nb" (bokmål), "nn" (nynorsk) eller "en" (engelsk)
check-plan-ends-before-start = planen sluttar ({ $end }) før han byrjar ({ $start })
check-plan-ends-before-start-help = byt om start og end
check-period-no-end = planperioden har ingen slutt
check-period-no-start = planperioden har ingen start
check-period-set-key = set plan.{ $key } så fristar utan årstal kan plasserast
check-due-soon-days-range = due_soon_days må vere mellom 0 og 3650, fann { $value }

## Møte.
check-add-meeting-dates = legg til dates = [2018-01-25, 2018-03-01]
check-duplicate-series = møteserien "{ $name }" står to gonger
check-duplicate-series-help = gje kvar [[meeting]] sitt eige namn, eller slå saman datoane
check-tentative-not-a-date = den førebelse datoen { $date } er ikkje ein av datoane i serien
check-tentative-not-a-date-help = legg han òg inn i dates, eller rett han
check-unknown-series = ukjend møteserie "{ $name }"
check-did-you-mean-series = meinte du "{ $name }"?
check-no-series-help = planen har ingen [[meeting]]-serie; legg til ein med name og dates
check-series-are = møteseriane i planen er: { $series }
check-meeting-ambiguous = fristen "{ $text }" viser til eit møte, men planen har fleire møteseriar
check-meeting-ambiguous-help = sei kva for ein med meeting = "…" på aktiviteten: { $series }

## Innsatsområde, arbeidsområde og aktivitetar.
check-unknown-area-status = ukjend status for innsatsområde "{ $value }"
check-area-status-help = status for eit innsatsområde er ein av { $accepted }
check-unknown-status = ukjend status "{ $value }"
check-status-help = status for ein aktivitet er ein av { $accepted }
check-workstream-empty = arbeidsområdet "{ $title }" har ingen aktivitetar
check-workstream-empty-help = legg [[area.workstream.activity]]-tabellar under det, eller fjern det
check-empty-id = id-en til ein aktivitet kan ikkje vere tom
check-empty-id-help = fjern id for å bruke stien "{ $path_id }" som id, eller skriv ein
check-deadline-datetime = fristen `{ $value }` har klokkeslett eller manglar dato
check-deadline-datetime-help = skriv ein dato, til dømes { $key } = 2017-11-30

## Kontrollar av heile planen.
check-duplicate-area = nummeret "{ $number }" er brukt på fleire innsatsområde
check-duplicate-area-help = innsatsområde { $number } er òg "{ $title }"; gje kvart innsatsområde sitt eige nummer
check-duplicate-id = aktivitets-id "{ $id }" er brukt fleire gonger
check-duplicate-id-label = { $id } er òg id-en til "{ $title }"
check-duplicate-path-id-label = { $id } er òg sti-id-en til "{ $title }"
check-duplicate-id-help = gje ein av dei ein annan id = "…"
check-deadline-before-start = fristen "{ $text }" ({ $date }) er før planen byrjar ({ $start })
check-deadline-before-start-guess = fristen "{ $text }" ({ $date }) er før planen byrjar ({ $start }); { $year }?
check-deadline-before-start-help = sjekk årstalet, eller starten på planen
check-deadline-after-end = fristen "{ $text }" ({ $date }) er etter at planen sluttar ({ $end })
check-deadline-after-end-help = sjekk årstalet, eller forleng slutten på planen
check-owner-misspelt = ansvarleg "{ $owner }" ser ut som ei feilstaving av "{ $other }"
check-owner-misspelt-help = "{ $other }" er ansvarleg for { $count ->
    [one] { $count } aktivitet
   *[other] { $count } aktivitetar
}; skriv owner = "{ $other }" om det er meint
check-waiting-without-reason = innsatsområde { $number } ventar utan grunn
check-waiting-without-reason-help = legg til reason = "…" som seier kva det ventar på

# A problem in one line, in a message that already names the file.
diag-at-line = linje { $line }, kolonne { $column }: { $severity }: { $message }
