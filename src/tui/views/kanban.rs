//! The status view: kanban columns todo | doing | waiting | done (| cancelled when asked for),
//! each card its symbol and title over its deadline and owner; empty columns are narrow so the
//! cards get the room. `h`/`l` move between columns, `<` and `>` move a card (changing its status).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::common::{clean, count_row, home_if_ambiguous, mark, row_style, scroll_offset, wrap};
use crate::output::text::{date, pad, relative_days, truncate, width};
use crate::tui::app::{App, Target, ViewState};
use crate::tui::theme::Mark;

/// A column's room: an empty column only needs room for its heading, the cards get the rest.
fn column_room(title: &str, empty: bool) -> Constraint {
    if empty {
        Constraint::Length((width(title) as u16 + 4).max(12))
    } else {
        Constraint::Fill(1)
    }
}

/// How cards sit in a column `w` wide and `height` high, as (title lines, lines per card): a
/// card is its title (two lines in a narrow column) over its deadline and owner; one line when
/// the column is too narrow or short for more.
fn card_lines(w: usize, height: usize) -> (usize, usize) {
    let title_lines = if w < 40 { 2 } else { 1 };
    if w < 16 || height < 2 * (title_lines + 1) {
        (title_lines, 1)
    } else {
        (title_lines, title_lines + 1)
    }
}

/// The lines under a card's title in a column `w` wide: the date and how far off it is, and
/// the owner beside them or, when the title leaves more than one line `free`, under them. The
/// owner is never dropped: when one line must hold both and they do not fit, the distance goes
/// first (the card's mark and colour still say it is overdue), then the date is cut.
fn meta_lines(
    day: &str,
    relative: Option<&str>,
    owner: &str,
    w: usize,
    free: usize,
) -> Vec<String> {
    let deadline = match relative {
        Some(r) => format!("  {day} · {r}"),
        None => format!("  {day}"),
    };
    let beside = format!("{deadline} · {owner}");
    if width(&beside) <= w {
        return vec![beside];
    }
    if free > 1 {
        return vec![deadline, format!("  {owner}")];
    }
    let short = format!("  {day} · {owner}");
    if width(&short) <= w {
        return vec![short];
    }
    vec![format!("  {owner} · {day}")]
}

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
        .map(|((_, cards), title)| column_room(title, cards.is_empty()))
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
        let (title_lines, per) = card_lines(w, usize::from(inner.height));
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
            let mut title = clean(&a.title);
            if crate::tui::model::has_note(a) {
                title.push_str(super::common::NOTE_MARK);
            }
            // Words from here on are where an ambiguous title belongs: dimmed.
            let title_words = title.split_whitespace().count();
            if let Some(home) = home_if_ambiguous(app, a) {
                title.push_str(&format!(" · {home}"));
            }
            let home_style = if selected {
                t.muted.patch(t.selected)
            } else {
                t.muted
            };
            let parts = wrap(&title, w.saturating_sub(2), lines);
            let mut word = 0;
            for (j, part) in parts.iter().enumerate() {
                let lead = if j == 0 { m.symbol() } else { " " };
                // `wrap` keeps the words and single spaces between them.
                let mut own = String::new();
                let mut home = String::new();
                for (k, piece) in part.split(' ').enumerate() {
                    let into = if word >= title_words {
                        &mut home
                    } else {
                        &mut own
                    };
                    if k > 0 {
                        into.push(' ');
                    }
                    into.push_str(piece);
                    word += 1;
                }
                let head = format!("{lead} {own}");
                let used = width(&head) + width(&home);
                Line::from(vec![
                    Span::styled(head, style),
                    Span::styled(home, home_style),
                    Span::styled(" ".repeat(w.saturating_sub(used)), style),
                ])
                .render(Rect::new(inner.x, y + j as u16, inner.width, 1), buf);
            }
            if per > 1 {
                let day = date(a.due.day(), app.lang());
                let relative = (!a.status.is_closed())
                    .then(|| relative_days((a.due.day() - app.today()).num_days(), app.lang()));
                let free = per - parts.len();
                let meta = meta_lines(&day, relative.as_deref(), &clean(&a.owner), w, free);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_columns_get_their_heading_and_at_least_12_columns() {
        assert_eq!(column_room(" i arbeid · 0 ", true), Constraint::Length(18));
        assert_eq!(column_room(" x · 0 ", true), Constraint::Length(12));
        assert_eq!(column_room(" i arbeid · 3 ", false), Constraint::Fill(1));
    }

    #[test]
    fn cards_take_two_title_lines_when_narrow_and_one_line_when_cramped() {
        assert_eq!(card_lines(50, 20), (1, 2));
        assert_eq!(card_lines(39, 20), (2, 3));
        assert_eq!(card_lines(39, 6), (2, 3));
        assert_eq!(card_lines(39, 5).1, 1, "too short for one whole card");
        assert_eq!(
            card_lines(15, 20).1,
            1,
            "too narrow for more than the title"
        );
    }

    #[test]
    fn the_owner_goes_beside_the_deadline_or_under_it_when_a_line_is_free() {
        let (day, rel) = ("ons 10.01.2018", Some("om 40 dager"));
        assert_eq!(
            meta_lines(day, rel, "Kari", 50, 1),
            ["  ons 10.01.2018 · om 40 dager · Kari"]
        );
        assert_eq!(
            meta_lines(day, rel, "Kari Nordmann", 35, 2),
            ["  ons 10.01.2018 · om 40 dager", "  Kari Nordmann"]
        );
        assert_eq!(
            meta_lines(day, None, "Kari", 50, 1),
            ["  ons 10.01.2018 · Kari"]
        );
    }

    #[test]
    fn the_owner_stays_when_one_line_must_hold_it() {
        let (day, rel) = ("22.09.2017", Some("70 d over"));
        // A wrapped title at 80×24 leaves one line in a column 31 wide.
        assert_eq!(
            meta_lines(day, rel, "Styringsgruppa", 31, 1),
            ["  22.09.2017 · Styringsgruppa"]
        );
        // Narrower still: the owner first, the date cut after it when drawn.
        assert_eq!(
            meta_lines(day, rel, "Fagansvarlig plan", 20, 1),
            ["  Fagansvarlig plan · 22.09.2017"]
        );
    }
}
