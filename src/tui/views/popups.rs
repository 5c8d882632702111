//! Popups over the views: an activity's details, the file's problems, the key help (drawn from
//! the binding table), the status picker, and the text field for note, deadline and owner (with
//! the deadline's live feedback); and those of the structural edits: the add form, the delete
//! question, the move picker, the area status picker and its reason field.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::common::{clean, conflict_items, mark};
use crate::msg;
use crate::output::text::{date, relative_days, truncate, weekday_date};
use crate::plan::edit::Field;
use crate::plan::structure::Place;
use crate::plan::{AreaStatus, Status};
use crate::tui::app::App;
use crate::tui::i18n::{Msg, delete_question};
use crate::tui::keys::{self, BINDINGS, Label, Scope};
use crate::tui::model::View;
use crate::tui::popup::{AddField, AddForm, Choice, Group, Popup};
use crate::tui::theme::Mark;

mod groups;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(popup) = app.popup() else {
        return;
    };
    match popup {
        Popup::Detail { scroll } => detail(app, area, buf, *scroll),
        Popup::Problems { .. } => problems(app, area, buf),
        Popup::Help { scroll } => help(app, area, buf, *scroll),
        Popup::Picker { status } => picker(app, area, buf, *status),
        Popup::Edit {
            field,
            index,
            input,
        } => edit(app, area, buf, *field, *index, input),
        Popup::Add(form) => add(app, area, buf, form),
        Popup::Delete { index } => delete(app, area, buf, *index),
        Popup::MoveTo { index, to } => move_to(app, area, buf, *index, *to),
        Popup::AreaStatus { area: a, status } => area_status(app, area, buf, *a, *status),
        Popup::Reason { area: a, input } => reason(app, area, buf, *a, input),
        Popup::AddWhich { area: a, choice } => groups::add_which(app, area, buf, *a, *choice),
        Popup::Name(form) => groups::name(app, area, buf, form),
        Popup::PickEmpty { area: a, at } => groups::pick_empty(app, area, buf, *a, *at),
        Popup::DeleteGroup { group } => groups::delete_group(app, area, buf, *group),
        Popup::Filters { row } => super::find::picker(app, area, buf, *row),
        Popup::FilterText { input } => super::find::text(app, area, buf, input),
        Popup::Unsaved { choice } => {
            let items: Vec<String> = app
                .unsaved()
                .iter()
                .map(|u| {
                    format!(
                        "{} — {}",
                        u.describe(app.lang()),
                        u.reason.render(app.lang())
                    )
                })
                .collect();
            let intro = app.tr(Msg::UnsavedIntro).to_string();
            asking(app, area, buf, Msg::UnsavedTitle, &intro, &items, *choice);
        }
        Popup::Recovery { choice } => {
            let (intro, items) = match app.recovery() {
                Some(r) => (
                    format!("{} ({}):", app.tr(Msg::RecoveryIntro), r.written_at),
                    r.edits.iter().map(|u| u.describe(app.lang())).collect(),
                ),
                None => (String::new(), Vec::new()),
            };
            asking(app, area, buf, Msg::RecoveryTitle, &intro, &items, *choice);
        }
        Popup::Conflict { unsaved, choice } => {
            let items = conflict_items(app, unsaved);
            let intro = match unsaved.field_edit() {
                Some(_) => app.tr(Msg::ConflictIntro).to_string(),
                None => crate::i18n::text(app.lang(), "life-conflict-intro"),
            };
            asking(app, area, buf, Msg::ConflictTitle, &intro, &items, *choice);
        }
        Popup::OtherEditor { choice } => {
            let intro = app.tr(Msg::OtherEditorIntro).to_string();
            asking(
                app,
                area,
                buf,
                Msg::OtherEditorTitle,
                &intro,
                app.other_editors(),
                *choice,
            );
        }
    }
}

