//! Saving edits to the plan file without ever losing anyone's work: [`PlanFile`] holds a plan as
//! loaded and applies edits to it, writing each one atomically, under a lock, and only after
//! checking that the file on disk is still what was loaded.
//!
//! How a save goes (see [`PlanFile::apply`]):
//! 1. Take an advisory lock (`File::try_lock`, retried up to [`PlanFile::lock_timeout`]) on
//!    `.<name>.lock` beside the plan's real file. The lock file is never renamed and never
//!    deleted: deleting it would let a second process lock a new file while the first still
//!    holds the old one. It is empty and can be removed by hand when no fremdrift runs.
//! 2. Read the file and compare its *bytes* with what was loaded (a touch that only changes
//!    the mtime is no change). If it differs, another program wrote it: wait until it is whole
//!    (two reads a moment apart agree, it parses, and it still has every activity and area we
//!    had — a half-written file has neither), check that the values we change were not changed
//!    there too (else: [`EditError::Conflict`], nothing written) and apply our edits to its text
//!    instead ([`Outcome::Merged`]). If it still lacks activities after
//!    `replace::SETTLE_LIMIT`, that is [`EditError::Removed`]: a merge never drops activities
//!    unseen.
//! 3. Stage the new text in a temp file beside the plan's real file (`file::replace::stage`:
//!    unpredictable name, exclusive create, fsynced, the plan's permissions) and *swap* it in
//!    (`file::replace::place`), which hands back exactly the file it displaced. If that is not
//!    what we merged against, another program wrote in the meantime (a rename writer such as
//!    `sed -i`, or an in-place writer still writing the old file): its version is merged with
//!    ours (line by line, `replace::merge3`) and swapped in again, for up to `SAVE_LIMIT` (5 s);
//!    a version that cannot be merged is put back and ours is kept unsaved. A symlinked plan
//!    stays a link; the folder is fsynced.
//!
//! A failed write ([`EditError::Io`]) keeps the edits as pending: [`PlanFile::plan`] shows
//! them, and [`PlanFile::retry_pending`] tries again. A conflict or an edit that became invalid
//! after merging drops the pending edits and the undo history, and shows the file as it is on
//! disk. The owner and group of the plan are not carried over (only root could).
//!
//! No edit is dropped silently: edits a conflict (or a reload) took out of the file's view are
//! kept as *dropped*, and [`PlanFile::unsaved`] lists them with the pending ones, so a UI can
//! ask what to do with them, [`PlanFile::retry_unsaved`] can try them again (each checked
//! against the value it replaced, see [`PlanFile::reapply`]), or they can be set aside in a
//! recovery file (`file::recovery`).

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::NaiveDate;

use crate::diagnostics::Diagnostic;
use crate::file::edit::{self, Change, Conflict, Edit, EditError, Field, Patch, Splice};
use crate::file::history::{self, History, text_hash};
use crate::file::recovery::{self, Intent, Unsaved};
use crate::file::replace::{self, Placed};
use crate::file::spans::Spans;
use crate::file::structure;
use crate::file::{ReadError, Source, decode, io_reason, parse_plan, read_source};
use crate::i18n::Message;
use crate::msg;
use crate::plan::Plan;
use crate::plan::structure::Structure;

/// What a successful [`PlanFile::apply`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing to change (a no-op edit, or nothing to undo); the file was not touched.
    Unchanged,
    /// Saved.
    Saved,
    /// Saved, merged with changes made elsewhere to other values.
    Merged,
}

/// Why a plan could not be opened for editing.
#[derive(Debug)]
pub enum OpenError {
    Read(ReadError),
    /// The plan has errors; the diagnostics are positioned in `source.text`.
    Invalid {
        source: Source,
        diagnostics: Vec<Diagnostic>,
    },
}

impl OpenError {
    /// Why, for a reader.
    pub fn message(&self) -> Message {
        match self {
            OpenError::Read(e) => e.message(),
            OpenError::Invalid {
                source,
                diagnostics,
            } => msg!(
                "save-open-invalid",
                path = source.display_path(),
                count = diagnostics.len()
            ),
        }
    }
}

/// English, for logs; readers get [`OpenError::message`] in their language.
impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().english())
    }
}

/// An edit waiting to be written: the values it expects to find, and the values it writes.
#[derive(Debug, Clone)]
struct Op {
    id: String,
    expect: Patch,
    target: Patch,
    /// The exact bytes to change, valid for a text with this hash.
    exact: Option<(Splice, u64)>,
    /// What the op does instead of setting fields.
    shape: Shape,
}

impl Op {
    /// The op as unsaved edits (one per field, or the structural change), for lists and the
    /// recovery file. The undo or redo of a structural change is only its exact splice: it has
    /// no intent to keep, and is not listed.
    fn unsaved(&self, reason: &Message) -> Vec<Unsaved> {
        match &self.shape {
            Shape::Structure(change) => vec![Unsaved::structure(change.clone(), reason.clone())],
            Shape::Exact => self
                .exact
                .iter()
                .map(|(splice, base)| Unsaved {
                    intent: Intent::Exact {
                        id: self.id.clone(),
                        splice: splice.clone(),
                        base: Some(*base),
                    },
                    reason: reason.clone(),
                })
                .collect(),
            Shape::Fields => recovery::from_patch(&self.id, &self.expect, &self.target, reason),
        }
    }
}

/// What kind of change an [`Op`] makes.
#[derive(Debug, Clone, Default)]
enum Shape {
    /// Sets `target`'s fields (checked against `expect` when the file changed).
    #[default]
    Fields,
    /// Adds, removes or moves an activity; replayed on a changed file by its anchors.
    Structure(Structure),
    /// Only the exact splice (the undo or redo of a structural change): refused when the text
    /// it was made for has changed.
    Exact,
}

/// A plan file open for editing. `Send`, so a UI can save from a background thread.
#[derive(Debug, Clone)]
pub struct PlanFile {
    path: PathBuf,
    /// The file as last read from or written to disk.
    source: Source,
    plan: Plan,
    /// Text and plan with the pending edits applied, when there are any.
    view: Option<(String, Plan)>,
    pending: Vec<Op>,
    /// Why the pending edits are pending (the last failed write).
    pending_reason: Message,
    /// Edits taken out by a conflict or a reload: not in the file, not in the view, not lost.
    dropped: Vec<Unsaved>,
    history: History,
    /// How long to wait for another process's lock before giving up.
    pub lock_timeout: Duration,
    /// Something the last save did that the user should know (see [`PlanFile::take_notice`]).
    notice: Option<Message>,
    /// The diagnostics of the last text parsed here (on opening, or verifying an edit), with
    /// that text's hash: [`PlanFile::diagnostics`] gives them without parsing it again.
    parsed: Option<(u64, Vec<Diagnostic>)>,
    /// Where each activity's table is in a text (with that text's hash), when known: a field
    /// edit of that text then edits and re-reads only the activity's table
    /// (`edit::apply_patch_in_table`) instead of parsing the whole file.
    spans: Option<(u64, Spans)>,
    /// Whether field edits may go the table way (see [`PlanFile::without_table_edits`]).
    table_edits: bool,
}

