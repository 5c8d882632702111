//! The status report: snapshots of the real plan at two meetings of the project, what the
//! summary sections select (overdue, due before the next meeting, done since the last one), and
//! that hostile plan text cannot become markup in either format.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use chrono::NaiveDate;
use fremdrift::output::report::{self, Options};
use fremdrift::plan::Plan;

use common::{day, plan_from, real_plan};

fn opts(today: NaiveDate) -> Options<'static> {
    Options {
        today,
        since: None,
        meeting: None,
        lang: None,
    }
}

fn md(plan: &Plan, o: &Options) -> String {
    report::markdown(&[report::build(plan, o).unwrap()])
}

#[test]
fn markdown_of_the_real_plan_on_1_december_2017() {
    let out = md(&real_plan(), &opts(day(2017, 12, 1)));
    assert!(out.contains("Sør-Varanger kommune · per 01.12.2017 · uke 48"));
    insta::assert_snapshot!(out);
}

#[test]
fn markdown_of_the_real_plan_on_1_march_2018() {
    let out = md(&real_plan(), &opts(day(2018, 3, 1)));
    assert!(out.contains("## Frist før neste møte (Styringsgruppa 25.04.2018)"));
    assert!(out.contains("## Ferdig siden 28.02.2018 (forrige møte i Styringsgruppa)"));
    insta::assert_snapshot!(out);
}

#[test]
fn html_of_the_real_plan_on_1_march_2018() {
    let out = report::html(&[report::build(&real_plan(), &opts(day(2018, 3, 1))).unwrap()]);
    assert!(out.contains("@media print"));
    assert!(!out.contains("<script") && !out.contains("<link") && !out.contains("src="));
    insta::assert_snapshot!(out);
}

const PROGRESS: &str = r#"
[plan]
title         = "Progress"
language      = "en"
start         = 2025-01-01
end           = 2025-12-31
due_soon_days = 10

[[meeting]]
name  = "Council"
dates = [2025-02-01, 2025-05-01]

[[meeting]]
name  = "Steering group"
dates = [2025-03-01, 2025-04-01]

[[area]]
number = "1"
title  = "A"

[[area.activity]]
id = "late"
title = "Late one"
owner = "Ann"
due = 2025-03-10
status = "doing"

[[area.activity]]
id = "soon"
title = "Due before the steering group"
owner = "Bo"
due = 2025-04-01

[[area.activity]]
id = "after"
title = "Due after the steering group"
owner = "Bo"
due = 2025-04-02

[[area.activity]]
id = "done-recent"
title = "Done since the last meeting"
owner = "Cy"
due = 2025-03-05
status = "done"
done_on = 2025-03-01

[[area.activity]]
id = "done-old"
title = "Done long ago"
owner = "Cy"
due = 2025-02-05
status = "done"
done_on = 2025-02-20

[[area.activity]]
id = "cancelled"
title = "Cancelled and late"
owner = "Di"
due = 2025-03-01
status = "cancelled"
"#;

fn ids(plan: &Plan, v: &[usize]) -> Vec<String> {
    v.iter().map(|&i| plan.activities[i].id.clone()).collect()
}

#[test]
fn sections_follow_the_steering_groups_meetings() {
    let plan = plan_from(PROGRESS);
    let r = report::build(&plan, &opts(day(2025, 3, 15))).unwrap();
    assert_eq!(ids(&plan, &r.agenda.overdue), ["late"]);
    assert_eq!(ids(&plan, &r.agenda.due_next), ["soon"]);
    assert_eq!(r.agenda.since, day(2025, 3, 1));
    assert_eq!(ids(&plan, &r.agenda.done_since), ["done-recent"]);
    let out = report::markdown(&[r]);
    assert!(out.contains("## Due before the next meeting (Steering group 2025-04-01)"));
    assert!(out.contains("| late | Late one | Ann | 2025-03-10 | 2025-03-10 | 5 days |"));
    assert!(out.contains("## Done since 2025-03-01 (last meeting of Steering group)"));
}