/// A popup that asks: a title, a line of explanation, the things it is about (as many as fit,
/// then "+ N"), and the choices, one selected. The choices always show.
#[allow(clippy::too_many_arguments)]
fn asking<C: Choice>(
    app: &App,
    area: Rect,
    buf: &mut Buffer,
    title: Msg,
    intro: &str,
    items: &[String],
    chosen: C,
) {
    let t = app.theme();
    let choices = C::ALL;
    let cursor = chosen.position();
    let n = choices.len() as u16;
    let w = (area.width * 4 / 5).clamp(40.min(area.width), 100);
    let want = 2 + 2 + items.len() as u16 + 1 + n;
    let inner = frame(app, area, buf, w, want.min(area.height), app.tr(title));
    if inner.height == 0 || inner.width < 4 {
        return;
    }
    let width = usize::from(inner.width);
    let [top, bottom] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(n.min(inner.height))])
            .areas(inner);
    let mut lines = vec![Line::from(Span::styled(
        truncate(&clean(intro), width),
        t.heading,
    ))];
    let room = usize::from(top.height).saturating_sub(2);
    let shown = if items.len() > room {
        room.saturating_sub(1)
    } else {
        items.len()
    };
    for item in &items[..shown] {
        lines.push(Line::from(format!(
            "  {}",
            truncate(&clean(item), width.saturating_sub(2))
        )));
    }
    if shown < items.len() {
        lines.push(Line::from(Span::styled(
            format!("  + {}", items.len() - shown),
            t.muted,
        )));
    }
    Paragraph::new(lines).render(top, buf);
    for (k, choice) in choices.iter().enumerate() {
        if k as u16 >= bottom.height {
            break;
        }
        let style = if k == cursor { t.selected } else { t.base };
        let mark = if k == cursor { "›" } else { " " };
        Line::from(Span::styled(
            crate::output::text::pad(
                &truncate(&format!("{mark} {}", app.tr(choice.label())), width),
                width,
            ),
            style,
        ))
        .render(
            Rect::new(bottom.x, bottom.y + k as u16, bottom.width, 1),
            buf,
        );
    }
}

/// Lines in a scrolled paragraph, with "↓ more" on the bottom border when they do not all fit.
fn scrolled(app: &App, lines: Vec<Line>, inner: Rect, buf: &mut Buffer, scroll: u16) {
    let total = lines.len();
    let wraps = lines
        .iter()
        .filter(|l| l.width() > usize::from(inner.width))
        .count();
    let more = total + wraps > usize::from(inner.height) + usize::from(scroll);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((scroll, 0))
        .render(inner, buf);
    if more && inner.height > 0 && inner.width > 8 {
        let y = inner.bottom();
        Line::from(Span::styled(" ↓ j/PgDn ", app.theme().key))
            .right_aligned()
            .render(Rect::new(inner.x, y, inner.width, 1), buf);
    }
}

/// A centred box of at most `w`×`h`, cleared, with a titled border; returns its inside.
pub(super) fn frame(app: &App, area: Rect, buf: &mut Buffer, w: u16, h: u16, title: &str) -> Rect {
    frame_in(app.theme(), area, buf, w, h, title)
}

/// [`frame`] in `theme`, for screens other than the board (the portfolio's filter picker).
pub(super) fn frame_in(
    theme: &crate::tui::theme::Theme,
    area: Rect,
    buf: &mut Buffer,
    w: u16,
    h: u16,
    title: &str,
) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    let [row] = Layout::vertical([Constraint::Length(h)])
        .flex(Flex::Center)
        .areas(area);
    let [r] = Layout::horizontal([Constraint::Length(w)])
        .flex(Flex::Center)
        .areas(row);
    Clear.render(r, buf);
    buf.set_style(r, theme.base);
    let block = Block::bordered()
        .border_style(theme.border_focus)
        .title(Line::from(Span::styled(
            format!(" {} ", truncate(title, usize::from(w.saturating_sub(4)))),
            theme.heading,
        )));
    let inner = block.inner(r);
    block.render(r, buf);
    inner
}

fn wide(area: Rect) -> (u16, u16) {
    (
        (area.width * 4 / 5).clamp(40.min(area.width), 100),
        (area.height * 4 / 5).max(8.min(area.height)),
    )
}

