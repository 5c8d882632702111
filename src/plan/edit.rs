//! What an edit means, once: the edit vocabulary ([`Edit`], [`Change`], [`Field`]) and the one
//! rule for how a change affects the plan ([`Patch::for_change`], applied in memory by
//! [`Plan::apply`]). The board's immediate update, `fremdrift set`, undo/redo and the file
//! layer's verifier all go through here; the file layer only turns a [`Patch`] into bytes and
//! proves that the bytes re-read to exactly the plan [`Plan::apply`] gives.

use std::fmt;

use chrono::NaiveDate;

use crate::plan::deadline::{self, Context, DeadlineError, DeadlineSpec};
use crate::plan::{Activity, Language, MeetingSeries, Plan, Status};

/// The editable fields of an activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Status,
    Note,
    Due,
    Owner,
    Title,
    /// The meeting series a meeting deadline refers to.
    Meeting,
    /// The people working on the activity (the seed's resource groups).
    Members,
}

impl Field {
    /// The key in the plan file.
    pub fn key(self) -> &'static str {
        match self {
            Field::Status => "status",
            Field::Note => "note",
            Field::Due => "due",
            Field::Owner => "owner",
            Field::Title => "title",
            Field::Meeting => "meeting",
            Field::Members => "members",
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// A new value for one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Becoming done also writes `done_on = <today>`; leaving done removes it.
    Status(Status),
    /// `None` removes the note.
    Note(Option<String>),
    /// The deadline text as the user writes it ("uke 50").
    Due(String),
    Owner(String),
    Title(String),
    /// `None` removes the key (the plan's only series applies).
    Meeting(Option<String>),
    Members(Vec<String>),
    /// The deadline as it should have been written (a quick fix of a wrong year): unlike
    /// [`Change::Due`] it is a correction, not a move, so no baseline is kept.
    CorrectDue(String),
}

impl Change {
    /// Members as people type them: one line, comma-separated ("Kari, Ola"; "" for none).
    pub fn members(list: &str) -> Change {
        Change::Members(
            list.split(',')
                .map(|m| m.trim().to_string())
                .filter(|m| !m.is_empty())
                .collect(),
        )
    }

    /// The change as the plan writes it: a meeting series by its own spelling ("styringsgruppa"
    /// → "Styringsgruppa").
    pub fn normalized(&self, plan: &Plan) -> Change {
        match self {
            Change::Meeting(Some(name)) => match series_for(&plan.meetings, Some(name)) {
                Some(s) => Change::Meeting(Some(s.name.clone())),
                None => self.clone(),
            },
            other => other.clone(),
        }
    }

    pub fn field(&self) -> Field {
        match self {
            Change::Status(_) => Field::Status,
            Change::Note(_) => Field::Note,
            Change::Due(_) => Field::Due,
            Change::Owner(_) => Field::Owner,
            Change::Title(_) => Field::Title,
            Change::Meeting(_) => Field::Meeting,
            Change::Members(_) => Field::Members,
            Change::CorrectDue(_) => Field::Due,
        }
    }
}

/// One edit: a change to the activity with this id (explicit or path id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub id: String,
    pub change: Change,
}

impl Edit {
    pub fn new(id: impl Into<String>, change: Change) -> Edit {
        Edit {
            id: id.into(),
            change,
        }
    }
}

/// A deadline as it is written: the text, and whether it is a TOML date rather than a string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueText {
    pub text: String,
    pub toml_date: bool,
}

/// Target values for some fields of one activity; `None` leaves a field alone.
///
/// `done_on` is set together with `status` (to today when becoming done, removed when leaving
/// done); an undo restores whatever was there before, including its absence.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Patch {
    pub status: Option<Status>,
    pub done_on: Option<Option<NaiveDate>>,
    pub note: Option<Option<String>>,
    pub due: Option<DueText>,
    /// The deadline first agreed: written once, when the deadline first moves (`Some(None)`
    /// removes it, for an undo).
    pub baseline: Option<Option<DueText>>,
    pub owner: Option<String>,
    pub title: Option<String>,
    pub meeting: Option<Option<String>>,
    pub members: Option<Vec<String>>,
}

