//! The only code that touches the terminal: set it up (raw mode, alternate screen, mouse),
//! read events into [`AppEvent`]s, carry out [`Effect`]s (requests go to the store's worker
//! thread), redraw, and restore the terminal on quit, panic, SIGTERM, SIGHUP and SIGINT. The
//! board, the portfolio and the presentation mode (`fremdrift present`, or `p` on the board,
//! which also follows the plan file) are each a `Screen` run by one loop (`Term::run`), which
//! alone handles signals, suspending, redrawing and a failing terminal.
//!
//! In raw mode Ctrl-C arrives as a key and quits like `q` (asking about unsaved edits); a real
//! SIGINT (`kill -INT`), SIGTERM or SIGHUP stops the board without asking: unsaved edits are
//! then written to the plan's recovery file (before the process can exit: see [`hangup`]) and
//! the next start offers them; the process then exits with 128 + the signal's number, as a
//! shell expects. A panic restores the terminal (ratatui's hook) and says where to report it.
//!
//! Job control (Unix): Ctrl-Z, which raw mode delivers as a key, and a SIGTSTP from outside
//! both give the terminal back (main screen, line mode, cursor shown), stop the process, and on
//! SIGCONT (`fg`) take the terminal again and redraw it whole.
//!
//! [`hangup`]: super::hangup

use std::io;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyEvent, KeyEventKind,
    KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;

use super::app::{App, Effect, Event as AppEvent, ViewState};
use super::broken::BrokenEffect;
use super::i18n::{Msg, tr};
use super::portfolio::{self, Portfolio};
use super::present::{self, FileState, Presenter};
use super::store::Watcher;
use super::store::{self, Done, Request, Store, Worker};
use super::theme::{Theme, ThemeKind};
use crate::plan::Language;

/// Set to make the board panic after its first frame, so tests can check what a crash does to
/// the terminal and what it prints.
pub const PANIC_FOR_TEST: &str = "FREMDRIFT_PANIC_FOR_TEST";

/// How the board ended.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Ending {
    /// The signal that stopped it (its number), if one did.
    pub signal: Option<i32>,
    /// The terminal failed (a hung-up terminal fails the next draw): what it said.
    pub terminal_error: Option<String>,
    /// Unsaved edits were written to the plan's recovery file.
    pub set_aside: bool,
    /// Edits that are still unsaved (setting them aside failed too), described.
    pub lost: Vec<String>,
}

/// The line printed after a panic, once the terminal is restored, in the board's language.
pub fn crash_note(lang: Language) -> String {
    crate::msg!("board-crash-note", saved = tr(lang, Msg::Saved)).render(lang)
}

/// The exit code for a process stopped by `signal`, as a shell reports it.
pub fn exit_code_for(signal: i32) -> i32 {
    128 + signal
}

/// Runs the board until the user quits or a signal asks it to stop.
pub fn run(app: App, store: Box<dyn Store>) -> io::Result<()> {
    run_to_end(app, store).map(|_| ())
}

/// [`run`], saying how it ended.
pub fn run_to_end(mut app: App, store: Box<dyn Store>) -> io::Result<Ending> {
    // Before the terminal is taken: ratatui's hook then wraps this one (see `note_crashes`).
    note_crashes(app.lang());
    // Who "mine" is, as picked in an earlier session (kept beside the cache, never in a plan).
    app.set_me(crate::file::me::load());
    let mut term = Term::start()?;
    let result = board(&mut term, &mut app, store);
    term.end();
    result
}

/// What the signal handlers tell the loop: a signal that stops the program (SIGTERM, SIGHUP,
/// SIGINT), and a SIGTSTP from outside asking it to suspend.
struct Signals {
    /// The number of the last stopping signal received; 0 for none.
    stop: Arc<AtomicUsize>,
    suspend: Arc<AtomicBool>,
}

impl Signals {
    fn register() -> io::Result<Signals> {
        let signals = Signals {
            stop: Arc::new(AtomicUsize::new(0)),
            suspend: Arc::new(AtomicBool::new(false)),
        };
        #[cfg(unix)]
        let stopping = [
            signal_hook::consts::SIGTERM,
            signal_hook::consts::SIGINT,
            signal_hook::consts::SIGHUP,
        ];
        // Windows: closing the console is watched by the hang-up handler (`hangup::watch`).
        #[cfg(not(unix))]
        let stopping = [signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT];
        for signal in stopping {
            // Signal numbers are small and positive.
            let value = usize::try_from(signal).unwrap_or(1);
            signal_hook::flag::register_usize(signal, Arc::clone(&signals.stop), value)?;
        }
        #[cfg(unix)]
        signal_hook::flag::register(signal_hook::consts::SIGTSTP, Arc::clone(&signals.suspend))?;
        Ok(signals)
    }

    /// The stopping signal received, if any.
    fn stopped(&self) -> Option<i32> {
        match self.stop.load(Ordering::SeqCst) {
            0 => None,
            n => Some(i32::try_from(n).unwrap_or(i32::MAX - 128)),
        }
    }

    /// Whether a SIGTSTP came since the last call.
    fn take_suspend(&self) -> bool {
        self.suspend.swap(false, Ordering::SeqCst)
    }
}

