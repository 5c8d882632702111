//! `fremdrift log`: the plan's history, commit by commit, as changes to the plan — statuses,
//! deadlines (as written and resolved, with the days moved), owners, notes, activities added,
//! removed, moved or renamed, area statuses — found by reading the plan as it was at each commit
//! and comparing plans, not text. Renames of the plan file are followed.
//!
//! The repository is read with gitoxide (`gix`, in [`super::repo`]) along the first-parent
//! history of HEAD: each listed commit is compared with its first parent, so a merged branch
//! shows as one entry, its merge commit. A blob is read and parsed once, however many commits
//! share it.

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use super::keys;
use super::repo::{RepoError, versions};
use crate::file::parse_plan;
use crate::i18n::Message;
use crate::msg;
use crate::plan::{Activity, Language, Plan};

/// One commit that touched the plan file, and what it changed in the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub commit: String,
    /// The author's date.
    pub date: NaiveDate,
    pub author: String,
    pub summary: String,
    /// The plan file's path in the repository at this commit.
    pub path: String,
    pub changes: Vec<Change>,
}

/// One change to the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    /// The first version of the plan.
    Created {
        activities: usize,
    },
    /// The plan file was renamed (or moved).
    FileRenamed {
        from: String,
        to: String,
    },
    /// The plan did not load at this commit; the next change is against the last that did.
    Invalid {
        message: String,
    },
    Status {
        id: String,
        title: String,
        from: String,
        to: String,
    },
    Deadline {
        id: String,
        title: String,
        from: String,
        to: String,
        from_day: NaiveDate,
        to_day: NaiveDate,
        days: i64,
    },
    Owner {
        id: String,
        title: String,
        from: String,
        to: String,
    },
    Note {
        id: String,
        title: String,
        from: Option<String>,
        to: Option<String>,
    },
    Added {
        id: String,
        title: String,
        place: String,
    },
    Removed {
        id: String,
        title: String,
    },
    Moved {
        id: String,
        title: String,
        from: String,
        to: String,
    },
    Renamed {
        id: String,
        from: String,
        to: String,
    },
    AreaStatus {
        area: String,
        title: String,
        from: String,
        to: String,
    },
}

/// Why there is no history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogError {
    /// The plan is in no repository, or git is missing: exit 2.
    NotInGit(Message),
    /// The repository has no commit with the plan.
    NoCommits(Message),
    Git(Message),
}

impl LogError {
    /// What went wrong, for a reader.
    pub fn message(&self) -> &Message {
        match self {
            LogError::NotInGit(m) | LogError::NoCommits(m) | LogError::Git(m) => m,
        }
    }
}

/// English, for logs; readers get [`LogError::message`] in their language.
impl std::fmt::Display for LogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().english())
    }
}

/// The history of the plan at `plan` (a file in a git work tree), oldest commit first; only
/// commits on or after `since` (author date), each compared with the version before it.
pub fn history(plan: &Path, since: Option<NaiveDate>) -> Result<Vec<Entry>, LogError> {
    let versions = versions(plan, &same_plan).map_err(|e| match e {
        RepoError::NotInGit(m) => LogError::NotInGit(m),
        RepoError::NoCommits(m) => LogError::NoCommits(m),
        RepoError::Failed(m) => LogError::Git(m),
    })?;
    // A blob is parsed once, however many versions share it.
    let mut parsed: HashMap<String, Result<Plan, String>> = HashMap::new();
    let mut out = Vec::new();
    let mut last: Option<Plan> = None;
    let mut last_path: Option<String> = None;
    for v in versions {
        let mut changes = Vec::new();
        if let Some(p) = &last_path
            && *p != v.path
        {
            changes.push(Change::FileRenamed {
                from: p.clone(),
                to: v.path.clone(),
            });
        }
        last_path = Some(v.path.clone());
        let plan = parsed
            .entry(v.blob.clone())
            .or_insert_with(|| read_plan(&v.bytes, &v.path))
            .clone();
        match plan {
            Ok(plan) => {
                match &last {
                    None => changes.push(Change::Created {
                        activities: plan.activities.len(),
                    }),
                    Some(before) => changes.extend(compare(before, &plan)),
                }
                last = Some(plan);
            }
            Err(message) => changes.push(Change::Invalid { message }),
        }
        if since.is_some_and(|s| v.date < s) || changes.is_empty() {
            continue;
        }
        out.push(Entry {
            commit: v.commit,
            date: v.date,
            author: v.author,
            summary: v.summary,
            path: v.path,
            changes,
        });
    }
    Ok(out)
}

/// The plan in a blob, or the first problem that keeps it from loading.
fn read_plan(bytes: &[u8], path: &str) -> Result<Plan, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "the file is not UTF-8".to_string())?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let p = parse_plan(text);
    p.plan.ok_or_else(|| {
        p.diagnostics
            .iter()
            .find(|d| d.is_error())
            .map_or("the plan has errors".to_string(), |d| {
                d.one_line(path, text, crate::plan::Language::En)
            })
    })
}

