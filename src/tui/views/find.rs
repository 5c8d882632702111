//! What finding things looks like: the filter picker and its text field, and the header's
//! compact summary of the filters and sort in force ("filter: forfalte · Prosjektleder").

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::common::clean;
use super::filter_name;
use super::popups::{frame, input_line};
use crate::output::text::{pad, truncate, width};
use crate::tui::app::App;
use crate::tui::i18n::{Msg, quoted};
use crate::tui::model::{Filter, Sort};
use crate::tui::popup::FilterRow;

fn row_label(row: FilterRow) -> Msg {
    match row {
        FilterRow::Status => Msg::FindStatus,
        FilterRow::Urgency => Msg::FindUrgency,
        FilterRow::Owner => Msg::FindOwner,
        FilterRow::Area => Msg::FindArea,
        FilterRow::Text => Msg::FindText,
        FilterRow::Me => Msg::FindMe,
    }
}

/// An owner as the picker and header name them: "Prosjektleder (meg)" when it is "mine".
fn owner_text(app: &App, owner: &str) -> String {
    if app.me() == Some(owner) {
        format!("{} ({})", clean(owner), app.tr(Msg::FindMine))
    } else {
        clean(owner)
    }
}

fn area_text(app: &App, area: usize) -> String {
    app.plan()
        .areas
        .get(area)
        .map(|a| format!("{} {}", clean(&a.number), clean(&a.title)))
        .unwrap_or_default()
}

/// A row's value, or `None` when the row filters nothing.
fn value(app: &App, row: FilterRow) -> Option<String> {
    let f = app.filters();
    match row {
        FilterRow::Status => f.status.map(|s| s.word(app.lang()).to_string()),
        FilterRow::Urgency => {
            (f.urgency != Filter::All).then(|| app.tr(filter_name(f.urgency)).to_string())
        }
        FilterRow::Owner => f.owner.as_deref().map(|o| owner_text(app, o)),
        FilterRow::Area => f.area.map(|a| area_text(app, a)),
        FilterRow::Text => (!f.text.is_empty()).then(|| quoted(app.lang(), &clean(&f.text))),
        FilterRow::Me => app.me().map(clean),
    }
}

/// The filter picker: one row per filter with its value between ‹ ›, the chosen row marked.
pub fn picker(app: &App, area: Rect, buf: &mut Buffer, chosen: FilterRow) {
    picker_of(
        app.theme(),
        app.lang(),
        area,
        buf,
        (&FilterRow::ALL, chosen, Msg::FindHint),
        |row| value(app, row),
    );
}

/// The filter picker over `rows` (the board has them all, the portfolio fewer) with `hint` under
/// them, each row's value from `value` (`None`: it filters nothing).
pub(crate) fn picker_of(
    t: &crate::tui::theme::Theme,
    lang: crate::plan::Language,
    area: Rect,
    buf: &mut Buffer,
    (rows, chosen, hint): (&[FilterRow], FilterRow, Msg),
    value: impl Fn(FilterRow) -> Option<String>,
) {
    let tr = |m: Msg| crate::tui::i18n::tr(lang, m);
    let count = rows.len() as u16;
    let w = (area.width.saturating_sub(4)).min(72);
    let inner = super::popups::frame_in(t, area, buf, w, count + 4, tr(Msg::FindTitle));
    if inner.height == 0 || inner.width < 8 {
        return;
    }
    let iw = usize::from(inner.width);
    let label_w = rows
        .iter()
        .map(|r| width(tr(row_label(*r))))
        .max()
        .unwrap_or(0);
    for (k, row) in rows.iter().enumerate() {
        let y = inner.y + k as u16 + u16::from(*row == FilterRow::Me);
        if y >= inner.bottom() {
            break;
        }
        let here = *row == chosen;
        let (text, style) = match value(*row) {
            Some(v) => (v, t.matched),
            None if *row == FilterRow::Me => (tr(Msg::FindNotChosen).to_string(), t.muted),
            None => (tr(Msg::FindAny).to_string(), t.muted),
        };
        let lead = format!(
            "{} {} ",
            if here { "▸" } else { " " },
            pad(tr(row_label(*row)), label_w)
        );
        let room = iw.saturating_sub(width(&lead) + 4);
        let mut spans = vec![
            Span::styled(lead, if here { t.key } else { t.header }),
            Span::styled("‹ ", t.muted),
            Span::styled(truncate(&text, room), style),
            Span::styled(" ›", t.muted),
        ];
        let used: usize = spans.iter().map(|s| width(&s.content)).sum();
        spans.push(Span::raw(" ".repeat(iw.saturating_sub(used))));
        let mut line = Line::from(spans);
        if here {
            line = line.patch_style(t.selected);
        }
        line.render(Rect::new(inner.x, y, inner.width, 1), buf);
    }
    if inner.height > count + 1 {
        Line::from(Span::styled(truncate(tr(hint), iw), t.muted))
            .render(Rect::new(inner.x, inner.bottom() - 1, inner.width, 1), buf);
    }
}

/// The picker's text field.
pub fn text(app: &App, area: Rect, buf: &mut Buffer, input: &tui_input::Input) {
    let t = app.theme();
    let w = (area.width * 4 / 5).clamp(30.min(area.width), 80);
    let inner = frame(app, area, buf, w, 6, app.tr(Msg::FindTextTitle));
    if inner.height < 3 || inner.width < 4 {
        return;
    }
    input_line(
        app,
        buf,
        Rect::new(inner.x, inner.y, inner.width, 1),
        input,
        true,
    );
    Line::from(Span::styled(
        truncate(app.tr(Msg::FindTextHint), usize::from(inner.width)),
        t.muted,
    ))
    .render(Rect::new(inner.x, inner.y + 2, inner.width, 1), buf);
}

/// The header's summary of the filters and sort in force (empty when neither is set):
/// "filter: forfalte · Prosjektleder", "sortert: frist".
pub fn summary(app: &App) -> Vec<String> {
    let mut parts = Vec::new();
    let values: Vec<String> = FilterRow::ALL
        .iter()
        .filter(|r| **r != FilterRow::Me)
        .filter_map(|r| value(app, *r))
        .collect();
    if !values.is_empty() {
        parts.push(format!("{}: {}", app.tr(Msg::Filter), values.join(" · ")));
    }
    let sort = match app.sort() {
        Sort::File => None,
        Sort::Deadline => Some(Msg::SortDeadline),
        Sort::Owner => Some(Msg::SortOwner),
        Sort::Status => Some(Msg::SortStatus),
    };
    if let Some(s) = sort {
        parts.push(format!("{}: {}", app.tr(Msg::FindSorted), app.tr(s)));
    }
    parts
}
