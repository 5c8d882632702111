//! The board: focus areas on the left (number, title, done/total; a waiting area dimmed with its
//! reason), the selected area's activities on the right, grouped under their workstreams.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use super::common::clean;
use super::list::render_rows;
use crate::output::text::{pad, truncate, width};
use crate::plan::AreaStatus;
use crate::tui::app::{App, Pane, Target};
use crate::tui::i18n::Msg;
use crate::tui::theme::Mark;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let left_w = (area.width * 3 / 10).clamp(26, 44);
    let [left, right] =
        Layout::horizontal([Constraint::Length(left_w), Constraint::Min(10)]).areas(area);
    render_areas(app, left, buf);
    render_activities(app, right, buf);
}

fn border(app: &App, focused: bool) -> ratatui::style::Style {
    if focused {
        app.theme.border_focus
    } else {
        app.theme.border
    }
}

fn render_areas(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let focused = app.pane == Pane::Areas;
    let block = Block::bordered()
        .border_style(border(app, focused))
        .title(Line::from(Span::styled(
            format!(" {} ", app.tr(Msg::Areas)),
            t.heading,
        )));
    let inner = block.inner(area);
    block.render(area, buf);
    let w = usize::from(inner.width);
    let height = usize::from(inner.height);

    // Each area takes one line, and a waiting one a second line with its reason.
    let lines_of = |i: usize| {
        if app.plan.areas[i].status == AreaStatus::Waiting {
            2
        } else {
            1
        }
    };
    // Scroll so the selected area shows (areas are few; this loop is over areas, not rows).
    let mut first = 0;
    let mut used: usize = (first..=app.area.min(app.plan.areas.len().saturating_sub(1)))
        .map(lines_of)
        .sum();
    while used > height && first < app.area {
        used -= lines_of(first);
        first += 1;
    }
    let nw = app
        .plan
        .areas
        .iter()
        .map(|a| width(&clean(&a.number)))
        .max()
        .unwrap_or(1)
        .min(8)
        + 1;
    let mut y = inner.y;
    let mut hits = app.hits.borrow_mut();
    for (i, a) in app.plan.areas.iter().enumerate().skip(first) {
        if y >= inner.bottom() {
            break;
        }
        let (done, total) = app.progress.get(i).copied().unwrap_or_default();
        let selected = i == app.area;
        let waiting = a.status == AreaStatus::Waiting;
        let (sym, status_style) = match a.status {
            AreaStatus::Waiting => (Mark::Waiting.symbol(), t.muted),
            AreaStatus::Done => (Mark::Done.symbol(), t.done),
            AreaStatus::Active => (" ", t.base),
        };
        // A waiting area says so with its symbol and its reason on the next line.
        let right = if waiting {
            String::new()
        } else {
            format!("{done}/{total}")
        };
        let num = format!("{:<nw$}", clean(&a.number));
        let title_w = w.saturating_sub(width(&num) + 2 + width(&right) + 1);
        let text = format!(
            "{num}{sym} {} {right}",
            pad(&truncate(&clean(&a.title), title_w), title_w)
        );
        let mut style = status_style;
        if selected {
            style = if focused {
                style.patch(t.selected)
            } else {
                style.add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
            };
        }
        let line_area = Rect::new(inner.x, y, inner.width, 1);
        hits.push((
            Rect::new(
                inner.x,
                y,
                inner.width,
                lines_of(i).min(usize::from(inner.bottom() - y)) as u16,
            ),
            Target::Area(i),
        ));
        Line::from(Span::styled(pad(&truncate(&text, w), w), style)).render(line_area, buf);
        y += 1;
        if waiting && y < inner.bottom() {
            let reason = a.reason.as_deref().map(clean).unwrap_or_default();
            Line::from(Span::styled(
                truncate(&format!("{}{reason}", " ".repeat(nw + 2)), w),
                t.muted.add_modifier(Modifier::ITALIC),
            ))
            .render(Rect::new(inner.x, y, inner.width, 1), buf);
            y += 1;
        }
    }
}

fn render_activities(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let Some(a) = app.plan.areas.get(app.area) else {
        Block::bordered().border_style(t.border).render(area, buf);
        return;
    };
    let (done, total) = app.progress.get(app.area).copied().unwrap_or_default();
    let title = format!(
        " {} {} · {done}/{total} {} ",
        clean(&a.number),
        clean(&a.title),
        app.tr(Msg::Done)
    );
    let block = Block::bordered()
        .border_style(border(app, app.pane == Pane::Activities))
        .title(Line::from(Span::styled(
            truncate(&title, usize::from(area.width.saturating_sub(4))),
            t.heading,
        )));
    let mut inner = block.inner(area);
    block.render(area, buf);

    if a.status == AreaStatus::Waiting {
        let reason = a.reason.as_deref().map(clean).unwrap_or_default();
        let text = Line::from(vec![
            Span::styled(
                format!(
                    "{} {} ",
                    Mark::Waiting.symbol(),
                    app.tr(Msg::WaitingBecause)
                ),
                t.waiting.add_modifier(Modifier::BOLD),
            ),
            Span::styled(reason, t.waiting),
        ]);
        let p = Paragraph::new(text).wrap(Wrap { trim: true });
        // Wrapped height, estimated generously from the text width.
        let text_w =
            width(app.tr(Msg::WaitingBecause)) + 3 + width(a.reason.as_deref().unwrap_or(""));
        let lines = text_w / usize::from(inner.width.max(1)) + 1;
        let h = (lines as u16).min(inner.height);
        p.render(Rect::new(inner.x, inner.y, inner.width, h), buf);
        let skip = (h + 1).min(inner.height);
        inner.y += skip;
        inner.height -= skip;
    }
    if app.rows.is_empty() {
        let mut lines = vec![Line::from(Span::styled(
            if app.plan.activities_in_area(app.area).next().is_none() {
                app.tr(Msg::NoActivitiesArea)
            } else {
                app.tr(Msg::NoActivities)
            },
            t.muted,
        ))];
        if let Some(d) = &a.description {
            lines.push(Line::default());
            lines.push(Line::from(Span::styled(clean(d), t.header)));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(inner, buf);
        return;
    }
    render_rows(app, inner, buf, true);
}