/// Gives the terminal back (line mode, main screen). Unlike `ratatui::restore`, which prints
/// (and so panics, then aborts in the panic hook) when the terminal has hung up, failures are
/// ignored: there is no one to tell.
fn restore() {
    let _ = ratatui::try_restore();
}

/// Drops the terminal after showing the cursor. ratatui's `Terminal` shows it in its `Drop`
/// and prints (so panics, then aborts in the panic hook) if that fails on a hung-up terminal;
/// then it is forgotten instead, moments before the process exits.
fn let_go(mut terminal: ratatui::DefaultTerminal) {
    if terminal.show_cursor().is_err() {
        std::mem::forget(terminal);
    }
}

/// Whether mouse capture is on (the board's), so a resume after a suspend turns it on again.
static MOUSE: AtomicBool = AtomicBool::new(false);

/// Whether `key` is Ctrl-Z, the suspend key of every full-screen program (Unix only: Windows
/// has no job control, and there the key goes to the app as before).
fn is_suspend_key(key: &KeyEvent) -> bool {
    cfg!(unix)
        && key.kind != KeyEventKind::Release
        && key.modifiers.contains(KeyModifiers::CONTROL)
        && matches!(key.code, KeyCode::Char('z' | 'Z'))
}

/// Gives the terminal back, stops the process like the default SIGTSTP action would, and when
/// it is continued (SIGCONT, `fg`) takes the terminal again; the caller must redraw, and its
/// next draw paints every cell.
#[cfg(unix)]
fn suspend(terminal: &mut ratatui::DefaultTerminal) -> io::Result<()> {
    let mouse = release_terminal();
    // SIGSTOP, not SIGTSTP: SIGTSTP is handled here (it only sets a flag), and SIGSTOP cannot be
    // caught or ignored. The call returns once the process is continued.
    let _ = rustix::process::kill_process(rustix::process::getpid(), rustix::process::Signal::STOP);
    reclaim_terminal(terminal, mouse)
}

/// Gives the terminal back to the shell (or a program we start): mouse capture off, cursor
/// shown, raw mode and the alternate screen left. Gives whether the mouse was captured.
fn release_terminal() -> bool {
    let mouse = MOUSE.load(Ordering::SeqCst);
    if mouse {
        let _ = execute!(io::stdout(), DisableMouseCapture);
    }
    let _ = execute!(io::stdout(), ratatui::crossterm::cursor::Show);
    restore();
    mouse
}

/// Takes the terminal again after [`release_terminal`]; the caller's next draw paints every
/// cell.
fn reclaim_terminal(terminal: &mut ratatui::DefaultTerminal, mouse: bool) -> io::Result<()> {
    use ratatui::crossterm::terminal as term;
    term::enable_raw_mode()?;
    execute!(
        io::stdout(),
        term::EnterAlternateScreen,
        term::Clear(term::ClearType::All)
    )?;
    if mouse {
        let _ = execute!(io::stdout(), EnableMouseCapture);
    }
    // The screen is blank now, but ratatui still believes it shows the last frame and would
    // only draw the difference. A blank frame makes it believe the truth (writing blanks over
    // blanks), so the caller's next draw paints every cell. (`Terminal::clear` would do it in
    // one step, but it asks the terminal for the cursor position, which not every terminal
    // answers.)
    terminal.draw(|frame| frame.render_widget(ratatui::widgets::Clear, frame.area()))?;
    Ok(())
}

#[cfg(not(unix))]
fn suspend(_terminal: &mut ratatui::DefaultTerminal) -> io::Result<()> {
    Ok(())
}

/// The user's editor: `$VISUAL`, else `$EDITOR`, else `vi` (Notepad on Windows, which every
/// Windows has and which waits until its window is closed), split into program and arguments
/// at spaces (`code -w`).
pub fn editor_command() -> Vec<String> {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .map(|v| v.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .find(|words| !words.is_empty())
        .unwrap_or_else(|| vec![if cfg!(windows) { "notepad" } else { "vi" }.to_string()])
}

/// Gives the terminal to the user's editor on `path` at `line` (`+LINE FILE`), waits for it,
/// and takes the terminal back; the caller must redraw (every cell is painted again). Gives the
/// editor's name, and an error when it could not be started.
fn run_editor(
    terminal: &mut ratatui::DefaultTerminal,
    path: &std::path::Path,
    line: usize,
) -> (String, io::Result<()>) {
    let command = editor_command();
    let name = command.first().cloned().unwrap_or_default();
    let mouse = release_terminal();
    let mut editor = std::process::Command::new(&name);
    editor.args(&command[1..]);
    if takes_line_argument(&name) {
        editor.arg(format!("+{line}"));
    }
    let ran = editor.arg(path).status().map(|_| ());
    let back = reclaim_terminal(terminal, mouse);
    (name, ran.and(back))
}

/// Whether the editor opens a file at a line given as `+LINE` before it, as vi, Vim, Emacs,
/// nano and micro do. Notepad would read `+12 plan.toml` as one file name.
fn takes_line_argument(program: &str) -> bool {
    let name = std::path::Path::new(program)
        .file_stem()
        .map(|s| s.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    name != "notepad"
}

/// After a panic, says where to report it. ratatui::init wraps the hook set here in one that
/// restores the terminal first, so the note is printed on the normal screen, after Rust's own
/// panic message.
fn note_crashes(lang: Language) {
    // Rendered now: after a panic, the less the hook does the better.
    let note = crash_note(lang);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        previous(info);
        eprintln!("{note}");
    }));
}

