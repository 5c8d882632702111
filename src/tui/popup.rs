//! The popups the board can open, and the choices of the four that ask a question (unsaved
//! edits on quitting, a recovery file at start, another board editing the plan, an edit that
//! conflicts with the file). A choice is an
//! enum, in the order the popup lists it; [`Choice`] gives each its label and moves between them.
//! The structural edits have their own: the add form ([`AddForm`]), the delete question, the
//! move picker (on a [`Group`]) and the area status picker with its reason field.

use tui_input::Input;

use super::i18n::Msg;
use super::keys::Action;
use super::store::Unsaved;
use crate::plan::edit::Field;
use crate::plan::structure::Place;
use crate::plan::{AreaStatus, Plan, Status};

/// An open popup.
#[derive(Debug, Clone)]
pub enum Popup {
    Detail {
        scroll: u16,
    },
    /// The problems list, on the problem at `selected` (errors first, as listed).
    Problems {
        selected: usize,
    },
    Help {
        scroll: u16,
    },
    /// The status picker, on the status it would set.
    Picker {
        status: Status,
    },
    Edit {
        field: Field,
        index: usize,
        input: Input,
    },
    /// A new activity being written, to go in at `place`.
    Add(Box<AddForm>),
    /// Asks before activity `index` is deleted (y/j or n).
    Delete {
        index: usize,
    },
    /// Where to move activity `index`: the end of the group it is on.
    MoveTo {
        index: usize,
        to: Group,
    },
    /// The status picker of area `area`, on the status it would set.
    AreaStatus {
        area: usize,
        status: AreaStatus,
    },
    /// What area `area` waits for, asked when it is set to waiting.
    Reason {
        area: usize,
        input: Input,
    },
    /// `A`: what to add, a workstream to area `area` or a new area.
    AddWhich {
        area: usize,
        choice: AddWhich,
    },
    /// A name being typed: a new workstream or area, or a new title for one.
    Name(Box<NameForm>),
    /// `D`: which of area `area`'s empty workstreams to delete (`at` in their list).
    PickEmpty {
        area: usize,
        at: usize,
    },
    /// Asks before an empty workstream or area is deleted (y/j or n).
    DeleteGroup {
        group: Group,
    },
    /// Quitting with unsaved edits: retry, set aside in a recovery file, or discard.
    Unsaved {
        choice: UnsavedChoice,
    },
    /// At start: a recovery file's edits, to re-apply, discard, or leave for later.
    Recovery {
        choice: RecoveryChoice,
    },
    /// At start: another board is editing the plan; continue read-only or edit anyway.
    OtherEditor {
        choice: OtherEditorChoice,
    },
    /// An unsaved edit whose field was changed elsewhere: keep ours or the file's value.
    Conflict {
        unsaved: Box<Unsaved>,
        choice: ConflictChoice,
    },
    /// The filter picker (`f`), on one of its rows.
    Filters {
        row: FilterRow,
    },
    /// The filter picker's text, being typed.
    FilterText {
        input: Input,
    },
}

/// The filter picker's rows, top to bottom: h/l change a row's value, Enter on the text row
/// types it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterRow {
    Status,
    Urgency,
    Owner,
    Area,
    Text,
    /// Which owner is "mine" (remembered across plans, never written into one).
    Me,
}

impl FilterRow {
    pub const ALL: [FilterRow; 6] = [
        Self::Status,
        Self::Urgency,
        Self::Owner,
        Self::Area,
        Self::Text,
        Self::Me,
    ];
}

/// The choices of a popup that asks: every one in screen order, each with its label.
pub trait Choice: Copy + PartialEq + 'static {
    /// Every choice, in the order the popup lists them; the first is preselected.
    const ALL: &'static [Self];

    fn label(self) -> Msg;

    /// Where this choice is in [`Choice::ALL`].
    fn position(self) -> usize {
        Self::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }

    /// The choice `Up` or `Down` moves to (clamped at the ends); other actions keep it.
    fn moved(self, action: Action) -> Self {
        moved_in(Self::ALL, self, action)
    }
}

