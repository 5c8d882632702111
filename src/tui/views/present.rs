//! Drawing the presentation mode: `impl Widget for &Presenter`. Made to be read across a room:
//! few things per page, bold headings with space around them, the board's symbols before every
//! activity (colour is never the only signal), and each list cut with "… N more" rather than
//! squeezed. Pages: the dashboard (progress per focus area, overdue, due before the next
//! meeting, done since the last one), what changed since the last meeting, one page per focus
//! area, and last the burn-up chart.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Axis, Block, Chart, Dataset, GraphType, LineGauge, Paragraph, Widget, Wrap,
};

use super::{MIN_HEIGHT, MIN_WIDTH, clean};
use crate::git::changes;
use crate::git::log::Change;
use crate::msg;
use crate::output::text::{date, iso_week, pad, truncate, width};
use crate::plan::meetings::Horizon;
use crate::plan::{Activity, Language, Status};
use crate::tui::i18n::Msg;
use crate::tui::keys::{self, Scope};
use crate::tui::present::{Page, Presenter, Trouble};
use crate::tui::theme::Mark;

impl Widget for &Presenter {
    fn render(self, area: Rect, buf: &mut Buffer) {
        buf.set_style(area, self.theme.base);
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            let text = crate::tui::i18n::too_small(self.lang, MIN_WIDTH, MIN_HEIGHT);
            Paragraph::new(text)
                .style(self.theme.warning)
                .wrap(Wrap { trim: true })
                .render(area, buf);
            return;
        }
        // Margins: a projected screen reads better with air at the edges.
        let margin = if area.width >= 100 { 2 } else { 1 };
        let inner = Rect {
            x: area.x + margin,
            width: area.width - 2 * margin,
            ..area
        };
        let banner_h = if self.banner.is_some() { 3 } else { 0 };
        let [banner, header, body, footer] = Layout::vertical([
            Constraint::Length(banner_h),
            Constraint::Length(3),
            Constraint::Min(1),
            Constraint::Length(1),
        ])
        .areas(inner);
        render_banner(self, banner, buf);
        render_header(self, header, buf);
        match self.current() {
            Page::Dashboard => render_dashboard(self, body, buf),
            Page::Changes => render_changes(self, body, buf),
            Page::Area(a) => render_area(self, a, body, buf),
            Page::Burnup => render_burnup(self, body, buf),
        }
        render_footer(self, footer, buf);
        if let Some(scroll) = self.help {
            render_help(self, area, buf, scroll);
        }
    }
}

fn render_banner(p: &Presenter, area: Rect, buf: &mut Buffer) {
    let Some(banner) = &p.banner else { return };
    if area.height == 0 {
        return;
    }
    let t = &p.theme;
    let style = t
        .error
        .patch(Style::new().add_modifier(ratatui::style::Modifier::REVERSED));
    let since = banner.since.format("%H:%M").to_string();
    let what = match &banner.trouble {
        Trouble::Errors { first, count } => {
            let more = if *count > 1 {
                format!(" (+{})", count - 1)
            } else {
                String::new()
            };
            let detail = format!("{}{more}", clean(first));
            msg!("board-present-errors-since", time = since, detail = detail)
        }
        Trouble::Missing => {
            msg!(
                "board-present-missing-since",
                time = since,
                detail = clean(&p.path)
            )
        }
        Trouble::Unreadable(e) => {
            msg!(
                "board-present-unreadable-since",
                time = since,
                detail = clean(e)
            )
        }
    };
    let w = usize::from(area.width);
    let l1 = format!(" ! {}", what.render(p.lang));
    let l2 = format!("   {}", p.tr(Msg::PresentShowingLast));
    let [a1, a2, _] = Layout::vertical([Constraint::Length(1); 3]).areas(area);
    Line::from(Span::styled(pad(&truncate(&l1, w), w), style)).render(a1, buf);
    Line::from(Span::styled(pad(&truncate(&l2, w), w), style)).render(a2, buf);
}

