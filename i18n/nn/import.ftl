# `fremdrift import`: ein plan laga frå eit Word-dokument eller rekneark.

## Hjelp
help-import = Lag ein ny plan frå eit Word-dokument (.docx), eit rekneark (.xlsx, .ods) eller ei CSV-fil
help-import-file = Dokumentet eller reknearket planen skal lagast frå
help-import-output = Planfila som skal skrivast (standard: FIL med endinga .toml, ved sida av ho)
help-import-lang = Språket i den nye planen: nb, nn eller en (standard: en når overskriftene i tabellen er engelske, elles nb); meldingane brukar det òg
help-import-start = Første dag i planperioden (standard: utleidd av fristane)
help-import-end = Siste dag i planperioden (standard: utleidd av fristane)
help-import-sheet = Arket som skal lesast (standard: det første med ein aktivitetstabell)
help-import-force = Erstatt planfila om ho finst

## Lese dokumentet
import-read-empty = fila er tom
import-read-old-word = dette er det gamle Word-formatet (.doc); lagra det som .docx i Word eller LibreOffice og importer det
import-read-not-zip = dette er ikkje eit Word-dokument (.docx) – fila er ikkje eit gyldig docx-arkiv ({ $reason })
import-read-not-docx = dette er ikkje eit Word-dokument (.docx): arkivet har inga word/document.xml
import-read-too-large = dokumentet blir større enn { $limit } MiB når det blir pakka ut
import-read-bad-xml = dokumentet er skadd: { $reason }
import-read-not-utf8 = dokumentet er skadd: delen { $part } er ikkje UTF-8-tekst
import-read-spreadsheet = kan ikkje lese reknearket: { $reason }
import-read-no-such-sheet = reknearket har ikkje noko ark «{ $name }»; arka er: { $sheets }
import-read-csv-not-utf8 = CSV-fila er UTF-16; lagra ho som «CSV UTF-8» i Excel og importer ho
import-read-csv = kan ikkje lese CSV-fila: { $reason }
import-no-table = fann ingen aktivitetstabell: ingen tabell har ei overskriftsrad med ein aktivitetskolonne (Aktivitet, Tiltak, Oppgåve) og ein kolonne for ansvarleg (Ansvarleg, Eigar) eller frist (Frist, Dato, Tidspunkt)

## Kommentarar i planen
import-source-table = tabell { $table }, rad { $row }
import-source-sheet = ark «{ $sheet }», rad { $row }
import-source-row = rad { $row }
import-toml-intro = Importert frå { $file } med `fremdrift import`. Aktivitetar, ansvarlege og fristar står slik dokumentet skriv dei, òg feila; `fremdrift check` seier kva som må rettast. Kommentaren over kvar aktivitet seier kvar i dokumentet han står.
import-toml-period-inferred = Planperioden står ikkje i dokumentet; han er utleidd av fristane. Rett han om han er feil.
import-toml-period-given = Planperioden er gitt med --start og --end.
import-toml-period-unknown = Ingen frist har årstal, så planperioden er ukjend: legg inn start og end (ÅÅÅÅ-MM-DD) her, elles kan ikkje fristar utan årstal plasserast.
import-toml-meetings = Møtedatoane står ikkje i dokumentet, men { $deadlines } viser til møte: legg inn møteserien som [[meeting]] med name og dates.
import-toml-area-implied = Dokumentet har ikkje noko nummerert innsatsområde over tabellane; import har laga dette området. Gi det rett nummer og tittel.
import-toml-area-numbered = Dokumentet gir ikkje dette området eit nummer; import har gitt det det neste ledige etter områda over.
import-toml-mentioned = Innsatsområde dokumentet nemner utan ein tabell; legg dei inn som [[area]] når dei er konkretiserte:
import-toml-unplaced = Rader som ikkje kunne plasserast (dei har ingen aktivitet):

## Kva import gjorde
import-error = kan ikkje importere { $path }: { $reason }
import-unknown-type = kan ikkje importere { $path }: ukjend filtype; gi ei .docx-, .xlsx-, .ods- eller .csv-fil
import-exists = { $path } finst allereie; vel ei anna planfil med -o, eller gi --force for å erstatte ho
import-same-file = planfila { $path } er sjølve dokumentet; vel ei anna med -o
import-period-order = planperioden sluttar ({ $end }) før han byrjar ({ $start })
import-wrote = Skreiv { $path }: { $activities ->
    [one] { $activities } aktivitet
   *[other] { $activities } aktivitetar
} i { $areas ->
    [one] { $areas } innsatsområde
   *[other] { $areas } innsatsområde
} og { $workstreams ->
    [one] { $workstreams } delprosjekt
   *[other] { $workstreams } delprosjekt
}, frå { $tables ->
    [one] { $tables } tabell
   *[other] { $tables } tabellar
}.
import-summary-period-inferred = Planperioden { $start }–{ $end } er utleidd av fristane (sjå kommentaren i planen).
import-summary-period-unknown = Ingen frist har årstal, så planen har ingen periode: gi --start og --end, eller skriv dei inn i planen.
import-summary-mentioned = Innsatsområde nemnde utan tabell (lista i ein kommentar i planen): { $areas }
import-summary-unplaced = { $count ->
    [one] Éi rad
   *[other] { $count } rader
} utan aktivitet er lagd i ein kommentar nedst i planen: { $rows }
import-summary-check = Kontroll av den nye planen (som `fremdrift check`):
import-no-activities = Ingen aktivitetar vart importerte: { $rows ->
    [0] aktivitetstabellane har ingen rader under overskriftsrada
   *[other] ingen rad i aktivitetstabellane har tekst i aktivitetskolonnen (radene står i ein kommentar nedst i planen)
}. Planen er skriven utan aktivitetar: sjå om aktivitetane i dokumentet står i ein annan kolonne, eller legg dei inn i planen sjølv.
