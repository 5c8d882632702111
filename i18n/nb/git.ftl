# Git: flettedriveren, konfliktmarkører som er igjen, planens historikk (src/git).

## Fletting
git-merge-invalid-base = grunnversjonen er ikke en gyldig plan
git-merge-invalid-ours = vår versjon er ikke en gyldig plan
git-merge-invalid-theirs = deres versjon er ikke en gyldig plan
git-merge-invalid-base-ours = grunnversjonen og vår versjon er ikke gyldige planer
git-merge-invalid-base-theirs = grunnversjonen og deres versjon er ikke gyldige planer
git-merge-invalid-ours-theirs = vår og deres versjon er ikke gyldige planer
git-merge-invalid-all = ingen av versjonene (grunn, vår, deres) er en gyldig plan
git-merge-not-a-plan = ikke en gyldig plan
git-merge-lines-both = linjer endret på begge sider (sted { $place } av { $count })
git-merge-skeleton = planen utenom aktivitetene (hode, møter, områder, arbeidsstrømmer eller kommentarer) ble endret på begge sider { $count ->
        [one] på { $count } sted
       *[other] på { $count } steder
    }
git-merge-activity = aktiviteten { $id } («{ $title }»)
git-merge-renumbered = { $id } ble lagt til på begge sider som ulike aktiviteter; deres («{ $title }») er nå { $new }
git-merge-added-both = { $activity } ble lagt til på begge sider, ulikt
git-merge-changed-removed = { $activity } ble endret på vår side og fjernet på deres
git-merge-removed-changed = { $activity } ble fjernet på vår side og endret på deres
git-merge-same-lines = { $activity } ble endret på begge sider i de samme linjene
git-merge-field = { $activity }: { $field } ble endret på begge sider: vår { $ours }, deres { $theirs }
git-merge-by-fields-failed = { $activity } kunne ikke flettes felt for felt: { $reason }
git-merge-marker-damaged = en markørlinje ble ødelagt
git-merge-no-place = aktiviteten { $id } fant ingen plass i den flettede planen
git-merge-would-not-load = den flettede planen kan ikke leses
git-merge-would-not-load-why = den flettede planen kan ikke leses: { $first }
git-merge-activity-differs = etter flettingen ville aktiviteten { $id } ikke bli lest slik den ble flettet
git-merge-header-differs = etter flettingen ville planens hode eller møter ikke bli lest slik de ble flettet
git-merge-areas-differ = etter flettingen ville områdene ikke bli lest slik de ble flettet
git-merge-workstreams-differ = etter flettingen ville arbeidsstrømmene ikke bli lest slik de ble flettet

## Konfliktmarkører som er igjen i en plan
git-marker-nothing = ingenting
git-marker-lines = `{ $lines }`
git-marker-unresolved = uløst flettekonflikt: vår side har { $ours }, deres side har { $theirs }
git-marker-unresolved-first = uløst flettekonflikt (den første av { $count }): vår side har { $ours }, deres side har { $theirs }
git-marker-label = konfliktmarkører etter en fletting
git-marker-help = behold linjene du vil ha mellom <<<<<<< og >>>>>>>, slett de andre og markørlinjene, og kjør `fremdrift check` igjen
