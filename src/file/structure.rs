//! Structural edits in the text: an activity's table added, removed or moved as one contiguous
//! block, in the file's own style, and nothing else touched.
//!
//! An activity's *block* is its `[[…activity]]` header line with the comment lines directly
//! above it (no blank line between) and every line up to the last non-blank one before the next
//! table (whose own comments stay with it). Adding inserts a new block after a sibling (or at the
//! end of its group), separated like its neighbours are and written like them: the same header
//! form and indentation, the same keys aligned the same way, the same line endings. Removing
//! takes out the block and one separator; moving is a removal and an insertion of the same
//! lines. Every result is re-read and must give exactly [`Plan::restructure`]'s plan.

use std::ops::Range;

use toml_edit::{Document, Item, Table};

use crate::file::edit::{Applied, EditError, Splice, edit_area_text, edit_workstream_text};
use crate::file::parse_plan;
use crate::i18n::Message;
use crate::plan::structure::{Place, Structure};
use crate::plan::{ActivityPath, Plan, Status};

/// Applies a structural change to `text` (which loads to `plan`).
pub fn apply(text: &str, plan: &Plan, change: &Structure) -> Result<Applied, EditError> {
    let refused = |message: Message| EditError::Refused { message };
    if let Structure::Correct {
        problem,
        from,
        to,
        fixed,
    } = change
    {
        return correct(text, plan, problem, from, to, fixed);
    }
    if change.names_activity() {
        // An unknown id gets the list of ids and a did-you-mean.
        index(plan, &change.id())?;
    }
    let expected = plan.restructure(change).map_err(refused)?;
    let layout = Layout::of(text)?;
    let new_text = match change {
        Structure::Add { place, activity } => {
            let slot = plan.slot(place, None).map_err(refused)?;
            let style = layout.model(text, plan, place, slot.area, slot.workstream);
            let block = style.block(activity, slot.workstream.is_some(), plan);
            layout.insert(text, plan, place, slot.area, slot.workstream, &block)?
        }
        Structure::Remove { id } => {
            let i = index(plan, id)?;
            let block = layout.activity_block(text, plan.activities[i].path)?;
            remove(text, block)
        }
        Structure::Shift { id, down } => {
            let i = index(plan, id)?;
            let j = if *down { i + 1 } else { i - 1 };
            let (first, second) = (i.min(j), i.max(j));
            let a = layout.activity_block(text, plan.activities[first].path)?;
            let b = layout.activity_block(text, plan.activities[second].path)?;
            format!(
                "{}{}{}{}{}",
                &text[..a.start],
                &text[b.clone()],
                &text[a.end..b.start],
                &text[a.clone()],
                &text[b.end..]
            )
        }
        Structure::Area { number, change } => {
            let i = plan.area_index(number).map_err(refused)?;
            let mut change = change.clone();
            if let Some(r) = &change.reason {
                change.reason = Some(
                    r.as_deref()
                        .map(str::trim)
                        .filter(|r| !r.is_empty())
                        .map(str::to_string),
                );
            }
            if let Some(t) = &change.title {
                change.title = Some(t.trim().to_string());
            }
            edit_area_text(text, i, &change, plan.language)?.0
        }
        Structure::AddWorkstream { area, title } => {
            let ai = plan.area_index(area).map_err(refused)?;
            layout.add_workstream(text, plan, ai, title.trim())?
        }
        Structure::AddArea { number, title } => {
            layout.add_area(text, plan, number.trim(), title.trim())?
        }
        Structure::RenameWorkstream {
            area,
            workstream,
            title,
        } => {
            let ai = plan.area_index(area).map_err(refused)?;
            let wi = plan
                .workstream_index(ai, area, workstream)
                .map_err(refused)?;
            let local = local_index(plan, wi);
            edit_workstream_text(text, ai, local, title.trim())?.0
        }
        Structure::RemoveWorkstream { area, workstream } => {
            let ai = plan.area_index(area).map_err(refused)?;
            let wi = plan
                .workstream_index(ai, area, workstream)
                .map_err(refused)?;
            let header = layout.header(layout.workstream(ai, local_index(plan, wi)))?;
            remove(text, layout.block(text, header))
        }
        Structure::RemoveArea { number } => {
            let i = plan.area_index(number).map_err(refused)?;
            let header = layout.header(layout.area(i))?;
            remove(text, layout.block(text, header))
        }
        Structure::Correct { .. } => return Err(EditError::bug(Message::new("life-fix-gone"))),
        Structure::Move { id, place } => {
            let i = index(plan, id)?;
            let block = layout.activity_block(text, plan.activities[i].path)?;
            let mut lines = text[block.clone()].to_string();
            if !lines.ends_with('\n') {
                lines.push_str(if text.contains("\r\n") { "\r\n" } else { "\n" });
            }
            let removed = remove(text, block);
            let between = plan
                .restructure(&Structure::Remove { id: id.clone() })
                .map_err(refused)?;
            let slot = between.slot(place, None).map_err(refused)?;
            let lines = rehead(&lines, slot.workstream.is_some());
            let layout = Layout::of(&removed)?;
            layout.insert(
                &removed,
                &between,
                place,
                slot.area,
                slot.workstream,
                &lines,
            )?
        }
    };
    let mut parsed = parse_plan(&new_text);
    let diagnostics = parsed.diagnostics.clone();
    let spans = parsed.spans.take();
    let same = |p: &Plan| {
        crate::file::load::without_problems(p) == crate::file::load::without_problems(&expected)
    };
    match parsed.reread_after(plan).ok() {
        Some(p) if same(&p) => Ok(Applied {
            splice: Splice::between(text, &new_text),
            text: new_text,
            plan: p,
            diagnostics: Some(diagnostics),
            spans: Some(spans),
        }),
        Some(_) => Err(EditError::Bug {
            message: Message::new("file-bug-change-loads-differently"),
        }),
        None => Err(EditError::Bug {
            message: Message::new("file-bug-change-would-not-load"),
        }),
    }
}

