# Structural edits of workstreams and areas: adding, renaming and deleting them.

structure-area-needs-number = the new area needs a number
structure-area-number-taken = the number "{ $number }" is taken by another area; choose another
structure-workstream-needs-title = the workstream in area { $area } needs a title
structure-workstream-taken = area { $area } already has a workstream "{ $title }"
structure-workstream-not-empty = workstream "{ $title }" in area { $area } is not empty: it has { $count ->
    [one] 1 activity
   *[other] { $count } activities
    }; move or delete them first
structure-area-not-empty = area { $number } is not empty: it has { $activities ->
    [one] 1 activity
   *[other] { $activities } activities
    } and { $workstreams ->
    [one] 1 workstream
   *[other] { $workstreams } workstreams
    }; move or delete them first
cli-workstream-added = workstream "{ $title }" added to area { $area }
cli-area-added = area { $number } "{ $title }" added
cli-workstream-renamed = workstream in area { $area }: "{ $old }" → "{ $new }"
cli-workstream-removed = workstream "{ $title }" removed from area { $area }
cli-area-removed = area { $number } removed
cli-add-what = say what to add: an activity (--title with --owner and --due), --workstream TITLE --in AREA, or --area N --title T
cli-workstream-path = write the workstream as AREA/TITLE, e.g. "2/Effektiv søknadsprosess"
cli-rm-what = say what to remove: an activity's ID, --workstream AREA/TITLE or --area N

board-key-add-group = add a workstream or an area
board-key-rename-group = rename the workstream (t on the areas list: the area)
board-key-delete-group = delete an empty workstream (d on the areas list: the area)
board-add-which-title = Add
board-choice-new-workstream = Workstream in this area
board-choice-new-area = New area
board-new-workstream-title = New workstream
board-new-area-title = New area
board-rename-workstream-title = Rename workstream
board-rename-area-title = Rename area
board-field-number = number
board-delete-group-title = Delete
board-pick-empty-title = Delete an empty workstream
board-no-empty-workstream = the area has no empty workstream to delete
board-delete-workstream-question = Delete the workstream “{ $title }” in area { $area }? y/n
board-delete-area-question = Delete area { $number } “{ $title }”? y/n
