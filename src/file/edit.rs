//! Edits to a plan, as values (what the TUI and `fremdrift set` ask for), and applying them to a
//! loaded plan's text without disturbing anything else in the file.
//!
//! An [`Edit`] becomes a [`Patch`] (the target values of the touched fields, with `done_on`
//! following the status). The patch is applied to the whole document with `toml_edit`, and the
//! result is *spliced*: only the bytes that `toml_edit`'s output changed are replaced in the
//! original text. That keeps the traps of `toml_edit` away from the rest of the file (it turns
//! CRLF into LF, adds a missing final newline, and the BOM is never its business — [`Source`]
//! keeps that). Values keep their decor (spacing, end-of-line comments) and, where possible,
//! their quoting; new keys are inserted in the canonical key order of the plan format and
//! aligned like their neighbour. Every result is re-parsed and must load to exactly the intended
//! model, or the edit is refused as a bug: nothing is ever written that would load differently.
//!
//! Where the activity is an ordinary `[[…activity]]` table of a valid plan and its spans are
//! known, [`apply_patch_in_table`] does the same with only that table: it edits the table's
//! block, reads the block back on its own and proves the result against the whole parse's
//! activity and spans, the intended activity and the unchanged bytes around it — no whole-file
//! parse. Whatever it cannot prove goes the whole-file way ([`apply_patch`]).
//!
//! [`Source`]: crate::file::Source

use std::fmt;

use chrono::NaiveDate;
use toml_edit::{Decor, DocumentMut, InlineTable, Item, Key, Table, Value};

use crate::diagnostics::{self, Diagnostic};
use crate::file::parse_plan;
use crate::file::spans::{ActivitySpans, PlanSpans};
use crate::i18n::Message;
use crate::msg;
use crate::plan::{Activity, ActivityPath, Language, Plan};

pub use crate::plan::edit::{Change, DueText, Edit, Field, Patch};

/// A replacement of bytes in a text: what an edit did, exactly, so it can be undone byte for
/// byte.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Splice {
    pub at: usize,
    pub removed: String,
    pub inserted: String,
}

impl Splice {
    /// The one hunk (at character boundaries) in which `new` differs from `old`: their common
    /// start and end are left out. Empty when the texts are equal.
    pub fn between(old: &str, new: &str) -> Splice {
        let (a, b) = (old.as_bytes(), new.as_bytes());
        let mut p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
        while !old.is_char_boundary(p) || !new.is_char_boundary(p) {
            p -= 1;
        }
        let max = a.len().min(b.len()) - p;
        let mut s = a
            .iter()
            .rev()
            .zip(b.iter().rev())
            .take(max)
            .take_while(|(x, y)| x == y)
            .count();
        while !old.is_char_boundary(a.len() - s) || !new.is_char_boundary(b.len() - s) {
            s -= 1;
        }
        Splice {
            at: p,
            removed: old[p..a.len() - s].to_string(),
            inserted: new[p..b.len() - s].to_string(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.removed.is_empty() && self.inserted.is_empty()
    }

    /// The splice that undoes this one.
    pub fn reversed(&self) -> Splice {
        Splice {
            at: self.at,
            removed: self.inserted.clone(),
            inserted: self.removed.clone(),
        }
    }

    /// Applies the splice when the text has the removed bytes where expected.
    pub fn apply(&self, text: &str) -> Option<String> {
        let end = self.at.checked_add(self.removed.len())?;
        if text.get(self.at..end)? != self.removed {
            return None;
        }
        let mut out = String::with_capacity(text.len() + self.inserted.len());
        out.push_str(&text[..self.at]);
        out.push_str(&self.inserted);
        out.push_str(&text[end..]);
        Some(out)
    }
}

/// The result of applying a patch: the new text (without BOM), the plan it loads to, and the
/// bytes that changed.
#[derive(Debug, Clone)]
pub struct Applied {
    pub text: String,
    pub plan: Plan,
    pub splice: Splice,
    /// The warnings of the new text, from the parse that verified it; `None` when nothing was
    /// parsed (the text did not change, or only the edited table was re-read).
    pub diagnostics: Option<Vec<Diagnostic>>,
    /// Where the activities and areas are in the new text, when known (from the parse that
    /// verified it, or moved along by [`apply_patch_in_table`]): the next field edit can then
    /// touch only its table.
    pub spans: Option<PlanSpans>,
}

/// Two sides changed the same value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub id: String,
    pub title: String,
    pub field: Field,
    /// Our value (at least `field` of it).
    pub ours: Patch,
    /// The value in the file on disk; `None` when the activity is no longer there.
    pub theirs: Option<Patch>,
}

impl Conflict {
    /// Our value as a person reads it, in `lang`.
    pub fn ours_text(&self, lang: Language) -> String {
        self.ours.describe(self.field, lang)
    }

    /// The value on disk as a person reads it, in `lang`.
    pub fn theirs_text(&self, lang: Language) -> String {
        match &self.theirs {
            Some(p) => p.describe(self.field, lang),
            None => crate::i18n::text(lang, "file-conflict-gone"),
        }
    }

    /// The conflict without the closing "nothing was saved".
    pub fn message(&self, lang: Language) -> Message {
        msg!(
            "file-conflict",
            id = self.id.as_str(),
            title = self.title.as_str(),
            field = self.field.name(),
            theirs = self.theirs_text(lang),
            ours = self.ours_text(lang),
        )
    }
}

/// Why an edit was not applied or not saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// No activity has this id.
    UnknownId {
        id: String,
        suggestion: Option<String>,
        known: Vec<String>,
    },
    /// The edit would make the plan invalid; the diagnostics are positioned in `text`, the
    /// text the edit would have produced.
    Invalid {
        diagnostics: Vec<Diagnostic>,
        text: String,
    },
    /// The file on disk was changed elsewhere and is not a valid plan now; nothing was written.
    ExternalInvalid {
        diagnostics: Vec<Diagnostic>,
        text: String,
    },
    /// The same value was changed here and elsewhere; nothing was written.
    Conflict(Box<Conflict>),
    /// The file was changed elsewhere and lacks activities (or areas) we had, even after
    /// waiting for it to be written whole; nothing was written. The ids are listed.
    Removed { ids: Vec<Message> },
    /// The edit cannot be made as asked (an unknown place, a taken id…); nothing was written.
    Refused { message: Message },
    /// Reading or writing the file failed; the caller decides what happens to the edit.
    Io { message: Message },
    /// The edit would not load back as intended: a bug in fremdrift. Nothing was written.
    Bug { message: Message },
}

