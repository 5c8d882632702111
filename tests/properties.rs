//! Properties over open-ended input: the loader and the deadline parser never panic, and every
//! problem they report has a position inside the text.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

use fremdrift::file::parse_plan;
use fremdrift::plan::deadline;
use proptest::prelude::*;

/// Fragments that make TOML-ish text likely to reach deep into the loader.
fn tomlish() -> impl Strategy<Value = String> {
    let fragment = prop_oneof![
        Just("[plan]\n".to_string()),
        Just("title = \"P\"\n".to_string()),
        Just("start = 2017-09-01\nend = 2018-04-30\n".to_string()),
        Just("[[area]]\nnumber = \"1\"\ntitle = \"A\"\n".to_string()),
        Just("[[area.workstream]]\ntitle = \"W\"\n".to_string()),
        Just("[[area.activity]]\n".to_string()),
        Just("[[area.workstream.activity]]\n".to_string()),
        Just("title = \"x\"\nowner = \"O\"\n".to_string()),
        Just("[[meeting]]\nname = \"F\"\ndates = [2018-01-25]\n".to_string()),
        Just("status = \"ferdig\"\n".to_string()),
        Just("id = \"1.1\"\n".to_string()),
        Just("meeting = \"F\"\n".to_string()),
        "due = \"[0-9a-zæøå .\\-–]{0,16}\"\n",
        "[a-z_]{1,8} = [0-9\"\\[\\]{}=.,a-z]{0,10}\n",
        any::<String>(),
    ];
    prop::collection::vec(fragment, 0..14).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn the_loader_never_panics_and_positions_every_error(text in tomlish()) {
        let parsed = parse_plan(&text);
        for d in &parsed.diagnostics {
            let span = d.span.clone();
            prop_assert!(span.is_some(), "no position: {:?}", d);
            let span = span.unwrap();
            prop_assert!(span.start <= text.len() && span.end <= text.len(), "{:?} outside {}", span, text.len());
        }
        prop_assert_eq!(parsed.plan.is_some(), !parsed.has_errors());
        // Rendering must not panic either, whatever the spans.
        let _ = fremdrift::diagnostics::render(&parsed.diagnostics, "p.toml", &text, false, fremdrift::plan::Language::Nb);
    }

    #[test]
    fn the_deadline_parser_never_panics(text in "\\PC{0,40}") {
        let ctx = deadline::Context {
            period: chrono::NaiveDate::from_ymd_opt(2017, 9, 1).zip(chrono::NaiveDate::from_ymd_opt(2018, 4, 30)),
            meetings: None,
            meeting_series: None,
        };
        match deadline::parse_and_resolve(&text, &ctx) {
            Ok((_, r)) => prop_assert!(r.first <= r.day),
            Err(e) => prop_assert!(!e.message.english().is_empty()),
        }
    }

    #[test]
    fn deadline_like_text_resolves_or_explains(
        day in 0u32..40,
        month in prop::sample::select(vec!["januar", "feb", "mars", "apr.", "mai", "June", "des", "november", "13"]),
        year in prop::option::of(1990i32..2100),
        form in 0usize..4,
    ) {
        let y = year.map(|y| format!(" {y}")).unwrap_or_default();
        let text = match form {
            0 => format!("{day}. {month}{y}"),
            1 => format!("uke {day}{y}"),
            2 => format!("{month}{y}"),
            _ => format!("{day}. møte{y}"),
        };
        let ctx = deadline::Context {
            period: chrono::NaiveDate::from_ymd_opt(2017, 9, 1).zip(chrono::NaiveDate::from_ymd_opt(2018, 4, 30)),
            meetings: None,
            meeting_series: None,
        };
        if let Err(e) = deadline::parse_and_resolve(&text, &ctx) {
            let quoted = format!("\"{text}\"");
            prop_assert!(e.message.english().contains(&quoted), "{:?} does not quote {}", e.message, quoted);
            prop_assert!(e.help.is_some(), "no help for {}", text);
        }
    }
}