impl Patch {
    /// What `change` means for this activity on `today`; empty when it changes nothing.
    pub fn for_change(a: &Activity, change: &Change, today: NaiveDate) -> Patch {
        let mut p = Patch::default();
        match change {
            Change::Status(s) if *s == a.status => {}
            Change::Status(Status::Done) => {
                p.status = Some(Status::Done);
                p.done_on = Some(Some(today));
            }
            Change::Status(s) => {
                p.status = Some(*s);
                if a.status == Status::Done && a.done_on.is_some() {
                    p.done_on = Some(None);
                }
            }
            Change::Note(n) => {
                let n = n
                    .as_deref()
                    .filter(|n| !n.trim().is_empty())
                    .map(str::to_string);
                if n != a.note {
                    p.note = Some(n);
                }
            }
            Change::Due(t) | Change::CorrectDue(t) => {
                let text = t.trim().to_string();
                // A TOML date stays a TOML date when the new text is an ISO date too.
                let toml_date = a.due.is_toml_date
                    && NaiveDate::parse_from_str(&text, "%Y-%m-%d")
                        .is_ok_and(|d| d.format("%Y-%m-%d").to_string() == text);
                if text != a.due.text || toml_date != a.due.is_toml_date {
                    // A deadline that could not be read is being fixed, not moved: it is no
                    // baseline to keep.
                    if a.baseline.is_none()
                        && !a.broken_due
                        && !matches!(change, Change::CorrectDue(_))
                    {
                        p.baseline = Some(Some(DueText {
                            text: a.due.text.clone(),
                            toml_date: a.due.is_toml_date,
                        }));
                    }
                    p.due = Some(DueText { text, toml_date });
                }
            }
            Change::Owner(o) => {
                let o = o.trim();
                if o != a.owner {
                    p.owner = Some(o.to_string());
                }
            }
            Change::Title(s) => {
                let s = s.trim();
                if s != a.title {
                    p.title = Some(s.to_string());
                }
            }
            Change::Meeting(m) => {
                let m = m
                    .as_deref()
                    .map(str::trim)
                    .filter(|m| !m.is_empty())
                    .map(str::to_string);
                if m != a.meeting {
                    p.meeting = Some(m);
                }
            }
            Change::Members(list) => {
                let list: Vec<String> = list
                    .iter()
                    .map(|m| m.trim().to_string())
                    .filter(|m| !m.is_empty())
                    .collect();
                if list != a.members {
                    p.members = Some(list);
                }
            }
        }
        p
    }

    /// The activity's current values of the fields this patch sets.
    pub fn current(&self, a: &Activity) -> Patch {
        Patch {
            status: self.status.map(|_| a.status),
            done_on: self.done_on.map(|_| a.done_on),
            note: self.note.as_ref().map(|_| a.note.clone()),
            due: self.due.as_ref().map(|_| DueText {
                text: a.due.text.clone(),
                toml_date: a.due.is_toml_date,
            }),
            baseline: self.baseline.as_ref().map(|_| {
                a.baseline.as_ref().map(|b| DueText {
                    text: b.text.clone(),
                    toml_date: b.is_toml_date,
                })
            }),
            owner: self.owner.as_ref().map(|_| a.owner.clone()),
            title: self.title.as_ref().map(|_| a.title.clone()),
            meeting: self.meeting.as_ref().map(|_| a.meeting.clone()),
            members: self.members.as_ref().map(|_| a.members.clone()),
        }
    }

