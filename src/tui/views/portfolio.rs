//! Drawing the portfolio: a header (folder, how many plans, the day), the view tabs, the current
//! view's rows (only those on screen are built) and the key hints from the binding table. A
//! plan that did not load is a row in the error style with its first error.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, StatefulWidget, Widget, Wrap};

use super::common::{clean, count_row, scroll_offset};
use super::{MIN_HEIGHT, MIN_WIDTH};
use crate::output::text::{date, iso_week, pad, relative_days, truncate, width};
use crate::tui::i18n::Msg;
use crate::tui::keys::{self, Action, Scope};
use crate::tui::model::{Bucket, Filter, Sort};
use crate::tui::popup::FilterRow;
use crate::tui::portfolio::{FILTER_ROWS, Portfolio, Row, View, ViewState};
use crate::tui::theme::Mark;

/// The plan's short name column is cut to this.
const PLAN_MAX: usize = 18;
const OWNER_W: usize = 18;
const DATE_W: usize = 10;
const REL_W: usize = 10;

impl StatefulWidget for &Portfolio {
    type State = ViewState;

    fn render(self, area: Rect, buf: &mut Buffer, state: &mut ViewState) {
        buf.set_style(area, self.theme.base);
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            let text = crate::tui::i18n::too_small(self.lang, MIN_WIDTH, MIN_HEIGHT);
            Paragraph::new(text)
                .style(self.theme.warning)
                .wrap(Wrap { trim: true })
                .render(area, buf);
            return;
        }
        let [header, body, footer] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Min(1),
            Constraint::Length(1),
        ])
        .areas(area);
        render_header(self, header, buf);
        let block = Block::bordered()
            .border_style(self.theme.border_focus)
            .title(Line::from(Span::styled(
                format!(" {} ", self.tr(self.view.name())),
                self.theme.heading,
            )));
        let inner = block.inner(body);
        block.render(body, buf);
        render_rows(self, inner, buf, state);
        render_footer(self, footer, buf);
        if let Some(row) = self.picker {
            super::find::picker_of(
                &self.theme,
                self.lang,
                area,
                buf,
                (&FILTER_ROWS, row, Msg::PortfolioFilterHint),
                |r| filter_value(self, r),
            );
        }
        if let Some(scroll) = self.help {
            render_help(self, area, buf, scroll);
        }
    }
}

fn render_header(p: &Portfolio, area: Rect, buf: &mut Buffer) {
    let t = &p.theme;
    let [l1, l2] = Layout::vertical([Constraint::Length(1); 2]).areas(area);
    let when = format!(
        "{} {} · {} {} ",
        p.tr(Msg::AsOf),
        date(p.today, p.lang),
        p.tr(Msg::Week),
        iso_week(p.today)
    );
    // While the plans are being read, how many have been: the views fill in meanwhile.
    let count = match p.loading {
        Some((read, total)) => {
            crate::msg!("loading-plans-read", read = read, total = total).render(p.lang)
        }
        None => format!("{} {}", p.entries.len(), p.tr(Msg::Plans)),
    };
    let title = format!(" {} · {} · {count}", p.tr(Msg::Portfolio), clean(&p.folder),);
    let room = usize::from(l1.width).saturating_sub(width(&when) + 1);
    Line::from(Span::styled(truncate(&title, room), t.title)).render(l1, buf);
    Line::from(Span::styled(when, t.header))
        .right_aligned()
        .render(l1, buf);
    let mut spans = Vec::new();
    for (i, v) in View::ALL.iter().enumerate() {
        let style = if *v == p.view { t.tab_active } else { t.tab };
        spans.push(Span::styled(
            format!(" {} {} ", i + 1, p.tr(v.name())),
            style,
        ));
        spans.push(Span::raw(" "));
    }
    Line::from(spans).render(l2, buf);
    // The filters, search and sort in force, at the right of the tabs.
    let mut parts = Vec::new();
    let values: Vec<String> = FILTER_ROWS
        .iter()
        .filter_map(|r| filter_value(p, *r))
        .collect();
    if !values.is_empty() {
        parts.push(format!("{}: {}", p.tr(Msg::Filter), values.join(" · ")));
    }
    if !p.query.trim().is_empty() {
        parts.push(format!("{}: {}", p.tr(Msg::Search), clean(p.query.trim())));
    }
    let sort = match p.sort {
        Sort::File => None,
        Sort::Deadline => Some(Msg::SortDeadline),
        Sort::Owner => Some(Msg::SortOwner),
        Sort::Status => Some(Msg::SortStatus),
    };
    if let Some(s) = sort {
        parts.push(format!("{}: {}", p.tr(Msg::FindSorted), p.tr(s)));
    }
    if !parts.is_empty() {
        let tabs: usize = View::ALL
            .iter()
            .enumerate()
            .map(|(i, v)| width(&format!(" {} {} ", i + 1, p.tr(v.name()))) + 1)
            .sum();
        let room = usize::from(l2.width).saturating_sub(tabs + 1);
        let text = format!("{} ", parts.join(" · "));
        Line::from(Span::styled(truncate(&text, room), t.header))
            .right_aligned()
            .render(l2, buf);
    }
}

