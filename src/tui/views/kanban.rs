//! The status view: kanban columns todo | doing | waiting | done (| cancelled when asked for),
//! each card its symbol and title over its deadline and owner; empty columns are narrow so the
//! cards get the room. `h`/`l` move between columns, `<` and `>` move a card (changing its status).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::common::{clean, count_row, mark, row_style, scroll_offset, wrap};
use crate::output::text::{date, pad, relative_days, truncate, width};
use crate::tui::app::{App, Target, ViewState};
use crate::tui::theme::Mark;

pub fn render(app: &App, area: Rect, buf: &mut Buffer, state: &mut ViewState) {
    let t = app.theme();
    let n = app.columns().len().max(1);
    // Empty columns only need room for their heading; the cards get the rest.
    let titles: Vec<String> = app
        .columns()
        .iter()
        .map(|(status, cards)| format!(" {} · {} ", status.word(app.lang()), cards.len()))
        .collect();
    let constraints: Vec<Constraint> = app
        .columns()
        .iter()
        .zip(&titles)
        .map(|((_, cards), title)| {
            if cards.is_empty() {
                Constraint::Length((width(title) as u16 + 4).max(12))
            } else {
                Constraint::Fill(1)
            }
        })
        .collect();
    let areas = if constraints.is_empty() {
        Layout::horizontal(vec![Constraint::Ratio(1, n as u32); n]).split(area)
    } else {
        Layout::horizontal(constraints).split(area)
    };
    let cursor = app.kanban_cursor();
    for (c, (((_, cards), title), col_area)) in app
        .columns()
        .iter()
        .zip(&titles)
        .zip(areas.iter())
        .enumerate()
    {
        let active = cursor.is_some_and(|(cc, _)| cc == c);
        let block = Block::bordered()
            .border_style(if active { t.border_focus } else { t.border })
            .title(Line::from(Span::styled(title.clone(), t.heading)));
        let inner = block.inner(*col_area);
        block.render(*col_area, buf);
        let w = usize::from(inner.width);
        if w == 0 || inner.height == 0 {
            continue;
        }
        // A card is its title (two lines in a narrow column) over its deadline and owner;
        // one line when the column is too narrow or short for more.
        let title_lines = if w < 40 { 2 } else { 1 };
        let per = if w < 16 || usize::from(inner.height) < 2 * (title_lines + 1) {
            1
        } else {
            title_lines + 1
        };
        let fit = (usize::from(inner.height) / per).max(1);
        if active {
            state.set_page(fit);
        }
        let pos = cursor.and_then(|(cc, p)| (cc == c).then_some(p));
        let offset = if active {
            scroll_offset(0, pos, fit, cards.len())
        } else {
            0
        };
        for (k, &i) in cards.iter().skip(offset).take(fit).enumerate() {
            count_row();
            let a = &app.plan().activities[i];
            let selected = app.selected() == Some(i);
            let m = mark(app, a);
            let style = row_style(t, m, selected);
            let y = inner.y + (k * per) as u16;
            let lines = if per == 1 { 1 } else { title_lines };
            let parts = wrap(&clean(&a.title), w.saturating_sub(2), lines);
            for (j, part) in parts.iter().enumerate() {
                let lead = if j == 0 { m.symbol() } else { " " };
                Line::from(Span::styled(pad(&format!("{lead} {part}"), w), style))
                    .render(Rect::new(inner.x, y + j as u16, inner.width, 1), buf);
            }
            if per > 1 {
                // The deadline under the title, and the owner beside it or, when a short
                // title leaves a line free, under it.
                let mut meta = vec![format!("  {}", date(a.due.day(), app.lang()))];
                if !a.status.is_closed() {
                    meta[0].push_str(&format!(
                        " · {}",
                        relative_days((a.due.day() - app.today()).num_days(), app.lang())
                    ));
                }
                let owner = clean(&a.owner);
                let free = per - parts.len();
                if width(&meta[0]) + 3 + width(&owner) <= w {
                    meta[0].push_str(&format!(" · {owner}"));
                } else if free > 1 {
                    meta.push(format!("  {owner}"));
                }
                let sub_style = if selected || m == Mark::Overdue {
                    style
                } else {
                    t.muted
                };
                for (j, text) in meta.iter().take(free).enumerate() {
                    let row = y + (parts.len() + j) as u16;
                    Line::from(Span::styled(pad(&truncate(text, w), w), sub_style))
                        .render(Rect::new(inner.x, row, inner.width, 1), buf);
                }
                // A selected card is highlighted on every line.
                if selected {
                    for j in parts.len() + meta.len().min(free)..per {
                        Line::from(Span::styled(" ".repeat(w), style))
                            .render(Rect::new(inner.x, y + j as u16, inner.width, 1), buf);
                    }
                }
            }
            state.hit(
                Rect::new(inner.x, y, inner.width, per as u16),
                Target::Activity(i),
            );
        }
    }
}
