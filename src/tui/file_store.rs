//! The real store: a `PlanFile` (locked, atomic, merging saves with undo/redo) behind the
//! board's `Store` trait, run by the event loop on its worker thread. It also owns what this
//! board holds on the plan besides the file: its editor presence (dropped with the store, or on
//! [`Request::StopEditing`]) and the recovery file it writes, re-applies or discards.

use chrono::NaiveDate;

use crate::file::edit::EditError;
use crate::file::presence::Registration;
use crate::file::recovery::{self, Unsaved};
use crate::file::save::{OpenError, Outcome, PlanFile};
use crate::msg;
use crate::plan::Language;
use crate::tui::store::{Done, Failure, Fresh, Report, Request, Store};

pub struct PlanFileStore {
    file: PlanFile,
    presence: Option<Registration>,
    /// The language of the board it saves for: failures are told in it.
    lang: Language,
}

impl Drop for PlanFileStore {
    /// The next run finds the parse of the text last saved in the cache, when the saves knew it
    /// ([`PlanFile::keep_in_cache`]; nothing is written when the entry is there already).
    fn drop(&mut self) {
        self.file.keep_in_cache();
    }
}

impl PlanFileStore {
    /// A store for `file`, telling its failures in the plan's language until told otherwise
    /// ([`PlanFileStore::with_lang`]).
    pub fn new(file: PlanFile) -> PlanFileStore {
        let lang = file.plan().reader_language(None);
        PlanFileStore {
            file,
            presence: None,
            lang,
        }
    }

    /// Tells failures in `lang`, the board's language.
    pub fn with_lang(mut self, lang: Language) -> PlanFileStore {
        self.lang = lang;
        self
    }

    /// Keeps this board listed as an editor of the plan for as long as the store lives.
    pub fn with_presence(mut self, presence: Registration) -> PlanFileStore {
        self.presence = Some(presence);
        self
    }

    pub fn file(&self) -> &PlanFile {
        &self.file
    }

    /// Sets the unsaved edits aside in the recovery file; `Ok(path)` when there were any.
    fn set_aside(&mut self) -> Result<Option<String>, String> {
        let unsaved = self.file.unsaved();
        if unsaved.is_empty() {
            return Ok(None);
        }
        let at = chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
        let path =
            recovery::write(self.file.path(), &unsaved, &at).map_err(|e| e.render(self.lang))?;
        self.file.discard_unsaved();
        Ok(Some(path.display().to_string()))
    }

    /// Re-applies a recovery file's edits; what cannot go in stays in the file (and unsaved).
    fn reapply(&mut self, edits: &[Unsaved], today: NaiveDate) -> Result<Done, Failure> {
        let (result, left) = self.file.reapply(edits, today);
        let kept = |message: String| Failure {
            message,
            kept: true,
        };
        let done = match result {
            Ok(o) => done(o, Done::Saved),
            // Pending (I/O) or dropped (conflict): the file keeps them as unsaved; the
            // recovery file stays until they are saved or set aside again.
            Err(e) => return Err(kept(failure(&e, self.lang).message)),
        };
        let path = self.file.path().to_path_buf();
        let lang = self.lang;
        let rest = recovery::Recovery {
            written_at: chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
            plan_hash: String::new(),
            edits: left.clone(),
        };
        if left.is_empty() {
            recovery::remove(&path).map_err(|e| kept(e.render(lang)))?;
            return Ok(done);
        }
        recovery::replace(&path, &rest).map_err(|e| kept(e.render(lang)))?;
        let first = left[0].reason.render(lang);
        Err(Failure {
            message: msg!(
                "board-recovery-partly",
                left = left.len(),
                total = edits.len(),
                first = first,
                path = recovery::path_for(&path).display().to_string()
            )
            .render(self.lang),
            kept: true,
        })
    }
}

/// The plan as it now stands, with the file's warnings for the problems popup (kept from the
/// parse that verified the save; parsed again only after a merge).
fn fresh(file: &mut PlanFile, lang: Language) -> Fresh {
    Fresh {
        plan: file.plan().clone(),
        diagnostics: file.diagnostics(),
        text: file.text().to_string(),
        notice: file.take_notice().map(|n| n.render(lang)),
    }
}