/// The item of `all` that `Up` or `Down` moves to from `at` (clamped at the ends); other
/// actions, and an `at` not in `all`, stay.
pub fn moved_in<T: Copy + PartialEq>(all: &[T], at: T, action: Action) -> T {
    let Some(k) = all.iter().position(|c| *c == at) else {
        return at;
    };
    let to = match action {
        Action::Down => (k + 1).min(all.len() - 1),
        Action::Up => k.saturating_sub(1),
        _ => k,
    };
    all[to]
}

/// The add form's fields, in the order Tab and Enter visit them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddField {
    Title,
    Owner,
    Due,
    Id,
}

impl AddField {
    pub const ALL: [AddField; 4] = [Self::Title, Self::Owner, Self::Due, Self::Id];

    pub fn label(self) -> Msg {
        match self {
            Self::Title => Msg::FieldTitle,
            Self::Owner => Msg::FieldOwner,
            Self::Due => Msg::FieldDeadline,
            Self::Id => Msg::FieldId,
        }
    }

    /// The next field (`forward`) or the one before, stopping at the ends.
    pub fn step(self, forward: bool) -> AddField {
        let action = if forward { Action::Down } else { Action::Up };
        moved_in(&Self::ALL, self, action)
    }
}

/// The add form: where the activity goes, the field being typed in, the four fields, and why
/// the last Enter was refused.
#[derive(Debug, Clone)]
pub struct AddForm {
    pub place: Place,
    /// The group the activity goes into, for the title.
    pub group: Group,
    pub field: AddField,
    pub title: Input,
    pub owner: Input,
    pub due: Input,
    pub id: Input,
    pub error: Option<String>,
}

impl AddForm {
    pub fn input(&self, field: AddField) -> &Input {
        match field {
            AddField::Title => &self.title,
            AddField::Owner => &self.owner,
            AddField::Due => &self.due,
            AddField::Id => &self.id,
        }
    }

    pub fn input_mut(&mut self, field: AddField) -> &mut Input {
        match field {
            AddField::Title => &mut self.title,
            AddField::Owner => &mut self.owner,
            AddField::Due => &mut self.due,
            AddField::Id => &mut self.id,
        }
    }
}

/// What `A` adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddWhich {
    Workstream,
    Area,
}

impl Choice for AddWhich {
    const ALL: &'static [Self] = &[Self::Workstream, Self::Area];

    fn label(self) -> Msg {
        match self {
            Self::Workstream => Msg::ChoiceNewWorkstream,
            Self::Area => Msg::ChoiceNewArea,
        }
    }
}

/// What a [`NameForm`] names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameTarget {
    /// A new workstream at the end of area `area`'s.
    NewWorkstream {
        area: usize,
    },
    /// A new area (number and title).
    NewArea,
    /// Workstream `workstream` (an index into `Plan::workstreams`).
    RenameWorkstream {
        workstream: usize,
    },
    RenameArea {
        area: usize,
    },
}

/// A title (and for a new area its number) being typed; `on_number` while the number field has
/// focus; why the last Enter was refused.
#[derive(Debug, Clone)]
pub struct NameForm {
    pub target: NameTarget,
    pub number: Input,
    pub title: Input,
    pub on_number: bool,
    pub error: Option<String>,
}

impl NameForm {
    /// The field being typed in.
    pub fn focused_mut(&mut self) -> &mut Input {
        if self.on_number {
            &mut self.number
        } else {
            &mut self.title
        }
    }
}

/// The empty workstreams of area `area` (indices into `Plan::workstreams`), in plan order.
pub fn empty_workstreams(plan: &Plan, area: usize) -> Vec<usize> {
    (0..plan.workstreams.len())
        .filter(|&w| plan.workstreams[w].area == area)
        .filter(|&w| !plan.activities.iter().any(|a| a.workstream == Some(w)))
        .collect()
}

/// A place activities are grouped in: an area's own activities (`workstream: None`) or one of
/// its workstreams (an index into `Plan::workstreams`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Group {
    pub area: usize,
    pub workstream: Option<usize>,
}

