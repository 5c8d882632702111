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
git-merge-skeleton = planen utenom aktivitetene (hode, møter, områder, delprosjekter eller kommentarer) ble endret på begge sider { $count ->
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
git-merge-workstreams-differ = etter flettingen ville delprosjektene ikke bli lest slik de ble flettet

## Konfliktmarkører som er igjen i en plan
git-marker-nothing = ingenting
git-marker-lines = `{ $lines }`
git-marker-unresolved = uløst flettekonflikt: vår side har { $ours }, deres side har { $theirs }
git-marker-unresolved-first = uløst flettekonflikt (den første av { $count }): vår side har { $ours }, deres side har { $theirs }
git-marker-label = konfliktmarkører etter en fletting
git-marker-help = behold linjene du vil ha mellom <<<<<<< og >>>>>>>, slett de andre og markørlinjene, og kjør `fremdrift check` igjen

## Planens historikk (fremdrift log)
git-log-created = planen opprettet med { $count ->
        [one] { $count } aktivitet
       *[other] { $count } aktiviteter
    }
git-log-file-renamed = planfila fikk nytt navn: { $from } → { $to }
git-log-invalid = planen kunne ikke leses: { $reason }
git-log-status = { $id } «{ $title }»: status { $from } → { $to }
git-log-deadline = { $id } «{ $title }»: frist «{ $from }» ({ $from_day }) → «{ $to }» ({ $to_day }), { $by }
git-log-same-day = samme dag
git-log-days-later = +{ $days } { $days ->
        [one] dag
       *[other] dager
    }
git-log-days-earlier = -{ $days } { $days ->
        [one] dag
       *[other] dager
    }
git-log-owner = { $id } «{ $title }»: ansvarlig { $from } → { $to }
git-log-note-added = { $id } «{ $title }»: ny merknad: «{ $note }»
git-log-note-removed = { $id } «{ $title }»: merknad fjernet
git-log-note-changed = { $id } «{ $title }»: endret merknad: «{ $note }»
git-log-note = { $id } «{ $title }»: merknad
git-log-added = { $id } «{ $title }»: lagt til i { $place }
git-log-removed = { $id } «{ $title }»: fjernet
git-log-moved = { $id } «{ $title }»: flyttet fra { $from } til { $to }
git-log-renamed = { $id }: nytt navn «{ $from }» → «{ $to }»
git-log-area-status = område { $area } «{ $title }»: status { $from } → { $to }
git-log-empty = ingen endringer i planen i denne perioden
git-log-md-title = Endringer i planen
git-log-md-empty = Ingen endringer i planen i denne perioden.

## Endringer siden forrige møte (presentasjon, rapport)
git-changes-from-git = Fra git-historikken: { $count ->
        [one] { $count } innsjekking
       *[other] { $count } innsjekkinger
    } har endret planen siden { $since }
git-changes-from-plan = Uten git-historikk: fra planens ferdig-datoer og opprinnelige frister
git-changes-pending = { $source }; * = ikke sjekket inn ennå
git-changes-activity = { $id } «{ $title }»
git-changes-created = planen opprettet med { $count ->
        [one] { $count } aktivitet
       *[other] { $count } aktiviteter
    }
git-changes-file-renamed = planfila fikk nytt navn: { $from } → { $to }
git-changes-invalid = planen kunne ikke leses: { $reason }
git-changes-status-new = { $activity }: { $to }
git-changes-status = { $activity }: { $from } → { $to }
git-changes-deadline = { $activity }: frist { $days }: { $from } ({ $from_day }) → { $to } ({ $to_day })
git-changes-owner = { $activity }: ansvarlig { $from } → { $to }
git-changes-note-removed = { $activity }: merknad fjernet
git-changes-note-added = { $activity }: ny merknad: { $note }
git-changes-note-changed = { $activity }: endret merknad: { $note }
git-changes-note = { $activity }: merknad
git-changes-added = { $activity }: lagt til i { $place }
git-changes-removed = { $activity }: fjernet
git-changes-moved = { $activity }: flyttet fra { $from } til { $to }
git-changes-renamed = { $id }: nytt navn «{ $from }» → «{ $to }»
git-changes-area-status = innsatsområde { $area } «{ $title }»: { $from } → { $to }

## Git-kommandoen og repositoriet
git-missing = fant ikke git-kommandoen; installer git for å bruke fremdrift med git
git-cannot-run = git kunne ikke kjøres: { $reason }
git-failed = { $dir }: `git { $command }` feilet: { $said }
git-not-utf8 = { $dir }: git skrev ut noe som ikke er UTF-8 for `git { $command }`
git-not-a-repository = { $dir } er ikke i et git-repositorium (kjør `git init` der først, eller oppgi en mappe inni et)
git-read-failed = { $path }: { $reason }
git-no-history = { $path } er ikke i et git-repositorium, så den har ingen historikk (kjør `git init` og sjekk den inn først)
git-bare = { $path } er i et bart git-repositorium, som ikke har filer å følge
git-cannot-place = { $path }: finner ikke fila i repositoriet
git-no-commits = { $path } er ikke sjekket inn i git-repositoriet ennå (sjekk den inn, og kjør `fremdrift log` igjen)
