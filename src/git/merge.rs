//! A three-way merge of plans at the level of their fields: the heart of `fremdrift merge`, git's
//! merge driver for plan files.
//!
//! Every version is parsed and cut into the *blocks* of its activities (`file::structure`) and
//! the rest (plan header, meetings, areas, workstreams, comments), in which each block is
//! replaced by one marker line. The rest is merged line by line, so a structural change — an
//! activity added, removed or moved — is a change of marker lines, and additions on both sides
//! at the same place are both kept. Each activity is merged on its own: a block only one side
//! changed is taken from that side; when both changed it, a clean line merge of its lines is
//! tried first (it keeps both sides' comments), else the fields the other side changed (status
//! with `done_on`, note, deadline, owner) are applied to one side's text as fremdrift's own
//! minimal edits (`file::edit::apply_patch`). The same field changed to different values is a
//! conflict, marked around only that value's lines; an activity removed on one side and changed
//! on the other is a conflict too. A clean result must re-read to the merged plan (if the line
//! merge of an activity broke that, the merge is redone by fields alone), or the plan is merged
//! line by line instead, as git would.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use similar::{MergeResolution, TextMerge};

use super::{keys, newline};
use crate::diagnostics::Diagnostic;
use crate::file::edit::{DueText, Field, Patch, apply_patch};
use crate::file::parse_plan;
use crate::file::structure::activity_blocks;
use crate::i18n::Message;
use crate::msg;
use crate::plan::{Activity, Language, Plan};

/// Git's default length of conflict markers.
pub const DEFAULT_MARKER_SIZE: usize = 7;

/// What a merge gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    /// The merged text; with conflict markers when `conflicts` is not empty.
    pub text: String,
    /// One line per conflict, as a person reads it.
    pub conflicts: Vec<Message>,
    /// Why the plan was merged line by line instead of by fields, when it was.
    pub line_merge: Option<Message>,
    /// What the merge did that a person should know (an activity given a new id).
    pub notes: Vec<Message>,
    /// The language our version of the plan declares (`[plan] language`), read also when it
    /// does not load: the language the driver's messages speak.
    pub language: Option<Language>,
}

/// Merges `ours` and `theirs`, both descended from `base` (texts without BOM).
pub fn merge(base: &str, ours: &str, theirs: &str, marker_size: usize) -> Merged {
    let markers = Markers {
        size: marker_size.max(1),
        nl: newline(ours),
    };
    // Ours is read once: for the merge, and for the language it declares (also when it does
    // not load), which the driver's messages speak.
    let ours_read = parse_plan(ours);
    let language = ours_read.language;
    let sides = (
        Side::of(base, parse_plan(base)),
        Side::of(ours, ours_read),
        Side::of(theirs, parse_plan(theirs)),
    );
    let result = match sides {
        // First with activities both sides changed merged line by line where that is clean
        // (keeping both sides' comments in them); when that does not re-read to the merged
        // plan, by fields alone.
        (Ok(b), Ok(o), Ok(t)) => structured(&b, &o, &t, &markers, true)
            .or_else(|_| structured(&b, &o, &t, &markers, false)),
        (b, o, t) => Err(match (b.is_err(), o.is_err(), t.is_err()) {
            (true, false, false) => Message::new("git-merge-invalid-base"),
            (false, true, false) => Message::new("git-merge-invalid-ours"),
            (false, false, true) => Message::new("git-merge-invalid-theirs"),
            (true, true, false) => Message::new("git-merge-invalid-base-ours"),
            (true, false, true) => Message::new("git-merge-invalid-base-theirs"),
            (false, true, true) => Message::new("git-merge-invalid-ours-theirs"),
            _ => Message::new("git-merge-invalid-all"),
        }),
    };
    match result {
        Ok(m) => Merged { language, ..m },
        Err(reason) => {
            let (text, n) = merge_lines(base, ours, theirs, false, &markers);
            Merged {
                text,
                conflicts: (0..n)
                    .map(|i| msg!("git-merge-lines-both", place = i + 1, count = n))
                    .collect(),
                line_merge: Some(reason),
                notes: Vec::new(),
                language,
            }
        }
    }
}

