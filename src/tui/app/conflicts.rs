//! Structural changes a conflict kept out of the file (someone else's version came first and
//! ours could not go in on it): they stay unsaved, and the conflict popup — the one a field
//! edit's conflict opens — shows what the change was and what happened elsewhere. Keep mine
//! applies the change onto the file as it now is, where it still can be (else it says why and
//! the change stays unsaved); keep theirs forgets it. The popup opens by itself when such a
//! conflict happens, and again with Enter on the activity the change is about.

use super::{App, Popup};
use crate::tui::popup::ConflictChoice;
use crate::tui::store::{Report, Request, Unsaved};

impl App {
    /// Whether `report` tells of a conflict: a failure that left the edit out (not kept to
    /// retry) and took in someone else's version of the file. The store then holds every
    /// unsaved edit beside the file (none is pending).
    pub(super) fn is_conflict(report: &Report) -> bool {
        matches!(&report.result, Err(f) if !f.kept) && report.theirs.is_some()
    }

    /// The change whose "keep mine" just failed (it could not go in on the file as it is).
    pub(super) fn keep_mine_failed(report: &Report) -> Option<Unsaved> {
        match (&report.request, &report.result) {
            (Request::KeepMine(u), Err(f)) if !f.kept && u.field_edit().is_none() => {
                Some(u.clone())
            }
            _ => None,
        }
    }

    /// After a report's unsaved edits are taken in: the structural changes a conflict left out
    /// are those it left out now (`conflict`) and those left out before that are still unsaved.
    /// A new one opens the conflict popup, unless another popup is open; so does one whose
    /// "keep mine" failed (`kept_mine`), now with why, and keep theirs chosen.
    pub(super) fn track_conflicts(&mut self, conflict: bool, kept_mine: Option<Unsaved>) {
        let before = std::mem::take(&mut self.session.conflicts);
        let now: Vec<Unsaved> = self
            .session
            .unsaved
            .iter()
            .filter(|u| u.field_edit().is_none())
            .filter(|u| conflict || before.iter().any(|b| b.same_change(u)))
            .cloned()
            .collect();
        let new = now
            .iter()
            .find(|u| !before.iter().any(|b| b.same_change(u)))
            .cloned();
        let again = kept_mine.and_then(|k| now.iter().find(|u| u.same_change(&k)).cloned());
        self.session.conflicts = now;
        let (unsaved, choice) = match (new, again) {
            (Some(u), _) => (u, ConflictChoice::default()),
            (None, Some(u)) => (u, ConflictChoice::KeepTheirs),
            (None, None) => return,
        };
        if self.session.popup.is_none() {
            self.session.popup = Some(Popup::Conflict {
                unsaved: Box::new(unsaved),
                choice,
            });
        }
    }

    /// The structural change a conflict left out that is about activity `id`.
    pub(super) fn structural_conflict(&self, id: &str) -> Option<Unsaved> {
        self.session
            .conflicts
            .iter()
            .find(|u| u.is_about(id))
            .cloned()
    }

    /// The structural changes a conflict left out of the file.
    pub fn conflicts(&self) -> &[Unsaved] {
        &self.session.conflicts
    }
}