/// The problem whose correction may reveal others of its table (see [`correct`]).
const UNKNOWN_STATUS: &str = "check-unknown-status";
/// The problem whose correction is a new id.
const DUPLICATE_ID: &str = "check-duplicate-id";

/// A TOML string's text without its quotes (as written, escapes and all).
fn unquoted(value: &str) -> &str {
    let v = value.trim();
    ['"', '\'']
        .iter()
        .find_map(|q| v.strip_prefix(*q).and_then(|r| r.strip_suffix(*q)))
        .unwrap_or(v)
}

/// Whether a line of `text` writes `id = <value>` (any quotes, any spacing).
fn id_written(text: &str, value: &str) -> bool {
    let want = unquoted(value);
    text.lines().any(|line| {
        line.trim_start()
            .strip_prefix("id")
            .map(str::trim_start)
            .and_then(|r| r.strip_prefix('='))
            .and_then(|r| r.split('#').next())
            .is_some_and(|v| unquoted(v) == want)
    })
}

/// A correction of an error found on reading `text` (which loads to `plan`): the error whose
/// message is `problem` and whose place holds `from` (the first such) gets `to` there. The
/// result must read with that error gone (one fewer of its kind) and no error added; the plan
/// is what it then reads to.
fn correct(
    text: &str,
    plan: &Plan,
    problem: &Message,
    from: &str,
    to: &str,
    fixed: &str,
) -> Result<Applied, EditError> {
    let mut before = parse_plan(text);
    let same = |d: &&crate::diagnostics::Diagnostic| d.is_error() && d.message == *problem;
    let count = before.diagnostics.iter().filter(same).count();
    let at = before
        .diagnostics
        .iter()
        .filter(same)
        .filter_map(|d| d.span.clone())
        .find(|s| text.get(s.clone()) == Some(from));
    let Some(at) = at else {
        // The problem is gone. Already corrected (by someone else) when the file has the line
        // the correction gives: done, with nothing to change.
        if correction_made(text, fixed) {
            return Ok(Applied {
                splice: Splice::between(text, text),
                text: text.to_string(),
                plan: plan.clone(),
                diagnostics: Some(before.diagnostics.clone()),
                spans: Some(before.spans.take()),
            });
        }
        return Err(EditError::Refused {
            message: Message::new("life-fix-gone"),
        });
    };
    // A free id is free among the activities that could be read; one that could not (its
    // status word unknown) may have it written already.
    if problem.id == DUPLICATE_ID && id_written(text, to) {
        return Err(EditError::Refused {
            message: crate::msg!("life-fix-id-taken", id = unquoted(to)),
        });
    }
    let new_text = format!(
        "{}{to}{}",
        &text[..at.start],
        realigned(&text[at.end..], from, to)
    );
    let mut parsed = parse_plan(&new_text);
    let diagnostics = parsed.diagnostics.clone();
    let spans = parsed.spans.take();
    let partial = parsed.partial.clone();
    let left = diagnostics.iter().filter(same).count();
    let applied = |plan: Plan| Applied {
        splice: Splice::between(text, &new_text),
        text: new_text.clone(),
        plan,
        diagnostics: Some(diagnostics.clone()),
        spans: Some(spans.clone()),
    };
    let table = table_around(&new_text, at.start);
    match parsed.reread_after(plan) {
        Ok(p) if left < count => Ok(applied(p)),
        Ok(_) => Err(EditError::Refused {
            message: Message::new("life-fix-did-not-fix"),
        }),
        // An activity that could not be read (its status word unknown) could not be checked
        // either: once it reads, a problem of its own may show (its id taken twice). The fix
        // did not make that one, it revealed it, in the table it corrected: it is kept, and
        // listed like the plan's other problems, rather than refusing the fix. Only for that
        // fix: a renamed key or a new id that adds an error made it, and is refused.
        Err(added)
            if left < count
                && problem.id == UNKNOWN_STATUS
                && added.iter().all(|d| {
                    d.span
                        .as_ref()
                        .is_some_and(|s| table.start <= s.start && s.end <= table.end)
                }) =>
        {
            let Some(mut p) = partial else {
                return Err(EditError::Invalid {
                    diagnostics: added,
                    text: new_text,
                });
            };
            p.problems = plan.problems.clone();
            p.problems.extend(added.into_iter().map(|d| d.message));
            Ok(applied(p))
        }
        Err(diagnostics) => Err(EditError::Invalid {
            diagnostics,
            text: new_text,
        }),
    }
}