fn field<'a>(app: &App, label: Msg, value: impl Into<Span<'a>>) -> Line<'a> {
    Line::from(vec![
        Span::styled(format!("{:<12}", app.tr(label)), app.theme().muted),
        value.into(),
    ])
}

fn detail(app: &App, area: Rect, buf: &mut Buffer, scroll: u16) {
    let Some(i) = app.selected() else {
        return;
    };
    let a = &app.plan().activities[i];
    let t = app.theme();
    let (w, h) = wide(area);
    let inner = frame(app, area, buf, w, h, app.tr(Msg::Details));
    let m = mark(app, a);
    let day = a.due.day();
    let rel = if a.status.is_closed() {
        String::new()
    } else {
        format!(
            " ({})",
            relative_days((day - app.today()).num_days(), app.lang())
        )
    };
    let deadline = if a.broken_due {
        format!(
            "\"{}\" → {}",
            clean(&a.due.text),
            crate::i18n::text(app.lang(), "broken-due-unknown")
        )
    } else {
        format!(
            "\"{}\" → {}{rel}",
            clean(&a.due.text),
            weekday_date(day, app.lang())
        )
    };
    let mut lines = vec![
        Line::from(Span::styled(
            format!("{} {}", m.symbol(), clean(&a.title)),
            t.mark(m).add_modifier(Modifier::BOLD),
        )),
        Line::default(),
    ];
    // What is wrong with it, first: the reason it is marked.
    for problem in &a.broken {
        lines.push(Line::from(vec![
            Span::styled(
                format!("{:<12}", crate::i18n::text(app.lang(), "broken-field")),
                t.error,
            ),
            Span::styled(clean(&problem.render(app.lang())), t.error),
        ]));
    }
    if !a.broken.is_empty() {
        lines.push(Line::default());
    }
    lines.extend([
        field(app, Msg::FieldId, clean(&a.id)),
        field(app, Msg::FieldPlace, clean(&app.plan().place(a))),
        field(app, Msg::FieldOwner, clean(&a.owner)),
        field(app, Msg::FieldDeadline, Span::styled(deadline, t.mark(m))),
    ]);
    // A moved deadline: under it, the one first agreed, so the group sees how far it slipped.
    if let (Some(b), Some(slip)) = (&a.baseline, a.slip_days()) {
        lines.push(Line::from(vec![
            Span::raw(" ".repeat(12)),
            Span::raw(crate::tui::i18n::baseline_moved(
                app.lang(),
                &clean(&b.text),
                b.day(),
                slip,
            )),
        ]));
    }
    if a.due.resolved.first != day && !a.broken_due {
        lines.push(field(
            app,
            Msg::FieldSpan,
            format!(
                "{} – {}",
                date(a.due.resolved.first, app.lang()),
                date(day, app.lang())
            ),
        ));
    }
    if let Some(meeting) = &a.meeting {
        lines.push(field(app, Msg::FieldMeeting, clean(meeting)));
    }
    lines.push(field(
        app,
        Msg::FieldStatus,
        Span::styled(a.status.word(app.lang()), t.mark(m)),
    ));
    if let Some(d) = a.done_on {
        lines.push(field(app, Msg::FieldDoneOn, weekday_date(d, app.lang())));
    }
    if !a.members.is_empty() {
        let members: Vec<String> = a.members.iter().map(|m| clean(m)).collect();
        lines.push(field(app, Msg::FieldMembers, members.join(", ")));
    }
    // Edits of this activity that are not in the file: what was changed, and why not saved.
    for u in app.unsaved().iter().filter(|u| u.is_about(&a.id)) {
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            format!(
                "● {}: {}",
                app.tr(Msg::UnsavedMarker),
                clean(&u.describe(app.lang()))
            ),
            t.error,
        )));
        lines.push(Line::from(Span::styled(
            format!("  {}", clean(&u.reason.render(app.lang()))),
            t.muted,
        )));
    }
    if let Some(note) = &a.note {
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(app.tr(Msg::FieldNote), t.muted)));
        for part in note.lines() {
            lines.push(Line::from(clean(part)));
        }
    }
    scrolled(app, lines, inner, buf, scroll);
}

