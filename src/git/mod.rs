//! Several people, one plan: git as the shared store. The merge driver ([`merge`]) merges
//! plans at the level of their fields, and [`log`] reads the plan's history commit by commit
//! ([`repo`] is the small door to the repository).
//!
//! Both compare plans, not text, and both need to know which activity is which across
//! versions: [`keys`] names every activity by its explicit id, or — for an activity without
//! one, whose path id ("2.1.3") changes when a sibling is added before it — by its place and
//! title.

pub mod changes;
pub mod log;
pub mod merge;
pub mod repo;

use crate::plan::Plan;

/// A stable name for each activity of `plan`, by index: `id:<id>` for an explicit id, else
/// `at:<area>/<workstream>/<title>` (with `#2`, `#3`… for repeated titles in one group).
pub fn keys(plan: &Plan) -> Vec<String> {
    let mut seen = std::collections::HashMap::<String, usize>::new();
    plan.activities
        .iter()
        .map(|a| {
            if a.explicit_id {
                return format!("id:{}", a.id);
            }
            let ws = a
                .workstream
                .map_or("", |w| plan.workstreams[w].title.as_str());
            let base = format!("at:{}/{ws}/{}", plan.areas[a.area].number, a.title);
            let n = seen.entry(base.clone()).or_insert(0);
            *n += 1;
            if *n == 1 { base } else { format!("{base}#{n}") }
        })
        .collect()
}

/// The newline a text uses.
pub(crate) fn newline(text: &str) -> &'static str {
    if text.contains("\r\n") { "\r\n" } else { "\n" }
}