/// One version of the plan: its text, plan, activity blocks and keys.
struct Side<'a> {
    text: &'a str,
    plan: Plan,
    blocks: Vec<Range<usize>>,
    keys: Vec<String>,
    index: HashMap<String, usize>,
}

impl<'a> Side<'a> {
    fn of(text: &'a str, read: crate::file::Parsed) -> Result<Side<'a>, Message> {
        let plan = read
            .plan
            .ok_or_else(|| Message::new("git-merge-not-a-plan"))?;
        let blocks = activity_blocks(text, &plan).map_err(|e| e.message(plan.language))?;
        let keys = keys(&plan);
        let index = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (k.clone(), i))
            .collect();
        Ok(Side {
            text,
            plan,
            blocks,
            keys,
            index,
        })
    }

    fn block(&self, i: usize) -> &'a str {
        &self.text[self.blocks[i].clone()]
    }

    fn get(&self, key: &str) -> Option<usize> {
        self.index.get(key).copied()
    }

    /// The key of the activity whose block comes right before `i`'s in the file.
    fn predecessor(&self, i: usize) -> Option<&str> {
        let start = self.blocks[i].start;
        (0..self.blocks.len())
            .filter(|&j| self.blocks[j].start < start)
            .max_by_key(|&j| self.blocks[j].start)
            .map(|j| self.keys[j].as_str())
    }

    /// The text with every activity block replaced by a marker line naming its key.
    fn skeleton(&self, table: &mut Vec<String>) -> String {
        let mut order: Vec<usize> = (0..self.blocks.len()).collect();
        order.sort_by_key(|&i| self.blocks[i].start);
        let mut out = String::with_capacity(self.text.len() / 2);
        let mut pos = 0;
        for i in order {
            let r = self.blocks[i].clone();
            out.push_str(&self.text[pos..r.start]);
            let n = match table.iter().position(|k| *k == self.keys[i]) {
                Some(n) => n,
                None => {
                    table.push(self.keys[i].clone());
                    table.len() - 1
                }
            };
            out.push_str(&format!("{MARK}{n}"));
            let block = &self.text[r.clone()];
            if block.ends_with("\r\n") {
                out.push_str("\r\n");
            } else if block.ends_with('\n') {
                out.push('\n');
            }
            pos = r.end;
        }
        out.push_str(&self.text[pos..]);
        out
    }
}

/// Starts a marker line in a skeleton; no plan line can start so (TOML forbids NUL).
const MARK: &str = "\u{0}@";

/// Conflict markers as git writes them.
struct Markers {
    size: usize,
    nl: &'static str,
}

impl Markers {
    fn wrap(&self, ours: &str, theirs: &str) -> String {
        let mut out = String::with_capacity(ours.len() + theirs.len() + 3 * self.size + 24);
        let line = |out: &mut String, part: &str| {
            out.push_str(part);
            if !part.is_empty() && !part.ends_with('\n') {
                out.push_str(self.nl);
            }
        };
        out.push_str(&"<".repeat(self.size));
        out.push_str(" ours");
        out.push_str(self.nl);
        line(&mut out, ours);
        out.push_str(&"=".repeat(self.size));
        out.push_str(self.nl);
        line(&mut out, theirs);
        out.push_str(&">".repeat(self.size));
        out.push_str(" theirs");
        out.push_str(self.nl);
        out
    }
}

