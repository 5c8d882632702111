# Snøggrettingar frå problemlista (w): vel eit problem, Enter går til det, x rettar det.
fixes-key = rett problemet
fixes-hint = j/k vel · Enter gå til · E editor på linja · Esc lukk
fixes-owner = set owner = "{ $owner }"
fixes-due = set fristen til "{ $due }"
fixes-reason = skriv kva område { $number } ventar på
fixes-none = dette problemet har inga snøggretting; E opnar editoren på linja