/// The terminal while a screen runs in it, with the signal flags: what every screen's loop
/// shares ([`Term::run`]).
struct Term {
    terminal: ratatui::DefaultTerminal,
    signals: Signals,
}

/// What a screen tells the loop after an event or a tick.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flow {
    /// Nothing to show: no redraw.
    Same,
    /// The screen changed: draw it.
    Redraw,
    /// The screen is finished.
    Done,
}

/// Why [`Term::run`] returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    /// The screen said [`Flow::Done`].
    Done,
    /// A stopping signal came (its number).
    Signal(i32),
}

/// A full-screen mode the loop runs: the board, the portfolio or the presenter. A screen may
/// run another one inside it ([`Term::run`] again): the portfolio opens boards, the board opens
/// the presenter.
trait Screen {
    fn draw(&mut self, frame: &mut ratatui::Frame);

    /// Right after a frame reached the terminal.
    fn after_draw(&mut self) {}

    /// Work between terminal events (answers from the save worker, the clock, the file), asked
    /// before each draw and after every event or 100 ms without one.
    fn on_tick(&mut self, _term: &mut Term) -> io::Result<Flow> {
        Ok(Flow::Same)
    }

    /// A terminal event: a key (never Ctrl-Z, which the loop handles), the mouse, a paste. A
    /// resize never comes here: the loop redraws.
    fn on_event(&mut self, event: Event, term: &mut Term) -> io::Result<Flow>;

    /// How long to wait for a terminal event before the next tick.
    fn wait(&self) -> Duration {
        WAIT
    }
}

/// How long the loop waits for a terminal event before the next tick, by default.
const WAIT: Duration = Duration::from_millis(100);

impl Term {
    /// Registers the signal handlers and takes the terminal (raw mode, alternate screen).
    fn start() -> io::Result<Term> {
        let signals = Signals::register()?;
        Ok(Term {
            terminal: ratatui::init(),
            signals,
        })
    }

    /// Gives the terminal back.
    fn end(self) {
        restore();
        let_go(self.terminal);
    }

    /// The one loop: stop on a signal, suspend on Ctrl-Z or SIGTSTP, draw when the screen
    /// changed, and pass terminal events on. Returns when the screen is done or a signal came;
    /// a terminal that fails (a hung-up terminal fails the next draw) is an `Err`.
    fn run(&mut self, screen: &mut impl Screen) -> io::Result<Stop> {
        let mut dirty = true;
        loop {
            if let Some(s) = self.signals.stopped() {
                return Ok(Stop::Signal(s));
            }
            match screen.on_tick(self)? {
                Flow::Done => return Ok(Stop::Done),
                Flow::Redraw => dirty = true,
                Flow::Same => {}
            }
            if dirty {
                self.terminal.draw(|frame| screen.draw(frame))?;
                dirty = false;
                screen.after_draw();
                // Parse cache entries wait for the first frame (a no-op after it).
                crate::file::cache::release_writes();
            }
            if self.signals.take_suspend() {
                suspend(&mut self.terminal)?;
                dirty = true;
                continue;
            }
            if !event::poll(screen.wait())? {
                continue;
            }
            let flow = match event::read()? {
                Event::Key(key) if is_suspend_key(&key) => {
                    suspend(&mut self.terminal)?;
                    Flow::Redraw
                }
                Event::Resize(..) => Flow::Redraw,
                event => screen.on_event(event, self)?,
            };
            match flow {
                Flow::Done => return Ok(Stop::Done),
                Flow::Redraw => dirty = true,
                Flow::Same => {}
            }
        }
    }
}

/// What the thread reading a folder's plans sends the portfolio: each plan as it is read
/// ([`portfolio::Event::Arrived`]), then the watcher that follows the folder from then on.
#[derive(Debug)]
pub enum Arrival {
    Plan(Box<portfolio::Entry>),
    Done(crate::file::watch::FolderWatcher),
}

/// Runs the portfolio of a folder (`fremdrift DIR`), drawn at once: its plans come through
/// `arrivals` as they are read (a portfolio made with [`Portfolio::loading`] fills in; one
/// whose plans are all read gets only [`Arrival::Done`]). Enter on a plan asks `open` for its
/// board (`Err` says why it cannot be opened, shown in its row); when the board quits, the plan
/// is read again from disk and the portfolio comes back. Returns how each board ended, in
/// order, and whether a signal stopped it.
pub fn run_portfolio(
    portfolio: Portfolio,
    arrivals: std::sync::mpsc::Receiver<Arrival>,
    open: impl FnMut(&std::path::Path) -> Result<(App, Box<dyn Store>), String>,
) -> io::Result<PortfolioEnding> {
    // Before the terminal is taken: ratatui's hook then wraps this one (see `note_crashes`).
    note_crashes(portfolio.lang);
    let mut term = Term::start()?;
    super::hangup::watch(|| {});
    let mut screen = PortfolioScreen {
        portfolio,
        view: portfolio::ViewState::default(),
        open,
        ending: PortfolioEnding::default(),
        watcher: None,
        arrivals: Some(arrivals),
        arrived: Vec::new(),
        last_arrivals: Instant::now(),
        last_poll: Instant::now(),
    };
    let result = term.run(&mut screen);
    term.end();
    let mut ending = screen.ending;
    ending.lang = Some(screen.portfolio.lang);
    if let Stop::Signal(s) = result? {
        ending.signal = Some(s);
    }
    Ok(ending)
}

