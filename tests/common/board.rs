//! The board without a terminal: the app and the view state drawing keeps beside it, held
//! together as the event loop holds them, and frames drawn on a `TestBackend`; and a [`Rig`],
//! that board on a plan file in a temp folder saving through the real store, as the event loop
//! carries its requests (synchronously here: each key's save is done, and its report back on
//! the board, before the next key).

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use fremdrift::file::save::PlanFile;
use fremdrift::plan::Language;
use fremdrift::tui::app::ViewState;
use fremdrift::tui::file_store::PlanFileStore;
use fremdrift::tui::store::Store;
use fremdrift::tui::theme::{Theme, ThemeKind};
use fremdrift::tui::{App, Effect, Event, Options};
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::{Frame, Terminal};

/// The app and what drawing keeps beside it, held together as the event loop holds them.
pub struct Board {
    pub app: App,
    pub state: ViewState,
}

impl Board {
    /// A board on `app` with nothing drawn yet.
    pub fn new(app: App) -> Board {
        Board {
            app,
            state: ViewState::default(),
        }
    }

    pub fn apply(&mut self, event: Event) -> Effect {
        self.app.apply(event, &mut self.state)
    }

    /// Presses `code` with no modifier.
    pub fn press(&mut self, code: KeyCode) -> Effect {
        self.apply(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))
    }

    /// Types `keys` ([`key`]) with nothing behind the board (a store request is dropped);
    /// returns the effects that are not `None`, in order.
    pub fn keys(&mut self, keys: &str) -> Vec<Effect> {
        keys.chars()
            .map(|c| self.apply(Event::Key(key(c))))
            .filter(|e| *e != Effect::None)
            .collect()
    }

    /// The status bar's message as text ("" when there is none).
    pub fn said(&self) -> String {
        self.app
            .message()
            .map(|m| m.text.clone())
            .unwrap_or_default()
    }

    /// The id of the selected activity.
    pub fn selected_id(&self) -> String {
        let i = self.app.selected().expect("an activity is selected");
        self.app.plan().activities[i].id.clone()
    }
}

impl std::ops::Deref for Board {
    type Target = App;
    fn deref(&self) -> &App {
        &self.app
    }
}

impl std::ops::DerefMut for Board {
    fn deref_mut(&mut self) -> &mut App {
        &mut self.app
    }
}

/// The key a test types as `c`: '\n' Enter, '\x1b' Esc, '\t' Tab, '\u{8}' Backspace, anything
/// else that character; no modifier.
pub fn key(c: char) -> KeyEvent {
    let code = match c {
        '\n' => KeyCode::Enter,
        '\x1b' => KeyCode::Esc,
        '\t' => KeyCode::Tab,
        '\u{8}' => KeyCode::Backspace,
        c => KeyCode::Char(c),
    };
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// One frame of the board at `w`×`h`.
pub fn draw(board: &mut Board, w: u16, h: u16) -> Buffer {
    frame(w, h, |f| {
        f.render_stateful_widget(&board.app, f.area(), &mut board.state)
    })
}

/// One frame at `w`×`h` of whatever `render` draws.
pub fn frame(w: u16, h: u16, render: impl FnOnce(&mut Frame)) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(render).unwrap();
    terminal.backend().buffer().clone()
}

/// The day the board tests take for today.
pub fn today() -> NaiveDate {
    super::day(2017, 12, 1)
}

/// How a test opens a board: what `fremdrift PLAN` is told by its arguments and finds, with
/// what the test chooses. [`Open::default`]: today [`today`], bokmål, colour, editable, shown as
/// `plan.toml`, the store telling failures in the plan's own language.
#[derive(Clone, Debug)]
pub struct Open {
    pub today: NaiveDate,
    pub lang: Language,
    /// Colour allowed (`NO_COLOR` unset).
    pub colour: bool,
    pub read_only: bool,
    /// The plan's path as the board names it; `None`: the file's real path.
    pub shown: Option<String>,
    /// The store tells its failures in the board's language (as `fremdrift PLAN` makes it);
    /// otherwise in the plan's own, as a store made for any plan does.
    pub store_in_board_lang: bool,
    /// How long a save waits for the plan's lock; `None`: the saving layer's own.
    pub lock_timeout: Option<Duration>,
}

impl Default for Open {
    fn default() -> Open {
        Open {
            today: today(),
            lang: Language::Nb,
            colour: true,
            read_only: false,
            shown: Some("plan.toml".to_string()),
            store_in_board_lang: false,
            lock_timeout: None,
        }
    }
}

impl Open {
    pub fn lang(self, lang: Language) -> Open {
        Open { lang, ..self }
    }

    pub fn read_only(self, read_only: bool) -> Open {
        Open { read_only, ..self }
    }

    pub fn colour(self, colour: bool) -> Open {
        Open { colour, ..self }
    }

    /// The board names the plan `shown`.
    pub fn shown(self, shown: &str) -> Open {
        Open {
            shown: Some(shown.to_string()),
            ..self
        }
    }

    /// The board names the plan by the file's real path.
    pub fn shown_as_real_path(self) -> Open {
        Open {
            shown: None,
            ..self
        }
    }

    /// The board's options, for a plan at `path`.
    pub fn options(&self, path: &Path) -> Options {
        Options {
            today: self.today,
            lang: self.lang,
            theme: Theme::new(ThemeKind::Dark, self.colour),
            read_only: self.read_only,
            path: self
                .shown
                .clone()
                .unwrap_or_else(|| path.display().to_string()),
        }
    }

