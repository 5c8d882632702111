//! The problems list (`w`) as a list to act on: one problem selected (j/k, PgUp/PgDn), Enter
//! goes to its activity (or area) on the board, `x` applies the one fix its `help:` names
//! through the normal edit path (saved, merged and undoable like any edit), and `E` opens the
//! editor at its line.

use tui_input::Input;

use super::{App, Effect, MessageKind, Pane};
use crate::diagnostics::{Diagnostic, Fix};
use crate::plan::edit::Change;
use crate::plan::structure::Structure;
use crate::tui::keys::Action;
use crate::tui::model::{Filters, View};
use crate::tui::popup::Popup;

/// How many problems PgUp/PgDn move.
const PAGE: usize = 5;

impl App {
    /// The problems in the order the list shows them: errors first (they keep the plan from
    /// being whole), then warnings; indices into [`App::diagnostics`].
    pub fn problem_order(&self) -> Vec<usize> {
        let errors = (0..self.diagnostics.len()).filter(|&i| self.diagnostics[i].is_error());
        let warnings = (0..self.diagnostics.len()).filter(|&i| !self.diagnostics[i].is_error());
        errors.chain(warnings).collect()
    }

    /// The selected problem's position in [`App::problem_order`], kept inside the list.
    pub fn selected_problem(&self) -> Option<usize> {
        match self.session.popup {
            Some(Popup::Problems { selected }) if !self.diagnostics.is_empty() => {
                Some(selected.min(self.diagnostics.len() - 1))
            }
            _ => None,
        }
    }

    /// The selected problem itself.
    fn selected_diagnostic(&self) -> Option<&Diagnostic> {
        let at = self.selected_problem()?;
        self.diagnostics.get(*self.problem_order().get(at)?)
    }

    /// The line `E` opens the editor at from the problems list: the selected problem's.
    pub(super) fn selected_problem_line(&self) -> Option<usize> {
        self.selected_diagnostic()?
            .line_col(&self.text)
            .map(|(line, _)| line)
    }

    /// A key in the problems list.
    pub(super) fn perform_problems(&mut self, selected: usize, action: Action) -> Effect {
        let n = self.diagnostics.len();
        let last = n.saturating_sub(1);
        let selected = selected.min(last);
        let moved = match action {
            Action::Down => selected.saturating_add(1).min(last),
            Action::Up => selected.saturating_sub(1),
            Action::PageDown => selected.saturating_add(PAGE).min(last),
            Action::PageUp => selected.saturating_sub(PAGE),
            Action::Close => {
                self.session.popup = None;
                return Effect::None;
            }
            Action::Confirm => {
                self.session.popup = None;
                if let Some(d) = self.diagnostics.get(self.nth_problem(selected)).cloned() {
                    self.go_to_problem(&d);
                }
                return Effect::None;
            }
            Action::QuickFix => return self.quick_fix(selected),
            _ => selected,
        };
        self.session.popup = Some(Popup::Problems { selected: moved });
        Effect::None
    }

    /// The mouse wheel in the problems list moves the selection.
    pub(super) fn scroll_problems(&mut self, delta: isize) {
        if let Some(Popup::Problems { selected }) = self.session.popup.as_mut() {
            let last = self.diagnostics.len().saturating_sub(1);
            *selected = selected.saturating_add_signed(delta).min(last);
        }
    }

    /// Index into the diagnostics of the problem at `at` in the list.
    fn nth_problem(&self, at: usize) -> usize {
        self.problem_order().get(at).copied().unwrap_or(usize::MAX)
    }

    /// The activity a problem is about: the fix's, else the one whose block holds its span.
    fn problem_activity(&self, d: &Diagnostic) -> Option<usize> {
        match &d.fix {
            Some(Fix::Owner { index, id, .. } | Fix::Due { index, id, .. }) => {
                return self
                    .plan
                    .activities
                    .get(*index)
                    .filter(|a| &a.id == id)
                    .map(|_| *index)
                    .or_else(|| self.plan.find(id));
            }
            Some(Fix::Reason { .. }) => return None,
            Some(Fix::StatusWord | Fix::Key { .. } | Fix::Id { .. }) | None => {}
        }
        let at = d.span.as_ref()?.start;
        let blocks = crate::file::structure::activity_blocks(&self.text, &self.plan).ok()?;
        blocks.iter().position(|b| b.contains(&at))
    }

    /// The area a problem is in: its activity's, the fix's, else the `[[area]]` table its span
    /// lies in (the n-th area header before it).
    fn problem_area(&self, d: &Diagnostic) -> Option<usize> {
        if let Some(i) = self.problem_activity(d) {
            return self.plan.activities.get(i).map(|a| a.area);
        }
        if let Some(Fix::Reason { index, .. }) = &d.fix {
            return Some(*index);
        }
        let at = d.span.as_ref()?.start;
        let before = self.text.get(..at)?;
        let headers = before
            .lines()
            .filter(|l| {
                let compact: String = l.chars().filter(|c| !c.is_whitespace()).collect();
                compact.starts_with("[[area]]")
            })
            .count();
        let area = headers.checked_sub(1)?;
        (area < self.plan.areas.len()).then_some(area)
    }

