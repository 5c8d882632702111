//! The board without a terminal: the app and the view state drawing keeps beside it, held
//! together as the event loop holds them, and frames drawn on a `TestBackend`.

use fremdrift::tui::app::ViewState;
use fremdrift::tui::{App, Effect, Event};
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
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
