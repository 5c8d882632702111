# Problems found in a plan (`fremdrift check`, the board's warnings list), and how they are
# printed. Keys (`due`, `owner`), table headers ([plan], [[area]]) and quoted plan values are
# file format: keep them as they are in every language.

## Rendering: the level names annotate-snippets prints before a message.
diagnostic-note = note
diagnostic-help = help
diagnostic-in-file = in { $path }

## `fremdrift check`'s summary line per plan.
check-summary-ok = ok ({ $activities ->
    [one] { $activities } activity
   *[other] { $activities } activities
} in { $areas ->
    [one] { $areas } area
   *[other] { $areas } areas
})
check-summary-problems = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}

## TOML syntax.
check-empty-file = the plan file is empty
check-empty-file-help = start with [plan] and title = "…"; plans/README.md has a complete example
check-toml-unterminated-string = invalid TOML: unterminated string
check-toml-unterminated-string-help = end the string with { $quote } on the same line; text over several lines goes between """ and """
check-toml-unterminated-multiline = invalid TOML: unterminated multi-line string
check-toml-unterminated-multiline-help = end the text with { $quote }
check-toml-string-starts-here = the string starts here
check-toml-bad-escape = invalid TOML: `{ $escape }` is not an escape sequence
check-toml-bad-escape-help = inside "…" only \\, \", \n, \t, \uXXXX and a few others are allowed; use '…' for text with backslashes
check-toml-escaped-quote-help = \" inside a string is a quote character, so the string does not end there; write \\ for a backslash, or use '…' for text with backslashes
check-toml-unclosed-header = invalid TOML: the table header is not closed with `{ $close }`
check-toml-unclosed-header-help = end the header with { $close } on the same line
check-toml-missing-equals = invalid TOML: missing `=` after the key
check-toml-missing-equals-help = write key = value, e.g. owner = "Prosjektleder"
check-toml-unquoted = invalid TOML: string values must be quoted
check-toml-unquoted-help = put text in quotes, e.g. title = "…"
check-toml-missing-value = invalid TOML: the key has no value
check-toml-duplicate-key = invalid TOML: duplicate key
check-toml-duplicate-key-help = each key may appear once per table; remove or rename the repeated one
check-toml-missing-comma = invalid TOML: missing comma between array elements
check-toml-missing-comma-help = separate the values with commas, e.g. ["Ola", "Kari"]
check-toml-unclosed-array = invalid TOML: the array is not closed with `]`
check-toml-unclosed-array-help = end the array with ]
check-toml-unclosed-inline-table = invalid TOML: the inline table is not closed with `{"}"}`
check-toml-unclosed-inline-table-help = end the table with {"}"}
# $detail: the TOML parser's own description, in English.
check-toml-other = invalid TOML: { $detail }
check-see-readme = see plans/README.md for the plan format

## Where a key is missing or unknown; each carries its preposition.
check-where-top = in the top level
check-where-table = in { $table }
check-where-an-activity = in an activity
check-where-area = in area { $number }
check-where-activity-id = in activity "{ $id }"
check-where-activity-path = in activity { $path_id }

## Keys and types.
check-unknown-key = unknown key `{ $key }` { $place }
check-did-you-mean-key = did you mean `{ $key }`?
check-allowed-keys = the keys allowed { $place } are: { $keys }
check-missing-key = missing required key `{ $key }` { $place }
check-add-key = add { $key } = "…"
check-missing-due-help = add a deadline, e.g. due = "30. november" or due = "uke 50"
check-empty-value = `{ $key }` cannot be empty
check-empty-value-help = write a { $key }
check-too-long = `{ $key }` is too long ({ $bytes } bytes, starting "{ $head }…")
check-too-long-help = a text value has at most { $max } bytes
check-quote-it = quote it: { $key } = "{ $value }"
check-wrong-type = expected { $expected } for `{ $key }`, found { $found }
check-expected-plan-table = a table ([plan])
check-expected-days = a whole number of days
check-expected-dates = an array of dates
check-expected-bool = true or false
check-expected-table = a table
check-expected-tables = an array of tables
check-expected-string = a string
check-expected-strings = an array of strings
check-expected-date = a date (e.g. 2017-09-01)
check-expected-deadline = a deadline text or a date
check-found-string = a string "{ $value }"
check-found-integer = an integer ({ $value })
check-found-float = a float ({ $value })
check-found-boolean = a boolean ({ $value })
check-found-date = a date ({ $value })
check-found-array = an array
check-found-table = a table
check-not-array-of-tables = `{ $key }` must be an array of tables
check-not-array-of-tables-help = write [[{ $path }]] instead of [{ $path }]
check-date-with-time = `{ $key }` must be a plain date, found `{ $value }`
check-date-with-time-help = write { $key } = 2017-09-01
check-invalid-date = invalid date "{ $value }" for `{ $key }`
check-invalid-date-help = write a TOML date, e.g. { $key } = 2017-09-01