/// How the portfolio ended: each board opened from it, in order, and the signal that stopped
/// it (in a board or in the portfolio itself), if one did.
#[derive(Debug, Clone, Default)]
pub struct PortfolioEnding {
    pub endings: Vec<(PathBuf, Ending)>,
    pub signal: Option<i32>,
    /// Every plan was read and none loads: the entries, with why (the caller says it).
    pub none_loaded: Vec<portfolio::Entry>,
    /// The language the portfolio spoke at the end.
    pub lang: Option<Language>,
}

/// The portfolio on screen, opening boards through `open`.
struct PortfolioScreen<F> {
    portfolio: Portfolio,
    view: portfolio::ViewState,
    open: F,
    ending: PortfolioEnding,
    /// The folder's plans, read again every [`POLL_FILE`] as the presenter reads its plan;
    /// from when they have all been read once.
    watcher: Option<crate::file::watch::FolderWatcher>,
    /// The plans still being read, and then the watcher.
    arrivals: Option<std::sync::mpsc::Receiver<Arrival>>,
    /// Plans read and not yet handed to the portfolio, and when it was last handed some.
    arrived: Vec<portfolio::Entry>,
    last_arrivals: Instant,
    last_poll: Instant,
}

/// While a folder's plans arrive, the portfolio takes them in at most this often (the first
/// and the last at once).
const ARRIVALS_EVERY: Duration = Duration::from_millis(100);

impl<F> PortfolioScreen<F> {
    /// Takes in the plans read since the last look, at most every [`ARRIVALS_EVERY`] until
    /// the last has come (each time the views are derived again over every plan so far, which
    /// for a big folder costs more than reading a plan). `Done` when every plan is read and
    /// none loads.
    fn take_arrivals(&mut self) -> Flow {
        let Some(arrivals) = &self.arrivals else {
            return Flow::Same;
        };
        loop {
            match arrivals.try_recv() {
                Ok(Arrival::Plan(entry)) => self.arrived.push(*entry),
                Ok(Arrival::Done(watcher)) => {
                    self.watcher = Some(watcher);
                    self.last_poll = Instant::now();
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => break,
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    self.arrivals = None;
                    break;
                }
            }
        }
        let last = self
            .portfolio
            .loading
            .is_some_and(|(read, total)| read + self.arrived.len() >= total);
        let first = self.portfolio.loading.is_some_and(|(read, _)| read == 0);
        if self.arrived.is_empty()
            || !(first || last || self.last_arrivals.elapsed() >= ARRIVALS_EVERY)
        {
            return Flow::Same;
        }
        self.last_arrivals = Instant::now();
        let plans = std::mem::take(&mut self.arrived);
        if self
            .portfolio
            .apply(portfolio::Event::Arrived(plans), &self.view)
            == portfolio::Effect::Quit
        {
            self.ending.none_loaded = self.portfolio.entries.clone();
            return Flow::Done;
        }
        Flow::Redraw
    }
}

impl<F> Screen for PortfolioScreen<F>
where
    F: FnMut(&std::path::Path) -> Result<(App, Box<dyn Store>), String>,
{
    fn draw(&mut self, frame: &mut ratatui::Frame) {
        frame.render_stateful_widget(&self.portfolio, frame.area(), &mut self.view);
    }

    fn on_tick(&mut self, _term: &mut Term) -> io::Result<Flow> {
        let arrived = self.take_arrivals();
        if arrived == Flow::Done {
            return Ok(Flow::Done);
        }
        let Some(watcher) = &mut self.watcher else {
            return Ok(arrived);
        };
        if self.last_poll.elapsed() < POLL_FILE {
            return Ok(arrived);
        }
        self.last_poll = Instant::now();
        let changes = watcher.poll();
        if changes.is_empty() {
            return Ok(arrived);
        }
        self.portfolio.files_changed(changes);
        Ok(Flow::Redraw)
    }

    fn wait(&self) -> Duration {
        // While plans arrive, take them in promptly.
        if self.arrivals.is_some() && self.watcher.is_none() {
            Duration::from_millis(10)
        } else {
            WAIT
        }
    }

    fn on_event(&mut self, event: Event, term: &mut Term) -> io::Result<Flow> {
        let Event::Key(key) = event else {
            return Ok(Flow::Same);
        };
        match self.portfolio.apply(portfolio::Event::Key(key), &self.view) {
            portfolio::Effect::None => {}
            portfolio::Effect::Quit => return Ok(Flow::Done),
            portfolio::Effect::ReloadAll => {
                // Before every plan has been read once, they are being read anyway.
                if let Some(watcher) = &mut self.watcher {
                    watcher.forget();
                    self.portfolio.files_changed(watcher.poll());
                    self.last_poll = Instant::now();
                }
            }
            portfolio::Effect::Open(path) => {
                match (self.open)(&path) {
                    Ok((mut app, store)) => {
                        let ending = board(term, &mut app, store)?;
                        let stopped_by = ending.signal;
                        let broken = ending.terminal_error.is_some();
                        self.ending.endings.push((path.clone(), ending));
                        if stopped_by.is_some() || broken {
                            self.ending.signal = stopped_by;
                            return Ok(Flow::Done);
                        }
                    }
                    Err(why) => self.portfolio.message = Some(why),
                }
                self.portfolio.reload(&path, crate::file::load(&path));
            }
        }
        Ok(Flow::Redraw)
    }
}