/// A picker row's value, or `None` when it filters nothing.
fn filter_value(p: &Portfolio, row: FilterRow) -> Option<String> {
    let f = &p.filters;
    match row {
        FilterRow::Status => f.status.map(|s| s.word(p.lang).to_string()),
        FilterRow::Urgency => {
            (f.urgency != Filter::All).then(|| p.tr(super::filter_name(f.urgency)).to_string())
        }
        FilterRow::Owner => f.owner.as_deref().map(clean),
        _ => None,
    }
}

fn render_footer(p: &Portfolio, area: Rect, buf: &mut Buffer) {
    let t = &p.theme;
    if let Some(input) = &p.search {
        let text = format!(" {}: {}▏", p.tr(Msg::Search), clean(input.value()));
        let w = usize::from(area.width);
        Line::from(Span::styled(pad(&truncate(&text, w), w), t.header)).render(area, buf);
        return;
    }
    if let Some(m) = &p.message {
        let text = format!(
            " {}",
            truncate(&clean(m), usize::from(area.width).saturating_sub(2))
        );
        Line::from(Span::styled(text, t.error)).render(area, buf);
        return;
    }
    let essential = |b: &keys::Binding| matches!(b.action, Action::Help | Action::Quit);
    let hint = |b: &keys::Binding| {
        vec![
            Span::styled(b.keys_label(), t.key),
            Span::styled(format!(" {}  ", p.tr(b.help)), t.muted),
        ]
    };
    let view = crate::tui::model::View::Board;
    let right: Vec<Span> = keys::hints(p.scope(), view)
        .filter(|b| essential(b))
        .flat_map(hint)
        .collect();
    let right_w: usize = right.iter().map(|s| width(&s.content)).sum();
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1 + right_w;
    for b in keys::hints(p.scope(), view).filter(|b| !essential(b)) {
        let w = width(&b.keys_label()) + width(p.tr(b.help)) + 3;
        if used + w > usize::from(area.width) {
            break;
        }
        used += w;
        spans.extend(hint(b));
    }
    Line::from(spans).render(area, buf);
    Line::from(right).right_aligned().render(area, buf);
}

fn render_rows(p: &Portfolio, area: Rect, buf: &mut Buffer, state: &mut ViewState) {
    let t = &p.theme;
    let mut area = area;
    let w = usize::from(area.width);
    // The plans view has a line of column names over its rows.
    if p.view == View::Plans && area.height > 1 {
        let heads = count_heads(p);
        let name_w = w.saturating_sub(2 + heads.iter().map(|h| h.1 + 2).sum::<usize>());
        let mut s = format!("  {}", pad("", name_w));
        for (label, cw) in &heads {
            s.push_str("  ");
            s.push_str(&format!("{label:>cw$}"));
        }
        Line::from(Span::styled(pad(&truncate(&s, w), w), t.muted))
            .render(Rect::new(area.x, area.y, area.width, 1), buf);
        area = Rect::new(area.x, area.y + 1, area.width, area.height - 1);
    }
    let height = usize::from(area.height);
    state.set_page(height.saturating_sub(1).max(1));
    let rows = p.current_rows();
    if rows.is_empty() {
        // Nothing to show yet while plans are read: the header says how many are.
        if p.loading.is_some() {
            return;
        }
        Paragraph::new(p.tr(Msg::NoPlans))
            .style(t.muted)
            .wrap(Wrap { trim: true })
            .render(area, buf);
        return;
    }
    let cursor = p.selected();
    let offset = scroll_offset(state.offset(p.view), cursor, height, rows.len());
    state.set_offset(p.view, offset);
    let plan_w = p
        .entries
        .iter()
        .map(|e| width(&clean(e.short())))
        .max()
        .unwrap_or(0)
        .min(PLAN_MAX);
    for (n, row) in rows.iter().enumerate().skip(offset).take(height) {
        let selected = Some(n) == cursor;
        let y = area.y + (n - offset) as u16;
        let line = match row {
            Row::Plan(e) => plan_line(p, *e, w, selected),
            Row::Item { plan, activity } => item_line(p, *plan, *activity, w, plan_w, selected),
            heading => heading_line(p, heading, w),
        };
        line.render(Rect::new(area.x, y, area.width, 1), buf);
    }
}

