verbatim = { $text }
severity-error = feil
severity-warning = åtvaring
# Only for the catalogue's own tests: a plural.
test-activities = { $count ->
    [one] { $count } aktivitet
   *[other] { $count } aktivitetar
}