## [plan]
check-missing-plan-table = missing the [plan] table
check-missing-plan-table-help = start the file with [plan] and title = "…"
check-unknown-language = unknown language "{ $value }"
check-unknown-language-help = use "nb" (bokmål), "nn" (nynorsk) or "en" (English)
check-plan-ends-before-start = the plan ends ({ $end }) before it starts ({ $start })
check-plan-ends-before-start-help = swap start and end
check-period-no-end = the plan period has no end
check-period-no-start = the plan period has no start
check-period-set-key = set plan.{ $key } so deadlines without a year can be placed
check-due-soon-days-range = due_soon_days must be between 0 and 3650, found { $value }

## Meetings.
check-add-meeting-dates = add dates = [2018-01-25, 2018-03-01]
check-duplicate-series = duplicate meeting series "{ $name }"
check-duplicate-series-help = give each [[meeting]] its own name, or merge their dates
check-tentative-not-a-date = tentative date { $date } is not one of the series' dates
check-tentative-not-a-date-help = add it to dates too, or correct it
check-unknown-series = unknown meeting series "{ $name }"
check-did-you-mean-series = did you mean "{ $name }"?
check-no-series-help = the plan has no [[meeting]] series; add one with name and dates
# $series: the plan's series, quoted and separated by commas.
check-series-are = the plan's meeting series are: { $series }
check-meeting-ambiguous = deadline "{ $text }" names a meeting, but the plan has several meeting series
check-meeting-ambiguous-help = say which with meeting = "…" on this activity: { $series }

## Areas, workstreams and activities.
check-unknown-area-status = unknown area status "{ $value }"
# $accepted: the status words, quoted (file format).
check-area-status-help = an area's status is one of { $accepted }
check-unknown-status = unknown status "{ $value }"
check-status-help = an activity's status is one of { $accepted }
check-workstream-empty = workstream "{ $title }" has no activities
check-workstream-empty-help = add [[area.workstream.activity]] tables under it, or remove it
check-empty-id = an activity id cannot be empty
check-empty-id-help = remove the id to use the path id "{ $path_id }", or write one
check-deadline-datetime = the deadline `{ $value }` has a time or no date
check-deadline-datetime-help = write a plain date, e.g. { $key } = 2017-11-30

## Whole-plan checks.
check-duplicate-area = duplicate area number "{ $number }"
check-duplicate-area-help = area { $number } is also "{ $title }"; give each area its own number
check-duplicate-id = duplicate activity id "{ $id }"
check-duplicate-id-label = { $id } is also the id of "{ $title }"
check-duplicate-path-id-label = { $id } is also the path id of "{ $title }"
check-duplicate-id-help = give one of them a different explicit id = "…"
check-deadline-before-start = deadline "{ $text }" ({ $date }) is before the plan starts ({ $start })
check-deadline-before-start-guess = deadline "{ $text }" ({ $date }) is before the plan starts ({ $start }); { $year }?
check-deadline-before-start-help = check the year, or the plan's start
check-deadline-after-end = deadline "{ $text }" ({ $date }) is after the plan ends ({ $end })
check-deadline-after-end-help = check the year, or extend the plan's end
check-owner-misspelt = owner "{ $owner }" looks like a misspelling of "{ $other }"
check-owner-misspelt-help = "{ $other }" owns { $count ->
    [one] { $count } activity
   *[other] { $count } activities
}; write owner = "{ $other }" if that is meant
check-waiting-without-reason = area { $number } is waiting without a reason
check-waiting-without-reason-help = add reason = "…" saying what it waits for

# A problem in one line, in a message that already names the file.
diag-at-line = line { $line }, column { $column }: { $severity }: { $message }