impl PlanFile {
    /// Reads and parses the plan at `path`; it must be valid.
    pub fn open(path: &Path) -> Result<PlanFile, OpenError> {
        let source = read_source(path).map_err(OpenError::Read)?;
        let parsed = crate::file::cache::parse_cached(&source.text);
        // A plan with errors opens too (when its TOML can be read), so they can be fixed.
        match parsed.plan.or(parsed.partial) {
            Some(plan) => {
                let mut file = PlanFile::new(path, source, plan);
                let hash = text_hash(&file.source.text);
                file.parsed = Some((hash, parsed.diagnostics));
                file.spans = Some((hash, parsed.spans));
                Ok(file)
            }
            None => Err(OpenError::Invalid {
                source,
                diagnostics: parsed
                    .diagnostics
                    .into_iter()
                    .filter(Diagnostic::is_error)
                    .collect(),
            }),
        }
    }

    /// A plan already read from `path` (as `source`) and parsed into `plan`.
    pub fn new(path: &Path, source: Source, plan: Plan) -> PlanFile {
        PlanFile {
            path: path.to_path_buf(),
            source,
            plan,
            view: None,
            pending: Vec::new(),
            pending_reason: Message::verbatim(""),
            dropped: Vec::new(),
            history: History::default(),
            lock_timeout: Duration::from_secs(5),
            notice: None,
            parsed: None,
            spans: None,
            table_edits: true,
        }
    }

    /// The same, making every edit the whole-file way (edit the whole document, re-parse the
    /// whole file): for tests and benchmarks that compare the two ways.
    pub fn without_table_edits(mut self) -> PlanFile {
        self.table_edits = false;
        self
    }

    /// The same, with the diagnostics the parse of `source`'s text gave (from the parse cache,
    /// say): field edits then know those of the text they make, and a save can keep that
    /// text's parse-cache entry ([`PlanFile::keep_in_cache`]).
    pub fn with_diagnostics(mut self, diagnostics: Vec<Diagnostic>) -> PlanFile {
        self.parsed = Some((text_hash(&self.source.text), diagnostics));
        self
    }

    /// Writes the parse cache's entry for the text last read or saved, when this file knows
    /// exactly what `parse_plan` gives for it without parsing: nothing is pending, the plan is
    /// valid, and the diagnostics and spans kept are that text's (every edit since it was opened
    /// was proved table by table from known diagnostics, or verified by a whole parse). Else
    /// nothing: the next run parses, as before. Best effort (see [`crate::file::cache`]).
    pub fn keep_in_cache(&self) {
        if let Some(cache) = crate::file::cache::Cache::from_env() {
            self.keep_in(&cache);
        }
    }

    /// [`PlanFile::keep_in_cache`] in the given cache. Whether an entry was written (or tried).
    pub fn keep_in(&self, cache: &crate::file::cache::Cache) -> bool {
        if self.view.is_some() || !self.pending.is_empty() {
            return false;
        }
        let text = &self.source.text;
        let hash = text_hash(text);
        match (&self.parsed, &self.spans) {
            (Some((h, diagnostics)), Some((s, spans))) if *h == hash && *s == hash => {
                cache.keep_valid(text, &self.plan, spans, diagnostics)
            }
            _ => false,
        }
    }

    /// The same, with the spans the parse of `source`'s text gave (from the parse cache, say),
    /// so field edits can touch only their activity's table.
    pub fn with_spans(mut self, spans: impl Into<Spans>) -> PlanFile {
        self.spans = Some((text_hash(&self.source.text), spans.into()));
        self
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The plan as the user sees it: as saved, with any pending edits applied.
    pub fn plan(&self) -> &Plan {
        self.view.as_ref().map_or(&self.plan, |v| &v.1)
    }

    /// The text (without BOM) the plan is loaded from, with any pending edits applied.
    pub fn text(&self) -> &str {
        self.view.as_ref().map_or(&self.source.text, |v| &v.0)
    }

    /// The warnings (and other diagnostics) of [`PlanFile::text`]. Those of the text last
    /// verified after an edit, undo or redo, or read on opening, when that is the text now;
    /// else (a merge with another program's version) the text is parsed now.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        let text = self.text();
        match &self.parsed {
            Some((hash, diagnostics)) if *hash == text_hash(text) => diagnostics.clone(),
            _ => crate::file::cache::parse_cached(text).diagnostics,
        }
    }

    /// Keeps the diagnostics of a text just made and verified, for [`PlanFile::diagnostics`],
    /// and its spans, for the next field edit.
    fn remember(&mut self, applied: &mut edit::Applied) {
        if applied.diagnostics.is_none() && applied.spans.is_none() {
            return;
        }
        let hash = text_hash(&applied.text);
        if let Some(d) = &applied.diagnostics {
            self.parsed = Some((hash, d.clone()));
        }
        if let Some(s) = applied.spans.take() {
            self.spans = Some((hash, s.into()));
        }
    }

    /// The file as last read from or written to disk.
    pub fn source(&self) -> &Source {
        &self.source
    }

    /// Edits not yet written because a save failed.
    pub fn has_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    /// Applies one edit and saves.
    pub fn apply(&mut self, edit: &Edit, today: NaiveDate) -> Result<Outcome, EditError> {
        self.apply_all(std::slice::from_ref(edit), today)
    }

    /// Applies several edits and saves them in one write; all or none are applied. An invalid
    /// edit or unknown id changes nothing.
    pub fn apply_all(&mut self, edits: &[Edit], today: NaiveDate) -> Result<Outcome, EditError> {
        // The text and plan the last edit made; before the first, the view (not copied: each
        // edit makes its own).
        let mut made: Option<(String, Plan)> = None;
        let mut ops = Vec::new();
        let mut entries = Vec::new();
        for e in edits {
            let (text, plan) = match &made {
                Some((t, p)) => (t.as_str(), p),
                None => (self.text(), self.plan()),
            };
            let index = edit::find(plan, &e.id)?;
            let before = &plan.activities[index];
            let target = Patch::for_change(before, &e.change.normalized(plan), today);
            if target.is_empty() {
                continue;
            }
            let expect = target.current(before);
            let hash = text_hash(text);
            let in_table = match &self.spans {
                Some((h, spans)) if self.table_edits && *h == hash => {
                    // The warnings of this text, when kept, give those of the new one.
                    let known = match &self.parsed {
                        Some((h, d)) if *h == hash => Some(d.as_slice()),
                        _ => None,
                    };
                    edit::apply_patch_in_table(text, plan, spans, index, &target, known)
                }
                _ => None,
            };
            let mut applied = match in_table {
                Some(applied) => applied,
                None => edit::apply_patch(text, plan, index, &target)?,
            };
            entries.push(history::entry(
                &e.id,
                expect.clone(),
                target.clone(),
                text,
                &applied,
            ));
            ops.push(Op {
                id: e.id.clone(),
                expect,
                target,
                exact: Some((applied.splice.clone(), hash)),
                shape: Shape::Fields,
            });
            self.remember(&mut applied);
            made = Some((applied.text, applied.plan));
        }
        let Some(view) = made.filter(|_| !ops.is_empty()) else {
            return Ok(Outcome::Unchanged);
        };
        for e in entries {
            self.history.record(e);
        }
        self.pending.extend(ops);
        self.view = Some(view);
        self.flush()
    }

