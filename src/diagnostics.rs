//! Problems found in a plan, and their rustc-style rendering: severity and message,
//! `--> file:line:col`, the source line with a caret under the bad value, and a `help:` line.

use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use chrono::NaiveDate;

use crate::i18n::{Language, Message};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    /// "error"/"feil", "warning"/"advarsel"/"åtvaring".
    pub fn word(self, lang: Language) -> String {
        crate::i18n::text(
            lang,
            match self {
                Severity::Error => "severity-error",
                Severity::Warning => "severity-warning",
            },
        )
    }
}

/// One problem, positioned by a byte range in the file text (without a BOM).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: Message,
    pub span: Option<Range<usize>>,
    /// A short label printed under the caret.
    pub label: Option<Message>,
    pub help: Option<Message>,
    /// The one change the help names, when there is exactly one (the board applies it).
    pub fix: Option<Fix>,
}

/// A change that fixes a problem, as data (never read back from the message text): what the
/// `help:` line of the same diagnostic suggests.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Fix {
    /// A misspelt owner: activity `index` (id `id`) gets `owner`.
    Owner {
        index: usize,
        id: String,
        owner: String,
    },
    /// A deadline in the wrong year: activity `index` (id `id`) gets the deadline text `due`.
    Due {
        index: usize,
        id: String,
        due: String,
    },
    /// A waiting area without a reason: ask for one for area `index` (number `number`).
    Reason { index: usize, number: String },
    /// A status word that is not one: ask which status, and write its word (in the plan's
    /// language) over the diagnostic's span.
    StatusWord,
    /// A misspelt key: the key at the diagnostic's span becomes `to`.
    Key { to: String },
    /// A duplicate id: the id at the diagnostic's span (a later activity's) becomes `to`, a
    /// free id in the plan's own pattern.
    Id { to: String },
}

impl Diagnostic {
    pub fn error(message: impl Into<Message>, span: Option<Range<usize>>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            span,
            label: None,
            help: None,
            fix: None,
        }
    }

    pub fn warning(message: impl Into<Message>, span: Option<Range<usize>>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(message, span)
        }
    }

    pub fn with_help(mut self, help: impl Into<Message>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    pub fn with_fix(mut self, fix: Fix) -> Diagnostic {
        self.fix = Some(fix);
        self
    }

    pub fn with_label(mut self, label: impl Into<Message>) -> Diagnostic {
        self.label = Some(label.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// 1-based line and column (in characters) of the start of the span.
    pub fn line_col(&self, text: &str) -> Option<(usize, usize)> {
        self.span.as_ref().map(|s| line_col(text, s.start))
    }

    /// One line without a path, for a message that already says which file it is about:
    /// "line 21, column 6: error: duplicate activity id …".
    pub fn at_line(&self, text: &str, lang: Language) -> String {
        let severity = self.severity.word(lang);
        let message = sanitize(&self.message.render(lang));
        match self.line_col(text) {
            Some((line, column)) => crate::msg!(
                "diag-at-line",
                line = line,
                column = column,
                severity = severity,
                message = message
            )
            .render(lang),
            None => format!("{severity}: {message}"),
        }
    }

    /// A one-line form: `file:line:col: error: message`, for status bars and logs. Safe to
    /// print: the path and the message (which may quote the plan) have their control
    /// characters and bidirectional overrides escaped, as in [`render`].
    pub fn one_line(&self, path: &str, text: &str, lang: Language) -> String {
        let sev = self.severity.word(lang);
        let path = crate::output::text::line_safe(path);
        let message = sanitize(&self.message.render(lang));
        match self.line_col(text) {
            Some((l, c)) => format!("{path}:{l}:{c}: {sev}: {message}"),
            None => format!("{path}: {sev}: {message}"),
        }
    }
}

/// A date as problem messages write it: dd.mm.yyyy.
pub fn dmy(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// 1-based line and character column of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// Renders diagnostics rustc-style in `lang`, in order, separated by blank lines.
pub fn render(diags: &[Diagnostic], path: &str, text: &str, color: bool, lang: Language) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let text = same_length_safe(text);
    let path = crate::output::text::line_safe(path);
    let mut out = String::new();
    for d in diags {
        out.push_str(&render_one(&renderer, d, &path, &text, lang));
        out.push_str("\n\n");
    }
    out
}

fn render_one(
    renderer: &Renderer,
    d: &Diagnostic,
    path: &str,
    text: &str,
    lang: Language,
) -> String {
    // annotate-snippets prints the level names itself; ours come from the catalogue.
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    }
    .with_name(d.severity.word(lang));
    let note = Level::NOTE.with_name(crate::i18n::text(lang, "diagnostic-note"));
    let help_level = Level::HELP.with_name(crate::i18n::text(lang, "diagnostic-help"));
    let message = sanitize(&shorten(&d.message.render(lang)));
    let label = d
        .label
        .as_ref()
        .map(|l| sanitize(&shorten(&l.render(lang))));
    let help = d.help.as_ref().map(|h| sanitize(&shorten(&h.render(lang))));
    let title = level.primary_title(message.as_str());
    let mut group = Group::with_title(title);
    match &d.span {
        Some(span) => {
            let span = clamp_span(text, span.clone());
            let mut ann = AnnotationKind::Primary.span(span);
            if let Some(l) = &label {
                ann = ann.label(l.as_str());
            }
            group = group.element(Snippet::source(text).path(path).annotation(ann));
        }
        None => {
            group = group
                .element(note.message(crate::msg!("diagnostic-in-file", path = path).render(lang)));
        }
    }
    if let Some(h) = &help {
        group = group.element(help_level.message(h.as_str()));
    }

    let report: [Group; 1] = [group];
    renderer.render(&report)
}

/// Messages quote the bad value; a hostile megabyte value must not become a megabyte message.
fn shorten(s: &str) -> String {
    const MAX: usize = 400;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let head: String = s.chars().take(MAX).collect();
        format!("{head}…")
    }
}

