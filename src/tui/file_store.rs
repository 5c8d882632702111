//! The real store: a `PlanFile` (locked, atomic, merging saves with undo/redo) behind the
//! board's `Store` trait, run by the event loop on its worker thread.

use chrono::NaiveDate;

use crate::file::edit::EditError;
use crate::file::save::{Outcome, PlanFile};
use crate::tui::store::{Done, Failure, Fresh, Report, Request, Store};

pub struct PlanFileStore {
    file: PlanFile,
}

impl PlanFileStore {
    pub fn new(file: PlanFile) -> PlanFileStore {
        PlanFileStore { file }
    }
}

/// The plan as it now stands, with the file's warnings for the problems popup.
fn fresh(file: &PlanFile) -> Fresh {
    let parsed = crate::file::parse_plan(file.text());
    Fresh {
        plan: file.plan().clone(),
        diagnostics: parsed.diagnostics,
        text: file.text().to_string(),
    }
}

fn done(outcome: Outcome, what: Done) -> Done {
    match (outcome, what) {
        (Outcome::Unchanged, _) => Done::Nothing,
        (Outcome::Merged, Done::Saved) => Done::Merged,
        (_, what) => what,
    }
}

fn failure(e: &EditError) -> Failure {
    let first_line = e.to_string().lines().next().unwrap_or_default().to_string();
    match e {
        EditError::Io { .. } => Failure {
            message: format!("{first_line}; the edit is kept and saved with the next change"),
            kept: true,
        },
        EditError::Conflict(_) | EditError::ExternalInvalid { .. } => Failure {
            message: format!("{first_line}; press r to reload the file"),
            kept: false,
        },
        _ => Failure {
            message: first_line,
            kept: false,
        },
    }
}

impl Store for PlanFileStore {
    fn handle(&mut self, request: Request, today: NaiveDate) -> Report {
        let result = match &request {
            Request::Apply(edit) => self.file.apply(edit, today).map(|o| done(o, Done::Saved)),
            Request::Undo => self.file.undo().map(|o| done(o, Done::Undone)),
            Request::Redo => self.file.redo().map(|o| done(o, Done::Redone)),
            Request::Reload => match self.file.reload() {
                Ok(()) => Ok(Done::Reloaded),
                Err(e) => {
                    return Report {
                        request,
                        result: Err(Failure {
                            message: e.to_string(),
                            kept: false,
                        }),
                        at: String::new(),
                    };
                }
            },
        };
        Report {
            request,
            result: result
                .map(|d| (d, Some(fresh(&self.file))))
                .map_err(|e| failure(&e)),
            at: chrono::Local::now().format("%H:%M").to_string(),
        }
    }
}
