//! The presentation mode (`fremdrift present PLAN`, or `p` on the board): a read-only screen for
//! the steering group's meeting. [`Presenter::apply`] takes an [`Event`] (a key, a second
//! passing, the plan file changing on disk) and returns an [`Effect`]; no key edits anything and
//! the presenter holds no store, so nothing can be saved from here. When the file changes to
//! something that does not load, the last good plan stays on screen under a banner saying since
//! when and why. Drawing is in `views::present`.
//!
//! The changes since the last meeting (read from git when the plan is in a repository) and the
//! burn-up are computed when the presenter starts and when the file changes, never per frame.

use std::path::PathBuf;

use chrono::{NaiveDate, NaiveTime};
use ratatui::crossterm::event::{KeyEvent, KeyEventKind};

use super::i18n::{Msg, tr};
use super::keys::{self, Action, Scope};
use super::theme::Theme;
use crate::diagnostics::Diagnostic;
use crate::file::{Loaded, ReadError};
use crate::git::changes::{self, Changes};
use crate::msg;
use crate::plan::agenda::{Agenda, agenda};
use crate::plan::burnup::{Burnup, burnup};
use crate::plan::{Language, Plan};

/// Something that happened.
#[derive(Debug, Clone)]
pub enum Event {
    Key(KeyEvent),
    /// An action directly (tests, and keys once resolved).
    Action(Action),
    /// One second passed (drives `--cycle`). The event loop sends it; tests inject it.
    Tick,
    /// The plan file changed on disk, as read at wall-clock time `at`.
    FileChanged {
        state: FileState,
        at: NaiveTime,
    },
}

/// What the caller must do after an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    None,
    Quit,
    /// Leave the presentation and go back to the board (only when started from it).
    Back,
}

/// The plan file as just read.
#[derive(Debug, Clone)]
pub enum FileState {
    Good {
        plan: Box<Plan>,
        diagnostics: Vec<Diagnostic>,
        text: String,
    },
    Bad(Trouble),
}

/// Why the file cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trouble {
    /// It parsed with errors: the first one's one-line form, and how many there are.
    Errors {
        first: String,
        count: usize,
    },
    Missing,
    Unreadable(String),
}

impl FileState {
    /// Turns a load from the file layer into what the presenter shows; its first error is told
    /// in `lang`, the presenter's language.
    pub fn from_load(result: Result<Loaded, ReadError>, lang: Language) -> FileState {
        match result {
            Err(ReadError::NotFound(_)) => FileState::Bad(Trouble::Missing),
            Err(e) => FileState::Bad(Trouble::Unreadable(e.to_string())),
            Ok(loaded) => {
                let path = loaded.source.display_path();
                let text = loaded.source.text;
                match loaded.parsed.plan {
                    Some(plan) if !loaded.parsed.diagnostics.iter().any(Diagnostic::is_error) => {
                        FileState::Good {
                            plan: Box::new(plan),
                            diagnostics: loaded.parsed.diagnostics,
                            text,
                        }
                    }
                    _ => {
                        let errors: Vec<&Diagnostic> = loaded
                            .parsed
                            .diagnostics
                            .iter()
                            .filter(|d| d.is_error())
                            .collect();
                        let first = errors
                            .first()
                            .map(|d| d.one_line(&path, &text, lang))
                            .unwrap_or_else(|| {
                                msg!("board-plan-did-not-load", path = path.as_str()).render(lang)
                            });
                        FileState::Bad(Trouble::Errors {
                            first,
                            count: errors.len().max(1),
                        })
                    }
                }
            }
        }
    }
}

/// The banner over the last good plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Banner {
    /// When the file first went bad (it stays while it is bad in other ways).
    pub since: NaiveTime,
    pub trouble: Trouble,
}

/// How the presenter starts.
#[derive(Debug, Clone)]
pub struct Options {
    pub today: NaiveDate,
    pub lang: Language,
    pub theme: Theme,
    /// `--meeting NAME`: the series whose next meeting bounds "due before the next meeting".
    pub meeting: Option<String>,
    /// `--cycle SECONDS`: turn the page by itself this often.
    pub cycle: Option<u32>,
    /// The file's name as shown in the banner.
    pub path: String,
    /// Started from the board: `Esc`/`p` go back to it.
    pub from_board: bool,
}

/// A page of the presentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Dashboard,
    /// What changed since the last meeting.
    Changes,
    /// One focus area (index into `Plan::areas`).
    Area(usize),
    /// Due and done over the plan period.
    Burnup,
}

