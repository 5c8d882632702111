//! Pieces every view uses: one activity as a row of aligned columns (which columns fit is
//! decided by width), scrolling that keeps the selection in sight, cleaning plan text, and what
//! a conflicting edit's popup says about it.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::file::recovery::{current, value_text};
use crate::output::text::{date, pad, relative_days, truncate, width};
use crate::plan::Activity;
use crate::tui::app::App;
use crate::tui::i18n::conflict_explained;
use crate::tui::store::Unsaved;
use crate::tui::theme::{Mark, Theme};

thread_local! {
    /// How many activity rows (lines, cards, timeline bars) this thread has built.
    static ROWS_BUILT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// How many activity rows have been built on this thread so far: a frame should add no more
/// than fit on screen. A thread-local counter costs a few nanoseconds a row; tests read it to
/// check, by counting and not by timing, that drawing never walks the whole plan.
pub fn rows_built() -> usize {
    ROWS_BUILT.with(std::cell::Cell::get)
}

/// Counts one activity row built for the screen.
pub fn count_row() {
    ROWS_BUILT.with(|c| c.set(c.get() + 1));
}

/// Plan text made safe for the terminal: no control characters, one line.
pub fn clean(s: &str) -> String {
    crate::diagnostics::sanitize(s)
}

/// An owner column wider than this is cut (with `…`).
const OWNER_MAX: usize = 20;
/// How far an owner may be cut to make room for the other columns.
const OWNER_MIN: usize = 10;
const WRITTEN_MAX: usize = 18;
/// The deadline as written is cut down to this before it is dropped.
const WRITTEN_MIN: usize = 10;
const DATE_W: usize = 10;
/// Below this the title is too short to recognize an activity; columns go before it does.
pub const TITLE_MIN: usize = 24;

/// The layout of an activity row: symbol, title, then the optional columns, each with its
/// width (0 = not shown), separated by `gap` spaces.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cols {
    pub title: usize,
    pub owner: usize,
    pub written: usize,
    pub date: bool,
    pub rel: usize,
    pub status: usize,
    pub gap: usize,
    /// The id, after the symbol and before the title (0 = not shown).
    pub id: usize,
}

impl Cols {
    /// The columns that fit in `w` with the title at least [`TITLE_MIN`] wide (or as wide as
    /// the longest title, if less). Columns are added in order of importance: the resolved date
    /// with how late, the owner (unless the view groups by owner), the status word, the deadline
    /// as written. Two spaces between columns when everything fits so, else one; an owner is
    /// cut to [`OWNER_MIN`] before a column is dropped. The title takes what is left, up to
    /// the longest title, so that the columns sit next to the titles on a wide screen.
    pub fn fit(w: usize, widths: &crate::tui::model::Widths, with_owner: bool) -> Cols {
        let mut best = Cols::default();
        for (gap, shrink) in [(2, false), (1, false), (1, true)] {
            // Before an owner is cut, the deadline as written (the least needed column: the
            // resolved date says the same) is given up.
            if shrink && best.whole_but_written(widths, with_owner) {
                return best;
            }
            let (cols, complete) = Cols::attempt(w, widths, with_owner, gap, shrink);
            if complete {
                return cols;
            }
            // A cut owner is only worth it if it makes room for everything.
            if !shrink && cols.count() > best.count() {
                best = cols;
            }
        }
        best
    }

    /// Whether every column but the deadline as written is shown, the owner whole.
    fn whole_but_written(&self, widths: &crate::tui::model::Widths, with_owner: bool) -> bool {
        let mut all = *self;
        all.written = widths.written.min(WRITTEN_MAX);
        self.date && all.complete(widths, with_owner)
    }

    /// Whether every column the widths ask for is shown, the owner whole.
    pub fn complete(&self, widths: &crate::tui::model::Widths, with_owner: bool) -> bool {
        self.date
            && (self.rel > 0 || widths.rel == 0)
            && (!with_owner || self.owner >= widths.owner.min(OWNER_MAX))
            && (self.status > 0 || widths.status == 0)
            && self.written == widths.written.min(WRITTEN_MAX)
    }