    /// This patch without the fields the activity already has.
    pub fn minus(&self, a: &Activity) -> Patch {
        let cur = self.current(a);
        Patch {
            status: self.status.filter(|_| self.status != cur.status),
            done_on: self.done_on.filter(|_| self.done_on != cur.done_on),
            note: self.note.clone().filter(|_| self.note != cur.note),
            due: self.due.clone().filter(|_| self.due != cur.due),
            baseline: self
                .baseline
                .clone()
                .filter(|_| self.baseline != cur.baseline),
            owner: self.owner.clone().filter(|_| self.owner != cur.owner),
            title: self.title.clone().filter(|_| self.title != cur.title),
            meeting: self.meeting.clone().filter(|_| self.meeting != cur.meeting),
            members: self.members.clone().filter(|_| self.members != cur.members),
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == Patch::default()
    }

    /// The fields this patch touches (`done_on` counts as status).
    pub fn fields(&self) -> Vec<Field> {
        let mut out = Vec::new();
        if self.status.is_some() || self.done_on.is_some() {
            out.push(Field::Status);
        }
        if self.note.is_some() {
            out.push(Field::Note);
        }
        if self.due.is_some() || self.baseline.is_some() {
            out.push(Field::Due);
        }
        if self.owner.is_some() {
            out.push(Field::Owner);
        }
        if self.title.is_some() {
            out.push(Field::Title);
        }
        if self.meeting.is_some() {
            out.push(Field::Meeting);
        }
        if self.members.is_some() {
            out.push(Field::Members);
        }
        out
    }

    /// The same patch restricted to one field.
    pub fn only(&self, field: Field) -> Patch {
        let mut p = Patch::default();
        match field {
            Field::Status => {
                p.status = self.status;
                p.done_on = self.done_on;
            }
            Field::Note => p.note = self.note.clone(),
            Field::Due => {
                p.due = self.due.clone();
                p.baseline = self.baseline.clone();
            }
            Field::Owner => p.owner = self.owner.clone(),
            Field::Title => p.title = self.title.clone(),
            Field::Meeting => p.meeting = self.meeting.clone(),
            Field::Members => p.members = self.members.clone(),
        }
        p
    }

    /// Later values win.
    pub fn then(&mut self, later: &Patch) {
        if later.status.is_some() {
            self.status = later.status;
        }
        if later.done_on.is_some() {
            self.done_on = later.done_on;
        }
        if later.note.is_some() {
            self.note = later.note.clone();
        }
        if later.due.is_some() {
            self.due = later.due.clone();
        }
        if later.baseline.is_some() {
            self.baseline = later.baseline.clone();
        }
        if later.owner.is_some() {
            self.owner = later.owner.clone();
        }
        if later.title.is_some() {
            self.title = later.title.clone();
        }
        if later.meeting.is_some() {
            self.meeting = later.meeting.clone();
        }
        if later.members.is_some() {
            self.members = later.members.clone();
        }
    }

    /// The value of one field as a person reads it, in `lang` (status words in that language,
    /// dates as dd.mm.yyyy, plan values quoted as they are).
    pub fn describe(&self, field: Field, lang: Language) -> String {
        let q = |s: &str| {
            crate::i18n::Message::new("file-quoted")
                .arg("value", s)
                .render(lang)
        };
        let none = || crate::i18n::text(lang, "file-value-none");
        let day = |d: NaiveDate| d.format("%d.%m.%Y").to_string();
        match field {
            Field::Status => match (self.status, self.done_on) {
                (Some(s), Some(Some(d))) => format!("{} ({})", s.word(lang), day(d)),
                (Some(s), _) => s.word(lang).to_string(),
                (None, Some(Some(d))) => {
                    crate::msg!("file-value-done-on", date = day(d)).render(lang)
                }
                (None, _) => crate::i18n::text(lang, "file-value-unchanged"),
            },
            Field::Note => match &self.note {
                Some(Some(n)) => q(n),
                _ => crate::i18n::text(lang, "file-value-no-note"),
            },
            Field::Due => self.due.as_ref().map_or_else(none, |d| q(&d.text)),
            Field::Owner => self.owner.as_ref().map_or_else(none, |o| q(o)),
            Field::Title => self.title.as_ref().map_or_else(none, |o| q(o)),
            Field::Meeting => match &self.meeting {
                Some(Some(m)) => q(m),
                _ => none(),
            },
            Field::Members => self.members.as_ref().map_or_else(none, |m| {
                let quoted: Vec<String> = m.iter().map(|x| q(x)).collect();
                format!("[{}]", quoted.join(", "))
            }),
        }
    }
}

impl Field {
    /// The field's name for a reader (the file's key is [`Field::key`]).
    pub fn name(self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            Field::Status => Message::new("file-field-status"),
            Field::Note => Message::new("file-field-note"),
            Field::Due => Message::new("file-field-due"),
            Field::Owner => Message::new("file-field-owner"),
            Field::Title => Message::new("file-field-title"),
            Field::Meeting => Message::new("file-field-meeting"),
            Field::Members => Message::new("file-field-members"),
        }
    }
}

