# Kontorformata: `export --format xlsx` (rekneark for Excel og LibreOffice) og
# `report --format docx` (statusrapporten som Word-dokument).

## Arka i reknearket
office-sheet-activities = Aktivitetar
office-sheet-overview = Oversikt
office-sheet-meetings = Møte

## Kolonnane i aktivitetsarket
office-col-area = Område
office-col-workstream = Delprosjekt
office-col-id = ID
office-col-title = Aktivitet
office-col-owner = Ansvarleg
office-col-deadline = Frist (dato)
office-col-as-written = Frist som skrive
office-col-days-left = Dagar til frist
office-col-status = Status
office-col-done-on = Ferdig dato
office-col-urgency = Varsel
office-col-note = Merknad

## Varsel-kolonnen: eit teikn og eit ord, så han kan lesast utan farge
office-urgency-overdue = ⚠ Over fristen
office-urgency-due-soon = ◷ Frist snart

## Oversiktsarket
office-col-number = Nr.
office-col-area-title = Innsatsområde
office-col-area-status = Status
office-col-done = Ferdige
office-col-total = Totalt
office-col-share = Prosentdel ferdig
office-col-overdue = Over fristen
office-col-due-soon = Frist snart
office-total = Sum

## Møtearket
office-col-meeting = Møte
office-col-date = Dato
office-col-week = Veke
office-col-remark = Merknad
office-next-meeting = → Neste møte
office-no-meetings = Planen har ingen møte.

## Feil
office-terminal = { $format } er eit binært filformat og vert ikkje skrive til terminalen; skriv til ei fil med -o FIL.{ $format } (eller -o - for å sende det vidare i eit røyr)
office-failed = kunne ikkje lage { $format }-fila: { $reason }

## Hjelp
help-export-format-xlsx = Eit Excel-rekneark: aktivitetar med ekte datoar, oversikt per område og møta
help-report-format-docx = Eit Word-dokument, til arkivet eller for å redigere vidare
