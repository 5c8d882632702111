//! Structural edits, as values and as their meaning for the plan: adding, removing and moving
//! activities ([`Structure`]). [`Plan::restructure`] gives the plan such an edit leads to; the
//! file layer (`file::structure`) turns the edit into text and proves that the text re-reads to
//! exactly that plan.

use crate::i18n::Message;
use crate::msg;
use crate::plan::edit::{series_for, written_spec};
use crate::plan::{
    Activity, ActivityPath, Area, AreaStatus, Due, Plan, Status, Workstream, deadline,
};

/// Where an activity goes.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Place {
    /// Right after this activity, among its siblings.
    After(String),
    /// At the end of an area's own activities (`workstream: None`) or of one of its
    /// workstreams (by title, case-insensitively).
    End {
        area: String,
        workstream: Option<String>,
    },
}

/// A new activity as the user writes it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct NewActivity {
    pub id: String,
    pub title: String,
    pub owner: String,
    /// The deadline as written ("uke 50").
    pub due: String,
}

/// Changes to an area's own keys: `None` leaves a key alone; a `reason` of `Some(None)`
/// removes it.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AreaChange {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AreaStatus>,
    /// Kept (in a recovery file) as the reason's text, `""` for "remove it": a blank reason
    /// removes the key, so the two mean the same.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "reason_text")]
    pub reason: Option<Option<String>>,
}

/// [`AreaChange::reason`] as one optional text: `Some(None)` is written as `""`.
mod reason_text {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(r: &Option<Option<String>>, s: S) -> Result<S::Ok, S::Error> {
        r.as_ref()
            .map(|r| r.clone().unwrap_or_default())
            .serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Option<String>>, D::Error> {
        Ok(Option::<String>::deserialize(d)?.map(|r| Some(r).filter(|r| !r.trim().is_empty())))
    }
}

/// A change to the plan's structure. Serialized (for a recovery file) as `{"op": "add", …}`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "op", rename_all = "kebab-case")]
pub enum Structure {
    Add {
        place: Place,
        activity: NewActivity,
    },
    Remove {
        id: String,
    },
    Move {
        id: String,
        place: Place,
    },
    /// One step up (or down) among its siblings.
    Shift {
        id: String,
        down: bool,
    },
    /// An area's title, status or reason (a waiting area needs a reason).
    Area {
        number: String,
        change: AreaChange,
    },
    /// A new workstream at the end of an area's workstreams.
    AddWorkstream {
        area: String,
        title: String,
    },
    /// A new area: before the first area whose number sorts after it when the areas are in
    /// number order, else after the last area.
    AddArea {
        number: String,
        title: String,
    },
    /// A workstream's title (the workstream named by its area and title).
    RenameWorkstream {
        area: String,
        workstream: String,
        title: String,
    },
    /// An empty workstream (refused when it has activities).
    RemoveWorkstream {
        area: String,
        workstream: String,
    },
    /// An empty area (refused when it has activities or workstreams).
    RemoveArea {
        number: String,
    },
    /// A quick fix of an error found on reading the file (`problem`, its message): the text
    /// `from` at the error's place becomes `to` (a status word, a key's name, an id, written
    /// as the file writes them). Its result is what the file then reads to, with that error
    /// gone and none added.
    Correct {
        problem: Message,
        from: String,
        to: String,
        /// The line the correction gives, as it was first made: on a retry, a file without the
        /// problem that has this line (whitespace aside) already has the correction (someone
        /// else made it). Empty in recovery files written before it was kept.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        fixed: String,
    },
}

impl Structure {
    /// What the edit is about: the activity (the new one for an add), or "area N".
    pub fn id(&self) -> String {
        match self {
            Structure::Add { activity, .. } => activity.id.clone(),
            Structure::Remove { id } | Structure::Move { id, .. } | Structure::Shift { id, .. } => {
                id.clone()
            }
            Structure::Area { number, .. }
            | Structure::AddArea { number, .. }
            | Structure::RemoveArea { number } => format!("area {number}"),
            Structure::AddWorkstream { area, title } => format!("area {area}/{title}"),
            Structure::RenameWorkstream {
                area, workstream, ..
            }
            | Structure::RemoveWorkstream { area, workstream } => {
                format!("area {area}/{workstream}")
            }
            Structure::Correct { to, .. } => to.clone(),
        }
    }

