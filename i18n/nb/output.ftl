# Utdata for folk: `list`-tabellen, CSV for regneark, statusrapporten, beskrivelser i
# iCalendar, og små ord som alle visninger deler (relative dager, ukedager).

## Relative dager og datoer
output-today = i dag
output-days-late = { $days } d over
output-in-days = om { $days } d
output-tentative = foreløpig
output-weekday-mon = man
output-weekday-tue = tir
output-weekday-wed = ons
output-weekday-thu = tor
output-weekday-fri = fre
output-weekday-sat = lør
output-weekday-sun = søn

## `list`-tabellen
list-header-plan = PLAN
list-header-id = ID
list-header-area = OMRÅDE
list-header-title = TITTEL
list-header-owner = ANSVARLIG
list-header-due = FRIST
list-header-date = DATO
list-header-status = STATUS
list-header-flags = VARSEL
list-flag-overdue = forfalt
list-flag-due-soon = frist-snart
list-flag-moved = flyttet { $days }d

## CSV på leserens språk (`--machine` skriver den stabile engelske formen)
csv-header-plan = Plan
csv-header-id = ID
csv-header-area = Område
csv-header-workstream = Delprosjekt
csv-header-title = Tittel
csv-header-owner = Ansvarlig
csv-header-due = Frist
csv-header-first = Første dag
csv-header-day = Dag
csv-header-status = Status
csv-header-done-on = Ferdig dato
csv-header-overdue = Forfalt
csv-header-due-soon = Frist snart
csv-header-note = Merknad
csv-yes = ja
csv-no = nei

## Beskrivelser i iCalendar
ics-owner = Ansvarlig: { $owner }
ics-due = Frist: { $due } ({ $date })
ics-area = Innsatsområde: { $area }
ics-status = Status: { $status }
ics-id = ID: { $id }
ics-note = Merknad: { $note }

## Statusrapporten
report-title = Statusrapport: { $title }
report-title-many = Statusrapport
report-as-of = per { $date }
report-week = uke { $week }
report-next-meeting = Neste møte: { $meeting } (uke { $week })
report-no-next-meeting = Neste møte: ingen flere møter
report-summary = { $activities ->
    [one] { $activities } aktivitet
   *[other] { $activities } aktiviteter
}: { $done } ferdig, { $overdue } forfalt, { $due } med frist før neste møte. { $next }.
report-areas = Innsatsområder
report-area-status = Status: { $status }
report-area-done = { $done } av { $total ->
    [one] { $total } aktivitet
   *[other] { $total } aktiviteter
} ferdig
report-area-reason = Begrunnelse: { $reason }
report-no-activities = Ingen aktiviteter ennå.
report-overdue = Forfalt
report-status-overdue = { $status }, forfalt
report-due-before-meeting = Frist før neste møte ({ $meeting })
report-due-days = Frist de neste { $days } dagene (til { $until })
report-done-since = Ferdig siden { $date }
report-since-last-meeting = { $base } (forrige møte i { $series })
report-since-plan-start = { $base } (planens start)
report-none = Ingen.
report-moved = Forskjøvne frister
report-changes = Endringer siden forrige møte ({ $date })
report-no-changes = Ingen endringer i planen.
report-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dager
}
report-header-id = ID
report-header-activity = Aktivitet
report-header-owner = Ansvarlig
report-header-due = Frist
report-header-date = Dato
report-header-status = Status
report-header-note = Merknad
report-header-late = Over fristen
report-header-from = Opprinnelig frist
report-header-to = Ny frist
report-header-moved = Forskjøvet
report-header-done = Ferdig
report-header-change = Endring
report-burnup = Frister og ferdige aktiviteter over perioden
report-burnup-due = med frist til da
report-burnup-done = ferdige
report-burnup-today = i dag
report-burnup-meeting = Møte
