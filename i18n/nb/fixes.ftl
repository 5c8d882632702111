# Hurtigrettinger fra problemlista (w): velg et problem, Enter går til det, x retter det.
fixes-key = rett problemet
fixes-hint = j/k velg · Enter gå til · E editor på linja · Esc lukk
fixes-owner = sett owner = "{ $owner }"
fixes-due = sett fristen til "{ $due }"
fixes-reason = skriv hva område { $number } venter på
fixes-none = dette problemet har ingen hurtigretting; E åpner editoren på linja