/// Whether two blobs are versions of one plan (for following a renamed file that was also
/// edited): both load, with the same title.
fn same_plan(a: &[u8], b: &[u8]) -> bool {
    match (read_plan(a, ""), read_plan(b, "")) {
        (Ok(a), Ok(b)) => a.title == b.title,
        _ => false,
    }
}

/// What changed from `a` to `b`, activity by activity (in `b`'s order, removals last), then the
/// areas.
pub fn compare(a: &Plan, b: &Plan) -> Vec<Change> {
    let (ka, kb) = (keys(a), keys(b));
    let index_a: HashMap<&str, usize> = ka
        .iter()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    let index_b: HashMap<&str, usize> = kb
        .iter()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    let mut out = Vec::new();
    // An activity without an explicit id is known by its title: a new title is a rename when
    // one activity left and one came at the same place.
    for (j, key) in kb.iter().enumerate() {
        let y = &b.activities[j];
        let Some(&i) = index_a.get(key.as_str()) else {
            out.push(Change::Added {
                id: y.id.clone(),
                title: y.title.clone(),
                place: b.place(y),
            });
            continue;
        };
        let x = &a.activities[i];
        out.extend(activity_changes(a, x, b, y));
    }
    for (i, key) in ka.iter().enumerate() {
        if !index_b.contains_key(key.as_str()) {
            let x = &a.activities[i];
            out.push(Change::Removed {
                id: x.id.clone(),
                title: x.title.clone(),
            });
        }
    }
    for y in &b.areas {
        if let Some(x) = a.areas.iter().find(|x| x.number == y.number)
            && x.status != y.status
        {
            out.push(Change::AreaStatus {
                area: y.number.clone(),
                title: y.title.clone(),
                from: x.status.word(a.language).to_string(),
                to: y.status.word(b.language).to_string(),
            });
        }
    }
    out
}

fn activity_changes(pa: &Plan, x: &Activity, pb: &Plan, y: &Activity) -> Vec<Change> {
    let mut out = Vec::new();
    let (id, title) = (y.id.clone(), y.title.clone());
    if x.title != y.title {
        out.push(Change::Renamed {
            id: id.clone(),
            from: x.title.clone(),
            to: y.title.clone(),
        });
    }
    let (from_place, to_place) = (pa.place(x), pb.place(y));
    if from_place != to_place {
        out.push(Change::Moved {
            id: id.clone(),
            title: title.clone(),
            from: from_place,
            to: to_place,
        });
    }
    if x.status != y.status {
        out.push(Change::Status {
            id: id.clone(),
            title: title.clone(),
            from: x.status.word(pa.language).to_string(),
            to: y.status.word(pb.language).to_string(),
        });
    }
    if x.due.text != y.due.text || x.due.day() != y.due.day() {
        out.push(Change::Deadline {
            id: id.clone(),
            title: title.clone(),
            from: x.due.text.clone(),
            to: y.due.text.clone(),
            from_day: x.due.day(),
            to_day: y.due.day(),
            days: (y.due.day() - x.due.day()).num_days(),
        });
    }
    if x.owner != y.owner {
        out.push(Change::Owner {
            id: id.clone(),
            title: title.clone(),
            from: x.owner.clone(),
            to: y.owner.clone(),
        });
    }
    if x.note != y.note {
        out.push(Change::Note {
            id,
            title,
            from: x.note.clone(),
            to: y.note.clone(),
        });
    }
    out
}

/// One change as a line a person reads, in `lang`.
pub fn describe(c: &Change, lang: Language) -> String {
    message(c).render(lang)
}

