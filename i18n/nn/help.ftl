# Hjelpa på kommandolinja (`fremdrift --help`, `fremdrift KOMMANDO --help`).
# Id-ar: help-KOMMANDO (toppnivået er help-fremdrift), help-KOMMANDO-ARGUMENT, elles den felles
# help-any-ARGUMENT; `.long` legg til avsnitt berre --help viser; help-value-NAMN er eit
# verdinamn som <DATO>; help-clap-* er orda til clap sjølv.

## Orda til clap
help-clap-usage = Bruk
help-clap-commands = Kommandoar
help-clap-arguments = Argument
help-clap-options = Val
help-clap-command-value = KOMMANDO
help-clap-options-value = VALG
help-clap-print-help = Vis hjelp
help-clap-print-help-more = Vis hjelp (sjå meir med '--help')
help-clap-print-help-summary = Vis hjelp (sjå eit samandrag med '-h')
help-clap-print-version = Vis versjonen
help-clap-help-about = Vis denne hjelpa eller hjelpa til dei gitte kommandoane
help-clap-help-subcommand = Vis hjelpa til kommandoen(e)
help-clap-default = [standard: { $value }]
help-clap-possible-values = [moglege verdiar: { $values }]
help-clap-possible-values-heading = Moglege verdiar

## Verdinamn
help-value-plan = PLAN
help-value-date = DATO
help-value-lang = SPRÅK
help-value-theme = TEMA
help-value-format = FORMAT
help-value-days = DAGAR
help-value-name = NAMN
help-value-names = NAMN
help-value-s = S
help-value-n = N
help-value-delimiter = SKILJETEIKN
help-value-text = TEKST
help-value-file = FIL
help-value-id = ID
help-value-area-workstream = OMRÅDE[/DELOMRÅDE]
help-value-seconds = SEKUND
help-value-base = GRUNNLAG
help-value-ours = VÅR
help-value-theirs = DEIRA
help-value-marker-size = MARKØRLENGD
help-value-path = STI
help-value-dir = MAPPE
help-value-program = PROGRAM

## Argument som mange kommandoar deler
help-any-plan = Planfila
help-any-today = Vis planen slik han er denne dagen (ÅÅÅÅ-MM-DD eller dd.mm.åååå) i staden for i dag
help-any-lang = Språket for meldingar og utdata: nb (bokmål), nn (nynorsk) eller en (standard: `language` i planen, elles LC_ALL/LC_MESSAGES/LANG, elles nb)
help-any-no-cache = Les kvar plan på nytt i staden for å bruke mellomlageret (òg: FREMDRIFT_NO_CACHE=1)
help-any-format = Utdataformat
help-any-id = ID-en til aktiviteten, eller stien hans, t.d. 2.1.3
help-any-read-only = Vis planen utan å endre han
help-any-theme = Fargar for rommet: dark (mørk), light (lys) eller high-contrast (høg kontrast) (NO_COLOR slår av fargar)
help-any-delimiter = Skiljeteikn mellom felta i CSV (t.d. ';' for norske rekneark)
help-any-raw = Skriv celleverdiane som dei er, òg dei eit rekneark ville ha køyrt som ein formel
    .long = Utan --raw får ei tekstcelle i CSV som byrjar med =, +, -, @, tabulator eller vognretur ein ' framfor, så reknearket viser ho som tekst i staden for å køyre ho.
help-any-output = Skriv til FIL i staden for standard ut

## fremdrift (tavla)
help-fremdrift = Held prosjektplanen ærleg: ei levande tavle og verktøy for ein handskriven TOML-plan
help-fremdrift-plan = Planfila som skal opnast, eller ei mappe med *.toml-planar (porteføljen)
help-fremdrift-lang = Språket på tavla: nb, nn eller en (standard: `language` i planen, elles LC_ALL/LC_MESSAGES/LANG, elles nb)