/// The problems list: errors first, one problem selected (its fix, if it has one, under it),
/// scrolled so the selected one shows whole.
fn problems(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let (w, h) = wide(area);
    let title = format!("{} · {}", app.tr(Msg::Problems), app.path());
    let inner = frame(app, area, buf, w, h, &clean(&title));
    if inner.height < 2 || inner.width < 4 {
        return;
    }
    let [list, hint] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    let mut lines = Vec::new();
    if app.diagnostics().is_empty() {
        lines.push(Line::from(Span::styled(app.tr(Msg::NoProblems), t.ok)));
    }
    let selected = app.selected_problem();
    let width = usize::from(list.width.max(1));
    // Rows (wrapped) before the selected problem and after its end.
    let (mut top, mut bottom) = (0, 0);
    let mut rows = 0;
    for (at, i) in app.problem_order().into_iter().enumerate() {
        let Some(d) = app.diagnostics().get(i) else {
            continue;
        };
        let chosen = selected == Some(at);
        let mut style = if d.is_error() { t.error } else { t.warning };
        if chosen {
            style = style.patch(t.selected);
            top = rows;
        }
        let mut entry = vec![Line::from(Span::styled(
            clean(&d.one_line(app.path(), app.text(), app.lang())),
            style,
        ))];
        if let Some(help) = &d.help {
            entry.push(Line::from(Span::styled(
                format!(
                    "  {}",
                    msg!("board-problem-help", text = clean(&help.render(app.lang())))
                        .render(app.lang())
                ),
                t.header,
            )));
        }
        if chosen && let Some(fix) = &d.fix {
            entry.push(Line::from(Span::styled(
                format!("  {}: {}", fix_key(), clean(&fix_text(fix, app))),
                t.key,
            )));
        }
        entry.push(Line::default());
        rows += entry
            .iter()
            .map(|l| l.width().div_ceil(width).max(1))
            .sum::<usize>();
        if chosen {
            bottom = rows;
        }
        lines.extend(entry);
    }
    let height = usize::from(list.height);
    let scroll = if bottom > height {
        top.min(bottom - height)
    } else {
        0
    };
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0))
        .render(list, buf);
    Line::from(Span::styled(
        crate::i18n::text(app.lang(), "fixes-hint"),
        t.muted,
    ))
    .render(hint, buf);
    if rows > scroll + height {
        Line::from(Span::styled(" ↓ ", t.key))
            .right_aligned()
            .render(hint, buf);
    }
}

/// The key that applies a problem's fix, as the binding table names it.
fn fix_key() -> String {
    BINDINGS
        .iter()
        .find(|b| b.scope == Scope::Popup && b.action == keys::Action::QuickFix)
        .map(|b| b.keys_label().into_owned())
        .unwrap_or_default()
}

/// What a fix does, in words.
fn fix_text(fix: &crate::diagnostics::Fix, app: &App) -> String {
    use crate::diagnostics::Fix;
    match fix {
        Fix::Owner { owner, .. } => msg!("fixes-owner", owner = owner.as_str()),
        Fix::Due { due, .. } => msg!("fixes-due", due = due.as_str()),
        Fix::Reason { number, .. } => msg!("fixes-reason", number = number.as_str()),
        Fix::StatusWord => msg!("life-fix-status"),
        Fix::Key { to } => msg!("life-fix-key", key = to.as_str()),
        Fix::Id { to } => msg!("life-fix-id", id = to.as_str()),
    }
    .render(app.lang())
}