/// The table `pos` is in: from its header line (the last line before `pos` that starts with
/// `[`) to the next header line or the end of the text.
fn table_around(text: &str, pos: usize) -> Range<usize> {
    let is_header = |line: &str| line.trim_start().starts_with('[');
    let mut start = 0;
    let mut end = text.len();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if is_header(line) {
            if offset <= pos {
                start = offset;
            } else {
                end = offset;
                break;
            }
        }
        offset += line.len();
    }
    start..end
}

/// Whether `text` has the lines a correction gives (`fixed`, compared line by line without
/// whitespace, so a hand-made correction aligned differently counts). Never for an empty
/// `fixed`.
fn correction_made(text: &str, fixed: &str) -> bool {
    let bare = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let want: Vec<String> = fixed.lines().map(bare).collect();
    let have: Vec<String> = text.lines().map(bare).collect();
    !want.iter().all(String::is_empty) && have.windows(want.len()).any(|w| w == want.as_slice())
}

/// The lines `fixed` a correction of `span` in `text` to `to` gives (see
/// [`Structure::Correct`]): the line holding the span with `to` in its place, between the
/// lines above and below it as they are, so that it is found again at its place only.
pub fn corrected_lines(text: &str, span: Range<usize>, to: &str) -> String {
    if text.get(span.clone()).is_none() {
        return String::new();
    }
    let first = line_start(text, span.start);
    let above = if first == 0 {
        0
    } else {
        line_start(text, first - 1)
    };
    let last = line_end(text, span.end);
    let below = if last < text.len() {
        line_end(text, last)
    } else {
        last
    };
    format!("{}{to}{}", &text[above..span.start], &text[span.end..below])
}

