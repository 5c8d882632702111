//! Rules over a whole plan that no single key can check: duplicate area numbers and activity
//! ids (explicit or path ids), deadlines outside the plan period, owner names that look like
//! misspellings of a more frequent owner, and waiting areas without a reason.

use std::collections::HashMap;

use chrono::Datelike;

use crate::diagnostics::{Diagnostic, Fix, dmy};
use crate::file::spans::PlanSpans;
use crate::msg;
use crate::plan::{AreaStatus, DeadlineSpec, Plan};

pub fn check(plan: &Plan, spans: &PlanSpans) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    duplicate_areas(plan, spans, &mut out);
    duplicate_ids(plan, spans, &mut out);
    outside_period(plan, spans, &mut out);
    owner_misspellings(plan, spans, &mut out);
    waiting_without_reason(plan, spans, &mut out);
    out
}

fn duplicate_areas(plan: &Plan, spans: &PlanSpans, out: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, area) in plan.areas.iter().enumerate() {
        if let Some(&first) = seen.get(area.number.as_str()) {
            out.push(
                Diagnostic::error(
                    msg!("check-duplicate-area", number = area.number.as_str()),
                    spans.areas.get(i).map(|s| s.number.clone()),
                )
                .with_help(msg!(
                    "check-duplicate-area-help",
                    number = area.number.as_str(),
                    title = plan.areas[first].title.as_str()
                )),
            );
        } else {
            seen.insert(&area.number, i);
        }
    }
}

fn duplicate_ids(plan: &Plan, spans: &PlanSpans, out: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, a) in plan.activities.iter().enumerate() {
        if let Some(&first) = seen.get(a.id.as_str()) {
            let other = &plan.activities[first];
            let span = spans
                .activities
                .get(i)
                .map(|s| s.id.clone().unwrap_or(s.table.clone()));
            let label = if other.explicit_id {
                msg!(
                    "check-duplicate-id-label",
                    id = a.id.as_str(),
                    title = other.title.as_str()
                )
            } else {
                msg!(
                    "check-duplicate-path-id-label",
                    id = a.id.as_str(),
                    title = other.title.as_str()
                )
            };
            let mut d = Diagnostic::error(msg!("check-duplicate-id", id = a.id.as_str()), span)
                .with_label(label)
                .with_help(msg!("check-duplicate-id-help"));
            // A written id can be given a free one in the plan's pattern.
            if a.explicit_id {
                let slot = crate::plan::structure::Slot {
                    area: a.area,
                    workstream: a.workstream,
                    position: i,
                };
                d = d.with_fix(Fix::Id {
                    to: plan.free_id(slot),
                });
            }
            out.push(d);
        } else {
            seen.insert(&a.id, i);
        }
    }
}

fn outside_period(plan: &Plan, spans: &PlanSpans, out: &mut Vec<Diagnostic>) {
    let (Some(start), Some(end)) = (plan.start, plan.end) else {
        return;
    };
    for (i, a) in plan.activities.iter().enumerate() {
        let day = a.due.day();
        let span = spans.activities.get(i).map(|s| s.due.clone());
        let has_year = spec_has_year(&a.due.spec);
        if day < start {
            let guess = if has_year {
                day.with_year(day.year() + 1)
                    .filter(|n| *n >= start && *n <= end)
            } else {
                None
            };
            let message = match guess {
                Some(n) => msg!(
                    "check-deadline-before-start-guess",
                    text = a.due.text.as_str(),
                    date = dmy(day),
                    start = dmy(start),
                    year = n.year()
                ),
                None => msg!(
                    "check-deadline-before-start",
                    text = a.due.text.as_str(),
                    date = dmy(day),
                    start = dmy(start)
                ),
            };
            let mut d = Diagnostic::warning(message, span)
                .with_help(msg!("check-deadline-before-start-help"));
            if let Some(due) = guess.and_then(|n| next_year_text(&a.due.text, day.year(), n.year()))
            {
                d = d.with_fix(Fix::Due {
                    index: i,
                    id: a.id.clone(),
                    due,
                });
            }
            out.push(d);
        } else if day > end {
            out.push(
                Diagnostic::warning(
                    msg!(
                        "check-deadline-after-end",
                        text = a.due.text.as_str(),
                        date = dmy(day),
                        end = dmy(end)
                    ),
                    span,
                )
                .with_help(msg!("check-deadline-after-end-help")),
            );
        }
    }
}

/// The deadline text with its year written as `to` instead of `from` ("14. april 2017" →
/// "14. april 2018"), when the year appears exactly once and the result still reads.
fn next_year_text(text: &str, from: i32, to: i32) -> Option<String> {
    let from = from.to_string();
    if text.matches(from.as_str()).count() != 1 {
        return None;
    }
    let fixed = text.replacen(from.as_str(), &to.to_string(), 1);
    crate::plan::deadline::parse(&fixed).ok().map(|_| fixed)
}

fn spec_has_year(spec: &DeadlineSpec) -> bool {
    match spec {
        DeadlineSpec::Date { year, .. }
        | DeadlineSpec::Week { year, .. }
        | DeadlineSpec::Month { year, .. }
        | DeadlineSpec::MonthRange { year, .. }
        | DeadlineSpec::Meeting { year, .. } => year.is_some(),
    }
}

