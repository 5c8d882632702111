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

/// The spans of a parse, decoded when first used. A parse-cache hit keeps them as the entry
/// holds them (already checked against the entry's checksum): most commands (`list`, `check`,
/// `report`, the board's first frame) never need them, and decoding them is a good part of a
/// hit. Reads as a [`PlanSpans`] (`Deref`); an entry whose spans do not decode (one forged with
/// a consistent checksum) gives no spans, and edits then take the whole-file way.
#[derive(Clone, Default)]
pub struct Spans {
    decoded: std::sync::OnceLock<PlanSpans>,
    encoded: Option<crate::file::cache::EncodedSpans>,
}

impl Spans {
    /// Spans still encoded, decoded on first use.
    pub(crate) fn encoded(encoded: crate::file::cache::EncodedSpans) -> Spans {
        Spans {
            decoded: std::sync::OnceLock::new(),
            encoded: Some(encoded),
        }
    }

    /// Whether the spans have been decoded (or never were encoded): for tests.
    pub fn is_decoded(&self) -> bool {
        self.decoded.get().is_some() || self.encoded.is_none()
    }

    /// The spans, decoded if they are not yet.
    pub fn into_inner(self) -> PlanSpans {
        match self.decoded.into_inner() {
            Some(spans) => spans,
            None => self.encoded.and_then(|e| e.decode()).unwrap_or_default(),
        }
    }

    /// Takes the spans out, leaving none.
    pub fn take(&mut self) -> PlanSpans {
        std::mem::take(self).into_inner()
    }
}

impl From<PlanSpans> for Spans {
    fn from(spans: PlanSpans) -> Spans {
        Spans {
            decoded: std::sync::OnceLock::from(spans),
            encoded: None,
        }
    }
}

impl std::ops::Deref for Spans {
    type Target = PlanSpans;

    fn deref(&self) -> &PlanSpans {
        self.decoded.get_or_init(|| {
            self.encoded
                .as_ref()
                .and_then(|e| e.decode())
                .unwrap_or_default()
        })
    }
}

impl std::fmt::Debug for Spans {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl PartialEq for Spans {
    fn eq(&self, other: &Spans) -> bool {
        **self == **other
    }
}

impl Eq for Spans {}

impl serde::Serialize for Spans {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(s)
    }
}

impl<'de> serde::Deserialize<'de> for Spans {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Spans, D::Error> {
        PlanSpans::deserialize(d).map(Spans::from)
    }
}
