# The command line's help (`fremdrift --help`, `fremdrift COMMAND --help`).
# Ids: help-COMMAND (the top level is help-fremdrift), help-COMMAND-ARGUMENT, else the shared
# help-any-ARGUMENT; `.long` adds paragraphs only --help shows; help-value-NAME is a value name
# such as <DATE>; help-clap-* are clap's own words.

## clap's words
help-clap-usage = Usage
help-clap-commands = Commands
help-clap-arguments = Arguments
help-clap-options = Options
help-clap-command-value = COMMAND
help-clap-options-value = OPTIONS
help-clap-print-help = Print help
help-clap-print-help-more = Print help (see more with '--help')
help-clap-print-help-summary = Print help (see a summary with '-h')
help-clap-print-version = Print version
help-clap-help-about = Print this message or the help of the given subcommand(s)
help-clap-help-subcommand = Print help for the subcommand(s)
help-clap-default = [default: { $value }]
help-clap-possible-values = [possible values: { $values }]
help-clap-possible-values-heading = Possible values

## Value names
help-value-plan = PLAN
help-value-date = DATE
help-value-lang = LANG
help-value-theme = THEME
help-value-format = FORMAT
help-value-days = DAYS
help-value-name = NAME
help-value-names = NAMES
help-value-s = S
help-value-n = N
help-value-delimiter = DELIMITER
help-value-text = TEXT
help-value-file = FILE
help-value-id = ID
help-value-area-workstream = AREA[/WORKSTREAM]
help-value-seconds = SECONDS
help-value-base = BASE
help-value-ours = OURS
help-value-theirs = THEIRS
help-value-marker-size = MARKER_SIZE
help-value-path = PATH
help-value-dir = DIR
help-value-program = PROGRAM

