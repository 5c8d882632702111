//! `--help` in the reader's language, through the real binary: the top level and `set` in
//! bokmål, nynorsk and English (snapshots), the language from `--lang`, else the locale, else
//! bokmål, and no word of clap's left in English in the Norwegian pages.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use common::fremdrift;

/// stdout of `fremdrift ARGS` with the locale `locale` (LC_ALL).
fn help(args: &[&str], locale: &str) -> String {
    let out = fremdrift()
        .args(args)
        .env("LC_ALL", locale)
        // Help wraps at the terminal's width; a pipe has none, so clap reads COLUMNS.
        .env("COLUMNS", "100")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{args:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn top_level_help_in_each_language() {
    for lang in ["nb", "nn", "en"] {
        let out = help(&["--lang", lang, "--help"], "C.UTF-8");
        insta::assert_snapshot!(format!("help_top_{lang}"), out);
    }
}

#[test]
fn set_help_in_each_language() {
    for lang in ["nb", "nn", "en"] {
        let out = help(&["set", "--lang", lang, "--help"], "C.UTF-8");
        insta::assert_snapshot!(format!("help_set_{lang}"), out);
    }
}

#[test]
fn the_language_is_the_flag_s_else_the_locale_s_else_bokmål() {
    let nb = help(&["set", "--lang", "nb", "--help"], "C.UTF-8");
    let nn = help(&["set", "--lang", "nn", "--help"], "C.UTF-8");
    let en = help(&["set", "--lang", "en", "--help"], "C.UTF-8");
    assert_eq!(help(&["set", "--help"], "C.UTF-8"), nb);
    assert_eq!(help(&["set", "--help"], "nn_NO.UTF-8"), nn);
    assert_eq!(help(&["set", "--help"], "en_GB.UTF-8"), en);
    assert_eq!(help(&["set", "--lang=en", "--help"], "nn_NO.UTF-8"), en);
    // `help set` and `-h` too.
    assert_eq!(help(&["help", "set"], "nn_NO.UTF-8"), nn);
    assert!(help(&["set", "-h"], "nn_NO.UTF-8").starts_with("Endre status"));
}

#[test]
fn no_english_word_of_clap_in_norwegian_help() {
    let commands = [
        "check",
        "list",
        "set",
        "report",
        "export",
        "add",
        "rm",
        "mv",
        "new",
        "open",
        "present",
        "merge",
        "git-setup",
        "log",
        "help",
    ];
    for lang in ["nb", "nn"] {
        let mut pages = vec![
            help(&["--lang", lang, "--help"], "C.UTF-8"),
            help(&["--lang", lang, "-h"], "C.UTF-8"),
        ];
        for c in commands {
            pages.push(help(&["help", c], &format!("{lang}_NO.UTF-8")));
        }
        for page in pages {
            for english in [
                "Usage",
                "Commands",
                "Arguments",
                "Options",
                "OPTIONS",
                "COMMAND",
                "Print ",
                "default:",
                "ossible values",
                "<DATE>",
                "<NAME>",
                "<TEXT>",
            ] {
                assert!(!page.contains(english), "{english} in {lang}:\n{page}");
            }
        }
    }
}

#[test]
fn version_speaks_too() {
    let out = help(&["-V"], "nn_NO.UTF-8");
    assert!(out.starts_with("fremdrift "), "{out}");
    assert!(help(&["--help"], "nn_NO.UTF-8").contains("-V, --version       Vis versjonen"));
}