    /// Whether it names an existing activity.
    pub fn names_activity(&self) -> bool {
        matches!(
            self,
            Structure::Remove { .. } | Structure::Move { .. } | Structure::Shift { .. }
        )
    }
}

/// Where in the plan a place is: the area (index) and workstream (index into
/// `Plan::workstreams`), and the position in `Plan::activities` a new activity takes there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub area: usize,
    pub workstream: Option<usize>,
    pub position: usize,
}

impl Plan {
    /// Where `place` is, in a plan whose activity `moving` (if any) is left out.
    pub fn slot(&self, place: &Place, moving: Option<usize>) -> Result<Slot, Message> {
        let others = |i: usize| Some(i) != moving;
        match place {
            Place::After(id) => {
                let i = self
                    .find_activity(id)
                    .ok_or_else(|| msg!("structure-unknown-id", id = id.as_str()))?;
                if Some(i) == moving {
                    return Err(msg!("structure-after-itself", id = id.as_str()));
                }
                let a = &self.activities[i];
                let position = (0..=i).filter(|&j| others(j)).count();
                Ok(Slot {
                    area: a.area,
                    workstream: a.workstream,
                    position,
                })
            }
            Place::End { area, workstream } => {
                let ai = self.area_index(area)?;
                let wi = match workstream {
                    None => None,
                    Some(title) => Some(self.workstream_index(ai, area, title)?),
                };
                // After the group's last activity, or where the group would start.
                let key = group_key(ai, wi);
                let position = (0..self.activities.len())
                    .filter(|&j| others(j))
                    .filter(|&j| {
                        let a = &self.activities[j];
                        group_key(a.area, a.workstream) <= key
                    })
                    .count();
                Ok(Slot {
                    area: ai,
                    workstream: wi,
                    position,
                })
            }
        }
    }

