//! The only code that touches the terminal: set it up (raw mode, alternate screen, mouse),
//! read events into [`AppEvent`]s, carry out [`Effect`]s (requests go to the store's worker
//! thread), redraw, and restore the terminal on quit, panic, SIGTERM, SIGHUP and SIGINT. The
//! presentation mode (`fremdrift present`, or `p` on the board) has its own small loop here,
//! which also follows the plan file.
//!
//! In raw mode Ctrl-C arrives as a key and quits like `q` (asking about unsaved edits); a real
//! SIGINT (`kill -INT`), SIGTERM or SIGHUP stops the board without asking: unsaved edits are
//! then written to the plan's recovery file and the next start offers them. A panic restores
//! the terminal (ratatui's hook) and says where to report it.

use std::io;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;

use super::app::{App, Effect, Event as AppEvent, ViewState};
use super::portfolio::{self, Portfolio};
use super::present::{self, FileState, Presenter};
use super::store::{self, Done, Request, Store, Worker};
use super::theme::{Theme, ThemeKind};
use crate::file::watch::Watcher;

/// Set to make the board panic after its first frame, so tests can check what a crash does to
/// the terminal and what it prints.
pub const PANIC_FOR_TEST: &str = "FREMDRIFT_PANIC_FOR_TEST";

/// How the board ended.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Ending {
    /// A signal stopped it.
    pub signalled: bool,
    /// Unsaved edits were written to the plan's recovery file.
    pub set_aside: bool,
    /// Edits that are still unsaved (setting them aside failed too), described.
    pub lost: Vec<String>,
}

/// The line printed after a panic, once the terminal is restored.
pub fn crash_note() -> String {
    "fremdrift crashed: this is a bug. Please report it at the project's issue tracker (see \
     README), with the plan file if you can share it. Your edits up to the last \"Saved\" \
     (\"Lagret\") are in the file; unsaved ones may be in its .fremdrift-recovery file."
        .to_string()
}

/// Runs the board until the user quits or a signal asks it to stop.
pub fn run(app: App, store: Box<dyn Store>) -> io::Result<()> {
    run_to_end(app, store).map(|_| ())
}

/// [`run`], saying how it ended.
pub fn run_to_end(mut app: App, store: Box<dyn Store>) -> io::Result<Ending> {
    let stop = stop_on_signals()?;
    note_crashes();
    let mut terminal = ratatui::init();
    let result = board(&mut terminal, &mut app, store, &stop);
    ratatui::restore();
    result
}

/// A flag that SIGTERM, SIGHUP and SIGINT set.
fn stop_on_signals() -> io::Result<Arc<AtomicBool>> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    Ok(stop)
}

/// After a panic, says where to report it. ratatui::init wraps the hook set here in one that
/// restores the terminal first, so the note is printed on the normal screen, after Rust's own
/// panic message.
fn note_crashes() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        previous(info);
        eprintln!("{}", crash_note());
    }));
}

/// The board in a terminal already set up: mouse capture on for its time.
fn board(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    store: Box<dyn Store>,
    stop: &AtomicBool,
) -> io::Result<Ending> {
    let _ = execute!(io::stdout(), EnableMouseCapture);
    let result = event_loop(terminal, app, store, stop);
    let _ = execute!(io::stdout(), DisableMouseCapture);
    result
}