/// A line-by-line three-way merge with conflict markers; with `union`, lines both sides
/// inserted at the same place are all kept (ours first) instead of conflicting. Returns the
/// text and the number of conflicts.
fn merge_lines(
    base: &str,
    ours: &str,
    theirs: &str,
    union: bool,
    markers: &Markers,
) -> (String, usize) {
    let merge = TextMerge::from_lines(base, ours, theirs);
    let mut out = String::with_capacity(ours.len().max(theirs.len()));
    let mut conflicts = 0;
    for region in merge.regions() {
        let b = || -> String {
            region
                .base_range()
                .filter_map(|i| merge.base_line(i))
                .collect()
        };
        let o = || -> String {
            region
                .ours_range()
                .filter_map(|i| merge.ours_line(i))
                .collect()
        };
        let t = || -> String {
            region
                .theirs_range()
                .filter_map(|i| merge.theirs_line(i))
                .collect()
        };
        match region.resolution() {
            MergeResolution::Unchanged => out.push_str(&b()),
            MergeResolution::Theirs => out.push_str(&t()),
            MergeResolution::Conflict if union && region.base_range().is_empty() => {
                let (o, t) = (o(), t());
                out.push_str(&o);
                if !o.is_empty() && !o.ends_with('\n') {
                    out.push_str(markers.nl);
                }
                out.push_str(&t);
            }
            MergeResolution::Conflict => {
                conflicts += 1;
                if !out.is_empty() && !out.ends_with('\n') {
                    out.push_str(markers.nl);
                }
                out.push_str(&markers.wrap(&o(), &t()));
            }
            _ => out.push_str(&o()),
        }
    }
    (out, conflicts)
}

/// What becomes of one activity.
enum Outcome {
    Gone,
    Block(String),
}

fn structured(
    b: &Side,
    o: &Side,
    t: &Side,
    markers: &Markers,
    lines_first: bool,
) -> Result<Merged, Message> {
    let mut conflicts = Vec::new();
    // The rest of the plan, with a marker line for each activity.
    let mut table = Vec::new();
    let (sb, so, st) = (
        b.skeleton(&mut table),
        o.skeleton(&mut table),
        t.skeleton(&mut table),
    );
    let (skeleton, n) = merge_lines(&sb, &so, &st, true, markers);
    if n > 0 {
        conflicts.push(msg!("git-merge-skeleton", count = n));
    }
    // Each activity.
    let mut outcome = HashMap::new();
    let mut notes = Vec::new();
    // Conflicts about activities one side removed: shown after the block they followed.
    let mut orphans: Vec<(Option<String>, String)> = Vec::new();
    for key in &table {
        let (ib, io, it) = (b.get(key), o.get(key), t.get(key));
        let result = match (ib, io, it) {
            (Some(ib), Some(io), Some(it)) => {
                let (text, mut c) = merge_activity(b, o, t, (ib, io, it), markers, lines_first)?;
                conflicts.append(&mut c);
                Outcome::Block(text)
            }
            (None, Some(io), Some(it)) => {
                let (fo, ft) = (fields(&o.plan, io), fields(&t.plan, it));
                if fo == ft {
                    Outcome::Block(o.block(io).to_string())
                } else if let Some((id, block)) = (fo.title != ft.title && fo.group == ft.group)
                    .then(|| renumbered(b, o, t, it))
                    .flatten()
                {
                    // Two new activities that took the same next id (both sides ran `add`):
                    // both are kept, theirs right after ours, with the next free id.
                    notes.push(msg!(
                        "git-merge-renumbered",
                        id = o.plan.activities[io].id.as_str(),
                        title = t.plan.activities[it].title.as_str(),
                        new = id
                    ));
                    let mut both = o.block(io).to_string();
                    if !both.ends_with('\n') {
                        both.push_str(markers.nl);
                    }
                    both.push_str(markers.nl);
                    both.push_str(&block);
                    Outcome::Block(both)
                } else {
                    conflicts.push(msg!(
                        "git-merge-added-both",
                        activity = name(&o.plan.activities[io])
                    ));
                    Outcome::Block(markers.wrap(o.block(io), t.block(it)))
                }
            }
            (_, Some(io), None)
                if ib.is_none_or(|ib| fields(&o.plan, io) == fields(&b.plan, ib)) =>
            {
                match ib {
                    Some(_) => Outcome::Gone,
                    None => Outcome::Block(o.block(io).to_string()),
                }
            }
            (_, None, Some(it))
                if ib.is_none_or(|ib| fields(&t.plan, it) == fields(&b.plan, ib)) =>
            {
                match ib {
                    Some(_) => Outcome::Gone,
                    None => Outcome::Block(t.block(it).to_string()),
                }
            }
            (Some(_), Some(io), None) => {
                conflicts.push(msg!(
                    "git-merge-changed-removed",
                    activity = name(&o.plan.activities[io])
                ));
                orphans.push((
                    o.predecessor(io).map(str::to_string),
                    markers.wrap(o.block(io), ""),
                ));
                Outcome::Gone
            }
            (Some(_), None, Some(it)) => {
                conflicts.push(msg!(
                    "git-merge-removed-changed",
                    activity = name(&t.plan.activities[it])
                ));
                orphans.push((
                    t.predecessor(it).map(str::to_string),
                    markers.wrap("", t.block(it)),
                ));
                Outcome::Gone
            }
            _ => Outcome::Gone,
        };
        outcome.insert(key.as_str(), result);
    }
    // Put the blocks in.
    let mut text = String::with_capacity(skeleton.len() * 3);
    let mut emitted = HashSet::new();
    for line in skeleton.split_inclusive('\n') {
        let Some(rest) = line.strip_prefix(MARK) else {
            text.push_str(line);
            continue;
        };
        let ending = &rest[rest.trim_end_matches(['\r', '\n']).len()..];
        let n: usize = rest
            .trim_end_matches(['\r', '\n'])
            .parse()
            .map_err(|_| Message::new("git-merge-marker-damaged"))?;
        let key = table[n].as_str();
        if !emitted.insert(key) {
            continue;
        }
        if let Some(Outcome::Block(block)) = outcome.get(key) {
            text.push_str(block.strip_suffix(ending).unwrap_or(block));
            text.push_str(ending);
        }
        for (_, orphan) in orphans
            .iter()
            .filter(|(after, _)| after.as_deref() == Some(key))
        {
            text.push_str(markers.nl);
            text.push_str(orphan);
        }
    }
    for (after, orphan) in &orphans {
        if after.as_deref().is_none_or(|k| !emitted.contains(k)) {
            if !text.is_empty() && !text.ends_with('\n') {
                text.push_str(markers.nl);
            }
            text.push_str(markers.nl);
            text.push_str(orphan);
        }
    }
    // Never drop an activity unseen: every block to keep must have found its place.
    if let Some(key) = outcome
        .iter()
        .find(|(k, o)| matches!(o, Outcome::Block(_)) && !emitted.contains(*k))
        .map(|(k, _)| *k)
    {
        return Err(msg!(
            "git-merge-no-place",
            id = key.split_once(':').map_or(key, |(_, k)| k)
        ));
    }
    if conflicts.is_empty() {
        verify(&text, b, o, t)?;
    }
    Ok(Merged {
        text,
        conflicts,
        line_merge: None,
        notes,
        language: None,
    })
}

