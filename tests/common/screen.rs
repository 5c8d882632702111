//! A drawn buffer as the text a snapshot keeps: each line as a person reads it (a wide
//! character once, not followed by the blank cell it covers), and optionally each line's styled
//! runs, so that a snapshot shows what is red and bold, not only what is written.

use std::fmt::Write as _;

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Style};

/// The screen as text, then each line's styled runs (colour, background, modifiers).
pub fn screen(buf: &Buffer) -> String {
    let mut out = screen_text(buf);
    out.push_str("--- styles (line: from-to fg bg modifiers)\n");
    for y in 0..buf.area.height {
        let runs = styled_runs(buf, y);
        if !runs.is_empty() {
            let _ = writeln!(out, "{y:>2}: {}", runs.join(", "));
        }
    }
    out
}

/// The screen as text only: one line per row, trailing blanks trimmed.
pub fn screen_text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        out.push_str(line_text(buf, y).trim_end());
        out.push('\n');
    }
    out
}

/// Row `y` as text, trailing blanks kept: a wide character once, not followed by the blank
/// cell it covers.
pub fn line_text(buf: &Buffer, y: u16) -> String {
    let mut line = String::new();
    let mut skip = 0;
    for x in 0..buf.area.width {
        if skip > 0 {
            skip -= 1;
            continue;
        }
        let sym = buf[(x, y)].symbol();
        line.push_str(sym);
        skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
    }
    line
}

/// Row `y`'s runs of equal style that are not the terminal's default, as "from-to fg bg:bg
/// MODIFIERS".
fn styled_runs(buf: &Buffer, y: u16) -> Vec<String> {
    let mut runs: Vec<(u16, u16, Style)> = Vec::new();
    for x in 0..buf.area.width {
        let c = &buf[(x, y)];
        let s = Style::new().fg(c.fg).bg(c.bg).add_modifier(c.modifier);
        match runs.last_mut() {
            Some((_, end, style)) if *style == s && *end + 1 == x => *end = x,
            _ => runs.push((x, x, s)),
        }
    }
    runs.into_iter()
        .filter(|(_, _, s)| {
            s.fg != Some(Color::Reset) || s.bg != Some(Color::Reset) || !s.add_modifier.is_empty()
        })
        .map(|(a, b, s)| {
            let mut r = format!("{a}-{b}");
            if let Some(fg) = s.fg.filter(|c| *c != Color::Reset) {
                let _ = write!(r, " {fg}");
            }
            if let Some(bg) = s.bg.filter(|c| *c != Color::Reset) {
                let _ = write!(r, " bg:{bg}");
            }
            if !s.add_modifier.is_empty() {
                let _ = write!(r, " {:?}", s.add_modifier);
            }
            r
        })
        .collect()
}