fn done(outcome: Outcome, what: Done) -> Done {
    match (outcome, what) {
        (Outcome::Unchanged, _) => Done::Nothing,
        (Outcome::Merged, Done::Saved) => Done::Merged,
        (_, what) => what,
    }
}

/// Why the file could not be read again, in `lang`: its first error where it has errors.
fn reload_failure(e: &OpenError, lang: Language) -> String {
    match e {
        OpenError::Invalid {
            source,
            diagnostics,
        } => {
            let errors: Vec<_> = diagnostics.iter().filter(|d| d.is_error()).collect();
            let Some(first) = errors.first() else {
                return e.to_string();
            };
            let line = first.one_line(&source.display_path(), &source.text, lang);
            match errors.len() {
                1 => line,
                n => format!(
                    "{line} {}",
                    msg!("board-more-errors", count = n - 1).render(lang)
                ),
            }
        }
        OpenError::Read(_) => e.to_string(),
    }
}

/// What the board shows for a failed save, in `lang`: the error as
/// [`EditError::describe`] tells it, and what became of the edit.
pub fn failure(e: &EditError, lang: Language) -> Failure {
    let first_line = e
        .describe(lang)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    match e {
        EditError::Io { .. } => Failure {
            message: msg!("board-save-io", error = first_line).render(lang),
            kept: true,
        },
        // The board now shows the file's value, with ours unsaved on the row to choose from.
        EditError::Conflict(_) => Failure {
            message: msg!("board-save-conflict", error = first_line).render(lang),
            kept: false,
        },
        EditError::Removed { .. } | EditError::ExternalInvalid { .. } => Failure {
            message: msg!("board-save-reload", error = first_line).render(lang),
            kept: false,
        },
        _ => Failure {
            message: first_line,
            kept: false,
        },
    }
}

impl PlanFileStore {
    fn simple(
        &mut self,
        request: Request,
        result: Result<Done, impl Into<FailureOrText>>,
    ) -> Report {
        Report {
            request,
            result: result
                .map(|d| (d, Some(fresh(&mut self.file, self.lang))))
                .map_err(|e| e.into().0),
            at: chrono::Local::now().format("%H:%M").to_string(),
            unsaved: Vec::new(),
            theirs: None,
        }
    }
}

/// A failure, from a plain message (not kept) or as is.
struct FailureOrText(Failure);

impl From<Failure> for FailureOrText {
    fn from(f: Failure) -> Self {
        FailureOrText(f)
    }
}

impl From<String> for FailureOrText {
    fn from(message: String) -> Self {
        FailureOrText(Failure {
            message,
            kept: false,
        })
    }
}

impl Store for PlanFileStore {
    /// Carries the request out; the report ends with the file's unsaved edits after it.
    /// A failure that changed what the store sees of the file (a conflict took in someone
    /// else's version) sends that version along, so the board does not roll back to a plan
    /// the file no longer has.
    fn handle(&mut self, request: Request, today: NaiveDate) -> Report {
        let before = self.file.text().to_string();
        let report = self.answer(request, today);
        // A kept failure that changed what the board shows (an undo of a structural change,
        // kept unsaved) sends the store's view too, so the board shows the undo it asked for.
        let theirs = match &report.result {
            Err(f) if self.file.text() != before => Some(fresh(&mut self.file, self.lang)),
            _ => None,
        };
        Report {
            unsaved: self.file.unsaved(),
            theirs,
            ..report
        }
    }
}