/// Their activity `it`'s block with the next id free in all three versions, when its id is
/// written plainly on its own `id = "…"` line.
fn renumbered(b: &Side, o: &Side, t: &Side, it: usize) -> Option<(String, String)> {
    let a = &t.plan.activities[it];
    let slot = crate::plan::structure::Slot {
        area: a.area,
        workstream: a.workstream,
        position: it,
    };
    let first = t.plan.free_id(slot);
    let digits = first.len() - first.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let (prefix, n) = first.split_at(first.len() - digits);
    let mut n: u64 = n.parse().ok()?;
    let taken = |id: &str| [b, o, t].iter().any(|s| s.plan.find_activity(id).is_some());
    let mut id = first.clone();
    while taken(&id) {
        n += 1;
        id = format!("{prefix}{n}");
    }
    let block = t.block(it);
    let mut out = String::with_capacity(block.len() + 4);
    let mut done = false;
    for line in block.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let is_id = trimmed
            .strip_prefix("id")
            .is_some_and(|rest| rest.trim_start().starts_with('='));
        if !done && is_id {
            for quote in ['"', '\''] {
                let old = format!("{quote}{}{quote}", a.id);
                if let Some(at) = line.find(&old) {
                    out.push_str(&line[..at]);
                    out.push_str(&format!("{quote}{id}{quote}"));
                    out.push_str(&line[at + old.len()..]);
                    done = true;
                    break;
                }
            }
            if done {
                continue;
            }
        }
        out.push_str(line);
    }
    done.then_some((id, out))
}