impl Group {
    /// Every group of `plan`, in the order the plan lists them: each area, then its workstreams.
    pub fn all(plan: &Plan) -> Vec<Group> {
        let mut out = Vec::new();
        for area in 0..plan.areas.len() {
            out.push(Group {
                area,
                workstream: None,
            });
            out.extend(
                (0..plan.workstreams.len())
                    .filter(|&w| plan.workstreams[w].area == area)
                    .map(|w| Group {
                        area,
                        workstream: Some(w),
                    }),
            );
        }
        out
    }

    /// "2 Kompetanseheving › Effektiv søknadsprosess", or the area alone.
    pub fn label(self, plan: &Plan) -> String {
        let Some(area) = plan.areas.get(self.area) else {
            return String::new();
        };
        let head = format!("{} {}", area.number, area.title);
        match self.workstream.and_then(|w| plan.workstreams.get(w)) {
            Some(w) => format!("{head} › {}", w.title),
            None => head,
        }
    }

    /// Where a new or moved activity goes at the end of this group.
    pub fn end(self, plan: &Plan) -> Place {
        Place::End {
            area: plan
                .areas
                .get(self.area)
                .map(|a| a.number.clone())
                .unwrap_or_default(),
            workstream: self
                .workstream
                .and_then(|w| plan.workstreams.get(w))
                .map(|w| w.title.clone()),
        }
    }
}

/// What to do with edits the store could not write, asked on quitting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UnsavedChoice {
    #[default]
    Retry,
    SetAside,
    Discard,
}

impl Choice for UnsavedChoice {
    const ALL: &'static [Self] = &[Self::Retry, Self::SetAside, Self::Discard];

    fn label(self) -> Msg {
        match self {
            Self::Retry => Msg::ChoiceRetry,
            Self::SetAside => Msg::ChoiceSetAside,
            Self::Discard => Msg::ChoiceDiscard,
        }
    }
}

/// What to do with a recovery file's edits, asked at start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RecoveryChoice {
    #[default]
    Reapply,
    Discard,
    Later,
}

impl Choice for RecoveryChoice {
    const ALL: &'static [Self] = &[Self::Reapply, Self::Discard, Self::Later];

    fn label(self) -> Msg {
        match self {
            Self::Reapply => Msg::ChoiceReapply,
            Self::Discard => Msg::ChoiceDiscardRecovery,
            Self::Later => Msg::ChoiceLater,
        }
    }
}

/// How to go on when another board edits the plan, asked at start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OtherEditorChoice {
    #[default]
    ReadOnly,
    EditAnyway,
}

impl Choice for OtherEditorChoice {
    const ALL: &'static [Self] = &[Self::ReadOnly, Self::EditAnyway];

    fn label(self) -> Msg {
        match self {
            Self::ReadOnly => Msg::ChoiceReadOnly,
            Self::EditAnyway => Msg::ChoiceEditAnyway,
        }
    }
}

/// What to do with an unsaved edit whose field was changed elsewhere, asked on its row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ConflictChoice {
    #[default]
    KeepMine,
    KeepTheirs,
}

impl Choice for ConflictChoice {
    const ALL: &'static [Self] = &[Self::KeepMine, Self::KeepTheirs];

    fn label(self) -> Msg {
        match self {
            Self::KeepMine => Msg::ChoiceKeepMine,
            Self::KeepTheirs => Msg::ChoiceKeepTheirs,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_move_and_stop_at_the_ends() {
        let c = UnsavedChoice::Retry;
        assert_eq!(c.moved(Action::Up), UnsavedChoice::Retry);
        assert_eq!(c.moved(Action::Down), UnsavedChoice::SetAside);
        let last = c
            .moved(Action::Down)
            .moved(Action::Down)
            .moved(Action::Down);
        assert_eq!(last, UnsavedChoice::Discard);
        assert_eq!(last.moved(Action::Help), UnsavedChoice::Discard);
        assert_eq!(
            OtherEditorChoice::ReadOnly.moved(Action::Down),
            OtherEditorChoice::EditAnyway
        );
    }
}