/// Keeps a span inside the text, on char boundaries, and within its first line so the
/// caret points at one value rather than a whole table.
fn clamp_span(text: &str, span: Range<usize>) -> Range<usize> {
    let mut start = span.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = span.end.clamp(start, text.len());
    if let Some(nl) = text[start..end].find('\n') {
        end = start + nl;
    }
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    start..end
}

/// The source with every control character (other than newline, tab and the CR of CRLF)
/// replaced by `?` bytes of the same length, so spans stay valid and a raw ESC in a broken file
/// can never reach the terminal through a quoted source line.
fn same_length_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| (c.is_control() && !matches!(c, '\n' | '\t' | '\r')) || is_bidi(c);
    if !text.chars().any(bad) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if bad(c) {
            out.extend(std::iter::repeat_n('?', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Bidirectional-override characters, which can make text display in a misleading order.
pub fn is_bidi(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Replaces control characters so text from a plan can never drive the terminal
/// (ESC sequences, BEL, backspace, carriage return). Newlines and tabs become spaces.
pub fn sanitize(s: &str) -> String {
    if !s.chars().any(is_unsafe) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c == '\n' || c == '\t' {
            out.push(' ');
        } else if is_unsafe(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    out
}

/// Control characters, the bidirectional overrides (which reorder what a terminal shows), and
/// the two noncharacters U+FFFE and U+FFFF, which XML forbids (a Word report holding one would
/// not open).
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{fffe}' | '\u{ffff}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_line_names_the_line_and_column_in_the_reader_s_language() {
        let text = "a = 1\nid = \"x\"\n";
        let at = text.find("\"x\"").unwrap();
        let d = Diagnostic::error(
            crate::msg!("check-duplicate-series", name = "x"),
            Some(at..at + 3),
        );
        let en = d.at_line(text, Language::En);
        assert!(en.starts_with("line 2, column 6: error: "), "{en}");
        let nb = d.at_line(text, Language::Nb);
        assert!(nb.starts_with("linje 2, kolonne 6: feil: "), "{nb}");
    }

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "a = 1\ntitle = \"æøå\" x\n";
        let off = text.find('x').unwrap();
        assert_eq!(line_col(text, off), (2, 15));
        assert_eq!(line_col(text, 0), (1, 1));
    }

    #[test]
    fn render_shows_file_line_col_caret_and_help() {
        let text = "[plan]\ntitle = 5\n";
        let d = Diagnostic::error(Message::verbatim("expected a string"), Some(15..16))
            .with_help(Message::verbatim("write title = \"…\""));
        let out = render(&[d], "x.toml", text, false, Language::En);
        assert!(out.contains("error: expected a string"), "{out}");
        assert!(out.contains("--> x.toml:2:9"), "{out}");
        assert!(out.contains('^'), "{out}");
        assert!(out.contains("help: write title"), "{out}");
    }

    #[test]
    fn level_names_and_the_file_note_are_in_the_readers_language() {
        let text = "[plan]\ntitle = 5\n";
        let diags = [
            Diagnostic::error(crate::msg!("check-empty-file"), Some(15..16))
                .with_help(crate::msg!("check-empty-file-help")),
            Diagnostic::warning(crate::msg!("check-period-no-end"), None)
                .with_help(crate::msg!("check-see-readme")),
        ];
        let nn = render(&diags, "x.toml", text, false, Language::Nn);
        assert!(nn.contains("feil: planfila er tom"), "{nn}");
        assert!(nn.contains("= hjelp: byrj med [plan]"), "{nn}");
        assert!(
            nn.contains("åtvaring: planperioden har ingen slutt"),
            "{nn}"
        );
        assert!(nn.contains("= merk: i x.toml"), "{nn}");
        let nb = render(&diags, "x.toml", text, false, Language::Nb);
        assert!(
            nb.contains("advarsel: planperioden har ingen slutt"),
            "{nb}"
        );
        assert!(nb.contains("= merk: i x.toml"), "{nb}");
        let en = render(&diags, "x.toml", text, false, Language::En);
        assert!(en.contains("warning: the plan period has no end"), "{en}");
        assert!(en.contains("= note: in x.toml"), "{en}");
        assert!(en.contains("= help: see plans/README.md"), "{en}");
        for out in [&nn, &nb] {
            for word in ["error", "warning", "help", "note"] {
                assert!(!out.contains(word), "{word} in {out}");
            }
        }
    }

    #[test]
    fn quoted_source_lines_never_carry_raw_escapes() {
        let text = "[plan]\ntitle = \"x\" # \u{1b}]0;pwned\u{7} \u{9b}2J\n";
        let d = Diagnostic::error(Message::verbatim("bad"), Some(16..17));
        let out = render(&[d], "p\u{1b}.toml", text, false, Language::En);
        assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{out:?}");
        assert!(out.contains("# ?]0;pwned? ??2J"), "{out}");
    }

    #[test]
    fn one_line_escapes_the_path_and_the_message() {
        let d = Diagnostic::error(Message::verbatim("bad \"\u{1b}[2J\""), Some(7..8));
        assert_eq!(
            d.one_line(
                "p\u{1b}]0;x\u{7}\u{202e}.toml",
                "[plan]\nx = 1\n",
                Language::En
            ),
            "p\\u{1b}]0;x\\u{7}\\u{202e}.toml:2:1: error: bad \"\\u{1b}[2J\""
        );
    }

    #[test]
    fn sanitize_escapes_terminal_controls() {
        assert_eq!(sanitize("a\u{1b}]0;x\u{7}b"), "a\\u{1b}]0;x\\u{7}b");
        assert_eq!(sanitize("plain æøå"), "plain æøå");
        assert_eq!(sanitize("a\rb"), "a\\u{d}b");
    }
}