/// "activity nvk-2 ("Kvalitetssikre opplegg")".
fn name(a: &Activity) -> Message {
    msg!(
        "git-merge-activity",
        id = a.id.as_str(),
        title = a.title.as_str()
    )
}

/// The fields a patch sets, all of them, with the activity's values.
fn full(a: &Activity) -> Patch {
    Patch {
        status: Some(a.status),
        done_on: Some(a.done_on),
        note: Some(a.note.clone()),
        due: Some(DueText {
            text: a.due.text.clone(),
            toml_date: a.due.is_toml_date,
        }),
        // The deadline first agreed travels with the deadline.
        baseline: Some(a.baseline.as_ref().map(|b| DueText {
            text: b.text.clone(),
            toml_date: b.is_toml_date,
        })),
        owner: Some(a.owner.clone()),
        ..Patch::default()
    }
}

const FIELDS: [Field; 4] = [Field::Status, Field::Note, Field::Due, Field::Owner];

/// Everything about an activity that a merge must keep, its group included.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Fields {
    patch: Patch,
    title: String,
    meeting: Option<String>,
    members: Vec<String>,
    group: (String, Option<String>),
}

fn fields(plan: &Plan, i: usize) -> Fields {
    let a = &plan.activities[i];
    Fields {
        patch: full(a),
        title: a.title.clone(),
        meeting: a.meeting.clone(),
        members: a.members.clone(),
        group: group(plan, a),
    }
}

fn group(plan: &Plan, a: &Activity) -> (String, Option<String>) {
    (
        plan.areas[a.area].number.clone(),
        a.workstream.map(|w| plan.workstreams[w].title.clone()),
    )
}

/// Merges one activity present in all three versions: its block, and the conflicts.
fn merge_activity(
    b: &Side,
    o: &Side,
    t: &Side,
    (ib, io, it): (usize, usize, usize),
    markers: &Markers,
    lines_first: bool,
) -> Result<(String, Vec<Message>), Message> {
    let (bb, bo, bt) = (b.block(ib), o.block(io), t.block(it));
    if bo == bb {
        return Ok((bt.to_string(), Vec::new()));
    }
    if bt == bb || bt == bo {
        return Ok((bo.to_string(), Vec::new()));
    }
    let (ab, ao, at) = (
        &b.plan.activities[ib],
        &o.plan.activities[io],
        &t.plan.activities[it],
    );
    let other = |a: &Activity| (a.title.clone(), a.meeting.clone(), a.members.clone());
    let (ob, oo, ot) = (other(ab), other(ao), other(at));
    if oo != ob && ot != ob && oo != ot {
        // Title, meeting or members changed on both sides: line by line.
        let (text, n) = merge_lines(bb, bo, bt, false, markers);
        let conflicts = if n > 0 {
            vec![msg!("git-merge-same-lines", activity = name(ao))]
        } else {
            Vec::new()
        };
        return Ok((text, conflicts));
    }
    // Start from the side that changed the fields no patch can set.
    let ours_first = !(ot != ob && oo == ob);
    let (s, is, x, ix) = if ours_first {
        (o, io, t, it)
    } else {
        (t, it, o, io)
    };
    let (vb, vs, vx) = (
        full(ab),
        full(&s.plan.activities[is]),
        full(&x.plan.activities[ix]),
    );
    let mut take = Patch::default();
    let mut clash = Patch::default();
    let mut conflicts = Vec::new();
    for f in FIELDS {
        let (fb, fs, fx) = (vb.only(f), vs.only(f), vx.only(f));
        if fx == fb || fs == fx {
            continue;
        }
        if fs == fb {
            take.then(&fx);
        } else {
            clash.then(&fx);
            let (ours, theirs) = if ours_first { (&vs, &vx) } else { (&vx, &vs) };
            let lang = s.plan.language;
            conflicts.push(msg!(
                "git-merge-field",
                activity = name(ao),
                field = f.name(),
                ours = shown(ours, f, lang),
                theirs = shown(theirs, f, lang)
            ));
        }
    }
    if lines_first && clash.is_empty() {
        let (text, n) = merge_lines(bb, bo, bt, false, markers);
        if n == 0 {
            return Ok((text, conflicts));
        }
    }
    let bug = |e: crate::file::edit::EditError| {
        msg!(
            "git-merge-by-fields-failed",
            activity = name(ao),
            reason = e.short(s.plan.language)
        )
    };
    let merged = apply_patch(s.text, &s.plan, is, &take).map_err(bug)?;
    let blocks = activity_blocks(&merged.text, &merged.plan).map_err(bug)?;
    let block = blocks[is].clone();
    if clash.is_empty() {
        return Ok((merged.text[block].to_string(), conflicts));
    }
    // Both values of the clashing fields, each in the lines fremdrift would write.
    let alt = apply_patch(&merged.text, &merged.plan, is, &clash).map_err(bug)?;
    let (mine, other) = (merged.text.as_str(), alt.text.as_str());
    let splice = crate::file::edit::Splice::between(mine, other);
    let start = mine[..splice.at].rfind('\n').map_or(0, |i| i + 1);
    let mut end = splice.at + splice.removed.len();
    if end > 0 && !mine[..end].ends_with('\n') {
        end = mine[end..].find('\n').map_or(mine.len(), |i| end + i + 1);
    }
    let other_end = other.len() - (mine.len() - end);
    let (mine_lines, other_lines) = (&mine[start..end], &other[start..other_end]);
    let wrapped = if ours_first {
        markers.wrap(mine_lines, other_lines)
    } else {
        markers.wrap(other_lines, mine_lines)
    };
    let from = block.start.min(start);
    let to = block.end.max(end);
    let text = format!("{}{wrapped}{}", &mine[from..start], &mine[end..to]);
    Ok((text, conflicts))
}

