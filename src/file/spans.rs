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

impl PlanSpans {
    /// Moves every offset at or after `at` by `delta` bytes: the spans of a text in which the
    /// bytes just before `at` grew (or shrank) by `delta`, and nothing after `at` changed.
    pub fn shift_after(&mut self, at: usize, delta: isize) {
        let by = |p: &mut usize| {
            if *p >= at {
                *p = p.saturating_add_signed(delta);
            }
        };
        let range = |r: &mut Span| {
            by(&mut r.start);
            by(&mut r.end);
        };
        for a in &mut self.activities {
            range(&mut a.table);
            if let Some(r) = &mut a.id {
                range(r);
            }
            range(&mut a.title);
            range(&mut a.owner);
            range(&mut a.due);
            if let Some(r) = &mut a.meeting {
                range(r);
            }
        }
        for a in &mut self.areas {
            range(&mut a.table);
            range(&mut a.number);
            if let Some(r) = &mut a.status {
                range(r);
            }
        }
    }
}
