//! The board's styles, in one place: dark, light and high-contrast themes, and a colourless
//! variant for `NO_COLOR` that keeps bold, dim, reverse and crossed-out so that urgency still
//! shows (the symbols `!` `◷` `✓` `✗` `‖` carry it too; colour is never the only signal).

use ratatui::style::{Color, Modifier, Style};

use crate::plan::{Status, Urgency};

/// Which palette.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ThemeKind {
    #[default]
    Dark,
    Light,
    HighContrast,
}

/// How an activity looks, by urgency and status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Overdue,
    DueSoon,
    Done,
    Cancelled,
    Waiting,
    Doing,
    Todo,
    /// An activity with errors (a plan opened with errors): its own symbol, so it reads
    /// without colour.
    Broken,
}

impl Mark {
    pub fn of(status: Status, urgency: Urgency) -> Mark {
        match (status, urgency) {
            (Status::Done, _) => Mark::Done,
            (Status::Cancelled, _) => Mark::Cancelled,
            (_, Urgency::Overdue { .. }) => Mark::Overdue,
            (Status::Waiting, _) => Mark::Waiting,
            (_, Urgency::DueSoon { .. }) => Mark::DueSoon,
            (Status::Doing, _) => Mark::Doing,
            _ => Mark::Todo,
        }
    }

    /// The symbol shown before the title; it alone tells the state without colour.
    pub fn symbol(self) -> &'static str {
        match self {
            Mark::Overdue => "!",
            Mark::DueSoon => "◷",
            Mark::Done => "✓",
            Mark::Cancelled => "✗",
            Mark::Waiting => "‖",
            Mark::Doing => "▸",
            Mark::Todo => "·",
            Mark::Broken => "⚠",
        }
    }
}

/// Every style the views use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub kind: ThemeKind,
    pub color: bool,
    pub base: Style,
    pub title: Style,
    pub header: Style,
    pub muted: Style,
    pub border: Style,
    pub border_focus: Style,
    pub heading: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub selected: Style,
    pub overdue: Style,
    pub due_soon: Style,
    pub done: Style,
    pub cancelled: Style,
    pub waiting: Style,
    pub doing: Style,
    pub todo: Style,
    pub key: Style,
    pub ok: Style,
    pub error: Style,
    pub warning: Style,
    pub today: Style,
    pub bar: Style,
    pub matched: Style,
}

impl Theme {
    /// The palette `kind`; without `color`, only modifiers remain.
    pub fn new(kind: ThemeKind, color: bool) -> Theme {
        let b = Modifier::BOLD;
        let t = match kind {
            ThemeKind::Dark => Theme {
                kind,
                color,
                base: Style::new(),
                title: Style::new().fg(Color::White).add_modifier(b),
                header: Style::new().fg(Color::Gray),
                muted: Style::new().fg(Color::DarkGray),
                border: Style::new().fg(Color::DarkGray),
                border_focus: Style::new().fg(Color::Cyan),
                heading: Style::new().fg(Color::Cyan).add_modifier(b),
                tab: Style::new().fg(Color::Gray),
                tab_active: Style::new()
                    .fg(Color::Black)
                    .bg(Color::Cyan)
                    .add_modifier(b),
                selected: Style::new().add_modifier(Modifier::REVERSED),
                overdue: Style::new().fg(Color::LightRed).add_modifier(b),
                due_soon: Style::new().fg(Color::Yellow),
                done: Style::new().fg(Color::DarkGray),
                cancelled: Style::new()
                    .fg(Color::DarkGray)
                    .add_modifier(Modifier::CROSSED_OUT),
                waiting: Style::new().fg(Color::Magenta),
                doing: Style::new().fg(Color::LightBlue),
                todo: Style::new(),
                key: Style::new().fg(Color::Cyan).add_modifier(b),
                ok: Style::new().fg(Color::Green),
                error: Style::new().fg(Color::LightRed).add_modifier(b),
                warning: Style::new().fg(Color::Yellow).add_modifier(b),
                today: Style::new().fg(Color::LightGreen).add_modifier(b),
                bar: Style::new().fg(Color::Cyan),
                matched: Style::new()
                    .fg(Color::Black)
                    .bg(Color::Yellow)
                    .add_modifier(b),
            },
            ThemeKind::Light => Theme {
                kind,
                color,
                base: Style::new(),
                title: Style::new().fg(Color::Black).add_modifier(b),
                header: Style::new().fg(Color::Black),
                muted: Style::new().fg(Color::Gray),
                border: Style::new().fg(Color::Gray),
                border_focus: Style::new().fg(Color::Blue),
                heading: Style::new().fg(Color::Blue).add_modifier(b),
                tab: Style::new().fg(Color::Black),
                tab_active: Style::new()
                    .fg(Color::White)
                    .bg(Color::Blue)
                    .add_modifier(b),
                selected: Style::new().add_modifier(Modifier::REVERSED),
                overdue: Style::new().fg(Color::Red).add_modifier(b),
                due_soon: Style::new().fg(Color::Rgb(150, 100, 0)).add_modifier(b),
                done: Style::new().fg(Color::Gray),
                cancelled: Style::new()
                    .fg(Color::Gray)
                    .add_modifier(Modifier::CROSSED_OUT),
                waiting: Style::new().fg(Color::Magenta),
                doing: Style::new().fg(Color::Blue),
                todo: Style::new(),
                key: Style::new().fg(Color::Blue).add_modifier(b),
                ok: Style::new().fg(Color::Green),
                error: Style::new().fg(Color::Red).add_modifier(b),
                warning: Style::new().fg(Color::Rgb(150, 100, 0)).add_modifier(b),
                today: Style::new().fg(Color::Green).add_modifier(b),
                bar: Style::new().fg(Color::Blue),
                matched: Style::new()
                    .fg(Color::Black)
                    .bg(Color::Yellow)
                    .add_modifier(b),
            },
            ThemeKind::HighContrast => Theme {
                kind,
                color,
                base: Style::new().fg(Color::White).bg(Color::Black),
                title: Style::new().fg(Color::White).add_modifier(b),
                header: Style::new().fg(Color::White).add_modifier(b),
                // On a projector grey on black washes out: secondary text is white too.
                muted: Style::new().fg(Color::White),
                border: Style::new().fg(Color::White),
                border_focus: Style::new().fg(Color::LightYellow).add_modifier(b),
                heading: Style::new().fg(Color::LightCyan).add_modifier(b),
                tab: Style::new().fg(Color::White).add_modifier(b),
                tab_active: Style::new()
                    .fg(Color::Black)
                    .bg(Color::LightYellow)
                    .add_modifier(b),
                selected: Style::new()
                    .fg(Color::Black)
                    .bg(Color::White)
                    .add_modifier(b),
                overdue: Style::new()
                    .fg(Color::LightRed)
                    .add_modifier(b | Modifier::UNDERLINED),
                due_soon: Style::new().fg(Color::LightYellow).add_modifier(b),
                done: Style::new().fg(Color::Gray),
                cancelled: Style::new()
                    .fg(Color::Gray)
                    .add_modifier(Modifier::CROSSED_OUT),
                waiting: Style::new().fg(Color::LightMagenta).add_modifier(b),
                doing: Style::new().fg(Color::LightCyan).add_modifier(b),
                todo: Style::new().fg(Color::White).add_modifier(b),
                key: Style::new().fg(Color::LightYellow).add_modifier(b),
                ok: Style::new().fg(Color::LightGreen).add_modifier(b),
                error: Style::new()
                    .fg(Color::LightRed)
                    .add_modifier(b | Modifier::UNDERLINED),
                warning: Style::new().fg(Color::LightYellow).add_modifier(b),
                today: Style::new().fg(Color::LightGreen).add_modifier(b),
                bar: Style::new().fg(Color::LightCyan).add_modifier(b),
                matched: Style::new()
                    .fg(Color::Black)
                    .bg(Color::LightYellow)
                    .add_modifier(b),
            },
        };
        if color { t } else { t.colourless() }
    }

