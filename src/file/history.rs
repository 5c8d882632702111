//! Undo and redo over edits, shared by the TUI and the tests. An undo is itself an edit: it sets
//! the touched fields back to their values before (including `done_on` and the absence of a
//! key). When the text is still exactly what the edit produced, the recorded byte splice is
//! reversed, so undoing every edit gives back the original bytes; otherwise (the file changed
//! elsewhere in between) the old values are written like any edit.

use crate::diagnostics::Diagnostic;
use crate::file::edit::{self, Applied, EditError, Patch, Splice};
use crate::file::spans::PlanSpans;
use crate::plan::Plan;

/// One edit as it was applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The activity's id.
    pub id: String,
    /// The touched fields' values before the edit.
    pub before: Patch,
    /// Their values after it.
    pub after: Patch,
    /// The bytes the edit changed, and hashes of the text before and after.
    pub splice: Splice,
    pub text_before: u64,
    pub text_after: u64,
    /// A structural change (add, remove, move): undone and redone only by its exact splice,
    /// on exactly the text it left.
    pub structural: bool,
}

/// Two stacks: edits that can be undone, and undone edits that can be redone.
#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<Entry>,
    redo: Vec<Entry>,
}

impl History {
    /// Records a new edit; it clears what could be redone.
    pub fn record(&mut self, entry: Entry) {
        self.undo.push(entry);
        self.redo.clear();
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The edit an undo would reverse.
    pub fn next_undo(&self) -> Option<&Entry> {
        self.undo.last()
    }

    pub fn next_redo(&self) -> Option<&Entry> {
        self.redo.last()
    }

    /// Moves the last edit to the redo stack (after its undo was applied).
    pub fn undone(&mut self) {
        if let Some(e) = self.undo.pop() {
            self.redo.push(e);
        }
    }

    /// Moves the last undone edit back (after it was redone).
    pub fn redone(&mut self) {
        if let Some(e) = self.redo.pop() {
            self.undo.push(e);
        }
    }

    /// Drops the last recorded edit (one that was never saved).
    pub fn forget_last(&mut self) {
        self.undo.pop();
    }

    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}

/// A hash of a text, to know whether a recorded splice (or kept spans and warnings) still fit
/// it exactly. An edit hashes the whole text several times (seven for a `set`), so the hash is
/// a fast one: foldhash (its `quality` variant) with a fixed seed, 64 bits, about 40 µs for a
/// 2 MB plan against 200 µs for BLAKE3. Only ever compared within one run, never stored; the
/// texts it tells apart are the plan's own versions, not chosen to collide (and whoever could
/// choose them could as well write the plan).
pub fn text_hash(text: &str) -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = foldhash::quality::FixedState::with_seed(0).build_hasher();
    h.write(text.as_bytes());
    h.finish()
}

/// The history entry for an edit applied to `text`.
pub fn entry(id: &str, before: Patch, after: Patch, text: &str, applied: &Applied) -> Entry {
    Entry {
        id: id.to_string(),
        before,
        after,
        splice: applied.splice.clone(),
        text_before: text_hash(text),
        text_after: text_hash(&applied.text),
        structural: false,
    }
}

/// The history entry for a structural change applied to `text`.
pub fn structural_entry(id: &str, text: &str, applied: &Applied) -> Entry {
    Entry {
        structural: true,
        ..entry(id, Patch::default(), Patch::default(), text, applied)
    }
}

/// Applies the undo of `entry` to `text` (which loads to `plan`).
/// `known`: the text's spans and kept diagnostics, when there are some (the undo of a field
/// edit can then be proved through its table, `edit::apply_splice_in_table`).
pub fn undo_on(
    text: &str,
    plan: &Plan,
    entry: &Entry,
    known: Option<Known<'_>>,
) -> Result<Applied, EditError> {
    let exact = (text_hash(text) == entry.text_after).then(|| entry.splice.reversed());
    if entry.structural {
        return exactly(text, exact, entry.text_before, &entry.id);
    }
    apply_known(text, plan, &entry.id, &entry.before, exact.as_ref(), known)
}

/// Applies the redo of `entry` to `text`.
pub fn redo_on(
    text: &str,
    plan: &Plan,
    entry: &Entry,
    known: Option<Known<'_>>,
) -> Result<Applied, EditError> {
    let exact = (text_hash(text) == entry.text_before).then(|| entry.splice.clone());
    if entry.structural {
        return exactly(text, exact, entry.text_after, &entry.id);
    }
    apply_known(text, plan, &entry.id, &entry.after, exact.as_ref(), known)
}