/// The board in a terminal already set up: mouse capture on for its time.
fn board(term: &mut Term, app: &mut App, store: Box<dyn Store>) -> io::Result<Ending> {
    let _ = execute!(io::stdout(), EnableMouseCapture);
    MOUSE.store(true, Ordering::SeqCst);
    let result = board_to_end(term, app, store);
    MOUSE.store(false, Ordering::SeqCst);
    let _ = execute!(io::stdout(), DisableMouseCapture);
    result
}

/// Runs the board with its save worker, then ends it: when a signal or a broken terminal
/// stopped it, unsaved edits are set aside under the ending gate before the worker finishes.
fn board_to_end(term: &mut Term, app: &mut App, store: Box<dyn Store>) -> io::Result<Ending> {
    let set_asides = Arc::new(SetAsides::default());
    let store = Box::new(Counting {
        inner: store,
        set_asides: Arc::clone(&set_asides),
    });
    let worker = store::spawn(store, app.today());
    // The watchdog's way to the worker is cleared before the worker is dropped (locals drop in
    // reverse order), or its sender would keep the worker's channel open and the join hang.
    let requester = RequesterGuard(Arc::new(Mutex::new(worker.requester())));
    let to_worker = Arc::clone(&requester.0);
    super::hangup::watch(move || {
        // Runs under the ending gate, so the process exits only after this returns: ask for the
        // set-aside (behind any saves already asked for) and wait until the worker has done it.
        let before = set_asides.count();
        let sender = to_worker.lock().ok().and_then(|g| g.clone());
        let sent = sender.is_some_and(|r| r.send(Request::SetAside));
        if sent {
            set_asides.wait_past(before, super::hangup::SET_ASIDE_LIMIT);
        }
    });
    let mut screen = Board {
        app,
        // Scroll and click targets, kept by drawing beside the app.
        view: ViewState::default(),
        worker: &worker,
        in_flight: 0,
        panic_for_test: std::env::var_os(PANIC_FOR_TEST).is_some(),
        drawn: false,
        begun: false,
        last_tick: Instant::now(),
    };
    // A terminal error (a hung-up terminal fails the next draw) ends the loop like a signal:
    // the edits are set aside below before the error is passed on, never skipped by a `?`.
    let (mut signal, terminal_error) = match term.run(&mut screen) {
        Ok(Stop::Done) => (None, None),
        Ok(Stop::Signal(s)) => (Some(s), None),
        Err(e) => (term.signals.stopped(), Some(e)),
    };
    // Stopped by a signal or a broken terminal: no one to ask, so unsaved edits go to the
    // recovery file for the next start. The ending gate is held from here until the worker has
    // finished, so neither the hang-up watchdog nor the binary's exit ends the process in
    // between.
    let unattended = signal.is_some() || terminal_error.is_some();
    let _gate = unattended.then(super::hangup::ending);
    screen.drain();
    if terminal_error.is_some() {
        // A SIGHUP may have come while the draw failed.
        signal = signal.or_else(|| term.signals.stopped());
    }
    let mut ending = Ending {
        signal,
        terminal_error: terminal_error.map(|e| crate::file::io_message(&e)),
        ..Ending::default()
    };
    if unattended && !screen.app.unsaved().is_empty() {
        // The watchdog sends its own set-aside only while it holds the gate, and exits right
        // after, so every report from here on answers a request of this loop.
        screen.send(Request::SetAside);
        while screen.in_flight > 0 {
            let Ok(report) = worker.reports.recv() else {
                break;
            };
            screen.in_flight -= 1;
            if let (Request::SetAside, Ok((Done::SetAside, _))) = (&report.request, &report.result)
            {
                ending.set_aside = true;
            }
            screen.take_report(report);
        }
    }
    ending.lost = screen
        .app
        .unsaved()
        .iter()
        .map(|u| u.describe(screen.app.lang()))
        .collect();
    // The worker finishes (and its store lets go of the plan's presence) before the gate opens.
    drop(screen);
    drop(requester);
    drop(worker);
    Ok(ending)
}

/// The board on screen: the app, what drawing keeps beside it, and its save worker.
struct Board<'a> {
    app: &'a mut App,
    view: ViewState,
    worker: &'a Worker,
    /// Requests sent to the worker and not yet answered.
    in_flight: usize,
    /// Panic after the first frame ([`PANIC_FOR_TEST`]).
    panic_for_test: bool,
    drawn: bool,
    /// Whether the store was told the first frame is drawn ([`Worker::begin`]).
    begun: bool,
    /// When the app was last told a second passed.
    last_tick: Instant,
}

