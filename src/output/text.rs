//! Small text helpers shared by outputs: display width, truncation and date formats.

use chrono::{Datelike, NaiveDate};
use unicode_width::UnicodeWidthStr;

use crate::plan::Language;
use crate::plan::deadline::weekday_short;

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
        Language::Nb => d.format("%d.%m.%Y").to_string(),
        Language::En => d.format("%Y-%m-%d").to_string(),
    }
}

/// "søn 17.12.2017" / "Sun 2017-12-17".
pub fn weekday_date(d: NaiveDate, lang: Language) -> String {
    format!(
        "{} {}",
        weekday_short(d.weekday(), lang.is_nb()),
        date(d, lang)
    )
}

/// "3 d over" / "om 5 d" / "i dag" in nb; "3 d late" / "in 5 d" / "today" in en.
pub fn relative_days(days_from_today: i64, lang: Language) -> String {
    match (lang, days_from_today) {
        (Language::Nb, 0) => "i dag".into(),
        (Language::Nb, d) if d < 0 => format!("{} d over", -d),
        (Language::Nb, d) => format!("om {d} d"),
        (Language::En, 0) => "today".into(),
        (Language::En, d) if d < 0 => format!("{} d late", -d),
        (Language::En, d) => format!("in {d} d"),
    }
}

/// ISO week number of a day.
pub fn iso_week(d: NaiveDate) -> u32 {
    d.iso_week().week()
}

/// Output made safe for a terminal: control characters other than line breaks and tabs, and
/// bidirectional overrides, shown as `\u{..}` escapes so plan text cannot move the cursor or
/// reorder what the reader sees. Line structure (`\n`, `\r\n`) is kept.
pub fn terminal_safe(s: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| {
        (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !s.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if unsafe_char(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
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
    }

    #[test]
    fn terminal_safe_escapes_controls_but_keeps_lines() {
        assert_eq!(terminal_safe("a\r\nb\tc\n"), "a\r\nb\tc\n");
        assert_eq!(
            terminal_safe("x\u{1b}[2Jy\u{202e}"),
            "x\\u{1b}[2Jy\\u{202e}"
        );
    }
}
