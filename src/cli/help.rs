//! `--help` in the reader's language.
//!
//! The clap definitions in [`super`] keep their doc comments (English, and the fallback), but
//! every text `--help` shows comes from the catalogues `i18n/<code>/help.ftl`, by ids derived
//! from the command and argument names, so a translator edits `.ftl` files only:
//!
//! - a command's about: `help-CMD` (`help-fremdrift` for the top level, `help-set`, …), with a
//!   `.long` attribute for the paragraphs only `--help` shows;
//! - an argument's help: `help-CMD-ARG` (`help-set-status`), else the shared `help-any-ARG`
//!   (`--today`, `--lang`, …), `.long` likewise; `ARG` is clap's id in kebab case;
//! - a value the argument lists with its own help: `help-CMD-ARG-VALUE` (`help-report-format-md`);
//! - a value name such as `<DATE>`: `help-value-date`;
//! - clap's own words (Usage, Commands, Arguments, Options, Print help, default, possible
//!   values): `help-clap-*`.
//!
//! Only texts change: the tree is walked in place (no argument moves, none is added but the help
//! and version flags clap would add itself, with the same actions), so parsing stays clap's.

use std::ffi::OsString;

use clap::builder::{PossibleValue, Styles};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use crate::i18n::{self, Language};
use crate::msg;

use super::Cli;

/// The key of the top-level command in message ids.
const ROOT: &str = "fremdrift";

/// Parses `args` as [`Cli::try_parse_from`] does, with help, version and usage texts in `lang`.
pub fn try_parse_from(args: Vec<OsString>, lang: Language) -> Result<Cli, clap::Error> {
    // Most runs parse: the plain command decides them, with no words to look up. Help, version
    // and usage errors are drawn again from the command in the reader's language (it parses
    // exactly as the plain one; see the test below).
    if let Ok(cli) = <Cli as clap::Parser>::try_parse_from(&args) {
        return Ok(cli);
    }
    let mut cmd = command(lang);
    let mut matches = cmd.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut cmd))
}

/// [`Cli::command`] with every text a person reads in `lang`.
pub fn command(lang: Language) -> Command {
    let mut cmd = localise(Cli::command(), ROOT, lang);
    // clap adds its `help` subcommand while building; built now, it can be given words too.
    cmd.build();
    let bin = cmd.get_bin_name().unwrap_or(ROOT).to_string();
    let cmd = cmd.mut_subcommands(|sc| {
        if sc.get_name() == "help" {
            help_command(sc, lang, &bin)
        } else {
            sc
        }
    });
    usage(cmd, lang)
}

/// The help template of `cmd` and its subcommands: clap's, with "Usage:" in `lang` and the usage
/// line written out with its "[OPTIONS]" in `lang` (clap has no setting for either word). The
/// usage in usage errors stays clap's, fitted to what was given.
fn usage(mut cmd: Command, lang: Language) -> Command {
    // With its styles (clap strips them where colours are off), and without clap's title
    // ("Usage:" and its styles): ours is in the template.
    let rendered = cmd.render_usage().ansi().to_string();
    let line = match rendered.find("Usage:") {
        Some(i) => rendered[i..].split_once(' ').map_or("", |(_, rest)| rest),
        None => rendered.as_str(),
    };
    let line = translate_options(line, lang);
    let template = template(cmd.get_styles(), lang, &line);
    cmd.help_template(template)
        .mut_subcommands(|sc| usage(sc, lang))
}

/// A usage line with clap's "[OPTIONS]" in `lang`.
pub fn translate_options(usage: &str, lang: Language) -> String {
    usage.replace(
        "[OPTIONS]",
        &format!("[{}]", i18n::text(lang, "help-clap-options-value")),
    )
}

/// The message id of a subcommand `name` of the command `parent`.
fn command_key(parent: &str, name: &str) -> String {
    if parent == ROOT {
        name.to_string()
    } else {
        format!("{parent}-{name}")
    }
}

/// An argument's id as it appears in message ids: `no_cache` → `no-cache`.
fn arg_key(arg: &Arg) -> String {
    arg.get_id().as_str().replace('_', "-")
}

