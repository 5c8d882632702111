//! The popups the board can open, and the choices of the three that ask a question (unsaved
//! edits on quitting, a recovery file at start, another board editing the plan). A choice is an
//! enum, in the order the popup lists it; [`Choice`] gives each its label and moves between them.

use tui_input::Input;

use super::i18n::Msg;
use super::keys::Action;
use crate::file::edit::Field;
use crate::plan::Status;

/// An open popup.
#[derive(Debug, Clone)]
pub enum Popup {
    Detail {
        scroll: u16,
    },
    Problems {
        scroll: u16,
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
