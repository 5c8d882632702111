# What fremdrift says about a deadline text (`due`, `baseline`, the board's deadline editor).
# The deadline words a plan may write ("30. november", "uke 50", "veke 50", "1. møte 2018")
# are file format: examples quote them as a plan writes them.

# A month named in a message. $month: 1–12. $written: "en" when the deadline text was written
# with English words, else "nb". English names the month as the text did (a Norwegian text's
# "november" stays lowercase, as in the quoted text); other languages may ignore $written.
deadline-month = { $written ->
    [en] { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
        [12] December
       *[other] month { $month }
    }
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
       *[other] month { $month }
    }
}
deadline-month-number = month { $month }
# A weekday named in a message. $day: 1 (Monday) to 7 (Sunday).
deadline-weekday = { $day ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}

deadline-accepted-forms = expected a date ("30. november", "30.11.2017", "2017-11-30"), a week ("uke 50", "2017-W50"), a month ("februar 2018"), a month range ("jan-feb 2018") or a meeting ("1. møte 2018")
deadline-too-long = deadline "{ $head }…" is too long ({ $count } characters)
deadline-too-long-help = a deadline has at most { $max } characters; { $forms }
deadline-empty = invalid deadline "": the text is empty
deadline-unrecognised = invalid deadline "{ $text }": not a date, week, month, month range or meeting
# $reason: one of the reasons below.
deadline-invalid = invalid deadline "{ $text }": { $reason }

## Reasons.
deadline-no-such-month = there is no month { $month }
deadline-no-such-month-help = months run from 1 to 12
deadline-day-zero = there is no day 0
deadline-day-zero-help = days start at 1
deadline-not-leap-year = { $year } is not a leap year, { $month } has 28 days
deadline-month-in-year-has-days = { $month } { $year } has { $days } days
deadline-last-day-in-year = the last day of { $month } { $year } is the { $day ->
    [28] 28th
    [29] 29th
    [30] 30th
    [31] 31st
   *[other] { $day }th
}
deadline-february-at-most = { $month } has at most 29 days
deadline-february-last-day = the last day of { $month } is the 28th, or the 29th in leap years
deadline-month-has-days = { $month } has { $days } days
deadline-last-day = the last day of { $month } is the { $day ->
    [28] 28th
    [29] 29th
    [30] 30th
    [31] 31st
   *[other] { $day }th
}
deadline-wrong-weekday = { $date } is a { $actual }, not a { $written }
deadline-wrong-weekday-help = check the day, or leave the weekday out
deadline-no-such-week = there is no week { $week }
deadline-no-such-week-help = ISO weeks run from 1 to 52, or 53 in some years
deadline-52-weeks = { $year } has 52 ISO weeks
deadline-52-weeks-help = the last week of { $year } is week 52, ending { $date }
deadline-year-range = year { $year } is out of range
deadline-year-range-help = years must be between { $min } and { $max }
deadline-meeting-zero = meetings are numbered from 1
deadline-meeting-zero-help = write e.g. "1. møte 2018" for the first meeting of 2018
deadline-meeting-no-date = a meeting has no date of its own
deadline-range-backwards = the month range runs backwards
deadline-range-new-year-help = write the years when a range crosses new year, e.g. { $example }
deadline-range-too-long = the month range spans more than twelve months
deadline-range-too-long-help = a month range covers at most twelve months, e.g. "2017-11..2018-01"

## Placing a deadline in the plan period.
deadline-no-period = deadline "{ $text }" has no year and the plan has no period
deadline-no-period-help = add a year, or set plan.start and plan.end
deadline-not-in-period-because = deadline "{ $text }" does not exist inside the plan period { $period }: { $reason }
deadline-not-in-period-because-help = choose a day that exists in the plan period
deadline-outside-period = deadline "{ $text }" does not fall inside the plan period { $period }
deadline-write-year = write the year, e.g. "{ $example }"
deadline-ambiguous = deadline "{ $text }" falls { $count ->
    [2] twice
   *[other] { $count } times
} inside the plan period ({ $dates })
# A list of dates: "25.01.2018, 01.03.2018 and 15.03.2018".
deadline-list-and = { $init } and { $last }
deadline-more = { $count } more

## Meetings.
deadline-no-meeting-series = deadline "{ $text }" names a meeting, but the plan has no meeting series
deadline-no-meeting-series-help = add a [[meeting]] with dates to the plan
deadline-series-named = the { $name } series
deadline-series-unnamed = the meeting series
deadline-scope-year = in { $year }
deadline-scope-period = inside the plan period { $period }
deadline-scope-total = in total
deadline-meeting-missing = deadline "{ $text }" names meeting { $number }, but { $series } has { $count ->
    [0] no meetings
    [one] only { $count } meeting
   *[other] only { $count } meetings
} { $scope }
deadline-add-meeting-dates = add meeting dates to the series
deadline-all-meetings-on = its meetings are on { $dates }
deadline-meetings-on = { $count ->
    [one] its meeting { $scope } is on { $dates }
   *[other] its meetings { $scope } are on { $dates }
}
