# Git: the merge driver, leftover conflict markers, the plan's history (src/git).

## Merge
git-merge-invalid-base = the base version is not a valid plan
git-merge-invalid-ours = the ours version is not a valid plan
git-merge-invalid-theirs = the theirs version is not a valid plan
git-merge-invalid-base-ours = the base and ours version is not a valid plan
git-merge-invalid-base-theirs = the base and theirs version is not a valid plan
git-merge-invalid-ours-theirs = the ours and theirs version is not a valid plan
git-merge-invalid-all = the base and ours and theirs version is not a valid plan
git-merge-not-a-plan = not a valid plan
git-merge-lines-both = lines changed on both sides (place { $place } of { $count })
git-merge-skeleton = the plan outside its activities (header, meetings, areas, workstreams or comments) was changed on both sides in { $count ->
        [one] { $count } place
       *[other] { $count } places
    }
git-merge-activity = activity { $id } ("{ $title }")
git-merge-renumbered = { $id } was added on both sides as different activities; theirs ("{ $title }") is now { $new }
git-merge-added-both = { $activity } was added on both sides, differently
git-merge-changed-removed = { $activity } was changed on our side and removed on theirs
git-merge-removed-changed = { $activity } was removed on our side and changed on theirs
git-merge-same-lines = { $activity } was changed on both sides in the same lines
git-merge-field = { $activity }: { $field } was changed on both sides: ours { $ours }, theirs { $theirs }
git-merge-by-fields-failed = { $activity } could not be merged by fields: { $reason }
git-merge-marker-damaged = a marker line was damaged
git-merge-no-place = activity { $id } found no place in the merged plan
git-merge-would-not-load = the merged plan would not load
git-merge-would-not-load-why = the merged plan would not load: { $first }
git-merge-activity-differs = after merging, activity { $id } would not load as merged
git-merge-header-differs = after merging, the plan's header or meetings would not load as merged
git-merge-areas-differ = after merging, the areas would not load as merged
git-merge-workstreams-differ = after merging, the workstreams would not load as merged

## Conflict markers left in a plan
git-marker-nothing = nothing
git-marker-lines = `{ $lines }`
git-marker-unresolved = unresolved merge conflict: ours has { $ours }, theirs has { $theirs }
git-marker-unresolved-first = unresolved merge conflict (the first of { $count }): ours has { $ours }, theirs has { $theirs }
git-marker-label = conflict markers left by a merge
git-marker-help = keep the lines you want between <<<<<<< and >>>>>>>, delete the others and the marker lines, then run `fremdrift check` again

## The plan's history (fremdrift log)
git-log-created = plan created with { $count ->
        [one] { $count } activity
       *[other] { $count } activities
    }
git-log-file-renamed = plan file renamed: { $from } → { $to }
git-log-invalid = the plan did not load: { $reason }
git-log-status = { $id } "{ $title }": status { $from } → { $to }
git-log-deadline = { $id } "{ $title }": deadline "{ $from }" ({ $from_day }) → "{ $to }" ({ $to_day }), { $by }
git-log-same-day = same day
git-log-days-later = +{ $days } days
git-log-days-earlier = -{ $days } days
git-log-owner = { $id } "{ $title }": owner { $from } → { $to }
git-log-note-added = { $id } "{ $title }": note added: "{ $note }"
git-log-note-removed = { $id } "{ $title }": note removed
git-log-note-changed = { $id } "{ $title }": note changed: "{ $note }"
git-log-note = { $id } "{ $title }": note
git-log-added = { $id } "{ $title }": added in { $place }
git-log-removed = { $id } "{ $title }": removed
git-log-moved = { $id } "{ $title }": moved from { $from } to { $to }
git-log-renamed = { $id }: renamed "{ $from }" → "{ $to }"
git-log-area-status = area { $area } "{ $title }": status { $from } → { $to }
git-log-empty = no changes to the plan in this period
git-log-md-title = Changes to the plan
git-log-md-empty = No changes to the plan in this period.

## Changes since the last meeting (presenter, report)
git-changes-from-git = From the git history: { $count ->
        [one] { $count } commit
       *[other] { $count } commits
    } changed the plan since { $since }
git-changes-from-plan = Without git history: from the plan's done_on dates and baselines
git-changes-pending = { $source }; * = not committed yet
git-changes-activity = { $id } “{ $title }”
git-changes-created = plan created with { $count ->
        [one] { $count } activity
       *[other] { $count } activities
    }
git-changes-file-renamed = plan file renamed: { $from } → { $to }
git-changes-invalid = the plan did not load: { $reason }
git-changes-status-new = { $activity }: { $to }
git-changes-status = { $activity }: { $from } → { $to }
git-changes-deadline = { $activity }: deadline { $days }: { $from } ({ $from_day }) → { $to } ({ $to_day })
git-changes-owner = { $activity }: owner { $from } → { $to }
git-changes-note-removed = { $activity }: note removed
git-changes-note-added = { $activity }: note added: { $note }
git-changes-note-changed = { $activity }: note changed: { $note }
git-changes-note = { $activity }: note
git-changes-added = { $activity }: added in { $place }
git-changes-removed = { $activity }: removed
git-changes-moved = { $activity }: moved from { $from } to { $to }
git-changes-renamed = { $id }: renamed «{ $from }» → «{ $to }»
git-changes-area-status = area { $area } “{ $title }”: { $from } → { $to }

## The git command and the repository
git-missing = the git command was not found; install git to use fremdrift with git
git-cannot-run = git could not be run: { $reason }
git-failed = { $dir }: `git { $command }` failed: { $said }
git-not-utf8 = { $dir }: git printed something that is not UTF-8 for `git { $command }`
git-not-a-repository = { $dir } is not in a git repository (run `git init` there first, or give a folder inside one)
git-read-failed = { $path }: { $reason }
git-no-history = { $path } is not in a git repository, so it has no history (run `git init` and commit it first)
git-bare = { $path } is in a bare git repository, which has no files to follow
git-cannot-place = { $path }: cannot place the file in its repository
git-no-commits = { $path } has no commits in its git repository yet (commit it, then run `fremdrift log` again)