    /// The plan after `change`, or why it cannot be made. Activities keep every value; paths
    /// (and path ids of activities without an explicit id) follow their new places.
    pub fn restructure(&self, change: &Structure) -> Result<Plan, Message> {
        let mut plan = self.clone();
        let known = |id: &str| {
            self.find_activity(id)
                .ok_or_else(|| msg!("structure-unknown-id", id = id))
        };
        match change {
            Structure::Add { place, activity } => {
                let slot = self.slot(place, None)?;
                let new = self.new_activity(activity, slot)?;
                plan.activities.insert(slot.position, new);
            }
            Structure::Remove { id } => {
                plan.activities.remove(known(id)?);
            }
            Structure::Move { id, place } => {
                let i = known(id)?;
                let slot = self.slot(place, Some(i))?;
                let mut a = plan.activities.remove(i);
                a.area = slot.area;
                a.workstream = slot.workstream;
                plan.activities.insert(slot.position, a);
            }
            Structure::Shift { id, down } => {
                let i = known(id)?;
                let a = &self.activities[i];
                let sibling = |j: usize| {
                    let b = &self.activities[j];
                    b.area == a.area && b.workstream == a.workstream
                };
                let j = if *down {
                    (i + 1 < self.activities.len() && sibling(i + 1)).then_some(i + 1)
                } else {
                    (i > 0 && sibling(i - 1)).then(|| i - 1)
                };
                let Some(j) = j else {
                    return Err(if *down {
                        msg!("structure-already-last", id = id.as_str())
                    } else {
                        msg!("structure-already-first", id = id.as_str())
                    });
                };
                plan.activities.swap(i, j);
            }
            Structure::Area { number, change } => {
                let i = self.area_index(number)?;
                let area = &mut plan.areas[i];
                if let Some(title) = &change.title {
                    let title = title.trim();
                    if title.is_empty() {
                        return Err(msg!("structure-area-needs-title", number = number.as_str()));
                    }
                    area.title = title.to_string();
                }
                if let Some(s) = change.status {
                    area.status = s;
                }
                if let Some(r) = &change.reason {
                    area.reason = r
                        .as_deref()
                        .map(str::trim)
                        .filter(|r| !r.is_empty())
                        .map(str::to_string);
                }
                if area.status == AreaStatus::Waiting && area.reason.is_none() {
                    return Err(msg!(
                        "structure-area-needs-reason",
                        number = number.as_str()
                    ));
                }
            }
            Structure::AddWorkstream { area, title } => {
                let ai = self.area_index(area)?;
                let title = self.free_workstream_title(ai, area, title, None)?;
                let at = self.workstreams.iter().filter(|w| w.area <= ai).count();
                for a in &mut plan.activities {
                    if let Some(w) = a.workstream.as_mut()
                        && *w >= at
                    {
                        *w += 1;
                    }
                }
                plan.workstreams.insert(
                    at,
                    Workstream {
                        area: ai,
                        title,
                        audience: None,
                        description: None,
                    },
                );
            }
            Structure::AddArea { number, title } => {
                let number = number.trim();
                if number.is_empty() {
                    return Err(Message::new("structure-area-needs-number"));
                }
                if self.areas.iter().any(|a| a.number == number) {
                    return Err(msg!("structure-area-number-taken", number = number));
                }
                let title = title.trim();
                if title.is_empty() {
                    return Err(msg!("structure-area-needs-title", number = number));
                }
                let at = self.area_position(number);
                for w in &mut plan.workstreams {
                    if w.area >= at {
                        w.area += 1;
                    }
                }
                for a in &mut plan.activities {
                    if a.area >= at {
                        a.area += 1;
                    }
                }
                plan.areas.insert(
                    at,
                    Area {
                        number: number.to_string(),
                        title: title.to_string(),
                        status: AreaStatus::Active,
                        reason: None,
                        description: None,
                    },
                );
            }
            Structure::RenameWorkstream {
                area,
                workstream,
                title,
            } => {
                let ai = self.area_index(area)?;
                let wi = self.workstream_index(ai, area, workstream)?;
                let title = self.free_workstream_title(ai, area, title, Some(wi))?;
                plan.workstreams[wi].title = title;
            }
            Structure::RemoveWorkstream { area, workstream } => {
                let ai = self.area_index(area)?;
                let wi = self.workstream_index(ai, area, workstream)?;
                let count = self
                    .activities
                    .iter()
                    .filter(|a| a.workstream == Some(wi))
                    .count();
                if count > 0 {
                    return Err(msg!(
                        "structure-workstream-not-empty",
                        area = area.trim(),
                        title = self.workstreams[wi].title.as_str(),
                        count = count
                    ));
                }
                plan.workstreams.remove(wi);
                for a in &mut plan.activities {
                    if let Some(w) = a.workstream.as_mut()
                        && *w > wi
                    {
                        *w -= 1;
                    }
                }
            }
            Structure::RemoveArea { number } => {
                let i = self.area_index(number)?;
                let activities = self.activities.iter().filter(|a| a.area == i).count();
                let workstreams = self.workstreams.iter().filter(|w| w.area == i).count();
                if activities > 0 || workstreams > 0 {
                    return Err(msg!(
                        "structure-area-not-empty",
                        number = number.trim(),
                        activities = activities,
                        workstreams = workstreams
                    ));
                }
                plan.areas.remove(i);
                for w in &mut plan.workstreams {
                    if w.area > i {
                        w.area -= 1;
                    }
                }
                for a in &mut plan.activities {
                    if a.area > i {
                        a.area -= 1;
                    }
                }
            }
            // What a correction means is known once the file is read again: the plan stays
            // as it is until then.
            Structure::Correct { .. } => {}
        }
        plan.renumber();
        Ok(plan)
    }