/// The help overlay: every binding of the table, by scope, with the symbol legend.
fn help(app: &App, area: Rect, buf: &mut Buffer, scroll: u16) {
    let t = app.theme();
    let (w, h) = wide(area);
    let inner = frame(app, area, buf, w, h, app.tr(Msg::Help));
    let mut lines: Vec<Line> = Vec::new();
    for (scope, view, heading) in [
        (Scope::Normal, None, Msg::HelpGlobal),
        (Scope::Normal, Some(View::Board), Msg::HelpBoard),
        (Scope::Normal, Some(View::Status), Msg::HelpStatus),
        (Scope::Popup, None, Msg::HelpPopup),
        (Scope::Input, None, Msg::HelpInput),
        (Scope::Confirm, None, Msg::HelpConfirm),
    ] {
        lines.push(Line::from(Span::styled(app.tr(heading), t.heading)));
        lines.extend(binding_lines(t, app.lang(), scope, view, &[]));
        lines.push(Line::default());
    }
    lines.push(Line::from(Span::styled(app.tr(Msg::Legend), t.heading)));
    let legend = [
        (Mark::Overdue, Msg::Overdue),
        (Mark::DueSoon, Msg::DueSoon),
        (Mark::Waiting, Msg::Waiting),
        (Mark::Done, Msg::Done),
        (Mark::Cancelled, Msg::Cancelled),
    ];
    let mut spans = super::common::legend_spans(t, app.lang(), &legend);
    spans.push(Span::styled(
        format!(
            "{} {}",
            Mark::Doing.symbol(),
            Status::Doing.word(app.lang())
        ),
        t.doing,
    ));
    spans.push(Span::raw("   "));
    spans.push(Span::styled(
        format!(
            "{} {}",
            Mark::Broken.symbol(),
            crate::i18n::text(app.lang(), "broken-legend")
        ),
        t.mark(Mark::Broken),
    ));
    spans.push(Span::raw(format!(
        "  {} {}",
        super::common::NOTE_MARK.trim(),
        app.tr(Msg::LegendNote)
    )));
    lines.push(Line::from(spans));
    for msg in [
        Msg::LegendCycle,
        Msg::LegendSearch,
        Msg::LegendFilter,
        Msg::KeyMouse,
    ] {
        lines.push(Line::from(format!("  {}", app.tr(msg))));
    }
    scrolled(app, lines, inner, buf, scroll);
}

/// One line per help text of the bindings of `scope` (and, when given, only those of `view`);
/// bindings that share a help text are listed on one line ("j/↓ k/↑  move"), and one whose keys
/// are all hidden is not listed. The presenter's
/// help overlay uses it too.
pub(super) fn binding_lines(
    t: &crate::tui::theme::Theme,
    lang: crate::plan::Language,
    scope: Scope,
    view: Option<crate::tui::model::View>,
    skip: &[Msg],
) -> Vec<Line<'static>> {
    let here = |o: &&keys::Binding| o.scope == scope && o.view == view;
    let mut lines = Vec::new();
    let mut seen: Vec<Msg> = skip.to_vec();
    for b in BINDINGS.iter().filter(here) {
        if seen.contains(&b.help) {
            continue;
        }
        seen.push(b.help);
        let labels: Vec<_> = BINDINGS
            .iter()
            .filter(here)
            .filter(|o| o.help == b.help && o.label != Label::Hidden)
            .map(|o| o.keys_label())
            .collect();
        // A row of hidden keys only (Ctrl-c in a popup) would be a description with no key.
        if labels.is_empty() {
            continue;
        }
        lines.push(Line::from(vec![
            Span::styled(format!("  {:<22}", labels.join("  ")), t.key),
            Span::raw(crate::tui::i18n::tr(lang, b.help)),
        ]));
    }
    lines
}

fn picker(app: &App, area: Rect, buf: &mut Buffer, chosen: Status) {
    let t = app.theme();
    let inner = frame(
        app,
        area,
        buf,
        34,
        Status::ALL.len() as u16 + 2,
        app.tr(Msg::StatusPicker),
    );
    let current = app.selected_activity().map(|a| a.status);
    for (k, s) in Status::ALL.iter().enumerate() {
        if k as u16 >= inner.height {
            break;
        }
        let m = match s {
            Status::Todo => Mark::Todo,
            Status::Doing => Mark::Doing,
            Status::Waiting => Mark::Waiting,
            Status::Done => Mark::Done,
            Status::Cancelled => Mark::Cancelled,
        };
        let now = if current == Some(*s) { " •" } else { "" };
        let mut style = t.mark(m);
        if *s == chosen {
            style = style.patch(t.selected);
        }
        // A quick fix writes the word into the file: the plan's own words.
        let lang = if app.picking_status_word() {
            app.plan().language
        } else {
            app.lang()
        };
        let text = format!(" {} {}{now}", m.symbol(), s.word(lang));
        Line::from(Span::styled(
            crate::output::text::pad(&text, usize::from(inner.width)),
            style,
        ))
        .render(Rect::new(inner.x, inner.y + k as u16, inner.width, 1), buf);
    }
}

