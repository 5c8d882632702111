//! Edits that could not be saved, set aside in a recovery file beside the plan so they are never
//! lost: `.<name>.fremdrift-recovery` (a small JSON file) holds each [`Unsaved`] edit with the
//! value it replaced, when it was set aside, and a hash of the plan as it was on disk then.
//!
//! The board writes it when it is stopped by a signal with unsaved edits, or when the user asks
//! for it on quitting; the next board on that plan offers to re-apply the edits (through the
//! normal save path, each one checked against the value it replaced: see
//! [`PlanFile::reapply`](crate::file::save::PlanFile::reapply)) or to discard them. Writing
//! adds to an existing recovery file rather than replacing it, and an unreadable one is moved
//! aside (`….unreadable`), never overwritten. The CLI's `check` and `list` ignore the file.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::file::edit::{Change, DueText, Edit, Field, Patch, Splice};
use crate::file::io_reason;
use crate::i18n::Message;
use crate::plan::structure::{Place, Structure};
use crate::plan::{Activity, Language, Status};

/// What the first line of the file says, so a stray JSON file is not taken for one.
const FORMAT: &str = "fremdrift recovery 1";

/// An edit that is not in the plan file: what it changes, and why it is not saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsaved {
    pub intent: Intent,
    /// Why it is not on disk ("cannot save …: no space left on the device").
    pub reason: Message,
}

/// What an unsaved edit changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intent {
    /// A field of an activity, and the value it replaced (checked again before the edit is
    /// re-applied).
    Field { edit: Edit, was: Change },
    /// A change of the plan's structure (add, remove, move, rename or change an area or a
    /// workstream), as the board and the CLI ask for it; re-applied through the same path.
    Structure(Structure),
    /// The undo or redo of a structural change: exactly these bytes of the file (`id` is what
    /// the change was about), recorded on the text whose hash is `base`. Re-applied only to
    /// that same text: a splice is minimal and may start mid-word, so "the removed bytes are
    /// still at that offset" proves nothing once anything above it changed (`None`: an entry
    /// written before the hash was kept, never re-applied).
    Exact {
        id: String,
        splice: Splice,
        base: Option<u64>,
    },
}

impl Unsaved {
    /// A field edit that replaced `was`.
    pub fn field(edit: Edit, was: Change, reason: Message) -> Unsaved {
        Unsaved {
            intent: Intent::Field { edit, was },
            reason,
        }
    }

    /// A structural change.
    pub fn structure(change: Structure, reason: Message) -> Unsaved {
        Unsaved {
            intent: Intent::Structure(change),
            reason,
        }
    }

    /// The field edit and the value it replaced; `None` for a structural change.
    pub fn field_edit(&self) -> Option<(&Edit, &Change)> {
        match &self.intent {
            Intent::Field { edit, was } => Some((edit, was)),
            Intent::Structure(_) | Intent::Exact { .. } => None,
        }
    }

    /// The structural change; `None` for a field edit.
    pub fn structural(&self) -> Option<&Structure> {
        match &self.intent {
            Intent::Structure(s) => Some(s),
            Intent::Field { .. } | Intent::Exact { .. } => None,
        }
    }

    /// Whether both make the same change (whatever value a field edit replaced).
    pub fn same_change(&self, other: &Unsaved) -> bool {
        match (&self.intent, &other.intent) {
            (Intent::Field { edit: a, .. }, Intent::Field { edit: b, .. }) => a == b,
            (a, b) => a == b,
        }
    }

    /// The activity it is about (the new one for an add), or "area N" / "area N/title".
    pub fn id(&self) -> String {
        match &self.intent {
            Intent::Field { edit, .. } => edit.id.clone(),
            Intent::Structure(s) => s.id(),
            Intent::Exact { id, .. } => id.clone(),
        }
    }

    /// Whether it is about the activity `id` (a field of it, or adding, removing or moving it).
    pub fn is_about(&self, id: &str) -> bool {
        match &self.intent {
            Intent::Field { edit, .. } => edit.id == id,
            Intent::Structure(s) => {
                matches!(
                    s,
                    Structure::Add { .. } | Structure::Move { .. } | Structure::Shift { .. }
                ) && s.id() == id
            }
            Intent::Exact { .. } => false,
        }
    }