/// The presenter's state.
#[derive(Debug)]
pub struct Presenter {
    pub plan: Plan,
    pub diagnostics: Vec<Diagnostic>,
    pub text: String,
    pub path: String,
    pub today: NaiveDate,
    pub lang: Language,
    pub theme: Theme,
    pub meeting: Option<String>,
    pub cycle: Option<u32>,
    pub from_board: bool,
    /// The plan file on disk, when known: its git history tells what changed.
    pub file: Option<PathBuf>,
    /// What changed since the last meeting (recomputed when the file changes).
    pub changes: Changes,
    pub burnup: Burnup,
    /// 0 is the dashboard, 1 the changes, then the focus areas, last the burn-up.
    pub page: usize,
    /// The help overlay and its scroll.
    pub help: Option<u16>,
    pub banner: Option<Banner>,
    pub quit: bool,
    /// Seconds since the page last turned (by key or by itself).
    idle: u32,
}

impl Presenter {
    pub fn new(plan: Plan, diagnostics: Vec<Diagnostic>, text: String, options: Options) -> Self {
        let burnup = burnup(&plan, options.today);
        let changes = changes::from_plan(&plan, options.today);
        let mut p = Presenter {
            plan,
            diagnostics,
            text,
            path: options.path,
            today: options.today,
            lang: options.lang,
            theme: options.theme,
            meeting: options.meeting,
            cycle: options.cycle.filter(|&s| s > 0),
            from_board: options.from_board,
            file: None,
            changes,
            burnup,
            page: 0,
            help: None,
            banner: None,
            quit: false,
            idle: 0,
        };
        p.recompute();
        p
    }

    /// Reads what changed from the git history of `file` (when it is in a repository).
    pub fn with_file(mut self, file: PathBuf) -> Self {
        self.file = Some(file);
        self.recompute();
        self
    }

    /// The changes since the last meeting and the burn-up, for the plan as it is now.
    fn recompute(&mut self) {
        let since = self.agenda().0.since;
        self.changes = changes::since(&self.plan, self.file.as_deref(), since, self.today);
        self.burnup = burnup(&self.plan, self.today);
    }

