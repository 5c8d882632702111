//! The only code that touches the terminal: set it up (raw mode, alternate screen, mouse),
//! read events into [`Action`]s, carry out [`Effect`]s (requests go to the store's worker
//! thread), redraw, and restore the terminal on quit, panic (ratatui's hook), SIGTERM and SIGHUP.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;

use super::app::{Action, App, Effect};
use super::store::{self, Store};

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