/// The rest of a line after a key renamed from `from` to `to`: when the key is followed by
/// spaces and `=`, the spaces shrink or grow by the difference in length so the `=` stays in
/// its column (aligned tables stay aligned), keeping at least one space; otherwise unchanged.
fn realigned<'a>(rest: &'a str, from: &str, to: &str) -> std::borrow::Cow<'a, str> {
    let pad = rest.len() - rest.trim_start_matches(' ').len();
    if pad == 0 || !rest[pad..].starts_with('=') {
        return rest.into();
    }
    let grow = from.chars().count() as isize - to.chars().count() as isize;
    let want = (pad as isize + grow).max(1) as usize;
    format!("{}{}", " ".repeat(want), &rest[pad..]).into()
}

/// The byte range of every activity's block in `text` (which loads to `plan`), by activity
/// index: its header with the comment lines directly above it, up to its last non-blank line
/// (with that line's newline, unless it ends the file). For tools that work on whole blocks,
/// such as the merge driver.
pub fn activity_blocks(text: &str, plan: &Plan) -> Result<Vec<Range<usize>>, EditError> {
    let layout = Layout::of(text)?;
    plan.activities
        .iter()
        .map(|a| layout.activity_block(text, a.path))
        .collect()
}

/// Workstream `wi`'s index among its area's workstreams.
fn local_index(plan: &Plan, wi: usize) -> usize {
    let area = plan.workstreams[wi].area;
    plan.workstreams[..wi]
        .iter()
        .filter(|w| w.area == area)
        .count()
}

fn index(plan: &Plan, id: &str) -> Result<usize, EditError> {
    crate::file::edit::find(plan, id)
}

/// Where the tables are: the start of every table header in the file.
struct Layout {
    doc: Document<String>,
    headers: Vec<usize>,
}

impl Layout {
    fn of(text: &str) -> Result<Layout, EditError> {
        let doc = Document::parse(text.to_string()).map_err(|_| EditError::Bug {
            message: Message::new("file-bug-toml-edit-read"),
        })?;
        let mut headers = Vec::new();
        collect_headers(doc.as_table(), &mut headers);
        headers.sort_unstable();
        Ok(Layout { doc, headers })
    }

    fn area(&self, area: usize) -> Option<&Table> {
        self.doc.get("area")?.as_array_of_tables()?.get(area)
    }

    fn workstream(&self, area: usize, local: usize) -> Option<&Table> {
        self.area(area)?
            .get("workstream")?
            .as_array_of_tables()?
            .get(local)
    }

    fn header(&self, table: Option<&Table>) -> Result<Range<usize>, EditError> {
        table
            .and_then(Table::span)
            .ok_or_else(|| EditError::Refused {
                message: Message::new("file-inline-tables"),
            })
    }

    fn activity_header(&self, path: ActivityPath) -> Result<Range<usize>, EditError> {
        let parent = match path.workstream {
            Some(w) => self.workstream(path.area, w),
            None => self.area(path.area),
        };
        let table = parent
            .and_then(|t| t.get("activity"))
            .and_then(Item::as_array_of_tables)
            .and_then(|a| a.get(path.index));
        self.header(table)
    }

    fn activity_block(&self, text: &str, path: ActivityPath) -> Result<Range<usize>, EditError> {
        Ok(self.block(text, self.activity_header(path)?))
    }

