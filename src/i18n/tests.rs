use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::*;

/// Every message of `lang`'s catalogue and the variables it uses.
fn messages(lang: Language) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (name, text) in files(lang) {
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(r) => r,
            Err((_, errors)) => panic!("i18n/{}/{name}: {errors:?}", lang.code()),
        };
        for entry in resource.entries() {
            if let Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                for a in &m.attributes {
                    pattern_vars(&a.value, &mut vars);
                }
                let id = m.id.name.to_string();
                assert!(
                    out.insert(id.clone(), vars).is_none(),
                    "i18n/{}: message {id} is defined twice",
                    lang.code()
                );
            }
        }
    }
    out
}

fn pattern_vars(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        InlineExpression::FunctionReference { arguments, .. } => {
            for p in &arguments.positional {
                inline_vars(p, vars);
            }
            for n in &arguments.named {
                inline_vars(&n.value, vars);
            }
        }
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let en = messages(Language::En);
    assert!(en.contains_key("verbatim"));
    for lang in Language::ALL {
        let other = messages(lang);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "i18n/{}: missing {missing:?}, not in en {extra:?}",
            lang.code()
        );
        for (id, vars) in &en {
            assert_eq!(
                &other[id],
                vars,
                "i18n/{}: message {id} takes other arguments than in en",
                lang.code()
            );
        }
    }
}

#[test]
fn every_message_renders_in_every_language() {
    let en = messages(Language::En);
    for lang in Language::ALL {
        for (id, vars) in &en {
            // Numbers 1 and 2 pick the singular and plural forms; a text argument takes the
            // other path of selectors that compare words.
            for value in [Arg::Number(1), Arg::Number(2), Arg::Text("x".into())] {
                let mut m = Message::new(id.clone());
                for v in vars {
                    m = m.arg(v.clone(), value.clone());
                }
                let out = m.render(lang);
                assert!(
                    !out.trim().is_empty() && !out.contains("{$"),
                    "{id} in {}: {out:?}",
                    lang.code()
                );
            }
        }
    }
}

/// Every message id the code names (`msg!("id"…)`, `Message::new("id")`, `text(lang, "id")`)
/// is in the catalogue: a typo in an id fails here, not in front of a user.
#[test]
fn every_message_the_code_names_exists() {
    let en = messages(Language::En);
    let mut files = Vec::new();
    collect(
        std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut files,
    );
    let mut missing = Vec::new();
    let mut named = 0;
    for f in files {
        let Ok(src) = std::fs::read_to_string(&f) else {
            continue;
        };
        for start in [
            "msg!(\"",
            "Message::new(\"",
            "i18n::text(lang, \"",
            "text(lang, \"",
        ] {
            for (i, _) in src.match_indices(start) {
                let rest = &src[i + start.len()..];
                let id: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .collect();
                if rest[id.len()..].starts_with('"') && !id.is_empty() && id != "id" {
                    named += 1;
                    if !en.contains_key(&id) {
                        missing.push(format!("{}: {id}", f.display()));
                    }
                }
            }
        }
    }
    assert!(named > 0);
    assert!(missing.is_empty(), "not in i18n/en: {missing:#?}");
}

fn collect(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn plural_forms_follow_the_language() {
    let n = |lang, count: i64| msg!("test-activities", count = count).render(lang);
    assert_eq!(n(Language::Nb, 1), "1 aktivitet");
    assert_eq!(n(Language::Nb, 2), "2 aktiviteter");
    assert_eq!(n(Language::Nn, 2), "2 aktivitetar");
    assert_eq!(n(Language::En, 1), "1 activity");
    assert_eq!(n(Language::En, 0), "0 activities");
}

#[test]
fn a_message_argument_renders_in_the_outer_language() {
    let m = msg!("verbatim", text = msg!("severity-warning"));
    assert_eq!(m.render(Language::Nn), "åtvaring");
    assert_eq!(m.render(Language::Nb), "advarsel");
}

#[test]
fn the_language_comes_from_the_flag_the_plan_the_locale_then_bokmål() {
    assert_eq!(from_locale("nn_NO.UTF-8"), Some(Language::Nn));
    assert_eq!(from_locale("nb_NO.UTF-8"), Some(Language::Nb));
    assert_eq!(from_locale("no_NO"), Some(Language::Nb));
    assert_eq!(from_locale("en_GB.UTF-8@euro"), Some(Language::En));
    assert_eq!(from_locale("C.UTF-8"), None);
    assert_eq!(from_locale("de_DE"), None);
    assert_eq!(choose(Some(Language::En), Some(Language::Nn)), Language::En);
    assert_eq!(choose(None, Some(Language::Nn)), Language::Nn);
}

#[test]
fn messages_survive_a_round_trip_through_the_cache_format() {
    let m = msg!("verbatim", text = msg!("severity-error"));
    let bytes = postcard::to_allocvec(&m).unwrap();
    let back: Message = postcard::from_bytes(&bytes).unwrap();
    assert_eq!(back, m);
}