    /// "nvk-3 status: ikke startet → pågår", "nvk-9 lagt til: «Ny aktivitet»", for lists of
    /// unsaved edits.
    pub fn describe(&self, lang: Language) -> String {
        match &self.intent {
            Intent::Field { edit, was } => format!(
                "{} {}: {} → {}",
                edit.id,
                edit.change.field().name().render(lang),
                value_text(was, lang),
                value_text(&edit.change, lang)
            ),
            Intent::Structure(s) => describe_structure(s, lang),
            Intent::Exact { id, .. } => {
                crate::msg!("life-unsaved-exact", id = id.as_str()).render(lang)
            }
        }
    }
}

/// A structural change as a person reads it.
pub fn describe_structure(s: &Structure, lang: Language) -> String {
    let place = |p: &Place| match p {
        Place::After(id) => crate::msg!("life-place-after", id = id.as_str()),
        Place::End {
            area,
            workstream: None,
        } => crate::msg!("life-place-area", area = area.as_str()),
        Place::End {
            area,
            workstream: Some(w),
        } => crate::msg!(
            "life-place-workstream",
            area = area.as_str(),
            title = w.as_str()
        ),
    };
    let message = match s {
        Structure::Add { place: p, activity } => crate::msg!(
            "life-unsaved-add",
            id = activity.id.as_str(),
            title = activity.title.as_str(),
            place = place(p)
        ),
        Structure::Remove { id } => crate::msg!("life-unsaved-remove", id = id.as_str()),
        Structure::Move { id, place: p } => {
            crate::msg!("life-unsaved-move", id = id.as_str(), place = place(p))
        }
        Structure::Shift { id, down } => crate::msg!(
            "life-unsaved-shift",
            id = id.as_str(),
            down = if *down { "yes" } else { "no" }
        ),
        Structure::Area { number, change } => {
            let mut parts = Vec::new();
            if let Some(t) = &change.title {
                parts.push(format!("\"{t}\""));
            }
            if let Some(st) = change.status {
                parts.push(st.word(lang).to_string());
            }
            if let Some(Some(r)) = &change.reason {
                parts.push(format!("\"{r}\""));
            }
            crate::msg!(
                "life-unsaved-area",
                number = number.as_str(),
                change = parts.join(", ")
            )
        }
        Structure::AddWorkstream { area, title } => crate::msg!(
            "life-unsaved-add-workstream",
            area = area.as_str(),
            title = title.as_str()
        ),
        Structure::AddArea { number, title } => crate::msg!(
            "life-unsaved-add-area",
            number = number.as_str(),
            title = title.as_str()
        ),
        Structure::RenameWorkstream {
            area,
            workstream,
            title,
        } => crate::msg!(
            "life-unsaved-rename-workstream",
            area = area.as_str(),
            old = workstream.as_str(),
            new = title.as_str()
        ),
        Structure::RemoveWorkstream { area, workstream } => crate::msg!(
            "life-unsaved-remove-workstream",
            area = area.as_str(),
            title = workstream.as_str()
        ),
        Structure::RemoveArea { number } => {
            crate::msg!("life-unsaved-remove-area", number = number.as_str())
        }
        Structure::Correct {
            problem, from, to, ..
        } => crate::msg!(
            "life-unsaved-correct",
            from = from.as_str(),
            to = to.as_str(),
            problem = problem.clone()
        ),
    };
    message.render(lang)
}

/// A field's value as a person reads it: a status word, or the text in quotes.
pub fn value_text(change: &Change, lang: Language) -> String {
    match change {
        Change::Status(s) => s.word(lang).to_string(),
        Change::Note(None) => "–".to_string(),
        Change::Note(Some(n))
        | Change::Due(n)
        | Change::CorrectDue(n)
        | Change::Owner(n)
        | Change::Title(n) => {
            format!("\"{n}\"")
        }
        Change::Meeting(None) => "–".to_string(),
        Change::Meeting(Some(m)) => format!("\"{m}\""),
        Change::Members(m) => format!("\"{}\"", m.join(", ")),
    }
}