fn render_header(p: &Presenter, area: Rect, buf: &mut Buffer) {
    let t = &p.theme;
    let [l1, l2, _] = Layout::vertical([Constraint::Length(1); 3]).areas(area);
    let w = usize::from(area.width);
    let when = format!(
        "{} {} · {} {}",
        p.tr(Msg::AsOf),
        date(p.today, p.lang),
        p.tr(Msg::Week),
        iso_week(p.today)
    );
    let mut title = clean(&p.plan.title);
    if let Some(org) = &p.plan.organization {
        title.push_str(" · ");
        title.push_str(&clean(org));
    }
    let room = w.saturating_sub(width(&when) + 2);
    Line::from(Span::styled(truncate(&title, room), t.title)).render(l1, buf);
    Line::from(Span::styled(when, t.header))
        .right_aligned()
        .render(l1, buf);

    let (agenda, unknown) = p.agenda();
    let mut next = match agenda.horizon {
        Horizon::Meeting(m) => format!(
            "{}: {} {} ({} {})",
            p.tr(Msg::PresentNextMeeting),
            clean(&m.series.name),
            crate::output::text::meeting_date(&m, p.lang),
            p.tr(Msg::Week),
            iso_week(m.date)
        ),
        Horizon::Days { .. } => format!(
            "{}: {}",
            p.tr(Msg::PresentNextMeeting),
            p.tr(Msg::PresentNoMeeting)
        ),
    };
    if unknown && let Some(name) = &p.meeting {
        next.push_str(&format!(
            "   ({} \"{}\")",
            p.tr(Msg::PresentUnknownSeries),
            clean(name)
        ));
    }
    let page = match p.current() {
        Page::Dashboard => p.tr(Msg::PresentOverview).to_string(),
        Page::Changes => p.tr(Msg::PresentChanges).to_string(),
        Page::Burnup => p.tr(Msg::PresentBurnup).to_string(),
        Page::Area(a) => {
            let area = &p.plan.areas[a];
            format!("{} {}", clean(&area.number), clean(&area.title))
        }
    };
    let page = format!("{}  {}/{}", page, p.page + 1, p.pages());
    let room = w.saturating_sub(width(&page) + 2);
    Line::from(Span::styled(truncate(&next, room), t.header)).render(l2, buf);
    Line::from(Span::styled(truncate(&page, w), t.heading))
        .right_aligned()
        .render(l2, buf);
}

fn render_footer(p: &Presenter, area: Rect, buf: &mut Buffer) {
    let t = &p.theme;
    let mut spans = Vec::new();
    for b in keys::hints(Scope::Present, crate::tui::model::View::Board) {
        spans.push(Span::styled(b.keys_label(), t.key));
        spans.push(Span::styled(format!(" {}   ", p.tr(b.help)), t.muted));
    }
    if p.from_board {
        spans.push(Span::styled("Esc", t.key));
        spans.push(Span::styled(
            format!(" {}   ", p.tr(Msg::KeyBackToBoard)),
            t.muted,
        ));
    }
    Line::from(spans).render(area, buf);
    // Page dots on the right: where we are at a glance.
    let dots: String = (0..p.pages())
        .map(|i| if i == p.page { "●" } else { "○" })
        .collect::<Vec<_>>()
        .join(" ");
    if width(&dots) + 40 < usize::from(area.width) {
        Line::from(Span::styled(dots, t.heading))
            .right_aligned()
            .render(area, buf);
    }
}

