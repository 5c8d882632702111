//! Small text helpers shared by outputs: display width, truncation and date formats.

use chrono::{Datelike, NaiveDate};
use unicode_width::UnicodeWidthStr;

use crate::plan::Language;

/// Display width in terminal columns (æøå are one column, CJK two).
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Cuts `s` to at most `max` columns, ending with `…` when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if w + cw > max - 1 {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push('…');
    out
}

/// Pads `s` with spaces to `w` columns.
pub fn pad(s: &str, w: usize) -> String {
    let sw = width(s);
    if sw >= w {
        s.to_string()
    } else {
        format!("{s}{}", " ".repeat(w - sw))
    }
}

/// `dd.mm.yyyy` in Norwegian, `yyyy-mm-dd` in English.
pub fn date(d: NaiveDate, lang: Language) -> String {
    match lang {
        Language::Nb | Language::Nn => d.format("%d.%m.%Y").to_string(),
        Language::En => d.format("%Y-%m-%d").to_string(),
    }
}

/// A meeting's date, marked when it is not yet decided: "13.12.2017 (foreløpig)".
pub fn meeting_date(m: &crate::plan::meetings::Meeting<'_>, lang: Language) -> String {
    let d = date(m.date, lang);
    if m.series.is_tentative(m.date) {
        format!("{d} ({})", crate::i18n::text(lang, "output-tentative"))
    } else {
        d
    }
}

/// "søn 17.12.2017" (nb), "sun 17.12.2017" (nn) / "Sun 2017-12-17".
pub fn weekday_date(d: NaiveDate, lang: Language) -> String {
    format!("{} {}", weekday_short(d.weekday(), lang), date(d, lang))
}

/// A weekday's short name in `lang`: "man", "mån", "Mon".
pub fn weekday_short(day: chrono::Weekday, lang: Language) -> String {
    use crate::i18n::text;
    use chrono::Weekday;
    match day {
        Weekday::Mon => text(lang, "output-weekday-mon"),
        Weekday::Tue => text(lang, "output-weekday-tue"),
        Weekday::Wed => text(lang, "output-weekday-wed"),
        Weekday::Thu => text(lang, "output-weekday-thu"),
        Weekday::Fri => text(lang, "output-weekday-fri"),
        Weekday::Sat => text(lang, "output-weekday-sat"),
        Weekday::Sun => text(lang, "output-weekday-sun"),
    }
}

/// How far a deadline moved, signed: "+14 d" / "−3 d" (the unit reads the same in both
/// languages).
pub fn signed_days(days: i64) -> String {
    if days >= 0 {
        format!("+{days} d")
    } else {
        format!("−{} d", -days)
    }
}

/// "3 d over" / "om 5 d" / "i dag" in nb and nn; "3 d late" / "in 5 d" / "today" in en.
pub fn relative_days(days_from_today: i64, lang: Language) -> String {
    match days_from_today {
        0 => crate::i18n::text(lang, "output-today"),
        d if d < 0 => crate::msg!("output-days-late", days = -d).render(lang),
        d => crate::msg!("output-in-days", days = d).render(lang),
    }
}

/// ISO week number of a day.
pub fn iso_week(d: NaiveDate) -> u32 {
    d.iso_week().week()
}

/// Output made safe for a terminal: control characters other than line breaks (`\n`, `\r\n`)
/// and tabs, and bidirectional overrides, shown as `\u{..}` escapes so plan text cannot move the
/// cursor, retitle the window or reorder what the reader sees.
pub fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char, next: Option<char>| {
        let kept = c == '\n' || c == '\t' || (c == '\r' && next == Some('\n'));
        (c.is_control() && !kept) || crate::diagnostics::is_bidi(c)
    };
    let mut chars = text.chars().peekable();
    let mut clean = true;
    while let Some(c) = chars.next() {
        if bad(c, chars.peek().copied()) {
            clean = false;
            break;
        }
    }
    if clean {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if bad(c, chars.peek().copied()) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// One line of a message made safe for a terminal: every control character (line breaks and
/// tabs too, so a name cannot fake a second line) and every bidirectional override shown as a
/// `\u{..}` escape. For file names and for whole one-line messages that hold them.
pub fn line_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| c.is_control() || crate::diagnostics::is_bidi(c);
    if !text.chars().any(bad) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if bad(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A path as messages show it: [`line_safe`], so a file named with an escape sequence can
/// neither retitle nor clear the terminal it is named on.
pub fn shown(path: &std::path::Path) -> String {
    line_safe(&path.display().to_string()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncate_counts_columns() {
        assert_eq!(truncate("Kvalitetssikre", 6), "Kvali…");
        assert_eq!(truncate("æøå", 3), "æøå");
        assert_eq!(truncate("æøåæ", 3), "æø…");
        assert_eq!(pad("æ", 3), "æ  ");
    }

    #[test]
    fn relative_days_in_both_languages() {
        assert_eq!(relative_days(-3, Language::Nb), "3 d over");
        assert_eq!(relative_days(5, Language::Nb), "om 5 d");
        assert_eq!(relative_days(0, Language::En), "today");
        assert_eq!(relative_days(-1, Language::En), "1 d late");
        // Nynorsk had no words of its own: "om -3 d" for three days late.
        assert_eq!(relative_days(-3, Language::Nn), "3 d over");
        assert_eq!(relative_days(0, Language::Nn), "i dag");
    }

    #[test]
    fn weekdays_in_each_language() {
        let sunday = NaiveDate::from_ymd_opt(2017, 12, 17).unwrap();
        assert_eq!(weekday_date(sunday, Language::Nb), "søn 17.12.2017");
        assert_eq!(weekday_date(sunday, Language::Nn), "sun 17.12.2017");
        assert_eq!(weekday_date(sunday, Language::En), "Sun 2017-12-17");
        let saturday = NaiveDate::from_ymd_opt(2017, 12, 16).unwrap();
        assert_eq!(weekday_date(saturday, Language::Nn), "lau 16.12.2017");
    }

    #[test]
    fn terminal_safe_escapes_controls_but_keeps_lines() {
        assert_eq!(terminal_safe("a\r\nb\tc\n"), "a\r\nb\tc\n");
        assert_eq!(
            terminal_safe("x\u{1b}[2Jy\u{202e}"),
            "x\\u{1b}[2Jy\\u{202e}"
        );
        assert_eq!(
            terminal_safe("x\u{1b}]0;t\u{7}y\rz\n"),
            "x\\u{1b}]0;t\\u{7}y\\u{d}z\n"
        );
    }

    #[test]
    fn paths_and_message_lines_show_every_control_escaped() {
        let p = std::path::Path::new("dir/x\u{1b}]0;pwned\u{7}\u{9b}2J\n\u{202e}.toml");
        assert_eq!(
            shown(p),
            "dir/x\\u{1b}]0;pwned\\u{7}\\u{9b}2J\\u{a}\\u{202e}.toml"
        );
        assert_eq!(
            shown(std::path::Path::new("plans/æøå.toml")),
            "plans/æøå.toml"
        );
        assert_eq!(line_safe("a\tb\r\n"), "a\\u{9}b\\u{d}\\u{a}");
        assert!(matches!(line_safe("plain"), std::borrow::Cow::Borrowed(_)));
    }
}
