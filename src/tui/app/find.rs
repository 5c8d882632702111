//! Finding things on the board: the filter picker (`f`: status, urgency, owner, area, text, and
//! which owner is "mine"), clearing every filter (`F`), the sort of the board and agenda (`O`)
//! and the id column (`i`). Pure state, as the rest of [`App`]: remembering "mine" on disk is an
//! [`Effect::RememberMe`] for the event loop.

use tui_input::Input;

use super::{App, Effect};
use crate::plan::Status;
use crate::tui::keys::Action;
use crate::tui::model::{Filter, Filters, Sort};
use crate::tui::popup::{FilterRow, Popup, moved_in};

/// The urgency filter's values, in the order h/l step through them.
pub(crate) const URGENCIES: [Filter; 4] =
    [Filter::All, Filter::Open, Filter::Overdue, Filter::DueSoon];

impl App {
    /// The filters set in the picker (every one must hold).
    pub fn filters(&self) -> &Filters {
        &self.session.filters
    }

    /// How the board and agenda order activities.
    pub fn sort(&self) -> Sort {
        self.session.sort
    }

    /// The owner the user said is them ("mine"), if any.
    pub fn me(&self) -> Option<&str> {
        self.session.me.as_deref()
    }

    /// Sets who "mine" is, as remembered from an earlier session (the event loop reads it).
    pub fn set_me(&mut self, me: Option<String>) {
        self.session.me = me;
    }

    /// The activity rows show ids (toggled with `i`; wide windows show them anyway).
    pub fn shows_ids(&self) -> bool {
        self.session.show_ids
    }

    /// The plan's owners, each once, alphabetically (case-insensitive); "mine" first.
    pub fn owners(&self) -> Vec<String> {
        let mut owners: Vec<String> = self
            .plan
            .activities
            .iter()
            .map(|a| a.owner.clone())
            .collect();
        owners.sort_by_key(|o| o.to_lowercase());
        owners.dedup();
        if let Some(me) = self.me()
            && let Some(k) = owners.iter().position(|o| o == me)
        {
            let mine = owners.remove(k);
            owners.insert(0, mine);
        }
        owners
    }

    pub(super) fn open_filters(&mut self) {
        self.session.popup = Some(Popup::Filters {
            row: FilterRow::Status,
        });
    }

    pub(super) fn clear_filters(&mut self) {
        self.session.filters = Filters::default();
        self.refresh_view();
    }

    pub(super) fn cycle_sort(&mut self) {
        self.session.sort = self.session.sort.next();
        self.refresh_view();
    }

    pub(super) fn toggle_ids(&mut self) {
        self.session.show_ids = !self.session.show_ids;
    }

    /// A key in the filter picker: j/k choose a row, h/l change its value (the views follow at
    /// once), Enter on the text row types the text, Enter or Esc elsewhere closes.
    pub(super) fn perform_filters(&mut self, row: FilterRow, action: Action) -> Effect {
        match action {
            Action::Up | Action::Down => {
                let row = moved_in(&FilterRow::ALL, row, action);
                self.session.popup = Some(Popup::Filters { row });
            }
            Action::Left | Action::Right => {
                let forward = action == Action::Right;
                if row == FilterRow::Me {
                    let owners = self.owners();
                    let me = step_option(&owners, self.session.me.clone(), forward);
                    self.session.me = me.clone();
                    return Effect::RememberMe(me);
                }
                self.change_filter(row, forward);
            }
            Action::Confirm if row == FilterRow::Text => {
                self.session.popup = Some(Popup::FilterText {
                    input: Input::new(self.session.filters.text.clone()),
                });
            }
            Action::Confirm | Action::Close => self.session.popup = None,
            Action::ClearFilters => self.clear_filters(),
            _ => {}
        }
        Effect::None
    }

    fn change_filter(&mut self, row: FilterRow, forward: bool) {
        let f = &mut self.session.filters;
        match row {
            FilterRow::Status => f.status = step_option(&Status::ALL, f.status, forward),
            FilterRow::Urgency => {
                // Any is the "none" of the others.
                let at = (f.urgency != Filter::All).then_some(f.urgency);
                f.urgency = step_option(&URGENCIES[1..], at, forward).unwrap_or(Filter::All);
            }
            FilterRow::Owner => {
                let owners = self.owners();
                let f = &mut self.session.filters;
                f.owner = step_option(&owners, f.owner.take(), forward);
            }
            FilterRow::Area => {
                let areas: Vec<usize> = (0..self.plan.areas.len()).collect();
                f.area = step_option(&areas, f.area, forward);
            }
            FilterRow::Text => f.text.clear(),
            FilterRow::Me => {}
        }
        self.refresh_view();
    }

    /// A key in the filter picker's text field: Enter keeps the text, Esc leaves it as it was;
    /// either goes back to the picker.
    pub(super) fn perform_filter_text(&mut self, input: Input, action: Action) -> Effect {
        match action {
            Action::Confirm => {
                self.session.filters.text = input.value().trim().to_string();
                self.refresh_view();
            }
            Action::Close => {}
            _ => {
                self.session.popup = Some(Popup::FilterText { input });
                return Effect::None;
            }
        }
        self.session.popup = Some(Popup::Filters {
            row: FilterRow::Text,
        });
        Effect::None
    }
}

/// The value after (or before) `at` in "none, then each of `all`", wrapping round.
pub(crate) fn step_option<T: Clone + PartialEq>(
    all: &[T],
    at: Option<T>,
    forward: bool,
) -> Option<T> {
    let n = all.len() + 1;
    let k = at
        .and_then(|v| all.iter().position(|x| *x == v))
        .map_or(0, |p| p + 1);
    let next = if forward {
        (k + 1) % n
    } else {
        (k + n - 1) % n
    };
    next.checked_sub(1).and_then(|i| all.get(i).cloned())
}

#[cfg(test)]
mod tests {
    use super::step_option;

    #[test]
    fn options_step_round_through_none() {
        let all = [1, 2];
        assert_eq!(step_option(&all, None, true), Some(1));
        assert_eq!(step_option(&all, Some(2), true), None);
        assert_eq!(step_option(&all, None, false), Some(2));
        assert_eq!(step_option(&all, Some(1), false), None);
        assert_eq!(step_option::<u8>(&[], None, true), None);
    }
}