/// The dashboard: a gauge per focus area, then the three lists a steering group discusses.
fn render_dashboard(p: &Presenter, area: Rect, buf: &mut Buffer) {
    let t = &p.theme;
    let (agenda, _) = p.agenda();
    let areas_h = (p.plan.areas.len() as u16 + 2).min(area.height / 2).max(2);
    let [progress, lists] =
        Layout::vertical([Constraint::Length(areas_h), Constraint::Min(0)]).areas(area);

    heading(p, p.tr(Msg::PresentProgress), progress, buf);
    let rows = Rect {
        y: progress.y + 1,
        height: progress.height.saturating_sub(2),
        ..progress
    };
    let name_w = p
        .plan
        .areas
        .iter()
        .map(|a| width(&clean(&a.number)) + 1 + width(&clean(&a.title)))
        .max()
        .unwrap_or(0)
        .min(usize::from(area.width) / 2);
    let shown = usize::from(rows.height);
    for (i, a) in p.plan.areas.iter().enumerate().take(shown) {
        let row = Rect {
            y: rows.y + i as u16,
            height: 1,
            ..rows
        };
        let last_row = i + 1 == shown && p.plan.areas.len() > shown;
        if last_row {
            more_line(p, p.plan.areas.len() - i, row, buf);
            break;
        }
        let name = format!("{} {}", clean(&a.number), clean(&a.title));
        gauge_row(p, i, &name, name_w, row, buf);
    }

    // The three lists: side by side on a wide screen, else stacked.
    let horizon_head = match agenda.horizon {
        Horizon::Meeting(m) => format!(
            "{} ({})",
            p.tr(Msg::PresentDueBeforeNext),
            crate::output::text::meeting_date(&m, p.lang)
        ),
        Horizon::Days { until, .. } => {
            format!("{} ({})", p.tr(Msg::PresentDueWithin), date(until, p.lang))
        }
    };
    let since_head = format!(
        "{} {}",
        p.tr(Msg::PresentDoneSince),
        date(agenda.since, p.lang)
    );
    let sections: [(String, &[usize], Kind); 3] = [
        (
            p.tr(Msg::PresentOverdue).to_string(),
            &agenda.overdue,
            Kind::Overdue,
        ),
        (horizon_head, &agenda.due_next, Kind::Due),
        (since_head, &agenda.done_since, Kind::Done),
    ];
    // Stacked reads best (full-width rows keep owner and lateness); side by side only when
    // stacking would cut the lists and the screen is wide enough for three columns.
    let lens: Vec<usize> = sections.iter().map(|(_, v, _)| v.len()).collect();
    let stacked_h: usize = lens.iter().map(|n| n.max(&1) + 2).sum();
    let areas: Vec<Rect> = if lists.width >= 150 && stacked_h > usize::from(lists.height) {
        Layout::horizontal([Constraint::Fill(1); 3])
            .spacing(3)
            .split(lists)
            .to_vec()
    } else {
        let heights = share(&lens, usize::from(lists.height));
        let mut y = lists.y;
        heights
            .iter()
            .map(|&h| {
                let r = Rect {
                    y,
                    height: h as u16,
                    ..lists
                };
                y += h as u16;
                r
            })
            .collect()
    };
    for ((head, items, kind), rect) in sections.iter().zip(areas) {
        let style = match kind {
            Kind::Overdue if !items.is_empty() => t.overdue,
            _ => t.heading,
        };
        let head = format!("{head}  ({})", items.len());
        heading_styled(&head, style, rect, buf);
        // Below the heading; the last row stays blank as a separator when there is room.
        let rows = rect.height.saturating_sub(1);
        let rows = if usize::from(rows) > items.len().max(1) {
            rows - 1
        } else {
            rows
        };
        let body = Rect {
            y: rect.y + 1,
            height: rows,
            ..rect
        };
        let cols = Columns::new(p, items, *kind, usize::from(list_area(body).width));
        // The labels share the heading's line when the heading leaves room before them.
        if !items.is_empty() && width(&head) < 2 + cols.title {
            column_labels(p, &cols, *kind, rect, buf);
        }
        activity_list(p, items, *kind, &cols, body, buf);
    }
    let _ = t;
}

/// Rows for stacked lists of `lens` items in `total` rows: each gets its heading, its items and
/// a blank line when all fit; otherwise every list keeps its heading and up to two rows (so a
/// list never shows only "… N more"), and the rest goes row by row to the list missing most.
fn share(lens: &[usize], total: usize) -> Vec<usize> {
    let full: Vec<usize> = lens.iter().map(|&n| n.max(1) + 2).collect();
    if full.iter().sum::<usize>() <= total {
        return full;
    }
    let mut got: Vec<usize> = vec![0; lens.len()];
    let mut left = total;
    for (g, &n) in got.iter_mut().zip(lens) {
        let min = 1 + n.clamp(1, 2);
        let take = min.min(left);
        *g = take;
        left -= take;
    }
    while left > 0 {
        let Some((i, _)) = got
            .iter()
            .zip(lens)
            .enumerate()
            .map(|(i, (&g, &n))| (i, (n + 1).saturating_sub(g)))
            .filter(|&(_, missing)| missing > 0)
            .max_by_key(|&(i, missing)| (missing, usize::MAX - i))
        else {
            break;
        };
        got[i] += 1;
        left -= 1;
    }
    got
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Overdue,
    Due,
    Done,
    /// An area page: the status word and the deadline.
    Area,
}

fn heading(p: &Presenter, text: &str, area: Rect, buf: &mut Buffer) {
    heading_styled(text, p.theme.heading, area, buf);
}

fn heading_styled(text: &str, style: Style, area: Rect, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    let w = usize::from(area.width);
    Line::from(Span::styled(truncate(text, w), style)).render(Rect { height: 1, ..area }, buf);
}

