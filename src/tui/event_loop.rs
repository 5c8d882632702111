//! The only code that touches the terminal: set it up (raw mode, alternate screen, mouse),
//! read events into [`Action`]s, carry out [`Effect`]s (requests go to the store's worker
//! thread), redraw, and restore the terminal on quit, panic (ratatui's hook), SIGTERM and SIGHUP.

use std::io;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;

use super::app::{Action, App, Effect};
use super::present::{self, FileState, Presenter};
use super::store::{self, Store};
use super::theme::{Theme, ThemeKind};
use crate::file::watch::Watcher;

/// Runs the board until the user quits or a signal asks it to stop.
pub fn run(mut app: App, store: Box<dyn Store>) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let mut terminal = ratatui::init();
    super::hangup::watch();
    let _ = execute!(io::stdout(), EnableMouseCapture);
    let result = event_loop(&mut terminal, &mut app, store, &stop);
    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    store: Box<dyn Store>,
    stop: &AtomicBool,
) -> io::Result<()> {
    let worker = store::spawn(store, app.today);
    let mut in_flight = 0usize;
    let mut dirty = true;
    loop {
        if dirty {
            terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
            dirty = false;
        }
        if stop.load(Ordering::Relaxed) {
            break;
        }
        while let Ok(report) = worker.reports.try_recv() {
            in_flight = in_flight.saturating_sub(1);
            app.apply(Action::Stored(Box::new(report)));
            dirty = true;
        }
        if !event::poll(Duration::from_millis(100))? {
            continue;
        }
        let action = match event::read()? {
            Event::Key(key) => Action::Key(key),
            Event::Mouse(m) => match m.kind {
                MouseEventKind::Down(MouseButton::Left) => Action::Click {
                    column: m.column,
                    row: m.row,
                },
                MouseEventKind::ScrollUp => Action::ScrollUp,
                MouseEventKind::ScrollDown => Action::ScrollDown,
                _ => continue,
            },
            Event::Resize(..) => {
                dirty = true;
                continue;
            }
            _ => continue,
        };
        dirty = true;
        match app.apply(action) {
            Effect::None => {}
            Effect::Quit => break,
            Effect::Present => {
                let mut presenter = presenter_for(app);
                let mut watcher = Watcher::new(PathBuf::from(&app.path));
                // The first poll reads the file as it is now, which may be newer than the
                // board's copy; the presenter shows the file.
                if present_loop(terminal, &mut presenter, &mut watcher, stop)?
                    == present::Effect::Quit
                {
                    break;
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
    // Let saves already asked for finish before the process ends, so no edit is lost.
    while in_flight > 0 {
        match worker.reports.recv() {
            Ok(report) => {
                in_flight -= 1;
                app.apply(Action::Stored(Box::new(report)));
            }
            Err(_) => break,
        }
    }
    Ok(())
}

/// Runs the presentation mode on its own (`fremdrift present PLAN`).
pub fn run_present(mut presenter: Presenter, mut watcher: Watcher) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let mut terminal = ratatui::init();
    super::hangup::watch();
    let result = present_loop(&mut terminal, &mut presenter, &mut watcher, &stop);
    ratatui::restore();
    result.map(|_| ())
}

/// The presenter for the board's plan, read-only, in the high-contrast theme.
fn presenter_for(app: &App) -> Presenter {
    Presenter::new(
        app.plan.clone(),
        app.diagnostics.clone(),
        app.text.clone(),
        present::Options {
            today: app.today,
            lang: app.lang,
            theme: Theme::new(ThemeKind::HighContrast, app.theme.color),
            meeting: None,
            cycle: None,
            path: app.path.clone(),
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
                presenter.apply(present::Action::FileChanged {
                    state: FileState::from_load(result),
                    at: chrono::Local::now().time(),
                });
                dirty = true;
            }
        }
        while last_tick.elapsed() >= Duration::from_secs(1) {
            last_tick += Duration::from_secs(1);
            presenter.apply(present::Action::Tick);
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
                match presenter.apply(present::Action::Key(key)) {
                    present::Effect::None => {}
                    effect => return Ok(effect),
                }
            }
            Event::Resize(..) => dirty = true,
            _ => {}
        }
    }
}