impl EditError {
    /// A bug in fremdrift, described by `message`.
    pub fn bug(message: Message) -> EditError {
        EditError::Bug { message }
    }

    /// A full, human description in `lang`; diagnostics are rendered rustc-style against their
    /// text.
    pub fn render(&self, path: &str, color: bool, lang: Language) -> String {
        match self {
            EditError::Invalid {
                diagnostics: d,
                text,
            } => format!(
                "{}{}",
                diagnostics::render(d, path, text, color, lang),
                msg!("file-edit-invalid-file", path = path).render(lang)
            ),
            EditError::ExternalInvalid {
                diagnostics: d,
                text,
            } => format!(
                "{}{}",
                diagnostics::render(d, path, text, color, lang),
                msg!("file-external-invalid-file", path = path).render(lang)
            ),
            other => other.describe(lang),
        }
    }

    /// The one-line description in `lang`, for status bars and CLI errors (an unknown id adds
    /// a second line with the plan's ids).
    pub fn describe(&self, lang: Language) -> String {
        self.message(lang).render(lang)
    }

    /// The description as one short message (without the list of known ids), for a reason
    /// kept with an unsaved edit.
    pub fn short(&self, lang: Language) -> Message {
        match self {
            EditError::UnknownId {
                id,
                suggestion: Some(s),
                ..
            } => msg!(
                "file-unknown-id-suggest",
                id = id.as_str(),
                suggestion = s.as_str()
            ),
            EditError::UnknownId { id, .. } => msg!("file-unknown-id", id = id.as_str()),
            other => other.message(lang),
        }
    }

    /// The description as a message; `lang` is the language the values in it are described in
    /// (status words, the first diagnostic's line).
    pub fn message(&self, lang: Language) -> Message {
        match self {
            EditError::UnknownId {
                id,
                suggestion,
                known,
            } => {
                let first = match suggestion {
                    Some(s) => msg!(
                        "file-unknown-id-suggest",
                        id = id.as_str(),
                        suggestion = s.as_str()
                    ),
                    None => msg!("file-unknown-id", id = id.as_str()),
                };
                msg!(
                    "file-unknown-id-known",
                    first = first,
                    ids = known.join(", ")
                )
            }
            EditError::Invalid { diagnostics, text } => match diagnostics.first() {
                Some(d) => msg!("file-edit-invalid-first", first = d.at_line(text, lang)),
                None => Message::new("file-edit-invalid"),
            },
            EditError::ExternalInvalid { diagnostics, text } => match diagnostics.first() {
                Some(d) => msg!("file-external-invalid-first", first = d.at_line(text, lang)),
                None => Message::new("file-external-invalid"),
            },
            EditError::Conflict(c) => msg!("file-conflict-unsaved", conflict = c.message(lang)),
            EditError::Removed { ids } => {
                const SHOWN: usize = 5;
                let list = ids
                    .iter()
                    .take(SHOWN)
                    .map(|m| m.render(lang))
                    .collect::<Vec<_>>()
                    .join(", ");
                let list = if ids.len() > SHOWN {
                    msg!("file-list-more", list = list, more = ids.len() - SHOWN)
                } else {
                    Message::verbatim(list)
                };
                msg!("file-removed", count = ids.len(), list = list)
            }
            EditError::Io { message } | EditError::Refused { message } => message.clone(),
            EditError::Bug { message } => msg!("file-bug", message = message.clone()),
        }
    }
}

/// English, for logs; readers get [`EditError::describe`] in their language.
impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Language::En))
    }
}

impl std::error::Error for EditError {}

/// The activity with this id, or an error listing the ids.
/// An activity with an explicit id can also be named by its path id ("2.1.3").
pub fn find(plan: &Plan, id: &str) -> Result<usize, EditError> {
    plan.find_activity(id).ok_or_else(|| {
        let known: Vec<&str> = plan.activities.iter().map(|a| a.id.as_str()).collect();
        EditError::UnknownId {
            id: id.to_string(),
            suggestion: crate::file::load::did_you_mean(id, &known).map(str::to_string),
            known: known.into_iter().map(str::to_string).collect(),
        }
    })
}

/// Applies an edit to `text` (which loads to `plan`) on `today`; also returns the patch that was
/// applied (empty for a no-op, which leaves the text as it is).
pub fn apply_edit(
    text: &str,
    plan: &Plan,
    edit: &Edit,
    today: NaiveDate,
) -> Result<(Applied, Patch), EditError> {
    let index = find(plan, &edit.id)?;
    let patch = Patch::for_change(&plan.activities[index], &edit.change, today);
    let applied = apply_patch(text, plan, index, &patch)?;
    Ok((applied, patch))
}

/// Applies a patch to activity `index` of `plan`, loaded from `text` (without BOM).
pub fn apply_patch(
    text: &str,
    plan: &Plan,
    index: usize,
    patch: &Patch,
) -> Result<Applied, EditError> {
    let activity = plan
        .activities
        .get(index)
        .ok_or_else(|| EditError::bug(msg!("file-bug-no-index", index = index)))?;
    let patch = patch.minus(activity);
    if patch.is_empty() {
        return Ok(Applied {
            text: text.to_string(),
            plan: plan.clone(),
            splice: Splice::default(),
            diagnostics: None,
            spans: None,
        });
    }
    count_path(|c| c.whole_file += 1);
    let (new_text, splice) = edit_text(text, activity, &patch, plan.language)?;
    let (plan, diagnostics, spans) = verify(&new_text, plan, index, &patch)?;
    Ok(Applied {
        text: new_text,
        plan,
        splice,
        diagnostics: Some(diagnostics),
        spans: Some(spans),
    })
}

/// How many field edits this thread made by each path ([`apply_patch_in_table`] or the whole
/// file, [`apply_patch`]): a diagnostic for tests and benchmarks, never for deciding anything.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EditPaths {
    /// Edited and proved by re-reading only the activity's own table.
    pub table_only: usize,
    /// Edited in the whole document and proved by re-parsing the whole file.
    pub whole_file: usize,
}

thread_local! {
    static PATHS: std::cell::Cell<EditPaths> = const {
        std::cell::Cell::new(EditPaths { table_only: 0, whole_file: 0 })
    };
}