fn more_line(p: &Presenter, n: usize, area: Rect, buf: &mut Buffer) {
    Line::from(Span::styled(
        format!("  … {n} {}", p.tr(Msg::PresentMore)),
        p.theme.muted,
    ))
    .render(area, buf);
}

/// "2 Kompetanseheving   ████████░░░░░  3/7"
fn gauge_row(
    p: &Presenter,
    area_index: usize,
    name: &str,
    name_w: usize,
    row: Rect,
    buf: &mut Buffer,
) {
    let t = &p.theme;
    let (done, total) = p.plan.area_progress(area_index);
    let w = usize::from(row.width);
    let name_w = name_w.min(w.saturating_sub(12));
    Line::from(Span::styled(pad(&truncate(name, name_w), name_w), t.title)).render(row, buf);
    let status = p.plan.areas[area_index].status.word(p.lang);
    let status_w = 14.min(w / 6);
    let gx = name_w as u16 + 3;
    if row.width <= gx + status_w as u16 + 8 {
        return;
    }
    let gauge_w = (row.width - gx - status_w as u16 - 2).min(40);
    if total == 0 {
        Line::from(Span::styled(p.tr(Msg::PresentNoActivities), t.muted)).render(
            Rect {
                x: row.x + gx,
                width: gauge_w,
                ..row
            },
            buf,
        );
    }
    let ratio = if total == 0 {
        0.0
    } else {
        done as f64 / total as f64
    };
    let label = format!("{done:>2}/{total:<2}");
    if total > 0 {
        LineGauge::default()
            .ratio(ratio)
            .label(Span::styled(label, t.title))
            .filled_symbol("█")
            .unfilled_symbol("░")
            .filled_style(t.done.patch(Style::new().fg(if t.color {
                ratatui::style::Color::LightGreen
            } else {
                ratatui::style::Color::Reset
            })))
            .unfilled_style(t.muted)
            .render(
                Rect {
                    x: row.x + gx,
                    width: gauge_w,
                    ..row
                },
                buf,
            );
    }
    Line::from(Span::styled(truncate(status, status_w), t.muted)).render(
        Rect {
            x: row.x + gx + gauge_w + 2,
            width: status_w as u16,
            ..row
        },
        buf,
    );
}

fn late_text(days: i64, lang: Language) -> String {
    msg!("board-present-days-late", days = days).render(lang)
}

/// Activities one per line: symbol and title, then owner and what matters for the list.
fn activity_list(
    p: &Presenter,
    items: &[usize],
    kind: Kind,
    cols: &Columns,
    area: Rect,
    buf: &mut Buffer,
) {
    if area.height == 0 {
        return;
    }
    if items.is_empty() {
        Line::from(Span::styled(
            format!("  {}", p.tr(Msg::PresentNone)),
            p.theme.muted,
        ))
        .render(Rect { height: 1, ..area }, buf);
        return;
    }
    let area = list_area(area);
    let rows = usize::from(area.height);
    for (n, &i) in items.iter().enumerate().take(rows) {
        let row = Rect {
            y: area.y + n as u16,
            height: 1,
            ..area
        };
        if n + 1 == rows && items.len() > rows {
            more_line(p, items.len() - n, row, buf);
            break;
        }
        activity_row(p, &p.plan.activities[i], kind, cols, row, buf);
    }
}

/// On a wide screen, a row stretched edge to edge makes the eye travel from title to owner;
/// keep the columns together.
fn list_area(area: Rect) -> Rect {
    Rect {
        width: area.width.min(130),
        ..area
    }
}

fn owner_width(p: &Presenter, items: &[usize]) -> usize {
    items
        .iter()
        .map(|&i| width(&clean(&p.plan.activities[i].owner)))
        .max()
        .unwrap_or(0)
}

/// The widths of one list's columns, the same for every row so they line up under their
/// labels: the symbol and title, then owner, status word, the date (or how late), and the
/// completion date. Columns that do not fit are dropped, the least important first; the title
/// keeps two fifths of the row.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Columns {
    title: usize,
    owner: Option<usize>,
    status: Option<usize>,
    date: usize,
    done: Option<usize>,
}

