//! Drawing: `impl StatefulWidget for &App` lays out the header, the current view, the status bar
//! and any popup, keeping scroll and click targets in a [`ViewState`] beside the app (drawing
//! never writes into the app). Each view lives in its own module and draws only the rows that fit
//! on screen.
//! Text from the plan goes through [`clean`] so it can never drive the terminal.

mod board;
mod broken;
mod common;
mod find;
mod kanban;
mod list;
mod popups;
mod portfolio;
mod present;
mod timeline;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, StatefulWidget, Widget, Wrap};

use super::app::{App, MessageKind, Target, ViewState};
use super::i18n::Msg;
use super::keys::{self, Action};
use super::model::{Filter, View};
use super::theme::Mark;
use crate::output::text::{date, iso_week, width};

pub use common::{clean, rows_built};

/// The smallest window the board draws in; below it, a note says how much is needed.
pub const MIN_WIDTH: u16 = 50;
pub const MIN_HEIGHT: u16 = 12;
/// From this window width on, activity rows show their ids when there is room (`i` anyway).
pub const WIDE_IDS: u16 = 140;

impl StatefulWidget for &App {
    type State = ViewState;

    fn render(self, area: Rect, buf: &mut Buffer, state: &mut ViewState) {
        state.clear_hits();
        state.set_cut_title(None);
        state.set_screen_width(area.width);
        buf.set_style(area, self.theme().base);
        let small = area.width < MIN_WIDTH || area.height < MIN_HEIGHT;
        state.set_too_small(small);
        if small {
            too_small(self, area, buf);
            return;
        }
        let [header, body, footer] = Layout::vertical([
            Constraint::Length(3),
            Constraint::Min(1),
            Constraint::Length(2),
        ])
        .areas(area);
        render_header(self, header, buf, state);
        match self.view() {
            View::Board => board::render(self, body, buf, state),
            View::Agenda | View::Owners => list::render(self, body, buf, state),
            View::Status => kanban::render(self, body, buf, state),
            View::Timeline => timeline::render(self, body, buf, state),
        }
        render_footer(self, footer, buf, state);
        popups::render(self, area, buf);
    }
}