## check
help-check = Kontroller planar og skriv ut kvart problem, i rustc-stil
help-check-plans = Planfiler (eller mapper med *.toml-planar)
help-check-deny-warnings = Avslutt med 1 òg når det er åtvaringar

## list
help-list = List aktivitetar, filtrerte, som tabell, CSV eller JSON
help-list-overdue = Berre forfalne aktivitetar
help-list-due-within = Berre opne aktivitetar med frist innan DAGAR frå i dag (forfalne tekne med)
help-list-owner = Berre aktivitetar som NAMN er ansvarleg for (store og små bokstavar likt)
help-list-status = Berre aktivitetar med denne statusen (på begge språka)
help-list-area = Berre aktivitetar i område N
help-list-machine = CSV for skript: engelske overskrifter og verdiar (todo, true/false, ISO-datoar), dei same kva språket enn er (utan dette er CSV på språket til lesaren)

## set
help-set = Endre status, notat, frist eller ansvarleg for éin aktivitet, og lagre planen
help-set-area = Endre eit område i staden for ein aktivitet: --status (aktiv/ventar/ferdig), --reason og --title for området
help-set-reason = Kvifor området ventar (kravd når det blir «ventar»/«waiting»)
help-set-title = Ny tittel (på aktiviteten, eller med --area på området)
help-set-meeting = Møteserien som møtefristen til aktiviteten viser til
help-set-clear-meeting = Fjern møteserien til aktiviteten (den einaste i planen gjeld då)
help-set-members = Kven som arbeider med han, skilde med komma: «Kari, Ola» ("" fjernar dei)
help-set-status = Ny status (på begge språka; blir skriven på språket til planen)
help-set-note = Nytt notat
help-set-clear-note = Fjern notatet
help-set-due = Ny frist, t.d. «veke 50» eller «30. november»
help-set-owner = Ny ansvarleg

## report
help-report = Ein statusrapport til referatet frå eit møte, som Markdown, HTML eller Word (docx)
help-report-plan = Planfila, eller ei mappe med *.toml-planar (éin rapport med ein del per plan)
help-report-format-md = Markdown, til å lime inn i eit dokument
help-report-format-html = Éi sjølvstendig HTML-fil, for nettlesaren eller skrivaren
help-report-since = Endringar og aktivitetar gjorde sidan DATO (standard: siste møtet før i dag)
help-report-since-meeting = Endringar og aktivitetar gjorde sidan siste møtet i serien NAMN (standard: styringsgruppa sin) før i dag
help-report-meeting = Møteserien som rapporten ser fram mot neste møte i (standard: styringsgruppa, elles den einaste serien, elles dei neste due_soon_days dagane)

## export
help-export = Eksporter planen: fristar som iCalendar, aktivitetar som Excel (xlsx), CSV eller JSON
help-export-format-ics = iCalendar: éi heildagshending per frist, for kalenderprogram
help-export-format-csv = Éi rad per aktivitet, for rekneark
help-export-format-json = Den utleidde planen, som `list --format json`
help-export-bom = Byrj CSV med eit UTF-8-byte-order-merke, så Excel les æøå rett
help-export-machine = CSV for skript: engelske overskrifter og verdiar (todo, true/false, ISO-datoar), dei same kva språket enn er (utan dette er CSV på språket til lesaren; JSON er alltid engelsk)