impl Columns {
    fn new(p: &Presenter, items: &[usize], kind: Kind, w: usize) -> Self {
        let owner_w = owner_width(p, items)
            .max(width(p.tr(Msg::PresentColOwner)))
            .clamp(6, 20);
        let date_w = match kind {
            Kind::Overdue => 22,
            _ => 10,
        };
        // Only an area page shows the status word and, for done rows, when they were done.
        let status_w = (kind == Kind::Area).then(|| {
            p.plan
                .activities
                .iter()
                .map(|a| width(a.status.word(p.lang)))
                .chain([width(p.tr(Msg::PresentColStatus))])
                .max()
                .unwrap_or(0)
        });
        let any_done = items
            .iter()
            .any(|&i| done_text(p, &p.plan.activities[i]).is_some());
        let done_w = (kind == Kind::Area && any_done).then(|| width(p.tr(Msg::PresentDoneOn)) + 11);
        Columns::fit(w, owner_w, status_w, date_w, done_w)
    }

    /// The pure part: which columns fit in `w`, and the title's width.
    fn fit(
        w: usize,
        owner_w: usize,
        status_w: Option<usize>,
        date_w: usize,
        done_w: Option<usize>,
    ) -> Self {
        let title_min = (w * 2 / 5).max(20);
        let date = date_w.min(w / 4);
        // Symbol and its space, then each column with two spaces before it.
        let mut used = 2 + date + 2;
        let mut take = |col: Option<usize>| {
            let c = col?;
            (w >= title_min + used + c + 2).then(|| {
                used += c + 2;
                c
            })
        };
        let owner = take(Some(owner_w));
        let status = take(status_w);
        let done = take(done_w);
        Columns {
            title: w.saturating_sub(used),
            owner,
            status,
            date,
            done,
        }
    }
}

/// "ferdig 03.12.2017" for a done activity that records when.
fn done_text(p: &Presenter, a: &Activity) -> Option<String> {
    match (a.status, a.done_on) {
        (Status::Done, Some(d)) => {
            Some(format!("{} {}", p.tr(Msg::PresentDoneOn), date(d, p.lang)))
        }
        _ => None,
    }
}

/// The column labels over a list, on `row`: a section's heading line or the blank line above
/// the list (the heading stands for the title column).
fn column_labels(p: &Presenter, cols: &Columns, kind: Kind, row: Rect, buf: &mut Buffer) {
    let t = &p.theme;
    let row = list_area(row);
    let mut spans = Vec::new();
    let mut col = |label: &str, w: usize| {
        spans.push(Span::raw("  "));
        spans.push(Span::styled(pad(&truncate(label, w), w), t.muted));
    };
    if let Some(w) = cols.owner {
        col(p.tr(Msg::PresentColOwner), w);
    }
    if let Some(w) = cols.status {
        col(p.tr(Msg::PresentColStatus), w);
    }
    let date_label = match kind {
        Kind::Done => Msg::PresentColDone,
        _ => Msg::PresentColDue,
    };
    col(p.tr(date_label), cols.date);
    let x = 2 + cols.title as u16;
    if row.width > x {
        Line::from(spans).render(
            Rect {
                x: row.x + x,
                width: row.width - x,
                ..row
            },
            buf,
        );
    }
}

fn activity_row(
    p: &Presenter,
    a: &Activity,
    kind: Kind,
    cols: &Columns,
    row: Rect,
    buf: &mut Buffer,
) {
    let t = &p.theme;
    let mark = Mark::of(a.status, p.plan.urgency(a, p.today));
    let style = t.mark(mark);
    let due = date(a.due.day(), p.lang);
    let (when, when_style) = match kind {
        Kind::Overdue => (late_text((p.today - a.due.day()).num_days(), p.lang), style),
        Kind::Done => (
            a.done_on.map(|d| date(d, p.lang)).unwrap_or_default(),
            t.header,
        ),
        // The deadline in every row; an overdue one in the overdue style, with its "!".
        Kind::Due | Kind::Area if mark == Mark::Overdue => (due, style),
        Kind::Due | Kind::Area => (due, t.header),
    };
    // Away from its workstream (the dashboard's lists), a repeated title says where it belongs.
    let home = match kind {
        Kind::Area => None,
        _ => p.plan.home_if_ambiguous(a),
    };
    let title = match home {
        Some(home) => format!("{} · {}", clean(&a.title), clean(home)),
        None => clean(&a.title),
    };
    let mut spans = vec![
        Span::styled(format!("{} ", mark.symbol()), style),
        Span::styled(pad(&truncate(&title, cols.title), cols.title), style),
    ];
    if let Some(w) = cols.owner {
        spans.push(Span::raw("  "));
        spans.push(Span::styled(
            pad(&truncate(&clean(&a.owner), w), w),
            t.header,
        ));
    }
    if let Some(w) = cols.status {
        // The status word as it is; being overdue is the symbol's and the date's to say.
        let status_style = if mark == Mark::Overdue {
            t.header
        } else {
            style
        };
        spans.push(Span::raw("  "));
        spans.push(Span::styled(
            pad(&truncate(a.status.word(p.lang), w), w),
            status_style,
        ));
    }
    spans.push(Span::raw("  "));
    spans.push(Span::styled(
        pad(&truncate(&when, cols.date), cols.date),
        when_style,
    ));
    if let (Some(w), Some(done)) = (cols.done, done_text(p, a)) {
        spans.push(Span::raw("  "));
        spans.push(Span::styled(truncate(&done, w), t.done));
    }
    Line::from(spans).render(row, buf);
}

