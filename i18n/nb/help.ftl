# Hjelpen på kommandolinja (`fremdrift --help`, `fremdrift KOMMANDO --help`).
# Id-er: help-KOMMANDO (toppnivået er help-fremdrift), help-KOMMANDO-ARGUMENT, ellers den felles
# help-any-ARGUMENT; `.long` legger til avsnitt bare --help viser; help-value-NAVN er et
# verdinavn som <DATO>; help-clap-* er clap sine egne ord.

## clap sine ord
help-clap-usage = Bruk
help-clap-commands = Kommandoer
help-clap-arguments = Argumenter
help-clap-options = Valg
help-clap-command-value = KOMMANDO
help-clap-options-value = VALG
help-clap-print-help = Vis hjelp
help-clap-print-help-more = Vis hjelp (se mer med '--help')
help-clap-print-help-summary = Vis hjelp (se et sammendrag med '-h')
help-clap-print-version = Vis versjonen
help-clap-help-about = Vis denne hjelpen eller hjelpen til de gitte kommandoene
help-clap-help-subcommand = Vis hjelpen til kommandoen(e)
help-clap-default = [standard: { $value }]
help-clap-possible-values = [mulige verdier: { $values }]
help-clap-possible-values-heading = Mulige verdier

## Verdinavn
help-value-plan = PLAN
help-value-date = DATO
help-value-lang = SPRÅK
help-value-theme = TEMA
help-value-format = FORMAT
help-value-days = DAGER
help-value-name = NAVN
help-value-names = NAVN
help-value-s = S
help-value-n = N
help-value-delimiter = SKILLETEGN
help-value-text = TEKST
help-value-file = FIL
help-value-id = ID
help-value-area-workstream = OMRÅDE[/DELOMRÅDE]
help-value-seconds = SEKUNDER
help-value-base = GRUNNLAG
help-value-ours = VÅR
help-value-theirs = DERES
help-value-marker-size = MARKØRLENGDE
help-value-path = STI
help-value-dir = MAPPE
help-value-program = PROGRAM

## Argumenter mange kommandoer deler
help-any-plan = Planfila
help-any-today = Vis planen slik den er denne dagen (ÅÅÅÅ-MM-DD eller dd.mm.åååå) i stedet for i dag
help-any-lang = Språket for meldinger og utdata: nb (bokmål), nn (nynorsk) eller en (standard: planens `language`, ellers LC_ALL/LC_MESSAGES/LANG, ellers nb)
help-any-no-cache = Les hver plan på nytt i stedet for å bruke mellomlageret (også: FREMDRIFT_NO_CACHE=1)
help-any-format = Utdataformat
help-any-id = Aktivitetens id, eller stien dens, f.eks. 2.1.3
help-any-read-only = Vis planen uten å endre den
help-any-theme = Farger for rommet: dark (mørk), light (lys) eller high-contrast (høy kontrast) (NO_COLOR slår av farger)
help-any-delimiter = Skilletegn mellom feltene i CSV (f.eks. ';' for norske regneark)
help-any-raw = Skriv celleverdiene som de er, også de et regneark ville kjørt som en formel
    .long = Uten --raw får en tekstcelle i CSV som begynner med =, +, -, @, tabulator eller vognretur en ' foran, så regnearket viser den som tekst i stedet for å kjøre den.
help-any-output = Skriv til FIL i stedet for standard ut

## fremdrift (tavla)
help-fremdrift = Holder prosjektplanen ærlig: en levende tavle og verktøy for en håndskrevet TOML-plan
help-fremdrift-plan = Planfila som skal åpnes, eller en mappe med *.toml-planer (porteføljen)
help-fremdrift-lang = Språket på tavla: nb, nn eller en (standard: planens `language`, ellers LC_ALL/LC_MESSAGES/LANG, ellers nb)

## check
help-check = Kontroller planer og skriv ut hvert problem, i rustc-stil
help-check-plans = Planfiler (eller mapper med *.toml-planer)
help-check-deny-warnings = Avslutt med 1 også når det er advarsler

## list
help-list = List aktiviteter, filtrert, som tabell, CSV eller JSON
help-list-overdue = Bare forfalte aktiviteter
help-list-due-within = Bare åpne aktiviteter med frist innen DAGER fra i dag (forfalte tatt med)
help-list-owner = Bare aktiviteter som NAVN er ansvarlig for (store og små bokstaver likt)
help-list-status = Bare aktiviteter med denne statusen (på begge språk)
help-list-area = Bare aktiviteter i område N
help-list-machine = CSV for skript: engelske overskrifter og verdier (todo, true/false, ISO-datoer), de samme uansett språk (uten dette er CSV på leserens språk)

## set
help-set = Endre status, notat, frist eller ansvarlig for én aktivitet, og lagre planen
help-set-area = Endre et område i stedet for en aktivitet: dets --status (aktiv/venter/ferdig), --reason og --title
help-set-reason = Hvorfor området venter (påkrevd når det blir «venter»/«waiting»)
help-set-title = Ny tittel (på aktiviteten, eller med --area på området)
help-set-meeting = Møteserien aktivitetens møtefrist viser til
help-set-clear-meeting = Fjern aktivitetens møteserie (planens eneste gjelder da)
help-set-members = Hvem som jobber med den, skilt med komma: «Kari, Ola» ("" fjerner dem)
help-set-status = Ny status (på begge språk; skrives på planens språk)
help-set-note = Nytt notat
help-set-clear-note = Fjern notatet
help-set-due = Ny frist, f.eks. «uke 50» eller «30. november»
help-set-owner = Ny ansvarlig

