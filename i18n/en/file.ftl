# The plan file: reading, editing, saving (src/file, src/plan/edit.rs, src/plan/structure.rs).

## Values and names in messages
file-quoted = "{ $value }"
file-value-none = (none)
file-value-no-note = (no note)
file-value-unchanged = (unchanged)
file-value-done-on = done_on { $date }
file-field-status = status
file-field-note = note
file-field-due = due
file-field-owner = owner
file-field-title = title
file-field-meeting = meeting
file-field-members = members
file-the-plan = the plan
file-the-activity = activity "{ $id }"
file-list-more = { $list } and { $more } more

## Edit errors
file-unknown-id = no activity has the id "{ $id }"
file-unknown-id-suggest = no activity has the id "{ $id }"; did you mean "{ $suggestion }"?
file-unknown-id-known = { $first }
    the plan's ids are: { $ids }
file-edit-invalid = the edit would make the plan invalid
file-edit-invalid-first = the edit would make the plan invalid: { $first }
file-edit-invalid-file = the edit was not saved: it would make { $path } invalid
file-external-invalid = the plan was changed elsewhere and has errors now; nothing was saved
file-external-invalid-first = the plan was changed elsewhere and has errors now; nothing was saved: { $first }
file-external-invalid-file = { $path } was changed elsewhere and now has errors; nothing was saved (fix the file, then retry)
file-conflict = conflict: { $id } ("{ $title }") { $field } was changed elsewhere to { $theirs }, here to { $ours }
file-conflict-unsaved = { $conflict }; nothing was saved
file-conflict-gone = (the activity is no longer in the file)
file-removed = the plan was changed elsewhere and { $count ->
        [one] { $count } of its activities or areas is gone there
       *[other] { $count } of its activities or areas are gone there
    } ({ $list }); nothing was saved, so that none is dropped unseen
file-bug = bug in fremdrift, nothing was saved: { $message } (please report it)
file-bug-no-index = no activity at index { $index }
file-bug-splice-misfit = the recorded change does not fit the text
file-bug-deadline-refused = the file accepts the deadline, but the edit's own reading refuses it: { $reason }
file-bug-loads-differently = after the edit, { $which } would load differently than intended
file-bug-toml-edit-read = toml_edit cannot read the plan
file-bug-toml-edit-exact = toml_edit does not reproduce this file exactly
file-bug-table-missing = the table is not where the plan says
file-bug-change-loads-differently = after the change, the plan would load differently than intended
file-bug-change-would-not-load = the changed plan would not load
file-bug-undo-would-not-load = the undone change would not load
file-inline-tables = this plan writes its activities as inline tables; add, move or remove them by hand
file-undo-structure-changed = the plan has changed since "{ $id }" was added, moved or removed; change it back by hand

## Reading files
file-io-not-found = no such file or directory
file-io-permission-denied = permission denied
file-io-storage-full = no space left on the device
file-io-read-only-fs = the file system is read-only
file-io-in-use = the file is in use by another program (close it there, then try again)
file-kind-directory = a directory
file-kind-fifo = a named pipe (FIFO)
file-kind-char-device = a character device
file-kind-block-device = a block device
file-kind-socket = a socket
file-kind-symlink = a symbolic link
file-kind-special = a special file
file-read-not-found = { $path }: no such file
file-read-directory = { $path }: is a directory, not a plan file (give a .toml file)
file-read-not-regular = { $path }: is { $kind }, not a plan file (give a regular .toml file)
file-read-too-large-size = { $path }: the file is { $size } MiB; plans larger than { $limit } MiB are refused
file-read-too-large = { $path }: the file is larger than { $limit } MiB; plans larger than { $limit } MiB are refused
file-read-utf16 = { $path }: the file is UTF-16; save it as UTF-8 (plain text) instead
file-read-not-utf8 = { $path }:{ $line }:{ $column }: the file is not valid UTF-8 here; save it as UTF-8
file-read-io = { $path }: { $reason }

## Saving
save-area = area { $number }
save-activity-gone = activity "{ $id }" is no longer in the file
save-changed-since = { $field } was changed in the file since (now { $now })
save-read-only = cannot save { $path }: the file is read-only (make it writable, then save again)
save-cannot-save = cannot save { $path }: { $reason }
save-cannot-save-step = cannot save { $path }: { $step }: { $reason }
save-cannot-replace = cannot save { $path }: cannot replace the file: { $reason }
save-hard-links = { $path } had { $links } hard links; the other { $others ->
        [one] one still shows
       *[other] { $others } still show
    } the version before this save (fremdrift saves by replacing the file, so that it is never half-written)