/// The edits this thread has made so far, by path.
pub fn edit_paths() -> EditPaths {
    PATHS.with(std::cell::Cell::get)
}

fn count_path(f: impl FnOnce(&mut EditPaths)) {
    PATHS.with(|p| {
        let mut c = p.get();
        f(&mut c);
        p.set(c);
    });
}

/// Where an activity's `[[…activity]]` table ends in `text`, given where its header starts: at
/// the next line that begins with `[` (the next table header), or at the end of the text.
fn table_block_end(text: &str, start: usize) -> Option<usize> {
    let rest = text.get(start..)?;
    let first = rest.find('\n')?;
    let mut at = start + first + 1;
    for line in text.get(at..)?.split_inclusive('\n') {
        if line.trim_start().starts_with('[') {
            return Some(at);
        }
        at += line.len();
    }
    Some(text.len())
}

/// Applies a field patch (status, done-on, note, deadline, baseline, owner, title, meeting,
/// members) to activity `index` of `plan`
/// (loaded from `text`, whose spans are `spans`) by editing and re-reading only the activity's
/// own table: the block from its `[[…activity]]` header to the next header.
///
/// The proof, instead of a whole-file parse: the block read on its own
/// (`load::read_activity_table`) gives exactly the activity the whole parse gave, at exactly
/// the spans it gave (so the block is all of that table, and nothing else); the edited block
/// read on its own gives exactly the activity [`Patch::apply_to`] expects, without any error;
/// the edited block still ends its last line before the next header; and every byte outside
/// the block is unchanged. The plan's other activities, areas and whole-plan checks (duplicate
/// ids and areas) do not depend on these fields — the deadline's meeting series and the plan's
/// period are read from `plan`, as the whole parse reads them — so the whole file reads to the
/// expected plan.
///
/// `None` when any of that cannot be shown — a plan with errors, an inline table, a table not
/// written as one contiguous block, a value the plan would refuse: the caller
/// then takes the whole-file way ([`apply_patch`]), which also says what is wrong. A no-op
/// patch is `None` too (the whole-file way returns it without parsing). In the result, `spans`
/// are those of the new text, and `diagnostics` its warnings when `diagnostics` gave those of
/// `text` (see [`diagnostics_after`]), else `None`.
pub fn apply_patch_in_table(
    text: &str,
    plan: &Plan,
    spans: &PlanSpans,
    index: usize,
    patch: &Patch,
    diagnostics: Option<&[Diagnostic]>,
) -> Option<Applied> {
    let activity = plan.activities.get(index)?;
    let patch = patch.minus(activity);
    if patch.is_empty() {
        return None;
    }
    let (start, end) = table_block(text, plan, spans, index)?;
    let block = text.get(start..end)?;
    let path = activity.path;
    let (new_block, local) = edit_table_in(
        block,
        text.contains("\r\n"),
        |doc| only_activity_table(doc, path.workstream.is_some()),
        |table| set_keys(table, &patch, plan.language),
    )
    .ok()?;
    let splice = Splice {
        at: start + local.at,
        removed: local.removed,
        inserted: local.inserted,
    };
    let made = (start, end, new_block, splice);
    prove_in_table(text, plan, spans, index, &patch, made, diagnostics)
}

/// [`apply_splice`] proved the table way (see [`apply_patch_in_table`]): an exact undo or redo
/// of a field edit, when the splice lies inside the activity's own table block. `None` when it
/// cannot be proved that way.
pub fn apply_splice_in_table(
    text: &str,
    plan: &Plan,
    (spans, diagnostics): (&PlanSpans, Option<&[Diagnostic]>),
    index: usize,
    patch: &Patch,
    splice: &Splice,
) -> Option<Applied> {
    let (start, end) = table_block(text, plan, spans, index)?;
    let cut = splice.at.checked_sub(start)?;
    let block = text.get(start..end)?;
    let after = cut.checked_add(splice.removed.len())?;
    if block.get(cut..after)? != splice.removed {
        return None;
    }
    let new_block = format!("{}{}{}", &block[..cut], splice.inserted, &block[after..]);
    let made = (start, end, new_block, splice.clone());
    prove_in_table(text, plan, spans, index, patch, made, diagnostics)
}

/// The block of activity `index`'s table in `text` (from its `[[…activity]]` header to the next
/// header), when the plan is valid, its spans are whole, and the block read on its own is
/// exactly this activity, where the whole parse put it (so the block is all of that table, and
/// nothing else).
fn table_block(text: &str, plan: &Plan, spans: &PlanSpans, index: usize) -> Option<(usize, usize)> {
    if !plan.problems.is_empty() || spans.activities.len() != plan.activities.len() {
        return None;
    }
    let activity = plan.activities.get(index)?;
    let at = spans.activities.get(index)?;
    let start = at.table.start;
    if !text.get(start..)?.starts_with("[[") {
        return None;
    }
    let end = table_block_end(text, start)?;
    if end < at.table.end {
        return None;
    }
    let block = text.get(start..end)?;
    let (old, old_spans) = crate::file::load::read_activity_table(block, plan, index)?;
    if old != *activity || shifted(&old_spans, start) != *at {
        return None;
    }
    Some((start, end))
}

/// The proof of a table-way edit: `made` is the block `start..end` of `text`, its new text, and
/// the splice that made it (in `text`'s offsets, inside the block). The new block read on its
/// own must be exactly what `patch` means for activity `index`, without any error, still end
/// its last line before the next header, and every byte outside the block must be unchanged.
fn prove_in_table(
    text: &str,
    plan: &Plan,
    spans: &PlanSpans,
    index: usize,
    patch: &Patch,
    (start, end, new_block, splice): (usize, usize, String, Splice),
    diagnostics: Option<&[Diagnostic]>,
) -> Option<Applied> {
    if splice.is_empty() || (end < text.len() && !new_block.ends_with('\n')) {
        return None;
    }
    // The edited block on its own is exactly what the edit means.
    let (new, new_spans) = crate::file::load::read_activity_table(&new_block, plan, index)?;
    let mut expected = plan.clone();
    patch.apply_to(&mut expected, index).ok()?;
    if expected.activities.get(index)? != &new {
        return None;
    }
    let block_len = end - start;
    let mut new_text = String::with_capacity(text.len() + new_block.len() - block_len);
    new_text.push_str(&text[..start]);
    new_text.push_str(&new_block);
    new_text.push_str(&text[end..]);
    // Everything outside the block is byte for byte what it was.
    let tail = text.len() - end;
    if new_text.as_bytes()[..start] != text.as_bytes()[..start]
        || new_text.as_bytes()[new_text.len() - tail..] != text.as_bytes()[end..]
    {
        return None;
    }
    let delta = new_block.len() as isize - block_len as isize;
    let mut new_spans_all = spans.clone();
    new_spans_all.shift_after(end, delta);
    new_spans_all.activities[index] = shifted(&new_spans, start);
    let diagnostics = diagnostics.and_then(|old| {
        diagnostics_after(
            old,
            (plan, spans),
            (&expected, &new_spans_all),
            start..end,
            delta,
        )
    });
    count_path(|c| c.table_only += 1);
    Some(Applied {
        text: new_text,
        plan: expected,
        splice,
        diagnostics,
        spans: Some(new_spans_all),
    })
}