    /// The spans (and kept diagnostics) of [`PlanFile::text`], when known and table edits are
    /// on.
    fn known(&self) -> Option<history::Known<'_>> {
        let (hash, spans) = self.spans.as_ref().filter(|_| self.table_edits)?;
        let text = text_hash(self.text());
        if *hash != text {
            return None;
        }
        let diagnostics = match &self.parsed {
            Some((h, d)) if *h == text => Some(d.as_slice()),
            _ => None,
        };
        Some((&**spans, diagnostics))
    }

    /// Undoes the last edit (itself an edit, saved like one).
    pub fn undo(&mut self) -> Result<Outcome, EditError> {
        let Some(entry) = self.history.next_undo().cloned() else {
            return Ok(Outcome::Unchanged);
        };
        let applied = history::undo_on(self.text(), self.plan(), &entry, self.known())?;
        self.history.undone();
        self.queue(&entry, entry.after.clone(), entry.before.clone(), applied)
    }

    /// Redoes the last undone edit.
    pub fn redo(&mut self) -> Result<Outcome, EditError> {
        let Some(entry) = self.history.next_redo().cloned() else {
            return Ok(Outcome::Unchanged);
        };
        let applied = history::redo_on(self.text(), self.plan(), &entry, self.known())?;
        self.history.redone();
        self.queue(&entry, entry.before.clone(), entry.after.clone(), applied)
    }

    fn queue(
        &mut self,
        entry: &history::Entry,
        expect: Patch,
        target: Patch,
        mut applied: edit::Applied,
    ) -> Result<Outcome, EditError> {
        self.remember(&mut applied);
        self.pending.push(Op {
            id: entry.id.clone(),
            expect,
            target,
            exact: Some((applied.splice, text_hash(self.text()))),
            shape: if entry.structural {
                Shape::Exact
            } else {
                Shape::Fields
            },
        });
        self.view = Some((applied.text, applied.plan));
        self.flush()
    }

    /// Adds, removes or moves an activity (or changes an area or a workstream) and saves, with
    /// any unsaved edits before it. A change that cannot be made changes nothing; one that is
    /// made but cannot be written is kept like a field edit: pending after a failed write
    /// (shown, retried, set aside in the recovery file), dropped but kept after a conflict.
    pub fn restructure(&mut self, change: &Structure) -> Result<Outcome, EditError> {
        let text = self.text().to_string();
        let mut applied = structure::apply(&text, self.plan(), change)?;
        if applied.text == text {
            // A correction someone else already made: said once, nothing to save.
            self.notice = already_corrected(change).or(self.notice.take());
            return Ok(Outcome::Unchanged);
        }
        self.history
            .record(history::structural_entry(&change.id(), &text, &applied));
        self.remember(&mut applied);
        self.pending.push(Op {
            id: change.id(),
            expect: Patch::default(),
            target: Patch::default(),
            exact: Some((applied.splice, text_hash(&text))),
            shape: Shape::Structure(change.clone()),
        });
        self.view = Some((applied.text, applied.plan));
        self.flush()
    }

    /// Applies exactly `splice` (an undone or redone structural change kept unsaved) and saves:
    /// refused unless the file is still exactly the text the splice was recorded on (`base`,
    /// its hash; a minimal splice may start mid-word, so the same bytes at the same offset of
    /// another text can rewrite an id), or when the result would read with an error the plan
    /// did not have.
    pub fn apply_exact(
        &mut self,
        id: &str,
        splice: &edit::Splice,
        base: Option<u64>,
    ) -> Result<Outcome, EditError> {
        let text = self.text().to_string();
        let same_text = base == Some(text_hash(&text));
        let Some(new) = splice.apply(&text).filter(|_| same_text) else {
            return Err(EditError::Refused {
                message: msg!("save-undo-not-saved", id = id),
            });
        };
        let source = Source::from_text(&self.path, &new);
        let plan = parse_plan(&source.text)
            .reread_after(self.plan())
            .map_err(|diagnostics| EditError::Invalid {
                diagnostics,
                text: new.clone(),
            })?;
        self.pending.push(Op {
            id: id.to_string(),
            expect: Patch::default(),
            target: Patch::default(),
            exact: Some((splice.clone(), text_hash(&text))),
            shape: Shape::Exact,
        });
        self.view = Some((new, plan));
        self.flush()
    }

    /// What the last save did that the user should be told once (a plan with several hard
    /// links: the other names keep the old version).
    pub fn take_notice(&mut self) -> Option<Message> {
        self.notice.take()
    }

    /// Tries again to save the pending edits.
    pub fn retry_pending(&mut self) -> Result<Outcome, EditError> {
        if self.pending.is_empty() {
            return Ok(Outcome::Unchanged);
        }
        self.flush()
    }

    /// Reads the file from disk again, dropping the history. Pending edits leave the view but
    /// are kept as unsaved ([`PlanFile::unsaved`]).
    pub fn reload(&mut self) -> Result<(), OpenError> {
        let fresh = PlanFile::open(&self.path)?;
        let timeout = self.lock_timeout;
        let unsaved = self.unsaved();
        *self = fresh;
        self.lock_timeout = timeout;
        self.dropped = unsaved;
        Ok(())
    }

    /// Every edit that is not in the file: pending ones (a write failed) first, then those a
    /// conflict or a reload took out, each with the value it replaced and why it is not saved.
    pub fn unsaved(&self) -> Vec<Unsaved> {
        let mut out: Vec<Unsaved> = self
            .pending
            .iter()
            .flat_map(|op| op.unsaved(&self.pending_reason))
            .collect();
        out.extend(self.dropped.iter().cloned());
        out
    }

    /// Forgets every unsaved edit: the view goes back to the file as last read or written.
    pub fn discard_unsaved(&mut self) {
        if !self.pending.is_empty() {
            self.pending.clear();
            self.view = None;
            self.history.clear();
        }
        self.dropped.clear();
    }

    /// Saves the pending edits, then re-applies the dropped ones ([`PlanFile::reapply`]).
    /// Edits that still cannot go in stay unsaved.
    pub fn retry_unsaved(&mut self, today: NaiveDate) -> Result<Outcome, EditError> {
        let first = self.retry_pending()?;
        if self.dropped.is_empty() {
            return Ok(first);
        }
        let dropped = std::mem::take(&mut self.dropped);
        let (outcome, left) = self.reapply(&dropped, today);
        self.dropped.extend(left);
        outcome
    }

    /// Keeps one dropped edit over the file's value ("keep mine" after a conflict): takes it out
    /// of the dropped edits and applies it on top of the file as it now is, without checking
    /// the value it replaced (the user has seen both). If it still cannot go in it stays unsaved.
    pub fn keep_unsaved(
        &mut self,
        unsaved: &Unsaved,
        today: NaiveDate,
    ) -> Result<Outcome, EditError> {
        let Some(at) = self.dropped.iter().position(|d| d == unsaved) else {
            return Ok(Outcome::Unchanged);
        };
        let kept = self.dropped.remove(at);
        let result = match &kept.intent {
            Intent::Field { edit, .. } => self.apply(edit, today),
            Intent::Structure(change) => self.restructure(change),
            Intent::Exact { id, splice, base } => self.apply_exact(id, splice, *base),
        };
        // A failed write keeps the edit (pending, or dropped again by a new conflict); an edit
        // refused before it was queued goes back with the reason.
        if let Err(e) = &result
            && !self.unsaved().iter().any(|u| u.same_change(&kept))
        {
            let reason = e.short(self.plan().language);
            self.dropped.insert(at, Unsaved { reason, ..kept });
        }
        result
    }

    /// Forgets one dropped edit ("keep theirs" after a conflict); the file's value stays.
    /// Returns whether it was there.
    pub fn forget_unsaved(&mut self, unsaved: &Unsaved) -> bool {
        let before = self.dropped.len();
        self.dropped.retain(|d| d != unsaved);
        self.dropped.len() != before
    }

    /// Applies edits made on an earlier version of the plan (a recovery file's, or dropped
    /// ones) through the normal save path, in their order: each field edit only if its field
    /// still has the value the edit replaced, each structural change only if it can still be
    /// made; an edit (or change) already there is done. Returns the saves' outcome (the first
    /// failure, if any) and the edits that were not applied, each with the reason.
    pub fn reapply(
        &mut self,
        edits: &[Unsaved],
        today: NaiveDate,
    ) -> (Result<Outcome, EditError>, Vec<Unsaved>) {
        let mut outcome = Ok(Outcome::Unchanged);
        let mut left = Vec::new();
        let mut batch: Vec<Unsaved> = Vec::new();
        // Values set by earlier edits in this batch: a later edit of the same field is checked
        // against them rather than against the file.
        let mut set: Vec<(String, Field, Change)> = Vec::new();
        for u in edits {
            let (edit, was) = match &u.intent {
                Intent::Field { edit, was } => (edit, was),
                Intent::Exact { .. } | Intent::Structure(_) => {
                    // Field edits before it go first, in one write.
                    let fields = std::mem::take(&mut batch);
                    set.clear();
                    let result = self.apply_batch(fields, today, &mut left);
                    outcome = combine(outcome, result);
                    let result = match &u.intent {
                        Intent::Exact { id, splice, base } => self.apply_exact(id, splice, *base),
                        Intent::Structure(change) if already_made(self.plan(), change) => continue,
                        Intent::Structure(change) => self.restructure(change),
                        Intent::Field { .. } => continue, // not reached: taken above
                    };
                    if let Err(e) = &result
                        && !matches!(e, EditError::Io { .. } | EditError::Conflict(_))
                    {
                        // Refused (it cannot be made on the plan as it is now): stays unsaved.
                        left.push(Unsaved {
                            reason: e.short(self.plan().language),
                            ..u.clone()
                        });
                        continue;
                    }
                    outcome = combine(outcome, result);
                    continue;
                }
            };
            let plan = self.plan();
            let field = edit.change.field();
            let Ok(index) = edit::find(plan, &edit.id) else {
                left.push(Unsaved {
                    reason: msg!("save-activity-gone", id = edit.id.as_str()),
                    ..u.clone()
                });
                continue;
            };
            let now = set
                .iter()
                .rev()
                .find(|(id, f, _)| *id == edit.id && *f == field)
                .map(|(_, _, c)| c.clone())
                .unwrap_or_else(|| recovery::current(&plan.activities[index], field));
            if recovery::same_value(&now, &edit.change) {
                continue;
            }
            if !recovery::same_value(&now, was) {
                left.push(Unsaved {
                    reason: msg!(
                        "save-changed-since",
                        field = field.name(),
                        now = recovery::value_text(&now, plan.language)
                    ),
                    ..u.clone()
                });
                continue;
            }
            set.push((edit.id.clone(), field, edit.change.clone()));
            batch.push(u.clone());
        }
        let result = self.apply_batch(batch, today, &mut left);
        (combine(outcome, result), left)
    }

    /// Applies checked field edits in one write; when they are refused before anything was
    /// queued (an invalid value), all go to `left` with the reason.
    fn apply_batch(
        &mut self,
        go: Vec<Unsaved>,
        today: NaiveDate,
        left: &mut Vec<Unsaved>,
    ) -> Result<Outcome, EditError> {
        let edits: Vec<Edit> = go
            .iter()
            .filter_map(|u| u.field_edit().map(|(e, _)| e.clone()))
            .collect();
        if edits.is_empty() {
            return Ok(Outcome::Unchanged);
        }
        let result = self.apply_all(&edits, today);
        if let Err(e) = &result
            && !matches!(e, EditError::Io { .. } | EditError::Conflict(_))
        {
            let reason = e.short(self.plan().language);
            left.extend(go.into_iter().map(|u| Unsaved {
                reason: reason.clone(),
                ..u
            }));
        }
        result
    }

    /// Writes the pending edits: lock, settle on what is on disk, merge, then swap our version
    /// in and take in whatever the swap displaced (see `file::replace`).
    fn flush(&mut self) -> Result<Outcome, EditError> {
        let result = self.write_pending();
        // A failed write keeps the edits pending: with the reason, for the list of unsaved
        // edits.
        if let Err(EditError::Io { message }) = &result
            && !self.pending.is_empty()
        {
            self.pending_reason = message.clone();
        }
        result
    }

    fn write_pending(&mut self) -> Result<Outcome, EditError> {
        let display = self.path.display().to_string();
        let real = dunce::canonicalize(&self.path).map_err(|e| gone_or_io(&display, &e))?;
        let _lock = lock(&real, self.lock_timeout, &display)?;
        super::clean_stale_temps(&real);
        let io_err = |e: &io::Error| gone_or_io(&display, e);

        let loaded = self.source.file_bytes();
        let mut held = replace::open(&real).map_err(|e| io_err(&e))?;
        let bytes = replace::read_all(&mut held, &real).map_err(|e| io_err(&e))?;
        let merged = bytes != loaded;
        let (base_source, base_plan) = if merged {
            let (source, plan, removed) = self.settle(&mut held, &display)?;
            if !removed.is_empty() {
                return Err(self.set_aside(source, plan, EditError::Removed { ids: removed }));
            }
            (source, plan)
        } else {
            (self.source.clone(), self.plan.clone())
        };
        // Closed before the swap: a file we still held open would itself keep the swap from
        // proving nobody else has it open (`replace::place`).
        drop(held);

        // The plan's permissions and links, as they are now (before anything is taken).
        let meta = fs::metadata(&real).map_err(|e| gone_or_io(&display, &e))?;
        // Unchanged on disk: the view is already the pending edits applied to exactly this text,
        // each verified when it was made (by re-parsing, `edit::apply_patch`, or by re-reading
        // its table, `edit::apply_patch_in_table`), so replaying them would only verify the same
        // text again. Changed on disk: replay and verify on theirs. The view is taken, not
        // copied: every way out of here sets it again (`adopt`, `keep_pending`, `set_aside`).
        let mut notes = Vec::new();
        let result = match (self.view.take(), merged) {
            (Some(view), false) => Ok(view),
            (view, _) => {
                self.view = view;
                self.replay(&base_source.text, &base_plan, merged, &mut notes)
            }
        };
        let (text, plan) = match result {
            Ok(x) => x,
            Err(e) => return Err(self.set_aside(base_source, base_plan, e)),
        };
        if let Some(note) = notes.pop() {
            self.notice = Some(note);
        }
        if text == base_source.text {
            self.adopt(base_source, base_plan);
            return Ok(if merged {
                Outcome::Merged
            } else {
                Outcome::Unchanged
            });
        }
        let ours = Source {
            path: self.path.clone(),
            text,
            bom: base_source.bom,
        };
        self.place(&real, &meta, base_source, base_plan, ours, plan, merged)
    }

    /// Swaps `mine` in, and while the swap displaces something other than what we expected
    /// there (another program wrote meanwhile), merges that into ours and swaps again.
    #[allow(clippy::too_many_arguments)]
    fn place(
        &mut self,
        real: &Path,
        meta: &fs::Metadata,
        base_source: Source,
        base_plan: Plan,
        mut mine: Source,
        mut mine_plan: Plan,
        mut merged: bool,
    ) -> Result<Outcome, EditError> {
        let display = self.path.display().to_string();
        if meta.permissions().readonly() {
            return Err(self.keep_pending(
                base_source,
                base_plan,
                mine,
                mine_plan,
                msg!("save-read-only", path = display.as_str()),
            ));
        }
        // What we believe is at the path, and the plan it loads to.
        let mut expected = base_source;
        let mut expected_plan = base_plan;
        // Whether our version is at the path (so `expected` is ours).
        let deadline = Instant::now() + SAVE_LIMIT;
        for round in 0.. {
            let staged = match replace::stage(real, &mine.file_bytes(), meta.permissions()) {
                Ok(p) => p,
                Err((what, e)) => {
                    let message = msg!(
                        "save-cannot-save-step",
                        path = display.as_str(),
                        step = what,
                        reason = io_reason(&e)
                    );
                    return Err(self.keep_pending(
                        expected,
                        expected_plan,
                        mine,
                        mine_plan,
                        message,
                    ));
                }
            };
            let outcome =
                replace::place(&staged, real, (&mine.file_bytes(), &expected.file_bytes()));
            let (displaced, now_ours) = match outcome {
                Ok(Placed::Ours { displaced }) => (displaced, true),
                Ok(Placed::Changed { now }) => (now, false),
                Err(e) => {
                    let message = match e.kind() {
                        io::ErrorKind::WouldBlock => busy(&display),
                        _ => msg!(
                            "save-cannot-replace",
                            path = display.as_str(),
                            reason = io_reason(&e)
                        ),
                    };
                    return Err(self.keep_pending(
                        expected,
                        expected_plan,
                        mine,
                        mine_plan,
                        message,
                    ));
                }
            };
            if displaced == expected.file_bytes() {
                let _ = fs::remove_file(&staged);
                sync_folder(real);
                if let Some(n) = hard_links(meta) {
                    self.notice = Some(msg!(
                        "save-hard-links",
                        path = display.as_str(),
                        links = n,
                        others = n - 1
                    ));
                }
                self.adopt(mine, mine_plan);
                return Ok(if merged {
                    Outcome::Merged
                } else {
                    Outcome::Saved
                });
            }
            // Another program wrote the file after we read it: take its version in.
            merged = true;
            let theirs = if Instant::now() < deadline {
                self.take_in(
                    &displaced,
                    &expected,
                    &expected_plan,
                    &mine,
                    &mine_plan,
                    round,
                    &display,
                )
            } else {
                Err(EditError::Io {
                    message: msg!("save-kept-writing", path = display.as_str()),
                })
            };
            match theirs {
                Ok((theirs, their_plan, next, next_plan)) => {
                    if now_ours {
                        // The path holds our last version; the displaced one is merged now.
                        let _ = fs::remove_file(&staged);
                        expected = mine;
                        expected_plan = mine_plan;
                    } else {
                        expected = theirs;
                        expected_plan = their_plan;
                    }
                    mine = next;
                    mine_plan = next_plan;
                }
                Err(e) => {
                    // Cannot merge: theirs goes back to the path, ours stays unsaved.
                    let kept = if now_ours {
                        self.restore(&staged, real, &mine, &displaced)
                    } else {
                        None
                    };
                    let their = decode(&self.path, displaced).ok();
                    let (s, p) = match their
                        .and_then(|s| parse_plan(&s.text).usable().cloned().map(|p| (s, p)))
                    {
                        Some(x) => x,
                        None => (expected, expected_plan),
                    };
                    let e = match kept {
                        Some(side) => EditError::Io {
                            message: msg!(
                                "save-kept-aside",
                                reason = e.short(self.plan.language),
                                path = side.display().to_string()
                            ),
                        },
                        None => e,
                    };
                    return Err(match e {
                        // Their values and ours differ: show theirs, ours set aside.
                        EditError::Conflict(_) | EditError::Removed { .. } => {
                            self.set_aside(s, p, e)
                        }
                        // Still being written, or broken for now: ours stay pending.
                        e => {
                            let message = e.short(p.language);
                            self.keep_pending(s, p, mine, mine_plan, message);
                            e
                        }
                    });
                }
            }
        }
        unreachable!("the loop ends by placing ours or putting theirs back")
    }

    /// Merges a version another program wrote (`displaced`, written over `expected`) with
    /// `mine`. Returns their version and plan, and the merged version and plan.
    #[allow(clippy::too_many_arguments)]
    fn take_in(
        &self,
        displaced: &[u8],
        expected: &Source,
        expected_plan: &Plan,
        mine: &Source,
        mine_plan: &Plan,
        round: usize,
        display: &str,
    ) -> Result<(Source, Plan, Source, Plan), EditError> {
        let theirs = decode(&self.path, displaced.to_vec()).map_err(|e| EditError::Io {
            message: e.message(),
        })?;
        let their_plan = parsed_or_invalid(&theirs, &self.plan)?;
        check_nothing_removed(expected_plan, &their_plan)?;
        let (text, plan) = if round == 0 {
            // Theirs was written over the base our edits were made on: replay them field by
            // field, so a change to the same value is a conflict with both values named.
            // (A correction they made meanwhile is dropped as done, untold.)
            self.replay(&theirs.text, &their_plan, true, &mut Vec::new())?
        } else {
            let text =
                replace::merge3(&expected.text, &mine.text, &theirs.text).ok_or_else(|| {
                    EditError::Io {
                        message: msg!("save-same-lines", path = display),
                    }
                })?;
            let source = Source::from_text(&self.path, &text);
            let plan = parsed_or_invalid(&source, &self.plan)?;
            check_nothing_removed(&their_plan, &plan)?;
            check_nothing_removed(mine_plan, &plan)?;
            (source.text, plan)
        };
        let next = Source {
            path: self.path.clone(),
            text,
            bom: theirs.bom,
        };
        Ok((theirs, their_plan, next, plan))
    }

    /// Waits until the changed file on disk is whole (not being written, valid, and not
    /// missing activities we had) for at most `replace::SETTLE_LIMIT`, then gives it, with the
    /// ids of the activities it still lacks.
    fn settle(
        &self,
        held: &mut File,
        display: &str,
    ) -> Result<(Source, Plan, Vec<Message>), EditError> {
        let start = Instant::now();
        loop {
            let bytes = replace::read_settled(held, &self.path).map_err(|e| match e.kind() {
                io::ErrorKind::WouldBlock => EditError::Io {
                    message: busy(display),
                },
                _ => gone_or_io(display, &e),
            })?;
            let outcome = decode(&self.path, bytes)
                .map_err(|e| EditError::Io {
                    message: e.message(),
                })
                .and_then(|source| Ok((parsed_or_invalid(&source, &self.plan)?, source)));
            let waited = start.elapsed() >= replace::SETTLE_LIMIT;
            match outcome {
                Ok((plan, source)) => {
                    let removed = removed_ids(&self.plan, &plan);
                    if removed.is_empty() || waited {
                        return Ok((source, plan, removed));
                    }
                }
                Err(e) if waited => return Err(e),
                Err(_) => {}
            }
            std::thread::sleep(replace::SETTLE_GAP * 5);
            // A rename writer may have put a new file at the path meanwhile.
            if let Ok(f) = replace::open(&self.path) {
                *held = f;
            }
        }
    }

    /// Our version could not be merged with the one displaced: put theirs back at the path.
    /// Returns where a third version, written while we did that, was kept (if one was).
    fn restore(
        &self,
        staged: &Path,
        real: &Path,
        mine: &Source,
        displaced: &[u8],
    ) -> Option<PathBuf> {
        // Without the exchange (Windows, some file systems) the displaced file was read, not
        // kept under the staged name: what was read goes back, through a new temp file.
        let rebuilt;
        let staged = if fs::symlink_metadata(staged).is_ok() {
            staged
        } else {
            rebuilt = match write_temp_beside(real, displaced) {
                Ok(path) => path,
                // Not even a temp file: their version is in the error's plan, shown as theirs.
                Err(_) => return None,
            };
            rebuilt.as_path()
        };
        match replace::put_back(staged, real) {
            Ok(now) if now == mine.file_bytes() => {
                let _ = fs::remove_file(staged);
                None
            }
            // Without the exchange, a third version written meanwhile was read, then replaced:
            // it is kept from what was read.
            Ok(now) if fs::symlink_metadata(staged).is_err() => write_temp_beside(real, &now)
                .ok()
                .map(|third| replace::keep_aside(&third, real)),
            Ok(_) | Err(_) => Some(replace::keep_aside(staged, real)),
        }
    }

    /// A write failed: keep the edits pending on top of what is on disk now.
    fn keep_pending(
        &mut self,
        disk: Source,
        disk_plan: Plan,
        mine: Source,
        mine_plan: Plan,
        message: Message,
    ) -> EditError {
        self.source = disk;
        self.plan = disk_plan;
        self.view = Some((mine.text, mine_plan));
        self.pending_reason = message.clone();
        EditError::Io { message }
    }

    /// Ours cannot go in on top of theirs: show theirs, and keep ours as dropped (unsaved),
    /// never silently lost.
    fn set_aside(&mut self, theirs: Source, their_plan: Plan, e: EditError) -> EditError {
        if matches!(e, EditError::Bug { .. }) {
            return e;
        }
        let reason = e.short(their_plan.language);
        let ours: Vec<Unsaved> = self
            .pending
            .iter()
            .flat_map(|op| op.unsaved(&reason))
            .collect();
        self.dropped.extend(ours);
        self.source = theirs;
        self.plan = their_plan;
        self.view = None;
        self.pending.clear();
        self.history.clear();
        e
    }

    fn adopt(&mut self, source: Source, plan: Plan) {
        self.source = source;
        self.plan = plan;
        self.view = None;
        self.pending.clear();
    }

    /// Applies the pending edits to a base text, checking each against values changed there.
    /// Corrections the base already has are done: each is told in `notes`.
    fn replay(
        &self,
        base_text: &str,
        base_plan: &Plan,
        merged: bool,
        notes: &mut Vec<Message>,
    ) -> Result<(String, Plan), EditError> {
        let mut text = base_text.to_string();
        let mut plan = base_plan.clone();
        for op in &self.pending {
            match &op.shape {
                Shape::Fields => {}
                Shape::Structure(change) => {
                    let applied = structure::apply(&text, &plan, change)?;
                    if applied.text == text
                        && let Some(note) = already_corrected(change)
                    {
                        notes.push(note);
                    }
                    (text, plan) = (applied.text, applied.plan);
                    continue;
                }
                Shape::Exact => {
                    let fits = op
                        .exact
                        .as_ref()
                        .filter(|(_, h)| *h == text_hash(&text))
                        .and_then(|(s, _)| s.apply(&text));
                    let Some(new) = fits else {
                        return Err(EditError::Refused {
                            message: msg!("save-undo-not-saved", id = op.id.as_str()),
                        });
                    };
                    let source = crate::file::Source::from_text(&self.path, &new);
                    plan = parsed_or_invalid(&source, &self.plan)?;
                    text = new;
                    continue;
                }
            }
            let Ok(index) = edit::find(&plan, &op.id) else {
                let field = op
                    .target
                    .fields()
                    .first()
                    .copied()
                    .unwrap_or(edit::Field::Status);
                return Err(EditError::Conflict(Box::new(Conflict {
                    id: op.id.clone(),
                    title: String::new(),
                    field,
                    ours: op.target.only(field),
                    theirs: None,
                })));
            };
            let a = &plan.activities[index];
            if merged {
                for field in op.target.fields() {
                    let ours = op.target.only(field);
                    let theirs = ours.current(a);
                    if theirs != op.expect.only(field) && theirs != ours {
                        return Err(EditError::Conflict(Box::new(Conflict {
                            id: op.id.clone(),
                            title: a.title.clone(),
                            field,
                            ours,
                            theirs: Some(theirs),
                        })));
                    }
                }
            }
            let exact = op
                .exact
                .as_ref()
                .filter(|(_, h)| *h == text_hash(&text))
                .map(|(s, _)| s);
            let applied = history::apply(&text, &plan, &op.id, &op.target, exact)?;
            text = applied.text;
            plan = applied.plan;
        }
        Ok((text, plan))
    }
}