impl PlanFileStore {
    fn answer(&mut self, request: Request, today: NaiveDate) -> Report {
        let result = match &request {
            Request::Apply(edit) => self.file.apply(edit, today).map(|o| done(o, Done::Saved)),
            // Like a field edit: a failed write keeps the change unsaved (shown, retried, set
            // aside in the recovery file); a conflict keeps it beside the file's version.
            Request::Restructure(change) => {
                self.file.restructure(change).map(|o| done(o, Done::Saved))
            }
            Request::Undo => self.file.undo().map(|o| done(o, Done::Undone)),
            Request::Redo => self.file.redo().map(|o| done(o, Done::Redone)),
            Request::Retry => self.file.retry_unsaved(today).map(|o| done(o, Done::Saved)),
            Request::SetAside => {
                let result = self.set_aside().map(|_| Done::SetAside);
                return self.simple(request, result);
            }
            Request::Discard => {
                self.file.discard_unsaved();
                Ok(Done::Discarded)
            }
            Request::Reapply(edits) => {
                let result = self.reapply(edits, today);
                return self.simple(request.clone(), result);
            }
            Request::KeepMine(unsaved) => self
                .file
                .keep_unsaved(unsaved, today)
                .map(|o| done(o, Done::Saved)),
            Request::KeepTheirs(unsaved) => {
                self.file.forget_unsaved(unsaved);
                Ok(Done::Discarded)
            }
            Request::DiscardRecovery => {
                let result = recovery::remove(self.file.path())
                    .map(|()| Done::Discarded)
                    .map_err(|message| Failure {
                        message: message.render(self.lang),
                        kept: false,
                    });
                return self.simple(request, result);
            }
            Request::StopEditing => {
                self.presence = None;
                Ok(Done::Nothing)
            }
            Request::Reload => match self.file.reload() {
                Ok(()) => Ok(Done::Reloaded),
                Err(e) => {
                    return Report {
                        request,
                        result: Err(Failure {
                            message: reload_failure(&e, self.lang),
                            kept: false,
                        }),
                        at: String::new(),
                        unsaved: Vec::new(),
                        theirs: None,
                    };
                }
            },
        };
        Report {
            request,
            result: result
                .map(|d| (d, Some(fresh(&mut self.file, self.lang))))
                .map_err(|e| failure(&e, self.lang)),
            at: chrono::Local::now().format("%H:%M").to_string(),
            unsaved: Vec::new(),
            theirs: None,
        }
    }
}

/// The store of a board opened for editing: until the board has drawn its first frame, the
/// plan's file as the board loaded it ([`Opening`]); then ([`Store::begin`]) a [`PlanFileStore`]
/// over it, with a copy of the board's plan and text (made after the first frame, so the frame
/// never waits for a second copy), listed as an editor of the plan. Presence only informs (saves
/// check for conflicts whoever is listed): when it cannot be written, the board still saves.
pub struct BoardStore {
    opening: Option<Opening>,
    open: Option<PlanFileStore>,
}

/// What a board's store is made from once the first frame is drawn.
pub struct Opening {
    pub path: std::path::PathBuf,
    /// The file as read, but for its text: the board has that, and copies it after the first
    /// frame ([`crate::tui::store::Drawn`]).
    pub source: crate::file::Source,
    pub spans: crate::file::spans::Spans,
    /// The board's language: failures are told in it.
    pub lang: Language,
    /// When the board opened (RFC 3339), for its presence entry.
    pub started: String,
}

impl BoardStore {
    pub fn new(opening: Opening) -> BoardStore {
        BoardStore {
            opening: Some(opening),
            open: None,
        }
    }
}

impl Store for BoardStore {
    /// Before [`Store::begin`] the board has sent nothing (it sends only after its first
    /// frame); a request from elsewhere (the hang-up watchdog's set-aside) finds nothing unsaved.
    fn handle(&mut self, request: Request, today: NaiveDate) -> Report {
        match &mut self.open {
            Some(store) => store.handle(request, today),
            None => Report {
                request,
                result: Ok((Done::Nothing, None)),
                at: String::new(),
                unsaved: Vec::new(),
                theirs: None,
            },
        }
    }

    fn needs_plan(&self) -> bool {
        self.opening.is_some()
    }

    fn begin(&mut self, drawn: Option<crate::tui::store::Drawn>) -> Vec<String> {
        let (Some(mut o), Some(drawn)) = (self.opening.take(), drawn) else {
            return Vec::new();
        };
        o.source.text = drawn.text;
        let file = PlanFile::new(&o.path, o.source, drawn.plan)
            .with_diagnostics(drawn.diagnostics)
            .with_spans(o.spans);
        let store = PlanFileStore::new(file).with_lang(o.lang);
        let (store, others) = match crate::file::presence::register_seeing(&o.path, &o.started) {
            Ok((registration, others)) => (store.with_presence(registration), others),
            Err(_) => (store, Vec::new()),
        };
        self.open = Some(store);
        others.iter().map(|e| e.describe(o.lang)).collect()
    }
}
