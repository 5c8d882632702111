//! Edits to a plan, as values: what the TUI and `fremdrift set` ask the file layer to change.
//! Applying them to the file text (format-preserving) and saving live beside this module.

use crate::plan::Status;

/// The editable fields of an activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Status,
    Note,
    Due,
    Owner,
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
}

impl Change {
    pub fn field(&self) -> Field {
        match self {
            Change::Status(_) => Field::Status,
            Change::Note(_) => Field::Note,
            Change::Due(_) => Field::Due,
            Change::Owner(_) => Field::Owner,
        }
    }
}

/// One edit: a change to the activity with this id (explicit or path id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub id: String,
    pub change: Change,
}