save-kept-writing = cannot save { $path }: other programs kept writing the file; nothing was saved
save-kept-aside = { $reason }; a version written meanwhile by another program is kept in { $path }
save-same-lines = cannot save { $path }: another program changed the same lines meanwhile; nothing was saved
save-undo-not-saved = the plan was changed elsewhere around "{ $id }"; the undo was not saved (undo it by hand)
save-gone = cannot save { $path }: the file no longer exists (deleted or moved away)
save-cannot-create-lock = cannot save { $path }: cannot create the lock file { $lock }: { $reason }
save-lock-timeout = cannot save { $path }: waited { $seconds } s for other fremdrift saves to finish (lock file { $lock }); nothing was saved
save-cannot-lock = cannot save { $path }: cannot lock { $lock }: { $reason }
save-busy = cannot save { $path }: another program is writing the file (it kept changing for { $seconds } s); nothing was saved

## Adding, moving and removing activities and areas
structure-unknown-id = no activity has the id "{ $id }"
structure-after-itself = cannot place "{ $id }" after itself
structure-no-workstream = area { $area } has no workstream "{ $title }"; its workstreams are: { $known }
structure-no-workstream-none = area { $area } has no workstream "{ $title }"; its workstreams are: (none)
structure-already-first = "{ $id }" is already the first in its group
structure-already-last = "{ $id }" is already the last in its group
structure-area-needs-title = area { $number } needs a title
structure-area-needs-reason = area { $number } is waiting: give the reason, what it waits for
structure-unknown-area = no area has the number "{ $number }"; the plan's areas are { $known }
structure-needs-id = the new activity needs an id
structure-id-taken = the id "{ $id }" is taken; choose another
structure-needs-title = the new activity needs a title
structure-needs-owner = the new activity needs an owner

## Temporary files
file-temp-create = cannot create a temporary file in { $dir }
file-temp-write = cannot write the temporary file
file-temp-flush = cannot flush the temporary file
file-temp-permissions = cannot set the temporary file's permissions
file-temp-keep = cannot keep the temporary file
file-temp-rename = cannot rename the temporary file

## Opening a plan for editing
save-open-invalid = { $path } has { $count ->
        [one] { $count } error
       *[other] { $count } errors
    }; fix them before editing

## Writing output (-o)
file-output-over-plan = { $path }: refusing to write over the plan the output is made from; give another file with -o
file-output-directory = { $path }: is a directory; give a file name with -o
file-output-not-a-name = { $path }: not a file name; give a file name with -o
file-output-cannot-write = { $path }: cannot write: { $reason }
file-output-special = { $path }: is { $kind }; give a file name with -o, or - for standard output
file-output-stdout = cannot write to stdout: { $reason }

## Other boards editing the plan
file-presence-editor = { $user } on { $host } (pid { $pid }, since { $since })

## The recovery file (unsaved edits set aside)
file-recovery-unknown-status = unknown status "{ $status }"
file-recovery-no-value = the { $field } edit has no value
file-recovery-unknown-field = unknown field "{ $field }" (expected status, note, due, owner, title, meeting or members)
file-recovery-cannot-read = cannot read { $path }: { $reason }
file-recovery-bad = { $path }: { $reason }
file-recovery-not-recovery = not a fremdrift recovery file ({ $reason })
file-recovery-unknown-format = unknown recovery format "{ $format }" (expected "{ $expected }")
file-recovery-cannot-move-aside = cannot move the unreadable { $path } aside: { $reason }
file-recovery-cannot-remove = cannot remove { $path }: { $reason }
file-recovery-cannot-write = cannot write { $path }: { $step }: { $reason }

## Meeting series
meeting-unknown-series-none = no meeting series "{ $name }": the plan has no [[meeting]] series
meeting-unknown-series = no meeting series "{ $name }": expected one of { $known }

## Small files kept beside a plan
file-not-regular = is { $kind }, not a regular file
file-larger-than = is larger than { $limit } bytes

## The list of boards editing a plan
file-presence-cannot-lock = cannot lock { $path }: { $reason }
file-presence-cannot-remove = cannot remove { $path }: { $reason }
file-presence-cannot-write = cannot write { $path }: { $step }: { $reason }
