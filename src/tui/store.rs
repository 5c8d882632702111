//! The boundary between the board and the saving layer. The app never touches the disk: its
//! edits leave as [`Request`]s (in an `Effect`) and come back as a [`Report`] (in an
//! `Action::Stored`). A [`Store`] carries requests out; the event loop runs it on a worker
//! thread ([`spawn`]) so a slow disk never freezes the screen, and tests use a fake.

use std::sync::mpsc;

use chrono::NaiveDate;

use crate::diagnostics::Diagnostic;
use crate::file::edit::Edit;
use crate::plan::Plan;

/// What the app asks of the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// Apply one edit and save it at once.
    Apply(Edit),
    Undo,
    Redo,
    /// Read the file again (dropping nothing: a pending failed edit stays pending).
    Reload,
}

/// A plan as it now is on disk: the model, its warnings, and the text they point into.
#[derive(Debug, Clone)]
pub struct Fresh {
    pub plan: Plan,
    pub diagnostics: Vec<Diagnostic>,
    pub text: String,
}

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Done {
    Saved,
    /// Saved, after merging with changes someone else made to the file.
    Merged,
    Undone,
    Redone,
    Reloaded,
    /// Undo or redo with nothing to do.
    Nothing,
}

/// Why a request failed, with what to do about it (lowercase, specific).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub message: String,
    /// Whether the store kept the edit to retry (I/O trouble): the app then keeps showing it.
    pub kept: bool,
}

/// The answer to one request. `at` is the wall-clock time of the save ("10:42"), given by the
/// store so the app stays free of clocks.
#[derive(Debug, Clone)]
pub struct Report {
    pub request: Request,
    pub result: Result<(Done, Option<Fresh>), Failure>,
    pub at: String,
}

/// Carries requests out. Implementations own the file; `today` stamps `done_on`.
pub trait Store: Send {
    fn handle(&mut self, request: Request, today: NaiveDate) -> Report;
}

/// A store that refuses every change: for `--read-only` and for builds without a saver.
#[derive(Debug, Clone)]
pub struct Refusing {
    pub reason: String,
}

impl Store for Refusing {
    fn handle(&mut self, request: Request, _today: NaiveDate) -> Report {
        Report {
            request,
            result: Err(Failure {
                message: self.reason.clone(),
                kept: false,
            }),
            at: String::new(),
        }
    }
}

/// A store on its own thread: send requests, poll reports.
pub struct Worker {
    requests: mpsc::Sender<Request>,
    pub reports: mpsc::Receiver<Report>,
}

impl Worker {
    pub fn send(&self, request: Request) -> bool {
        self.requests.send(request).is_ok()
    }
}

/// Runs `store` on a worker thread, handling requests in order.
pub fn spawn(mut store: Box<dyn Store>, today: NaiveDate) -> Worker {
    let (req_tx, req_rx) = mpsc::channel::<Request>();
    let (rep_tx, rep_rx) = mpsc::channel::<Report>();
    std::thread::spawn(move || {
        for request in req_rx {
            let report = store.handle(request, today);
            if rep_tx.send(report).is_err() {
                break;
            }
        }
    });
    Worker {
        requests: req_tx,
        reports: rep_rx,
    }
}