/// What a correction found already made says (see [`Structure::Correct`]).
fn already_corrected(change: &Structure) -> Option<Message> {
    match change {
        Structure::Correct { from, to, .. } => Some(msg!(
            "life-fix-already",
            from = from.as_str(),
            to = to.as_str()
        )),
        _ => None,
    }
}

/// Two saves' outcomes as one: the first failure, else whether anything was saved (merged).
fn combine(
    a: Result<Outcome, EditError>,
    b: Result<Outcome, EditError>,
) -> Result<Outcome, EditError> {
    match (a, b) {
        (Err(e), _) | (Ok(_), Err(e)) => Err(e),
        (Ok(Outcome::Merged), _) | (_, Ok(Outcome::Merged)) => Ok(Outcome::Merged),
        (Ok(Outcome::Saved), _) | (_, Ok(Outcome::Saved)) => Ok(Outcome::Saved),
        _ => Ok(Outcome::Unchanged),
    }
}

/// Whether `plan` already has what `change` would make (a structural change re-applied from a
/// recovery file after it was saved after all). A move is never taken for made.
fn already_made(plan: &Plan, change: &Structure) -> bool {
    let workstream = |area: &str, title: &str| {
        plan.area_index(area)
            .and_then(|ai| plan.workstream_index(ai, area, title))
            .is_ok()
    };
    match change {
        Structure::Add { activity, .. } => plan
            .find(&activity.id)
            .is_some_and(|i| plan.activities[i].title.trim() == activity.title.trim()),
        Structure::Remove { id } => plan.find(id).is_none(),
        Structure::Move { .. } | Structure::Shift { .. } => false,
        Structure::Area { number, change } => plan.area_index(number).is_ok_and(|i| {
            let a = &plan.areas[i];
            change.title.as_ref().is_none_or(|t| a.title == t.trim())
                && change.status.is_none_or(|s| a.status == s)
                && change.reason.as_ref().is_none_or(|r| {
                    a.reason.as_deref() == r.as_deref().map(str::trim).filter(|r| !r.is_empty())
                })
        }),
        Structure::AddWorkstream { area, title } => workstream(area, title),
        Structure::AddArea { number, title } => plan
            .area_index(number)
            .is_ok_and(|i| plan.areas[i].title == title.trim()),
        Structure::RenameWorkstream {
            area,
            workstream: old,
            title,
        } => workstream(area, title) && !workstream(area, old),
        Structure::RemoveWorkstream {
            area,
            workstream: w,
        } => !workstream(area, w),
        Structure::RemoveArea { number } => plan.area_index(number).is_err(),
        // Made when its error is gone.
        Structure::Correct { problem, .. } => !plan.problems.contains(problem),
    }
}