impl Board<'_> {
    fn send(&mut self, request: Request) {
        if self.worker.send(request) {
            self.in_flight += 1;
        }
    }

    /// Applies a report (with the unsaved edits after it); returns what the app asks for then.
    fn take_report(&mut self, report: store::Report) -> Effect {
        self.app
            .apply(AppEvent::Stored(Box::new(report)), &mut self.view)
    }

    /// Waits for every request already sent, applying the reports.
    fn drain(&mut self) {
        while self.in_flight > 0 {
            let Ok(report) = self.worker.reports.recv() else {
                break;
            };
            self.in_flight -= 1;
            self.take_report(report);
        }
    }

    /// Carries out what the app asked for; quitting waits for the saves already asked for.
    fn carry_out(&mut self, effects: Vec<Effect>, term: &mut Term) -> io::Result<Flow> {
        let mut quit = false;
        for effect in effects {
            match effect {
                Effect::None => {}
                Effect::Quit => quit = true,
                Effect::Present => {
                    let mut screen = PresentScreen::new(
                        presenter_for(self.app),
                        // The first poll reads the file as it is now, which may be newer than
                        // the board's copy; the presenter shows the file.
                        Watcher::new(PathBuf::from(self.app.path())),
                    );
                    // A signal in the presenter stops the board too: the loop sees it next.
                    if term.run(&mut screen)? == Stop::Done && screen.ended == present::Effect::Quit
                    {
                        quit = true;
                    }
                }
                Effect::Store(request) => self.send(request),
                Effect::Editor { line } => {
                    // Our saves land first, so the editor opens the file with them in it;
                    // edits that could not be saved stay unsaved on the board.
                    self.drain();
                    let path = PathBuf::from(self.app.path());
                    let (editor, result) = run_editor(&mut term.terminal, &path, line);
                    match result {
                        Ok(()) => self.send(Request::Reload),
                        Err(e) => {
                            let error = crate::file::io_reason(&e).render(self.app.lang());
                            self.app.notify(
                                crate::tui::app::MessageKind::Error,
                                crate::msg!(
                                    "broken-editor-failed",
                                    editor = editor.as_str(),
                                    error = error
                                )
                                .render(self.app.lang()),
                            );
                        }
                    }
                }
                Effect::Copy(text) => {
                    // Best effort: a terminal without OSC 52 ignores it; a failed write is the
                    // terminal's problem, which the next draw meets anyway.
                    use std::io::Write;
                    let mut out = io::stdout().lock();
                    let _ = out.write_all(osc52(&text).as_bytes());
                    let _ = out.flush();
                }
                // A preference, not the plan: if it cannot be kept, it lasts this session.
                Effect::RememberMe(me) => {
                    let _ = crate::file::me::save(me.as_deref());
                }
            }
        }
        if quit {
            // Saves already asked for finish first; if any of them failed, ask about it.
            self.drain();
            if self.app.unsaved().is_empty() {
                return Ok(Flow::Done);
            }
            self.app.ask_unsaved();
        }
        Ok(Flow::Redraw)
    }
}

impl Screen for Board<'_> {
    fn draw(&mut self, frame: &mut ratatui::Frame) {
        frame.render_stateful_widget(&*self.app, frame.area(), &mut self.view);
        self.drawn = true;
    }

    fn after_draw(&mut self) {
        // What the store does at start (the plan's editor presence, a synced file) waits for
        // the first frame; it still comes before any request the board sends from now on.
        if !self.begun {
            self.begun = true;
            let app = &*self.app;
            self.worker.begin(|| store::Drawn {
                plan: app.plan().clone(),
                text: app.text().to_string(),
                diagnostics: app.diagnostics().to_vec(),
            });
        }
    }

    /// Takes the worker's answers in.
    fn on_tick(&mut self, term: &mut Term) -> io::Result<Flow> {
        #[allow(clippy::panic, reason = "the crash tests ask for a panic")]
        if self.panic_for_test && self.drawn {
            panic!("{PANIC_FOR_TEST} is set");
        }
        let mut effects = Vec::new();
        let mut warned = false;
        if let Ok(editors) = self.worker.editors.try_recv() {
            warned = self.app.also_editing(editors);
        }
        while let Ok(report) = self.worker.reports.try_recv() {
            self.in_flight = self.in_flight.saturating_sub(1);
            effects.push(self.take_report(report));
        }
        let mut faded = false;
        if self.last_tick.elapsed() >= Duration::from_secs(1) {
            self.last_tick = Instant::now();
            let before = self.app.message().is_some();
            self.app.apply(AppEvent::Tick, &mut self.view);
            faded = before && self.app.message().is_none();
        }
        if effects.is_empty() {
            return Ok(if faded || warned {
                Flow::Redraw
            } else {
                Flow::Same
            });
        }
        self.carry_out(effects, term)
    }

    fn on_event(&mut self, event: Event, term: &mut Term) -> io::Result<Flow> {
        let event = match event {
            Event::Key(key) => AppEvent::Key(key),
            Event::Mouse(m) => match m.kind {
                MouseEventKind::Down(MouseButton::Left) => AppEvent::Click {
                    column: m.column,
                    row: m.row,
                },
                MouseEventKind::ScrollUp => AppEvent::ScrollUp,
                MouseEventKind::ScrollDown => AppEvent::ScrollDown,
                _ => return Ok(Flow::Same),
            },
            _ => return Ok(Flow::Same),
        };
        let effect = self.app.apply(event, &mut self.view);
        self.carry_out(vec![effect], term)
    }
}

