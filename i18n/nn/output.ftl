# Utdata for folk: `list`-tabellen, CSV for rekneark, statusrapporten, skildringar i
# iCalendar, og små ord som alle visingar deler (relative dagar, vekedagar).

## Relative dagar og datoar
output-today = i dag
output-days-late = { $days } d over
output-in-days = om { $days } d
output-tentative = førebels
output-weekday-mon = mån
output-weekday-tue = tys
output-weekday-wed = ons
output-weekday-thu = tor
output-weekday-fri = fre
output-weekday-sat = lau
output-weekday-sun = sun

## `list`-tabellen
list-header-plan = PLAN
list-header-id = ID
list-header-area = OMRÅDE
list-header-title = TITTEL
list-header-owner = ANSVARLEG
list-header-due = FRIST
list-header-date = DATO
list-header-status = STATUS
list-header-flags = VARSEL
list-flag-overdue = over-fristen
list-flag-due-soon = frist-snart
list-flag-moved = flytta { $days }d

## CSV på språket til lesaren (`--machine` skriv den stabile engelske forma)
csv-header-plan = Plan
csv-header-id = ID
csv-header-area = Område
csv-header-workstream = Delprosjekt
csv-header-title = Tittel
csv-header-owner = Ansvarleg
csv-header-due = Frist
csv-header-first = Første dag
csv-header-day = Dag
csv-header-status = Status
csv-header-done-on = Ferdig dato
csv-header-overdue = Over fristen
csv-header-due-soon = Frist snart
csv-header-note = Merknad
csv-yes = ja
csv-no = nei

## Skildringar i iCalendar
ics-owner = Ansvarleg: { $owner }
ics-due = Frist: { $due } ({ $date })
ics-area = Innsatsområde: { $area }
ics-status = Status: { $status }
ics-id = ID: { $id }
ics-note = Merknad: { $note }

## Statusrapporten
report-title = Statusrapport: { $title }
report-title-many = Statusrapport
report-as-of = per { $date }
report-week = veke { $week }
report-next-meeting = Neste møte: { $meeting } (veke { $week })
report-no-next-meeting = Neste møte: ingen fleire møte
report-summary = { $activities ->
    [one] { $activities } aktivitet
   *[other] { $activities } aktivitetar
}: { $done } ferdige, { $overdue } over fristen, { $due } med frist før neste møte. { $next }.
report-areas = Innsatsområde
report-area-status = Status: { $status }
report-area-done = { $done } av { $total ->
    [one] { $total } aktivitet
   *[other] { $total } aktivitetar
} ferdige
report-area-reason = Grunngjeving: { $reason }
report-no-activities = Ingen aktivitetar enno.
report-overdue = Over fristen
report-status-overdue = { $status }, over fristen
report-due-before-meeting = Frist før neste møte ({ $meeting })
report-due-days = Frist dei neste { $days } dagane (til { $until })
report-done-since = Ferdig sidan { $date }
report-since-last-meeting = { $base } (førre møte i { $series })
report-since-plan-start = { $base } (starten på planen)
report-none = Ingen.
report-moved = Flytta fristar
report-changes = Endringar sidan førre møte ({ $date })
report-no-changes = Ingen endringar i planen.
report-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagar
}
report-header-id = ID
report-header-activity = Aktivitet
report-header-owner = Ansvarleg
report-header-due = Frist
report-header-date = Dato
report-header-status = Status
report-header-note = Merknad
report-header-late = Over fristen
report-header-from = Opphavleg frist
report-header-to = Ny frist
report-header-moved = Flytta
report-header-done = Ferdig
report-header-change = Endring
report-burnup = Fristar og ferdige aktivitetar over perioden
report-burnup-due = med frist til då
report-burnup-done = ferdige
report-burnup-today = i dag
report-burnup-meeting = Møte
