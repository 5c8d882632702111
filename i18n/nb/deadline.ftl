# Det fremdrift sier om en fristtekst (`due`, `baseline`, fristfeltet på tavla).
# Fristordene en plan skriver ("30. november", "uke 50", "1. møte 2018") er filformat:
# eksemplene siterer dem slik en plan skriver dem.

# En måned i en melding. $month: 1–12. $written: "en" når fristen er skrevet med engelske ord,
# ellers "nb"; på bokmål brukes alltid de norske navnene.
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
       *[other] måned { $month }
    }
}
deadline-month-number = måned { $month }
# En ukedag i en melding. $day: 1 (mandag) til 7 (søndag).
deadline-weekday = { $day ->
    [1] mandag
    [2] tirsdag
    [3] onsdag
    [4] torsdag
    [5] fredag
    [6] lørdag
   *[7] søndag
}

deadline-accepted-forms = skriv en dato ("30. november", "30.11.2017", "2017-11-30"), en uke ("uke 50", "2017-W50"), en måned ("februar 2018"), et månedsspenn ("jan-feb 2018") eller et møte ("1. møte 2018")
deadline-too-long = fristen "{ $head }…" er for lang ({ $count } tegn)
deadline-too-long-help = en frist har høyst { $max } tegn; { $forms }
deadline-empty = ugyldig frist "": teksten er tom
deadline-unrecognised = ugyldig frist "{ $text }": verken dato, uke, måned, månedsspenn eller møte
deadline-invalid = ugyldig frist "{ $text }": { $reason }

## Grunner.
deadline-no-such-month = det finnes ingen måned { $month }
deadline-no-such-month-help = månedene går fra 1 til 12
deadline-day-zero = det finnes ingen dag 0
deadline-day-zero-help = dagene begynner på 1
deadline-not-leap-year = { $year } er ikke et skuddår, { $month } har 28 dager
deadline-month-in-year-has-days = { $month } { $year } har { $days } dager
deadline-last-day-in-year = siste dag i { $month } { $year } er den { $day }.
deadline-february-at-most = { $month } har høyst 29 dager
deadline-february-last-day = siste dag i { $month } er den 28., eller den 29. i skuddår
deadline-month-has-days = { $month } har { $days } dager
deadline-last-day = siste dag i { $month } er den { $day }.
deadline-wrong-weekday = { $date } er en { $actual }, ikke en { $written }
deadline-wrong-weekday-help = sjekk datoen, eller stryk ukedagen
deadline-no-such-week = det finnes ingen uke { $week }
deadline-no-such-week-help = ISO-ukene går fra 1 til 52, eller 53 i noen år
deadline-52-weeks = { $year } har 52 ISO-uker
deadline-52-weeks-help = siste uke i { $year } er uke 52, som slutter { $date }
deadline-year-range = året { $year } er utenfor det som godtas
deadline-year-range-help = året må være mellom { $min } og { $max }
deadline-meeting-zero = møtene nummereres fra 1
deadline-meeting-zero-help = skriv for eksempel "1. møte 2018" for det første møtet i 2018
deadline-meeting-no-date = et møte har ingen egen dato
deadline-range-backwards = månedsspennet går baklengs
deadline-range-new-year-help = skriv årstallene når spennet går over nyttår, for eksempel { $example }
deadline-range-too-long = månedsspennet er lengre enn tolv måneder
deadline-range-too-long-help = et månedsspenn dekker høyst tolv måneder, for eksempel "2017-11..2018-01"

## Plassering i planperioden.
deadline-no-period = fristen "{ $text }" har ikke årstall, og planen har ingen periode
deadline-no-period-help = skriv årstallet, eller sett plan.start og plan.end
deadline-not-in-period-because = fristen "{ $text }" finnes ikke i planperioden { $period }: { $reason }
deadline-not-in-period-because-help = velg en dag som finnes i planperioden
deadline-outside-period = fristen "{ $text }" faller ikke innenfor planperioden { $period }
deadline-write-year = skriv årstallet, for eksempel "{ $example }"
deadline-ambiguous = fristen "{ $text }" faller { $count ->
    [2] to ganger
   *[other] { $count } ganger
} innenfor planperioden ({ $dates })
deadline-list-and = { $init } og { $last }
deadline-more = { $count } til

## Møter.
deadline-no-meeting-series = fristen "{ $text }" viser til et møte, men planen har ingen møteserie
deadline-no-meeting-series-help = legg til en [[meeting]] med datoer i planen
deadline-series-named = møteserien { $name }
deadline-series-unnamed = møteserien
deadline-scope-year = i { $year }
deadline-scope-period = i planperioden { $period }
deadline-scope-total = i alt
deadline-meeting-missing = fristen "{ $text }" viser til møte { $number }, men { $series } har { $count ->
    [0] ingen møter
    [one] bare { $count } møte
   *[other] bare { $count } møter
} { $scope }
deadline-add-meeting-dates = legg inn møtedatoer i serien
deadline-all-meetings-on = møtene er { $dates }
deadline-meetings-on = { $count ->
    [one] møtet { $scope } er { $dates }
   *[other] møtene { $scope } er { $dates }
}
