# `fremdrift import`: en plan laget fra et Word-dokument eller regneark.

## Hjelp
help-import = Lag en ny plan fra et Word-dokument (.docx), et regneark (.xlsx, .ods) eller en CSV-fil
help-import-file = Dokumentet eller regnearket planen skal lages fra
help-import-output = Planfila som skal skrives (standard: FIL med endelsen .toml, ved siden av den)
help-import-lang = Den nye planens språk: nb, nn eller en (standard: en når tabellens overskrifter er engelske, ellers nb); meldingene bruker det også
help-import-start = Første dag i planperioden (standard: utledet av fristene)
help-import-end = Siste dag i planperioden (standard: utledet av fristene)
help-import-sheet = Arket som skal leses (standard: det første med en aktivitetstabell)
help-import-force = Erstatt planfila hvis den finnes

## Lese dokumentet
import-read-empty = fila er tom
import-read-old-word = dette er det gamle Word-formatet (.doc); lagre det som .docx i Word eller LibreOffice og importer den
import-read-not-zip = dette er ikke et Word-dokument (.docx) – fila er ikke et gyldig docx-arkiv ({ $reason })
import-read-not-docx = dette er ikke et Word-dokument (.docx): arkivet har ingen word/document.xml
import-read-too-large = dokumentet blir større enn { $limit } MiB når det pakkes ut
import-read-bad-xml = dokumentet er skadet: { $reason }
import-read-not-utf8 = dokumentet er skadet: delen { $part } er ikke UTF-8-tekst
import-read-spreadsheet = kan ikke lese regnearket: { $reason }
import-read-no-such-sheet = regnearket har ikke noe ark «{ $name }»; arkene er: { $sheets }
import-read-csv-not-utf8 = CSV-fila er UTF-16; lagre den som «CSV UTF-8» i Excel og importer den
import-read-csv = kan ikke lese CSV-fila: { $reason }
import-no-table = fant ingen aktivitetstabell: ingen tabell har en overskriftsrad med en aktivitetskolonne (Aktivitet, Tiltak, Oppgave) og en kolonne for ansvarlig (Ansvarlig, Eier) eller frist (Frist, Dato, Tidspunkt)

## Kommentarer i planen
import-source-table = tabell { $table }, rad { $row }
import-source-sheet = ark «{ $sheet }», rad { $row }
import-source-row = rad { $row }
import-toml-intro = Importert fra { $file } med `fremdrift import`. Aktiviteter, ansvarlige og frister står slik dokumentet skriver dem, også feilene; `fremdrift check` sier hva som må rettes. Kommentaren over hver aktivitet sier hvor i dokumentet den står.
import-toml-period-inferred = Planperioden står ikke i dokumentet; den er utledet av fristene. Rett den hvis den er feil.
import-toml-period-given = Planperioden er gitt med --start og --end.
import-toml-period-unknown = Ingen frist har årstall, så planperioden er ukjent: legg inn start og end (ÅÅÅÅ-MM-DD) her, ellers kan ikke frister uten årstall plasseres.
import-toml-meetings = Møtedatoene står ikke i dokumentet, men { $deadlines } viser til møter: legg inn møteserien som [[meeting]] med name og dates.
import-toml-area-implied = Dokumentet har ikke noe nummerert innsatsområde over tabellene; import har laget dette området. Gi det riktig nummer og tittel.
import-toml-area-numbered = Dokumentet gir ikke dette området et nummer; import har gitt det det neste ledige etter områdene over.
import-toml-mentioned = Innsatsområder dokumentet nevner uten en tabell; legg dem inn som [[area]] når de er konkretisert:
import-toml-unplaced = Rader som ikke kunne plasseres (de har ingen aktivitet):

## Hva import gjorde
import-error = kan ikke importere { $path }: { $reason }
import-unknown-type = kan ikke importere { $path }: ukjent filtype; gi en .docx-, .xlsx-, .ods- eller .csv-fil
import-exists = { $path } finnes allerede; velg en annen planfil med -o, eller gi --force for å erstatte den
import-same-file = planfila { $path } er dokumentet selv; velg en annen med -o
import-period-order = planperioden slutter ({ $end }) før den begynner ({ $start })
import-wrote = Skrev { $path }: { $activities ->
    [one] { $activities } aktivitet
   *[other] { $activities } aktiviteter
} i { $areas ->
    [one] { $areas } innsatsområde
   *[other] { $areas } innsatsområder
} og { $workstreams ->
    [one] { $workstreams } delprosjekt
   *[other] { $workstreams } delprosjekter
}, fra { $tables ->
    [one] { $tables } tabell
   *[other] { $tables } tabeller
}.
import-summary-period-inferred = Planperioden { $start }–{ $end } er utledet av fristene (se kommentaren i planen).
import-summary-period-unknown = Ingen frist har årstall, så planen har ingen periode: gi --start og --end, eller skriv dem inn i planen.
import-summary-mentioned = Innsatsområder nevnt uten tabell (listet i en kommentar i planen): { $areas }
import-summary-unplaced = { $count ->
    [one] Én rad
   *[other] { $count } rader
} uten aktivitet er lagt i en kommentar nederst i planen: { $rows }
import-summary-check = Kontroll av den nye planen (som `fremdrift check`):
import-no-activities = Ingen aktiviteter ble importert: { $rows ->
    [0] aktivitetstabellene har ingen rader under overskriftsraden
   *[other] ingen rad i aktivitetstabellene har tekst i aktivitetskolonnen (radene står i en kommentar nederst i planen)
}. Planen er skrevet uten aktiviteter: se om dokumentets aktiviteter står i en annen kolonne, eller legg dem inn i planen selv.