/// A field's value for a conflict message.
fn shown(p: &Patch, f: Field, lang: Language) -> String {
    p.describe(f, lang)
}

/// The value both sides agree on, or the one side's change; `None` when both changed it
/// differently (nothing to check then).
fn three<T: PartialEq + Clone>(b: &T, o: &T, t: &T) -> Option<T> {
    if o == b {
        Some(t.clone())
    } else if t == b || t == o {
        Some(o.clone())
    } else {
        None
    }
}

/// Checks that a clean merge re-reads to the merged plan: every activity with the merged value
/// of every field, no activity lost or gained, and the plan's own data merged.
fn verify(text: &str, b: &Side, o: &Side, t: &Side) -> Result<(), Message> {
    let parsed = parse_plan(text);
    let Some(m) = parsed.plan else {
        let why = parsed.diagnostics.iter().find(|d| d.is_error());
        return Err(match why {
            Some(d) => msg!("git-merge-would-not-load-why", first = d.message.clone()),
            None => Message::new("git-merge-would-not-load"),
        });
    };
    let mk = keys(&m);
    let merged: HashMap<&str, usize> = mk
        .iter()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    let mut all: Vec<&str> = b
        .keys
        .iter()
        .chain(&o.keys)
        .chain(&t.keys)
        .map(String::as_str)
        .collect();
    all.sort_unstable();
    all.dedup();
    for key in all {
        let get = |s: &Side| s.get(key).map(|i| fields(&s.plan, i));
        let (fb, fo, ft) = (get(b), get(o), get(t));
        let got = merged.get(key).map(|&i| fields(&m, i));
        let agree = match (&fb, &fo, &ft, &got) {
            // In all three: every part has its merged value (where both sides changed different
            // parts, the whole cannot be compared).
            (Some(fb), Some(fo), Some(ft), Some(g)) => {
                let mut ok = true;
                for f in FIELDS {
                    let (pb, po, pt) = (fb.patch.only(f), fo.patch.only(f), ft.patch.only(f));
                    ok &= three(&pb, &po, &pt).is_none_or(|e| e == g.patch.only(f));
                }
                ok &= three(&fb.title, &fo.title, &ft.title).is_none_or(|e| e == g.title);
                ok &= three(&fb.meeting, &fo.meeting, &ft.meeting).is_none_or(|e| e == g.meeting);
                ok &= three(&fb.members, &fo.members, &ft.members).is_none_or(|e| e == g.members);
                ok &= three(&fb.group, &fo.group, &ft.group).is_none_or(|e| e == g.group);
                ok
            }
            (Some(_), Some(_), Some(_), None) => false,
            // Added, removed or gone: as the side that changed it has it.
            _ => three(&fb, &fo, &ft).is_none_or(|e| e == got),
        };
        if !agree {
            return Err(msg!(
                "git-merge-activity-differs",
                id = key.split_once(':').map_or(key, |(_, k)| k)
            ));
        }
    }
    let meta = |p: &Plan| {
        (
            p.title.clone(),
            p.organization.clone(),
            p.language,
            p.start,
            p.end,
            p.due_soon_days,
            p.meetings.clone(),
        )
    };
    if three(&meta(&b.plan), &meta(&o.plan), &meta(&t.plan)).is_some_and(|e| e != meta(&m)) {
        return Err(Message::new("git-merge-header-differs"));
    }
    if three(&b.plan.areas, &o.plan.areas, &t.plan.areas).is_some_and(|e| e != m.areas) {
        return Err(Message::new("git-merge-areas-differ"));
    }
    let ws = |p: &Plan| {
        p.workstreams
            .iter()
            .map(|w| {
                (
                    p.areas[w.area].number.clone(),
                    w.title.clone(),
                    w.audience.clone(),
                    w.description.clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    if three(&ws(&b.plan), &ws(&o.plan), &ws(&t.plan)).is_some_and(|e| e != ws(&m)) {
        return Err(Message::new("git-merge-workstreams-differ"));
    }
    Ok(())
}

/// Leftover conflict markers in a plan that does not parse: a diagnostic naming both sides'
/// lines, so `check` says what is wrong rather than "invalid TOML".
pub fn leftover_markers(text: &str) -> Option<Diagnostic> {
    let is = |line: &str, c: char| {
        let n = line.chars().take_while(|&x| x == c).count();
        n >= 7 && line[n..].chars().next().is_none_or(char::is_whitespace)
    };
    let mut pos = 0;
    let mut start = None;
    let mut ours = Vec::new();
    let mut theirs = Vec::new();
    let mut in_theirs = false;
    // Between ||||||| and ======= (git's diff3 style): the base, named by neither side.
    let mut in_base = false;
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches(['\r', '\n']);
        match start {
            None if is(bare, '<') => start = Some(pos..pos + bare.len()),
            Some(_) if !in_theirs && is(bare, '=') => {
                in_theirs = true;
                in_base = false;
            }
            Some(_) if !in_theirs && is(bare, '|') => in_base = true,
            Some(_) if in_base => {}
            Some(ref span) if in_theirs && is(bare, '>') => {
                let side = |v: &Vec<&str>| {
                    if v.is_empty() {
                        Message::new("git-marker-nothing")
                    } else {
                        let s = v.join(" / ");
                        let s: String = s.chars().take(120).collect();
                        msg!("git-marker-lines", lines = s)
                    }
                };
                let total = text
                    .split_inclusive('\n')
                    .filter(|l| is(l.trim_end_matches(['\r', '\n']), '<'))
                    .count();
                let message = match total {
                    0 | 1 => msg!(
                        "git-marker-unresolved",
                        ours = side(&ours),
                        theirs = side(&theirs)
                    ),
                    n => msg!(
                        "git-marker-unresolved-first",
                        count = n,
                        ours = side(&ours),
                        theirs = side(&theirs)
                    ),
                };
                return Some(
                    Diagnostic::error(message, Some(span.clone()))
                        .with_label(Message::new("git-marker-label"))
                        .with_help(Message::new("git-marker-help")),
                );
            }
            Some(_) if !bare.trim().is_empty() => {
                if in_theirs {
                    theirs.push(bare.trim());
                } else {
                    ours.push(bare.trim());
                }
            }
            Some(_) => {}
            None => {}
        }
        pos += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = r#"[plan]
title = "P"
language = "en"
start = 2024-01-01
end = 2024-12-31

[[area]]
number = "1"
title  = "One"

[[area.activity]]
id     = "a"
title  = "A"
owner  = "Ann"
due    = 2024-03-01
status = "todo"
note   = "first"

[[area.activity]]
id     = "b"
title  = "B"
owner  = "Bo"
due    = 2024-04-01
"#;

    #[test]
    fn adjacent_fields_merge() {
        let ours = BASE.replace("status = \"todo\"", "status = \"waiting\"");
        let theirs = BASE.replace("note   = \"first\"", "note   = \"second\"");
        let m = merge(BASE, &ours, &theirs, 7);
        assert!(m.conflicts.is_empty(), "{m:?}");
        assert!(
            m.text.contains("status = \"waiting\"\nnote   = \"second\""),
            "{}",
            m.text
        );
    }

    #[test]
    fn same_field_conflicts_around_that_value_only() {
        let ours = BASE.replace("owner  = \"Ann\"", "owner  = \"Ola\"");
        let theirs = BASE.replace("owner  = \"Ann\"", "owner  = \"Kari\"");
        let m = merge(BASE, &ours, &theirs, 7);
        assert_eq!(m.conflicts.len(), 1, "{m:?}");
        assert!(
            m.text.contains(
                "<<<<<<< ours\nowner  = \"Ola\"\n=======\nowner  = \"Kari\"\n>>>>>>> theirs\n"
            ),
            "{}",
            m.text
        );
        let d = leftover_markers(&m.text).unwrap();
        assert!(
            d.message.english().contains("Ola") && d.message.english().contains("Kari"),
            "{:?}",
            d.message
        );
    }

    #[test]
    fn leftover_diff3_markers_name_both_sides_not_the_base() {
        let text = "[plan]\n<<<<<<< HEAD\ntitle = \"A\"\n||||||| base\ntitle = \"O\"\n=======\ntitle = \"B\"\n>>>>>>> other\n";
        let d = leftover_markers(text).unwrap();
        assert_eq!(
            d.message.english(),
            "unresolved merge conflict: ours has `title = \"A\"`, theirs has `title = \"B\"`"
        );
    }

    #[test]
    fn markers_have_the_size_git_asks_for() {
        let ours = BASE.replace("due    = 2024-04-01", "due    = 2024-05-01");
        let theirs = BASE.replace("due    = 2024-04-01", "due    = 2024-06-01");
        let m = merge(BASE, &ours, &theirs, 9);
        assert!(m.text.contains("\n<<<<<<<<< ours\ndue    = 2024-05-01\n=========\ndue    = 2024-06-01\n>>>>>>>>> theirs\n"), "{}", m.text);
        assert!(leftover_markers(&m.text).is_some());
    }

    #[test]
    fn status_against_done_conflicts_with_done_on_in_theirs_lines() {
        let ours = BASE.replace("status = \"todo\"", "status = \"waiting\"");
        let theirs = BASE.replace(
            "status = \"todo\"",
            "status = \"done\"\ndone_on = 2024-02-02",
        );
        let m = merge(BASE, &ours, &theirs, 7);
        assert_eq!(m.conflicts.len(), 1, "{m:?}");
        assert!(m.text.contains("<<<<<<< ours\nstatus = \"waiting\"\n=======\nstatus = \"done\"\ndone_on = 2024-02-02\n>>>>>>> theirs\nnote"), "{}", m.text);
    }

    #[test]
    fn nothing_changed_on_their_side_gives_ours_byte_for_byte() {
        let ours = format!("{BASE}\n# our comment\n");
        let m = merge(BASE, &ours, BASE, 7);
        assert_eq!(m.text, ours);
        assert!(m.conflicts.is_empty() && m.line_merge.is_none());
    }
}
