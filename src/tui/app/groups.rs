//! The board's edits of workstreams and areas: `A` adds a workstream to the selected area or a
//! new area (asking which), `T` (and `t` on the areas list) renames a workstream or an area,
//! `D` (and `d` on the areas list) deletes an empty workstream or area after asking. Each goes
//! through [`App::restructure`] like the activity edits: at once in memory, saved by the store,
//! undoable.

use tui_input::Input;

use super::{App, Effect, MessageKind, Pane};
use crate::plan::structure::{AreaChange, Structure};
use crate::tui::i18n::Msg;
use crate::tui::keys::Action;
use crate::tui::model::View;
use crate::tui::popup::{
    AddWhich, Choice, Group, NameForm, NameTarget, Popup, empty_workstreams, moved_in,
};

impl App {
    pub(super) fn on_areas_pane(&self) -> bool {
        self.session.view == View::Board && self.session.pane == Pane::Areas
    }

    /// `A`: asks what to add (a new area first when the areas list has focus).
    pub(super) fn open_add_group(&mut self) {
        if self.refuse_read_only() {
            return;
        }
        if self.plan.areas.is_empty() {
            self.open_name(NameTarget::NewArea);
            return;
        }
        let choice = if self.on_areas_pane() {
            AddWhich::Area
        } else {
            AddWhich::Workstream
        };
        self.session.popup = Some(Popup::AddWhich {
            area: self.session.area,
            choice,
        });
    }

    /// A key in the "what to add" question.
    pub(super) fn perform_add_which(
        &mut self,
        area: usize,
        choice: AddWhich,
        action: Action,
    ) -> Effect {
        match action {
            Action::Down | Action::Up => {
                self.session.popup = Some(Popup::AddWhich {
                    area,
                    choice: choice.moved(action),
                });
            }
            Action::Close => self.session.popup = None,
            Action::Confirm => match choice {
                AddWhich::Workstream => self.open_name(NameTarget::NewWorkstream { area }),
                AddWhich::Area => self.open_name(NameTarget::NewArea),
            },
            _ => {}
        }
        Effect::None
    }

    /// `T`: renames the selected activity's workstream; on the areas list, or for an area's
    /// own activity, the area.
    pub(super) fn open_rename_group(&mut self) {
        if self.refuse_read_only() {
            return;
        }
        if self.rename_heading() {
            return;
        }
        let workstream = self
            .selected_activity()
            .filter(|_| !self.on_areas_pane())
            .and_then(|a| a.workstream);
        match workstream {
            Some(workstream) => self.open_name(NameTarget::RenameWorkstream { workstream }),
            None => self.open_rename_area(),
        }
    }

    /// `t` on the areas list: renames the selected area.
    pub(super) fn open_rename_area(&mut self) {
        if self.refuse_read_only() || self.session.area >= self.plan.areas.len() {
            return;
        }
        self.open_name(NameTarget::RenameArea {
            area: self.session.area,
        });
    }

    pub(super) fn open_name(&mut self, target: NameTarget) {
        let title = match target {
            NameTarget::RenameWorkstream { workstream } => self
                .plan
                .workstreams
                .get(workstream)
                .map(|w| w.title.clone()),
            NameTarget::RenameArea { area } => self.plan.areas.get(area).map(|a| a.title.clone()),
            NameTarget::NewWorkstream { .. } | NameTarget::NewArea => None,
        };
        let number = match target {
            NameTarget::NewArea => self.plan.free_area_number(),
            _ => String::new(),
        };
        self.session.popup = Some(Popup::Name(Box::new(NameForm {
            target,
            number: Input::new(number),
            title: Input::new(title.unwrap_or_default()),
            on_number: false,
            error: None,
        })));
    }

    /// A key in the name form: Tab moves between a new area's number and title; Enter saves
    /// when the plan takes the name, else says why and stays open.
    pub(super) fn perform_name(&mut self, mut form: NameForm, action: Action) -> Effect {
        match action {
            Action::Close => return Effect::None,
            Action::NextField | Action::PrevField if form.target == NameTarget::NewArea => {
                form.on_number = !form.on_number;
            }
            Action::Confirm => match self.name_change(&form) {
                None => return Effect::None,
                Some(change) => match self.plan.restructure(&change) {
                    Ok(_) => return self.restructure(change),
                    Err(e) => form.error = Some(e.render(self.lang())),
                },
            },
            _ => {}
        }
        self.session.popup = Some(Popup::Name(Box::new(form)));
        Effect::None
    }

