# Git: flettedrivaren, konfliktmarkørar som er att, historikken til planen (src/git).

## Fletting
git-merge-invalid-base = grunnversjonen er ikkje ein gyldig plan
git-merge-invalid-ours = vår versjon er ikkje ein gyldig plan
git-merge-invalid-theirs = deira versjon er ikkje ein gyldig plan
git-merge-invalid-base-ours = grunnversjonen og vår versjon er ikkje gyldige planar
git-merge-invalid-base-theirs = grunnversjonen og deira versjon er ikkje gyldige planar
git-merge-invalid-ours-theirs = vår og deira versjon er ikkje gyldige planar
git-merge-invalid-all = ingen av versjonane (grunn, vår, deira) er ein gyldig plan
git-merge-not-a-plan = ikkje ein gyldig plan
git-merge-lines-both = linjer endra på begge sider (stad { $place } av { $count })
git-merge-skeleton = planen utanom aktivitetane (hovud, møte, område, arbeidsstraumar eller kommentarar) vart endra på begge sider { $count ->
        [one] på { $count } stad
       *[other] på { $count } stader
    }
git-merge-activity = aktiviteten { $id } («{ $title }»)
git-merge-renumbered = { $id } vart lagd til på begge sider som ulike aktivitetar; deira («{ $title }») er no { $new }
git-merge-added-both = { $activity } vart lagd til på begge sider, ulikt
git-merge-changed-removed = { $activity } vart endra på vår side og fjerna på deira
git-merge-removed-changed = { $activity } vart fjerna på vår side og endra på deira
git-merge-same-lines = { $activity } vart endra på begge sider i dei same linjene
git-merge-field = { $activity }: { $field } vart endra på begge sider: vår { $ours }, deira { $theirs }
git-merge-by-fields-failed = { $activity } kunne ikkje flettast felt for felt: { $reason }
git-merge-marker-damaged = ei markørlinje vart øydelagd
git-merge-no-place = aktiviteten { $id } fann ingen plass i den fletta planen
git-merge-would-not-load = den fletta planen kan ikkje lesast
git-merge-would-not-load-why = den fletta planen kan ikkje lesast: { $first }
git-merge-activity-differs = etter flettinga ville ikkje aktiviteten { $id } bli lesen slik han vart fletta
git-merge-header-differs = etter flettinga ville ikkje hovudet eller møta i planen bli lesne slik dei vart fletta
git-merge-areas-differ = etter flettinga ville ikkje områda bli lesne slik dei vart fletta
git-merge-workstreams-differ = etter flettinga ville ikkje arbeidsstraumane bli lesne slik dei vart fletta

## Konfliktmarkørar som er att i ein plan
git-marker-nothing = ingenting
git-marker-lines = `{ $lines }`
git-marker-unresolved = uløyst flettekonflikt: vår side har { $ours }, deira side har { $theirs }
git-marker-unresolved-first = uløyst flettekonflikt (den første av { $count }): vår side har { $ours }, deira side har { $theirs }
git-marker-label = konfliktmarkørar etter ei fletting
git-marker-help = behald linjene du vil ha mellom <<<<<<< og >>>>>>>, slett dei andre og markørlinjene, og køyr `fremdrift check` igjen
