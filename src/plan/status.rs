//! Status words of activities and areas, and the plan's language: bokmål, nynorsk and English.
//!
//! Status words are part of the plan file's format — they are written into plans and must read
//! back in every version — so they live here, once, and not in the message catalogues (which a
//! translator may reword freely). Every language's words are accepted in every plan.

use std::fmt;

/// The language of a plan: the words the tool writes into it and the default UI language.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Language {
    #[default]
    En,
    /// Norwegian bokmål.
    Nb,
    /// Norwegian nynorsk.
    Nn,
}

impl Language {
    /// Every language, in the order help texts list them. A new language is a variant here, a
    /// line in `parse`/`code`, its status words below, and a folder `i18n/<code>/`.
    pub const ALL: [Language; 3] = [Language::Nb, Language::Nn, Language::En];

    pub fn parse(word: &str) -> Option<Language> {
        match word.trim().to_lowercase().as_str() {
            "en" | "english" | "engelsk" => Some(Language::En),
            "nb" | "no" | "bokmål" | "bokmal" | "norsk" | "norwegian" => Some(Language::Nb),
            "nn" | "nynorsk" => Some(Language::Nn),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Nb => "nb",
            Language::Nn => "nn",
        }
    }

    /// Norwegian (bokmål or nynorsk): dates, weeks and month names are written the Norwegian
    /// way.
    pub fn is_norwegian(self) -> bool {
        matches!(self, Language::Nb | Language::Nn)
    }

    /// The accepted codes, for help texts: `nb, nn, en`.
    pub fn codes() -> String {
        Language::ALL.map(|l| l.code()).join(", ")
    }
}

/// Where an activity stands.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    serde::Serialize,
    serde::Deserialize,
)]
pub enum Status {
    #[default]
    Todo,
    Doing,
    Waiting,
    Done,
    Cancelled,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Todo,
        Status::Doing,
        Status::Waiting,
        Status::Done,
        Status::Cancelled,
    ];

    /// The word written in a plan (and shown) in `lang`.
    pub fn word(self, lang: Language) -> &'static str {
        match (self, lang) {
            (Status::Todo, Language::En) => "todo",
            (Status::Doing, Language::En) => "doing",
            (Status::Waiting, Language::En) => "waiting",
            (Status::Done, Language::En) => "done",
            (Status::Cancelled, Language::En) => "cancelled",
            (Status::Todo, Language::Nb) => "ikke startet",
            (Status::Doing, Language::Nb) => "pågår",
            (Status::Waiting, Language::Nb) => "venter",
            (Status::Done, Language::Nb) => "ferdig",
            (Status::Cancelled, Language::Nb) => "avlyst",
            (Status::Todo, Language::Nn) => "ikkje starta",
            (Status::Doing, Language::Nn) => "pågår",
            (Status::Waiting, Language::Nn) => "ventar",
            (Status::Done, Language::Nn) => "ferdig",
            (Status::Cancelled, Language::Nn) => "avlyst",
        }
    }

    /// Other spellings people write and the plan accepts (never written by the tool).
    const ALIASES: &[(&'static str, Status)] = &[
        ("canceled", Status::Cancelled),
        ("i gang", Status::Doing),
        ("ikkje byrja", Status::Todo),
        ("ikke begynt", Status::Todo),
    ];

    /// Matches a status word in any language, case-insensitively.
    pub fn parse(word: &str) -> Option<Status> {
        let w = normalize_word(word);
        Status::ALL
            .into_iter()
            .find(|s| Language::ALL.iter().any(|&l| w == s.word(l)))
            .or_else(|| {
                Status::ALIASES
                    .iter()
                    .find(|(a, _)| *a == w)
                    .map(|(_, s)| *s)
            })
    }

    /// The accepted words, for help texts.
    pub fn accepted() -> String {
        accepted_words(|l| Status::ALL.map(|s| s.word(l)).to_vec())
    }

    /// The next status when advancing with one key: todo → doing → done; waiting → doing.
    pub fn advanced(self) -> Status {
        match self {
            Status::Todo => Status::Doing,
            Status::Doing => Status::Done,
            Status::Waiting => Status::Doing,
            Status::Done => Status::Done,
            Status::Cancelled => Status::Cancelled,
        }
    }

    pub fn is_closed(self) -> bool {
        matches!(self, Status::Done | Status::Cancelled)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.word(Language::En))
    }
}

