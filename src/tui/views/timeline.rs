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
use crate::output::text::{pad, truncate};
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
            let days = app.plan().activities.iter().map(|a| a.due.day());
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
    let w = usize::from(inner.width);
    let (first, last) = period(app);
    let weeks = ((last - first).num_days() / 7 + 1).max(1) as usize;
    // Every week the same width (1 to 6 columns), so week numbers line up; the titles take
    // what the weeks leave, at least LABEL_MIN. When the weeks do not fit one column each, a
    // window of them with today about a third in.
    let cell = (w.saturating_sub(LABEL_MIN.min(w / 2) + 1) / weeks).clamp(1, 6);
    let shown = weeks
        .min(w.saturating_sub(LABEL_MIN.min(w / 2) + 1) / cell)
        .max(1);
    let span = shown * cell;
    let label_w = w.saturating_sub(span + 1).min(LABEL_MAX);
    let grid_x = inner.x + label_w as u16 + 1;
    let x_of = |k: usize| k * cell;
    let today_idx = ((monday(app.today()) - first).num_days() / 7) as usize;
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
    let today_col = col_of(app.today());
    let today_x = today_col.map(x_of);

    // Two header lines: month names where months start, week numbers where there is room;
    // today's week number is always written, reversed, over the today line.
    let mut month_line = vec![' '; span];
    let mut week_line = vec![' '; span];
    let mut taken = vec![false; span + 1];
    let today_label = today_col.map(|k| week_at(k).iso_week().week().to_string());
    if let (Some(x), Some(label)) = (today_x, &today_label) {
        for (j, ch) in label.chars().enumerate() {
            if let Some(slot) = week_line.get_mut(x + j) {
                *slot = ch;
            }
        }
        for t in taken.iter_mut().skip(x).take(label.len()) {
            *t = true;
        }
    }
    let step = 3_usize.div_ceil(cell);
    let mut last_month = 0;
    let mut month_free = 0;
    for k in 0..shown {
        let thu = week_at(k) + Days::new(3);
        let at = x_of(k);
        if thu.month() != last_month && at >= month_free && at + 3 <= span {
            last_month = thu.month();
            let name: Vec<char> = month_name(thu.month(), app.lang().is_nb())
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
        // Week numbers at a steady step (a two-digit number and a space need three columns).
        let label = thu.iso_week().week().to_string();
        let end = at + label.len();
        let before = at.checked_sub(1).is_some_and(|b| taken[b]);
        if Some(k) != today_col
            && (start + k) % step == 0
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
    let header = |buf: &mut Buffer, y: u16, text: String| {
        Line::from(Span::styled(text, t.header)).render(Rect::new(grid_x, y, span as u16, 1), buf);
    };
    header(buf, inner.y, month_line.into_iter().collect());
    header(buf, inner.y + 1, week_line.into_iter().collect());
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
                let label = format!("{} {}", m.symbol(), clean(&a.title));
                Line::from(Span::styled(
                    pad(&truncate(&label, label_w), label_w + 1),
                    style,
                ))
                .render(line_area, buf);
                // A span (week, month range) is a bar leading into its deadline's symbol.
                let from = col_of(a.due.resolved.first.max(week_at(0)));
                let to = col_of(a.due.day());
                let mut cells = vec![" "; span];
                if let (Some(f), Some(e)) = (from, to)
                    && a.due.resolved.first < a.due.day()
                {
                    for c in cells.iter_mut().take(x_of(e)).skip(x_of(f)) {
                        *c = "━";
                    }
                }
                if let Some(e) = to
                    && let Some(c) = cells.get_mut(x_of(e))
                {
                    *c = m.symbol();
                }
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