    /// The index (into `Plan::workstreams`) of area `ai`'s workstream titled `title`
    /// (case-insensitively); `area` is the number the user wrote.
    pub fn workstream_index(&self, ai: usize, area: &str, title: &str) -> Result<usize, Message> {
        let lower = title.trim().to_lowercase();
        let found = self
            .workstreams
            .iter()
            .position(|w| w.area == ai && w.title.to_lowercase() == lower);
        found.ok_or_else(|| {
            let known: Vec<String> = self
                .workstreams
                .iter()
                .filter(|w| w.area == ai)
                .map(|w| format!("\"{}\"", w.title))
                .collect();
            if known.is_empty() {
                msg!(
                    "structure-no-workstream-none",
                    area = area,
                    title = title.trim()
                )
            } else {
                msg!(
                    "structure-no-workstream",
                    area = area,
                    title = title.trim(),
                    known = known.join(", ")
                )
            }
        })
    }

    /// Where a new area numbered `number` goes among the areas: before the first one whose
    /// number sorts after it when the areas are in number order ("4.1" < "4.2" < "5"), else at
    /// the end.
    pub fn area_position(&self, number: &str) -> usize {
        let key = number_key(number);
        let keys: Vec<Option<Vec<u64>>> =
            self.areas.iter().map(|a| number_key(&a.number)).collect();
        let sorted = keys.iter().all(Option::is_some) && keys.windows(2).all(|w| w[0] <= w[1]);
        match (key, sorted) {
            (Some(key), true) => keys
                .iter()
                .position(|k| k.as_ref().is_some_and(|k| *k > key))
                .unwrap_or(self.areas.len()),
            _ => self.areas.len(),
        }
    }

    /// A free area number: one more than the largest whole number among the areas' ("6"
    /// after "4.2" and "5").
    pub fn free_area_number(&self) -> String {
        let top = self
            .areas
            .iter()
            .filter_map(|a| a.number.split('.').next()?.trim().parse::<u64>().ok())
            .max()
            .unwrap_or(0);
        (top + 1).to_string()
    }

    /// `title`, trimmed, when area `ai` can have a workstream by that name: not empty and no
    /// other of its workstreams (than `except`) has it.
    fn free_workstream_title(
        &self,
        ai: usize,
        area: &str,
        title: &str,
        except: Option<usize>,
    ) -> Result<String, Message> {
        let title = title.trim();
        if title.is_empty() {
            return Err(msg!("structure-workstream-needs-title", area = area.trim()));
        }
        let lower = title.to_lowercase();
        let taken = self
            .workstreams
            .iter()
            .enumerate()
            .any(|(i, w)| Some(i) != except && w.area == ai && w.title.to_lowercase() == lower);
        if taken {
            return Err(msg!(
                "structure-workstream-taken",
                area = area.trim(),
                title = title
            ));
        }
        Ok(title.to_string())
    }

    /// The index of the area with this number.
    pub fn area_index(&self, number: &str) -> Result<usize, Message> {
        self.areas
            .iter()
            .position(|a| a.number == number.trim())
            .ok_or_else(|| {
                let known: Vec<&str> = self.areas.iter().map(|a| a.number.as_str()).collect();
                msg!(
                    "structure-unknown-area",
                    number = number,
                    known = known.join(", ")
                )
            })
    }

