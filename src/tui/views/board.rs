//! The board: focus areas on the left (number, title, done/total; a waiting area dimmed with its
//! reason), the selected area's activities on the right, grouped under their workstreams.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use super::common::{Cols, clean, wrap};
use super::list::render_rows;
use crate::output::text::{pad, truncate, width};
use crate::plan::AreaStatus;
use crate::tui::app::{App, Pane, Target, ViewState};
use crate::tui::i18n::Msg;
use crate::tui::theme::Mark;

/// The areas pane is never narrower than this when it shows titles.
const AREAS_MIN: u16 = 26;

/// The areas pane's width at a screen `width` wide: a quarter, within limits, and no wider
/// than the plan's longest area needs on one line. It depends on the screen and the plan's
/// areas alone (not on the selection, the filter or the progress shown), so the pane does not
/// jump as the activities shown change.
fn areas_width(app: &App, width: u16) -> u16 {
    let plan = app.plan();
    let digits = plan.activities.len().max(1).to_string().len();
    // Border, number and symbol, the longest title, and " done/total" at its widest.
    let need = 2
        + number_width(app)
        + 2
        + plan
            .areas
            .iter()
            .map(|a| crate::output::text::width(&clean(&a.title)))
            .max()
            .unwrap_or(0)
        + 2 * digits
        + 2;
    let need = u16::try_from(need).unwrap_or(u16::MAX).max(AREAS_MIN);
    (width / 4).clamp(AREAS_MIN, 40).min(need).min(width / 2)
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer, state: &mut ViewState) {
    let full = areas_width(app, area.width);
    // While the activities have focus and cannot show every column beside the areas pane, it
    // shrinks to a rail of area numbers (h brings the titles back): one width or the other,
    // never one in between. Choosing an area is done with the titles in view.
    let fits = {
        let w = usize::from(area.width.saturating_sub(full + 2));
        Cols::fit(w, app.widths(), true).complete(app.widths(), true)
    };
    let left_w = if app.pane() == Pane::Areas || fits {
        full
    } else {
        rail_width(app)
    };
    let [left, right] =
        Layout::horizontal([Constraint::Length(left_w), Constraint::Min(10)]).areas(area);
    if left_w < AREAS_MIN {
        render_rail(app, left, buf, state);
    } else {
        render_areas(app, left, buf, state);
    }
    render_activities(app, right, buf, state);
}

fn border(app: &App, focused: bool) -> ratatui::style::Style {
    if focused {
        app.theme().border_focus
    } else {
        app.theme().border
    }
}

/// Columns for the area number and a space.
fn number_width(app: &App) -> usize {
    app.plan()
        .areas
        .iter()
        .map(|a| width(&clean(&a.number)))
        .max()
        .unwrap_or(1)
        .min(8)
        + 1
}

fn rail_width(app: &App) -> u16 {
    number_width(app) as u16 + 1 + 2
}

fn area_symbol(app: &App, status: AreaStatus) -> (&'static str, ratatui::style::Style) {
    let t = app.theme();
    match status {
        AreaStatus::Waiting => (Mark::Waiting.symbol(), t.waiting),
        AreaStatus::Done => (Mark::Done.symbol(), t.done),
        AreaStatus::Active => (" ", t.base),
    }
}

/// The areas as a narrow rail: number and status symbol, the selected one highlighted.
fn render_rail(app: &App, area: Rect, buf: &mut Buffer, state: &mut ViewState) {
    let t = app.theme();
    let block = Block::bordered().border_style(border(app, false));
    let inner = block.inner(area);
    block.render(area, buf);
    let w = usize::from(inner.width);
    let nw = number_width(app);
    let height = usize::from(inner.height);
    let first = app.area().saturating_sub(height.saturating_sub(1));
    for (n, (i, a)) in app
        .plan()
        .areas
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .enumerate()
    {
        let (sym, style) = area_symbol(app, a.status);
        let style = if i == app.area() {
            style.patch(t.selected)
        } else {
            style
        };
        let text = format!("{:<nw$}{sym}", clean(&a.number));
        let line_area = Rect::new(inner.x, inner.y + n as u16, inner.width, 1);
        state.hit(line_area, Target::Area(i));
        Line::from(Span::styled(pad(&truncate(&text, w), w), style)).render(line_area, buf);
    }
}

