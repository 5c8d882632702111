//! The timeline: ISO weeks of the plan period across, activities down (under their areas), each
//! placed at its deadline week; a week or month range spans its weeks. A line marks today.

use chrono::{Datelike, Days, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::common::{clean, count_row, mark, row_style, scroll_offset};
use super::view_name;
use crate::output::text::{truncate, width};
use crate::plan::deadline::month_name;
use crate::tui::app::{App, Target, ViewState};
use crate::tui::i18n::Msg;
use crate::tui::model::Row;

fn monday(d: NaiveDate) -> NaiveDate {
    d - Days::new(u64::from(d.weekday().num_days_from_monday()))
}

/// The weeks to show: the plan period, or the span of the deadlines when it has none; always
/// including today.
fn period(app: &App) -> (NaiveDate, NaiveDate) {
    let (mut first, mut last) = match (app.plan().start, app.plan().end) {
        (Some(s), Some(e)) if s <= e => (s, e),
        _ => {
            let days = app
                .plan()
                .activities
                .iter()
                .filter(|a| !a.broken_due)
                .map(|a| a.due.day());
            let lo = days.clone().min().unwrap_or(app.today());
            let hi = days.max().unwrap_or(app.today());
            (lo, hi)
        }
    };
    first = first.min(app.today());
    last = last.max(app.today());
    (monday(first), monday(last))
}

/// The titles column is at least this wide, and at most LABEL_MAX.
const LABEL_MIN: usize = 24;
const LABEL_MAX: usize = 60;

/// Where the weeks sit across the timeline's width: every week the same width (1 to 6 columns),
/// so week numbers line up; the titles take what the weeks leave, at least `LABEL_MIN`. When the
/// weeks do not fit one column each, a window of them with today about a third in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct WeekGrid {
    /// The Monday of the period's first week.
    first: NaiveDate,
    /// Columns per week.
    cell: usize,
    /// Weeks on screen.
    shown: usize,
    /// The period's index of the first week on screen.
    start: usize,
    /// The titles column's width (the grid starts one column after it).
    label_w: usize,
}

impl WeekGrid {
    /// The grid for `width` columns over the weeks from Monday `first` to Monday `last`, with
    /// `today` (which the period includes) on screen.
    fn new(width: usize, (first, last): (NaiveDate, NaiveDate), today: NaiveDate) -> WeekGrid {
        let weeks = ((last - first).num_days() / 7 + 1).max(1) as usize;
        let room = width.saturating_sub(LABEL_MIN.min(width / 2) + 1);
        let cell = (room / weeks).clamp(1, 6);
        let shown = weeks.min(room / cell).max(1);
        let label_w = width.saturating_sub(shown * cell + 1).min(LABEL_MAX);
        let today_idx = ((monday(today) - first).num_days() / 7) as usize;
        let start = if shown < weeks {
            today_idx.saturating_sub(shown / 3).min(weeks - shown)
        } else {
            0
        };
        WeekGrid {
            first,
            cell,
            shown,
            start,
            label_w,
        }
    }

    /// The grid's width in columns.
    fn span(&self) -> usize {
        self.shown * self.cell
    }

    /// The column where the `k`th week on screen starts.
    fn x_of(&self, k: usize) -> usize {
        k * self.cell
    }

    /// The Monday of the `k`th week on screen.
    fn week_at(&self, k: usize) -> NaiveDate {
        self.first + Days::new(7 * (self.start + k) as u64)
    }

    /// Which week on screen holds `d`, if it is on screen.
    fn col_of(&self, d: NaiveDate) -> Option<usize> {
        let idx = ((monday(d) - self.first).num_days() / 7) as isize - self.start as isize;
        (idx >= 0 && (idx as usize) < self.shown).then_some(idx as usize)
    }

    /// The two header lines: month names (three letters) where months start, and week numbers
    /// at a steady step where there is room; today's week number is always written.
    fn header_lines(&self, today_col: Option<usize>, lang_nb: bool) -> (String, String) {
        let span = self.span();
        let mut month_line = vec![' '; span];
        let mut week_line = vec![' '; span];
        let mut taken = vec![false; span + 1];
        if let Some(k) = today_col {
            let (x, label) = (self.x_of(k), self.week_at(k).iso_week().week().to_string());
            for (j, ch) in label.chars().enumerate() {
                if let Some(slot) = week_line.get_mut(x + j) {
                    *slot = ch;
                }
            }
            for t in taken.iter_mut().skip(x).take(label.len()) {
                *t = true;
            }
        }
        // A two-digit number and a space need three columns.
        let step = 3_usize.div_ceil(self.cell);
        let mut last_month = 0;
        let mut month_free = 0;
        for k in 0..self.shown {
            let thu = self.week_at(k) + Days::new(3);
            let at = self.x_of(k);
            if thu.month() != last_month && at >= month_free && at + 3 <= span {
                last_month = thu.month();
                let name: Vec<char> = month_name(thu.month(), lang_nb).chars().take(3).collect();
                for (j, ch) in name.iter().enumerate() {
                    if let Some(slot) = month_line.get_mut(at + j) {
                        *slot = *ch;
                    }
                }
                month_free = at + name.len() + 1;
            }
            let label = thu.iso_week().week().to_string();
            let end = at + label.len();
            let before = at.checked_sub(1).is_some_and(|b| taken[b]);
            if Some(k) != today_col
                && (self.start + k).is_multiple_of(step)
                && end <= span
                && !before
                && !taken[at..=end].iter().any(|t| *t)
            {
                for (j, ch) in label.chars().enumerate() {
                    week_line[at + j] = ch;
                }
                for t in &mut taken[at..end] {
                    *t = true;
                }
            }
        }
        (
            month_line.into_iter().collect(),
            week_line.into_iter().collect(),
        )
    }