## Arguments many commands share
help-any-plan = The plan file
help-any-today = Show the plan as of this day (YYYY-MM-DD or dd.mm.yyyy) instead of today
help-any-lang = Language of messages and output: nb (bokmål), nn (nynorsk) or en (default: the plan's `language`, else LC_ALL/LC_MESSAGES/LANG, else nb)
help-any-no-cache = Parse every plan instead of using the parse cache (also: FREMDRIFT_NO_CACHE=1)
help-any-format = Output format
help-any-id = The activity's id, or its path id such as 2.1.3
help-any-read-only = Show the plan without changing it
help-any-theme = Colours for the room: dark, light or high-contrast (NO_COLOR turns colours off)
help-any-delimiter = Field delimiter for CSV (e.g. ';' for Norwegian spreadsheets)
help-any-raw = Write cell values as they are, even those a spreadsheet would run as a formula
    .long = Without --raw, a CSV text cell that begins with =, +, -, @, a tab or a carriage return gets a leading ' so a spreadsheet shows it as text instead of running it.
help-any-output = Write to FILE instead of stdout

## fremdrift (the board)
help-fremdrift = Keeps a project plan honest: a live board and tools for a hand-written TOML plan
help-fremdrift-plan = The plan file to open, or a folder of *.toml plans (the portfolio)
help-fremdrift-lang = The language of the board: nb, nn or en (default: the plan's `language`, else LC_ALL/LC_MESSAGES/LANG, else nb)

## check
help-check = Validate plans and print every problem, rustc-style
help-check-plans = Plan files (or folders of *.toml plans)
help-check-deny-warnings = Exit with 1 when there are warnings too

## list
help-list = List activities, filtered, as a table, CSV or JSON
help-list-overdue = Only overdue activities
help-list-due-within = Only open activities due within DAYS from today (overdue included)
help-list-owner = Only activities owned by NAME (case-insensitive)
help-list-status = Only activities with this status (either language)
help-list-area = Only activities in area N
help-list-machine = CSV for scripts: English headers and values (todo, true/false, ISO dates), the same whatever the language (without it CSV is in the reader's language)

## set
help-set = Change one activity's status, note, deadline or owner, and save the plan
help-set-area = Change an area instead of an activity: its --status (aktiv/venter/ferdig), --reason and --title
help-set-reason = Why the area waits (required when it becomes "venter"/"waiting")
help-set-title = New title (of the activity, or with --area of the area)
help-set-meeting = The meeting series the activity's meeting deadline refers to
help-set-clear-meeting = Remove the activity's meeting series (the plan's only one applies)
help-set-members = Who works on it, comma-separated: "Kari, Ola" ("" removes them)
help-set-status = New status (either language; written in the plan's language)
help-set-note = New note
help-set-clear-note = Remove the note
help-set-due = New deadline, e.g. "uke 50" or "30. november"
help-set-owner = New owner

## report
help-report = A status report for the minutes of a meeting, as Markdown, HTML or Word (docx)
help-report-plan = The plan file, or a folder of *.toml plans (one report with a section per plan)
help-report-format-md = Markdown, to paste into a document
help-report-format-html = One self-contained HTML file, for the browser or the printer
help-report-since = Changes and activities done since DATE (default: the last meeting before today)
help-report-since-meeting = Changes and activities done since the last meeting of the series NAME (default: the steering group's) before today
help-report-meeting = The meeting series whose next meeting the report looks ahead to (default: the steering group, else the only series, else the next due_soon_days days)

## export
help-export = Export the plan: deadlines as iCalendar, activities as Excel (xlsx), CSV or JSON
help-export-format-ics = iCalendar: one all-day event per deadline, for calendar applications
help-export-format-csv = One row per activity, for spreadsheets
help-export-format-json = The resolved plan, as `list --format json`
help-export-bom = Start CSV with a UTF-8 byte-order mark, so Excel reads æøå correctly
help-export-machine = CSV for scripts: English headers and values (todo, true/false, ISO dates), the same whatever the language (without it CSV is in the reader's language; JSON is always English)

## add, rm, mv, new
help-add = Add an activity, a workstream or an area (prints an activity's id), in the file's own style
help-add-into = Where: an area's own activities ("2") or a workstream ("2/Effektiv søknadsprosess"); at the end
help-add-after = Right after this activity instead
help-add-title = The title (of the activity, or with --area of the new area)
help-add-owner = Who is responsible for it
help-add-due = The deadline as plans write it, e.g. "uke 50"
help-add-id = The new id (default: the next free one in the plan's own pattern, e.g. nvk-9)
help-rm = Remove an activity (with the comments that belong to it), or an empty workstream or area
help-mv = Move an activity: after another, to the end of an area or workstream, or one step
help-mv-into = To the end of an area's own activities ("2") or of a workstream ("2/Effektiv søknadsprosess")
help-mv-after = Right after this activity
help-mv-up = One step up among its siblings
help-mv-down = One step down among its siblings
help-new = Write a new plan: a commented skeleton that passes `check`
help-new-plan = The plan file to write
help-new-title = The plan's title
help-new-org = The organisation, e.g. "Sør-Varanger kommune"
help-new-start = The plan period's first day (default: today)
help-new-end = The plan period's last day (default: six months after the start)
help-new-lang = The new plan's language (its `language`, its comments and words): nb, nn or en; the messages of `new` speak it too (default: LC_ALL/LC_MESSAGES/LANG, else nb)
help-new-force = Replace the file if it exists

## open, present
help-open = Open the board (the same as `fremdrift PLAN`)
help-open-plan = The plan file to open, or a folder of *.toml plans (the portfolio)
help-open-lang = The language of the board: nb, nn or en (default: the plan's `language`, else LC_ALL/LC_MESSAGES/LANG, else nb)
help-present = Show the plan for a meeting: read-only, large, following the file as it is saved
help-present-meeting = The meeting series whose next meeting "due before the next meeting" means (default: the steering group's)
help-present-cycle = Turn the pages by themselves every SECONDS
help-present-lang = Language: nb, nn or en (default: the plan's `language`, else LC_ALL/LC_MESSAGES/LANG, else nb)
help-present-theme = Colours: high-contrast reads best on a projector

## merge, git-setup, log
help-merge = Git's merge driver for plans: merges field by field (see `git-setup`)
help-merge-base = The common ancestor (git's %O)
help-merge-ours = Our version (git's %A); the result is written here
help-merge-theirs = Their version (git's %B)
help-merge-marker-size = The length of conflict markers (git's %L)
help-merge-path = The plan's path in the repository, for messages (git's %P)
help-git-setup = Install the merge driver in a git repository (git config and .gitattributes)
help-git-setup-dir = A folder in the repository; .gitattributes is written here
help-git-setup-program = The program git runs as the driver (default: fremdrift, found on PATH)
help-log = The plan's changes commit by commit, from its git history
help-log-since = Only commits on or after this day (YYYY-MM-DD or dd.mm.yyyy)
help-log-since-meeting = Only commits since the last meeting (of the series NAME, default the first) before today
help-set-workstream = Rename a workstream instead (with --title): AREA/TITLE, e.g. "2/Effektiv søknadsprosess"
help-add-workstream = Add a workstream with this title instead, at the end of the area --in names
help-add-area = Add an area with this number (and --title) instead
help-rm-workstream = Remove an empty workstream instead: AREA/TITLE, e.g. "2/Effektiv søknadsprosess"
help-rm-area = Remove an empty area instead
help-value-area-title = AREA/TITLE
help-value-title = TITLE