fn edit(
    app: &App,
    area: Rect,
    buf: &mut Buffer,
    field: Field,
    index: usize,
    input: &tui_input::Input,
) {
    let t = app.theme();
    let title = match field {
        Field::Note => Msg::EditNote,
        Field::Due => Msg::EditDue,
        Field::Owner => Msg::EditOwner,
        Field::Status => Msg::FieldStatus,
        Field::Title => Msg::FieldTitle,
        Field::Meeting => Msg::FieldMeeting,
        Field::Members => Msg::FieldMembers,
    };
    let activity = app
        .plan()
        .activities
        .get(index)
        .map(|a| clean(&a.title))
        .unwrap_or_default();
    let w = (area.width * 4 / 5).clamp(30.min(area.width), 90);
    let inner = frame(
        app,
        area,
        buf,
        w,
        7,
        &format!("{} · {}", app.tr(title), activity),
    );
    if inner.height == 0 || inner.width < 4 {
        return;
    }
    input_line(
        app,
        buf,
        Rect::new(inner.x, inner.y, inner.width, 1),
        input,
        true,
    );
    // Feedback under it.
    let feedback = match field {
        Field::Due => match app.preview_due(index, input.value()) {
            Ok(day) => Span::styled(format!("→ {day}"), t.ok),
            Err(e) => Span::styled(clean(&e), t.error),
        },
        Field::Note => Span::styled(app.tr(Msg::NoteEmptyRemoves), t.muted),
        _ => Span::raw(""),
    };
    if inner.height > 2 {
        Paragraph::new(Line::from(feedback))
            .wrap(Wrap { trim: true })
            .render(
                Rect::new(inner.x, inner.y + 2, inner.width, (inner.height - 2).min(2)),
                buf,
            );
    }
    if inner.height > 4 {
        Line::from(Span::styled(app.tr(Msg::InputHint), t.muted))
            .right_aligned()
            .render(Rect::new(inner.x, inner.bottom() - 1, inner.width, 1), buf);
    }
}

/// A text field's line in `row`: scrolled so the cursor stays in view, "› " and a drawn
/// cursor cell when it has focus.
pub(super) fn input_line(
    app: &App,
    buf: &mut Buffer,
    row: Rect,
    input: &tui_input::Input,
    focused: bool,
) {
    let t = app.theme();
    let field_w = usize::from(row.width.saturating_sub(2));
    let scroll = if focused {
        input.visual_scroll(field_w)
    } else {
        0
    };
    let value: String = clean(input.value());
    let shown: String = skip_columns(&value, scroll);
    let (mark, style) = if focused {
        ("› ", t.title)
    } else {
        ("  ", t.base)
    };
    Line::from(vec![
        Span::styled(mark, t.key),
        Span::styled(truncate(&shown, field_w), style),
    ])
    .render(row, buf);
    let cx = row.x + 2 + (input.visual_cursor().saturating_sub(scroll)) as u16;
    if focused && cx < row.right() {
        let cell = &mut buf[(cx, row.y)];
        cell.set_style(Style::new().add_modifier(Modifier::REVERSED));
        if cell.symbol().is_empty() {
            cell.set_symbol(" ");
        }
    }
}

