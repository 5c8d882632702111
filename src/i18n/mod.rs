//! Every word a person reads, from one Project Fluent catalogue per language.
//!
//! The catalogues are the `.ftl` files under `i18n/<code>/` at the repository root (compiled
//! into the binary by `build.rs`, so a translator edits text and never Rust). Code never holds
//! user-facing words: it builds a [`Message`] — a message id and its arguments, see [`msg!`] —
//! and renders it in the reader's language at the last moment. Messages are plain data
//! (serialisable, comparable), so a problem found while loading a plan can be cached and shown
//! later in whatever language the reader chose.
//!
//! Which language: [`choose`] — `--lang`, else the plan's declared `language`, else
//! `LC_ALL`/`LC_MESSAGES`/`LANG`, else bokmål.
//!
//! A fourth language is a new folder `i18n/<code>/` with the same files, and one entry in
//! [`Language`]'s table; the tests in this module fail until every message is there with the
//! same arguments.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use crate::plan::Language;

mod catalogue {
    include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));
}

/// One message: its id in the catalogue and its named arguments.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Message {
    pub id: Cow<'static, str>,
    pub args: Vec<(Cow<'static, str>, Arg)>,
}

/// A message argument. Numbers select plural forms ("1 aktivitet", "2 aktivitetar"); a message
/// argument is rendered in the same language as the message that holds it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Arg {
    Text(String),
    Number(i64),
    Message(Box<Message>),
}

impl Message {
    pub fn new(id: impl Into<Cow<'static, str>>) -> Message {
        Message {
            id: id.into(),
            args: Vec::new(),
        }
    }

    /// Text that is not ours to translate (an operating-system error, a quoted value) shown as
    /// it is, in every language.
    pub fn verbatim(text: impl Into<String>) -> Message {
        Message::new("verbatim").arg("text", text.into())
    }

    pub fn arg(mut self, name: impl Into<Cow<'static, str>>, value: impl Into<Arg>) -> Message {
        self.args.push((name.into(), value.into()));
        self
    }

    /// The argument named `name`, if the message has it.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| n == name).map(|(_, a)| a)
    }

    /// The message in English: for logs and tests, never for a reader who chose a language.
    pub fn english(&self) -> String {
        self.render(Language::En)
    }

    /// The message in `lang`. A message missing from that catalogue is rendered in English, and
    /// one missing everywhere as its id and arguments: never a panic, never an empty line.
    pub fn render(&self, lang: Language) -> String {
        render(lang, self)
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<Cow<'_, str>> for Arg {
    fn from(s: Cow<'_, str>) -> Arg {
        Arg::Text(s.into_owned())
    }
}

