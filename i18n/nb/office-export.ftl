# Kontorformatene: `export --format xlsx` (regneark for Excel og LibreOffice) og
# `report --format docx` (statusrapporten som Word-dokument).

## Arkene i regnearket
office-sheet-activities = Aktiviteter
office-sheet-overview = Oversikt
office-sheet-meetings = Møter

## Kolonnene i aktivitetsarket
office-col-area = Område
office-col-workstream = Delprosjekt
office-col-id = ID
office-col-title = Aktivitet
office-col-owner = Ansvarlig
office-col-deadline = Frist (dato)
office-col-as-written = Frist som skrevet
office-col-days-left = Dager til frist
office-col-status = Status
office-col-done-on = Ferdig dato
office-col-urgency = Varsel
office-col-note = Merknad

## Varsel-kolonnen: et tegn og et ord, så den leses uten farge
office-urgency-overdue = ⚠ Over fristen
office-urgency-due-soon = ◷ Frist snart

## Oversiktsarket
office-col-number = Nr.
office-col-area-title = Innsatsområde
office-col-area-status = Status
office-col-done = Ferdig
office-col-total = Totalt
office-col-share = Andel ferdig
office-col-overdue = Over fristen
office-col-due-soon = Frist snart
office-total = Sum

## Møtearket
office-col-meeting = Møte
office-col-date = Dato
office-col-week = Uke
office-col-remark = Merknad
office-next-meeting = → Neste møte
office-no-meetings = Planen har ingen møter.

## Feil
office-terminal = { $format } er et binært filformat og skrives ikke til terminalen; skriv til en fil med -o FIL.{ $format } (eller -o - for å sende det videre i et rør)
office-failed = kunne ikke lage { $format }-fila: { $reason }

## Hjelp
help-export-format-xlsx = Et Excel-regneark: aktiviteter med ekte datoer, oversikt per område og møtene
help-report-format-docx = Et Word-dokument, til arkivet eller for å redigere videre