fn gone_or_io(display: &str, e: &io::Error) -> EditError {
    EditError::Io {
        message: match e.kind() {
            io::ErrorKind::NotFound => msg!("save-gone", path = display),
            _ => msg!("save-cannot-save", path = display, reason = io_reason(e)),
        },
    }
}

/// `.<name>.lock` beside the file.
pub fn lock_path(real: &Path) -> PathBuf {
    super::beside(real, ".lock")
}

fn lock(real: &Path, timeout: Duration, display: &str) -> Result<File, EditError> {
    let path = lock_path(real);
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .inspect(|_| super::hide(&path))
        .map_err(|e| EditError::Io {
            message: msg!(
                "save-cannot-create-lock",
                path = display,
                lock = path.display().to_string(),
                reason = io_reason(&e)
            ),
        })?;
    let start = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(TryLockError::WouldBlock) if start.elapsed() < timeout => {
                std::thread::sleep(Duration::from_millis(2));
            }
            Err(TryLockError::WouldBlock) => {
                return Err(EditError::Io {
                    message: msg!(
                        "save-lock-timeout",
                        path = display,
                        seconds = timeout.as_secs_f32().to_string(),
                        lock = path.display().to_string(),
                    ),
                });
            }
            Err(TryLockError::Error(e)) => {
                return Err(EditError::Io {
                    message: msg!(
                        "save-cannot-lock",
                        path = display,
                        lock = path.display().to_string(),
                        reason = io_reason(&e)
                    ),
                });
            }
        }
    }
}