/// How many set-asides the worker has finished, for the hang-up watchdog to wait on.
#[derive(Default)]
struct SetAsides {
    done: Mutex<u64>,
    changed: Condvar,
}

impl SetAsides {
    fn count(&self) -> u64 {
        *self.done.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits until more than `before` set-asides are done, at most `limit`.
    fn wait_past(&self, before: u64, limit: Duration) {
        let deadline = Instant::now() + limit;
        let mut done = self.done.lock().unwrap_or_else(|e| e.into_inner());
        while *done <= before {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return;
            }
            done = match self.changed.wait_timeout(done, left) {
                Ok((guard, _)) => guard,
                Err(e) => e.into_inner().0,
            };
        }
    }
}

/// The board's store, counting finished set-asides (on the worker thread, before the report
/// is sent).
struct Counting {
    inner: Box<dyn Store>,
    set_asides: Arc<SetAsides>,
}

impl Store for Counting {
    fn handle(&mut self, request: Request, today: chrono::NaiveDate) -> store::Report {
        let set_aside = request == Request::SetAside;
        let report = self.inner.handle(request, today);
        if set_aside {
            *self
                .set_asides
                .done
                .lock()
                .unwrap_or_else(|e| e.into_inner()) += 1;
            self.set_asides.changed.notify_all();
        }
        report
    }

    fn needs_plan(&self) -> bool {
        self.inner.needs_plan()
    }

    fn begin(&mut self, drawn: Option<store::Drawn>) -> Vec<String> {
        self.inner.begin(drawn)
    }
}

/// Clears the hang-up watchdog's sender when the event loop ends.
struct RequesterGuard(Arc<Mutex<Option<store::Requester>>>);

impl Drop for RequesterGuard {
    fn drop(&mut self) {
        if let Ok(mut g) = self.0.lock() {
            *g = None;
        }
    }
}

/// Runs the presentation mode on its own (`fremdrift present PLAN`); returns the signal that
/// stopped it, if one did.
pub fn run_present(presenter: Presenter, watcher: Watcher) -> io::Result<Option<i32>> {
    let mut term = Term::start()?;
    super::hangup::watch(|| {});
    let result = term.run(&mut PresentScreen::new(presenter, watcher));
    let stopped = term.signals.stopped();
    term.end();
    result.map(|_| stopped)
}

/// The presenter for the board's plan, read-only, in the high-contrast theme.
fn presenter_for(app: &App) -> Presenter {
    Presenter::new(
        app.plan().clone(),
        app.diagnostics().to_vec(),
        app.text().to_string(),
        present::Options {
            today: app.today(),
            lang: app.lang(),
            theme: Theme::new(ThemeKind::HighContrast, app.theme().color),
            meeting: None,
            cycle: None,
            path: app.path().to_string(),
            from_board: true,
        },
    )
    // The changes since the last meeting come from the plan's git history, as for `present`.
    .with_file(PathBuf::from(app.path()))
}

/// How often the file is read again; with drawing, the screen follows a save within a second.
const POLL_FILE: Duration = Duration::from_millis(500);

/// The presenter on screen: keys, a one-second tick and the file watcher into it.
struct PresentScreen {
    presenter: Presenter,
    watcher: Watcher,
    last_poll: Instant,
    last_tick: Instant,
    /// How it ended: [`present::Effect::Quit`], or `Back` to the board.
    ended: present::Effect,
}

impl PresentScreen {
    fn new(presenter: Presenter, watcher: Watcher) -> PresentScreen {
        PresentScreen {
            presenter,
            watcher,
            last_poll: Instant::now() - POLL_FILE,
            last_tick: Instant::now(),
            ended: present::Effect::None,
        }
    }
}

impl Screen for PresentScreen {
    fn draw(&mut self, frame: &mut ratatui::Frame) {
        frame.render_widget(&self.presenter, frame.area());
    }

    fn on_tick(&mut self, _term: &mut Term) -> io::Result<Flow> {
        let mut flow = Flow::Same;
        if self.last_poll.elapsed() >= POLL_FILE {
            self.last_poll = Instant::now();
            if let Some(result) = self.watcher.poll() {
                self.presenter.apply(present::Event::FileChanged {
                    state: FileState::from_load(result, self.presenter.lang),
                    at: chrono::Local::now().time(),
                });
                flow = Flow::Redraw;
            }
        }
        while self.last_tick.elapsed() >= Duration::from_secs(1) {
            self.last_tick += Duration::from_secs(1);
            self.presenter.apply(present::Event::Tick);
            flow = Flow::Redraw;
        }
        Ok(flow)
    }

