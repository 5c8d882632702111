verbatim = { $text }
severity-error = error
severity-warning = warning
# Only for the catalogue's own tests: a plural.
test-activities = { $count ->
    [one] { $count } activity
   *[other] { $count } activities
}