fn too_small(app: &App, area: Rect, buf: &mut Buffer) {
    let text = crate::tui::i18n::too_small(app.lang(), MIN_WIDTH, MIN_HEIGHT);
    Paragraph::new(text)
        .style(app.theme().warning)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

fn view_name(view: View) -> Msg {
    match view {
        View::Board => Msg::ViewBoard,
        View::Agenda => Msg::ViewAgenda,
        View::Owners => Msg::ViewOwners,
        View::Status => Msg::ViewStatus,
        View::Timeline => Msg::ViewTimeline,
    }
}

fn filter_name(filter: Filter) -> Msg {
    match filter {
        Filter::All => Msg::FilterAll,
        Filter::Open => Msg::FilterOpen,
        Filter::Overdue => Msg::FilterOverdue,
        Filter::DueSoon => Msg::FilterDueSoon,
    }
}

fn render_header(app: &App, area: Rect, buf: &mut Buffer, state: &mut ViewState) {
    let t = app.theme();
    let [l1, l2, l3] = Layout::vertical([Constraint::Length(1); 3]).areas(area);

    // Line 1: title · organization, and "per 01.12.2017 · uke 48" on the right.
    let when = format!(
        "{} {} · {} {} ",
        app.tr(Msg::AsOf),
        date(app.today(), app.lang()),
        app.tr(Msg::Week),
        iso_week(app.today())
    );
    let mut title = format!(" {}", clean(&app.plan().title));
    if let Some(org) = &app.plan().organization {
        title.push_str(" · ");
        title.push_str(&clean(org));
    }
    let room = usize::from(l1.width).saturating_sub(width(&when) + 1);
    Line::from(vec![Span::styled(
        crate::output::text::truncate(&title, room),
        t.title,
    )])
    .render(l1, buf);
    Line::from(Span::styled(when, t.header))
        .right_aligned()
        .render(l1, buf);

    // Line 2: counts, each with its symbol so they read without colour.
    let c = app.counts();
    let sep = || Span::styled("   ", t.header);
    Line::from(vec![
        Span::styled(
            format!(" {} {}", c.activities, app.tr(Msg::Activities)),
            t.header,
        ),
        sep(),
        Span::styled(
            format!("{} {} {}", Mark::Done.symbol(), c.done, app.tr(Msg::Done)),
            t.header,
        ),
        sep(),
        Span::styled(
            format!(
                "{} {} {}",
                Mark::Overdue.symbol(),
                c.overdue,
                app.tr(Msg::Overdue)
            ),
            if c.overdue > 0 { t.overdue } else { t.header },
        ),
        sep(),
        Span::styled(
            format!(
                "{} {} {}",
                Mark::DueSoon.symbol(),
                c.due_soon,
                app.tr(Msg::DueSoon)
            ),
            if c.due_soon > 0 { t.due_soon } else { t.header },
        ),
        sep(),
        Span::styled(
            format!(
                "{} {} {}",
                Mark::Waiting.symbol(),
                c.waiting,
                app.tr(Msg::Waiting)
            ),
            if c.waiting > 0 { t.waiting } else { t.header },
        ),
    ])
    .render(l2, buf);
    if app.errors() > 0 {
        Line::from(Span::styled(
            format!(
                " {} {} ",
                Mark::Broken.symbol(),
                crate::msg!("broken-header-errors", count = app.errors()).render(app.lang())
            ),
            t.error,
        ))
        .right_aligned()
        .render(l2, buf);
    }

    // Line 3: the view tabs, and filter / search on the right.
    let mut x = l3.x;
    let mut spans = Vec::new();
    for (i, v) in View::ALL.iter().enumerate() {
        let label = format!(" {} {} ", i + 1, app.tr(view_name(*v)));
        let w = width(&label) as u16;
        let style = if *v == app.view() {
            t.tab_active
        } else {
            t.tab
        };
        state.hit(
            Rect::new(x, l3.y, w.min(l3.right().saturating_sub(x)), 1),
            Target::View(*v),
        );
        x = x.saturating_add(w + 1);
        spans.push(Span::styled(label, style));
        spans.push(Span::raw(" "));
    }
    Line::from(spans).render(l3, buf);
    let mut right = Vec::new();
    // Filters and sort, cut to what the tabs leave (the search after them stays whole).
    let tabs_w = usize::from(x.saturating_sub(l3.x));
    let query_w = if app.search().is_some() || !app.query().is_empty() {
        width(&clean(app.query())) + 4
    } else {
        0
    };
    let room = usize::from(l3.width).saturating_sub(tabs_w + query_w);
    let summary = find::summary(app).join(" · ");
    if !summary.is_empty() && room > 8 {
        right.push(Span::styled(
            format!(" {} ", crate::output::text::truncate(&summary, room - 2)),
            t.warning,
        ));
    }
    if app.search().is_some() || !app.query().is_empty() {
        let cursor = if app.search().is_some() { "█" } else { "" };
        right.push(Span::styled(
            format!(" /{}{cursor} ", clean(app.query())),
            t.matched,
        ));
    }
    if app.view() == View::Status && app.shows_cancelled() {
        right.push(Span::styled(
            format!(" {} ", app.tr(Msg::ShowCancelled)),
            t.muted,
        ));
    }
    if !right.is_empty() {
        Line::from(right).right_aligned().render(l3, buf);
    }
}

fn render_footer(app: &App, area: Rect, buf: &mut Buffer, state: &ViewState) {
    let t = app.theme();
    let [status, hints] = Layout::vertical([Constraint::Length(1); 2]).areas(area);

    // Status line: the last message on the left, markers on the right.
    let mut markers = Vec::new();
    if app.warnings() > 0 {
        markers.push(Span::styled(
            format!(" ⚠ {} {} ", app.warnings(), app.tr(Msg::Warnings)),
            t.warning,
        ));
    }
    if !app.unsaved().is_empty() {
        markers.push(Span::styled(
            format!(" ● {} {} ", app.unsaved().len(), app.tr(Msg::UnsavedMarker)),
            t.error,
        ));
    }
    if app.read_only() {
        markers.push(Span::styled(
            format!(" {} ", app.tr(Msg::ReadOnly)),
            t.warning,
        ));
    }
    let marker_w: usize = markers.iter().map(|s| width(&s.content)).sum();
    if let Some(m) = app.message() {
        let style = match m.kind {
            MessageKind::Info => t.header,
            MessageKind::Ok => t.ok,
            MessageKind::Error => t.error,
        };
        let room = usize::from(status.width).saturating_sub(marker_w + 2);
        Line::from(Span::styled(
            format!(" {}", crate::output::text::truncate(&clean(&m.text), room)),
            style,
        ))
        .render(status, buf);
    } else if let Some(a) = state.cut_title().and_then(|i| app.plan().activities.get(i)) {
        // No message to show: the selected activity's title, cut in its row, whole here.
        let room = usize::from(status.width).saturating_sub(marker_w + 2);
        Line::from(Span::styled(
            format!(" {}", crate::output::text::truncate(&clean(&a.title), room)),
            t.header,
        ))
        .render(status, buf);
    }
    if !markers.is_empty() {
        Line::from(markers).right_aligned().render(status, buf);
    }

    // Key hints, from the binding table; help and quit always show, on the right. Read-only,
    // the keys that edit are not offered.
    let essential = |b: &keys::Binding| matches!(b.action, Action::Help | Action::Quit);
    let offered = |b: &&keys::Binding| !(app.read_only() && b.action.edits());
    let hint = |b: &keys::Binding| {
        vec![
            Span::styled(b.keys_label(), t.key),
            Span::styled(format!(" {}  ", app.tr(b.help)), t.muted),
        ]
    };
    let right: Vec<Span> = keys::hints(app.scope(), app.view())
        .filter(|b| essential(b))
        .flat_map(hint)
        .collect();
    let right_w: usize = right.iter().map(|s| width(&s.content)).sum();
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1 + right_w;
    for b in keys::hints(app.scope(), app.view())
        .filter(offered)
        .filter(|b| !essential(b))
    {
        let w = width(&b.keys_label()) + width(app.tr(b.help)) + 3;
        if used + w > usize::from(hints.width) {
            break;
        }
        used += w;
        spans.extend(hint(b));
    }
    Line::from(spans).render(hints, buf);
    Line::from(right).right_aligned().render(hints, buf);
}