/// Runs the portfolio of a folder (`fremdrift DIR`). Enter on a plan asks `open` for its board
/// (`Err` says why it cannot be opened, shown in its row); when the board quits, the plan is
/// read again from disk and the portfolio comes back. Returns how each board ended, in order.
pub fn run_portfolio(
    mut portfolio: Portfolio,
    mut open: impl FnMut(&std::path::Path) -> Result<(App, Box<dyn Store>), String>,
) -> io::Result<Vec<(PathBuf, Ending)>> {
    let stop = stop_on_signals()?;
    note_crashes();
    let mut terminal = ratatui::init();
    super::hangup::watch(|| {});
    let mut endings = Vec::new();
    let result = (|| {
        let mut view = portfolio::ViewState::default();
        let mut dirty = true;
        loop {
            if dirty {
                terminal.draw(|frame| {
                    frame.render_stateful_widget(&portfolio, frame.area(), &mut view)
                })?;
                dirty = false;
            }
            if stop.load(Ordering::Relaxed) {
                return Ok(());
            }
            if !event::poll(Duration::from_millis(100))? {
                continue;
            }
            let effect = match event::read()? {
                Event::Key(key) => portfolio.apply(portfolio::Event::Key(key), &view),
                Event::Resize(..) => portfolio::Effect::None,
                _ => continue,
            };
            dirty = true;
            match effect {
                portfolio::Effect::None => {}
                portfolio::Effect::Quit => return Ok(()),
                portfolio::Effect::Open(path) => {
                    match open(&path) {
                        Ok((mut app, store)) => {
                            let ending = board(&mut terminal, &mut app, store, &stop)?;
                            let signalled = ending.signalled;
                            endings.push((path.clone(), ending));
                            if signalled {
                                return Ok(());
                            }
                        }
                        Err(why) => portfolio.message = Some(why),
                    }
                    portfolio.reload(&path, crate::file::load(&path));
                }
            }
        }
    })();
    ratatui::restore();
    result.map(|()| endings)
}

/// Applies a report and the store's unsaved edits after it; returns the effect of the latter.
fn take_report(
    app: &mut App,
    view: &mut ViewState,
    worker: &Worker,
    report: store::Report,
) -> Effect {
    app.apply(AppEvent::Stored(Box::new(report)), view);
    app.apply(AppEvent::Unsaved(worker.unsaved()), view)
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    store: Box<dyn Store>,
    stop: &AtomicBool,
) -> io::Result<Ending> {
    let worker = store::spawn(store, app.today());
    // The watchdog's way to the worker is cleared before the worker is dropped (locals drop in
    // reverse order), or its sender would keep the worker's channel open and the join hang.
    let requester = RequesterGuard(Arc::new(Mutex::new(worker.requester())));
    let to_worker = Arc::clone(&requester.0);
    super::hangup::watch(move || {
        if let Some(r) = to_worker.lock().ok().and_then(|g| g.clone()) {
            let _ = r.send(Request::SetAside);
        }
    });
    let panic_for_test = std::env::var_os(PANIC_FOR_TEST).is_some();
    // Scroll and click targets, kept by drawing beside the app.
    let mut view = ViewState::default();
    let mut in_flight = 0usize;
    let mut dirty = true;
    let mut signalled = false;
    loop {
        if dirty {
            terminal.draw(|frame| frame.render_stateful_widget(&*app, frame.area(), &mut view))?;
            dirty = false;
            #[allow(clippy::panic, reason = "the crash tests ask for a panic")]
            if panic_for_test {
                panic!("{PANIC_FOR_TEST} is set");
            }
        }
        if stop.load(Ordering::Relaxed) {
            signalled = true;
            break;
        }
        let mut effects = Vec::new();
        while let Ok(report) = worker.reports.try_recv() {
            in_flight = in_flight.saturating_sub(1);
            effects.push(take_report(app, &mut view, &worker, report));
            dirty = true;
        }
        if effects.is_empty() {
            if !event::poll(Duration::from_millis(100))? {
                continue;
            }
            let event = match event::read()? {
                Event::Key(key) => AppEvent::Key(key),
                Event::Mouse(m) => match m.kind {
                    MouseEventKind::Down(MouseButton::Left) => AppEvent::Click {
                        column: m.column,
                        row: m.row,
                    },
                    MouseEventKind::ScrollUp => AppEvent::ScrollUp,
                    MouseEventKind::ScrollDown => AppEvent::ScrollDown,
                    _ => continue,
                },
                Event::Resize(..) => {
                    dirty = true;
                    continue;
                }
                _ => continue,
            };
            dirty = true;
            effects.push(app.apply(event, &mut view));
        }
        let mut quit = false;
        for effect in effects {
            match effect {
                Effect::None => {}
                Effect::Quit => quit = true,
                Effect::Present => {
                    let mut presenter = presenter_for(app);
                    let mut watcher = Watcher::new(PathBuf::from(app.path()));
                    // The first poll reads the file as it is now, which may be newer than the
                    // board's copy; the presenter shows the file.
                    if present_loop(terminal, &mut presenter, &mut watcher, stop)?
                        == present::Effect::Quit
                    {
                        quit = true;
                    }
                    dirty = true;
                }
                Effect::Store(request) => {
                    if worker.send(request) {
                        in_flight += 1;
                    }
                }
            }
        }
        if quit {
            // Saves already asked for finish first; if any of them failed, ask about it.
            drain(app, &mut view, &worker, &mut in_flight);
            if app.unsaved().is_empty() {
                break;
            }
            app.ask_unsaved();
            dirty = true;
        }
    }
    drain(app, &mut view, &worker, &mut in_flight);
    let mut ending = Ending {
        signalled,
        ..Ending::default()
    };
    if signalled && !app.unsaved().is_empty() {
        // No one to ask: set the edits aside for the next start.
        if worker.send(Request::SetAside) {
            in_flight += 1;
        }
        while in_flight > 0 {
            let Ok(report) = worker.reports.recv() else {
                break;
            };
            in_flight -= 1;
            if let (Request::SetAside, Ok((Done::SetAside, _))) = (&report.request, &report.result)
            {
                ending.set_aside = true;
            }
            take_report(app, &mut view, &worker, report);
        }
    }
    ending.lost = app
        .unsaved()
        .iter()
        .map(|u| u.describe(app.lang()))
        .collect();
    Ok(ending)
}