/// What changed since the last meeting: where the changes come from, then one line per
/// change (its day first when known), cut with "… N more".
fn render_changes(p: &Presenter, area: Rect, buf: &mut Buffer) {
    let t = &p.theme;
    let c = &p.changes;
    let head = format!(
        "{} ({})  ({})",
        p.tr(Msg::PresentChanges),
        date(c.since, p.lang),
        c.items.len()
    );
    let [h, src, _, list] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
    ])
    .areas(area);
    heading(p, &head, h, buf);
    let w = usize::from(area.width);
    let line = clean(&changes::source_line(c, p.lang));
    Line::from(Span::styled(truncate(&line, w), t.muted)).render(src, buf);
    if c.items.is_empty() {
        Line::from(Span::styled(p.tr(Msg::PresentNoChanges), t.muted)).render(list, buf);
        return;
    }
    let rows = usize::from(list.height);
    for (i, item) in c.items.iter().enumerate().take(rows) {
        let row = Rect {
            y: list.y + i as u16,
            height: 1,
            ..list
        };
        if i + 1 == rows && c.items.len() > rows {
            more_line(p, c.items.len() - i, row, buf);
            break;
        }
        let day = pad(&changes::day_text(item, p.lang), 10);
        let (mark, style) = change_mark(&item.change, t);
        let text = clean(&changes::describe(&item.change, p.lang));
        let room = w.saturating_sub(width(&day) + 4);
        Line::from(vec![
            Span::styled(day, t.muted),
            Span::raw("  "),
            Span::styled(mark, style),
            Span::raw(" "),
            Span::styled(truncate(&text, room), t.base),
        ])
        .render(row, buf);
    }
}

/// A symbol per kind of change, so the list reads without colour: later deadlines `↷`, earlier
/// `↶`, done `✓`, added `+`, removed `−`, anything else `•`.
fn change_mark(c: &Change, t: &crate::tui::theme::Theme) -> (&'static str, Style) {
    match c {
        Change::Deadline { days, .. } if *days > 0 => ("↷", t.overdue),
        Change::Deadline { .. } => ("↶", t.ok),
        Change::Status { to, .. } if to == "done" || to == "ferdig" => ("✓", t.done),
        Change::Added { .. } | Change::Created { .. } => ("+", t.ok),
        Change::Removed { .. } => ("−", t.warning),
        _ => ("•", t.muted),
    }
}

