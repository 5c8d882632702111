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
git-merge-skeleton = planen utanom aktivitetane (hovud, møte, område, delprosjekt eller kommentarar) vart endra på begge sider { $count ->
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
git-merge-workstreams-differ = etter flettinga ville ikkje delprosjekta bli lesne slik dei vart fletta

## Konfliktmarkørar som er att i ein plan
git-marker-nothing = ingenting
git-marker-lines = `{ $lines }`
git-marker-unresolved = uløyst flettekonflikt: vår side har { $ours }, deira side har { $theirs }
git-marker-unresolved-first = uløyst flettekonflikt (den første av { $count }): vår side har { $ours }, deira side har { $theirs }
git-marker-label = konfliktmarkørar etter ei fletting
git-marker-help = behald linjene du vil ha mellom <<<<<<< og >>>>>>>, slett dei andre og markørlinjene, og køyr `fremdrift check` igjen

## Historikken til planen (fremdrift log)
git-log-created = planen oppretta med { $count ->
        [one] { $count } aktivitet
       *[other] { $count } aktivitetar
    }
git-log-file-renamed = planfila fekk nytt namn: { $from } → { $to }
git-log-invalid = planen kunne ikkje lesast: { $reason }
git-log-status = { $id } «{ $title }»: status { $from } → { $to }
git-log-deadline = { $id } «{ $title }»: frist «{ $from }» ({ $from_day }) → «{ $to }» ({ $to_day }), { $by }
git-log-same-day = same dag
git-log-days-later = +{ $days } { $days ->
        [one] dag
       *[other] dagar
    }
git-log-days-earlier = -{ $days } { $days ->
        [one] dag
       *[other] dagar
    }
git-log-owner = { $id } «{ $title }»: ansvarleg { $from } → { $to }
git-log-note-added = { $id } «{ $title }»: ny merknad: «{ $note }»
git-log-note-removed = { $id } «{ $title }»: merknad fjerna
git-log-note-changed = { $id } «{ $title }»: endra merknad: «{ $note }»
git-log-note = { $id } «{ $title }»: merknad
git-log-added = { $id } «{ $title }»: lagd til i { $place }
git-log-removed = { $id } «{ $title }»: fjerna
git-log-moved = { $id } «{ $title }»: flytta frå { $from } til { $to }
git-log-renamed = { $id }: nytt namn «{ $from }» → «{ $to }»
git-log-area-status = område { $area } «{ $title }»: status { $from } → { $to }
git-log-empty = ingen endringar i planen i denne perioden
git-log-md-title = Endringar i planen
git-log-md-empty = Ingen endringar i planen i denne perioden.

## Endringar sidan førre møte (presentasjon, rapport)
git-changes-from-git = Frå git-historikken: { $count ->
        [one] { $count } innsjekking
       *[other] { $count } innsjekkingar
    } har endra planen sidan { $since }
git-changes-from-plan = Utan git-historikk: frå ferdig-datoane og dei opphavlege fristane i planen
git-changes-pending = { $source }; * = ikkje sjekka inn enno
git-changes-activity = { $id } «{ $title }»
git-changes-created = planen oppretta med { $count ->
        [one] { $count } aktivitet
       *[other] { $count } aktivitetar
    }
git-changes-file-renamed = planfila fekk nytt namn: { $from } → { $to }
git-changes-invalid = planen kunne ikkje lesast: { $reason }
git-changes-status-new = { $activity }: { $to }
git-changes-status = { $activity }: { $from } → { $to }
git-changes-deadline = { $activity }: frist { $days }: { $from } ({ $from_day }) → { $to } ({ $to_day })
git-changes-owner = { $activity }: ansvarleg { $from } → { $to }
git-changes-note-removed = { $activity }: merknad fjerna
git-changes-note-added = { $activity }: ny merknad: { $note }
git-changes-note-changed = { $activity }: endra merknad: { $note }
git-changes-note = { $activity }: merknad
git-changes-added = { $activity }: lagd til i { $place }
git-changes-removed = { $activity }: fjerna
git-changes-moved = { $activity }: flytta frå { $from } til { $to }
git-changes-renamed = { $id }: nytt namn «{ $from }» → «{ $to }»
git-changes-area-status = innsatsområde { $area } «{ $title }»: { $from } → { $to }

## Git-kommandoen og repositoriet
git-missing = fann ikkje git-kommandoen; installer git for å bruke fremdrift med git
git-cannot-run = git kunne ikkje køyrast: { $reason }
git-failed = { $dir }: `git { $command }` feila: { $said }
git-not-utf8 = { $dir }: git skreiv ut noko som ikkje er UTF-8 for `git { $command }`
git-not-a-repository = { $dir } er ikkje i eit git-repositorium (køyr `git init` der først, eller gje ei mappe inni eit)
git-read-failed = { $path }: { $reason }
git-no-history = { $path } er ikkje i eit git-repositorium, så ho har ingen historikk (køyr `git init` og sjekk ho inn først)
git-bare = { $path } er i eit bart git-repositorium, som ikkje har filer å følgje
git-cannot-place = { $path }: finn ikkje fila i repositoriet
git-no-commits = { $path } er ikkje sjekka inn i git-repositoriet enno (sjekk ho inn, og køyr `fremdrift log` igjen)
