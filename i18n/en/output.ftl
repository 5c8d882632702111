# Output for people: the `list` table, CSV for spreadsheets, the status report, iCalendar
# descriptions, and small words shared by every view (relative days, weekdays).

## Relative days and dates
output-today = today
output-days-late = { $days } d late
output-in-days = in { $days } d
output-tentative = tentative
output-weekday-mon = Mon
output-weekday-tue = Tue
output-weekday-wed = Wed
output-weekday-thu = Thu
output-weekday-fri = Fri
output-weekday-sat = Sat
output-weekday-sun = Sun

## The `list` table
list-header-plan = PLAN
list-header-id = ID
list-header-area = AREA
list-header-title = TITLE
list-header-owner = OWNER
list-header-due = DUE
list-header-date = DATE
list-header-status = STATUS
list-header-flags = FLAGS
list-flag-overdue = overdue
list-flag-due-soon = due-soon
list-flag-moved = moved { $days }d

## CSV in the reader's language (`--machine` writes the stable English form instead)
csv-header-plan = Plan
csv-header-id = ID
csv-header-area = Area
csv-header-workstream = Workstream
csv-header-title = Title
csv-header-owner = Owner
csv-header-due = Due
csv-header-first = First day
csv-header-day = Day
csv-header-status = Status
csv-header-done-on = Done on
csv-header-overdue = Overdue
csv-header-due-soon = Due soon
csv-header-note = Note
csv-yes = yes
csv-no = no

## iCalendar event descriptions
ics-owner = Owner: { $owner }
ics-due = Due: { $due } ({ $date })
ics-area = Focus area: { $area }
ics-status = Status: { $status }
ics-id = ID: { $id }
ics-note = Note: { $note }

## The status report
report-title = Status report: { $title }
report-title-many = Status report
report-as-of = as of { $date }
report-week = week { $week }
report-next-meeting = Next meeting: { $meeting } (week { $week })
report-no-next-meeting = Next meeting: no more meetings
report-summary = { $activities ->
    [one] { $activities } activity
   *[other] { $activities } activities
}: { $done } done, { $overdue } overdue, { $due } due before the next meeting. { $next }.
report-areas = Focus areas
report-area-status = Status: { $status }
report-area-done = { $done } of { $total ->
    [one] { $total } activity
   *[other] { $total } activities
} done
report-area-reason = Reason: { $reason }
report-no-activities = No activities yet.
report-overdue = Overdue
report-status-overdue = { $status }, overdue
report-due-before-meeting = Due before the next meeting ({ $meeting })
report-due-days = Due in the next { $days } days (until { $until })
report-done-since = Done since { $date }
report-since-last-meeting = { $base } (last meeting of { $series })
report-since-plan-start = { $base } (start of the plan)
report-none = None.
report-moved = Moved deadlines
report-changes = Changes since the last meeting ({ $date })
report-no-changes = No changes to the plan.
report-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
report-header-id = ID
report-header-activity = Activity
report-header-owner = Owner
report-header-due = Due
report-header-date = Date
report-header-status = Status
report-header-note = Note
report-header-late = Late by
report-header-from = First agreed
report-header-to = Now
report-header-moved = Moved by
report-header-done = Done
report-header-change = Change
report-burnup = Activities due and done over the period
report-burnup-due = due by then
report-burnup-done = done
report-burnup-today = today
report-burnup-meeting = Meeting