/// The current value of `field` in `a`, as a change that would set it.
pub fn current(a: &Activity, field: Field) -> Change {
    match field {
        Field::Status => Change::Status(a.status),
        Field::Note => Change::Note(a.note.clone()),
        Field::Due => Change::Due(a.due.text.clone()),
        Field::Owner => Change::Owner(a.owner.clone()),
        Field::Title => Change::Title(a.title.clone()),
        Field::Meeting => Change::Meeting(a.meeting.clone()),
        Field::Members => Change::Members(a.members.clone()),
    }
}

/// Whether two values of a field are the same as the file would hold them.
pub fn same_value(a: &Change, b: &Change) -> bool {
    let note = |n: &Option<String>| {
        n.as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_string)
    };
    match (a, b) {
        (Change::Note(x), Change::Note(y)) => note(x) == note(y),
        (Change::Due(x) | Change::CorrectDue(x), Change::Due(y) | Change::CorrectDue(y))
        | (Change::Owner(x), Change::Owner(y))
        | (Change::Title(x), Change::Title(y)) => x.trim() == y.trim(),
        (Change::Meeting(x), Change::Meeting(y)) => note(x) == note(y),
        _ => a == b,
    }
}

/// The edits a saving layer's patch stands for (`expect` → `target`), one per field.
pub fn from_patch(id: &str, expect: &Patch, target: &Patch, reason: &Message) -> Vec<Unsaved> {
    let mut out = Vec::new();
    let mut push = |change: Option<Change>, was: Option<Change>| {
        if let (Some(change), Some(was)) = (change, was) {
            out.push(Unsaved::field(Edit::new(id, change), was, reason.clone()));
        }
    };
    push(
        target.status.map(Change::Status),
        expect.status.map(Change::Status),
    );
    push(
        target.note.clone().map(Change::Note),
        expect.note.clone().map(Change::Note),
    );
    let due = |d: &Option<DueText>| d.as_ref().map(|d| Change::Due(d.text.clone()));
    push(due(&target.due), due(&expect.due));
    push(
        target.owner.clone().map(Change::Owner),
        expect.owner.clone().map(Change::Owner),
    );
    push(
        target.title.clone().map(Change::Title),
        expect.title.clone().map(Change::Title),
    );
    push(
        target.meeting.clone().map(Change::Meeting),
        expect.meeting.clone().map(Change::Meeting),
    );
    push(
        target.members.clone().map(Change::Members),
        expect.members.clone().map(Change::Members),
    );
    out
}

/// A recovery file's contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// When the edits were (last) set aside, as the writer's local time (RFC 3339).
    pub written_at: String,
    /// [`plan_hash`] of the plan file as it was on disk then.
    pub plan_hash: String,
    pub edits: Vec<Unsaved>,
}

#[derive(Serialize, Deserialize)]
struct Wire {
    format: String,
    plan: String,
    written_at: String,
    plan_hash: String,
    edits: Vec<WireEdit>,
}

#[derive(Serialize, Deserialize)]
struct WireEdit {
    id: String,
    /// A field's key, or [`STRUCTURE`] for a structural change.
    field: String,
    value: Option<String>,
    was: Option<String>,
    #[serde(default)]
    reason: WireReason,
    /// The structural change (files written before structural changes were kept lack it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    structure: Option<Structure>,
    /// The exact bytes of an undone or redone structural change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    splice: Option<WireSplice>,
}

#[derive(Serialize, Deserialize)]
struct WireSplice {
    at: usize,
    removed: String,
    inserted: String,
    /// The hash of the text the splice was recorded on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    base: Option<u64>,
}

/// The wire `field` of an exact change.
const EXACT: &str = "exact";

/// The wire `field` of a structural change.
const STRUCTURE: &str = "structure";

/// Why an edit is unsaved: a message (rendered in the reader's language when shown), or the
/// plain text older recovery files hold.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum WireReason {
    Message(Message),
    Text(String),
}

impl Default for WireReason {
    fn default() -> WireReason {
        WireReason::Text(String::new())
    }
}

/// The wire name of [`Change::CorrectDue`] (its field is `due`, but it keeps no baseline).
const CORRECT_DUE: &str = "due-correction";

