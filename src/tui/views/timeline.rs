//! The timeline: ISO weeks of the plan period across, activities down (under their areas), each
//! placed at its deadline week; a week or month range spans its weeks. A line marks today.

use chrono::{Datelike, Days, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::common::{clean, count_row, mark, row_style, scroll_offset};
use super::view_name;
use crate::output::text::{pad, truncate};
use crate::plan::deadline::month_name;
use crate::tui::app::{App, Target};
use crate::tui::i18n::Msg;
use crate::tui::model::Row;

fn monday(d: NaiveDate) -> NaiveDate {
    d - Days::new(u64::from(d.weekday().num_days_from_monday()))
}

/// The weeks to show: the plan period, or the span of the deadlines when it has none; always
/// including today.
fn period(app: &App) -> (NaiveDate, NaiveDate) {
    let (mut first, mut last) = match (app.plan.start, app.plan.end) {
        (Some(s), Some(e)) if s <= e => (s, e),
        _ => {
            let days = app.plan.activities.iter().map(|a| a.due.day());
            let lo = days.clone().min().unwrap_or(app.today);
            let hi = days.max().unwrap_or(app.today);
            (lo, hi)
        }
    };
    first = first.min(app.today);
    last = last.max(app.today);
    (monday(first), monday(last))
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let block = Block::bordered()
        .border_style(t.border_focus)
        .title(Line::from(Span::styled(
            format!(" {} ", app.tr(view_name(app.view))),
            t.heading,
        )));
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height < 3 || inner.width < 10 {
        return;
    }
    let w = usize::from(inner.width);
    let label_w = (w * 35 / 100).clamp(12, 44);
    let grid_x = inner.x + label_w as u16 + 1;
    let grid_w = w.saturating_sub(label_w + 1);
    let (first, last) = period(app);
    let weeks = ((last - first).num_days() / 7 + 1).max(1) as usize;
    let cell = (grid_w / weeks).clamp(1, 4);
    let shown = (grid_w / cell).min(weeks);
    let today_idx = ((monday(app.today) - first).num_days() / 7) as usize;
    // When the period does not fit, keep today about a third in.
    let start = if shown < weeks {
        today_idx.saturating_sub(shown / 3).min(weeks - shown)
    } else {
        0
    };
    let week_at = |k: usize| first + Days::new(7 * (start + k) as u64);
    let col_of = |d: NaiveDate| -> Option<usize> {
        let idx = ((monday(d) - first).num_days() / 7) as isize - start as isize;
        (idx >= 0 && (idx as usize) < shown).then_some(idx as usize)
    };
    let today_col = col_of(app.today);

    // Two header lines: months, then week numbers where there is room.
    let mut month_line = vec![' '; shown * cell];
    let mut week_line = vec![' '; shown * cell];
    let mut last_month = 0;
    let mut month_free = 0;
    let mut next_free = 0;
    for k in 0..shown {
        let thu = week_at(k) + Days::new(3);
        let at = k * cell;
        // A month's name where it starts; when the previous name is still being written, a
        // week later.
        if thu.month() != last_month && at >= month_free {
            last_month = thu.month();
            {
                let name: Vec<char> = month_name(thu.month(), app.lang.is_nb())
                    .chars()
                    .take(3)
                    .collect();
                for (j, ch) in name.iter().enumerate() {
                    if let Some(slot) = month_line.get_mut(at + j) {
                        *slot = *ch;
                    }
                }
                month_free = at + name.len() + 1;
            }
        }
        let label = thu.iso_week().week().to_string();
        if at >= next_free && at + label.len() <= week_line.len() {
            for (j, ch) in label.chars().enumerate() {
                week_line[at + j] = ch;
            }
            next_free = at + label.len() + 1;
        }
    }
    let mut header = |y: u16, text: String| {
        Line::from(Span::styled(text, t.header))
            .render(Rect::new(grid_x, y, grid_w as u16, 1), buf);
    };
    header(inner.y, month_line.into_iter().collect());
    header(inner.y + 1, week_line.into_iter().collect());
    Line::from(Span::styled(
        truncate(&format!("{} {}", app.tr(Msg::Week), "→"), label_w),
        t.muted,
    ))
    .render(Rect::new(inner.x, inner.y + 1, label_w as u16, 1), buf);
    if let Some(tc) = today_col {
        let x = grid_x + (tc * cell) as u16;
        if x < inner.right() {
            buf[(x, inner.y)].set_symbol("▼").set_style(t.today);
        }
    }

    // The rows.
    let body = Rect::new(inner.x, inner.y + 2, inner.width, inner.height - 2);
    let height = usize::from(body.height);
    app.page.set(height.saturating_sub(1).max(1));
    if app.rows.is_empty() {
        Line::from(Span::styled(app.tr(Msg::NoActivities), t.muted)).render(body, buf);
        return;
    }
    let offset = scroll_offset(app.offset.get(), app.cursor_row(), height, app.rows.len());
    app.offset.set(offset);
    let mut hits = app.hits.borrow_mut();
    for (n, row) in app.rows.iter().skip(offset).take(height).enumerate() {
        let y = body.y + n as u16;
        let line_area = Rect::new(body.x, y, body.width, 1);
        match row {
            Row::Activity(i) => {
                count_row();
                let a = &app.plan.activities[*i];
                let m = mark(app, a);
                let selected = app.selected == Some(*i);
                let style = row_style(t, m, selected);
                hits.push((line_area, Target::Activity(*i)));
                let label = format!("{} {}", m.symbol(), clean(&a.title));
                let mut spans = vec![Span::styled(
                    pad(&truncate(&label, label_w), label_w + 1),
                    style,
                )];
                let from = col_of(a.due.resolved.first.max(week_at(0)));
                let to = col_of(a.due.day());
                let mut grid = String::with_capacity(shown * cell);
                for k in 0..shown {
                    let in_bar = matches!((from, to), (Some(f), Some(e)) if k >= f && k <= e);
                    let piece = if Some(k) == to {
                        // A span (week, month range) leads into its deadline; a day does not.
                        let fill = if a.due.resolved.first < a.due.day() {
                            "━"
                        } else {
                            " "
                        };
                        format!("{}{}", fill.repeat(cell - 1), m.symbol())
                    } else if in_bar {
                        "━".repeat(cell)
                    } else if Some(k) == today_col {
                        format!("│{}", " ".repeat(cell - 1))
                    } else {
                        " ".repeat(cell)
                    };
                    grid.push_str(&piece);
                }
                spans.push(Span::styled(grid, t.mark(m)));
                Line::from(spans).render(line_area, buf);
            }
            Row::Area(ai) => {
                let ar = &app.plan.areas[*ai];
                let text = format!("▌ {} {}", clean(&ar.number), clean(&ar.title));
                Line::from(Span::styled(truncate(&text, w), t.heading)).render(line_area, buf);
                if let Some(tc) = today_col {
                    let x = grid_x + (tc * cell) as u16;
                    if x < body.right() && buf[(x, y)].symbol() == " " {
                        buf[(x, y)].set_symbol("│").set_style(t.today);
                    }
                }
            }
            _ => {}
        }
        // The today line over empty cells.
        if let (Some(tc), Row::Activity(_)) = (today_col, row) {
            let x = grid_x + (tc * cell) as u16;
            if x < body.right() && buf[(x, y)].symbol() == "│" {
                buf[(x, y)].set_style(t.today);
            }
        }
    }
}
