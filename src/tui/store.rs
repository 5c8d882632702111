//! The boundary between the board and the saving layer. The app never touches the disk: its
//! edits leave as [`Request`]s (in an `Effect`) and come back as a [`Report`] (in an
//! `Event::Stored`), one per request, carrying everything the board learns from it: the plan
//! now, its warnings, what the save did, and the edits still unsaved. A [`Store`] carries
//! requests out; the event loop runs it on a worker thread ([`spawn`]) so a slow disk never
//! freezes the screen, and tests use a fake.

use std::sync::mpsc;
use std::thread::JoinHandle;

use chrono::NaiveDate;

use crate::diagnostics::Diagnostic;
use crate::file::edit::Edit;
// What the board gets from the file layer passes through here: the recovery file's edits and
// the watcher that follows a plan for the presenter.
pub use crate::file::recovery::{Recovery, Unsaved};
pub use crate::file::watch::Watcher;
use crate::plan::Plan;
use crate::plan::structure::Structure;

/// What the app asks of the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// Apply one edit and save it at once.
    Apply(Edit),
    /// Add, remove or move an activity, or change an area's status, and save it at once.
    Restructure(Structure),
    Undo,
    Redo,
    /// Read the file again (dropping nothing: a pending failed edit stays unsaved).
    Reload,
    /// Try again to save every unsaved edit.
    Retry,
    /// Write the unsaved edits to the plan's recovery file, then forget them.
    SetAside,
    /// Forget the unsaved edits (the user chose to).
    Discard,
    /// Re-apply edits from the recovery file, each checked against the value it replaced;
    /// the recovery file is then removed, or keeps only what could not be applied.
    Reapply(Vec<Unsaved>),
    /// Keep this unsaved edit over the file's value after a conflict ("keep mine"): apply it on
    /// top of the file as it now is.
    KeepMine(Unsaved),
    /// Forget this unsaved edit, leaving the file's value ("keep theirs").
    KeepTheirs(Unsaved),
    /// Remove the recovery file without applying it (the user chose to).
    DiscardRecovery,
    /// This board continues read-only: stop listing it as an editor of the plan.
    StopEditing,
}

/// A plan as it now is on disk: the model, its warnings, and the text they point into.
#[derive(Debug, Clone)]
pub struct Fresh {
    pub plan: Plan,
    pub diagnostics: Vec<Diagnostic>,
    pub text: String,
    /// Something the save did that the user should hear once (a hard-linked plan).
    pub notice: Option<String>,
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
    /// Unsaved edits written to the recovery file (its path).
    SetAside,
    /// Unsaved edits, or the recovery file, discarded.
    Discarded,
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
    /// The edits that are not in the file after this request (a failed write, a conflict), so
    /// the board can show them and ask before quitting. A store that never keeps any sends none.
    pub unsaved: Vec<Unsaved>,
    /// The file as the store now sees it, after a failure that changed that (a conflict took in
    /// someone else's version): the board shows it rather than rolling back to before the edit.
    pub theirs: Option<Fresh>,
}

/// Carries requests out. Implementations own the file; `today` stamps `done_on`.
pub trait Store: Send {
    fn handle(&mut self, request: Request, today: NaiveDate) -> Report;

    /// Whether [`Store::begin`] wants the board's plan and text: a copy is then made for it
    /// once the first frame is drawn, not before.
    fn needs_plan(&self) -> bool {
        false
    }

    /// Called on the worker once the board has drawn its first frame, before any request the
    /// board sends after it: what a store does at start that the first frame need not wait for
    /// (the plan's editor presence, written and synced). `drawn` is a copy of what the board
    /// drew, when [`Store::needs_plan`]. Gives the other editors it learnt of, described, for
    /// the board to warn of.
    fn begin(&mut self, _drawn: Option<Drawn>) -> Vec<String> {
        Vec::new()
    }
}

/// A copy of the plan a board drew its first frame of, and of the text it was read from.
#[derive(Debug, Clone)]
pub struct Drawn {
    pub plan: Plan,
    pub text: String,
    /// The diagnostics the board opened with (those of `text`): the store's saves then know
    /// those of the texts they write, and can keep their parse-cache entries.
    pub diagnostics: Vec<crate::diagnostics::Diagnostic>,
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
            unsaved: Vec::new(),
            theirs: None,
        }
    }
}

/// A store on its own thread: send requests, poll reports.
pub struct Worker {
    requests: Option<mpsc::Sender<Job>>,
    pub reports: mpsc::Receiver<Report>,
    /// The other editors [`Store::begin`] learnt of, once.
    pub editors: mpsc::Receiver<Vec<String>>,
    needs_plan: bool,
    thread: Option<JoinHandle<()>>,
}

/// What the worker is asked to do, in order.
enum Job {
    Begin(Option<Drawn>),
    Request(Request),
}

impl Worker {
    /// A second way to send requests, for a thread that must reach the worker when the event
    /// loop cannot (the hang-up watchdog).
    pub fn requester(&self) -> Option<Requester> {
        self.requests.clone().map(Requester)
    }

    pub fn send(&self, request: Request) -> bool {
        self.requests
            .as_ref()
            .is_some_and(|r| r.send(Job::Request(request)).is_ok())
    }

    /// The board has drawn its first frame: the store begins ([`Store::begin`]), ahead of every
    /// request sent after this. `drawn` copies what the board drew, when the store wants it.
    pub fn begin(&self, drawn: impl FnOnce() -> Drawn) {
        if let Some(r) = &self.requests {
            let _ = r.send(Job::Begin(self.needs_plan.then(drawn)));
        }
    }
}

/// A way to send requests to a [`Worker`] from another thread.
#[derive(Clone)]
pub struct Requester(mpsc::Sender<Job>);

impl Requester {
    pub fn send(&self, request: Request) -> bool {
        self.0.send(Job::Request(request)).is_ok()
    }
}

impl Drop for Worker {
    /// Lets the store finish and drop on its thread (releasing what it holds, such as the
    /// plan's editor presence) before the process goes on to exit.
    fn drop(&mut self) {
        self.requests = None;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Runs `store` on a worker thread, handling requests in order.
pub fn spawn(mut store: Box<dyn Store>, today: NaiveDate) -> Worker {
    let (req_tx, req_rx) = mpsc::channel::<Job>();
    let (rep_tx, rep_rx) = mpsc::channel::<Report>();
    let (editors_tx, editors_rx) = mpsc::channel::<Vec<String>>();
    let needs_plan = store.needs_plan();
    let thread = std::thread::spawn(move || {
        for job in req_rx {
            match job {
                Job::Begin(plan) => {
                    let _ = editors_tx.send(store.begin(plan));
                }
                Job::Request(request) => {
                    let report = store.handle(request, today);
                    if rep_tx.send(report).is_err() {
                        break;
                    }
                }
            }
        }
    });
    Worker {
        requests: Some(req_tx),
        reports: rep_rx,
        editors: editors_rx,
        needs_plan,
        thread: Some(thread),
    }
}