/// The diagnostics of a text the table way made, from `old`, exactly those `parse_plan` gave
/// for the text before, without parsing: the loader's own (a valid plan's are warnings about
/// the plan period and empty workstreams, never inside an activity's table) moved along by
/// `delta` after the edited `block`, and the whole-plan checks (`validate::check`) run again on
/// the new plan and spans, in `parse_plan`'s order. `None` when `old` does not hold the old
/// checks' results, or a loader diagnostic lies in the block: the text is then parsed when its
/// warnings are asked for.
fn diagnostics_after(
    old: &[Diagnostic],
    (plan, spans): (&Plan, &PlanSpans),
    (new_plan, new_spans): (&Plan, &PlanSpans),
    block: std::ops::Range<usize>,
    delta: isize,
) -> Option<Vec<Diagnostic>> {
    // `old` is the loader's then the checks', sorted stably: the checks' in their sorted order
    // are a subsequence of it, and what is left is the loader's, in order.
    let mut checks = crate::file::validate::check(plan, spans);
    crate::file::load::sort_diagnostics(&mut checks);
    let mut checks = checks.into_iter().peekable();
    let mut out = Vec::new();
    for d in old {
        if checks.peek() == Some(d) {
            checks.next();
            continue;
        }
        let mut d = d.clone();
        if let Some(s) = &mut d.span {
            // In the block, or across it (an empty span at its start counts as in it).
            if s.start < block.end && (s.end > block.start || s.start >= block.start) {
                return None;
            }
            for p in [&mut s.start, &mut s.end] {
                if *p >= block.end {
                    *p = p.checked_add_signed(delta)?;
                }
            }
        }
        out.push(d);
    }
    if checks.next().is_some() {
        return None;
    }
    out.extend(crate::file::validate::check(new_plan, new_spans));
    crate::file::load::sort_diagnostics(&mut out);
    Some(out)
}

/// Spans read from a table cut out at `start`, as offsets in the whole text.
fn shifted(s: &ActivitySpans, start: usize) -> ActivitySpans {
    let by = |r: &std::ops::Range<usize>| r.start + start..r.end + start;
    ActivitySpans {
        table: by(&s.table),
        id: s.id.as_ref().map(by),
        title: by(&s.title),
        owner: by(&s.owner),
        due: by(&s.due),
        meeting: s.meeting.as_ref().map(by),
    }
}

/// The one activity table of a document made of one `[[area.activity]]` (or
/// `[[area.workstream.activity]]`) table.
fn only_activity_table(doc: &mut DocumentMut, in_workstream: bool) -> Option<ActivityTable<'_>> {
    let area = doc.as_table_mut().get_mut("area")?.as_table_like_mut()?;
    let parent = if in_workstream {
        area.get_mut("workstream")?
            .as_table_like_mut()?
            .get_mut("activity")?
    } else {
        area.get_mut("activity")?
    };
    if matches!(parent, Item::ArrayOfTables(a) if a.len() == 1) {
        nth(parent, 0)
    } else {
        None
    }
}

/// Applies a splice recorded earlier (an exact undo or redo) and checks that the result loads
/// to `plan` with `patch` applied to activity `index`.
pub fn apply_splice(
    text: &str,
    plan: &Plan,
    index: usize,
    patch: &Patch,
    splice: &Splice,
) -> Result<Applied, EditError> {
    let new_text = splice
        .apply(text)
        .ok_or_else(|| EditError::bug(Message::new("file-bug-splice-misfit")))?;
    let (plan, diagnostics, spans) = verify(&new_text, plan, index, patch)?;
    Ok(Applied {
        text: new_text,
        plan,
        splice: splice.clone(),
        diagnostics: Some(diagnostics),
        spans: Some(spans),
    })
}

/// Re-parses the edited text and checks it loads to the old plan with the patch applied;
/// returns that plan, the text's warnings and its spans.
fn verify(
    new_text: &str,
    plan: &Plan,
    index: usize,
    patch: &Patch,
) -> Result<(Plan, Vec<Diagnostic>, PlanSpans), EditError> {
    let mut parsed = parse_plan(new_text);
    let diagnostics = parsed.diagnostics.clone();
    let spans = parsed.spans.take();
    // A plan with errors may lose some, never gain one.
    let new_plan = match parsed.reread_after(plan) {
        Ok(p) => p,
        Err(diagnostics) => {
            return Err(EditError::Invalid {
                diagnostics,
                text: new_text.to_string(),
            });
        }
    };
    // What the edit means, by the one rule the board and `set` use too.
    let mut expected = plan.clone();
    if let Err(e) = patch.apply_to(&mut expected, index) {
        return Err(EditError::bug(msg!(
            "file-bug-deadline-refused",
            reason = e.message
        )));
    }
    if crate::file::load::without_problems(&expected)
        != crate::file::load::without_problems(&new_plan)
    {
        let which = expected
            .activities
            .iter()
            .zip(&new_plan.activities)
            .find(|(x, y)| x != y)
            .map_or(Message::new("file-the-plan"), |(x, _)| {
                msg!("file-the-activity", id = x.id.as_str())
            });
        return Err(EditError::bug(msg!(
            "file-bug-loads-differently",
            which = which
        )));
    }
    Ok((new_plan, diagnostics, spans))
}

/// The canonical order of an activity's keys: new keys go after the last key before them.
const KEY_ORDER: &[&str] = &[
    "id", "title", "owner", "due", "baseline", "meeting", "status", "done_on", "note", "members",
];