/// The count columns of the plans view: label and width.
fn count_heads(p: &Portfolio) -> [(&'static str, usize); 5] {
    [
        Msg::Activities,
        Msg::Done,
        Msg::Overdue,
        Msg::DueSoon,
        Msg::Waiting,
    ]
    .map(|m| {
        let label = p.tr(m);
        (label, width(label).max(5))
    })
}

fn plan_line(p: &Portfolio, e: usize, w: usize, selected: bool) -> Line<'static> {
    count_row();
    let t = &p.theme;
    let sel = |s: ratatui::style::Style| if selected { s.patch(t.selected) } else { s };
    let Some(entry) = p.entries.get(e) else {
        return Line::default();
    };
    match &entry.result {
        Err(error) => {
            // The error starts with the file name (a read error with its path).
            let text = format!("✗ {}", clean(&error.describe(p.lang)));
            Line::from(Span::styled(pad(&truncate(&text, w), w), sel(t.error)))
        }
        Ok(good) => {
            let c = good.plan.counts(p.today);
            let heads = count_heads(p);
            let name_w = w.saturating_sub(2 + heads.iter().map(|h| h.1 + 2).sum::<usize>());
            let mark = if c.overdue > 0 {
                Mark::Overdue
            } else if c.due_soon > 0 {
                Mark::DueSoon
            } else {
                Mark::Todo
            };
            let mut spans = vec![Span::styled(
                format!(
                    "{} {}",
                    mark.symbol(),
                    pad(&plan_name(p, e, &good.plan.title, name_w), name_w)
                ),
                sel(t.base),
            )];
            let cells = [
                (String::new(), c.activities, t.base),
                (Mark::Done.symbol().to_string(), c.done, t.base),
                (
                    Mark::Overdue.symbol().to_string(),
                    c.overdue,
                    if c.overdue > 0 { t.overdue } else { t.base },
                ),
                (
                    Mark::DueSoon.symbol().to_string(),
                    c.due_soon,
                    if c.due_soon > 0 { t.due_soon } else { t.base },
                ),
                (
                    Mark::Waiting.symbol().to_string(),
                    c.waiting,
                    if c.waiting > 0 { t.waiting } else { t.base },
                ),
            ];
            for ((symbol, n, style), (_, cw)) in cells.into_iter().zip(heads) {
                let cell = if symbol.is_empty() {
                    format!("{n}")
                } else {
                    format!("{symbol} {n}")
                };
                spans.push(Span::styled(format!("  {cell:>cw$}"), sel(style)));
            }
            let used: usize = spans.iter().map(|s| width(&s.content)).sum();
            if used < w {
                spans.push(Span::styled(" ".repeat(w - used), sel(t.base)));
            }
            Line::from(spans)
        }
    }
}

/// The plan's title cut to `w`, with its file name (kept whole while it fits) when another plan
/// of the folder has the same title.
fn plan_name(p: &Portfolio, e: usize, title: &str, w: usize) -> String {
    match p.entries.get(e) {
        Some(entry) if p.title_shared(e) => {
            let file = format!(" · {}", clean(&entry.name));
            let room = w.saturating_sub(width(&file));
            if room < 8 {
                return truncate(&clean(&entry.name), w);
            }
            format!("{}{file}", truncate(&clean(title), room))
        }
        _ => truncate(&clean(title), w),
    }
}