impl Patch {
    /// Applies the patch to activity `index` in memory. A deadline is parsed and resolved the
    /// way the loader does it (a TOML date as a date, anything else in the deadline language,
    /// against the activity's meeting series), so a refused deadline gives the loader's message.
    pub fn apply_to(&self, plan: &mut Plan, index: usize) -> Result<(), DeadlineError> {
        let Some(a) = plan.activities.get(index) else {
            return Ok(());
        };
        // A new meeting series changes what a meeting deadline means: the deadline (and the
        // baseline) are read again against it.
        let mut probe = a.clone();
        if let Some(m) = &self.meeting {
            probe.meeting = m.clone();
        }
        let ctx = plan.deadline_context(&probe);
        let read = |d: &DueText| -> Result<crate::plan::Due, DeadlineError> {
            let spec = written_spec(&d.text, d.toml_date)?;
            let resolved = deadline::resolve_written(&spec, &ctx, &d.text)?;
            Ok(crate::plan::Due {
                text: d.text.clone(),
                is_toml_date: d.toml_date,
                spec,
                resolved,
            })
        };
        let as_text = |d: &crate::plan::Due| DueText {
            text: d.text.clone(),
            toml_date: d.is_toml_date,
        };
        let reread = self.meeting.is_some();
        let due = match &self.due {
            Some(d) => Some(read(d)?),
            None if reread => Some(read(&as_text(&a.due))?),
            None => None,
        };
        let baseline = match &self.baseline {
            Some(Some(b)) => Some(Some(read(b)?)),
            Some(None) => Some(None),
            None if reread => match &a.baseline {
                Some(b) => Some(Some(read(&as_text(b))?)),
                None => None,
            },
            None => None,
        };

        let a = &mut plan.activities[index];
        if let Some(s) = self.status {
            a.status = s;
        }
        if let Some(d) = self.done_on {
            a.done_on = d;
        }
        if let Some(n) = &self.note {
            a.note = n.clone();
        }
        if let Some(o) = &self.owner {
            a.owner = o.clone();
        }
        if let Some(due) = due {
            a.due = due;
            a.broken_due = false;
        }
        if let Some(b) = baseline {
            a.baseline = b;
        }
        if let Some(s) = &self.title {
            a.title = s.clone();
        }
        if let Some(m) = &self.meeting {
            a.meeting = m.clone();
        }
        if let Some(m) = &self.members {
            a.members = m.clone();
        }
        Ok(())
    }
}

/// The deadline as written, parsed: a TOML date is that date, anything else is read in the
/// deadline language.
pub fn written_spec(text: &str, toml_date: bool) -> Result<DeadlineSpec, DeadlineError> {
    match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(d) if toml_date => Ok(deadline::from_date(d)),
        _ => deadline::parse(text),
    }
}

/// The meeting series a deadline of an activity refers to: the one it names (`meeting = "…"`,
/// case-insensitively), or the plan's only series when it names none.
pub fn series_for<'p>(
    meetings: &'p [MeetingSeries],
    named: Option<&str>,
) -> Option<&'p MeetingSeries> {
    match named {
        Some(name) => {
            let name = name.to_lowercase();
            meetings.iter().find(|m| m.name.to_lowercase() == name)
        }
        None if meetings.len() == 1 => meetings.first(),
        None => None,
    }
}

impl Plan {
    /// What a deadline of `a` is resolved against: the plan period and its meeting series.
    pub fn deadline_context(&self, a: &Activity) -> Context<'_> {
        let series = series_for(&self.meetings, a.meeting.as_deref());
        Context {
            period: self.start.zip(self.end),
            meetings: series.map(|s| s.dates.as_slice()),
            meeting_series: series.map(|s| s.name.as_str()),
        }
    }

    /// Applies `change` to activity `index` on `today`, in memory; returns what it set (empty
    /// when it changed nothing). A deadline that does not parse or resolve is refused and the
    /// plan is left as it was.
    pub fn apply(
        &mut self,
        index: usize,
        change: &Change,
        today: NaiveDate,
    ) -> Result<Patch, DeadlineError> {
        let Some(a) = self.activities.get(index) else {
            return Ok(Patch::default());
        };
        let patch = Patch::for_change(a, &change.normalized(self), today);
        patch.apply_to(self, index)?;
        Ok(patch)
    }

    /// The activity with this id, or with this path id ("2.1.3", also for an activity that has
    /// an explicit id).
    pub fn find_activity(&self, id: &str) -> Option<usize> {
        self.find(id).or_else(|| {
            self.activities.iter().position(|a| {
                let number = &self.areas[a.area].number;
                let path = match a.path.workstream {
                    Some(w) => format!("{number}.{}.{}", w + 1, a.path.index + 1),
                    None => format!("{number}.{}", a.path.index + 1),
                };
                path == id
            })
        })
    }
}