    fn attempt(
        w: usize,
        widths: &crate::tui::model::Widths,
        with_owner: bool,
        gap: usize,
        shrink: bool,
    ) -> (Cols, bool) {
        let title_min = TITLE_MIN.min(widths.title.max(1));
        let mut cols = Cols {
            gap,
            ..Cols::default()
        };
        // Symbol and space, and the title's minimum.
        let mut left = w.saturating_sub(2 + title_min);
        let take = |left: &mut usize, need: usize| {
            if need > 0 && *left >= need + gap {
                *left -= need + gap;
                true
            } else {
                false
            }
        };
        let mut complete = true;
        cols.date = take(&mut left, DATE_W);
        if cols.date && widths.rel > 0 {
            cols.rel = if take(&mut left, widths.rel) {
                widths.rel
            } else {
                0
            };
            complete &= cols.rel > 0;
        }
        complete &= cols.date;
        // When cutting is allowed the owner first takes its minimum and gets the rest of its
        // width last, after the other columns.
        let mut owner_full = 0;
        if with_owner && widths.owner > 0 {
            owner_full = widths.owner.min(OWNER_MAX);
            let first = if shrink {
                OWNER_MIN.min(owner_full)
            } else {
                owner_full
            };
            if take(&mut left, first) {
                cols.owner = first;
            } else {
                complete = false;
            }
        }
        if cols.date {
            cols.status = if take(&mut left, widths.status) {
                widths.status
            } else {
                0
            };
            complete &= cols.status > 0 || widths.status == 0;
            let written = widths.written.min(WRITTEN_MAX);
            cols.written = if take(&mut left, written) {
                written
            } else if written > 0 && left >= WRITTEN_MIN + gap {
                // Cut rather than dropped while a useful part of it fits.
                let cut = left - gap;
                left = 0;
                cut
            } else {
                0
            };
            complete &= cols.written == written;
        } else {
            complete = false;
        }
        if cols.owner > 0 {
            let more = left.min(owner_full - cols.owner);
            cols.owner += more;
            left -= more;
        }
        cols.title = (title_min + left).min(widths.title.max(title_min));
        (cols, complete)
    }

    /// These columns with the id added when `want`: from room to spare, else from the title
    /// down to [`TITLE_MIN`]; never from the owner. `force` (the `i` toggle) gives up the
    /// deadline as written for it when nothing else makes room.
    pub fn with_id(
        mut self,
        w: usize,
        widths: &crate::tui::model::Widths,
        want: bool,
        force: bool,
    ) -> Cols {
        if !want || widths.id == 0 {
            return self;
        }
        let need = widths.id + 1;
        // Asked for with `i`, a title may go down to half its usual minimum.
        let min = if force { TITLE_MIN / 2 } else { TITLE_MIN }.min(widths.title);
        let fit = |c: &mut Cols| {
            let used = 2 + c.title + c.others();
            let spare = w.saturating_sub(used);
            let take = need.saturating_sub(spare);
            if c.title >= min + take {
                c.title -= take;
                c.id = widths.id;
                true
            } else {
                false
            }
        };
        if !fit(&mut self) && force && self.written > 0 {
            let mut without = self;
            without.title += self.written + self.gap;
            without.written = 0;
            without.title = without.title.min(w.saturating_sub(2 + without.others()));
            if fit(&mut without) {
                return without;
            }
        }
        self
    }

    /// The width of the columns after the title, with their gaps.
    fn others(&self) -> usize {
        let date = if self.date { DATE_W } else { 0 };
        [self.owner, self.written, date, self.rel, self.status]
            .iter()
            .filter(|c| **c > 0)
            .map(|c| c + self.gap)
            .sum()
    }

    fn count(&self) -> usize {
        [
            self.owner > 0,
            self.written > 0,
            self.date,
            self.rel > 0,
            self.status > 0,
        ]
        .iter()
        .filter(|on| **on)
        .count()
    }
}