## add, rm, mv, new
help-add = Legg til ein aktivitet, eit delprosjekt eller eit område (skriv ut ID-en til aktiviteten), i den eigne stilen til fila
help-add-into = Kvar: dei eigne aktivitetane til eit område («2») eller eit delprosjekt («2/Effektiv søknadsprosess»); til slutt
help-add-after = Rett etter denne aktiviteten i staden
help-add-title = Tittelen (på aktiviteten, eller med --area på det nye området)
help-add-owner = Kven som er ansvarleg for han
help-add-due = Fristen slik planar skriv han, t.d. «veke 50»
help-add-id = Den nye ID-en (standard: den neste ledige etter det eigne mønsteret til planen, t.d. nvk-9)
help-rm = Fjern ein aktivitet (med kommentarane som høyrer til han), eller eit tomt delprosjekt eller område
help-mv = Flytt ein aktivitet: etter ein annan, til slutten av eit område eller delprosjekt, eller eitt steg
help-mv-into = Til slutten av dei eigne aktivitetane til eit område («2») eller av eit delprosjekt («2/Effektiv søknadsprosess»)
help-mv-after = Rett etter denne aktiviteten
help-mv-up = Eitt steg opp blant sysken
help-mv-down = Eitt steg ned blant sysken
help-new = Skriv ein ny plan: eit kommentert skjelett som går gjennom `check`
help-new-plan = Planfila som skal skrivast
help-new-title = Tittelen på planen
help-new-org = Organisasjonen, t.d. «Sør-Varanger kommune»
help-new-start = Første dagen i planperioden (standard: i dag)
help-new-end = Siste dagen i planperioden (standard: seks månader etter starten)
help-new-lang = Språket til den nye planen (`language`, kommentarane og orda): nb, nn eller en; meldingane frå `new` brukar det òg (standard: LC_ALL/LC_MESSAGES/LANG, elles nb)
help-new-force = Erstatt fila om ho finst

## open, present
help-open = Opne tavla (det same som `fremdrift PLAN`)
help-open-plan = Planfila som skal opnast, eller ei mappe med *.toml-planar (porteføljen)
help-open-lang = Språket på tavla: nb, nn eller en (standard: `language` i planen, elles LC_ALL/LC_MESSAGES/LANG, elles nb)
help-present = Vis planen i eit møte: skriveverna, stor, og følgjer fila når ho blir lagra
help-present-meeting = Møteserien som «frist før neste møte» viser til det neste møtet i (standard: styringsgruppa sin)
help-present-cycle = Bla om sidene av seg sjølv etter SEKUND sekund
help-present-lang = Språk: nb, nn eller en (standard: `language` i planen, elles LC_ALL/LC_MESSAGES/LANG, elles nb)
help-present-theme = Fargar: high-contrast (høg kontrast) er best å lese på ein projektor

## merge, git-setup, log
help-merge = Flettedrivaren til git for planar: flettar felt for felt (sjå `git-setup`)
help-merge-base = Felles opphav (%O hos git)
help-merge-ours = Vår versjon (%A hos git); resultatet blir skrive hit
help-merge-theirs = Versjonen deira (%B hos git)
help-merge-marker-size = Lengda på konfliktmarkørane (%L hos git)
help-merge-path = Stien til planen i depotet, til meldingar (%P hos git)
help-git-setup = Installer flettedrivaren i eit git-depot (git config og .gitattributes)
help-git-setup-dir = Ei mappe i depotet; .gitattributes blir skriven her
help-git-setup-program = Programmet git køyrer som drivar (standard: fremdrift, funne i PATH)
help-log = Endringane i planen commit for commit, frå git-historikken
help-log-since = Berre commitar på eller etter denne dagen (ÅÅÅÅ-MM-DD eller dd.mm.åååå)
help-log-since-meeting = Berre commitar sidan siste møtet (i serien NAMN, standard den første) før i dag
help-set-workstream = Gi eit delprosjekt nytt namn i staden (med --title): OMRÅDE/TITTEL, t.d. «2/Effektiv søknadsprosess»
help-add-workstream = Legg til eit delprosjekt med denne tittelen i staden, sist i området --in peikar på
help-add-area = Legg til eit område med dette nummeret (og --title) i staden
help-rm-workstream = Fjern eit tomt delprosjekt i staden: OMRÅDE/TITTEL, t.d. «2/Effektiv søknadsprosess»
help-rm-area = Fjern eit tomt område i staden
help-value-area-title = OMRÅDE/TITTEL
help-value-title = TITTEL