fn to_wire(change: &Change) -> (String, Option<String>) {
    // A corrected deadline (a typo fixed, no baseline kept) must come back as one.
    let field = match change {
        Change::CorrectDue(_) => CORRECT_DUE.to_string(),
        _ => change.field().key().to_string(),
    };
    let value = match change {
        Change::Status(s) => Some(s.word(Language::En).to_string()),
        Change::Note(n) => n.clone(),
        Change::Due(t) | Change::CorrectDue(t) | Change::Owner(t) | Change::Title(t) => {
            Some(t.clone())
        }
        Change::Meeting(m) => m.clone(),
        // One line, comma-separated: names do not hold commas in practice.
        Change::Members(m) => Some(m.join(", ")),
    };
    (field, value)
}

fn from_wire(field: &str, value: Option<String>) -> Result<Change, Message> {
    match (field, value) {
        ("status", Some(w)) => Status::parse(&w)
            .map(Change::Status)
            .ok_or_else(|| crate::msg!("file-recovery-unknown-status", status = w.as_str())),
        ("note", n) => Ok(Change::Note(n)),
        ("due", Some(t)) => Ok(Change::Due(t)),
        (CORRECT_DUE, Some(t)) => Ok(Change::CorrectDue(t)),
        ("owner", Some(t)) => Ok(Change::Owner(t)),
        ("title", Some(t)) => Ok(Change::Title(t)),
        ("meeting", m) => Ok(Change::Meeting(m)),
        ("members", m) => Ok(Change::members(&m.unwrap_or_default())),
        (f, None) => Err(crate::msg!("file-recovery-no-value", field = f)),
        (f, _) => Err(crate::msg!("file-recovery-unknown-field", field = f)),
    }
}

/// A stable hash of a plan file's bytes (FNV-1a, 64 bits, in hex): the same in every build,
/// unlike `std`'s hasher, because it is stored in a file.
pub fn plan_hash(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("fnv1a64:{h:016x}")
}

/// `.<name>.fremdrift-recovery` beside the plan's real file (a symlinked plan keeps its
/// recovery file beside the target, where the lock and the temp files are too).
pub fn path_for(plan: &Path) -> PathBuf {
    super::beside(plan, ".fremdrift-recovery")
}

/// Reads the recovery file of `plan`: `Ok(None)` when there is none.
pub fn read(plan: &Path) -> Result<Option<Recovery>, Message> {
    let path = path_for(plan);
    let bytes = super::read_regular_file(&path, super::MAX_PLAN_BYTES)
        .and_then(|b| String::from_utf8(b).map_err(std::io::Error::other));
    let text = match bytes {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(crate::msg!(
                "file-recovery-cannot-read",
                path = path.display().to_string(),
                reason = io_reason(&e)
            ));
        }
    };
    parse(&text).map(Some).map_err(|e| {
        crate::msg!(
            "file-recovery-bad",
            path = path.display().to_string(),
            reason = e
        )
    })
}

fn parse(text: &str) -> Result<Recovery, Message> {
    let wire: Wire = serde_json::from_str(text).map_err(|e| {
        crate::msg!(
            "file-recovery-not-recovery",
            reason = e.to_string().to_lowercase()
        )
    })?;
    if wire.format != FORMAT {
        return Err(crate::msg!(
            "file-recovery-unknown-format",
            format = wire.format.as_str(),
            expected = FORMAT
        ));
    }
    let edits = wire
        .edits
        .into_iter()
        .map(|e| {
            let reason = match e.reason {
                WireReason::Message(m) => m,
                WireReason::Text(t) => Message::verbatim(t),
            };
            if e.field == EXACT {
                let s = e
                    .splice
                    .ok_or_else(|| crate::msg!("file-recovery-no-value", field = EXACT))?;
                let splice = Splice {
                    at: s.at,
                    removed: s.removed,
                    inserted: s.inserted,
                };
                return Ok(Unsaved {
                    intent: Intent::Exact {
                        id: e.id,
                        splice,
                        base: s.base,
                    },
                    reason,
                });
            }
            if e.field == STRUCTURE {
                let change = e
                    .structure
                    .ok_or_else(|| crate::msg!("file-recovery-no-value", field = STRUCTURE))?;
                return Ok(Unsaved::structure(change, reason));
            }
            Ok(Unsaved::field(
                Edit::new(e.id, from_wire(&e.field, e.value)?),
                from_wire(&e.field, e.was)?,
                reason,
            ))
        })
        .collect::<Result<Vec<_>, Message>>()?;
    Ok(Recovery {
        written_at: wire.written_at,
        plan_hash: wire.plan_hash,
        edits,
    })
}