/// One change as a message.
pub fn message(c: &Change) -> Message {
    let day = |d: &NaiveDate| d.format("%d.%m.%Y").to_string();
    match c {
        Change::Created { activities } => msg!("git-log-created", count = *activities),
        Change::FileRenamed { from, to } => {
            msg!(
                "git-log-file-renamed",
                from = from.as_str(),
                to = to.as_str()
            )
        }
        Change::Invalid { message } => msg!("git-log-invalid", reason = message.as_str()),
        Change::Status {
            id,
            title,
            from,
            to,
        } => msg!(
            "git-log-status",
            id = id.as_str(),
            title = title.as_str(),
            from = from.as_str(),
            to = to.as_str()
        ),
        Change::Deadline {
            id,
            title,
            from,
            to,
            from_day,
            to_day,
            days,
        } => msg!(
            "git-log-deadline",
            id = id.as_str(),
            title = title.as_str(),
            from = from.as_str(),
            from_day = day(from_day),
            to = to.as_str(),
            to_day = day(to_day),
            by = match *days {
                0 => Message::new("git-log-same-day"),
                d if d > 0 => msg!("git-log-days-later", days = d),
                d => msg!("git-log-days-earlier", days = -d),
            }
        ),
        Change::Owner {
            id,
            title,
            from,
            to,
        } => msg!(
            "git-log-owner",
            id = id.as_str(),
            title = title.as_str(),
            from = from.as_str(),
            to = to.as_str()
        ),
        Change::Note {
            id,
            title,
            from,
            to,
        } => match (from, to) {
            (None, Some(t)) => msg!(
                "git-log-note-added",
                id = id.as_str(),
                title = title.as_str(),
                note = t.as_str()
            ),
            (Some(_), None) => {
                msg!(
                    "git-log-note-removed",
                    id = id.as_str(),
                    title = title.as_str()
                )
            }
            (_, Some(t)) => msg!(
                "git-log-note-changed",
                id = id.as_str(),
                title = title.as_str(),
                note = t.as_str()
            ),
            (None, None) => msg!("git-log-note", id = id.as_str(), title = title.as_str()),
        },
        Change::Added { id, title, place } => msg!(
            "git-log-added",
            id = id.as_str(),
            title = title.as_str(),
            place = place.as_str()
        ),
        Change::Removed { id, title } => {
            msg!("git-log-removed", id = id.as_str(), title = title.as_str())
        }
        Change::Moved {
            id,
            title,
            from,
            to,
        } => msg!(
            "git-log-moved",
            id = id.as_str(),
            title = title.as_str(),
            from = from.as_str(),
            to = to.as_str()
        ),
        Change::Renamed { id, from, to } => msg!(
            "git-log-renamed",
            id = id.as_str(),
            from = from.as_str(),
            to = to.as_str()
        ),
        Change::AreaStatus {
            area,
            title,
            from,
            to,
        } => msg!(
            "git-log-area-status",
            area = area.as_str(),
            title = title.as_str(),
            from = from.as_str(),
            to = to.as_str()
        ),
    }
}

/// The history as a table: one heading line per commit (date, author, summary), its changes
/// indented below.
pub fn table(entries: &[Entry], lang: Language) -> String {
    let mut out = String::new();
    if entries.is_empty() {
        out.push_str(&crate::i18n::text(lang, "git-log-empty"));
        out.push('\n');
    }
    for e in entries {
        out.push_str(&format!(
            "{}  {}  {}\n",
            e.date.format("%Y-%m-%d"),
            e.author,
            e.summary
        ));
        for c in &e.changes {
            out.push_str(&format!("    {}\n", describe(c, lang)));
        }
    }
    out
}

/// The history as Markdown, for the minutes.
pub fn markdown(entries: &[Entry], lang: Language) -> String {
    let mut out = format!("# {}\n", crate::i18n::text(lang, "git-log-md-title"));
    if entries.is_empty() {
        out.push_str(&format!(
            "\n{}\n",
            crate::i18n::text(lang, "git-log-md-empty")
        ));
    }
    for e in entries {
        out.push_str(&format!(
            "\n## {} — {}\n\n*{}*\n\n",
            e.date.format("%Y-%m-%d"),
            md_escape(&e.summary),
            md_escape(&e.author)
        ));
        for c in &e.changes {
            out.push_str(&format!("- {}\n", md_escape(&describe(c, lang))));
        }
    }
    out
}

fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        if matches!(
            ch,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// The history as JSON: an array of commits with their changes.
pub fn json(entries: &[Entry]) -> String {
    let mut s = serde_json::to_string_pretty(entries).unwrap_or_else(|_| "[]".into());
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "[plan]\ntitle = \"P\"\nlanguage = \"en\"\nstart = 2024-01-01\nend = 2024-12-31\n\n[[area]]\nnumber = \"1\"\ntitle = \"One\"\n\n[[area.activity]]\nid = \"x\"\ntitle = \"X\"\nowner = \"Ann\"\ndue = \"week 10\"\n\n[[area]]\nnumber = \"2\"\ntitle = \"Two\"\nstatus = \"active\"\n";

    fn plan(text: &str) -> Plan {
        parse_plan(text).plan.expect("valid")
    }

    #[test]
    fn a_move_to_another_area_and_a_deadline_moved_earlier() {
        let b = A
            .replace("[[area.activity]]\nid = \"x\"\ntitle = \"X\"\nowner = \"Ann\"\ndue = \"week 10\"\n", "")
            .replace("status = \"active\"\n", "status = \"done\"\n")
            + "\n[[area.activity]]\nid = \"x\"\ntitle = \"X\"\nowner = \"Ann\"\ndue = \"week 8\"\n";
        let changes = compare(&plan(A), &plan(&b));
        let lines: Vec<String> = changes.iter().map(|c| describe(c, Language::En)).collect();
        assert_eq!(
            lines,
            [
                "x \"X\": moved from 1 One to 2 Two",
                "x \"X\": deadline \"week 10\" (10.03.2024) → \"week 8\" (25.02.2024), -14 days",
                "area 2 \"Two\": status active → done",
            ]
        );
    }
}
