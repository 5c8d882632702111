//! Pieces every view uses: one activity as a row of aligned columns (which columns fit is
//! decided by width), scrolling that keeps the selection in sight, and cleaning plan text.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::output::text::{date, pad, relative_days, truncate};
use crate::plan::Activity;
use crate::tui::app::App;
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

const OWNER_MAX: usize = 18;
const WRITTEN_W: usize = 14;
const DATE_W: usize = 10;
const REL_W: usize = 10;
const STATUS_W: usize = 12;
const GAP: usize = 2;
const TITLE_MIN: usize = 20;

/// Which columns an activity row shows besides symbol and title.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cols {
    pub owner: bool,
    pub owner_w: usize,
    pub written: bool,
    pub date: bool,
    pub rel: bool,
    pub status: bool,
}

impl Cols {
    /// The columns that fit in `w` while the title keeps at least `TITLE_MIN` columns; added in
    /// order of importance: how late, who, the date, the status word, the deadline as written.
    pub fn fit(w: usize, owner: bool, owner_w: usize) -> Cols {
        let owner_w = owner_w.clamp(6, OWNER_MAX);
        let mut cols = Cols {
            owner_w,
            ..Cols::default()
        };
        // Titles matter most: keep them a third of the row, and never under TITLE_MIN.
        let mut left = w.saturating_sub(2 + TITLE_MIN.max(w / 3));
        let mut take = |need: usize| {
            if left >= need + GAP {
                left -= need + GAP;
                true
            } else {
                false
            }
        };
        cols.rel = take(REL_W);
        cols.owner = owner && take(owner_w);
        cols.date = take(DATE_W);
        cols.status = take(STATUS_W);
        cols.written = take(WRITTEN_W);
        cols
    }

    fn fixed(&self) -> usize {
        [
            (self.owner, self.owner_w),
            (self.written, WRITTEN_W),
            (self.date, DATE_W),
            (self.rel, REL_W),
            (self.status, STATUS_W),
        ]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, w)| w + GAP)
        .sum()
    }
}

/// The look of an activity today.
pub fn mark(app: &App, a: &Activity) -> Mark {
    Mark::of(a.status, app.plan.urgency(a, app.today))
}

/// The style of a whole activity row.
pub fn row_style(theme: &Theme, mark: Mark, selected: bool) -> Style {
    let s = theme.mark(mark);
    if selected { s.patch(theme.selected) } else { s }
}

/// One activity as a line `w` columns wide.
pub fn activity_line(
    app: &App,
    index: usize,
    w: usize,
    cols: Cols,
    selected: bool,
) -> Line<'static> {
    count_row();
    let a = &app.plan.activities[index];
    let m = mark(app, a);
    let style = row_style(&app.theme, m, selected);
    let title_w = w.saturating_sub(2 + cols.fixed()).max(1);
    let mut text = format!(
        "{} {}",
        m.symbol(),
        pad(&truncate(&clean(&a.title), title_w), title_w)
    );
    let gap = " ".repeat(GAP);
    if cols.owner {
        text.push_str(&gap);
        text.push_str(&pad(
            &truncate(&clean(&a.owner), cols.owner_w),
            cols.owner_w,
        ));
    }
    if cols.written {
        text.push_str(&gap);
        text.push_str(&pad(&truncate(&clean(&a.due.text), WRITTEN_W), WRITTEN_W));
    }
    if cols.date {
        text.push_str(&gap);
        text.push_str(&pad(&date(a.due.day(), app.lang), DATE_W));
    }
    if cols.rel {
        text.push_str(&gap);
        let rel = if a.status.is_closed() {
            String::new()
        } else {
            relative_days((a.due.day() - app.today).num_days(), app.lang)
        };
        text.push_str(&pad(&truncate(&rel, REL_W), REL_W));
    }
    if cols.status {
        text.push_str(&gap);
        text.push_str(&pad(a.status.word(app.lang), STATUS_W));
    }
    let text = pad(&truncate(&text, w), w);
    Line::from(Span::styled(text, style))
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