    /// The change the form asks for; `None` when a rename keeps the name.
    fn name_change(&self, form: &NameForm) -> Option<Structure> {
        let title = form.title.value().trim().to_string();
        let number_of = |area: usize| self.plan.areas.get(area).map(|a| a.number.clone());
        match form.target {
            NameTarget::NewWorkstream { area } => Some(Structure::AddWorkstream {
                area: number_of(area)?,
                title,
            }),
            NameTarget::NewArea => Some(Structure::AddArea {
                number: form.number.value().trim().to_string(),
                title,
            }),
            NameTarget::RenameWorkstream { workstream } => {
                let w = self.plan.workstreams.get(workstream)?;
                (w.title != title).then(|| Structure::RenameWorkstream {
                    area: self.plan.areas[w.area].number.clone(),
                    workstream: w.title.clone(),
                    title,
                })
            }
            NameTarget::RenameArea { area } => {
                let a = self.plan.areas.get(area)?;
                (a.title != title).then(|| Structure::Area {
                    number: a.number.clone(),
                    change: AreaChange {
                        title: Some(title),
                        ..AreaChange::default()
                    },
                })
            }
        }
    }

    /// `D`: deletes an empty workstream of the selected area (the one there is, or the one
    /// picked), or on the areas list the area; asks first.
    pub(super) fn open_delete_group(&mut self) {
        if self.refuse_read_only() {
            return;
        }
        if self.on_areas_pane() {
            self.open_delete_area();
            return;
        }
        if self.delete_heading() {
            return;
        }
        let area = self.session.area;
        match empty_workstreams(&self.plan, area).as_slice() {
            [] => self.notify(
                MessageKind::Error,
                self.tr(Msg::NoEmptyWorkstream).to_string(),
            ),
            [w] => {
                self.session.popup = Some(Popup::DeleteGroup {
                    group: Group {
                        area,
                        workstream: Some(*w),
                    },
                });
            }
            _ => self.session.popup = Some(Popup::PickEmpty { area, at: 0 }),
        }
    }

    /// `d` on the areas list: asks before deleting the selected area, or says why it cannot
    /// go (it is not empty).
    pub(super) fn open_delete_area(&mut self) {
        if self.refuse_read_only() {
            return;
        }
        let group = Group {
            area: self.session.area,
            workstream: None,
        };
        let Some(change) = self.group_removal(group) else {
            return;
        };
        match self.plan.restructure(&change) {
            Ok(_) => self.session.popup = Some(Popup::DeleteGroup { group }),
            Err(e) => self.notify(MessageKind::Error, e.render(self.lang())),
        }
    }

    /// A key in the empty-workstream picker.
    pub(super) fn perform_pick_empty(&mut self, area: usize, at: usize, action: Action) -> Effect {
        let empty = empty_workstreams(&self.plan, area);
        match action {
            Action::Down | Action::Up => {
                let positions: Vec<usize> = (0..empty.len()).collect();
                let at = moved_in(&positions, at.min(empty.len().saturating_sub(1)), action);
                self.session.popup = Some(Popup::PickEmpty { area, at });
            }
            Action::Close => self.session.popup = None,
            Action::Confirm => {
                self.session.popup = empty.get(at).map(|&w| Popup::DeleteGroup {
                    group: Group {
                        area,
                        workstream: Some(w),
                    },
                });
            }
            _ => {}
        }
        Effect::None
    }

    /// The delete question for a workstream or area: yes deletes it, no (or Esc) keeps it.
    pub(super) fn confirm_delete_group(&mut self, group: Group, action: Action) -> Effect {
        match action {
            Action::Confirm => {
                self.session.popup = None;
                match self.group_removal(group) {
                    Some(change) => self.restructure(change),
                    None => Effect::None,
                }
            }
            Action::Close => {
                self.session.popup = None;
                Effect::None
            }
            _ => Effect::None,
        }
    }

    pub(super) fn group_removal(&self, group: Group) -> Option<Structure> {
        let area = self.plan.areas.get(group.area)?;
        Some(match group.workstream {
            Some(w) => Structure::RemoveWorkstream {
                area: area.number.clone(),
                workstream: self.plan.workstreams.get(w)?.title.clone(),
            },
            None => Structure::RemoveArea {
                number: area.number.clone(),
            },
        })
    }

    /// Where the board's cursor goes after a workstream or area edit: to a new area, or the
    /// neighbour of a deleted one, on the areas list.
    pub(super) fn follow_group_change(&mut self, change: &Structure) {
        match change {
            Structure::AddArea { number, .. } => {
                if let Ok(i) = self.plan.area_index(number) {
                    self.session.area = i;
                    self.session.pane = Pane::Areas;
                    self.session.selected = None;
                }
            }
            Structure::RemoveArea { .. } => {
                let last = self.plan.areas.len().saturating_sub(1);
                self.session.area = self.session.area.min(last);
                self.session.pane = Pane::Areas;
                self.session.selected = None;
            }
            _ => {}
        }
    }
}
