# The office formats: `export --format xlsx` (a spreadsheet for Excel and LibreOffice) and
# `report --format docx` (the status report as a Word document).

## The workbook's sheets
office-sheet-activities = Activities
office-sheet-overview = Overview
office-sheet-meetings = Meetings

## The activities sheet's columns
office-col-area = Area
office-col-workstream = Workstream
office-col-id = ID
office-col-title = Activity
office-col-owner = Owner
office-col-deadline = Deadline (date)
office-col-as-written = Deadline as written
office-col-days-left = Days to deadline
office-col-status = Status
office-col-done-on = Done on
office-col-urgency = Flag
office-col-note = Note

## The flag column: a sign and a word, so it reads without colour
office-urgency-overdue = ⚠ Overdue
office-urgency-due-soon = ◷ Due soon

## The overview sheet
office-col-number = No.
office-col-area-title = Focus area
office-col-area-status = Status
office-col-done = Done
office-col-total = Total
office-col-share = Share done
office-col-overdue = Overdue
office-col-due-soon = Due soon
office-total = Total

## The meetings sheet
office-col-meeting = Meeting
office-col-date = Date
office-col-week = Week
office-col-remark = Remark
office-next-meeting = → Next meeting
office-no-meetings = The plan has no meetings.

## Errors
office-terminal = { $format } is a binary file format and is not written to the terminal; write it to a file with -o FILE.{ $format } (or -o - to send it down a pipe)
office-failed = could not make the { $format } file: { $reason }

## Help
help-export-format-xlsx = An Excel workbook: the activities with real dates, an overview per area, and the meetings
help-report-format-docx = A Word document, for the archive or to edit further