/// What is known about a text besides itself: its spans, and its diagnostics when kept.
pub type Known<'a> = (&'a PlanSpans, Option<&'a [Diagnostic]>);

/// A structural change undone or redone: the splice must fit and give back exactly the text
/// it was recorded with (hash `want`).
fn exactly(text: &str, splice: Option<Splice>, want: u64, id: &str) -> Result<Applied, EditError> {
    let new = splice
        .as_ref()
        .and_then(|s| s.apply(text))
        .filter(|t| text_hash(t) == want)
        .ok_or_else(|| EditError::Refused {
            message: crate::msg!("file-undo-structure-changed", id = id),
        })?;
    let mut parsed = crate::file::parse_plan(&new);
    let spans = parsed.spans.take();
    // The exact text it was: a plan with errors when it had them.
    let plan = parsed.usable().cloned().ok_or_else(|| EditError::Bug {
        message: crate::i18n::Message::new("file-bug-undo-would-not-load"),
    })?;
    Ok(Applied {
        text: new,
        plan,
        splice: splice.unwrap_or_default(),
        diagnostics: Some(parsed.diagnostics),
        spans: Some(spans),
    })
}

/// Applies `target` to activity `id`, through `exact` when that splice fits and loads right.
pub fn apply(
    text: &str,
    plan: &Plan,
    id: &str,
    target: &Patch,
    exact: Option<&Splice>,
) -> Result<Applied, EditError> {
    apply_known(text, plan, id, target, exact, None)
}

/// [`apply`], through the activity's table when `known` allows (the exact splice first, then
/// the patch), else the whole-file way.
pub fn apply_known(
    text: &str,
    plan: &Plan,
    id: &str,
    target: &Patch,
    exact: Option<&Splice>,
    known: Option<Known<'_>>,
) -> Result<Applied, EditError> {
    let index = edit::find(plan, id)?;
    if let (Some(splice), Some(known)) = (exact, known)
        && let Some(applied) = edit::apply_splice_in_table(text, plan, known, index, target, splice)
    {
        return Ok(applied);
    }
    if let Some(splice) = exact
        && let Ok(applied) = edit::apply_splice(text, plan, index, target, splice)
    {
        return Ok(applied);
    }
    if let Some((spans, diagnostics)) = known
        && let Some(applied) =
            edit::apply_patch_in_table(text, plan, spans, index, target, diagnostics)
    {
        return Ok(applied);
    }
    edit::apply_patch(text, plan, index, target)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::file::edit::{Change, Edit, apply_edit};
    use crate::file::parse_plan;
    use crate::plan::Status;
    use chrono::NaiveDate;

    const PLAN: &str = "[plan]\r\ntitle = \"T\"\r\n\r\n[[area]]\r\nnumber = \"1\"\r\ntitle = \"A\"\r\n\r\n[[area.activity]]\r\ntitle = \"X\"\r\nowner = \"O\"  # who\r\ndue = 2017-12-01\r\nstatus = \"done\"\r\ndone_on = 2017-11-02 # early\r\nnote = 'n'";

    #[test]
    fn undoing_everything_restores_the_bytes_and_redo_reapplies() {
        let today = NaiveDate::from_ymd_opt(2017, 11, 20).unwrap();
        let mut text = PLAN.to_string();
        let mut plan = parse_plan(&text).plan.unwrap();
        let mut h = History::default();
        let edits = [
            Change::Status(Status::Doing),
            Change::Note(None),
            Change::Owner("P".into()),
            Change::Status(Status::Done),
            Change::Due("uke 50 2017".into()),
        ];
        let mut texts = vec![text.clone()];
        for c in edits {
            let (applied, patch) = apply_edit(&text, &plan, &Edit::new("1.1", c), today).unwrap();
            let before = patch.current(&plan.activities[0]);
            h.record(entry("1.1", before, patch, &text, &applied));
            text = applied.text;
            plan = applied.plan;
            texts.push(text.clone());
        }
        while let Some(e) = h.next_undo().cloned() {
            let a = undo_on(&text, &plan, &e, None).unwrap();
            h.undone();
            text = a.text;
            plan = a.plan;
            texts.pop();
            assert_eq!(&text, texts.last().unwrap());
        }
        assert_eq!(text, PLAN);
        let e = h.next_redo().cloned().unwrap();
        let a = redo_on(&text, &plan, &e, None).unwrap();
        assert!(a.text.contains("status = \"doing\"\r\n"), "{:?}", a.text);
        assert!(!a.text.contains("done_on"));
    }
}