    /// The block of the table whose header is at `header`.
    fn block(&self, text: &str, header: Range<usize>) -> Range<usize> {
        let first = line_start(text, header.start);
        let mut start = first;
        while start > 0 {
            let above = line_start(text, start - 1);
            if text[above..start].trim_start().starts_with('#') {
                start = above;
            } else {
                break;
            }
        }
        let next = self
            .headers
            .iter()
            .copied()
            .find(|&h| h > header.start)
            .map_or(text.len(), |h| line_start(text, h));
        // The next table's own comments stay with it.
        let header_end = line_end(text, header.start);
        let mut cut = next;
        while cut > header_end {
            let above = line_start(text, cut - 1);
            if above >= header_end && text[above..cut].trim_start().starts_with('#') {
                cut = above;
            } else {
                break;
            }
        }
        // The block ends with its last value line and the comment lines right under it; comment
        // groups after a blank line (a section heading for what follows) are not its own.
        let mut last_value = header_end;
        let mut at = cut;
        while at > header_end {
            let above = line_start(text, at - 1);
            let line = text[above..at].trim();
            if !line.is_empty() && !line.starts_with('#') {
                last_value = at;
                break;
            }
            at = above;
        }
        let mut end = last_value;
        while end < cut {
            let next_end = line_end(text, end);
            if text[end..next_end].trim_start().starts_with('#') {
                end = next_end;
            } else {
                break;
            }
        }
        start..end
    }

    /// The end of the last block of area `area` (its table, workstreams and activities).
    fn area_end(&self, text: &str, area: usize) -> Result<usize, EditError> {
        let table = self.area(area);
        let header = self.header(table)?;
        let mut starts = Vec::new();
        if let Some(t) = table {
            collect_headers(t, &mut starts);
        }
        let last = starts.into_iter().max().unwrap_or(header.start);
        let last = self
            .headers
            .iter()
            .copied()
            .find(|&h| h == last)
            .unwrap_or(header.start);
        Ok(self.block(text, last..last).end)
    }

    /// A new `[[area.workstream]]` after area `area`'s last block, written like the area's
    /// last workstream (else any workstream, else the area itself) and separated like it.
    fn add_workstream(
        &self,
        text: &str,
        plan: &Plan,
        area: usize,
        title: &str,
    ) -> Result<String, EditError> {
        let own = plan.workstreams.iter().filter(|w| w.area == area).count();
        let model = if own > 0 {
            Some((area, own - 1))
        } else {
            (0..plan.areas.len()).find_map(|a| {
                let n = plan.workstreams.iter().filter(|w| w.area == a).count();
                (n > 0).then(|| (a, n - 1))
            })
        };
        let model = match model {
            Some((a, w)) => self.header(self.workstream(a, w))?,
            None => self.header(self.area(area))?,
        };
        let model = self.block(text, model);
        let blank = blanks_before(text, model.start).max(1);
        let style = Style::of(text, Some(model));
        let block = style.table("[[area.workstream]]", &[("title", title)]);
        let at = self.area_end(text, area)?;
        Ok(put_after(text, at, blank, &block))
    }

    /// A new `[[area]]`, where [`Plan::area_position`] puts it: after the last block of the
    /// area before it (so a section heading of the next stays with that one), or before the
    /// first area's block; written and separated like that neighbour.
    fn add_area(
        &self,
        text: &str,
        plan: &Plan,
        number: &str,
        title: &str,
    ) -> Result<String, EditError> {
        let at = plan.area_position(number);
        let keys = [("number", number), ("title", title)];
        if plan.areas.is_empty() {
            let block = Style::of(text, None).table("[[area]]", &keys);
            return Ok(put_after(text, text.len(), 1, &block));
        }
        let model = at.saturating_sub(1);
        let model_block = self.block(text, self.header(self.area(model))?);
        let blank = blanks_before(text, model_block.start);
        let style = Style::of(text, Some(model_block.clone()));
        let block = style.table("[[area]]", &keys);
        if at == 0 {
            let start = model_block.start;
            Ok(format!(
                "{}{block}{}{}",
                &text[..start],
                style.nl.repeat(blank.max(1)),
                &text[start..]
            ))
        } else {
            let end = self.area_end(text, model)?;
            Ok(put_after(text, end, blank.max(1), &block))
        }
    }