#[test]
fn meeting_and_since_can_be_chosen() {
    let plan = plan_from(PROGRESS);
    let o = Options {
        today: day(2025, 3, 15),
        since: Some(day(2025, 2, 1)),
        meeting: Some("council"),
        lang: None,
    };
    let r = report::build(&plan, &o).unwrap();
    assert_eq!(ids(&plan, &r.agenda.due_next), ["soon", "after"]);
    assert_eq!(
        ids(&plan, &r.agenda.done_since),
        ["done-old", "done-recent"]
    );
    let e = report::build(
        &plan,
        &Options {
            meeting: Some("Bystyret"),
            ..o
        },
    )
    .unwrap_err();
    assert!(e.to_string().starts_with("no meeting series \"Bystyret\""));
}

#[test]
fn without_a_meeting_ahead_the_report_looks_due_soon_days_ahead() {
    let plan = plan_from(PROGRESS);
    let r = report::build(&plan, &opts(day(2025, 3, 25))).unwrap();
    assert_eq!(ids(&plan, &r.agenda.due_next), ["soon"]);
    // On the last steering group meeting day, the next meeting is today's.
    let on_the_day = report::build(&plan, &opts(day(2025, 4, 1))).unwrap();
    assert_eq!(on_the_day.agenda.horizon.until(), day(2025, 4, 1));
    // After it, no meeting is ahead: the next 10 days.
    let r2 = report::build(&plan, &opts(day(2025, 4, 2))).unwrap();
    assert_eq!(r2.agenda.horizon.until(), day(2025, 4, 12));
    let out = report::markdown(&[r2]);
    assert!(
        out.contains("## Due in the next 10 days (until 2025-04-12)"),
        "{out}"
    );
    assert!(out.contains("Next meeting: no more meetings."));
}

const HOSTILE: &str = r#"
[plan]
title        = "<script>alert(1)</script> & \"quotes\" | pipe"
organization = "<b>Org</b> & 'co'"
language     = "nb"

[[area]]
number = "1"
title  = "<script>alert(1)</script>"
status = "venter"
reason = "<img src=x onerror=alert(1)> *bold* [link](http://x)"

[[area.activity]]
id    = "<script>"
title = "<script>alert(1)</script> & \"quotes\""
owner = "<script>alert(1)</script>"
due   = 2025-01-01
note  = "a | b\n<script>alert(1)</script>\u001b[31m"
"#;

#[test]
fn html_escapes_hostile_plan_text() {
    let plan = plan_from(HOSTILE);
    let out = report::html(&[report::build(&plan, &opts(day(2025, 1, 10))).unwrap()]);
    assert!(!out.to_lowercase().contains("<script"), "{out}");
    assert!(!out.contains("<img") && !out.contains("<b>"));
    assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"));
    assert!(out.contains("<title>Statusrapport: &lt;script&gt;"));
    assert!(out.contains("&lt;b&gt;Org&lt;/b&gt; &amp; &#39;co&#39;"));
    assert!(
        !out.contains('\u{1b}'),
        "control characters are made visible"
    );
}

#[test]
fn markdown_escapes_hostile_plan_text() {
    let plan = plan_from(HOSTILE);
    let out = md(&plan, &opts(day(2025, 1, 10)));
    // Every `<` is backslash-escaped, so no renderer sees a tag.
    let bytes = out.as_bytes();
    for (i, _) in out.match_indices('<') {
        assert!(i > 0 && bytes[i - 1] == b'\\', "unescaped < at {i}: {out}");
    }
    assert!(out.contains("\\<script\\>alert(1)\\</script\\>"));
    assert!(out.contains("\\*bold\\* \\[link\\](http://x)"));
    assert!(!out.contains('\u{1b}'));
    // Every table row keeps its column count: `|` in text is escaped, line breaks removed.
    for line in out.lines().filter(|l| l.starts_with('|')) {
        let cells = line.replace("\\|", "").matches('|').count();
        assert!(cells == 7 || cells == 8, "{cells} separators in {line}");
    }
}

#[test]
fn several_plans_make_one_report_with_a_section_each() {
    let a = real_plan();
    let b = plan_from(PROGRESS);
    let reports = vec![
        report::build(&a, &opts(day(2018, 3, 1))).unwrap(),
        report::build(&b, &opts(day(2018, 3, 1))).unwrap(),
    ];
    let md = report::markdown(&reports);
    assert!(md.contains("# Statusrapport: Næringsvennlig kommune"));
    assert!(md.contains("\n---\n\n# Status report: Progress"));
    let html = report::html(&reports);
    assert_eq!(html.matches("<section").count(), 2);
}