impl From<char> for Arg {
    fn from(c: char) -> Arg {
        Arg::Text(c.to_string())
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Message(Box::new(m))
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(i8, i16, i32, i64, u8, u16, u32, u64, usize, isize);

/// Builds a [`Message`]: `msg!("verbatim", text = t)`; numbers select plural forms.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// The text of the argument-less message `id` in `lang`.
pub fn text(lang: Language, id: &'static str) -> String {
    Message::new(id).render(lang)
}

/// The argument-less message `id` (or its attribute `attr`, e.g. `.long`) in `lang`, or `None`
/// when that catalogue lacks it — no fallback to English: for callers with a fallback of their
/// own (the command line's help falls back to the doc comments).
pub fn lookup(lang: Language, id: &str, attr: Option<&str>) -> Option<String> {
    let bundle = bundle(lang);
    let message = bundle.get_message(id)?;
    let pattern = match attr {
        Some(a) => message.get_attribute(a)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, None, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// The reader's language: `--lang`, else the plan's declared language, else the environment's
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`), else bokmål.
pub fn choose(cli: Option<Language>, plan: Option<Language>) -> Language {
    cli.or(plan).or_else(from_env).unwrap_or(Language::Nb)
}

/// The language the locale environment names, if it names one of ours. The first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set and not empty decides, as POSIX says; where none is
/// (Windows, as a rule), the user's display language in Windows does (`nb-NO`).
pub fn from_env() -> Option<Language> {
    match ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
    {
        Some(locale) => from_locale(&locale),
        None => system_locale().and_then(|locale| from_locale(&locale)),
    }
}

/// Windows: the user's display language (`nb-NO`, `en-US`), the first of those chosen in
/// Settings ▸ Time & language; if none can be had, the regional format's locale.
#[cfg(windows)]
#[allow(unsafe_code)]
fn system_locale() -> Option<String> {
    use windows_sys::Win32::Globalization::{
        GetUserDefaultLocaleName, GetUserPreferredUILanguages, MUI_LANGUAGE_NAME,
    };
    let mut buffer = [0u16; 256];
    let mut count = 0u32;
    let mut len = buffer.len() as u32;
    // SAFETY: the buffer and its length in UTF-16 units are ours; on success it holds
    // zero-terminated names, the list ended by an empty one.
    let ok = unsafe {
        GetUserPreferredUILanguages(MUI_LANGUAGE_NAME, &mut count, buffer.as_mut_ptr(), &mut len)
    };
    if ok != 0 && count > 0 {
        let end = buffer.iter().position(|&c| c == 0).unwrap_or(0);
        if end > 0 {
            return Some(String::from_utf16_lossy(&buffer[..end]));
        }
    }
    // LOCALE_NAME_MAX_LENGTH.
    let mut buffer = [0u16; 85];
    // SAFETY: as above; the call returns the units written, the terminating zero included.
    let written = unsafe { GetUserDefaultLocaleName(buffer.as_mut_ptr(), buffer.len() as i32) };
    let len = usize::try_from(written).ok()?.checked_sub(1)?;
    Some(String::from_utf16_lossy(&buffer[..len.min(buffer.len())]))
}

/// Elsewhere the environment is the whole story.
#[cfg(not(windows))]
fn system_locale() -> Option<String> {
    None
}

/// The language of a POSIX locale name: `nb_NO.UTF-8` → nb, `nn_NO` → nn, `no_NO` → nb,
/// `en_GB.UTF-8` → en; `C`, `POSIX` and other languages → none.
pub fn from_locale(locale: &str) -> Option<Language> {
    let code = locale
        .split(['_', '.', '@', '-'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match code.as_str() {
        "nb" | "no" => Some(Language::Nb),
        "nn" => Some(Language::Nn),
        "en" => Some(Language::En),
        _ => None,
    }
}

type Bundle = FluentBundle<FluentResource>;

/// The catalogue of `lang`, built the first time it is asked for: a run builds only the
/// languages it speaks (English too only when a message is missing elsewhere).
fn bundle(lang: Language) -> &'static Bundle {
    const N: usize = Language::ALL.len();
    static BUNDLES: [OnceLock<Bundle>; N] = [const { OnceLock::new() }; N];
    let i = Language::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    BUNDLES[i].get_or_init(|| build(lang))
}

/// The catalogue files of `lang`: (file name, text).
fn files(lang: Language) -> impl Iterator<Item = (&'static str, &'static str)> {
    catalogue::FILES
        .iter()
        .filter(move |(code, _, _)| *code == lang.code())
        .map(|(_, name, text)| (*name, *text))
}

fn build(lang: Language) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // Terminals do not render the Unicode isolation marks Fluent puts around arguments.
    bundle.set_use_isolating(false);
    for (_, text) in files(lang) {
        // A syntax error in a catalogue drops only the broken entry; the tests catch it.
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn render(lang: Language, m: &Message) -> String {
    if let Some(s) = format(bundle(lang), lang, m) {
        return s;
    }
    if lang != Language::En
        && let Some(s) = format(bundle(Language::En), Language::En, m)
    {
        return s;
    }
    debug_assert!(false, "message {} is in no catalogue", m.id);
    let mut s = m.id.to_string();
    for (name, arg) in &m.args {
        s.push_str(&format!(" {name}={}", plain(lang, arg)));
    }
    s
}

fn plain(lang: Language, arg: &Arg) -> String {
    match arg {
        Arg::Text(t) => t.clone(),
        Arg::Number(n) => n.to_string(),
        Arg::Message(m) => render(lang, m),
    }
}

fn format(bundle: &Bundle, lang: Language, m: &Message) -> Option<String> {
    let message = bundle.get_message(&m.id)?;
    let pattern = message.value()?;
    let mut args = FluentArgs::new();
    for (name, arg) in &m.args {
        let value = match arg {
            Arg::Text(t) => FluentValue::from(t.as_str()),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Message(inner) => FluentValue::from(render(lang, inner)),
        };
        args.set(name.as_ref(), value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
    // A message rendered with an argument its catalogue does not know (or without one it
    // needs) is a bug in the code that built it; tests run debug builds and catch it.
    debug_assert!(
        errors.is_empty(),
        "message {} in {}: {errors:?}",
        m.id,
        lang.code()
    );
    Some(text.into_owned())
}

#[cfg(test)]
mod tests;
