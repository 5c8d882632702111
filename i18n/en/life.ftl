# The whole life of a plan: structural changes kept unsaved, the error screen for a file whose
# TOML cannot be read, and quick fixes for problems found while loading.

life-place-after = after { $id }
life-place-area = at the end of area { $area }
life-place-workstream = at the end of "{ $title }" in area { $area }
life-unsaved-add = { $id } added: "{ $title }" { $place }
life-unsaved-remove = { $id } deleted
life-unsaved-move = { $id } moved { $place }
life-unsaved-shift = { $id } moved { $down ->
    [yes] down
   *[other] up
    }
life-unsaved-area = area { $number }: { $change }
life-unsaved-add-workstream = workstream "{ $title }" added to area { $area }
life-unsaved-add-area = area { $number } "{ $title }" added
life-unsaved-rename-workstream = workstream in area { $area }: "{ $old }" → "{ $new }"
life-unsaved-remove-workstream = workstream "{ $title }" deleted from area { $area }
life-unsaved-remove-area = area { $number } deleted

life-broken-title = { $path } cannot be read
life-broken-intro = The file is not valid TOML, so nothing in it can be shown. Fix it in your editor (E) or elsewhere: this screen reads the file again whenever it changes and opens the board as soon as it can be read.
life-broken-still = read again at { $at }: it still cannot be read
life-broken-key-editor = editor at the error

life-fix-status = choose the status to write in its place
life-fix-key = rename the key to { $key }
life-fix-id = give this activity the free id "{ $id }"
life-fix-gone = the problem is no longer in the file; nothing was changed
life-fix-did-not-fix = the correction would not remove the problem; nothing was changed
life-unsaved-correct = correction: { $from } → { $to } ({ $problem })
life-unsaved-exact = { $id }: undo or redo of a change to the file's lines

life-fix-already = the correction { $from } → { $to } was already in the file (made elsewhere); nothing more to save
life-conflict-intro = Changed elsewhere first; this change is not saved.
life-conflict-mine = here: { $change }
life-conflict-theirs = elsewhere: { $what }
life-conflict-gone = elsewhere: { $list } deleted
life-heading-shift = a workstream keeps its place; J/K move the selected activity (j to select one)
life-fix-id-taken = the id { $id } is already written in the file (on an activity that cannot be read yet); fix that one first