/// The add form: title, owner (with what Tab fills in), deadline (with its live feedback)
/// and id, the focused one marked; under them why the last Enter was refused, or the hint.
fn add(app: &App, area: Rect, buf: &mut Buffer, form: &AddForm) {
    let t = app.theme();
    let w = (area.width * 4 / 5).clamp(30.min(area.width), 90);
    let title = format!(
        "{} · {}",
        app.tr(Msg::AddTitle),
        clean(&form.group.label(app.plan()))
    );
    let inner = frame(app, area, buf, w, 11, &title);
    if inner.height < 7 || inner.width < 20 {
        return;
    }
    // Where exactly: after which activity, or last in the group.
    let after = match &form.place {
        Place::After(id) => app.plan().find(id).map(|i| &app.plan().activities[i]),
        Place::End { .. } => None,
    };
    let place = match after {
        Some(a) => format!(
            "{} {}",
            app.tr(Msg::PlaceAfter),
            quoted(app, &clean(&a.title))
        ),
        None => app.tr(Msg::PlaceLast).to_string(),
    };
    Line::from(Span::styled(
        truncate(&place, usize::from(inner.width)),
        t.muted,
    ))
    .render(Rect::new(inner.x, inner.y, inner.width, 1), buf);
    let label_w = 12;
    let row = |y: u16| Rect::new(inner.x, inner.y + y, inner.width, 1);
    let value_row = |y: u16| {
        Rect::new(
            inner.x + label_w,
            inner.y + y,
            inner.width.saturating_sub(label_w),
            1,
        )
    };
    for (field, y) in AddField::ALL.into_iter().zip([2, 3, 5, 7]) {
        let focused = form.field == field;
        let style = if focused { t.key } else { t.muted };
        Line::from(Span::styled(app.tr(field.label()), style)).render(row(y), buf);
        input_line(app, buf, value_row(y), form.input(field), focused);
    }
    let note = |y: u16, span: Span, buf: &mut Buffer| {
        let r = value_row(y);
        Line::from(span).render(Rect::new(r.x + 2, r.y, r.width.saturating_sub(2), 1), buf);
    };
    if form.field == AddField::Owner
        && let Some(owner) = app.owner_suggestion(form)
    {
        let text = format!("{} {}", app.tr(Msg::OwnerTab), clean(&owner));
        note(4, Span::styled(text, t.muted), buf);
    }
    let due = form.due.value().trim();
    if !due.is_empty() || form.field == AddField::Due {
        let feedback = match app.preview_new_due(due) {
            Ok(day) => Span::styled(format!("→ {day}"), t.ok),
            Err(e) => Span::styled(clean(&e), t.error),
        };
        note(6, feedback, buf);
    }
    let last = Rect::new(inner.x, inner.bottom() - 1, inner.width, 1);
    match &form.error {
        Some(e) => Line::from(Span::styled(clean(e), t.error)).render(last, buf),
        None => Line::from(Span::styled(app.tr(Msg::AddHint), t.muted))
            .right_aligned()
            .render(last, buf),
    }
}

/// `text` in the UI language's quotation marks: «…» or “…”.
fn quoted(app: &App, text: &str) -> String {
    crate::tui::i18n::quoted(app.lang(), text)
}

/// The delete question, naming the activity.
fn delete(app: &App, area: Rect, buf: &mut Buffer, index: usize) {
    let Some(a) = app.plan().activities.get(index) else {
        return;
    };
    let w = (area.width * 4 / 5).clamp(30.min(area.width), 70);
    let inner = frame(app, area, buf, w, 6, app.tr(Msg::DeleteTitle));
    let question = delete_question(app.lang(), &clean(&a.title), &clean(&a.id));
    let place = clean(&app.plan().place(a));
    Paragraph::new(vec![
        Line::from(Span::styled(question, app.theme().heading)),
        Line::from(Span::styled(place, app.theme().muted)),
    ])
    .wrap(Wrap { trim: true })
    .render(inner, buf);
}

/// A picker's line: selected or not, with "•" on the current one.
fn pick_line(app: &App, buf: &mut Buffer, row: Rect, text: &str, style: Style, chosen: bool) {
    let style = if chosen {
        style.patch(app.theme().selected)
    } else {
        style
    };
    Line::from(Span::styled(
        crate::output::text::pad(
            &truncate(text, usize::from(row.width)),
            usize::from(row.width),
        ),
        style,
    ))
    .render(row, buf);
}