    /// Drops every colour; keeps modifiers so bold, dim, reverse and strike-through still show.
    fn colourless(self) -> Theme {
        let strip = |s: Style| Style {
            fg: None,
            bg: None,
            underline_color: None,
            ..s
        };
        Theme {
            base: strip(self.base),
            title: strip(self.title),
            header: strip(self.header),
            muted: strip(self.muted).add_modifier(Modifier::DIM),
            border: strip(self.border),
            border_focus: strip(self.border_focus).add_modifier(Modifier::BOLD),
            heading: strip(self.heading),
            tab: strip(self.tab),
            tab_active: strip(self.tab_active).add_modifier(Modifier::REVERSED),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            overdue: strip(self.overdue).add_modifier(Modifier::BOLD),
            due_soon: strip(self.due_soon),
            done: strip(self.done).add_modifier(Modifier::DIM),
            cancelled: strip(self.cancelled).add_modifier(Modifier::DIM),
            waiting: strip(self.waiting).add_modifier(Modifier::ITALIC),
            doing: strip(self.doing),
            todo: strip(self.todo),
            key: strip(self.key),
            ok: strip(self.ok),
            error: strip(self.error).add_modifier(Modifier::BOLD),
            warning: strip(self.warning),
            today: strip(self.today),
            bar: strip(self.bar),
            matched: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            ..self
        }
    }

    pub fn mark(&self, mark: Mark) -> Style {
        match mark {
            Mark::Overdue => self.overdue,
            Mark::DueSoon => self.due_soon,
            Mark::Done => self.done,
            Mark::Cancelled => self.cancelled,
            Mark::Waiting => self.waiting,
            Mark::Doing => self.doing,
            Mark::Todo => self.todo,
            Mark::Broken => self.error,
        }
    }
}

/// Whether the environment allows colour (`NO_COLOR` unset or empty).
pub fn color_allowed() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_keeps_modifiers_and_drops_colours() {
        let t = Theme::new(ThemeKind::Dark, false);
        assert_eq!(t.overdue.fg, None);
        assert!(t.overdue.add_modifier.contains(Modifier::BOLD));
        assert!(t.selected.add_modifier.contains(Modifier::REVERSED));
        assert!(t.cancelled.add_modifier.contains(Modifier::CROSSED_OUT));
    }

    #[test]
    fn marks_prefer_closed_then_overdue() {
        let over = Urgency::Overdue { days: 2 };
        assert_eq!(Mark::of(Status::Waiting, over), Mark::Overdue);
        assert_eq!(Mark::of(Status::Done, Urgency::Done), Mark::Done);
        assert_eq!(
            Mark::of(Status::Waiting, Urgency::Later { days: 40 }),
            Mark::Waiting
        );
    }
}