    pub fn tr(&self, msg: Msg) -> &'static str {
        tr(self.lang, msg)
    }

    pub fn pages(&self) -> usize {
        3 + self.plan.areas.len()
    }

    pub fn current(&self) -> Page {
        match self.page {
            0 => Page::Dashboard,
            1 => Page::Changes,
            n if n + 1 >= self.pages() => Page::Burnup,
            n => Page::Area(n - 2),
        }
    }

    /// The lists for the dashboard, for the chosen meeting series. A series named by
    /// `--meeting` that a later version of the file no longer has falls back to the default
    /// choice (the view says so) rather than leaving the screen empty.
    pub fn agenda(&self) -> (Agenda<'_>, bool) {
        match agenda(&self.plan, self.today, None, self.meeting.as_deref()) {
            Ok(a) => (a, false),
            Err(_) => match agenda(&self.plan, self.today, None, None) {
                Ok(a) => (a, true),
                // Unreachable: without a name no series can be unknown; show nothing rather
                // than panic.
                Err(_) => (
                    Agenda {
                        horizon: crate::plan::meetings::Horizon::Days {
                            days: self.plan.due_soon_days,
                            until: self.today,
                        },
                        since: self.today,
                        since_from: crate::plan::agenda::SinceFrom::Given,
                        overdue: Vec::new(),
                        due_next: Vec::new(),
                        done_since: Vec::new(),
                    },
                    true,
                ),
            },
        }
    }

    /// The scope keys are read in.
    pub fn scope(&self) -> Scope {
        if self.help.is_some() {
            Scope::Popup
        } else {
            Scope::Present
        }
    }

    pub fn apply(&mut self, event: Event) -> Effect {
        match event {
            Event::Key(key) => {
                // Only a press acts (kitty-protocol terminals also report releases).
                if key.kind != KeyEventKind::Press {
                    return Effect::None;
                }
                match keys::resolve(self.scope(), crate::tui::model::View::Board, &key) {
                    Some(action) => self.perform(action),
                    None => Effect::None,
                }
            }
            Event::Action(action) => self.perform(action),
            Event::Tick => {
                self.tick();
                Effect::None
            }
            Event::FileChanged { state, at } => {
                self.file_changed(state, at);
                Effect::None
            }
        }
    }

    fn perform(&mut self, action: Action) -> Effect {
        if action == Action::Quit {
            self.quit = true;
            return Effect::Quit;
        }
        if let Some(scroll) = &mut self.help {
            if keys::scroll_overlay(scroll, action) {
                self.help = None;
            }
            return Effect::None;
        }
        self.idle = 0;
        let pages = self.pages();
        match action {
            Action::NextPage => self.page = (self.page + 1) % pages,
            Action::PrevPage => self.page = (self.page + pages - 1) % pages,
            Action::FirstPage => self.page = 0,
            Action::LastPage => self.page = pages - 1,
            Action::Help => self.help = Some(0),
            Action::Close if self.from_board => return Effect::Back,
            _ => {}
        }
        Effect::None
    }

    fn tick(&mut self) {
        let Some(cycle) = self.cycle else { return };
        // Reading the help is not the moment to turn pages under the reader.
        if self.help.is_some() {
            return;
        }
        self.idle += 1;
        if self.idle >= cycle {
            self.idle = 0;
            self.page = (self.page + 1) % self.pages();
        }
    }

    fn file_changed(&mut self, state: FileState, at: NaiveTime) {
        match state {
            FileState::Good {
                plan,
                diagnostics,
                text,
            } => {
                self.plan = *plan;
                self.diagnostics = diagnostics;
                self.text = text;
                self.banner = None;
                self.page = self.page.min(self.pages() - 1);
                self.recompute();
            }
            FileState::Bad(trouble) => {
                let since = self.banner.as_ref().map_or(at, |b| b.since);
                self.banner = Some(Banner { since, trouble });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::theme::ThemeKind;

    fn presenter(cycle: Option<u32>, from_board: bool) -> Presenter {
        let text = include_str!("../../plans/naeringsvennlig-kommune.toml");
        let parsed = crate::file::parse_plan(text);
        Presenter::new(
            parsed.plan.expect("loads"),
            parsed.diagnostics,
            text.into(),
            Options {
                today: NaiveDate::from_ymd_opt(2017, 12, 1).unwrap(),
                lang: Language::En,
                theme: Theme::new(ThemeKind::HighContrast, true),
                meeting: None,
                cycle,
                path: "p.toml".into(),
                from_board,
            },
        )
    }

    #[test]
    fn pages_wrap_both_ways() {
        let mut p = presenter(None, false);
        assert_eq!(p.pages(), 8);
        p.apply(Event::Action(Action::PrevPage));
        assert_eq!(p.current(), Page::Burnup);
        p.apply(Event::Action(Action::PrevPage));
        assert_eq!(p.current(), Page::Area(4));
        p.apply(Event::Action(Action::NextPage));
        p.apply(Event::Action(Action::NextPage));
        assert_eq!(p.current(), Page::Dashboard);
        p.apply(Event::Action(Action::NextPage));
        assert_eq!(p.current(), Page::Changes);
        p.apply(Event::Action(Action::NextPage));
        assert_eq!(p.current(), Page::Area(0));
    }

    #[test]
    fn cycle_turns_pages_on_ticks_and_a_key_restarts_the_count() {
        let mut p = presenter(Some(3), false);
        p.apply(Event::Tick);
        p.apply(Event::Tick);
        assert_eq!(p.page, 0);
        p.apply(Event::Tick);
        assert_eq!(p.page, 1);
        p.apply(Event::Tick);
        p.apply(Event::Tick);
        p.apply(Event::Action(Action::FirstPage));
        p.apply(Event::Tick);
        p.apply(Event::Tick);
        assert_eq!(p.page, 0, "the key restarted the count");
        p.apply(Event::Tick);
        assert_eq!(p.page, 1);
        for _ in 0..3 * (p.pages() - 1) {
            p.apply(Event::Tick);
        }
        assert_eq!(p.page, 0, "wraps after the last area");
    }

    #[test]
    fn esc_goes_back_only_when_started_from_the_board() {
        let mut p = presenter(None, true);
        assert_eq!(p.apply(Event::Action(Action::Close)), Effect::Back);
        let mut p = presenter(None, false);
        assert_eq!(p.apply(Event::Action(Action::Close)), Effect::None);
        assert_eq!(p.apply(Event::Action(Action::Quit)), Effect::Quit);
    }

    #[test]
    fn the_changes_are_read_again_when_the_file_changes() {
        let mut p = presenter(None, false);
        let moved = |c: &Changes| {
            c.items
                .iter()
                .any(|i| matches!(i.change, crate::git::log::Change::Deadline { .. }))
        };
        assert!(!moved(&p.changes));
        let text = include_str!("../../plans/naeringsvennlig-kommune.toml").replacen(
            "due    = \"30. november\"",
            "due    = \"14. desember\"\nbaseline = \"30. november\"",
            1,
        );
        let parsed = crate::file::parse_plan(&text);
        p.apply(Event::FileChanged {
            state: FileState::Good {
                plan: Box::new(parsed.plan.expect("loads")),
                diagnostics: parsed.diagnostics,
                text,
            },
            at: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
        });
        assert!(moved(&p.changes), "{:?}", p.changes);
    }

    #[test]
    fn the_banner_keeps_the_time_the_trouble_started() {
        let mut p = presenter(None, false);
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        p.apply(Event::FileChanged {
            state: FileState::Bad(Trouble::Missing),
            at: t(10, 42),
        });
        p.apply(Event::FileChanged {
            state: FileState::Bad(Trouble::Errors {
                first: "x".into(),
                count: 1,
            }),
            at: t(10, 45),
        });
        let banner = p.banner.clone().unwrap();
        assert_eq!(banner.since, t(10, 42));
        assert!(matches!(banner.trouble, Trouble::Errors { .. }));
    }
}
