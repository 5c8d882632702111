//! `fremdrift add`, `rm`, `mv` and `new`: the structural edits from a script, saved like every
//! edit (locked, merged with changes made elsewhere, swapped in atomically), and a new plan.
//! Exit codes as `set`: 0 done, 1 refused (unknown id or place, a taken id, a conflict), 2 usage
//! or I/O.

use std::path::Path;

use super::{AddArgs, EXIT_OK, EXIT_PLAN_ERRORS, EXIT_USAGE, LangArg, MvArgs, NewArgs, RmArgs};
use crate::file::edit::EditError;
use crate::file::save::{Outcome, PlanFile};
use crate::i18n::text;
use crate::msg;
use crate::output::text::{line_safe, shown};
use crate::plan::Language;
use crate::plan::structure::{NewActivity, Place, Structure};

pub fn add(args: &AddArgs) -> i32 {
    let mut file = match super::open_for_edit(&args.plan, args.lang) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let lang = args.lang.for_plan(Some(file.plan()));
    if let Some(title) = &args.workstream {
        let area = args.into.clone().unwrap_or_default();
        let change = Structure::AddWorkstream {
            area: area.trim().to_string(),
            title: title.clone(),
        };
        return finish(&mut file, &change, &args.plan, lang, || {
            msg!(
                "cli-workstream-added",
                title = title.trim(),
                area = area.trim()
            )
            .render(lang)
        });
    }
    if let Some(number) = &args.area {
        let title = args.title.clone().unwrap_or_default();
        let change = Structure::AddArea {
            number: number.trim().to_string(),
            title: title.clone(),
        };
        return finish(&mut file, &change, &args.plan, lang, || {
            msg!(
                "cli-area-added",
                number = number.trim(),
                title = title.trim()
            )
            .render(lang)
        });
    }
    let (Some(title), Some(owner), Some(due)) = (&args.title, &args.owner, &args.due) else {
        super::say(text(lang, "cli-add-what"));
        return EXIT_USAGE;
    };
    let place = match (&args.after, &args.into) {
        (Some(id), _) => Place::After(id.clone()),
        (None, Some(into)) => parse_place(into),
        (None, None) => {
            super::say(text(lang, "cli-add-where"));
            return EXIT_USAGE;
        }
    };
    let id = match &args.id {
        Some(id) => id.clone(),
        None => match file.plan().slot(&place, None) {
            Ok(slot) => file.plan().free_id(slot),
            Err(e) => return refused(&e.render(file.plan().language)),
        },
    };
    let change = Structure::Add {
        place,
        activity: NewActivity {
            id: id.clone(),
            title: title.clone(),
            owner: owner.clone(),
            due: due.clone(),
        },
    };
    finish(&mut file, &change, &args.plan, lang, || id.clone())
}

pub fn rm(args: &RmArgs) -> i32 {
    let mut file = match super::open_for_edit(&args.plan, args.lang) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let lang = args.lang.for_plan(Some(file.plan()));
    if let Some(path) = &args.workstream {
        let Some((area, title)) = workstream_path(path) else {
            super::say(text(lang, "cli-workstream-path"));
            return EXIT_USAGE;
        };
        let change = Structure::RemoveWorkstream {
            area: area.clone(),
            workstream: title.clone(),
        };
        return finish(&mut file, &change, &args.plan, lang, || {
            msg!("cli-workstream-removed", title = title, area = area).render(lang)
        });
    }
    if let Some(number) = &args.area {
        let change = Structure::RemoveArea {
            number: number.trim().to_string(),
        };
        return finish(&mut file, &change, &args.plan, lang, || {
            msg!("cli-area-removed", number = number.trim()).render(lang)
        });
    }
    let Some(id) = &args.id else {
        super::say(text(lang, "cli-rm-what"));
        return EXIT_USAGE;
    };
    let change = Structure::Remove { id: id.clone() };
    finish(&mut file, &change, &args.plan, lang, || {
        msg!("cli-removed", id = id.as_str()).render(lang)
    })
}

/// `set PLAN --workstream AREA/TITLE --title NEW`: renames a workstream.
pub fn rename_workstream(plan: &Path, path: &str, title: &str, lang_arg: &LangArg) -> i32 {
    let mut file = match super::open_for_edit(plan, *lang_arg) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let lang = lang_arg.for_plan(Some(file.plan()));
    let Some((area, old)) = workstream_path(path) else {
        super::say(text(lang, "cli-workstream-path"));
        return EXIT_USAGE;
    };
    // The title as the plan writes it, for the message.
    let written = file
        .plan()
        .area_index(&area)
        .and_then(|ai| file.plan().workstream_index(ai, &area, &old))
        .map_or(old.clone(), |wi| file.plan().workstreams[wi].title.clone());
    let change = Structure::RenameWorkstream {
        area: area.clone(),
        workstream: old,
        title: title.to_string(),
    };
    finish(&mut file, &change, plan, lang, || {
        msg!(
            "cli-workstream-renamed",
            area = area.as_str(),
            old = written.as_str(),
            new = title.trim()
        )
        .render(lang)
    })
}