## report
help-report = En statusrapport til referatet fra et møte, som Markdown, HTML eller Word (docx)
help-report-plan = Planfila, eller en mappe med *.toml-planer (én rapport med en del per plan)
help-report-format-md = Markdown, til å lime inn i et dokument
help-report-format-html = Én selvstendig HTML-fil, for nettleseren eller skriveren
help-report-since = Endringer og aktiviteter gjort siden DATO (standard: siste møte før i dag)
help-report-since-meeting = Endringer og aktiviteter gjort siden siste møte i serien NAVN (standard: styringsgruppens) før i dag
help-report-meeting = Møteserien rapporten ser fram mot neste møte i (standard: styringsgruppen, ellers den eneste serien, ellers de neste due_soon_days dagene)

## export
help-export = Eksporter planen: frister som iCalendar, aktiviteter som Excel (xlsx), CSV eller JSON
help-export-format-ics = iCalendar: én heldagshendelse per frist, for kalenderprogrammer
help-export-format-csv = Én rad per aktivitet, for regneark
help-export-format-json = Den utledede planen, som `list --format json`
help-export-bom = Start CSV med et UTF-8-byte-order-merke, så Excel leser æøå riktig
help-export-machine = CSV for skript: engelske overskrifter og verdier (todo, true/false, ISO-datoer), de samme uansett språk (uten dette er CSV på leserens språk; JSON er alltid engelsk)

## add, rm, mv, new
help-add = Legg til en aktivitet, et delprosjekt eller et område (skriver ut aktivitetens id), i filas egen stil
help-add-into = Hvor: et områdes egne aktiviteter («2») eller et delprosjekt («2/Effektiv søknadsprosess»); til slutt
help-add-after = Rett etter denne aktiviteten i stedet
help-add-title = Tittelen (på aktiviteten, eller med --area på det nye området)
help-add-owner = Hvem som er ansvarlig for den
help-add-due = Fristen slik planer skriver den, f.eks. «uke 50»
help-add-id = Den nye id-en (standard: den neste ledige etter planens eget mønster, f.eks. nvk-9)
help-rm = Fjern en aktivitet (med kommentarene som hører til den), eller et tomt delprosjekt eller område
help-mv = Flytt en aktivitet: etter en annen, til slutten av et område eller delprosjekt, eller ett steg
help-mv-into = Til slutten av et områdes egne aktiviteter («2») eller av et delprosjekt («2/Effektiv søknadsprosess»)
help-mv-after = Rett etter denne aktiviteten
help-mv-up = Ett steg opp blant søsknene
help-mv-down = Ett steg ned blant søsknene
help-new = Skriv en ny plan: et kommentert skjelett som består `check`
help-new-plan = Planfila som skal skrives
help-new-title = Planens tittel
help-new-org = Organisasjonen, f.eks. «Sør-Varanger kommune»
help-new-start = Første dag i planperioden (standard: i dag)
help-new-end = Siste dag i planperioden (standard: seks måneder etter starten)
help-new-lang = Den nye planens språk (dens `language`, kommentarer og ord): nb, nn eller en; meldingene fra `new` bruker det også (standard: LC_ALL/LC_MESSAGES/LANG, ellers nb)
help-new-force = Erstatt fila hvis den finnes

## open, present
help-open = Åpne tavla (det samme som `fremdrift PLAN`)
help-open-plan = Planfila som skal åpnes, eller en mappe med *.toml-planer (porteføljen)
help-open-lang = Språket på tavla: nb, nn eller en (standard: planens `language`, ellers LC_ALL/LC_MESSAGES/LANG, ellers nb)
help-present = Vis planen i et møte: skrivebeskyttet, stor, og følger fila når den lagres
help-present-meeting = Møteserien hvis neste møte «frist før neste møte» betyr (standard: styringsgruppens)
help-present-cycle = Bla om sidene av seg selv etter SEKUNDER sekunder
help-present-lang = Språk: nb, nn eller en (standard: planens `language`, ellers LC_ALL/LC_MESSAGES/LANG, ellers nb)
help-present-theme = Farger: high-contrast (høy kontrast) er best å lese på en projektor

## merge, git-setup, log
help-merge = Gits flettedriver for planer: fletter felt for felt (se `git-setup`)
help-merge-base = Felles opphav (gits %O)
help-merge-ours = Vår versjon (gits %A); resultatet skrives hit
help-merge-theirs = Deres versjon (gits %B)
help-merge-marker-size = Lengden på konfliktmarkørene (gits %L)
help-merge-path = Planens sti i depotet, til meldinger (gits %P)
help-git-setup = Installer flettedriveren i et git-depot (git config og .gitattributes)
help-git-setup-dir = En mappe i depotet; .gitattributes skrives her
help-git-setup-program = Programmet git kjører som driver (standard: fremdrift, funnet i PATH)
help-log = Planens endringer commit for commit, fra git-historikken
help-log-since = Bare commiter på eller etter denne dagen (ÅÅÅÅ-MM-DD eller dd.mm.åååå)
help-log-since-meeting = Bare commiter siden siste møte (i serien NAVN, standard den første) før i dag
help-set-workstream = Gi et delprosjekt nytt navn i stedet (med --title): OMRÅDE/TITTEL, f.eks. «2/Effektiv søknadsprosess»
help-add-workstream = Legg til et delprosjekt med denne tittelen i stedet, sist i området --in peker på
help-add-area = Legg til et område med dette nummeret (og --title) i stedet
help-rm-workstream = Fjern et tomt delprosjekt i stedet: OMRÅDE/TITTEL, f.eks. «2/Effektiv søknadsprosess»
help-rm-area = Fjern et tomt område i stedet
help-value-area-title = OMRÅDE/TITTEL
help-value-title = TITTEL