/// How long a save goes on merging and swapping before it gives up on a file that other
/// programs keep writing.
const SAVE_LIMIT: Duration = Duration::from_secs(5);

fn busy(display: &str) -> Message {
    msg!(
        "save-busy",
        path = display,
        seconds = replace::SETTLE_LIMIT.as_secs()
    )
}

/// Parses a version another program wrote (not cached: it may be half-written).
/// A plan with errors is taken when it has no error `known` (our plan) did not have.
fn parsed_or_invalid(source: &Source, known: &Plan) -> Result<Plan, EditError> {
    parse_plan(&source.text)
        .reread_after(known)
        .map_err(|diagnostics| EditError::ExternalInvalid {
            diagnostics,
            text: source.text.clone(),
        })
}

/// The ids of activities (and `area N` of areas) in `before` that `after` lacks.
fn removed_ids(before: &Plan, after: &Plan) -> Vec<Message> {
    let ids: std::collections::HashSet<&str> =
        after.activities.iter().map(|a| a.id.as_str()).collect();
    let areas: std::collections::HashSet<&str> =
        after.areas.iter().map(|a| a.number.as_str()).collect();
    let mut out: Vec<Message> = before
        .activities
        .iter()
        .filter(|a| !ids.contains(a.id.as_str()))
        .map(|a| Message::verbatim(a.id.clone()))
        .collect();
    out.extend(
        before
            .areas
            .iter()
            .filter(|a| !areas.contains(a.number.as_str()))
            .map(|a| msg!("save-area", number = a.number.as_str())),
    );
    out
}