/// The catalogue id for argument `arg` of command `cmd` in `lang`: its own, else the shared one.
fn arg_id(lang: Language, cmd: &str, arg: &str) -> Option<String> {
    [format!("help-{cmd}-{arg}"), format!("help-any-{arg}")]
        .into_iter()
        .find(|id| i18n::lookup(lang, id, None).is_some())
}

/// The id of a value name: `AREA[/WORKSTREAM]` → `help-value-area-workstream`.
fn value_name_id(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    format!("help-value-{}", slug.trim_end_matches('-'))
}

/// The id of the help of `value`, a possible value of argument `arg` of command `cmd`.
fn value_id(lang: Language, cmd: &str, arg: &str, value: &str) -> Option<String> {
    [
        format!("help-{cmd}-{arg}-{value}"),
        format!("help-any-{arg}-{value}"),
    ]
    .into_iter()
    .find(|id| i18n::lookup(lang, id, None).is_some())
}

/// clap's help template, with "Usage:" in `lang` and the usage line `usage` written out.
fn template(styles: &Styles, lang: Language, usage: &str) -> String {
    let h = styles.get_usage();
    let title = format!("{h}{}:{h:#}", i18n::text(lang, "help-clap-usage"));
    // Every command has arguments (at least --help), so clap's template with them.
    format!("{{before-help}}{{about-with-newline}}\n{title} {usage}\n\n{{all-args}}{{after-help}}")
}

fn localise(cmd: Command, key: &str, lang: Language) -> Command {
    let mut cmd = cmd;
    let id = format!("help-{key}");
    if let Some(about) = i18n::lookup(lang, &id, None) {
        if let Some(long) = i18n::lookup(lang, &id, Some("long")) {
            cmd = cmd.long_about(format!("{about}\n\n{long}"));
        }
        cmd = cmd.about(about);
    }
    let headings = Headings {
        arguments: i18n::text(lang, "help-clap-arguments"),
        options: i18n::text(lang, "help-clap-options"),
    };
    // Whether --help shows more than -h (clap's test, on the doc comments): then the "[default:
    // …]" of an argument goes on a line of its own, as clap puts it.
    let long_mode = cmd.get_long_about().is_some()
        || cmd.get_arguments().any(|a| {
            a.get_long_help().is_some()
                || (a.get_action().takes_values()
                    && a.get_possible_values()
                        .iter()
                        .any(|v| v.get_help().is_some()))
        });
    // A custom heading lists its arguments in display order: positionals get theirs here, in
    // the order clap gives them their index.
    let mut position = 0;
    cmd = cmd.mut_args(|a| {
        let a = if a.is_positional() {
            position += 1;
            a.display_order(position)
        } else {
            a
        };
        localise_arg(a, key, lang, &headings, long_mode)
    });
    if cmd.has_subcommands() {
        cmd = cmd
            .subcommand_help_heading(i18n::text(lang, "help-clap-commands"))
            .subcommand_value_name(i18n::text(lang, "help-clap-command-value"))
            .mut_subcommands(|sc| {
                let k = command_key(key, sc.get_name());
                localise(sc, &k, lang)
            });
    }
    // clap's own -h/--help and -V/--version, the same flags with words in `lang`: the texts
    // clap would choose (a hint at --help when it shows more than -h).
    let long_exists = cmd.get_long_about().is_some()
        || cmd
            .get_arguments()
            .any(|a| !a.is_hide_set() && a.get_long_help().is_some());
    let help = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .help_heading(headings.options.clone())
        .display_order(999);
    let help = if long_exists {
        help.help(i18n::text(lang, "help-clap-print-help-more"))
            .long_help(i18n::text(lang, "help-clap-print-help-summary"))
    } else {
        help.help(i18n::text(lang, "help-clap-print-help"))
    };
    cmd = cmd.disable_help_flag(true).arg(help);
    if cmd.get_version().is_some() {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(i18n::text(lang, "help-clap-print-version"))
                .help_heading(headings.options)
                .display_order(999),
        );
    }
    cmd
}

struct Headings {
    arguments: String,
    options: String,
}