fn render_areas(app: &App, area: Rect, buf: &mut Buffer, state: &mut ViewState) {
    let t = app.theme();
    let focused = app.pane() == Pane::Areas;
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
    let nw = number_width(app);
    let indent = nw + 2;
    let text_w = w.saturating_sub(indent);

    // An area is its title line (with done/total), and a waiting one its reason below. When
    // every area fits so, long titles and reasons get a second line.
    let right_of = |i: usize| {
        let a = &app.plan().areas[i];
        if a.status == AreaStatus::Waiting {
            String::new()
        } else {
            let (done, total) = app.progress_of(i);
            format!(" {done}/{total}")
        }
    };
    let layout = |i: usize, lines: usize| {
        let a = &app.plan().areas[i];
        let title_w = text_w.saturating_sub(width(&right_of(i)));
        let title = wrap(&clean(&a.title), title_w, lines);
        let reason = match (&a.reason, a.status) {
            (Some(r), AreaStatus::Waiting) => wrap(&clean(r), text_w, lines),
            _ => Vec::new(),
        };
        (title, reason)
    };
    let lines_of = |i: usize, lines: usize| {
        let (title, reason) = layout(i, lines);
        title.len().max(1) + reason.len()
    };
    let n = app.plan().areas.len();
    let per = if (0..n).map(|i| lines_of(i, 2)).sum::<usize>() <= height {
        2
    } else {
        1
    };
    // Scroll so the selected area shows (areas are few; this loop is over areas, not rows).
    let mut first = 0;
    // A plan opened with errors may have no area it could read.
    let mut used: usize = (0..app.area().saturating_add(1).min(n))
        .map(|i| lines_of(i, per))
        .sum();
    while used > height && first < app.area() {
        used -= lines_of(first, per);
        first += 1;
    }
    let mut y = inner.y;
    for (i, a) in app.plan().areas.iter().enumerate().skip(first) {
        if y >= inner.bottom() {
            break;
        }
        let (sym, status_style) = area_symbol(app, a.status);
        let status_style = if a.status == AreaStatus::Active {
            t.base
        } else if a.status == AreaStatus::Waiting {
            t.waiting
        } else {
            status_style
        };
        let mut style = status_style;
        if i == app.area() {
            style = if focused {
                style.patch(t.selected)
            } else {
                style.add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
            };
        }
        let (title, reason) = layout(i, per);
        let right = right_of(i);
        let top = y;
        for (k, part) in title.iter().enumerate() {
            if y >= inner.bottom() {
                break;
            }
            let lead = if k == 0 {
                format!("{:<nw$}{sym} ", clean(&a.number))
            } else {
                " ".repeat(indent)
            };
            let tail = if k == 0 { right.as_str() } else { "" };
            let text = format!(
                "{lead}{}{tail}",
                pad(part, text_w.saturating_sub(width(tail)))
            );
            Line::from(Span::styled(pad(&truncate(&text, w), w), style))
                .render(Rect::new(inner.x, y, inner.width, 1), buf);
            y += 1;
        }
        for part in &reason {
            if y >= inner.bottom() {
                break;
            }
            Line::from(Span::styled(
                format!("{}{part}", " ".repeat(indent)),
                t.muted.add_modifier(Modifier::ITALIC),
            ))
            .render(Rect::new(inner.x, y, inner.width, 1), buf);
            y += 1;
        }
        state.hit(
            Rect::new(inner.x, top, inner.width, y - top),
            Target::Area(i),
        );
    }
}

fn render_activities(app: &App, area: Rect, buf: &mut Buffer, state: &mut ViewState) {
    let t = app.theme();
    let Some(a) = app.plan().areas.get(app.area()) else {
        Block::bordered().border_style(t.border).render(area, buf);
        return;
    };
    let (done, total) = app.progress_of(app.area());
    let title = format!(
        " {} {} · {done}/{total} {} ",
        clean(&a.number),
        clean(&a.title),
        app.tr(Msg::Done)
    );
    let block = Block::bordered()
        .border_style(border(app, app.pane() == Pane::Activities))
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
    if app.rows().is_empty() {
        let mut lines = vec![Line::from(Span::styled(
            if app.plan().activities_in_area(app.area()).next().is_none() {
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
    render_rows(app, inner, buf, state, true);
}