/// The same for an area's keys.
const AREA_KEY_ORDER: &[&str] = &["number", "title", "status", "reason", "description"];

/// The same for a workstream's keys.
const WORKSTREAM_KEY_ORDER: &[&str] = &["title", "audience", "description"];

/// Edits the activity's keys in the document and splices the changed bytes into `text`.
fn edit_text(
    text: &str,
    activity: &Activity,
    patch: &Patch,
    lang: Language,
) -> Result<(String, Splice), EditError> {
    edit_table(
        text,
        |doc| activity_table(doc, activity.path),
        |table| set_keys(table, patch, lang),
    )
}

/// Writes the values of `patch` into an activity's table.
fn set_keys(table: &mut ActivityTable<'_>, patch: &Patch, lang: Language) {
    if let Some(s) = patch.status {
        table.set_string("status", s.word(lang));
    }
    if let Some(d) = patch.done_on {
        match d {
            Some(d) => table.set_date("done_on", d),
            None => table.remove("done_on"),
        }
    }
    if let Some(n) = &patch.note {
        match n {
            Some(n) => table.set_string("note", n),
            None => table.remove("note"),
        }
    }
    if let Some(d) = &patch.due {
        match NaiveDate::parse_from_str(&d.text, "%Y-%m-%d") {
            Ok(day) if d.toml_date => table.set_date("due", day),
            _ => table.set_string("due", &d.text),
        }
    }
    match &patch.baseline {
        Some(Some(b)) => match NaiveDate::parse_from_str(&b.text, "%Y-%m-%d") {
            Ok(day) if b.toml_date => table.set_date("baseline", day),
            _ => table.set_string("baseline", &b.text),
        },
        Some(None) => table.remove("baseline"),
        None => {}
    }
    if let Some(o) = &patch.owner {
        table.set_string("owner", o);
    }
    if let Some(s) = &patch.title {
        table.set_string("title", s);
    }
    match &patch.meeting {
        Some(Some(m)) => table.set_string("meeting", m),
        Some(None) => table.remove("meeting"),
        None => {}
    }
    match &patch.members {
        Some(list) if list.is_empty() => table.remove("members"),
        Some(list) => {
            let mut array: toml_edit::Array = list.iter().map(String::as_str).collect();
            array.fmt();
            table.set("members", Value::Array(array));
        }
        None => {}
    }
}

/// Edits area `index`'s keys in the document and splices the changed bytes into `text`.
pub fn edit_area_text(
    text: &str,
    index: usize,
    keys: &crate::plan::structure::AreaChange,
    lang: Language,
) -> Result<(String, Splice), EditError> {
    edit_table(
        text,
        |doc| {
            let area = doc.as_table_mut().get_mut("area")?;
            let mut t = nth(area, index)?;
            t.order = AREA_KEY_ORDER;
            Some(t)
        },
        |table| {
            if let Some(title) = &keys.title {
                table.set_string("title", title);
            }
            if let Some(s) = keys.status {
                table.set_string("status", s.word(lang));
            }
            if let Some(r) = &keys.reason {
                match r {
                    Some(r) => table.set_string("reason", r),
                    None => table.remove("reason"),
                }
            }
        },
    )
}

/// Sets the title of area `area`'s workstream `local` (its index among the area's).
pub fn edit_workstream_text(
    text: &str,
    area: usize,
    local: usize,
    title: &str,
) -> Result<(String, Splice), EditError> {
    edit_table(
        text,
        |doc| {
            let area = nth(doc.as_table_mut().get_mut("area")?, area)?.into_like();
            let mut t = nth(area.get_mut("workstream")?, local)?;
            t.order = WORKSTREAM_KEY_ORDER;
            Some(t)
        },
        |table| table.set_string("title", title),
    )
}

/// Edits one table of the document (found by `locate`) with `apply`, and splices the changed
/// bytes into `text`: nothing outside the changed values moves.
fn edit_table(
    text: &str,
    locate: impl FnOnce(&mut DocumentMut) -> Option<ActivityTable<'_>>,
    apply: impl FnOnce(&mut ActivityTable<'_>),
) -> Result<(String, Splice), EditError> {
    crate::file::count_whole_parse();
    edit_table_in(text, text.contains("\r\n"), locate, apply)
}

/// [`edit_table`] on any text (a whole file, or one table cut out of it); `crlf` says whether
/// the file it comes from has CRLF line endings anywhere.
fn edit_table_in(
    text: &str,
    crlf: bool,
    locate: impl FnOnce(&mut DocumentMut) -> Option<ActivityTable<'_>>,
    apply: impl FnOnce(&mut ActivityTable<'_>),
) -> Result<(String, Splice), EditError> {
    let bug = EditError::bug;
    // toml_edit writes LF and a final newline; compare against the text it reads back.
    let normalized = if text.contains('\r') {
        text.replace("\r\n", "\n")
    } else {
        text.to_string()
    };
    let mut doc: DocumentMut = normalized
        .parse()
        .map_err(|_| bug(Message::new("file-bug-toml-edit-read")))?;
    let baseline = doc.to_string();
    let added_newline = if baseline == normalized {
        false
    } else if baseline.len() == normalized.len() + 1
        && baseline.starts_with(normalized.as_str())
        && baseline.ends_with('\n')
    {
        true
    } else {
        return Err(bug(Message::new("file-bug-toml-edit-exact")));
    };
    {
        let mut table =
            locate(&mut doc).ok_or_else(|| bug(Message::new("file-bug-table-missing")))?;
        // Newlines the splice writes become CRLF in a CRLF file; inside a string that would
        // change the value, so strings with line breaks are written with escapes there.
        table.escape_newlines = crlf;
        apply(&mut table);
    }
    let mut edited = doc.to_string();
    let mut baseline = baseline;
    if added_newline {
        baseline.pop();
        if edited.ends_with('\n') {
            edited.pop();
        }
    }
    Ok(splice_into(text, &baseline, &edited))
}

/// Replaces in `original` the one hunk in which `baseline` (original with LF line endings)
/// and `edited` differ, written with the line ending of the line where it starts.
fn splice_into(original: &str, baseline: &str, edited: &str) -> (String, Splice) {
    let hunk = Splice::between(baseline, edited);
    if hunk.is_empty() {
        return (original.to_string(), Splice::default());
    }
    let start = map_offset(original, hunk.at);
    let end = map_offset(original, hunk.at + hunk.removed.len());
    let mut middle = hunk.inserted;
    // The line ending of the nearest line end: after the change, or before it at the end.
    let nearest = original[start..]
        .find('\n')
        .map(|i| start + i)
        .or_else(|| original[..start].rfind('\n'));
    let crlf = nearest.is_some_and(|i| i > 0 && original.as_bytes()[i - 1] == b'\r');
    if crlf {
        middle = middle.replace('\n', "\r\n");
    }
    let splice = Splice {
        at: start,
        removed: original[start..end].to_string(),
        inserted: middle,
    };
    let mut out = String::with_capacity(original.len() + splice.inserted.len());
    out.push_str(&original[..start]);
    out.push_str(&splice.inserted);
    out.push_str(&original[end..]);
    (out, splice)
}

/// The offset in `original` of offset `n` in `original` with CRLF turned into LF.
fn map_offset(original: &str, n: usize) -> usize {
    let bytes = original.as_bytes();
    let (mut i, mut k) = (0, 0);
    while k < n && i < bytes.len() {
        if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            i += 1;
        }
        i += 1;
        k += 1;
    }
    i
}

/// The table of one activity: a `[[…activity]]` table or an inline `{ … }`.
enum Kind<'a> {
    Table(&'a mut Table),
    Inline(&'a mut InlineTable),
}

struct ActivityTable<'a> {
    kind: Kind<'a>,
    escape_newlines: bool,
    /// The canonical key order new keys are inserted by.
    order: &'static [&'static str],
}

