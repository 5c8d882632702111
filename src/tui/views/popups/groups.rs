//! The popups of the workstream and area edits: what to add, the name form, the picker of
//! empty workstreams and the delete question.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{clean, frame, input_line, pick_line};
use crate::tui::app::App;
use crate::tui::i18n::{Msg, delete_group_question};
use crate::tui::popup::{AddWhich, Choice, Group, NameForm, NameTarget, empty_workstreams};

/// "Add": a workstream in the selected area, or a new area.
pub(super) fn add_which(app: &App, area: Rect, buf: &mut Buffer, index: usize, chosen: AddWhich) {
    let Some(a) = app.plan().areas.get(index) else {
        return;
    };
    let labels: Vec<String> = AddWhich::ALL
        .iter()
        .map(|c| match c {
            AddWhich::Workstream => format!(" {} ({} {})", app.tr(c.label()), a.number, a.title),
            AddWhich::Area => format!(" {}", app.tr(c.label())),
        })
        .map(|l| clean(&l))
        .collect();
    let widest = labels.iter().map(|l| crate::output::text::width(l)).max();
    let w = (widest.unwrap_or(0) as u16 + 4).max(36);
    let inner = frame(
        app,
        area,
        buf,
        w,
        labels.len() as u16 + 2,
        app.tr(Msg::AddWhichTitle),
    );
    for (k, (c, label)) in AddWhich::ALL.iter().zip(&labels).enumerate() {
        if k as u16 >= inner.height {
            break;
        }
        let row = Rect::new(inner.x, inner.y + k as u16, inner.width, 1);
        pick_line(app, buf, row, label, app.theme().base, *c == chosen);
    }
}

/// The name form: a title, and for a new area its number first.
pub(super) fn name(app: &App, area: Rect, buf: &mut Buffer, form: &NameForm) {
    let t = app.theme();
    let plan = app.plan();
    let (title, what) = match form.target {
        NameTarget::NewWorkstream { area } => (
            Msg::NewWorkstreamTitle,
            plan.areas
                .get(area)
                .map(|a| format!("{} {}", a.number, a.title)),
        ),
        NameTarget::NewArea => (Msg::NewAreaTitle, None),
        NameTarget::RenameWorkstream { workstream } => (
            Msg::RenameWorkstreamTitle,
            plan.workstreams.get(workstream).map(|w| {
                Group {
                    area: w.area,
                    workstream: Some(workstream),
                }
                .label(plan)
            }),
        ),
        NameTarget::RenameArea { area } => (
            Msg::RenameAreaTitle,
            plan.areas
                .get(area)
                .map(|a| format!("{} {}", a.number, a.title)),
        ),
    };
    let heading = match what {
        Some(w) => format!("{} · {}", app.tr(title), clean(&w)),
        None => app.tr(title).to_string(),
    };
    let w = (area.width * 4 / 5).clamp(30.min(area.width), 80);
    let inner = frame(app, area, buf, w, 8, &heading);
    if inner.height < 4 || inner.width < 20 {
        return;
    }
    let label_w = 12;
    let mut y = inner.y;
    let field = |buf: &mut Buffer, y: u16, label: Msg, input: &tui_input::Input, focused: bool| {
        let style = if focused { t.key } else { t.muted };
        Line::from(Span::styled(app.tr(label), style))
            .render(Rect::new(inner.x, y, label_w, 1), buf);
        input_line(
            app,
            buf,
            Rect::new(inner.x + label_w, y, inner.width.saturating_sub(label_w), 1),
            input,
            focused,
        );
    };
    if form.target == NameTarget::NewArea {
        field(buf, y, Msg::FieldNumber, &form.number, form.on_number);
        y += 2;
    }
    field(buf, y, Msg::FieldTitle, &form.title, !form.on_number);
    let last = Rect::new(inner.x, inner.bottom() - 1, inner.width, 1);
    match &form.error {
        Some(e) => Paragraph::new(Line::from(Span::styled(clean(e), t.error)))
            .wrap(Wrap { trim: true })
            .render(last, buf),
        None => Line::from(Span::styled(app.tr(Msg::InputHint), t.muted))
            .right_aligned()
            .render(last, buf),
    }
}

/// The empty workstreams of the area, to pick the one to delete.
pub(super) fn pick_empty(app: &App, area: Rect, buf: &mut Buffer, index: usize, at: usize) {
    let plan = app.plan();
    let empty = empty_workstreams(plan, index);
    let labels: Vec<String> = empty
        .iter()
        .map(|&w| clean(&format!(" {}", plan.workstreams[w].title)))
        .collect();
    let widest = labels.iter().map(|l| crate::output::text::width(l)).max();
    let w = (widest.unwrap_or(0) as u16 + 4).max(40);
    let inner = frame(
        app,
        area,
        buf,
        w,
        labels.len() as u16 + 2,
        app.tr(Msg::PickEmptyTitle),
    );
    let rows = usize::from(inner.height).max(1);
    let first = at.saturating_sub(rows - 1);
    for (k, label) in labels.iter().enumerate().skip(first) {
        let y = (k - first) as u16;
        if y >= inner.height {
            break;
        }
        let row = Rect::new(inner.x, inner.y + y, inner.width, 1);
        pick_line(app, buf, row, label, app.theme().base, k == at);
    }
}

/// The delete question, naming the workstream or area.
pub(super) fn delete_group(app: &App, area: Rect, buf: &mut Buffer, group: Group) {
    let w = (area.width * 4 / 5).clamp(30.min(area.width), 70);
    let inner = frame(app, area, buf, w, 5, app.tr(Msg::DeleteGroupTitle));
    let question = clean(&delete_group_question(app.lang(), app.plan(), group));
    Paragraph::new(Line::from(Span::styled(question, app.theme().heading)))
        .wrap(Wrap { trim: true })
        .render(inner, buf);
}