    /// An activity of the group (the one `place` names, or the group's last), else any.
    fn model(
        &self,
        text: &str,
        plan: &Plan,
        place: &Place,
        area: usize,
        workstream: Option<usize>,
    ) -> Style {
        let in_group = |i: &usize| {
            let a = &plan.activities[*i];
            a.area == area && a.workstream == workstream
        };
        let named = match place {
            Place::After(id) => plan.find_activity(id),
            Place::End { .. } => None,
        };
        let pick = named
            .or_else(|| (0..plan.activities.len()).rev().find(in_group))
            .or(if plan.activities.is_empty() {
                None
            } else {
                Some(0)
            });
        let block = pick.and_then(|i| self.activity_block(text, plan.activities[i].path).ok());
        Style::of(text, block)
    }

    /// Inserts `block` (whole lines) at `place`, separated like the neighbours.
    fn insert(
        &self,
        text: &str,
        plan: &Plan,
        place: &Place,
        area: usize,
        workstream: Option<usize>,
        block: &str,
    ) -> Result<String, EditError> {
        let after = match place {
            Place::After(id) => Some(index(plan, id)?),
            Place::End { .. } => (0..plan.activities.len()).rev().find(|&i| {
                let a = &plan.activities[i];
                a.area == area && a.workstream == workstream
            }),
        };
        let anchor = match after {
            Some(i) => self.activity_block(text, plan.activities[i].path)?,
            None => {
                let header = match workstream {
                    Some(w) => {
                        let local = plan.workstreams[..w]
                            .iter()
                            .filter(|x| x.area == area)
                            .count();
                        self.header(self.workstream(area, local))?
                    }
                    None => self.header(self.area(area))?,
                };
                self.block(text, header)
            }
        };
        let at = anchor.end;
        let nl = if text.contains("\r\n") { "\r\n" } else { "\n" };
        // Separated like siblings are: as the anchor activity is from what precedes it (the gap
        // after it may be a section break); after an empty group's own table, by the smaller of
        // its gaps.
        let rest = &text[at..];
        let before = text[..anchor.start]
            .lines()
            .rev()
            .take_while(|l| l.trim().is_empty())
            .count();
        let blank = match after {
            Some(_) if anchor.start == 0 => 1,
            Some(_) => before,
            None => {
                let gap = if rest.trim().is_empty() {
                    before
                } else {
                    blank_lines(rest)
                };
                gap.min(before).max(usize::from(gap > 0 || before > 0))
            }
        };
        let separator = nl.repeat(blank);
        // A file without a final newline keeps having none.
        let (lead, block) = if at > 0 && !text[..at].ends_with('\n') {
            (nl, block.strip_suffix(nl).unwrap_or(block))
        } else {
            ("", block)
        };
        let mut out = String::with_capacity(text.len() + block.len() + 4);
        out.push_str(&text[..at]);
        out.push_str(lead);
        out.push_str(&separator);
        out.push_str(block);
        out.push_str(&text[at..]);
        Ok(out)
    }
}

fn collect_headers(table: &Table, out: &mut Vec<usize>) {
    if let Some(s) = table.span() {
        out.push(s.start);
    }
    for (_, item) in table.iter() {
        match item {
            Item::Table(t) => collect_headers(t, out),
            Item::ArrayOfTables(a) => {
                for t in a.iter() {
                    collect_headers(t, out);
                }
            }
            _ => {}
        }
    }
}

fn line_start(text: &str, pos: usize) -> usize {
    text[..pos].rfind('\n').map_or(0, |i| i + 1)
}

/// The position after the line containing `pos` (after its newline).
fn line_end(text: &str, pos: usize) -> usize {
    text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1)
}

/// How many blank lines are right above the line starting at `pos`.
fn blanks_before(text: &str, pos: usize) -> usize {
    text[..pos]
        .lines()
        .rev()
        .take_while(|l| l.trim().is_empty())
        .count()
}