/// The move picker: every area and workstream, the activity's own marked "•".
fn move_to(app: &App, area: Rect, buf: &mut Buffer, index: usize, to: Group) {
    let plan = app.plan();
    let Some(a) = plan.activities.get(index) else {
        return;
    };
    let groups = Group::all(plan);
    let labels: Vec<String> = groups.iter().map(|g| clean(&g.label(plan))).collect();
    let widest = labels.iter().map(|l| crate::output::text::width(l)).max();
    let w = (widest.unwrap_or(0) as u16 + 8).max(40);
    let title = format!("{} · {}", app.tr(Msg::MoveToTitle), clean(&a.id));
    let inner = frame(app, area, buf, w, groups.len() as u16 + 2, &title);
    let cursor = groups.iter().position(|g| *g == to).unwrap_or(0);
    // Scrolled so the chosen one shows in a short window.
    let rows = usize::from(inner.height).max(1);
    let first = cursor.saturating_sub(rows - 1);
    for (k, (g, label)) in groups.iter().zip(&labels).enumerate().skip(first) {
        let y = (k - first) as u16;
        if y >= inner.height {
            break;
        }
        let own = g.area == a.area && g.workstream == a.workstream;
        let indent = if g.workstream.is_some() { "   " } else { " " };
        let text = format!("{indent}{label}{}", if own { " •" } else { "" });
        let row = Rect::new(inner.x, inner.y + y, inner.width, 1);
        pick_line(app, buf, row, &text, app.theme().base, *g == to);
    }
}

/// The area status picker: active, waiting, done; the area's current one marked "•".
fn area_status(app: &App, area: Rect, buf: &mut Buffer, index: usize, chosen: AreaStatus) {
    let Some(a) = app.plan().areas.get(index) else {
        return;
    };
    let t = app.theme();
    let title = format!(
        "{} · {} {}",
        app.tr(Msg::AreaStatusTitle),
        a.number,
        a.title
    );
    let inner = frame(
        app,
        area,
        buf,
        44,
        AreaStatus::ALL.len() as u16 + 2,
        &clean(&title),
    );
    for (k, s) in AreaStatus::ALL.iter().enumerate() {
        if k as u16 >= inner.height {
            break;
        }
        let (m, style) = match s {
            AreaStatus::Active => (Mark::Doing, t.doing),
            AreaStatus::Waiting => (Mark::Waiting, t.mark(Mark::Waiting)),
            AreaStatus::Done => (Mark::Done, t.mark(Mark::Done)),
        };
        let now = if a.status == *s { " •" } else { "" };
        // A quick fix writes the word into the file: the plan's own words.
        let lang = if app.picking_status_word() {
            app.plan().language
        } else {
            app.lang()
        };
        let text = format!(" {} {}{now}", m.symbol(), s.word(lang));
        let row = Rect::new(inner.x, inner.y + k as u16, inner.width, 1);
        pick_line(app, buf, row, &text, style, *s == chosen);
    }
}

/// What a waiting area waits for: a text field that must not be left empty.
fn reason(app: &App, area: Rect, buf: &mut Buffer, index: usize, input: &tui_input::Input) {
    let Some(a) = app.plan().areas.get(index) else {
        return;
    };
    let t = app.theme();
    let w = (area.width * 4 / 5).clamp(30.min(area.width), 90);
    let title = format!("{} · {} {}", app.tr(Msg::ReasonTitle), a.number, a.title);
    let inner = frame(app, area, buf, w, 7, &clean(&title));
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
    if input.value().trim().is_empty() {
        Line::from(Span::styled(app.tr(Msg::ReasonRequired), t.muted))
            .render(Rect::new(inner.x, inner.y + 2, inner.width, 1), buf);
    }
    if inner.height > 4 {
        Line::from(Span::styled(app.tr(Msg::InputHint), t.muted))
            .right_aligned()
            .render(Rect::new(inner.x, inner.bottom() - 1, inner.width, 1), buf);
    }
}

/// `s` without its first `n` display columns.
fn skip_columns(s: &str, n: usize) -> String {
    let mut w = 0;
    let mut out = String::new();
    for c in s.chars() {
        if w >= n {
            out.push(c);
        } else {
            w += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        }
    }
    out
}