/// "2/Effektiv søknadsprosess" as (area, workstream title); `None` without both.
fn workstream_path(path: &str) -> Option<(String, String)> {
    let (area, title) = path.split_once('/')?;
    let (area, title) = (area.trim(), title.trim());
    (!area.is_empty() && !title.is_empty()).then(|| (area.to_string(), title.to_string()))
}

pub fn mv(args: &MvArgs) -> i32 {
    let mut file = match super::open_for_edit(&args.plan, args.lang) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let lang = args.lang.for_plan(Some(file.plan()));
    let change = match (&args.after, &args.into, args.up, args.down) {
        (_, _, true, _) | (_, _, _, true) => Structure::Shift {
            id: args.id.clone(),
            down: args.down,
        },
        (Some(after), _, _, _) => Structure::Move {
            id: args.id.clone(),
            place: Place::After(after.clone()),
        },
        (None, Some(into), _, _) => Structure::Move {
            id: args.id.clone(),
            place: parse_place(into),
        },
        (None, None, false, false) => {
            super::say(text(lang, "cli-mv-where"));
            return EXIT_USAGE;
        }
    };
    finish(&mut file, &change, &args.plan, lang, || {
        msg!("cli-moved", id = args.id.as_str()).render(lang)
    })
}

/// `--in 2` is area 2's own activities; `--in "2/Effektiv søknadsprosess"` a workstream.
fn parse_place(into: &str) -> Place {
    match into.split_once('/') {
        Some((area, ws)) => Place::End {
            area: area.trim().to_string(),
            workstream: Some(ws.trim().to_string()),
        },
        None => Place::End {
            area: into.trim().to_string(),
            workstream: None,
        },
    }
}

fn refused(message: &str) -> i32 {
    super::say(message);
    EXIT_PLAN_ERRORS
}

fn finish(
    file: &mut PlanFile,
    change: &Structure,
    plan: &Path,
    lang: Language,
    done: impl FnOnce() -> String,
) -> i32 {
    match file.restructure(change) {
        Ok(outcome) => {
            let mut out = format!("{}\n", line_safe(&done()));
            if outcome == Outcome::Merged {
                out.push_str(&msg!("cli-saved-merged", path = shown(plan)).render(lang));
                out.push('\n');
            }
            super::emit(&out, lang)
        }
        Err(e) => {
            super::say(msg!("cli-not-saved", error = e.describe(lang)).render(lang));
            match e {
                EditError::Io { .. } => EXIT_USAGE,
                _ => EXIT_PLAN_ERRORS,
            }
        }
    }
}

/// `fremdrift new FILE`: a commented skeleton that passes `check`.
pub fn new(args: &NewArgs) -> i32 {
    // `--lang` is the new plan's language (default bokmål), and the language `new` speaks in
    // (default the locale's).
    let plan_lang = args.lang.unwrap_or(Language::Nb);
    let lang = crate::i18n::choose(args.lang, None);
    if args.plan.exists() && !args.force {
        super::say(msg!("cli-new-exists", path = shown(&args.plan)).render(lang));
        return EXIT_USAGE;
    }
    let text = skeleton(
        &args.title,
        args.org.as_deref(),
        args.start,
        args.end,
        plan_lang,
    );
    if let Err(e) = crate::file::output::write_output(&args.plan, text.as_bytes(), &[]) {
        super::say(e.render(lang));
        return EXIT_USAGE;
    }
    println!(
        "{}",
        line_safe(&msg!("cli-new-wrote", path = args.plan.display().to_string()).render(lang))
    );
    EXIT_OK
}

