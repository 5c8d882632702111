//! The grouped activity lists: the agenda (by deadline bucket), the owners view, and the rows
//! of the board's right pane. Only the rows that fit are built.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use super::common::{Cols, activity_line, clean, scroll_offset, title_cut};
use super::view_name;
use crate::output::text::{pad, truncate};
use crate::tui::app::{App, Target, ViewState};
use crate::tui::i18n::Msg;
use crate::tui::model::{Bucket, Row, View};
use crate::tui::theme::Mark;

/// Agenda and owners: one bordered list over the whole body.
pub fn render(app: &App, area: Rect, buf: &mut Buffer, state: &mut ViewState) {
    let block = Block::bordered()
        .border_style(app.theme().border_focus)
        .title(Line::from(Span::styled(
            format!(" {} ", app.tr(view_name(app.view()))),
            app.theme().heading,
        )));
    let inner = block.inner(area);
    block.render(area, buf);
    let owner_col = app.view() != View::Owners;
    render_rows(app, inner, buf, state, owner_col);
}

/// `app.rows()` in `area`, scrolled to keep the selection visible. The board lists activities
/// under their workstreams; the other lists say where an ambiguous title belongs.
pub fn render_rows(
    app: &App,
    area: Rect,
    buf: &mut Buffer,
    state: &mut ViewState,
    owner_col: bool,
) {
    let home = app.view() != crate::tui::model::View::Board;
    let height = usize::from(area.height);
    state.set_page(height.saturating_sub(1).max(1));
    if app.rows().is_empty() {
        Paragraph::new(app.tr(Msg::NoActivities))
            .style(app.theme().muted)
            .wrap(Wrap { trim: true })
            .render(area, buf);
        return;
    }
    let w = usize::from(area.width);
    let cols = Cols::fit(w, app.widths(), owner_col).with_id(
        w,
        app.widths(),
        app.shows_ids() || state.screen_width() >= super::WIDE_IDS,
        app.shows_ids(),
    );
    let cursor = app.cursor_row();
    let offset = scroll_offset(state.offset(), cursor, height, app.rows().len());
    state.set_offset(offset);
    for (n, row) in app.rows().iter().skip(offset).take(height).enumerate() {
        let y = area.y + n as u16;
        let line_area = Rect::new(area.x, y, area.width, 1);
        let line = match row {
            Row::Activity(i) => {
                state.hit(line_area, Target::Activity(*i));
                if Some(*i) == app.selected() && title_cut(app, *i, cols) {
                    state.set_cut_title(Some(*i));
                }
                activity_line(app, *i, w, cols, Some(*i) == app.selected(), home)
            }
            heading => heading_line(app, heading, w),
        };
        line.render(line_area, buf);
    }
}

fn heading_line(app: &App, row: &Row, w: usize) -> Line<'static> {
    let t = app.theme();
    let (text, style) = match row {
        Row::Workstream(Some(index)) => {
            let ws = &app.plan().workstreams[*index];
            let mut s = format!("▌ {}", clean(&ws.title));
            if let Some(aud) = &ws.audience {
                s.push_str(&format!(" · {}", clean(aud)));
            }
            // The cursor on the heading (`T`, `D` and `a` then act on the workstream).
            if app.heading() == Some(*index) {
                (
                    format!("{} ", pad(&s, w.saturating_sub(1))),
                    t.heading.patch(t.selected),
                )
            } else {
                (s, t.heading)
            }
        }
        Row::Workstream(None) => (format!("▌ {}", app.tr(Msg::DirectActivities)), t.heading),
        Row::Bucket(b, n) => {
            let (msg, mark) = match b {
                Bucket::Overdue => (Msg::BucketOverdue, Some(Mark::Overdue)),
                Bucket::ThisWeek => (Msg::BucketThisWeek, Some(Mark::DueSoon)),
                Bucket::NextWeeks => (Msg::BucketNextWeeks, Some(Mark::DueSoon)),
                Bucket::Later => (Msg::BucketLater, None),
                Bucket::Closed => (Msg::BucketDone, Some(Mark::Done)),
            };
            let style = match mark {
                Some(Mark::Overdue) => t.overdue,
                _ => t.heading,
            };
            (format!("▌ {} · {n}", app.tr(msg)), style)
        }
        Row::Owner(name, overdue) => {
            let mut s = format!("▌ {}", clean(name));
            if *overdue > 0 {
                s.push_str(&format!(
                    "  {} {overdue} {}",
                    Mark::Overdue.symbol(),
                    app.tr(Msg::Overdue)
                ));
            }
            (s, if *overdue > 0 { t.overdue } else { t.heading })
        }
        Row::Area(a) => {
            let area = &app.plan().areas[*a];
            (
                format!("▌ {} {}", clean(&area.number), clean(&area.title)),
                t.heading,
            )
        }
        Row::Activity(_) => (String::new(), t.base),
    };
    Line::from(Span::styled(truncate(&text, w), style))
}
