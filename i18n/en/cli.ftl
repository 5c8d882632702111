# The command line: usage errors, what a command did, and why it could not.

## Arguments
cli-unknown-language = unknown language "{ $value }": expected one of { $expected }
cli-invalid-date = invalid date "{ $value }": expected YYYY-MM-DD, e.g. 2017-12-01
cli-unknown-status = unknown status "{ $value }": expected one of { $expected }
cli-unknown-area-status = unknown area status "{ $value }": expected one of { $expected }
cli-invalid-delimiter = invalid delimiter "{ $value }": give one character such as ',' or ';'
cli-give-plan = give a plan file, e.g. `fremdrift plans/naeringsvennlig-kommune.toml`; see --help
cli-give-plan-open = give a plan file, e.g. `fremdrift open plans/naeringsvennlig-kommune.toml`

## Loading and writing
cli-cannot-write-stdout = cannot write to stdout: { $error }
cli-plan-has-errors = { $path } has { $count ->
    [one] { $count } error
   *[other] { $count } errors
}; run `fremdrift check { $path }` after fixing
cli-plan-has-errors-short = the plan has errors
cli-no-plans-in-folder = { $path }: no *.toml plans in this folder
cli-no-meetings = the plan has no meetings; give --since DATE instead
cli-no-meeting-before = { $series } has met no time before { $date }; give --since DATE instead
cli-no-such-plan = { $path }: no such plan file
cli-log-plan-errors = { $path } has errors, so its meetings are unknown; run `fremdrift check` on it

## set, add, rm, mv, new
cli-set-give-id = give the activity's ID, or --area N
cli-set-nothing = nothing to set; give --status, --note, --clear-note, --due, --owner, --title, --meeting, --clear-meeting or --members
cli-set-area-nothing = nothing to set; give --status, --reason or --title with --area
cli-changed = { $id } { $field }: { $old } → { $new }
cli-nothing-changed = { $id }: nothing changed
cli-area-status-changed = area { $number } status: { $old } → { $new }
cli-area-reason-changed = area { $number } reason: { $old } → { $new }
cli-area-title-changed = area { $number } title: "{ $old }" → "{ $new }"
cli-area-nothing-changed = area { $number }: nothing changed
cli-none = (none)
cli-no-note = (no note)
cli-field-status = status
cli-field-note = note
cli-field-due = due
cli-field-owner = owner
cli-field-title = title
cli-field-meeting = meeting
cli-field-members = members
cli-saved-merged = saved { $path }, merged with changes made elsewhere
cli-note = note: { $note }
cli-not-saved-unchanged = { $error }; nothing was saved, { $path } is unchanged
cli-conflict = conflict: { $id } ("{ $title }") { $field } was changed elsewhere to { $theirs }, here to { $ours }
cli-not-saved = { $error }; nothing was saved
cli-add-where = say where the activity goes: --in AREA[/WORKSTREAM] or --after ID
cli-mv-where = say where it goes: --in AREA[/WORKSTREAM], --after ID, --up or --down
cli-removed = { $id } removed
cli-moved = { $id } moved
cli-new-exists = { $path }: the file exists; give another name, or --force to replace it
cli-new-wrote = wrote { $path }

## The board and the presenter
cli-needs-terminal-board = the board needs a terminal; use `fremdrift list` or `fremdrift report` to print the plan
cli-needs-terminal-present = the presentation needs a terminal; use `fremdrift report` to print the plan
cli-recovery-waiting = note: { $path } holds { $count } unsaved edit(s) from { $when }; open the board in a terminal to re-apply or discard them
cli-terminal-error = terminal error: { $error }
cli-set-aside = stopped by a signal or a terminal error; unsaved edits were written to { $path }, and the next start offers to re-apply them
cli-lost = not saved: { $what }
cli-no-plan-loads = no plan in { $path } loads; run `fremdrift check { $path }` after fixing
cli-has-errors-run-check = { $path } has errors; run `fremdrift check { $path }`
cli-recovery-left = { $error }; it is left as it is

## git
cli-merge-not-written = { $path }: the merge could not be written: { $error }
cli-merge-line-by-line = { $name }: merged line by line, as git would, not field by field: { $reason }
cli-merge-resolve = { $name }: resolve the marked lines, check with `fremdrift check { $name }`, then `git add` it
cli-not-a-folder = { $path }: not a folder
cli-git-setup-done = git merges plans with fremdrift in { $top }:
cli-git-setup-has = already has "*.toml merge=fremdrift"
cli-git-setup-added = now has "*.toml merge=fremdrift" (commit it, so everyone merges alike)

## Usage errors (the command line could not be read)
cli-usage-invalid-value = invalid value '{ $value }' for { $arg }: { $reason }
cli-usage-invalid-choice = invalid value '{ $value }' for { $arg }; possible values: { $valid }
cli-usage-missing = the following required arguments were not provided: { $args }
cli-usage-unknown-argument = unexpected argument '{ $arg }' found
cli-usage-conflict = the argument { $arg } cannot be used with { $other }
cli-usage-unknown-command = unrecognized subcommand '{ $command }'
cli-usage-line = Usage: { $usage }
cli-usage-help = For more information, try '--help'.