/// The text of a new plan: one area, one workstream, one activity and a meeting series, each
/// with a comment saying what it is for, in the plan's language.
pub fn skeleton(
    title: &str,
    org: Option<&str>,
    start: Option<chrono::NaiveDate>,
    end: Option<chrono::NaiveDate>,
    lang: Language,
) -> String {
    let q = |s: &str| toml_edit::Value::from(s).to_string();
    let (start, end) = match (start, end) {
        (Some(s), Some(e)) => (s, e),
        (Some(s), None) => (s, s + chrono::Months::new(6)),
        (None, Some(e)) => (e - chrono::Months::new(6), e),
        (None, None) => {
            let s = chrono::Local::now().date_naive();
            (s, s + chrono::Months::new(6))
        }
    };
    let first_meeting = start + chrono::Days::new(14);
    let due = (start + chrono::Days::new(30)).format("%Y-%m-%d");
    let words = match lang {
        Language::En => Words {
            code: "en",
            intro: "A progress plan, kept by fremdrift. Edit it by hand or on the board\n# (`fremdrift PLAN`); `fremdrift check PLAN` says what is wrong.",
            meeting_note: "The steering group's meetings; a deadline can be \"1st meeting 2026\".",
            series: "Steering group",
            area_note: "A focus area: number, title, and optionally status and a description.",
            area: "First focus area",
            ws_note: "Workstreams group an area's activities; they are optional.",
            ws: "First workstream",
            act_note: "Deadlines as plans write them: \"30 November\", \"week 50\", \"Jan-Feb 2027\".",
            act: "First activity",
            owner: "Project leader",
            status: "todo",
        },
        Language::Nn => Words {
            code: "nn",
            intro: "Ein framdriftsplan, ført med fremdrift. Rediger for hand eller på tavla\n# (`fremdrift PLAN`); `fremdrift check PLAN` seier kva som er feil.",
            meeting_note: "Møta i styringsgruppa; ein frist kan vere \"1. møte 2026\".",
            series: "Styringsgruppa",
            area_note: "Eit innsatsområde: nummer, tittel, og om du vil status og skildring.",
            area: "Første innsatsområde",
            ws_note: "Delprosjekt grupperer aktivitetane i eit område; dei er valfrie.",
            ws: "Første delprosjekt",
            act_note: "Fristar skriv du som i planar: \"30. november\", \"veke 50\", \"jan-feb 2027\".",
            act: "Første aktivitet",
            owner: "Prosjektleiar",
            status: "ikkje starta",
        },
        Language::Nb => Words {
            code: "nb",
            intro: "En fremdriftsplan, ført med fremdrift. Rediger for hånd eller på tavla\n# (`fremdrift PLAN`); `fremdrift check PLAN` sier hva som er feil.",
            meeting_note: "Styringsgruppas møter; en frist kan være \"1. møte 2026\".",
            series: "Styringsgruppa",
            area_note: "Et innsatsområde: nummer, tittel, og om ønskelig status og beskrivelse.",
            area: "Første innsatsområde",
            ws_note: "Delprosjekter grupperer et områdes aktiviteter; de er valgfrie.",
            ws: "Første delprosjekt",
            act_note: "Frister skrives som i planer: \"30. november\", \"uke 50\", \"jan-feb 2027\".",
            act: "Første aktivitet",
            owner: "Prosjektleder",
            status: "ikke startet",
        },
    };
    let org = org.map_or(String::new(), |o| format!("organization = {}\n", q(o)));
    format!(
        "# {intro}\n\n[plan]\ntitle = {title}\n{org}language = \"{code}\"\nstart = {start}\nend = {end}\n\n# {meeting_note}\n[[meeting]]\nname = {series}\ndates = [{first_meeting}]\n\n# {area_note}\n[[area]]\nnumber = \"1\"\ntitle = {area}\n\n# {ws_note}\n[[area.workstream]]\ntitle = {ws}\n\n# {act_note}\n[[area.workstream.activity]]\nid = \"a1\"\ntitle = {act}\nowner = {owner}\ndue = {due}\nstatus = {status}\n",
        intro = words.intro,
        title = q(title),
        code = words.code,
        start = start.format("%Y-%m-%d"),
        end = end.format("%Y-%m-%d"),
        meeting_note = words.meeting_note,
        series = q(words.series),
        first_meeting = first_meeting.format("%Y-%m-%d"),
        area_note = words.area_note,
        area = q(words.area),
        ws_note = words.ws_note,
        ws = q(words.ws),
        act_note = words.act_note,
        act = q(words.act),
        owner = q(words.owner),
        status = q(words.status),
    )
}

struct Words {
    code: &'static str,
    intro: &'static str,
    meeting_note: &'static str,
    series: &'static str,
    area_note: &'static str,
    area: &'static str,
    ws_note: &'static str,
    ws: &'static str,
    act_note: &'static str,
    act: &'static str,
    owner: &'static str,
    status: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_plan_loads_without_problems_in_each_language() {
        let start = chrono::NaiveDate::from_ymd_opt(2026, 1, 5);
        for lang in [Language::Nb, Language::Nn, Language::En] {
            let text = skeleton("Ny plan \"med\" sitat", Some("Kommune"), start, None, lang);
            let parsed = crate::file::parse_plan(&text);
            assert!(parsed.plan.is_some(), "{text}\n{:?}", parsed.diagnostics);
            assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
            assert_eq!(parsed.plan.map(|p| p.language), Some(lang));
        }
    }
}
