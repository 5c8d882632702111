//! The status view: kanban columns todo | doing | waiting | done (| cancelled when asked for),
//! each card its symbol and title over its owner and deadline. `<` and `>` move a card.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::common::{clean, count_row, mark, row_style, scroll_offset};
use crate::output::text::{date, pad, relative_days, truncate};
use crate::tui::app::{App, Target};
use crate::tui::theme::Mark;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let n = app.columns.len().max(1);
    let areas = Layout::horizontal(vec![Constraint::Ratio(1, n as u32); n]).split(area);
    let cursor = app.kanban_cursor();
    let mut hits = app.hits.borrow_mut();
    for (c, ((status, cards), col_area)) in app.columns.iter().zip(areas.iter()).enumerate() {
        let active = cursor.is_some_and(|(cc, _)| cc == c);
        let block = Block::bordered()
            .border_style(if active { t.border_focus } else { t.border })
            .title(Line::from(Span::styled(
                format!(" {} · {} ", status.word(app.lang), cards.len()),
                t.heading,
            )));
        let inner = block.inner(*col_area);
        block.render(*col_area, buf);
        let w = usize::from(inner.width);
        if w == 0 || inner.height == 0 {
            continue;
        }
        // Two lines a card when there is room for the second line to say something.
        let per = if w >= 16 { 2 } else { 1 };
        let fit = usize::from(inner.height) / per;
        if active {
            app.page.set(fit.max(1));
        }
        let pos = cursor.and_then(|(cc, p)| (cc == c).then_some(p));
        let offset = if active {
            scroll_offset(0, pos, fit, cards.len())
        } else {
            0
        };
        for (k, &i) in cards.iter().skip(offset).take(fit).enumerate() {
            count_row();
            let a = &app.plan.activities[i];
            let selected = app.selected == Some(i);
            let m = mark(app, a);
            let style = row_style(t, m, selected);
            let y = inner.y + (k * per) as u16;
            let title = format!("{} {}", m.symbol(), clean(&a.title));
            Line::from(Span::styled(pad(&truncate(&title, w), w), style))
                .render(Rect::new(inner.x, y, inner.width, 1), buf);
            if per == 2 {
                let rel = if a.status.is_closed() {
                    String::new()
                } else {
                    format!(
                        " · {}",
                        relative_days((a.due.day() - app.today).num_days(), app.lang)
                    )
                };
                let sub = format!(
                    "  {} · {}{rel}",
                    clean(&a.owner),
                    date(a.due.day(), app.lang)
                );
                let sub_style = if selected || m == Mark::Overdue {
                    style
                } else {
                    t.muted
                };
                Line::from(Span::styled(pad(&truncate(&sub, w), w), sub_style))
                    .render(Rect::new(inner.x, y + 1, inner.width, 1), buf);
            }
            hits.push((
                Rect::new(inner.x, y, inner.width, per as u16),
                Target::Activity(i),
            ));
        }
    }
}