    fn on_event(&mut self, event: Event, _term: &mut Term) -> io::Result<Flow> {
        let Event::Key(key) = event else {
            return Ok(Flow::Same);
        };
        match self.presenter.apply(present::Event::Key(key)) {
            present::Effect::None => Ok(Flow::Redraw),
            effect => {
                self.ended = effect;
                Ok(Flow::Done)
            }
        }
    }
}

/// The OSC 52 sequence that puts `text` on the clipboard ("c"): the terminal (or, over SSH, the
/// terminal at the other end) does the copying. The text travels base64-encoded, so no byte of
/// it can act as a control sequence.
pub fn osc52(text: &str) -> String {
    let mut out = String::new();
    // Writing into a String cannot fail.
    let _ = crossterm::Command::write_ansi(
        &crossterm::clipboard::CopyToClipboard::to_clipboard_from(text),
        &mut out,
    );
    out
}

/// How the error screen of an unreadable plan ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrokenEnd {
    /// The user quit.
    Quit,
    /// The file can be read now: open the board.
    Readable,
    /// A stopping signal came (its number).
    Signal(i32),
}

/// Runs the error screen of a plan whose TOML cannot be read (`loaded`, from `path`) until the
/// file can be read (it follows the file: a fix made anywhere opens the board), or the user
/// quits. `E` opens the editor at the error's line and reads the file again afterwards.
pub fn run_broken(
    broken: super::broken::Broken,
    path: &std::path::Path,
    loaded: &crate::file::Loaded,
) -> io::Result<BrokenEnd> {
    // (No crash note of its own: the board that follows adds it, and two would print twice.)
    let mut term = Term::start()?;
    // Nothing to set aside here: a hung-up terminal only ends the process.
    super::hangup::watch(|| {});
    let mut screen = BrokenScreen {
        broken,
        watcher: Watcher::after(path.to_path_buf(), loaded),
        path: path.to_path_buf(),
        last_poll: Instant::now(),
        readable: false,
    };
    let result = term.run(&mut screen);
    term.end();
    Ok(match result? {
        Stop::Signal(s) => BrokenEnd::Signal(s),
        Stop::Done if screen.readable => BrokenEnd::Readable,
        Stop::Done => BrokenEnd::Quit,
    })
}

struct BrokenScreen {
    broken: super::broken::Broken,
    watcher: Watcher,
    path: PathBuf,
    last_poll: Instant,
    /// The file can be read now.
    readable: bool,
}

impl BrokenScreen {
    /// Reads the file again (`forced`: say so even when it did not change). Done when it can
    /// be read.
    fn look(&mut self, forced: bool) -> Flow {
        if forced {
            self.watcher.forget();
        }
        let Some(result) = self.watcher.poll() else {
            return Flow::Same;
        };
        let lang = self.broken.lang();
        match result {
            Ok(loaded) if loaded.parsed.usable().is_some() => {
                self.readable = true;
                Flow::Done
            }
            Ok(loaded) => {
                let at = chrono::Local::now().format("%H:%M:%S").to_string();
                self.broken
                    .still_broken(&loaded.source.text, &loaded.parsed.diagnostics, &at);
                Flow::Redraw
            }
            Err(e) => {
                self.broken.note(e.message().render(lang));
                Flow::Redraw
            }
        }
    }
}

impl Screen for BrokenScreen {
    fn draw(&mut self, frame: &mut ratatui::Frame) {
        frame.render_widget(&self.broken, frame.area());
    }

    fn on_tick(&mut self, _term: &mut Term) -> io::Result<Flow> {
        if self.last_poll.elapsed() < POLL_FILE {
            return Ok(Flow::Same);
        }
        self.last_poll = Instant::now();
        Ok(self.look(false))
    }

    fn on_event(&mut self, event: Event, term: &mut Term) -> io::Result<Flow> {
        let Event::Key(key) = event else {
            return Ok(Flow::Same);
        };
        Ok(match self.broken.key(&key) {
            BrokenEffect::None => Flow::Same,
            BrokenEffect::Quit => Flow::Done,
            BrokenEffect::Reload => self.look(true),
            BrokenEffect::Editor { line } => {
                let (editor, result) = run_editor(&mut term.terminal, &self.path, line);
                match result {
                    Err(e) => {
                        let lang = self.broken.lang();
                        self.broken.note(
                            crate::msg!(
                                "broken-editor-failed",
                                editor = editor.as_str(),
                                error = crate::file::io_reason(&e)
                            )
                            .render(lang),
                        );
                        Flow::Redraw
                    }
                    Ok(()) => match self.look(true) {
                        Flow::Done => Flow::Done,
                        _ => Flow::Redraw,
                    },
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notepad_is_given_the_file_alone_other_editors_the_line_too() {
        for notepad in ["notepad", "NOTEPAD.EXE", r"C:\Windows\notepad.exe"] {
            // The Windows path is one file name on Unix; its stem still ends in notepad.exe.
            let stem_is_notepad = cfg!(windows) || !notepad.contains('\\');
            assert_eq!(takes_line_argument(notepad), !stem_is_notepad, "{notepad}");
        }
        for editor in ["vi", "/usr/bin/vim", "nano", "emacs", "hx"] {
            assert!(takes_line_argument(editor), "{editor}");
        }
    }
}
