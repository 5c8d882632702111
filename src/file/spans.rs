//! Where each activity and area of a plan sits in its text: the table the loader fills while it
//! walks the TOML and the validator reads to point its problems at the right bytes. Kept apart
//! from both so that neither has to import the other for it.

use std::ops::Range;

type Span = Range<usize>;

/// Where the parts of each activity and area are in the text, for diagnostics.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PlanSpans {
    pub activities: Vec<ActivitySpans>,
    pub areas: Vec<AreaSpans>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ActivitySpans {
    pub table: Span,
    pub id: Option<Span>,
    pub title: Span,
    pub owner: Span,
    pub due: Span,
    pub meeting: Option<Span>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AreaSpans {
    pub table: Span,
    pub number: Span,
    pub status: Option<Span>,
}