#[test]
fn changes_since_the_last_meeting_from_the_plan_when_not_in_git() {
    let text = std::fs::read_to_string(common::PLAN).unwrap().replacen(
        "due    = \"30. november\"",
        "due    = \"14. desember\"\nbaseline = \"30. november\"",
        1,
    );
    let out = md(&plan_from(&text), &opts(day(2017, 12, 20)));
    let section = out
        .split("## Endringer siden forrige møte (13.12.2017)")
        .nth(1)
        .expect("the section is there")
        .split("\n## ")
        .next()
        .unwrap();
    assert!(section.contains("Uten git-historikk"), "{section}");
    assert!(
        section.contains("nvk-1 «Gjennomgå og justere tidligere opplegg»: frist +14 d: 30. november (30.11.2017) → 14. desember (14.12.2017)"),
        "{section}"
    );
}

#[test]
fn changes_since_the_last_meeting_from_git_in_markdown_and_html() {
    let (_dir, path) = common::git::scripted_repository();
    let plan = path.to_str().unwrap();
    let out = common::fremdrift()
        .args(["report", plan, "--today", "2017-11-20"])
        .output()
        .unwrap();
    let (code, stdout, stderr) = common::outcome(out);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("## Endringer siden forrige møte (08.11.2017)\n\nFra git-historikken: 3 innsjekkinger har endret planen siden 08.11.2017\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("| 14.11.2017 | b «Kurs for ansatte»: frist +21 d: uke 46 (19.11.2017) → uke 49 (10.12.2017) |"),
        "{stdout}"
    );
    assert!(
        stdout.contains("| 16.11.2017 | c «Evaluere»: fjernet |"),
        "{stdout}"
    );

    let out = common::fremdrift()
        .args([
            "report",
            plan,
            "--today",
            "2017-11-20",
            "--since",
            "2017-11-15",
        ])
        .args(["--format", "html"])
        .output()
        .unwrap();
    let (code, stdout, stderr) = common::outcome(out);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("<h2>Endringer siden forrige møte (15.11.2017)</h2>"),
        "{stdout}"
    );
    assert!(
        stdout.contains("d «Sluttrapport»: lagt til i 1 Kompetanseheving"),
        "{stdout}"
    );
    assert!(!stdout.contains("frist +21 d"), "before --since:\n{stdout}");
}

#[test]
fn since_meeting_names_a_series_or_says_which_there_are() {
    let (_dir, path) = common::git::scripted_repository();
    let plan = path.to_str().unwrap();
    let out = common::fremdrift()
        .args([
            "report",
            plan,
            "--today",
            "2017-12-20",
            "--since-meeting",
            "Styringsgruppa",
        ])
        .output()
        .unwrap();
    let (code, stdout, stderr) = common::outcome(out);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("## Endringer siden forrige møte (13.12.2017)"),
        "{stdout}"
    );
    assert!(stdout.contains("Ingen endringer i planen."), "{stdout}");

    let out = common::fremdrift()
        .args([
            "report",
            plan,
            "--today",
            "2017-12-20",
            "--since-meeting",
            "Bystyret",
        ])
        .output()
        .unwrap();
    let (code, _, stderr) = common::outcome(out);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("no meeting series \"Bystyret\": expected one of \"Styringsgruppa\""),
        "{stderr}"
    );
}

#[test]
fn changes_not_yet_committed_are_listed_and_marked() {
    let (_dir, path) = common::git::scripted_repository();
    let text = std::fs::read_to_string(&path).unwrap().replacen(
        "owner  = \"HR\"",
        "owner  = \"Personal\"",
        1,
    );
    std::fs::write(&path, text).unwrap();
    let out = common::fremdrift()
        .args(["report", path.to_str().unwrap(), "--today", "2017-11-20"])
        .output()
        .unwrap();
    let (code, stdout, stderr) = common::outcome(out);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("siden 08.11.2017; \\* = ikke sjekket inn ennå\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("| \\* | b «Kurs for ansatte»: ansvarlig HR → Personal |"),
        "{stdout}"
    );
}
