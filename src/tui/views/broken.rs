//! Drawing the error screen of a plan whose TOML cannot be read (`tui::broken`): a title line,
//! what is wrong and what the screen does, the error as `check` renders it, what the last
//! reading said, and the key hints from the binding table.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Padding, Paragraph, Widget, Wrap};

use super::common::clean;
use crate::tui::broken::Broken;
use crate::tui::i18n::tr;
use crate::tui::keys::{self, Scope};
use crate::tui::model::View;

impl Widget for &Broken {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme();
        let lang = self.lang();
        buf.set_style(area, t.base);
        let [top, body, foot] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(0),
            Constraint::Length(1),
        ])
        .areas(area);
        let title = crate::msg!("life-broken-title", path = clean(self.path())).render(lang);
        Line::from(Span::styled(format!(" {title}"), t.title)).render(top, buf);

        let mut lines = vec![
            Line::from(Span::styled(
                crate::i18n::text(lang, "life-broken-intro").to_string(),
                t.header,
            )),
            Line::default(),
        ];
        lines.extend(
            self.report()
                .lines()
                .map(|l| Line::from(Span::styled(clean(l), t.base))),
        );
        if let Some(note) = self.message() {
            lines.push(Line::default());
            lines.push(Line::from(Span::styled(clean(note), t.error)));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .border_style(t.error)
                    .padding(Padding::horizontal(1)),
            )
            .render(body, buf);

        let mut spans = vec![Span::raw(" ")];
        for b in keys::hints(Scope::Broken, View::Board) {
            spans.push(Span::styled(b.keys_label(), t.key));
            spans.push(Span::styled(format!(" {}  ", tr(lang, b.help)), t.muted));
        }
        Line::from(spans).render(foot, buf);
    }
}
