//! What the board's views show of the plan: the header's counts, the activities that pass the
//! filter and search, the rows or columns of the current view, and the order the cursor walks
//! them in. Derived when the plan or what the user looks at changes, never per frame; the app
//! keeps one [`Shown`] and asks it where the selection is.

use chrono::NaiveDate;

use super::model::{self, Filters, Row, Sort, View};
use crate::plan::{Counts, Language, Plan, Status};

/// What the user chose to look at: the inputs of [`Shown::look`].
#[derive(Debug, Clone, Copy)]
pub struct Lens<'a> {
    pub view: View,
    /// The board's selected area.
    pub area: usize,
    pub filters: &'a Filters,
    pub sort: Sort,
    pub query: &'a str,
    pub show_cancelled: bool,
}

/// The views' content, derived from the plan and a [`Lens`].
#[derive(Debug, Default)]
pub struct Shown {
    pub counts: Counts,
    /// How wide each column of an activity row needs to be, over the visible activities.
    pub widths: model::Widths,
    pub visible: Vec<usize>,
    pub rows: Vec<Row>,
    pub columns: Vec<(Status, Vec<usize>)>,
    /// (done, total) of each area, for the board's left pane.
    pub progress: Vec<(usize, usize)>,
    /// Each activity's lowercased search text ([`model::search_texts`]), built once per plan
    /// when a search or text filter first needs it (not for the first frame: lowercasing a
    /// big plan is a good part of the time to it); empty until then.
    search_texts: Vec<String>,
    /// The activities the cursor can reach, in screen order; where each activity is in it
    /// (`u32::MAX`: not reachable); and the row of each in `rows` (list views). So moving the
    /// cursor and finding its row on a frame take the same time in any plan.
    order: Vec<usize>,
    place: Vec<u32>,
    order_rows: Vec<u32>,
}

impl Shown {
    /// Recomputes what depends on the plan alone: counts, progress and search texts. Follow it
    /// with [`Shown::look`].
    pub fn plan_changed(&mut self, plan: &Plan, today: NaiveDate) {
        self.counts = plan.counts(today);
        self.progress = plan.areas_progress();
        self.search_texts.clear();
    }

    /// Recomputes what `lens` shows of `plan`.
    pub fn look(&mut self, plan: &Plan, today: NaiveDate, lang: Language, lens: Lens) {
        // Without a text to find, every use of the texts gives what no text gives.
        let finding = !lens.query.is_empty() || !lens.filters.text.is_empty();
        if finding && self.search_texts.len() != plan.activities.len() {
            self.search_texts = model::search_texts(plan);
        }
        self.visible = model::visible_in(plan, today, lens.filters, lens.query, &self.search_texts);
        let shown_query = if lens.query.is_empty() {
            lens.filters.text.as_str()
        } else {
            lens.query
        };
        self.widths = model::Widths::of(
            plan,
            &self.visible,
            today,
            lang,
            &shown_query.trim().to_lowercase(),
            &self.search_texts,
        );
        self.rows = match lens.view {
            View::Board => model::board_rows(plan, lens.area, &self.visible, lens.sort),
            View::Agenda => model::agenda_rows(plan, today, &self.visible, lens.sort),
            View::Owners => model::owner_rows(plan, today, &self.visible),
            View::Timeline => model::timeline_rows(plan, &self.visible),
            View::Status => Vec::new(),
        };
        self.columns = if lens.view == View::Status {
            model::kanban_columns(plan, &self.visible, lens.show_cancelled)
        } else {
            Vec::new()
        };
        self.index_order(lens.view, plan.activities.len());
    }

    /// Builds `order`, `place` and `order_rows` from `rows` or `columns`.
    fn index_order(&mut self, view: View, activities: usize) {
        self.order.clear();
        self.order_rows.clear();
        if view == View::Status {
            self.order
                .extend(self.columns.iter().flat_map(|(_, c)| c.iter().copied()));
        } else {
            for (r, row) in self.rows.iter().enumerate() {
                if let Row::Activity(i) = row {
                    self.order.push(*i);
                    self.order_rows.push(r as u32);
                }
            }
        }
        self.place.clear();
        self.place.resize(activities, u32::MAX);
        for (k, &i) in self.order.iter().enumerate() {
            if let Some(p) = self.place.get_mut(i) {
                *p = k as u32;
            }
        }
    }

    /// The activities the cursor can reach, in screen order.
    pub fn reachable(&self) -> &[usize] {
        &self.order
    }

    /// Where activity `i` is among those the cursor can reach.
    pub fn order_of(&self, i: usize) -> Option<usize> {
        let k = *self.place.get(i)?;
        (k != u32::MAX && self.order.get(k as usize) == Some(&i)).then_some(k as usize)
    }

    /// The row of activity `i` in `rows` (list views).
    pub fn row_of(&self, i: usize) -> Option<usize> {
        let k = self.order_of(i)?;
        self.order_rows.get(k).map(|&r| r as usize)
    }

    /// (column, position) of activity `i` among the status view's cards.
    pub fn card_of(&self, i: usize) -> Option<(usize, usize)> {
        let mut k = self.order_of(i)?;
        for (c, (_, col)) in self.columns.iter().enumerate() {
            if k < col.len() {
                return Some((c, k));
            }
            k -= col.len();
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> Plan {
        let text = crate::synth::plan_text("Test", 40, 3);
        crate::file::parse_plan(&text).plan.unwrap()
    }

    fn lens(view: View) -> Lens<'static> {
        static NONE: Filters = Filters {
            status: None,
            urgency: model::Filter::All,
            owner: None,
            area: None,
            text: String::new(),
        };
        Lens {
            view,
            area: 0,
            filters: &NONE,
            sort: Sort::File,
            query: "",
            show_cancelled: true,
        }
    }

    #[test]
    fn every_reachable_activity_is_found_at_its_row_or_card() {
        let plan = plan();
        let today = NaiveDate::from_ymd_opt(2018, 5, 15).unwrap();
        let mut shown = Shown::default();
        shown.plan_changed(&plan, today);
        shown.look(&plan, today, Language::Nb, lens(View::Agenda));
        assert_eq!(shown.reachable().len(), plan.activities.len());
        for (k, &i) in shown.reachable().iter().enumerate() {
            assert_eq!(shown.order_of(i), Some(k));
            let row = shown.row_of(i).unwrap();
            assert_eq!(shown.rows[row].activity(), Some(i));
        }
        shown.look(&plan, today, Language::Nb, lens(View::Status));
        for &i in shown.reachable() {
            let (c, p) = shown.card_of(i).unwrap();
            assert_eq!(shown.columns[c].1[p], i);
            assert_eq!(shown.row_of(i), None, "the status view has no rows");
        }
    }
}