fn item_line(
    p: &Portfolio,
    plan: usize,
    activity: usize,
    w: usize,
    plan_w: usize,
    selected: bool,
) -> Line<'static> {
    count_row();
    let t = &p.theme;
    let (Some(entry), Some(a)) = (p.entries.get(plan), p.activity(plan, activity)) else {
        return Line::default();
    };
    let Ok(good) = &entry.result else {
        return Line::default();
    };
    let mark = Mark::of(a.status, good.plan.urgency(a, p.today));
    let with_owner = p.view != View::Owners;
    let fixed = 2 + plan_w + 2 + DATE_W + 2 + REL_W + if with_owner { OWNER_W + 2 } else { 0 };
    let title_w = w.saturating_sub(fixed + 2).max(8);
    // A title repeated in its plan says which workstream it belongs to.
    let title = match good.plan.home_if_ambiguous(a) {
        Some(home) => format!("{} · {}", clean(&a.title), clean(home)),
        None => clean(&a.title),
    };
    let mut text = format!(
        "{} {}  {}",
        mark.symbol(),
        pad(&truncate(&clean(entry.short()), plan_w), plan_w),
        pad(&truncate(&title, title_w), title_w)
    );
    if with_owner {
        text.push_str("  ");
        text.push_str(&pad(&truncate(&clean(&a.owner), OWNER_W), OWNER_W));
    }
    text.push_str("  ");
    text.push_str(&date(a.due.day(), p.lang));
    text.push_str("  ");
    text.push_str(&relative_days((a.due.day() - p.today).num_days(), p.lang));
    let style = t.mark(mark);
    let style = if selected {
        style.patch(t.selected)
    } else {
        style
    };
    Line::from(Span::styled(pad(&truncate(&text, w), w), style))
}

fn heading_line(p: &Portfolio, row: &Row, w: usize) -> Line<'static> {
    let t = &p.theme;
    let (text, style) = match row {
        Row::Bucket(b, n) => {
            let msg = match b {
                Bucket::Overdue => Msg::BucketOverdue,
                Bucket::ThisWeek => Msg::BucketThisWeek,
                Bucket::NextWeeks => Msg::BucketNextWeeks,
                Bucket::Later => Msg::BucketLater,
                Bucket::Closed => Msg::BucketDone,
            };
            let style = if *b == Bucket::Overdue {
                t.overdue
            } else {
                t.heading
            };
            (format!("▌ {} · {n}", p.tr(msg)), style)
        }
        Row::Owner(name, overdue) => {
            let mut s = format!("▌ {}", clean(name));
            if *overdue > 0 {
                s.push_str(&format!(
                    "  {} {overdue} {}",
                    Mark::Overdue.symbol(),
                    p.tr(Msg::Overdue)
                ));
            }
            (s, if *overdue > 0 { t.overdue } else { t.heading })
        }
        _ => (String::new(), t.base),
    };
    Line::from(Span::styled(pad(&truncate(&text, w), w), style))
}

fn render_help(p: &Portfolio, area: Rect, buf: &mut Buffer, scroll: u16) {
    let t = &p.theme;
    let inner = super::common::help_box(t, p.tr(Msg::Help), area, buf, 80);
    let mut lines = vec![Line::from(Span::styled(
        p.tr(Msg::HelpPortfolio),
        t.heading,
    ))];
    lines.extend(super::popups::binding_lines(
        t,
        p.lang,
        Scope::Portfolio,
        None,
        &[],
    ));
    lines.push(Line::from(Span::styled(
        p.tr(Msg::PortfolioLegendSearch),
        t.muted,
    )));
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(p.tr(Msg::Legend), t.heading)));
    let spans = super::common::legend_spans(
        t,
        p.lang,
        &[
            (Mark::Overdue, Msg::Overdue),
            (Mark::DueSoon, Msg::DueSoon),
            (Mark::Waiting, Msg::Waiting),
            (Mark::Done, Msg::Done),
        ],
    );
    lines.push(Line::from(spans));
    Paragraph::new(lines).scroll((scroll, 0)).render(inner, buf);
}