fn render(plan: &Path, recovery: &Recovery) -> String {
    let wire = Wire {
        format: FORMAT.to_string(),
        plan: plan
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        written_at: recovery.written_at.clone(),
        plan_hash: recovery.plan_hash.clone(),
        edits: recovery
            .edits
            .iter()
            .map(|u| match &u.intent {
                Intent::Field { edit, was } => {
                    let (field, value) = to_wire(&edit.change);
                    WireEdit {
                        id: edit.id.clone(),
                        field,
                        value,
                        was: to_wire(was).1,
                        reason: WireReason::Message(u.reason.clone()),
                        structure: None,
                        splice: None,
                    }
                }
                Intent::Structure(change) => WireEdit {
                    id: change.id(),
                    field: STRUCTURE.to_string(),
                    value: None,
                    was: None,
                    reason: WireReason::Message(u.reason.clone()),
                    structure: Some(change.clone()),
                    splice: None,
                },
                Intent::Exact { id, splice, base } => WireEdit {
                    id: id.clone(),
                    field: EXACT.to_string(),
                    value: None,
                    was: None,
                    reason: WireReason::Message(u.reason.clone()),
                    structure: None,
                    splice: Some(WireSplice {
                        at: splice.at,
                        removed: splice.removed.clone(),
                        inserted: splice.inserted.clone(),
                        base: *base,
                    }),
                },
            })
            .collect(),
    };
    // Serializing plain strings cannot fail; the fallback keeps the error visible anyway.
    serde_json::to_string_pretty(&wire).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}")) + "\n"
}

/// Sets `edits` aside for `plan`, adding them to an existing recovery file (an edit already in
/// it is not written twice). `at` is the local time; returns the recovery file's path.
pub fn write(plan: &Path, edits: &[Unsaved], at: &str) -> Result<PathBuf, Message> {
    let path = path_for(plan);
    let mut all = match read(plan) {
        Ok(Some(r)) => r.edits,
        Ok(None) => Vec::new(),
        Err(_) => {
            // Never overwrite what cannot be read: move it aside for a person to look at.
            let aside = path.with_extension("fremdrift-recovery.unreadable");
            fs::rename(&path, &aside).map_err(|e| {
                crate::msg!(
                    "file-recovery-cannot-move-aside",
                    path = path.display().to_string(),
                    reason = io_reason(&e)
                )
            })?;
            Vec::new()
        }
    };
    for e in edits {
        if !all.iter().any(|a| a.intent == e.intent) {
            all.push(e.clone());
        }
    }
    let hash = super::open_plan(plan)
        .and_then(|mut f| super::read_bounded(&mut f, plan))
        .map(|b| plan_hash(&b))
        .unwrap_or_else(|_| "unknown (the plan could not be read)".into());
    let recovery = Recovery {
        written_at: at.to_string(),
        plan_hash: hash,
        edits: all,
    };
    replace(plan, &recovery)?;
    Ok(path)
}

/// Replaces the recovery file of `plan` with `recovery` (or removes it when it has no edits).
pub fn replace(plan: &Path, recovery: &Recovery) -> Result<(), Message> {
    if recovery.edits.is_empty() {
        return remove(plan);
    }
    let path = path_for(plan);
    write_atomic(&path, render(plan, recovery).as_bytes())
}

/// Removes the recovery file of `plan`, if there is one.
pub fn remove(plan: &Path) -> Result<(), Message> {
    let path = path_for(plan);
    match fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(crate::msg!(
            "file-recovery-cannot-remove",
            path = path.display().to_string(),
            reason = io_reason(&e)
        )),
    }
}