    /// An activity's cells across the grid: its deadline's `symbol` in the deadline's week, led
    /// into by a bar from `from` when the deadline spans weeks (a week or month range); blank
    /// elsewhere.
    fn cells(&self, from: NaiveDate, due: NaiveDate, symbol: &'static str) -> Vec<&'static str> {
        let start = self.col_of(from.max(self.week_at(0)));
        let end = self.col_of(due);
        let mut cells = vec![" "; self.span()];
        if let (Some(f), Some(e)) = (start, end)
            && from < due
        {
            for c in cells.iter_mut().take(self.x_of(e)).skip(self.x_of(f)) {
                *c = "━";
            }
        }
        if let Some(e) = end
            && let Some(c) = cells.get_mut(self.x_of(e))
        {
            *c = symbol;
        }
        cells
    }
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer, state: &mut ViewState) {
    let t = app.theme();
    let block = Block::bordered()
        .border_style(t.border_focus)
        .title(Line::from(Span::styled(
            format!(" {} ", app.tr(view_name(app.view()))),
            t.heading,
        )));
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height < 3 || inner.width < 10 {
        return;
    }
    let grid = WeekGrid::new(usize::from(inner.width), period(app), app.today());
    let (span, label_w) = (grid.span(), grid.label_w);
    let grid_x = inner.x + label_w as u16 + 1;
    let today_col = grid.col_of(app.today());
    let today_x = today_col.map(|k| grid.x_of(k));
    let today_label = today_col.map(|k| grid.week_at(k).iso_week().week().to_string());

    // Two header lines; today's week number reversed, over the today line.
    let (month_line, week_line) = grid.header_lines(today_col, app.lang().is_norwegian());
    let header = |buf: &mut Buffer, y: u16, text: String| {
        Line::from(Span::styled(text, t.header)).render(Rect::new(grid_x, y, span as u16, 1), buf);
    };
    header(buf, inner.y, month_line);
    header(buf, inner.y + 1, week_line);
    if let (Some(x), Some(label)) = (today_x, &today_label) {
        let x = grid_x + x as u16;
        if x < inner.right() {
            Line::from(Span::styled(
                label.clone(),
                t.today.add_modifier(Modifier::REVERSED),
            ))
            .render(
                Rect::new(
                    x,
                    inner.y + 1,
                    (label.len() as u16).min(inner.right() - x),
                    1,
                ),
                buf,
            );
        }
    }
    Line::from(Span::styled(
        truncate(&format!("│ {}", app.tr(Msg::Today)), label_w),
        t.today,
    ))
    .render(Rect::new(inner.x, inner.y, label_w as u16, 1), buf);
    Line::from(Span::styled(
        truncate(&format!("{} →", app.tr(Msg::Week)), label_w),
        t.muted,
    ))
    .render(Rect::new(inner.x, inner.y + 1, label_w as u16, 1), buf);

    // The rows.
    let body = Rect::new(inner.x, inner.y + 2, inner.width, inner.height - 2);
    let height = usize::from(body.height);
    state.set_page(height.saturating_sub(1).max(1));
    if app.rows().is_empty() {
        Line::from(Span::styled(app.tr(Msg::NoActivities), t.muted)).render(body, buf);
        return;
    }
    let offset = scroll_offset(state.offset(), app.cursor_row(), height, app.rows().len());
    state.set_offset(offset);
    for (n, row) in app.rows().iter().skip(offset).take(height).enumerate() {
        let y = body.y + n as u16;
        let line_area = Rect::new(body.x, y, body.width, 1);
        match row {
            Row::Activity(i) => {
                count_row();
                let a = &app.plan().activities[*i];
                let m = mark(app, a);
                let selected = app.selected() == Some(*i);
                let style = row_style(t, m, selected);
                state.hit(line_area, Target::Activity(*i));
                // The title, and dimmed after it where an ambiguous one belongs.
                let home = super::common::home_if_ambiguous(app, a);
                let (title, home) = super::common::title_and_home(
                    &clean(&a.title),
                    home.as_deref(),
                    label_w.saturating_sub(2),
                );
                if selected && width(&title) < width(&clean(&a.title)) {
                    state.set_cut_title(Some(*i));
                }
                let head = truncate(&format!("{} {title}", m.symbol()), label_w);
                let home_style = if selected {
                    t.muted.patch(t.selected)
                } else {
                    t.muted
                };
                let home = truncate(&home, label_w.saturating_sub(width(&head)));
                let rest = (label_w + 1).saturating_sub(width(&head) + width(&home));
                Line::from(vec![
                    Span::styled(head, style),
                    Span::styled(home, home_style),
                    Span::styled(" ".repeat(rest), style),
                ])
                .render(line_area, buf);
                // A deadline that could not be read has no place on the line.
                let cells = if a.broken_due {
                    Vec::new()
                } else {
                    grid.cells(a.due.resolved.first, a.due.day(), m.symbol())
                };
                for (x, c) in cells.iter().enumerate() {
                    let pos = grid_x + x as u16;
                    if pos >= body.right() {
                        break;
                    }
                    if *c != " " {
                        buf[(pos, y)].set_symbol(c).set_style(t.mark(m));
                    }
                }
            }
            Row::Area(ai) => {
                let ar = &app.plan().areas[*ai];
                let text = format!("▌ {} {}", clean(&ar.number), clean(&ar.title));
                Line::from(Span::styled(truncate(&text, label_w), t.heading))
                    .render(line_area, buf);
            }
            _ => {}
        }
        // The today line, over empty cells.
        if let Some(x) = today_x {
            let x = grid_x + x as u16;
            if x < body.right() && buf[(x, y)].symbol() == " " {
                buf[(x, y)].set_symbol("│").set_style(t.today);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// The real plan's period (Monday 28.08.2017 to Monday 30.04.2018, 36 weeks) on 1.12.2017,
    /// the Friday of week 48 (the period's 14th week).
    fn grid(width: usize) -> WeekGrid {
        WeekGrid::new(
            width,
            (day(2017, 8, 28), day(2018, 4, 30)),
            day(2017, 12, 1),
        )
    }

    #[test]
    fn wide_every_week_shows_at_the_same_width_and_the_titles_take_the_rest() {
        let g = grid(160);
        assert_eq!(
            (g.cell, g.shown, g.start, g.span(), g.label_w),
            (3, 36, 0, 108, 51)
        );
        assert_eq!(g.col_of(day(2017, 12, 1)), Some(13));
        assert_eq!(g.x_of(13), 39);
        assert_eq!(g.week_at(13), day(2017, 11, 27));
    }

    #[test]
    fn the_titles_column_never_grows_past_its_maximum() {
        let g = grid(400);
        assert_eq!((g.cell, g.shown), (6, 36));
        assert_eq!(g.label_w, LABEL_MAX);
    }

    #[test]
    fn narrow_a_window_of_weeks_with_today_about_a_third_in() {
        let g = grid(40);
        assert_eq!((g.cell, g.shown, g.start, g.label_w), (1, 19, 7, 20));
        assert_eq!(g.week_at(0), day(2017, 10, 16));
        assert_eq!(g.col_of(day(2017, 12, 1)), Some(6));
        assert_eq!(g.col_of(day(2017, 8, 28)), None, "before the window");
        assert_eq!(g.col_of(day(2018, 4, 30)), None, "after the window");
        assert_eq!(
            g.col_of(day(2018, 2, 25)),
            Some(18),
            "the window's last week"
        );
    }

    #[test]
    fn header_months_where_they_start_and_week_numbers_where_there_is_room() {
        let g = grid(160);
        let (months, weeks) = g.header_lines(Some(13), false);
        assert_eq!((months.chars().count(), weeks.chars().count()), (108, 108));
        // August's name takes the first week and a space; September starts in the second week
        // but is written where it fits, in the third.
        assert!(months.starts_with("Aug   Sep"), "{months:?}");
        assert!(weeks.starts_with("35 36 37"), "{weeks:?}");
        assert_eq!(&weeks[39..41], "48", "today's week");
        let (months_nb, _) = g.header_lines(Some(13), true);
        assert!(months_nb.starts_with("aug   sep"), "{months_nb:?}");
    }

    #[test]
    fn header_week_numbers_at_a_steady_step_in_narrow_cells_and_today_always() {
        let g = grid(40);
        let (_, weeks) = g.header_lines(Some(6), true);
        // One column a week: every third week of the period (so the numbers keep their places
        // as the window moves), today's (48) where it falls, and none that would touch it.
        assert_eq!(weeks.trim_end(), "  44  48   1  4  7");
    }

    #[test]
    fn cells_a_range_is_a_bar_into_its_symbol_and_a_day_only_its_symbol() {
        let g = grid(160);
        let range = g.cells(day(2017, 12, 1), day(2017, 12, 31), "!");
        assert_eq!(range.len(), 108);
        assert_eq!(range[38], " ");
        assert!(range[39..51].iter().all(|c| *c == "━"), "{range:?}");
        assert_eq!(range[51], "!");
        assert!(range[52..].iter().all(|c| *c == " "));
        let one = g.cells(day(2017, 12, 1), day(2017, 12, 1), "◷");
        assert_eq!(one.iter().filter(|c| **c != " ").count(), 1);
        assert_eq!(one[39], "◷");
        let gone = grid(40).cells(day(2017, 9, 1), day(2017, 9, 8), "!");
        assert!(gone.iter().all(|c| *c == " "), "off screen: {gone:?}");
    }
}