/// Where a focus area stands.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum AreaStatus {
    #[default]
    Active,
    Waiting,
    Done,
}

impl AreaStatus {
    pub const ALL: [AreaStatus; 3] = [AreaStatus::Active, AreaStatus::Waiting, AreaStatus::Done];

    pub fn word(self, lang: Language) -> &'static str {
        match (self, lang) {
            (AreaStatus::Active, Language::En) => "active",
            (AreaStatus::Waiting, Language::En) => "waiting",
            (AreaStatus::Done, Language::En) => "done",
            (AreaStatus::Active, Language::Nb) => "aktiv",
            (AreaStatus::Waiting, Language::Nb) => "venter",
            (AreaStatus::Done, Language::Nb) => "ferdig",
            (AreaStatus::Active, Language::Nn) => "aktiv",
            (AreaStatus::Waiting, Language::Nn) => "ventar",
            (AreaStatus::Done, Language::Nn) => "ferdig",
        }
    }

    pub fn parse(word: &str) -> Option<AreaStatus> {
        let w = normalize_word(word);
        AreaStatus::ALL
            .into_iter()
            .find(|s| Language::ALL.iter().any(|&l| w == s.word(l)))
    }

    pub fn accepted() -> String {
        accepted_words(|l| AreaStatus::ALL.map(|s| s.word(l)).to_vec())
    }
}

fn normalize_word(word: &str) -> String {
    word.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// `"todo", "doing", … (nb: "ikke startet", …; nn: "ikkje starta", …)`: English first, then the
/// words of each other language that differ.
fn accepted_words(words: impl Fn(Language) -> Vec<&'static str>) -> String {
    let quoted = |ws: &[&str]| {
        ws.iter()
            .map(|w| format!("\"{w}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out = quoted(&words(Language::En));
    let others: Vec<String> = Language::ALL
        .iter()
        .filter(|&&l| l != Language::En)
        .map(|&l| format!("{}: {}", l.code(), quoted(&words(l))))
        .collect();
    out.push_str(&format!(" ({})", others.join("; ")));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_words_match_both_languages_case_insensitively() {
        assert_eq!(Status::parse("Ferdig"), Some(Status::Done));
        assert_eq!(Status::parse("IKKE  startet"), Some(Status::Todo));
        assert_eq!(Status::parse("pågår"), Some(Status::Doing));
        assert_eq!(Status::parse("Cancelled"), Some(Status::Cancelled));
        assert_eq!(Status::parse("canceled"), Some(Status::Cancelled));
        assert_eq!(Status::parse("finished"), None);
        assert_eq!(AreaStatus::parse("Venter"), Some(AreaStatus::Waiting));
        assert_eq!(AreaStatus::parse("todo"), None);
        assert_eq!(Status::parse("Ikkje  starta"), Some(Status::Todo));
        assert_eq!(Status::parse("ventar"), Some(Status::Waiting));
        assert_eq!(Status::parse("i gang"), Some(Status::Doing));
        assert_eq!(AreaStatus::parse("Ventar"), Some(AreaStatus::Waiting));
    }

    #[test]
    fn every_word_round_trips() {
        for s in Status::ALL {
            for l in Language::ALL {
                assert_eq!(Status::parse(s.word(l)), Some(s));
            }
        }
        for s in AreaStatus::ALL {
            for l in Language::ALL {
                assert_eq!(AreaStatus::parse(s.word(l)), Some(s));
            }
        }
    }

    #[test]
    fn advancing_goes_todo_doing_done() {
        assert_eq!(Status::Todo.advanced(), Status::Doing);
        assert_eq!(Status::Doing.advanced(), Status::Done);
        assert_eq!(Status::Done.advanced(), Status::Done);
    }
}