/// `s` broken at spaces into at most `max` lines of at most `w` columns; the last line ends
/// with `…` when text is left over. Always at least one line.
pub fn wrap(s: &str, w: usize, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        if line.is_empty() {
            line = word.to_string();
        } else if width(&line) + 1 + width(word) <= w {
            line.push(' ');
            line.push_str(word);
        } else {
            lines.push(std::mem::take(&mut line));
            line = word.to_string();
        }
    }
    lines.push(line);
    if lines.len() > max.max(1) {
        let keep = max.max(1);
        let rest = lines[keep - 1..].join(" ");
        lines.truncate(keep - 1);
        lines.push(rest);
    }
    lines.into_iter().map(|l| truncate(&l, w)).collect()
}

/// Where activity `a` belongs, for a view that lists it away from its workstream: its
/// workstream's title (else its area's), when another activity has the same title, so that
/// two "Kvalitetssikre opplegg" can be told apart; `None` when the title is unique. Only rows
/// on screen ask, so the scan is over the plan once per drawn row.
pub fn home_if_ambiguous(app: &App, a: &Activity) -> Option<String> {
    app.plan().home_if_ambiguous(a).map(clean)
}

/// The look of an activity today.
pub fn mark(app: &App, a: &Activity) -> Mark {
    if a.is_broken() {
        return Mark::Broken;
    }
    Mark::of(a.status, app.plan().urgency(a, app.today()))
}

/// The style of a whole activity row.
pub fn row_style(theme: &Theme, mark: Mark, selected: bool) -> Style {
    let s = theme.mark(mark);
    if selected { s.patch(theme.selected) } else { s }
}

/// One activity as a line `w` columns wide; `home` shows where an ambiguous title belongs.
pub fn activity_line(
    app: &App,
    index: usize,
    w: usize,
    cols: Cols,
    selected: bool,
    home: bool,
) -> Line<'static> {
    count_row();
    let a = &app.plan().activities[index];
    let m = mark(app, a);
    let style = row_style(app.theme(), m, selected);
    // An edit of this activity that is not in the file (refused or not written): "●" after
    // the title, as the status bar's "● 1 ulagret" counts it; Enter says what it is.
    let unsaved = app.unsaved().iter().any(|u| u.is_about(&a.id));
    // A note is marked after the title ("✎"), so it reads without colour.
    let noted = crate::tui::model::has_note(a);
    let title_w = title_room(app, a, cols);
    let title = clean(&a.title);
    let query = search_query(app);
    // What a search matched outside the title (the id unless its column shows, the note),
    // shown after it.
    let why = crate::tui::model::matched_outside_title(a, &query)
        .filter(|_| cols.id == 0 || !a.id.to_lowercase().contains(&query))
        .map(|w| truncate(&w, crate::tui::model::WHY_MAX));
    let home = why
        .clone()
        .or_else(|| home.then(|| home_if_ambiguous(app, a)).flatten());
    let symbol = if cols.id > 0 {
        format!("{} {}", m.symbol(), pad(&clean(&a.id), cols.id))
    } else {
        m.symbol().to_string()
    };
    let note_mark = if noted { NOTE_MARK } else { "" };
    let (head, suffix) = match home {
        // The title first, and its home (or what matched) dimmed in what is left of the column.
        Some(home) if width(&title) + 3 + HOME_MIN.min(width(&home)) <= title_w => {
            let room = title_w - width(&title);
            let suffix = pad(&truncate(&format!(" · {home}"), room), room);
            (format!("{symbol} {title}{note_mark}"), suffix)
        }
        // No room for both whole: the title gives up enough for the start of its home, which
        // is what tells two rows with the same title apart.
        Some(home) if title_w >= HOME_MIN + 3 + HOME_MIN => {
            let cut = truncate(&title, title_w - (HOME_MIN + 3));
            let room = title_w - width(&cut);
            let suffix = pad(&truncate(&format!(" · {home}"), room), room);
            (format!("{symbol} {cut}{note_mark}"), suffix)
        }
        _ => (
            {
                let cut = truncate(&title, title_w);
                let pad_w = title_w.saturating_sub(width(&cut));
                format!("{symbol} {cut}{note_mark}{}", " ".repeat(pad_w))
            },
            String::new(),
        ),
    };
    let mut text = String::new();
    let gap = " ".repeat(cols.gap);
    let mut column = |s: &str, cw: usize| {
        if cw > 0 {
            text.push_str(&gap);
            text.push_str(&pad(&truncate(s, cw), cw));
        }
    };
    column(&clean(&a.owner), cols.owner);
    column(&clean(&a.due.text), cols.written);
    if cols.date && a.broken_due {
        column("?", DATE_W);
    } else if cols.date {
        column(&date(a.due.day(), app.lang()), DATE_W);
    }
    let rel = if a.status.is_closed() || a.broken_due {
        String::new()
    } else {
        relative_days((a.due.day() - app.today()).num_days(), app.lang())
    };
    column(&rel, cols.rel);
    column(a.status.word(app.lang()), cols.status);
    let over = |s: ratatui::style::Style| {
        if selected {
            s.patch(app.theme().selected)
        } else {
            s
        }
    };
    let marker = if unsaved { " ●" } else { "" };
    // Each part cut to what the ones before leave of `w`.
    let mut left = w;
    let mut part = |s: &str| {
        let s = truncate(s, left);
        left -= width(&s);
        s
    };
    let head = part(&head);
    let mut spans = highlight(&head, &query, 2, style, app.theme());
    let suffix_style = if why.is_some() {
        app.theme().matched
    } else {
        app.theme().muted
    };
    spans.extend([
        Span::styled(part(&suffix), over(suffix_style)),
        Span::styled(part(marker), over(app.theme().error)),
        Span::styled(part(&text), style),
    ]);
    let mut spans: Vec<Span<'static>> = spans
        .into_iter()
        .filter(|s| !s.content.is_empty())
        .collect();
    if left > 0 {
        spans.push(Span::styled(" ".repeat(left), style));
    }
    Line::from(spans)
}