fn localise_arg(a: Arg, cmd: &str, lang: Language, headings: &Headings, long_mode: bool) -> Arg {
    let key = arg_key(&a);
    let id = arg_id(lang, cmd, &key);
    let help = id
        .as_deref()
        .and_then(|id| i18n::lookup(lang, id, None))
        .or_else(|| a.get_help().map(ToString::to_string))
        .unwrap_or_default();
    let long = match id
        .as_deref()
        .and_then(|id| i18n::lookup(lang, id, Some("long")))
    {
        Some(more) => Some(format!("{help}\n\n{more}")),
        None => a.get_long_help().map(ToString::to_string),
    };
    let mut a = a;
    if a.get_help_heading().is_none() {
        let heading = if a.is_positional() {
            &headings.arguments
        } else {
            &headings.options
        };
        a = a.help_heading(heading.clone());
    }
    if let Some(names) = a
        .get_value_names()
        .filter(|_| a.get_action().takes_values())
    {
        let names: Vec<String> = names
            .iter()
            .map(|n| {
                i18n::lookup(lang, &value_name_id(n.as_str()), None)
                    .unwrap_or_else(|| n.to_string())
            })
            .collect();
        a = a.value_names(names);
    }
    // clap's "[default: …]" and "[possible values: …]", written here in `lang`.
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    let mut default = None;
    if a.get_action().takes_values() && !a.is_hide_default_value_set() && !defaults.is_empty() {
        default = Some(msg!("help-clap-default", value = defaults.join(" ")).render(lang));
        a = a.hide_default_value(true);
    }
    let values: Vec<PossibleValue> = a
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    let (mut possible, mut value_list) = (None, None);
    if a.get_action().takes_values() && !a.is_hide_possible_values_set() && !values.is_empty() {
        let names: Vec<&str> = values.iter().map(PossibleValue::get_name).collect();
        possible = Some(msg!("help-clap-possible-values", values = names.join(", ")).render(lang));
        if values.iter().any(|v| v.get_help().is_some()) {
            let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
            let mut list = format!("{}:", i18n::text(lang, "help-clap-possible-values-heading"));
            for v in &values {
                let name = v.get_name();
                let text = value_id(lang, cmd, &key, name)
                    .and_then(|id| i18n::lookup(lang, &id, None))
                    .or_else(|| v.get_help().map(ToString::to_string));
                match text {
                    Some(t) => {
                        let pad = width - name.chars().count();
                        list.push_str(&format!("\n- {name}: {:pad$}{t}", ""));
                    }
                    None => list.push_str(&format!("\n- {name}")),
                }
            }
            value_list = Some(list);
        }
        a = a.hide_possible_values(true);
    }
    let short = [Some(help.clone()), default.clone(), possible.clone()]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let has_spec = default.is_some() || possible.is_some();
    if long.is_some() || value_list.is_some() || (long_mode && has_spec) {
        // As clap writes long help: the text, the values with their help, then the rest.
        let rest = match value_list {
            Some(_) => vec![default],
            None => vec![default, possible],
        };
        let rest: Vec<String> = rest.into_iter().flatten().collect();
        let parts: Vec<String> = [
            long.unwrap_or(help),
            value_list.unwrap_or_default(),
            rest.join("\n"),
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
        a = a.long_help(parts.join("\n\n"));
    }
    if short.is_empty() { a } else { a.help(short) }
}

/// clap's `help` subcommand (which exists only once the tree is built) in `lang`: the form clap
/// builds for parsing (`help [COMMAND]...`; `build` made the form it builds for completions).
/// clap parses `help …` itself, walking the real commands, so only texts come from here.
fn help_command(sc: Command, lang: Language, bin: &str) -> Command {
    let value = i18n::text(lang, "help-clap-command-value");
    let cmd = Command::new(sc.get_name().to_string())
        .bin_name(format!("{bin} {}", sc.get_name()))
        .about(i18n::text(lang, "help-clap-help-about"))
        .arg(
            Arg::new("subcommand")
                .action(ArgAction::Append)
                .num_args(..)
                .value_name(value)
                .help(i18n::text(lang, "help-clap-help-subcommand"))
                .help_heading(i18n::text(lang, "help-clap-arguments")),
        )
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true);
    cmd.styles(sc.get_styles().clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    /// Every command, argument, value name and described value of the real tree, with the id
    /// its help comes from; `missing` collects what a catalogue lacks.
    fn walk(cmd: &Command, key: &str, lang: Language, missing: &mut Vec<String>) {
        let id = format!("help-{key}");
        if i18n::lookup(lang, &id, None).is_none() {
            missing.push(id.clone());
        }
        if cmd.get_long_about().is_some() && i18n::lookup(lang, &id, Some("long")).is_none() {
            missing.push(format!("{id}.long"));
        }
        for a in cmd.get_arguments() {
            let k = arg_key(a);
            match arg_id(lang, key, &k) {
                None => missing.push(format!("help-{key}-{k} (or help-any-{k})")),
                Some(id) => {
                    if a.get_long_help().is_some()
                        && i18n::lookup(lang, &id, Some("long")).is_none()
                    {
                        missing.push(format!("{id}.long"));
                    }
                }
            }
            let names = match a.get_action().takes_values() {
                true => a.get_value_names().unwrap_or_default(),
                false => &[],
            };
            for n in names {
                let id = value_name_id(n.as_str());
                if i18n::lookup(lang, &id, None).is_none() {
                    missing.push(id);
                }
            }
            for v in a.get_possible_values() {
                if v.get_help().is_some() && value_id(lang, key, &k, v.get_name()).is_none() {
                    missing.push(format!("help-{key}-{k}-{}", v.get_name()));
                }
            }
        }
        for sc in cmd.get_subcommands() {
            walk(sc, &command_key(key, sc.get_name()), lang, missing);
        }
    }

    #[test]
    fn every_command_and_argument_has_its_help_in_every_language() {
        for lang in Language::ALL {
            let mut missing = Vec::new();
            walk(&Cli::command(), ROOT, lang, &mut missing);
            assert!(
                missing.is_empty(),
                "i18n/{}/help.ftl lacks {missing:#?}",
                lang.code()
            );
        }
    }

    fn help(lang: Language, path: &[&str]) -> String {
        let mut cmd = command(lang);
        for name in path {
            cmd = cmd.find_subcommand(name).unwrap().clone();
        }
        cmd.render_long_help().to_string()
    }

    #[test]
    fn no_english_word_of_clap_is_left_in_norwegian_help() {
        let subcommands: Vec<String> = Cli::command()
            .get_subcommands()
            .map(|c| c.get_name().to_string())
            .collect();
        for lang in [Language::Nb, Language::Nn] {
            let mut pages = vec![help(lang, &[])];
            pages.extend(subcommands.iter().map(|s| help(lang, &[s])));
            pages.push(help(lang, &["help"]));
            for page in pages {
                for english in [
                    "Usage",
                    "Commands:",
                    "Arguments:",
                    "Options:",
                    "Print",
                    "default:",
                    "ossible values",
                    "<COMMAND>",
                    "<DATE>",
                    "<NAME>",
                ] {
                    assert!(
                        !page.contains(english),
                        "{english} in {}:\n{page}",
                        lang.code()
                    );
                }
            }
        }
    }

    #[test]
    fn english_help_says_what_the_doc_comments_say() {
        let mut plain = Cli::command();
        let ours = help(Language::En, &["set"]);
        let theirs = plain
            .find_subcommand_mut("set")
            .unwrap()
            .render_long_help()
            .to_string();
        // Every line of the doc comments' help is in ours, word for word.
        for line in theirs.lines().filter(|l| l.contains("  ")) {
            let text = line.trim();
            if let Some((_, help)) = text.split_once("  ") {
                assert!(ours.contains(help.trim()), "{help} not in\n{ours}");
            }
        }
    }

    #[test]
    fn parsing_is_clap_s() {
        for args in [
            &["fremdrift", "set", "p.toml", "nvk-2", "--status", "ferdig"][..],
            &["fremdrift", "p.toml", "--read-only", "--theme", "light"],
            &["fremdrift", "report", "p.toml", "--format", "markdown"],
            &["fremdrift", "merge", "a", "b", "c", "7", "plan.toml"],
        ] {
            let os: Vec<OsString> = args.iter().map(OsString::from).collect();
            let ours = try_parse_from(os, Language::Nn).unwrap();
            let theirs = Cli::try_parse_from(args.iter().copied()).unwrap();
            assert_eq!(format!("{ours:?}"), format!("{theirs:?}"));
        }
    }
}