    /// The activity `new` becomes at `slot`: checked (id free, title and owner given, the
    /// deadline readable), status "todo".
    fn new_activity(&self, new: &NewActivity, slot: Slot) -> Result<Activity, Message> {
        let id = new.id.trim();
        if id.is_empty() {
            return Err(Message::new("structure-needs-id"));
        }
        if self.find_activity(id).is_some() {
            return Err(msg!("structure-id-taken", id = id));
        }
        if new.title.trim().is_empty() {
            return Err(Message::new("structure-needs-title"));
        }
        if new.owner.trim().is_empty() {
            return Err(Message::new("structure-needs-owner"));
        }
        let text = new.due.trim();
        let ctx = deadline::Context {
            period: self.start.zip(self.end),
            meetings: series_for(&self.meetings, None).map(|s| s.dates.as_slice()),
            meeting_series: series_for(&self.meetings, None).map(|s| s.name.as_str()),
        };
        let spec = written_spec(text, false).map_err(|e| e.message)?;
        let resolved = deadline::resolve_written(&spec, &ctx, text).map_err(|e| e.message)?;
        Ok(Activity {
            area: slot.area,
            workstream: slot.workstream,
            path: ActivityPath {
                area: slot.area,
                workstream: None,
                index: 0,
            },
            id: id.to_string(),
            explicit_id: true,
            title: new.title.trim().to_string(),
            owner: new.owner.trim().to_string(),
            due: Due {
                text: text.to_string(),
                is_toml_date: false,
                spec,
                resolved,
            },
            baseline: None,
            meeting: None,
            status: Status::Todo,
            done_on: None,
            note: None,
            members: Vec::new(),
            broken: Vec::new(),
            broken_due: false,
        })
    }

    /// Sets every activity's path from its place in the list, and the path id of each one
    /// without an explicit id, as the loader does.
    fn renumber(&mut self) {
        let mut count = std::collections::HashMap::new();
        for i in 0..self.activities.len() {
            let (area, ws) = (self.activities[i].area, self.activities[i].workstream);
            let local = ws.map(|w| {
                self.workstreams[..w]
                    .iter()
                    .filter(|x| x.area == area)
                    .count()
            });
            let n = count.entry((area, ws)).or_insert(0usize);
            let index = *n;
            *n += 1;
            let number = self.areas[area].number.clone();
            let a = &mut self.activities[i];
            a.path = ActivityPath {
                area,
                workstream: local,
                index,
            };
            if !a.explicit_id {
                a.id = match local {
                    Some(w) => format!("{number}.{}.{}", w + 1, index + 1),
                    None => format!("{number}.{}", index + 1),
                };
            }
        }
    }

    /// A free id for a new activity in `slot`'s group, in the plan's own pattern: the prefix of
    /// the group's ids (or the plan's) and the next number ("nvk-9" after "nvk-8"); "a1", "a2"…
    /// when the plan has no such ids.
    pub fn free_id(&self, slot: Slot) -> String {
        let split = |id: &str| -> Option<(String, u64)> {
            let digits = id.len() - id.trim_end_matches(|c: char| c.is_ascii_digit()).len();
            if digits == 0 || digits == id.len() {
                return None;
            }
            let (prefix, n) = id.split_at(id.len() - digits);
            Some((prefix.to_string(), n.parse().ok()?))
        };
        let explicit = |a: &&Activity| a.explicit_id;
        let group: Vec<&Activity> = self
            .activities
            .iter()
            .filter(explicit)
            .filter(|a| a.area == slot.area && a.workstream == slot.workstream)
            .collect();
        let any: Vec<&Activity> = self.activities.iter().filter(explicit).collect();
        let prefix = group
            .iter()
            .rev()
            .chain(any.iter().rev())
            .find_map(|a| split(&a.id))
            .map_or_else(|| "a".to_string(), |(p, _)| p);
        let mut n = self
            .activities
            .iter()
            .filter_map(|a| split(&a.id))
            .filter(|(p, _)| *p == prefix)
            .map(|(_, n)| n)
            .max()
            .unwrap_or(0)
            + 1;
        while self.find_activity(&format!("{prefix}{n}")).is_some() {
            n += 1;
        }
        format!("{prefix}{n}")
    }
}

/// An area number as its parts ("4.1" → [4, 1]); `None` when a part is not a number.
fn number_key(number: &str) -> Option<Vec<u64>> {
    number
        .trim()
        .split('.')
        .map(|p| p.trim().parse().ok())
        .collect()
}

/// Orders the groups of activities as the plan lists them: per area its own activities, then
/// its workstreams in order.
fn group_key(area: usize, workstream: Option<usize>) -> (usize, usize) {
    (area, workstream.map_or(0, |w| w + 1))
}