/// The columns the title of `a` has in a row laid out as `cols`: the title column less the
/// marks after it (unsaved edit, note).
fn title_room(app: &App, a: &Activity, cols: Cols) -> usize {
    let unsaved = app.unsaved().iter().any(|u| u.is_about(&a.id));
    let noted = crate::tui::model::has_note(a);
    cols.title
        .saturating_sub(if unsaved { 2 } else { 0 } + if noted { 2 } else { 0 })
}

/// Whether activity `index`'s title is cut in a row laid out as `cols`.
pub fn title_cut(app: &App, index: usize, cols: Cols) -> bool {
    app.plan()
        .activities
        .get(index)
        .is_some_and(|a| width(&clean(&a.title)) > title_room(app, a, cols))
}

/// `title` and, when given, ` · home` after it, in `w` columns: the title cut first down to
/// what leaves [`HOME_MIN`] columns of the home, then the home. The two parts, to style apart.
pub fn title_and_home(title: &str, home: Option<&str>, w: usize) -> (String, String) {
    let Some(home) = home else {
        return (truncate(title, w), String::new());
    };
    // Kept for the home: " · " and its start, unless that leaves the title too little.
    let keep = (3 + HOME_MIN.min(width(home))).min(w.saturating_sub(HOME_MIN));
    let title = if width(title) + keep > w {
        truncate(title, w - keep)
    } else {
        title.to_string()
    };
    let room = w.saturating_sub(width(&title));
    (title, truncate(&format!(" · {home}"), room))
}

/// The fewest columns of an ambiguous title's home shown after it.
const HOME_MIN: usize = 6;

/// The mark after the title of an activity with a note.
pub const NOTE_MARK: &str = " ✎";

/// What the rows show as matched: the search (as typed or kept), else the filter's text;
/// lowercased, empty for none.
fn search_query(app: &App) -> String {
    let q = if app.query().is_empty() {
        app.filters().text.as_str()
    } else {
        app.query()
    };
    q.trim().to_lowercase()
}