    /// Enter: shows the problem's activity selected on the board (or its area), clearing a
    /// search or filter that would hide it.
    fn go_to_problem(&mut self, d: &Diagnostic) {
        let activity = self.problem_activity(d);
        let Some(area) = self.problem_area(d) else {
            return;
        };
        self.session.view = View::Board;
        self.session.area = area;
        match activity {
            Some(i) => {
                self.session.pane = Pane::Activities;
                self.session.selected = Some(i);
                self.refresh_view();
                if self.session.selected != Some(i) {
                    self.session.query.clear();
                    self.session.filters = Filters::default();
                    self.session.selected = Some(i);
                    self.refresh_view();
                }
            }
            None => {
                self.session.pane = Pane::Areas;
                self.session.selected = None;
                self.refresh_view();
            }
        }
    }

    /// `x`: applies the selected problem's fix, on the board at its activity.
    fn quick_fix(&mut self, selected: usize) -> Effect {
        let Some(d) = self.diagnostics.get(self.nth_problem(selected)).cloned() else {
            return Effect::None;
        };
        let Some(fix) = d.fix.clone() else {
            self.notify(
                MessageKind::Error,
                crate::i18n::text(self.lang, "fixes-none"),
            );
            return Effect::None;
        };
        if self.refuse_read_only() {
            return Effect::None;
        }
        self.session.popup = None;
        self.go_to_problem(&d);
        match fix {
            Fix::Owner { owner, .. } => self.fix_activity(&d, Change::Owner(owner)),
            Fix::Due { due, .. } => self.fix_activity(&d, Change::CorrectDue(due)),
            Fix::StatusWord => {
                // Which status: the picker, then its word goes in place of the unknown one.
                self.session.fixing = Some(d);
                self.session.popup = Some(Popup::Picker {
                    status: crate::plan::Status::Todo,
                });
                Effect::None
            }
            Fix::Key { to } | Fix::Id { to } => self.correct(&d, &to),
            Fix::Reason { index, .. } => {
                let reason = self
                    .plan
                    .areas
                    .get(index)
                    .and_then(|a| a.reason.clone())
                    .unwrap_or_default();
                self.session.popup = Some(Popup::Reason {
                    area: index,
                    input: Input::new(reason),
                });
                Effect::None
            }
        }
    }

    /// Whether the open status picker is a quick fix's: it then lists the status words as the
    /// plan writes them (they go into the file).
    pub fn picking_status_word(&self) -> bool {
        self.session.fixing.is_some()
    }

    /// The status picker opened by a quick fix was answered: `status`'s word, in the plan's
    /// language, goes in place of the unknown one.
    pub(super) fn fix_status(&mut self, d: &Diagnostic, status: crate::plan::Status) -> Effect {
        let word = status.word(self.plan.language).to_string();
        self.correct(d, &word)
    }

    /// Writes `to` in place of the text at the problem's place, quoted as that text is (a
    /// quoted value or key stays quoted the same way, a bare key stays bare): a correction
    /// saved, merged and undoable like a structural change.
    fn correct(&mut self, d: &Diagnostic, to: &str) -> Effect {
        let Some(from) = d
            .span
            .clone()
            .and_then(|s| self.text.get(s))
            .map(str::to_string)
        else {
            return Effect::None;
        };
        let to = requote(&from, to);
        let fixed = d
            .span
            .clone()
            .map(|s| crate::file::structure::corrected_lines(&self.text, s, &to))
            .unwrap_or_default();
        self.restructure(Structure::Correct {
            problem: d.message.clone(),
            from,
            to,
            fixed,
        })
    }

    fn fix_activity(&mut self, d: &Diagnostic, change: Change) -> Effect {
        match self.problem_activity(d) {
            Some(i) if self.session.selected == Some(i) => self.edit(change),
            _ => Effect::None,
        }
    }
}

/// `word` written the way `like` is: in the same quotes (escaped for double quotes), or bare.
fn requote(like: &str, word: &str) -> String {
    if like.starts_with('"') {
        let escaped = word.replace('\\', "\\\\").replace('"', "\\\"");
        format!("\"{escaped}\"")
    } else if like.starts_with('\'') && !word.contains('\'') {
        format!("'{word}'")
    } else if like.starts_with('\'') {
        requote("\"", word)
    } else {
        word.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::requote;

    #[test]
    fn a_word_is_written_in_the_quotes_of_the_text_it_replaces() {
        assert_eq!(requote("\"pågående\"", "pågår"), "\"pågår\"");
        assert_eq!(requote("'x'", "pågår"), "'pågår'");
        assert_eq!(requote("ownr", "owner"), "owner");
        assert_eq!(requote("\"a\"", "b\"c"), "\"b\\\"c\"");
        assert_eq!(requote("'a'", "it's"), "\"it's\"");
    }
}