/// An owner spelt within edit distance 2 (or differing only in case) of a strictly more
/// frequent owner is probably a misspelling of it.
fn owner_misspellings(plan: &Plan, spans: &PlanSpans, out: &mut Vec<Diagnostic>) {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for a in &plan.activities {
        match counts.iter_mut().find(|(o, _)| *o == a.owner) {
            Some((_, c)) => *c += 1,
            None => counts.push((&a.owner, 1)),
        }
    }
    let mut likely: HashMap<&str, (&str, usize)> = HashMap::new();
    for &(name, count) in &counts {
        let best = counts
            .iter()
            .filter(|(other, c)| *c > count && *other != name && looks_like(name, other))
            .max_by_key(|(_, c)| *c);
        if let Some(&(other, c)) = best {
            likely.insert(name, (other, c));
        }
    }
    for (i, a) in plan.activities.iter().enumerate() {
        if let Some((other, c)) = likely.get(a.owner.as_str()) {
            out.push(
                Diagnostic::warning(
                    msg!(
                        "check-owner-misspelt",
                        owner = a.owner.as_str(),
                        other = *other
                    ),
                    spans.activities.get(i).map(|s| s.owner.clone()),
                )
                .with_help(msg!(
                    "check-owner-misspelt-help",
                    other = *other,
                    count = *c
                ))
                .with_fix(Fix::Owner {
                    index: i,
                    id: a.id.clone(),
                    owner: (*other).to_string(),
                }),
            );
        }
    }
}

fn looks_like(a: &str, b: &str) -> bool {
    let (la, lb) = (a.to_lowercase(), b.to_lowercase());
    if la == lb {
        return true;
    }
    let shortest = la.chars().count().min(lb.chars().count());
    shortest >= 5 && strsim::levenshtein(&la, &lb) <= 2
}

fn waiting_without_reason(plan: &Plan, spans: &PlanSpans, out: &mut Vec<Diagnostic>) {
    for (i, area) in plan.areas.iter().enumerate() {
        if area.status == AreaStatus::Waiting
            && area.reason.as_deref().is_none_or(|r| r.trim().is_empty())
        {
            let span = spans
                .areas
                .get(i)
                .map(|s| s.status.clone().unwrap_or(s.number.clone()));
            out.push(
                Diagnostic::warning(
                    msg!(
                        "check-waiting-without-reason",
                        number = area.number.as_str()
                    ),
                    span,
                )
                .with_help(msg!("check-waiting-without-reason-help"))
                .with_fix(Fix::Reason {
                    index: i,
                    number: area.number.clone(),
                }),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::file::parse_plan;

    const HEAD: &str = "[plan]\ntitle = \"P\"\nstart = 2017-09-01\nend = 2018-04-30\n\n";

    fn fixes(body: &str) -> Vec<Option<Fix>> {
        parse_plan(&format!("{HEAD}{body}"))
            .diagnostics
            .into_iter()
            .map(|d| d.fix)
            .collect()
    }

    fn activity(id: &str, owner: &str, due: &str) -> String {
        format!(
            "[[area.activity]]\nid = \"{id}\"\ntitle = \"t\"\nowner = \"{owner}\"\ndue = {due}\n"
        )
    }

    #[test]
    fn a_misspelt_owner_carries_the_known_owner_as_its_fix() {
        let body = format!(
            "[[area]]\nnumber = \"1\"\ntitle = \"A\"\n{}{}{}",
            activity("a", "Prosjektleder", "\"1. mars\""),
            activity("b", "Prosjektleder", "\"1. mars\""),
            activity("c", "Prosjektelder", "\"1. mars\""),
        );
        assert_eq!(
            fixes(&body),
            vec![Some(Fix::Owner {
                index: 2,
                id: "c".into(),
                owner: "Prosjektleder".into()
            })]
        );
    }

    #[test]
    fn a_deadline_a_year_early_carries_the_next_year_in_its_own_writing() {
        for (due, fixed) in [
            ("\"14. april 2017\"", Some("14. april 2018")),
            ("\"2017-04-14\"", Some("2018-04-14")),
            ("2017-04-14", Some("2018-04-14")),
            // A year the plan does not reach either way has no one fix.
            ("\"14. april 2015\"", None),
        ] {
            let body = format!(
                "[[area]]\nnumber = \"1\"\ntitle = \"A\"\n{}",
                activity("a", "O", due)
            );
            let want = fixed.map(|f| Fix::Due {
                index: 0,
                id: "a".into(),
                due: f.into(),
            });
            assert_eq!(fixes(&body), vec![want], "{due}");
        }
    }

    #[test]
    fn a_waiting_area_without_a_reason_carries_the_area() {
        let body = "[[area]]\nnumber = \"1\"\ntitle = \"A\"\n\n\
                    [[area]]\nnumber = \"2\"\ntitle = \"B\"\nstatus = \"waiting\"\n";
        assert_eq!(
            fixes(body),
            vec![Some(Fix::Reason {
                index: 1,
                number: "2".into()
            })]
        );
    }
}