fn nth(item: &mut Item, i: usize) -> Option<ActivityTable<'_>> {
    let kind = match item {
        Item::ArrayOfTables(a) => a.get_mut(i).map(Kind::Table),
        Item::Value(Value::Array(a)) => a
            .get_mut(i)
            .and_then(Value::as_inline_table_mut)
            .map(Kind::Inline),
        _ => None,
    }?;
    Some(ActivityTable {
        kind,
        escape_newlines: false,
        order: KEY_ORDER,
    })
}

fn activity_table(doc: &mut DocumentMut, path: ActivityPath) -> Option<ActivityTable<'_>> {
    let area = nth(doc.as_table_mut().get_mut("area")?, path.area)?.into_like();
    let parent = match path.workstream {
        Some(w) => nth(area.get_mut("workstream")?, w)?
            .into_like()
            .get_mut("activity")?,
        None => area.get_mut("activity")?,
    };
    nth(parent, path.index)
}

impl<'a> ActivityTable<'a> {
    fn into_like(self) -> &'a mut dyn toml_edit::TableLike {
        match self.kind {
            Kind::Table(t) => t,
            Kind::Inline(t) => t,
        }
    }

    fn keys(&self) -> Vec<String> {
        match &self.kind {
            Kind::Table(t) => t.iter().map(|(k, _)| k.to_string()).collect(),
            Kind::Inline(t) => t.iter().map(|(k, _)| k.to_string()).collect(),
        }
    }

    fn value_mut(&mut self, key: &str) -> Option<&mut Value> {
        match &mut self.kind {
            Kind::Table(t) => t.get_mut(key).and_then(Item::as_value_mut),
            Kind::Inline(t) => t.get_mut(key),
        }
    }

    fn key_decor(&self, key: &str) -> Option<(String, Decor)> {
        let k = match &self.kind {
            Kind::Table(t) => t.key(key),
            Kind::Inline(t) => t.key(key),
        }?;
        Some((k.display_repr().to_string(), k.leaf_decor().clone()))
    }

    fn set_string(&mut self, key: &str, s: &str) {
        // Quote like the old value, or like the table's other strings.
        let mut like = self.value_mut(key).and_then(|v| string_repr(v));
        if like.is_none() {
            for k in self.keys() {
                if let Some(r) = self.value_mut(&k).and_then(|v| string_repr(v)) {
                    like = Some(r);
                    break;
                }
            }
        }
        let value = if self.escape_newlines && s.contains(['\n', '\r']) {
            escaped(s)
        } else {
            string_like(s, like.as_deref())
        };
        self.set(key, value);
    }

    fn set_date(&mut self, key: &str, d: NaiveDate) {
        let new = d
            .format("%Y-%m-%d")
            .to_string()
            .parse::<Value>()
            .unwrap_or_else(|_| Value::from(d.format("%Y-%m-%d").to_string()));
        self.set(key, new);
    }

    /// Replaces a value keeping its decor, or inserts a new key in the canonical place.
    fn set(&mut self, key: &str, mut new: Value) {
        if let Some(old) = self.value_mut(key) {
            *new.decor_mut() = old.decor().clone();
            *old = new;
            return;
        }
        self.insert(key, new);
    }

    fn insert(&mut self, key: &str, mut value: Value) {
        let keys = self.keys();
        let order = self.order;
        let rank = |k: &str| order.iter().position(|x| *x == k).unwrap_or(usize::MAX);
        let my_rank = rank(key);
        let anchor = keys.iter().rposition(|k| rank(k) < my_rank);
        // The neighbour whose style the new key copies: the anchor, or the first key.
        let style = anchor.or(if keys.is_empty() { None } else { Some(0) });
        let mut key_decor = Decor::new("", " ");
        let mut value_prefix = " ".to_string();
        if let Some(si) = style {
            let sk = &keys[si];
            if let Some((repr, d)) = self.key_decor(sk) {
                let prefix = raw(d.prefix());
                let indent = prefix.rsplit('\n').next().unwrap_or("").to_string();
                let suffix = raw(d.suffix());
                let inline = matches!(self.kind, Kind::Inline(_));
                let new_suffix = if suffix.is_empty() || (inline && suffix.trim().is_empty()) {
                    // Inline tables are not aligned: copy the neighbour's spacing as it is.
                    suffix.clone()
                } else if suffix.chars().all(|c| c == ' ') {
                    let width = repr.chars().count() + suffix.len();
                    " ".repeat(width.saturating_sub(key.chars().count()).max(1))
                } else {
                    " ".to_string()
                };
                key_decor = Decor::new(indent, new_suffix);
            }
            if let Some(v) = self.value_mut(sk) {
                value_prefix = raw(v.decor().prefix());
            }
        }
        let at_end = anchor.is_none_or(|a| a + 1 == keys.len()) && anchor.is_some();
        let mut value_suffix = String::new();
        if let (Kind::Inline(_), true) = (&self.kind, at_end) {
            // In `{ a = 1 }` the space before `}` belongs to the last value: move it.
            if let Some(last) = keys.last().cloned()
                && let Some(v) = self.value_mut(&last)
            {
                let s = raw(v.decor().suffix());
                if s.trim().is_empty() {
                    value_suffix = s;
                    v.decor_mut().set_suffix("");
                }
            }
        }
        *value.decor_mut() = Decor::new(value_prefix, value_suffix);
        let new_key = Key::new(key).with_leaf_decor(key_decor);
        let order_of = |k: &str| -> isize {
            match keys.iter().position(|x| x == k) {
                Some(i) => 2 * i as isize,
                None => anchor.map_or(-1, |a| 2 * a as isize + 1),
            }
        };
        match &mut self.kind {
            Kind::Table(t) => {
                t.insert_formatted(&new_key, Item::Value(value));
                t.sort_values_by(|k1, _, k2, _| order_of(k1.get()).cmp(&order_of(k2.get())));
            }
            Kind::Inline(t) => {
                t.insert_formatted(&new_key, value);
                t.sort_values_by(|k1, _, k2, _| order_of(k1.get()).cmp(&order_of(k2.get())));
            }
        }
    }

    /// Removes a key, keeping the comment lines and blank lines above it.
    fn remove(&mut self, key: &str) {
        let keys = self.keys();
        let Some(i) = keys.iter().position(|k| k == key) else {
            return;
        };
        let prefix = self
            .key_decor(key)
            .map(|(_, d)| raw(d.prefix()))
            .unwrap_or_default();
        let removed_suffix = self
            .value_mut(key)
            .map(|v| raw(v.decor().suffix()))
            .unwrap_or_default();
        match &mut self.kind {
            Kind::Table(t) => {
                t.remove(key);
            }
            Kind::Inline(t) => {
                t.remove(key);
            }
        }
        let kept = match prefix.rfind('\n') {
            Some(n) => prefix[..=n].to_string(),
            None => String::new(),
        };
        let next = keys.get(i + 1);
        let prev = i.checked_sub(1).and_then(|p| keys.get(p));
        if !kept.is_empty() {
            if let Some(next) = next {
                if let Kind::Table(t) = &mut self.kind
                    && let Some(mut k) = t.key_mut(next)
                {
                    let old = raw(k.leaf_decor().prefix());
                    k.leaf_decor_mut().set_prefix(format!("{kept}{old}"));
                }
            } else if let Some(prev) = prev
                && let Some(v) = self.value_mut(prev)
            {
                // The last key: the lines above it now follow the previous value's line.
                let old = raw(v.decor().suffix());
                let lines = kept.strip_suffix('\n').unwrap_or(&kept);
                v.decor_mut().set_suffix(format!("{old}\n{lines}"));
            }
        }
        if let Kind::Inline(_) = self.kind
            && next.is_none()
            && let Some(prev) = prev
            && let Some(v) = self.value_mut(prev)
        {
            v.decor_mut().set_suffix(removed_suffix);
        }
    }
}