/// `head` (symbol, id and title) as spans with the first match of `query` after column
/// `skip` in the matched style, so a search shows where it matched.
fn highlight(
    head: &str,
    query: &str,
    skip: usize,
    style: Style,
    theme: &Theme,
) -> Vec<Span<'static>> {
    let plain = || vec![Span::styled(head.to_string(), style)];
    if query.is_empty() {
        return plain();
    }
    let lower = head.to_lowercase();
    // Byte offsets line up only when lowercasing kept every length (almost always).
    if lower.len() != head.len() {
        return plain();
    }
    let from = head.char_indices().nth(skip).map_or(head.len(), |(i, _)| i);
    let Some(at) = lower
        .get(from..)
        .and_then(|l| l.find(query))
        .map(|k| k + from)
    else {
        return plain();
    };
    let end = at + query.len();
    match (head.get(..at), head.get(at..end), head.get(end..)) {
        (Some(before), Some(hit), Some(after)) => vec![
            Span::styled(before.to_string(), style),
            Span::styled(hit.to_string(), style.patch(theme.matched)),
            Span::styled(after.to_string(), style),
        ],
        _ => plain(),
    }
}

/// The first row to show so that `cursor` is visible in `height` rows of `len`, moving the
/// remembered offset as little as possible.
pub fn scroll_offset(previous: usize, cursor: Option<usize>, height: usize, len: usize) -> usize {
    if height == 0 || len <= height {
        return 0;
    }
    let max = len - height;
    let mut off = previous.min(max);
    if let Some(c) = cursor {
        if c < off {
            off = c;
        } else if c >= off + height {
            off = c + 1 - height;
        }
    }
    off.min(max)
}

/// A centred, bordered box for a help overlay, at most `max_w` wide and 16 high; returns the
/// area inside the border.
pub fn help_box(
    t: &Theme,
    title: &str,
    area: ratatui::layout::Rect,
    buf: &mut ratatui::buffer::Buffer,
    max_w: u16,
) -> ratatui::layout::Rect {
    use ratatui::widgets::{Block, Clear, Widget};
    let w = area.width.saturating_sub(4).min(max_w);
    let h = area.height.saturating_sub(2).min(16);
    let rect = ratatui::layout::Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    };
    Clear.render(rect, buf);
    let block = Block::bordered()
        .border_style(t.border_focus)
        .style(t.base)
        .title(ratatui::text::Line::from(format!(" {title} ")).centered());
    let inner = block.inner(rect);
    block.render(rect, buf);
    inner
}

/// The symbols legend of a help overlay: each mark with its word, in the mark's style.
pub fn legend_spans(
    t: &Theme,
    lang: crate::plan::Language,
    marks: &[(Mark, crate::tui::i18n::Msg)],
) -> Vec<Span<'static>> {
    let mut spans = vec![Span::raw("  ")];
    for &(m, msg) in marks {
        spans.push(Span::styled(
            format!("{} {}", m.symbol(), crate::tui::i18n::tr(lang, msg)),
            t.mark(m),
        ));
        spans.push(Span::raw("   "));
    }
    spans
}

/// The lines of a conflict popup: the activity, then the file's value and ours.
pub fn conflict_items(app: &App, unsaved: &Unsaved) -> Vec<String> {
    let lang = app.lang();
    let Some((edit, _)) = unsaved.field_edit() else {
        // A structural change: what it was here, and what happened to the file elsewhere.
        return vec![
            crate::msg!("life-conflict-mine", change = unsaved.describe(lang)).render(lang),
            match (unsaved.reason.id.as_ref(), unsaved.reason.get("list")) {
                ("file-removed", Some(list)) => crate::i18n::Message::new("life-conflict-gone")
                    .arg("list", list.clone())
                    .render(lang),
                _ => crate::msg!("life-conflict-theirs", what = unsaved.reason.render(lang))
                    .render(lang),
            },
        ];
    };
    let field = edit.change.field();
    // Quoted by the explanation, so without the quotes `value_text` puts around text.
    let bare = |v: String| v.trim_matches('"').to_string();
    let mine = bare(value_text(&edit.change, lang));
    let Some(a) = (app.plan().find(&edit.id)).and_then(|i| app.plan().activities.get(i)) else {
        return vec![unsaved.describe(lang)];
    };
    let theirs = bare(value_text(&current(a, field), lang));
    vec![
        format!("{} · {}", a.id, a.title),
        conflict_explained(lang, field, &theirs, &mine),
    ]
}