    /// A board on `text`, which must be a valid plan, with no store behind it.
    pub fn board(&self, text: &str) -> Board {
        let parsed = fremdrift::file::parse_plan(text);
        let plan = parsed.plan.expect("the plan loads");
        self.board_of(plan, parsed.diagnostics, text)
    }

    /// A board on `text`, a plan with errors whose TOML reads, with no store behind it.
    pub fn board_with_errors(&self, text: &str) -> Board {
        let parsed = fremdrift::file::parse_plan(text);
        let plan = parsed.usable().expect("its TOML reads").clone();
        self.board_of(plan, parsed.diagnostics, text)
    }

    fn board_of(
        &self,
        plan: fremdrift::plan::Plan,
        diagnostics: Vec<fremdrift::diagnostics::Diagnostic>,
        text: &str,
    ) -> Board {
        let shown = self.shown.clone().unwrap_or_default();
        Board::new(App::new(
            plan,
            diagnostics,
            text.to_string(),
            self.options(Path::new(&shown)),
        ))
    }

    /// A copy of `from` as `plan.toml` in a fresh temp folder, on a board saving through the
    /// real store.
    pub fn copy(&self, from: &str) -> Rig {
        self.copy_edited(from, str::to_string)
    }

    /// [`Open::copy`], with the copy's text made `edit` of it first.
    pub fn copy_edited(&self, from: &str, edit: impl Fn(&str) -> String) -> Rig {
        let (dir, path) = super::temp_copy(from);
        std::fs::write(&path, edit(&std::fs::read_to_string(&path).unwrap())).unwrap();
        let mut rig = self.at(&path);
        rig.dir = Some(dir);
        rig
    }

    /// The plan at `path` (the test keeps its folder) on a board saving through the real store:
    /// the file opened by the saving layer, the board given its plan and the problems in its
    /// text, as `fremdrift PLAN` opens it.
    pub fn at(&self, path: &Path) -> Rig {
        let original = std::fs::read_to_string(path).unwrap();
        let mut file = PlanFile::open(path).expect("the plan opens, errors and all");
        if let Some(timeout) = self.lock_timeout {
            file.lock_timeout = timeout;
        }
        let parsed = fremdrift::file::parse_plan(&original);
        let app = App::new(
            file.plan().clone(),
            parsed.diagnostics,
            original.clone(),
            self.options(path),
        );
        let store = PlanFileStore::new(file);
        let store = if self.store_in_board_lang {
            store.with_lang(self.lang)
        } else {
            store
        };
        Rig {
            dir: None,
            path: path.to_path_buf(),
            original,
            board: Board::new(app),
            store,
            open: self.clone(),
        }
    }
}

/// A board on a plan file, saving through the real store (`PlanFileStore`).
pub struct Rig {
    /// The temp folder the plan was copied into, when the rig made it.
    dir: Option<tempfile::TempDir>,
    pub path: PathBuf,
    /// The file's text when the board opened it.
    pub original: String,
    pub board: Board,
    pub store: PlanFileStore,
    open: Open,
}

impl Rig {
    /// Carries an effect through the store and its report back to the board, as the event loop
    /// does; returns the effect that is left (anything but a store request).
    pub fn run(&mut self, effect: Effect) -> Effect {
        match effect {
            Effect::Store(request) => {
                let report = self.store.handle(request, self.open.today);
                self.board.apply(Event::Stored(Box::new(report)))
            }
            e => e,
        }
    }

    /// Presses `key`, carrying its request through the store; returns the effect left.
    pub fn press(&mut self, key: KeyEvent) -> Effect {
        let effect = self.board.apply(Event::Key(key));
        self.run(effect)
    }

    /// Types `keys` ([`key`]), each carried through the store before the next; returns the
    /// last key's effect left.
    pub fn type_keys(&mut self, keys: &str) -> Effect {
        let mut last = Effect::None;
        for c in keys.chars() {
            last = self.press(key(c));
        }
        last
    }

    /// Ctrl-r, carried to the store like a typed key.
    pub fn redo(&mut self) -> Effect {
        self.press(KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL))
    }

    /// The file's text now.
    pub fn disk(&self) -> String {
        std::fs::read_to_string(&self.path).unwrap()
    }

    /// The one place the file changed since it was opened ([`super::one_hunk`]).
    pub fn hunk(&self) -> (usize, Vec<String>, Vec<String>) {
        super::one_hunk(&self.original, &self.disk())
    }

    /// (1-based line, before, after) of every changed line; the line count must not change.
    pub fn changed_lines(&self) -> Vec<(usize, String, String)> {
        let now = self.disk();
        let (a, b): (Vec<&str>, Vec<&str>) =
            (self.original.lines().collect(), now.lines().collect());
        assert_eq!(a.len(), b.len(), "lines were added or removed:\n{now}");
        a.iter()
            .zip(&b)
            .enumerate()
            .filter(|(_, (x, y))| x != y)
            .map(|(i, (x, y))| (i + 1, x.to_string(), y.to_string()))
            .collect()
    }

    /// The board closed (its store dropped) and the plan opened again as before, as the next
    /// start finds it; the temp folder goes on with it.
    pub fn reopen(self) -> Rig {
        let Rig {
            dir,
            path,
            board,
            store,
            open,
            ..
        } = self;
        drop(board);
        drop(store);
        let mut rig = open.at(&path);
        rig.dir = dir;
        rig
    }
}