fn check_nothing_removed(before: &Plan, after: &Plan) -> Result<(), EditError> {
    let ids = removed_ids(before, after);
    if ids.is_empty() {
        Ok(())
    } else {
        Err(EditError::Removed { ids })
    }
}

/// `bytes` in a new temp file beside `real`, synced; its path (the caller renames it).
fn write_temp_beside(real: &Path, bytes: &[u8]) -> io::Result<PathBuf> {
    use std::io::Write;
    let mut tmp = super::temp_file_beside(real)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.into_temp_path().keep().map_err(|e| e.error)
}

/// How many names the file had, when more than one.
fn hard_links(meta: &fs::Metadata) -> Option<u64> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some(meta.nlink()).filter(|&n| n > 1)
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        None
    }
}

/// The rename is done; a folder that cannot be fsynced (some file systems) still has it.
fn sync_folder(real: &Path) {
    #[cfg(unix)]
    if let Some(dir) = real.parent()
        && let Ok(d) = File::open(dir)
    {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = real;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::file::edit::Change;
    use crate::plan::{Language, Status};

    fn assert_send<T: Send>() {}

    #[test]
    fn plan_file_is_send() {
        assert_send::<PlanFile>();
    }

    const PLAN: &str = "[plan]\ntitle = \"T\"\n\n[[area]]\nnumber = \"1\"\ntitle = \"A\"\n\n[[area.activity]]\nid = \"a\"\ntitle = \"X\"\nowner = \"O\"\ndue = 2017-12-01\n\n[[area.activity]]\nid = \"b\"\ntitle = \"Y\"\nowner = \"O\"\ndue = 2017-12-02\n";

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2017, 11, 20).unwrap()
    }

    #[test]
    fn saves_merges_and_detects_conflicts() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.toml");
        fs::write(&path, PLAN).unwrap();
        let mut pf = PlanFile::open(&path).unwrap();
        let out = pf
            .apply(&Edit::new("a", Change::Owner("P".into())), today())
            .unwrap();
        assert_eq!(out, Outcome::Saved);
        let other = fs::read_to_string(&path)
            .unwrap()
            .replace("title = \"Y\"", "title = \"Z\"");
        fs::write(&path, &other).unwrap();
        let out = pf
            .apply(&Edit::new("a", Change::Status(Status::Doing)), today())
            .unwrap();
        assert_eq!(out, Outcome::Merged);
        let now = fs::read_to_string(&path).unwrap();
        assert!(now.contains("title = \"Z\"") && now.contains("status = \"doing\""));
        let theirs = now.replace("owner = \"P\"", "owner = \"Q\"");
        fs::write(&path, &theirs).unwrap();
        let err = pf
            .apply(&Edit::new("a", Change::Owner("R".into())), today())
            .unwrap_err();
        assert!(
            matches!(err, EditError::Conflict(ref c)
                if c.theirs_text(Language::En) == "\"Q\"" && c.ours_text(Language::En) == "\"R\""),
            "{err:?}"
        );
        assert_eq!(fs::read_to_string(&path).unwrap(), theirs);
        assert_eq!(pf.plan().activities[0].owner, "Q");
    }

    /// A plan nobody else has open is saved without the settle wait: the save holds no
    /// handle of its own on the file across the swap, so the lease can prove it (Linux, on a
    /// file system with leases).
    #[test]
    fn a_save_of_a_plan_nobody_has_open_is_proved_by_its_lease() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.toml");
        fs::write(&path, PLAN).unwrap();
        // Whether this file system gives leases: one bare swap on a scratch file.
        let leases = {
            let scratch = dir.path().join("scratch");
            fs::write(&scratch, "x").unwrap();
            let perms = fs::metadata(&scratch).unwrap().permissions();
            let staged = replace::stage(&scratch, b"y", perms).unwrap();
            let before = replace::unwaited_swaps();
            replace::place(&staged, &scratch, (b"y", b"x")).unwrap();
            replace::unwaited_swaps() > before
        };
        if !leases {
            eprintln!("no leases here: every save waits, as the other tests cover");
            return;
        }
        let mut pf = PlanFile::open(&path).unwrap();
        for (i, status) in [Status::Done, Status::Doing, Status::Done]
            .into_iter()
            .enumerate()
        {
            let before = replace::unwaited_swaps();
            let out = pf
                .apply(&Edit::new("a", Change::Status(status)), today())
                .unwrap();
            assert_eq!(out, Outcome::Saved);
            assert_eq!(replace::unwaited_swaps(), before + 1, "save {i} waited");
        }
        assert!(
            fs::read_to_string(&path)
                .unwrap()
                .contains("status = \"done\"")
        );
    }

    #[test]
    fn the_warnings_of_a_save_come_from_the_parse_that_verified_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.toml");
        let three = format!(
            "{}\n[[area.activity]]\nid = \"c\"\ntitle = \"W\"\nowner = \"O\"\ndue = 2017-12-03\n",
            PLAN.replace("owner = \"O\"", "owner = \"Prosjektleder\"")
        );
        fs::write(&path, three).unwrap();
        let mut pf = PlanFile::open(&path).unwrap();
        // Kept from the parse that verified the text now, not parsed again.
        let kept = |pf: &PlanFile| {
            let (hash, diagnostics) = pf.parsed.clone().expect("diagnostics kept");
            assert_eq!(hash, text_hash(pf.text()));
            assert_eq!(diagnostics, parse_plan(pf.text()).diagnostics);
            assert_eq!(pf.diagnostics(), diagnostics);
            diagnostics
        };
        assert!(kept(&pf).is_empty());
        pf.apply(
            &Edit::new("c", Change::Owner("Prosjektelder".into())),
            today(),
        )
        .unwrap();
        let warned = kept(&pf);
        assert_eq!(warned.len(), 1, "{warned:?}");
        assert!(
            warned[0].message.english().contains("misspelling"),
            "{warned:?}"
        );
        pf.undo().unwrap();
        assert!(kept(&pf).is_empty());
        // After a merge with another program's version, the text is parsed again.
        let other = fs::read_to_string(&path)
            .unwrap()
            .replace("title = \"Y\"", "title = \"Z\"");
        fs::write(&path, &other).unwrap();
        pf.apply(
            &Edit::new("c", Change::Owner("Prosjektelder".into())),
            today(),
        )
        .unwrap();
        assert_eq!(pf.diagnostics(), parse_plan(pf.text()).diagnostics);
        assert_eq!(pf.diagnostics().len(), 1);
    }
}