/// The burn-up: activities due and done, cumulative over the plan period, today and the
/// meetings marked. Each line has its own marker and the legend names it, so the chart reads
/// without colour; a summary line under it says the numbers in words.
fn render_burnup(p: &Presenter, area: Rect, buf: &mut Buffer) {
    let t = &p.theme;
    let b = &p.burnup;
    let (Some(first), Some(last)) = (b.first(), b.last()) else {
        return;
    };
    let [chart_area, legend, summary] = Layout::vertical([
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let x = |d: chrono::NaiveDate| (d - first).num_days() as f64;
    let due: Vec<(f64, f64)> = b
        .points
        .iter()
        .map(|pt| (x(pt.day), pt.due as f64))
        .collect();
    let done: Vec<(f64, f64)> = b
        .points
        .iter()
        .filter(|pt| pt.day <= b.today)
        .map(|pt| (x(pt.day), pt.done as f64))
        .collect();
    let top = b.total.max(1) as f64;
    let today = [(x(b.today), 0.0), (x(b.today), top)];
    let meetings: Vec<(f64, f64)> = b.meetings.iter().map(|&d| (x(d), top)).collect();
    let now = b.points.iter().rev().find(|pt| pt.day <= b.today).copied();
    let (due_now, done_now) = now.map_or((0, 0), |pt| (pt.due, pt.done));
    let mut legend_entries = vec![
        (
            format!("• {} ({due_now})", p.tr(Msg::PresentBurnupDue)),
            t.due_soon,
        ),
        (
            format!("█ {} ({done_now})", p.tr(Msg::PresentBurnupDone)),
            t.done,
        ),
    ];
    let mut sets = vec![
        Dataset::default()
            .marker(Marker::Dot)
            .graph_type(GraphType::Line)
            .style(t.due_soon)
            .data(&due),
        Dataset::default()
            .marker(Marker::Block)
            .graph_type(GraphType::Line)
            .style(t.done)
            .data(&done),
    ];
    if (first..=last).contains(&b.today) {
        legend_entries.push((
            format!("▄ {} {}", p.tr(Msg::PresentToday), date(b.today, p.lang)),
            t.today,
        ));
        sets.push(
            Dataset::default()
                .marker(Marker::Bar)
                .graph_type(GraphType::Line)
                .style(t.today)
                .data(&today),
        );
    }
    if !meetings.is_empty() {
        legend_entries.push((format!("▀ {}", p.tr(Msg::PresentMeetings)), t.heading));
        sets.push(
            Dataset::default()
                .marker(Marker::HalfBlock)
                .graph_type(GraphType::Scatter)
                .style(t.heading)
                .data(&meetings),
        );
    }
    let span = x(last).max(1.0);
    let middle = first + chrono::Duration::days((span / 2.0) as i64);
    let x_axis = Axis::default().style(t.muted).bounds([0.0, span]).labels([
        date(first, p.lang),
        date(middle, p.lang),
        date(last, p.lang),
    ]);
    let y_axis = Axis::default().style(t.muted).bounds([0.0, top]).labels([
        "0".to_string(),
        format!("{}", b.total / 2),
        b.total.to_string(),
    ]);
    Chart::new(sets)
        .block(Block::new().title(Line::styled(p.tr(Msg::PresentBurnup), t.heading)))
        .x_axis(x_axis)
        .y_axis(y_axis)
        // The legend goes on its own line below: inside the chart it hides marks.
        .legend_position(None)
        .render(chart_area, buf);
    let spans: Vec<Span> = legend_entries
        .into_iter()
        .flat_map(|(text, style)| [Span::styled(text, style), Span::raw("   ")])
        .collect();
    Line::from(spans).render(legend, buf);
    let text = msg!(
        "board-present-burnup-summary",
        date = date(b.today, p.lang),
        due = due_now,
        total = b.total,
        done = done_now
    )
    .render(p.lang);
    let w = usize::from(summary.width);
    Line::from(Span::styled(truncate(&text, w), t.base)).render(summary, buf);
}

/// One focus area: its status and progress, then its activities by workstream.
fn render_area(p: &Presenter, index: usize, area: Rect, buf: &mut Buffer) {
    let t = &p.theme;
    let a = &p.plan.areas[index];
    let name = format!("{} {}", clean(&a.number), clean(&a.title));
    let mut y = area.y;
    let bottom = area.bottom();
    let row = |y: u16| Rect {
        x: area.x,
        y,
        width: area.width,
        height: 1,
    };
    // The area's name with its gauge, then why it has the status it has.
    gauge_row(
        p,
        index,
        &name,
        width(&name).min(usize::from(area.width) / 2),
        row(y),
        buf,
    );
    y += 1;
    if let Some(reason) = &a.reason
        && y < bottom
    {
        // The reason is what the group discusses about a waiting area: let it wrap, up to 3 lines.
        let para = Paragraph::new(clean(reason))
            .style(t.waiting)
            .wrap(Wrap { trim: true });
        let lines = width(&clean(reason)) / usize::from(area.width.max(1)) + 1;
        let h = (lines.min(3) as u16).min(bottom - y);
        para.render(
            Rect {
                height: h,
                ..row(y)
            },
            buf,
        );
        y += h;
    }
    y += 1;
    let acts: Vec<usize> = p.plan.activities_in_area(index).map(|(i, _)| i).collect();
    if acts.is_empty() {
        if y < bottom {
            Line::from(Span::styled(p.tr(Msg::NoActivitiesArea), t.muted)).render(row(y), buf);
        }
        return;
    }
    // Consecutive runs with the same workstream are the groups (direct activities first).
    let mut groups: Vec<(Option<usize>, Vec<usize>)> = Vec::new();
    for i in acts {
        let ws = p.plan.activities[i].workstream;
        match groups.last_mut() {
            Some((g, v)) if *g == ws => v.push(i),
            _ => groups.push((ws, vec![i])),
        }
    }
    let all: Vec<usize> = groups.iter().flat_map(|(_, v)| v.iter().copied()).collect();
    // One set of columns for the whole page, so the groups line up under one set of labels,
    // drawn on the blank line above the first group.
    let list = Rect {
        x: area.x + 2,
        width: area.width.saturating_sub(2),
        ..row(y)
    };
    let cols = Columns::new(p, &all, Kind::Area, usize::from(list_area(list).width));
    if y > area.y && y - 1 < bottom {
        column_labels(p, &cols, Kind::Area, Rect { y: y - 1, ..list }, buf);
    }
    let total_lines: usize = groups.iter().map(|(_, v)| v.len() + 2).sum();
    let room = usize::from(bottom.saturating_sub(y));
    let compact = total_lines > room;
    for (gi, (ws, items)) in groups.iter().enumerate() {
        if y >= bottom {
            break;
        }
        if let Some(ws) = ws {
            let ws = &p.plan.workstreams[*ws];
            let mut title = clean(&ws.title);
            if let Some(aud) = &ws.audience {
                title.push_str(&format!("  ({})", clean(aud)));
            }
            heading(p, &title, row(y), buf);
            y += 1;
        } else if gi == 0 && groups.len() > 1 {
            heading(p, p.tr(Msg::DirectActivities), row(y), buf);
            y += 1;
        }
        let left = usize::from(bottom.saturating_sub(y));
        let last_group = gi + 1 == groups.len();
        // Leave the remaining groups at least their heading and one row.
        let reserve: usize = if last_group {
            0
        } else {
            groups[gi + 1..].len() * 2
        };
        let rows = if last_group {
            left
        } else {
            left.saturating_sub(reserve).max(1).min(left)
        };
        let height = rows.min(items.len()) as u16;
        activity_list(
            p,
            items,
            Kind::Area,
            &cols,
            Rect {
                x: area.x + 2,
                y,
                width: area.width.saturating_sub(2),
                height,
            },
            buf,
        );
        y += height;
        if !compact {
            y += 1;
        }
    }
}

fn render_help(p: &Presenter, area: Rect, buf: &mut Buffer, scroll: u16) {
    let t = &p.theme;
    let inner = super::common::help_box(t, p.tr(Msg::Help), area, buf, 72);
    let mut lines = vec![Line::from(Span::styled(p.tr(Msg::HelpPresent), t.heading))];
    let skip: &[Msg] = if p.from_board {
        &[]
    } else {
        &[Msg::KeyBackToBoard]
    };
    lines.extend(super::popups::binding_lines(
        t,
        p.lang,
        Scope::Present,
        None,
        skip,
    ));
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
            (Mark::Cancelled, Msg::Cancelled),
        ],
    );
    lines.push(Line::from(spans));
    Paragraph::new(lines).scroll((scroll, 0)).render(inner, buf);
}

#[cfg(test)]
mod tests {
    use super::Columns;

    #[test]
    fn columns_drop_the_completion_date_then_status_then_owner_as_the_row_narrows() {
        let cols = |w| Columns::fit(w, 17, Some(12), 10, Some(17));
        let wide = cols(116);
        assert_eq!(
            (wide.owner, wide.status, wide.done),
            (Some(17), Some(12), Some(17))
        );
        // Every column and the title add up to the row.
        assert_eq!(2 + wide.title + 19 + 14 + 19 + 12, 116);
        let mid = cols(100);
        assert_eq!(
            (mid.owner, mid.status, mid.done),
            (Some(17), Some(12), None)
        );
        let narrow = cols(76);
        assert_eq!(
            (narrow.owner, narrow.status, narrow.done),
            (Some(17), None, None)
        );
        let tiny = cols(40);
        assert_eq!(tiny.owner, None);
        assert!(tiny.title >= 20);
    }
}
