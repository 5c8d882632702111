//! Reads a large plan's TOML on two threads: the text is cut in two at an `[[area]]` line, each
//! half is parsed on its own thread, and the second half's areas are appended to the first's.
//! The result is exactly the tree one parse of the whole text gives, or nothing (and the caller
//! parses the whole text): the cut is only used when it is provably the same.
//!
//! Why the cut is safe (text `A` before the cut at `s`, `B` from it):
//!
//! - `s` starts a line that reads exactly `[[area]]`. If `A` parses without an error, `s` is the
//!   start of an expression of the whole text: a line start that is not one lies inside a
//!   multi-line string, array or inline table, and then `A` ends inside it, which is an error.
//!   So from `s` on, the whole text is read as the same tokens `B` is read as on its own.
//! - `B` is parsed with `s` spaces before it (whitespace before a table header means nothing),
//!   so every span in its tree is already a span in the whole text.
//! - If `B` parses without an error and its tree has no root key but `area`, every header in it
//!   is `[[area]]` or below an area (`[[area.…]]`, `[area.…]`): any other would have made a root
//!   key, and `[area]` after `[[area]]` is an error. In the whole text such a header adds an
//!   area or names a table below the last area, which `B`'s own `[[area]]` made: `B` means the
//!   same there as on its own, and changes nothing `A` made but the list of areas.
//! - In the whole text the first `[[area]]` of `B` is an error unless `A` left `area` missing or
//!   an array of tables (made by `[[area]]` headers, not `area = [...]`). That is checked: an
//!   array made by a header has the header's span, around its key's.
//!
//! Then the whole text's tree is `A`'s with `B`'s areas appended (or `B`'s `area` added last,
//! where the whole text would first meet it), its errors are none, and its root's span is the
//! empty span one parse gives too. Anything else — an error in either half, another shape —
//! returns `None`. `tests/split_parse.rs` checks the result against one parse on every fixture
//! and on generated plans, at every `[[area]]` line.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// Texts shorter than this are parsed whole: the second thread costs more than it saves.
pub const MIN_SPLIT_BYTES: usize = 256 * 1024;

/// The line a cut is made before.
const AREA_HEADER: &str = "[[area]]";

/// Where to cut `text` for [`parse_split`]: the start of the first `[[area]]` line at or after
/// its middle. None for a text shorter than `min_len`, or without such a line.
pub fn split_point(text: &str, min_len: usize) -> Option<usize> {
    if text.len() < min_len {
        return None;
    }
    let mut from = text.len() / 2;
    while !text.is_char_boundary(from) {
        from += 1;
    }
    loop {
        let at = from + text.get(from..)?.find(AREA_HEADER)?;
        if is_area_line(text, at) {
            return Some(at);
        }
        from = at + AREA_HEADER.len();
    }
}

/// The starts of every `[[area]]` line of `text` but a first one at 0 (for tests: each is a cut
/// [`parse_split`] may be given).
pub fn area_lines(text: &str) -> Vec<usize> {
    text.match_indices(AREA_HEADER)
        .map(|(at, _)| at)
        .filter(|&at| at > 0 && is_area_line(text, at))
        .collect()
}

/// Whether a line of `text` starts at `at` and reads exactly `[[area]]` (with `\n` or `\r\n`).
fn is_area_line(text: &str, at: usize) -> bool {
    let Some(rest) = text.get(at..).and_then(|r| r.strip_prefix(AREA_HEADER)) else {
        return false;
    };
    at > 0
        && text.as_bytes().get(at - 1) == Some(&b'\n')
        && (rest.starts_with('\n') || rest.starts_with("\r\n"))
}

/// Whether a line of `second` (the text from the cut) starts a header that is neither an area
/// nor below one (`[plan]`, `[[meeting]]` after the areas): the shape check after the parse
/// would refuse the cut, so it is refused before two halves are parsed for nothing. Only
/// refuses; a header this quick look misses (indented) is refused by the shape check.
fn opens_another_table(second: &str) -> bool {
    second.match_indices("\n[").any(|(at, _)| {
        let line = &second[at + 1..];
        !(line.starts_with("[[area]]") || line.starts_with("[[area.") || line.starts_with("[area."))
    })
}

/// The tree one parse of the whole `text` gives, read as two halves cut at `at` on two threads,
/// or None when that cannot be shown to be the same (see the module's comment). `padded` is a
/// buffer the second half is read from; the tree borrows from both.
pub fn parse_split<'i>(
    text: &'i str,
    at: usize,
    padded: &'i mut String,
) -> Option<Spanned<DeTable<'i>>> {
    if !is_area_line(text, at) {
        return None;
    }
    let (first, second) = text.split_at_checked(at)?;
    if opens_another_table(second) {
        return None;
    }
    padded.clear();
    padded.reserve(text.len());
    padded.extend(std::iter::repeat_n(' ', at));
    padded.push_str(second);
    let padded: &'i str = padded;
    let ((mut a, a_errors), (b, b_errors)) = std::thread::scope(|s| {
        // No second thread to be had: read whole.
        let b = std::thread::Builder::new()
            .spawn_scoped(s, || DeTable::parse_recoverable(padded))
            .ok()?;
        let a = DeTable::parse_recoverable(first);
        Some((a, b.join().ok()?))
    })?;
    if !a_errors.is_empty() || !b_errors.is_empty() {
        return None;
    }
    let mut b = b.into_inner();
    let (b_key, b_areas) = b.remove_entry("area")?;
    if !b.is_empty() || !matches!(b_areas.get_ref(), DeValue::Array(_)) {
        return None;
    }
    let root = a.get_mut();
    let Some((key, value)) = root.get_key_value("area") else {
        // The whole text meets `area` first in `B`: it comes last, as it does here.
        root.insert(b_key, b_areas);
        return Some(a);
    };
    // Made by a `[[area]]` header: the array's span is the header's, around the key.
    if !matches!(value.get_ref(), DeValue::Array(_)) || key.span().start <= value.span().start {
        return None;
    }
    let (Some(DeValue::Array(areas)), DeValue::Array(more)) = (
        root.get_mut("area").map(Spanned::get_mut),
        b_areas.into_inner(),
    ) else {
        return None;
    };
    for area in more {
        areas.push(area);
    }
    Some(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_outside_the_areas_after_the_cut_is_seen_before_parsing() {
        let areas = "[[area]]\nx = 1\n[[area.activity]]\ny = 2\n[area.note]\nz = 3\n";
        assert!(!opens_another_table(areas));
        assert!(opens_another_table(&format!(
            "{areas}[[meeting]]\nday = 1\n"
        )));
        assert!(opens_another_table(&format!("{areas}[plan]\n")));
        assert!(opens_another_table(&format!("{areas}[ area.x ]\n")));
    }
}