/// `text` with `blank` blank lines and `block` (whole lines) put in at `at` (a line start, or
/// the end of a file without a final newline, which keeps having none).
fn put_after(text: &str, at: usize, blank: usize, block: &str) -> String {
    let nl = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let (lead, block) = if at > 0 && !text[..at].ends_with('\n') {
        (nl, block.strip_suffix(nl).unwrap_or(block))
    } else {
        ("", block)
    };
    let separator = if at == 0 {
        String::new()
    } else {
        nl.repeat(blank)
    };
    format!("{}{lead}{separator}{block}{}", &text[..at], &text[at..])
}

/// How many blank lines `text` starts with.
fn blank_lines(text: &str) -> usize {
    let mut n = 0;
    let mut rest = text;
    while let Some(i) = rest.find('\n') {
        if rest[..i].trim().is_empty() {
            n += 1;
            rest = &rest[i + 1..];
        } else {
            break;
        }
    }
    n
}

/// Removes a block and the blank lines after it (or, at the end, before it).
fn remove(text: &str, block: Range<usize>) -> String {
    let after = &text[block.end..];
    let blank = blank_lines(after);
    let mut end = block.end;
    for _ in 0..blank {
        end = line_end(text, end);
    }
    let start = if end == text.len() || text[end..].trim().is_empty() {
        // The last table: take the separator before it instead, keep the file's ending.
        end = block.end;
        let mut s = block.start;
        while s > 0 {
            let above = line_start(text, s - 1);
            if text[above..s].trim().is_empty() {
                s = above;
            } else {
                break;
            }
        }
        s
    } else {
        block.start
    };
    format!("{}{}", &text[..start], &text[end..])
}

/// The same lines with the header for an area's own activity or a workstream's.
fn rehead(lines: &str, in_workstream: bool) -> String {
    let (from, to) = if in_workstream {
        ("[[area.activity]]", "[[area.workstream.activity]]")
    } else {
        ("[[area.workstream.activity]]", "[[area.activity]]")
    };
    let mut out = String::with_capacity(lines.len() + 12);
    let mut done = false;
    for line in lines.split_inclusive('\n') {
        if !done && line.trim_start().starts_with("[[") {
            out.push_str(&line.replacen(from, to, 1));
            done = true;
        } else {
            out.push_str(line);
        }
    }
    out
}

/// How a model activity's table is written.
struct Style {
    header_indent: String,
    indent: String,
    /// The column of `=` when the model's keys are aligned.
    align: Option<usize>,
    /// What follows a key when not aligned (" ").
    gap: String,
    /// What follows `=` (" ").
    after_eq: String,
    status: bool,
    nl: &'static str,
}

impl Style {
    fn of(text: &str, block: Option<Range<usize>>) -> Style {
        let nl = if text.contains("\r\n") { "\r\n" } else { "\n" };
        let mut style = Style {
            header_indent: String::new(),
            indent: String::new(),
            align: None,
            gap: " ".into(),
            after_eq: " ".into(),
            status: false,
            nl,
        };
        let Some(block) = block else {
            return style;
        };
        let mut columns = Vec::new();
        for line in text[block].lines() {
            let trimmed = line.trim_start();
            let indent = &line[..line.len() - trimmed.len()];
            if trimmed.starts_with("[[") {
                style.header_indent = indent.to_string();
                continue;
            }
            if trimmed.starts_with('#') || trimmed.is_empty() {
                continue;
            }
            let Some(eq) = trimmed.find('=') else {
                continue;
            };
            let key = trimmed[..eq].trim_end();
            if key.is_empty()
                || !key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            {
                continue;
            }
            if key == "status" {
                style.status = true;
            }
            if columns.is_empty() {
                style.indent = indent.to_string();
                style.gap = trimmed[key.len()..eq].to_string();
                let value = &trimmed[eq + 1..];
                style.after_eq = value[..value.len() - value.trim_start().len()].to_string();
            }
            columns.push((key.len(), indent.len() + eq));
        }
        if columns.len() > 1
            && columns.windows(2).all(|w| w[0].1 == w[1].1)
            && columns.iter().any(|(k, c)| *c > k + style.indent.len() + 1)
        {
            style.align = Some(columns[0].1 - style.indent.len());
        }
        style
    }

