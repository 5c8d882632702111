# Det fremdrift seier om ein fristtekst (`due`, `baseline`, fristfeltet på tavla).
# Fristorda ein plan skriv ("30. november", "veke 50", "1. møte 2018") er filformat:
# døma siterer dei slik ein plan skriv dei.

# Ein månad i ei melding. $month: 1–12. $written: "en" når fristen er skriven med engelske ord,
# elles "nb"; på nynorsk blir dei norske namna alltid brukte.
deadline-month = { $written ->
   *[other] { $month ->
        [1] januar
        [2] februar
        [3] mars
        [4] april
        [5] mai
        [6] juni
        [7] juli
        [8] august
        [9] september
        [10] oktober
        [11] november
        [12] desember
       *[other] månad { $month }
    }
}
deadline-month-number = månad { $month }
# Ein vekedag i ei melding. $day: 1 (måndag) til 7 (sundag).
deadline-weekday = { $day ->
    [1] måndag
    [2] tysdag
    [3] onsdag
    [4] torsdag
    [5] fredag
    [6] laurdag
   *[7] sundag
}

deadline-accepted-forms = skriv ein dato ("30. november", "30.11.2017", "2017-11-30"), ei veke ("veke 50", "2017-W50"), ein månad ("februar 2018"), eit månadsspenn ("jan-feb 2018") eller eit møte ("1. møte 2018")
deadline-too-long = fristen "{ $head }…" er for lang ({ $count } teikn)
deadline-too-long-help = ein frist har høgst { $max } teikn; { $forms }
deadline-empty = ugyldig frist "": teksten er tom
deadline-unrecognised = ugyldig frist "{ $text }": korkje dato, veke, månad, månadsspenn eller møte
deadline-invalid = ugyldig frist "{ $text }": { $reason }

## Grunnar.
deadline-no-such-month = det finst ingen månad { $month }
deadline-no-such-month-help = månadene går frå 1 til 12
deadline-day-zero = det finst ingen dag 0
deadline-day-zero-help = dagane byrjar på 1
deadline-not-leap-year = { $year } er ikkje eit skotår, { $month } har 28 dagar
deadline-month-in-year-has-days = { $month } { $year } har { $days } dagar
deadline-last-day-in-year = siste dag i { $month } { $year } er den { $day }.
deadline-february-at-most = { $month } har høgst 29 dagar
deadline-february-last-day = siste dag i { $month } er den 28., eller den 29. i skotår
deadline-month-has-days = { $month } har { $days } dagar
deadline-last-day = siste dag i { $month } er den { $day }.
deadline-wrong-weekday = { $date } er ein { $actual }, ikkje ein { $written }
deadline-wrong-weekday-help = sjekk datoen, eller stryk vekedagen
deadline-no-such-week = det finst inga veke { $week }
deadline-no-such-week-help = ISO-vekene går frå 1 til 52, eller 53 i somme år
deadline-52-weeks = { $year } har 52 ISO-veker
deadline-52-weeks-help = siste veka i { $year } er veke 52, som sluttar { $date }
deadline-year-range = året { $year } er utanfor det som blir godteke
deadline-year-range-help = året må vere mellom { $min } og { $max }
deadline-meeting-zero = møta blir nummererte frå 1
deadline-meeting-zero-help = skriv til dømes "1. møte 2018" for det første møtet i 2018
deadline-meeting-no-date = eit møte har ingen eigen dato
deadline-range-backwards = månadsspennet går baklengs
deadline-range-new-year-help = skriv årstala når spennet går over nyttår, til dømes { $example }
deadline-range-too-long = månadsspennet er lengre enn tolv månader
deadline-range-too-long-help = eit månadsspenn dekkjer høgst tolv månader, til dømes "2017-11..2018-01"

## Plassering i planperioden.
deadline-no-period = fristen "{ $text }" har ikkje årstal, og planen har ingen periode
deadline-no-period-help = skriv årstalet, eller set plan.start og plan.end
deadline-not-in-period-because = fristen "{ $text }" finst ikkje i planperioden { $period }: { $reason }
deadline-not-in-period-because-help = vel ein dag som finst i planperioden
deadline-outside-period = fristen "{ $text }" fell ikkje innanfor planperioden { $period }
deadline-write-year = skriv årstalet, til dømes "{ $example }"
deadline-ambiguous = fristen "{ $text }" fell { $count ->
    [2] to gonger
   *[other] { $count } gonger
} innanfor planperioden ({ $dates })
deadline-list-and = { $init } og { $last }
deadline-more = { $count } til

## Møte.
deadline-no-meeting-series = fristen "{ $text }" viser til eit møte, men planen har ingen møteserie
deadline-no-meeting-series-help = legg til ein [[meeting]] med datoar i planen
deadline-series-named = møteserien { $name }
deadline-series-unnamed = møteserien
deadline-scope-year = i { $year }
deadline-scope-period = i planperioden { $period }
deadline-scope-total = i alt
deadline-meeting-missing = fristen "{ $text }" viser til møte { $number }, men { $series } har { $count ->
    [0] ingen møte
    [one] berre { $count } møte
   *[other] berre { $count } møte
} { $scope }
deadline-add-meeting-dates = legg inn møtedatoar i serien
deadline-all-meetings-on = møta er { $dates }
deadline-meetings-on = { $count ->
    [one] møtet { $scope } er { $dates }
   *[other] møta { $scope } er { $dates }
}
