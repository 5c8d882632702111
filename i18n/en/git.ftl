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