/// Temp file in the same folder, fsync, rename, fsync the folder: a reader sees the old file
/// or the new one, never half of one. The temp file's name is unpredictable and it is created
/// exclusively ([`super::temp_file_beside`]), so a symlink planted beside the plan is never
/// followed; a temp file left by a killed process is found by [`super::clean_stale_temps`].
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Message> {
    let fail = |step: Message, e: &std::io::Error| {
        crate::msg!(
            "file-recovery-cannot-write",
            path = path.display().to_string(),
            step = step,
            reason = io_reason(e)
        )
    };
    let dir = super::parent_dir(path).display().to_string();
    // Dropped on any error below, the temp file is removed.
    let mut tmp = super::temp_file_beside(path)
        .map_err(|e| fail(crate::msg!("file-temp-create", dir = dir.as_str()), &e))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| fail(Message::new("file-temp-write"), &e))?;
    super::persist(tmp, path).map_err(|e| fail(Message::new("file-temp-rename"), &e))?;
    if let Ok(d) = File::open(super::parent_dir(path)) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edits() -> Vec<Unsaved> {
        vec![
            Unsaved::field(
                Edit::new("nvk-3", Change::Status(Status::Doing)),
                Change::Status(Status::Todo),
                Message::verbatim("cannot save p.toml: no space left on the device"),
            ),
            Unsaved::field(
                Edit::new("a.1", Change::Note(None)),
                Change::Note(Some("«hei»\n\"quoted\"".into())),
                Message::verbatim(""),
            ),
            Unsaved::field(
                Edit::new("b", Change::Due("uke 50".into())),
                Change::Due("2017-12-01".into()),
                Message::verbatim(""),
            ),
            // A corrected typo stays a correction (no baseline) when it is re-applied; the
            // value before shares the edit's field on the wire.
            Unsaved::field(
                Edit::new("c", Change::CorrectDue("14. april 2018".into())),
                Change::CorrectDue("14. april 2017".into()),
                Message::verbatim(""),
            ),
            // Structural changes are kept as the board and the CLI ask for them.
            Unsaved::structure(
                Structure::Add {
                    place: Place::After("nvk-2".into()),
                    activity: crate::plan::structure::NewActivity {
                        id: "nvk-9".into(),
                        title: "Ny «aktivitet»".into(),
                        owner: "Prosjektleder".into(),
                        due: "uke 50".into(),
                    },
                },
                Message::verbatim("read-only"),
            ),
            Unsaved::structure(
                Structure::Move {
                    id: "nvk-3".into(),
                    place: Place::End {
                        area: "2".into(),
                        workstream: Some("Effektiv søknadsprosess".into()),
                    },
                },
                Message::verbatim(""),
            ),
            Unsaved::structure(
                Structure::Area {
                    number: "3".into(),
                    change: crate::plan::structure::AreaChange {
                        title: None,
                        status: Some(crate::plan::AreaStatus::Active),
                        reason: Some(None),
                    },
                },
                Message::verbatim(""),
            ),
            Unsaved::structure(
                Structure::RenameWorkstream {
                    area: "2".into(),
                    workstream: "A".into(),
                    title: "B".into(),
                },
                Message::verbatim(""),
            ),
            // The undo of a structural change: its exact bytes.
            Unsaved {
                intent: Intent::Exact {
                    id: "esp-6".into(),
                    splice: Splice {
                        at: 10,
                        removed: String::new(),
                        inserted: "\n[[area.workstream.activity]]\nid = \"esp-6\"\n".into(),
                    },
                    base: Some(0x0123_4567_89ab_cdef),
                },
                reason: Message::verbatim(""),
            },
        ]
    }

    #[test]
    fn a_recovery_file_from_before_structural_changes_still_loads() {
        let old = r#"{
  "format": "fremdrift recovery 1",
  "plan": "p.toml",
  "written_at": "2017-12-01T10:42:00+01:00",
  "plan_hash": "fnv1a64:0",
  "edits": [
    { "id": "nvk-3", "field": "status", "value": "doing", "was": "todo", "reason": "disk full" },
    { "id": "nvk-4", "field": "note", "value": null, "was": "x" }
  ]
}"#;
        let r = parse(old).unwrap();
        assert_eq!(
            r.edits,
            vec![
                Unsaved::field(
                    Edit::new("nvk-3", Change::Status(Status::Doing)),
                    Change::Status(Status::Todo),
                    Message::verbatim("disk full"),
                ),
                Unsaved::field(
                    Edit::new("nvk-4", Change::Note(None)),
                    Change::Note(Some("x".into())),
                    Message::verbatim(""),
                ),
            ]
        );
        // A structural entry says which change it is, in the board's words.
        let text = render(
            Path::new("p.toml"),
            &Recovery {
                edits: edits(),
                ..r
            },
        );
        assert!(text.contains("\"op\": \"add\""), "{text}");
        assert_eq!(parse(&text).unwrap().edits, edits());
        assert_eq!(
            edits()[4].describe(Language::En),
            "nvk-9 added: \"Ny «aktivitet»\" after nvk-2"
        );
    }

    #[test]
    fn round_trip_append_and_remove() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("p.toml");
        fs::write(&plan, "[plan]\n").unwrap();
        assert_eq!(read(&plan), Ok(None));
        let path = write(&plan, &edits()[..2], "2017-12-01T10:42:00+01:00").unwrap();
        assert_eq!(path, path_for(&plan));
        assert!(path.ends_with(".p.toml.fremdrift-recovery"));
        // Adding the same edits again and one more keeps each once, in order.
        write(&plan, &edits(), "2017-12-01T10:43:00+01:00").unwrap();
        let r = read(&plan).unwrap().unwrap();
        assert_eq!(r.edits, edits());
        assert_eq!(r.written_at, "2017-12-01T10:43:00+01:00");
        assert_eq!(r.plan_hash, plan_hash(b"[plan]\n"));
        remove(&plan).unwrap();
        assert_eq!(read(&plan), Ok(None));
        remove(&plan).unwrap();
    }

    #[test]
    fn an_unreadable_recovery_file_is_moved_aside_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("p.toml");
        fs::write(&plan, "[plan]\n").unwrap();
        fs::write(path_for(&plan), "{ half a fi").unwrap();
        let err = read(&plan).unwrap_err();
        assert!(
            err.english().contains("not a fremdrift recovery file"),
            "{err:?}"
        );
        assert!(
            err.render(Language::Nn)
                .contains("ikkje ei gjenopprettingsfil frå fremdrift"),
            "{err:?}"
        );
        write(&plan, &edits(), "now").unwrap();
        let aside = dir.path().join(".p.toml.fremdrift-recovery.unreadable");
        assert_eq!(fs::read_to_string(aside).unwrap(), "{ half a fi");
        assert_eq!(read(&plan).unwrap().unwrap().edits, edits());
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_planted_at_the_old_temp_name_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let victim = outside.path().join("victim");
        fs::write(&victim, "keep").unwrap();
        let plan = dir.path().join("p.toml");
        fs::write(&plan, "[plan]\n").unwrap();
        // The name this process's temp file used to have, and the next PIDs' too.
        let pid = std::process::id();
        for p in pid..pid + 20 {
            let old = dir
                .path()
                .join(format!(".p.toml.fremdrift-recovery.{p}.tmp"));
            std::os::unix::fs::symlink(&victim, old).unwrap();
        }
        write(&plan, &edits(), "now").unwrap();
        write(&plan, &edits()[..1], "now").unwrap();
        assert_eq!(fs::read_to_string(&victim).unwrap(), "keep");
        assert_eq!(read(&plan).unwrap().unwrap().edits, edits());
        let files: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap())
            .filter(|e| !e.file_type().unwrap().is_symlink())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(files.len(), 2, "{files:?}");
    }

    #[test]
    fn the_hash_is_stable() {
        assert_eq!(plan_hash(b""), "fnv1a64:cbf29ce484222325");
        assert_eq!(plan_hash(b"a"), "fnv1a64:af63dc4c8601ec8c");
    }

    #[test]
    fn describe_reads_like_a_change() {
        assert_eq!(
            edits()[0].describe(Language::Nb),
            "nvk-3 status: ikke startet → pågår"
        );
    }
}