/// Clears the hang-up watchdog's sender when the event loop ends.
struct RequesterGuard(Arc<Mutex<Option<std::sync::mpsc::Sender<Request>>>>);

impl Drop for RequesterGuard {
    fn drop(&mut self) {
        if let Ok(mut g) = self.0.lock() {
            *g = None;
        }
    }
}

/// Waits for every request already sent, applying the reports.
fn drain(app: &mut App, view: &mut ViewState, worker: &Worker, in_flight: &mut usize) {
    while *in_flight > 0 {
        let Ok(report) = worker.reports.recv() else {
            break;
        };
        *in_flight -= 1;
        take_report(app, view, worker, report);
    }
}

/// Runs the presentation mode on its own (`fremdrift present PLAN`).
pub fn run_present(mut presenter: Presenter, mut watcher: Watcher) -> io::Result<()> {
    let stop = stop_on_signals()?;
    let mut terminal = ratatui::init();
    super::hangup::watch(|| {});
    let result = present_loop(&mut terminal, &mut presenter, &mut watcher, &stop);
    ratatui::restore();
    result.map(|_| ())
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
}

/// How often the file is read again; with drawing, the screen follows a save within a second.
const POLL_FILE: Duration = Duration::from_millis(500);

/// Keys, a one-second tick and the file watcher into the presenter; returns how it ended.
fn present_loop(
    terminal: &mut ratatui::DefaultTerminal,
    presenter: &mut Presenter,
    watcher: &mut Watcher,
    stop: &AtomicBool,
) -> io::Result<present::Effect> {
    let mut dirty = true;
    let mut last_poll = Instant::now() - POLL_FILE;
    let mut last_tick = Instant::now();
    loop {
        if last_poll.elapsed() >= POLL_FILE {
            last_poll = Instant::now();
            if let Some(result) = watcher.poll() {
                presenter.apply(present::Event::FileChanged {
                    state: FileState::from_load(result),
                    at: chrono::Local::now().time(),
                });
                dirty = true;
            }
        }
        while last_tick.elapsed() >= Duration::from_secs(1) {
            last_tick += Duration::from_secs(1);
            presenter.apply(present::Event::Tick);
            dirty = true;
        }
        if dirty {
            terminal.draw(|frame| frame.render_widget(&*presenter, frame.area()))?;
            dirty = false;
        }
        if stop.load(Ordering::Relaxed) {
            return Ok(present::Effect::Quit);
        }
        if !event::poll(Duration::from_millis(100))? {
            continue;
        }
        match event::read()? {
            Event::Key(key) => {
                dirty = true;
                match presenter.apply(present::Event::Key(key)) {
                    present::Effect::None => {}
                    effect => return Ok(effect),
                }
            }
            Event::Resize(..) => dirty = true,
            _ => {}
        }
    }
}