    fn block(
        &self,
        new: &crate::plan::structure::NewActivity,
        in_workstream: bool,
        plan: &Plan,
    ) -> String {
        let header = if in_workstream {
            "[[area.workstream.activity]]"
        } else {
            "[[area.activity]]"
        };
        let mut keys = vec![
            ("id", new.id.trim()),
            ("title", new.title.trim()),
            ("owner", new.owner.trim()),
            ("due", new.due.trim()),
        ];
        if self.status {
            keys.push(("status", Status::Todo.word(plan.language)));
        }
        self.table(header, &keys)
    }

    /// A table with this header and these string keys, in this style.
    fn table(&self, header: &str, keys: &[(&str, &str)]) -> String {
        let mut out = format!("{}{header}{}", self.header_indent, self.nl);
        for (key, value) in keys {
            let gap = match self.align {
                Some(col) => " ".repeat(col.saturating_sub(key.len()).max(1)),
                None => self.gap.clone(),
            };
            out.push_str(&format!(
                "{}{key}{gap}={}{}{}",
                self.indent,
                self.after_eq,
                toml_edit::Value::from(*value),
                self.nl
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::{corrected_lines, correction_made, realigned, table_around};

    #[test]
    fn the_table_around_a_place_runs_from_its_header_to_the_next() {
        let text =
            "[plan]\ntitle = \"T\"\n\n[[area]]\nnumber = \"1\"\n  [[area.activity]]\nid = \"a\"\n";
        let at = |s: &str| text.find(s).unwrap();
        let area = table_around(text, at("number"));
        assert_eq!(&text[area], "[[area]]\nnumber = \"1\"\n");
        let activity = table_around(text, at("id ="));
        assert_eq!(&text[activity], "  [[area.activity]]\nid = \"a\"\n");
        assert_eq!(table_around(text, 0), 0..at("[[area]]"));
    }

    #[test]
    fn a_renamed_key_keeps_its_equals_sign_in_its_column() {
        // Aligned: the padding takes up the difference.
        assert_eq!(realigned("   = \"Kari\"", "ownr", "owner"), "  = \"Kari\"");
        assert_eq!(realigned(" = \"Kari\"", "ownerr", "owner"), "  = \"Kari\"");
        // Unaligned: one space stays one space.
        assert_eq!(realigned(" = \"Kari\"", "ownr", "owner"), " = \"Kari\"");
        // No padding, or not a key: as it was.
        assert_eq!(realigned("= \"Kari\"", "ownr", "owner"), "= \"Kari\"");
        assert_eq!(realigned("\n", "\"x\"", "\"yy\""), "\n");
        assert_eq!(realigned(" # note\n", "\"x\"", "\"yy\""), " # note\n");
    }

    #[test]
    fn a_correction_is_found_made_at_its_place_only() {
        let text = "[[a]]\ntitle = \"A\"\nownr  = \"K\"\ndue = \"x\"\n";
        let at = text.find("ownr").unwrap();
        let fixed = corrected_lines(text, at..at + 4, "owner");
        assert_eq!(fixed, "title = \"A\"\nowner  = \"K\"\ndue = \"x\"\n");
        assert!(!correction_made(text, &fixed));
        assert!(correction_made(&text.replace("ownr  =", "owner ="), &fixed));
        // The same line elsewhere is not the place.
        let elsewhere = "[[a]]\ntitle = \"B\"\nowner = \"K\"\ndue = \"x\"\n";
        assert!(!correction_made(elsewhere, &fixed));
        assert!(!correction_made(text, ""));
    }
}
