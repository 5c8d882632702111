//! Workstream headings on the board are places the cursor can stand on: an empty workstream's
//! (it shows as its heading alone) between the activities, and the top one above the first
//! activity (`k` there). On a heading `T` renames that workstream, `D` deletes it (when it is
//! empty, after asking) and `a` adds an activity at its end — the way into an empty
//! workstream; `J`/`K` say that a workstream keeps its place (they move activities). Every
//! heading is a stop for `j`/`k`. The heading counts only while no activity is selected, on
//! the board's activities pane, and only for a workstream of the area shown.

use super::{App, MessageKind, Pane, Popup};
use crate::tui::model::{Row, View};
use crate::tui::popup::Group;

impl App {
    /// The workstream whose heading the cursor is on (an index into the plan's workstreams).
    pub fn heading(&self) -> Option<usize> {
        let w = self.session.heading?;
        let on_board = self.session.view == View::Board && self.session.pane == Pane::Activities;
        let here = self
            .plan
            .workstreams
            .get(w)
            .is_some_and(|ws| ws.area == self.session.area);
        (on_board && here && self.session.selected.is_none()).then_some(w)
    }

    /// The row of the heading the cursor is on.
    pub(super) fn heading_row(&self) -> Option<usize> {
        let w = self.heading()?;
        self.rows()
            .iter()
            .position(|r| *r == Row::Workstream(Some(w)))
    }

    /// `j`/`k` on the board's activities: the next place among the activities and the
    /// headings of empty workstreams (nothing else stands for them), and `k` on the first
    /// activity goes up onto the heading above it. `false` when there is no such heading (the
    /// caller moves among the activities as before).
    pub(super) fn move_on_board(&mut self, delta: isize) -> bool {
        let rows = self.rows();
        let places: Vec<(usize, Row)> = rows
            .iter()
            .enumerate()
            .filter(|(_, r)| matches!(r, Row::Activity(_) | Row::Workstream(Some(_))))
            .map(|(k, r)| (k, r.clone()))
            .collect();
        if !places.iter().any(|(_, r)| matches!(r, Row::Workstream(_))) {
            return false;
        }
        let now = self.heading_row().or_else(|| self.cursor_row());
        let at = now
            .and_then(|row| places.iter().position(|(r, _)| *r == row))
            .unwrap_or(0);
        let target = (at as isize + delta).clamp(0, places.len() as isize - 1) as usize;
        match places[target].1 {
            Row::Activity(i) => {
                self.session.selected = Some(i);
                self.session.heading = None;
            }
            Row::Workstream(Some(w)) => {
                self.session.heading = Some(w);
                self.session.selected = None;
            }
            _ => {}
        }
        true
    }

    /// `T` on a heading: rename that workstream. `false` when not on a heading.
    pub(super) fn rename_heading(&mut self) -> bool {
        let Some(workstream) = self.heading() else {
            return false;
        };
        self.open_name(crate::tui::popup::NameTarget::RenameWorkstream { workstream });
        true
    }

    /// `D` on a heading: asks before deleting that workstream, or says why it cannot go (it
    /// has activities). `false` when not on a heading.
    pub(super) fn delete_heading(&mut self) -> bool {
        let Some(w) = self.heading() else {
            return false;
        };
        let group = Group {
            area: self.session.area,
            workstream: Some(w),
        };
        if let Some(change) = self.group_removal(group) {
            match self.plan.restructure(&change) {
                Ok(_) => self.session.popup = Some(Popup::DeleteGroup { group }),
                Err(e) => self.notify(MessageKind::Error, e.render(self.lang())),
            }
        }
        true
    }

    /// `a` on a heading: the group a new activity goes to the end of.
    pub(super) fn heading_group(&self) -> Option<Group> {
        self.heading().map(|w| Group {
            area: self.session.area,
            workstream: Some(w),
        })
    }

    /// `J`/`K` on a heading: a workstream keeps its place in the file; says how to move an
    /// activity instead.
    pub(super) fn shift_heading(&mut self) {
        if self.heading().is_some() {
            let text = crate::i18n::text(self.lang(), "life-heading-shift");
            self.notify(MessageKind::Info, text);
        }
    }
}