fn raw(r: Option<&toml_edit::RawString>) -> String {
    r.and_then(|r| r.as_str()).unwrap_or("").to_string()
}

/// A one-line basic string with escapes, for text with line breaks.
fn escaped(s: &str) -> Value {
    let mut repr = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => repr.push_str("\\\""),
            '\\' => repr.push_str("\\\\"),
            '\n' => repr.push_str("\\n"),
            '\r' => repr.push_str("\\r"),
            '\t' => repr.push_str("\\t"),
            c if c.is_control() => repr.push_str(&format!("\\u{:04X}", c as u32)),
            c => repr.push(c),
        }
    }
    repr.push('"');
    repr.parse().unwrap_or_else(|_| Value::from(s))
}

fn string_repr(v: &Value) -> Option<String> {
    match v {
        Value::String(f) => f
            .as_repr()
            .and_then(|r| r.as_raw().as_str())
            .map(str::to_string),
        _ => None,
    }
}

/// A string value quoted like `like` where that is possible: a 'literal' stays literal.
fn string_like(s: &str, like: Option<&str>) -> Value {
    let literal = like.is_some_and(|r| r.starts_with('\'') && !r.starts_with("'''"));
    if literal
        && !s.contains('\'')
        && !s.chars().any(char::is_control)
        && let Ok(v) = format!("'{s}'").parse::<Value>()
    {
        return v;
    }
    Value::from(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Status;

    const TODAY: NaiveDate = NaiveDate::from_ymd_opt(2017, 11, 20).expect("valid date");

    const PLAN: &str = "\
[plan]
title    = \"T\"
language = \"nb\"
start    = 2017-09-01
end      = 2018-04-30

[[area]]
number = \"1\"
title  = \"A\"

[[area.activity]]
id     = \"a\"
title  = \"First\"
owner  = \"Prosjektleder\"   # the doc says Prosjektelder
due    = \"30. november\"
status = \"todo\"            # start

[[area.activity]]
title = 'Second'
owner = 'Kari'
due   = 2017-12-01
# why it is done
status  = 'ferdig'
# finished early
done_on = 2017-10-01
";

    fn run(text: &str, id: &str, change: Change) -> Result<String, EditError> {
        let plan = parse_plan(text).plan.expect("test plan is valid");
        let (applied, _) = apply_edit(text, &plan, &Edit::new(id, change), TODAY)?;
        Ok(applied.text)
    }

    /// The lines that differ between two texts, as (old, new) line lists.
    fn diff(a: &str, b: &str) -> (Vec<String>, Vec<String>) {
        let (al, bl): (Vec<&str>, Vec<&str>) = (a.split('\n').collect(), b.split('\n').collect());
        let p = al.iter().zip(&bl).take_while(|(x, y)| x == y).count();
        let s = al[p..]
            .iter()
            .rev()
            .zip(bl[p..].iter().rev())
            .take_while(|(x, y)| x == y)
            .count();
        (
            al[p..al.len() - s].iter().map(|s| s.to_string()).collect(),
            bl[p..bl.len() - s].iter().map(|s| s.to_string()).collect(),
        )
    }

    #[test]
    fn status_done_keeps_comment_and_inserts_done_on_aligned() {
        let out = run(PLAN, "a", Change::Status(Status::Done)).unwrap();
        let (old, new) = diff(PLAN, &out);
        assert_eq!(old, vec!["status = \"todo\"            # start"]);
        assert_eq!(
            new,
            vec![
                "status = \"ferdig\"            # start",
                "done_on = 2017-11-20"
            ]
        );
    }

    #[test]
    fn english_plan_writes_english_words() {
        let text = PLAN.replace("language = \"nb\"", "language = \"en\"");
        let out = run(&text, "a", Change::Status(Status::Doing)).unwrap();
        assert!(out.contains("status = \"doing\""), "{out}");
    }

    #[test]
    fn leaving_done_removes_done_on_and_keeps_the_comment_above_it() {
        let out = run(PLAN, "1.2", Change::Status(Status::Doing)).unwrap();
        let (old, new) = diff(PLAN, &out);
        assert_eq!(
            old,
            vec![
                "status  = 'ferdig'",
                "# finished early",
                "done_on = 2017-10-01"
            ]
        );
        assert_eq!(new, vec!["status  = 'pågår'", "# finished early"]);
    }

    #[test]
    fn literal_strings_stay_literal_and_toml_dates_stay_dates() {
        let out = run(PLAN, "1.2", Change::Owner("Ola".into())).unwrap();
        assert!(out.contains("owner = 'Ola'\n"), "{out}");
        let out = run(PLAN, "1.2", Change::Due("2017-12-24".into())).unwrap();
        assert!(out.contains("due   = 2017-12-24\n"), "{out}");
        let out = run(PLAN, "1.2", Change::Due("uke 51".into())).unwrap();
        assert!(out.contains("due   = 'uke 51'\n"), "{out}");
    }

    #[test]
    fn a_new_note_goes_after_status_in_the_same_style() {
        let out = run(PLAN, "a", Change::Note(Some("Booked \"room\"".into()))).unwrap();
        let (old, new) = diff(PLAN, &out);
        assert!(old.is_empty(), "{old:?}");
        assert_eq!(new, vec!["note   = 'Booked \"room\"'"]);
        let back = run(&out, "a", Change::Note(None)).unwrap();
        assert_eq!(back, PLAN);
    }

    #[test]
    fn a_missing_status_is_inserted_after_due() {
        let text = PLAN.replace("status = \"todo\"            # start\n", "");
        let out = run(&text, "a", Change::Status(Status::Waiting)).unwrap();
        assert!(
            out.contains("due    = \"30. november\"\nstatus = \"venter\"\n"),
            "{out}"
        );
    }

    #[test]
    fn no_op_edits_leave_the_text_identical() {
        assert_eq!(run(PLAN, "a", Change::Status(Status::Todo)).unwrap(), PLAN);
        assert_eq!(
            run(PLAN, "a", Change::Owner(" Prosjektleder ".into())).unwrap(),
            PLAN
        );
        assert_eq!(
            run(PLAN, "a", Change::Note(Some(" ".into()))).unwrap(),
            PLAN
        );
        assert_eq!(
            run(PLAN, "1.2", Change::Status(Status::Done)).unwrap(),
            PLAN
        );
    }

    #[test]
    fn crlf_missing_final_newline_and_inline_tables_survive() {
        let text = "[plan]\r\ntitle = \"T\"\r\nstart = 2017-09-01\r\nend = 2018-04-30\r\n\r\n[[area]]\r\nnumber = \"1\"\r\ntitle = \"A\"\r\nactivity = [{ id = \"x\", title = \"X\", owner = \"O\", due = \"uke 50\" }, {id=\"y\",title=\"Y\",owner=\"O\",due=\"uke 51\",status=\"doing\"}]";
        let out = run(text, "x", Change::Status(Status::Done)).unwrap();
        assert_eq!(
            out,
            text.replace(
                "due = \"uke 50\" }",
                "due = \"uke 50\", status = \"done\", done_on = 2017-11-20 }"
            )
        );
        let out = run(text, "y", Change::Note(Some("n".into()))).unwrap();
        assert!(out.contains("status=\"doing\",note=\"n\"}]"), "{out}");
        assert!(!out.ends_with('\n'));
        let out = run(text, "y", Change::Status(Status::Todo)).unwrap();
        assert!(out.contains("status=\"todo\"}]"), "{out}");
        let out = run(text, "y", Change::Owner("P".into())).unwrap();
        assert_eq!(out.matches("\r\n").count(), text.matches("\r\n").count());
    }

    #[test]
    fn crlf_header_tables_get_crlf_new_lines() {
        let text = PLAN.replace('\n', "\r\n");
        let out = run(&text, "a", Change::Status(Status::Done)).unwrap();
        assert!(!out.replace("\r\n", "").contains('\n'), "{out:?}");
        assert!(out.contains("done_on = 2017-11-20\r\n"));
    }

    #[test]
    fn an_unparseable_deadline_is_refused_with_the_check_diagnostic() {
        let err = run(PLAN, "a", Change::Due("31. november".into())).unwrap_err();
        let EditError::Invalid { diagnostics, text } = err else {
            panic!("expected Invalid, got {err:?}");
        };
        let checked = parse_plan(&text).diagnostics;
        assert_eq!(diagnostics, checked);
        assert!(
            diagnostics[0].message.english().contains("31. november"),
            "{diagnostics:?}"
        );
    }

    #[test]
    fn an_empty_owner_is_refused() {
        let err = run(PLAN, "a", Change::Owner("  ".into())).unwrap_err();
        assert!(matches!(err, EditError::Invalid { .. }), "{err:?}");
    }

    #[test]
    fn unknown_ids_suggest_the_closest() {
        let err = run(PLAN, "1.3", Change::Status(Status::Done)).unwrap_err();
        let EditError::UnknownId {
            suggestion, known, ..
        } = err
        else {
            panic!("{err:?}");
        };
        assert_eq!(known, vec!["a", "1.2"]);
        assert_eq!(suggestion.as_deref(), Some("1.2"));
    }

    #[test]
    fn splices_reverse_exactly() {
        let plan = parse_plan(PLAN).plan.unwrap();
        let (applied, patch) = apply_edit(
            PLAN,
            &plan,
            &Edit::new("a", Change::Status(Status::Done)),
            TODAY,
        )
        .unwrap();
        let before = patch.current(&plan.activities[0]);
        let undone = apply_splice(
            &applied.text,
            &applied.plan,
            0,
            &before,
            &applied.splice.reversed(),
        )
        .unwrap();
        assert_eq!(undone.text, PLAN);
        assert_eq!(undone.plan, plan);
    }
}
