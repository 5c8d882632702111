# `fremdrift import`: a plan made from a Word document or spreadsheet.

## Help
help-import = Make a new plan from a Word document (.docx), a spreadsheet (.xlsx, .ods) or a CSV file
help-import-file = The document or spreadsheet to make the plan from
help-import-output = The plan file to write (default: FILE with the extension .toml, beside it)
help-import-lang = The new plan's language: nb, nn or en (default: en when the table's headers are English, else nb); the messages speak it too
help-import-start = The plan period's first day (default: inferred from the deadlines)
help-import-end = The plan period's last day (default: inferred from the deadlines)
help-import-sheet = The sheet to read (default: the first with an activity table)
help-import-force = Replace the plan file if it exists

## Reading the document
import-read-empty = the file is empty
import-read-old-word = this is the old Word format (.doc); save it as .docx in Word or LibreOffice and import that
import-read-not-zip = this is not a Word document (.docx) – the file is not a valid docx archive ({ $reason })
import-read-not-docx = this is not a Word document (.docx): the archive has no word/document.xml
import-read-too-large = the document unpacks to more than { $limit } MiB
import-read-bad-xml = the document is damaged: { $reason }
import-read-not-utf8 = the document is damaged: its part { $part } is not UTF-8 text
import-read-spreadsheet = cannot read the spreadsheet: { $reason }
import-read-no-such-sheet = the spreadsheet has no sheet "{ $name }"; its sheets are: { $sheets }
import-read-csv-not-utf8 = the CSV file is UTF-16; save it as "CSV UTF-8" in Excel and import that
import-read-csv = cannot read the CSV file: { $reason }
import-no-table = found no activity table: no table has a header row with an activity column (Activity, Task) and an owner column (Owner, Responsible) or a deadline column (Deadline, Due)

## Comments in the plan
import-source-table = table { $table }, row { $row }
import-source-sheet = sheet "{ $sheet }", row { $row }
import-source-row = row { $row }
import-toml-intro = Imported from { $file } by `fremdrift import`. Activities, owners and deadlines are as the document writes them, mistakes included; `fremdrift check` says what to correct. The comment above each activity says where in the document it is.
import-toml-period-inferred = The plan period is not in the document; it is inferred from the deadlines. Correct it if it is wrong.
import-toml-period-given = The plan period was given with --start and --end.
import-toml-period-unknown = No deadline names a year, so the plan period is unknown: add start and end (YYYY-MM-DD) here, or deadlines without a year cannot be placed.
import-toml-meetings = The meeting dates are not in the document, but { $deadlines } refer to meetings: add the series as [[meeting]] with name and dates.
import-toml-area-implied = The document has no numbered focus area above its tables; import made this one. Give it its real number and title.
import-toml-area-numbered = The document gives this area no number; import gave it the next free one after the areas above it.
import-toml-mentioned = Focus areas the document mentions without a table; add them as [[area]] once they are concrete:
import-toml-unplaced = Rows that could not be placed (they have no activity):

## What import did
import-error = cannot import { $path }: { $reason }
import-unknown-type = cannot import { $path }: unknown file type; give a .docx, .xlsx, .ods or .csv file
import-exists = { $path } already exists; choose another plan file with -o, or give --force to replace it
import-same-file = the plan file { $path } is the document itself; choose another with -o
import-period-order = the plan period ends ({ $end }) before it starts ({ $start })
import-wrote = Wrote { $path }: { $activities ->
    [one] { $activities } activity
   *[other] { $activities } activities
} in { $areas ->
    [one] { $areas } focus area
   *[other] { $areas } focus areas
} and { $workstreams ->
    [one] { $workstreams } workstream
   *[other] { $workstreams } workstreams
}, from { $tables ->
    [one] { $tables } table
   *[other] { $tables } tables
}.
import-summary-period-inferred = The plan period { $start }–{ $end } is inferred from the deadlines (see the comment in the plan).
import-summary-period-unknown = No deadline names a year, so the plan has no period: give --start and --end, or write them into the plan.
import-summary-mentioned = Focus areas mentioned without a table (listed in a comment in the plan): { $areas }
import-summary-unplaced = { $count ->
    [one] One row
   *[other] { $count } rows
} without an activity { $count ->
    [one] is
   *[other] are
} kept in a comment at the end of the plan: { $rows }
import-summary-check = Check of the new plan (as `fremdrift check`):
import-no-activities = No activity was imported: { $rows ->
    [0] the activity tables have no rows under their header row
   *[other] no row of the activity tables has text in its activity column (the rows are kept in a comment at the end of the plan)
}. The plan is written without activities: see whether the document's activities stand in another column, or add them to the plan yourself.
