//! Status words of activities and areas, and the plan's language, in both bokmål and English.

use std::fmt;

/// The language of a plan: the words the tool writes into it and the default UI language.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Language {
    #[default]
    En,
    Nb,
}

impl Language {
    pub fn parse(word: &str) -> Option<Language> {
        match word.trim().to_lowercase().as_str() {
            "en" | "english" | "engelsk" => Some(Language::En),
            "nb" | "no" | "bokmål" | "norsk" | "norwegian" => Some(Language::Nb),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Nb => "nb",
        }
    }

    pub fn is_nb(self) -> bool {
        self == Language::Nb
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
        }
    }

    /// Matches a status word in either language, case-insensitively.
    pub fn parse(word: &str) -> Option<Status> {
        let w = normalize_word(word);
        Status::ALL.into_iter().find(|s| {
            w == s.word(Language::En)
                || w == s.word(Language::Nb)
                || (w == "canceled" && *s == Status::Cancelled)
        })
    }

    /// The accepted words, for help texts.
    pub fn accepted() -> String {
        accepted_words(&Status::ALL.map(|s| (s.word(Language::En), s.word(Language::Nb))))
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
        }
    }

    pub fn parse(word: &str) -> Option<AreaStatus> {
        let w = normalize_word(word);
        AreaStatus::ALL
            .into_iter()
            .find(|s| w == s.word(Language::En) || w == s.word(Language::Nb))
    }

    pub fn accepted() -> String {
        accepted_words(&AreaStatus::ALL.map(|s| (s.word(Language::En), s.word(Language::Nb))))
    }
}

fn normalize_word(word: &str) -> String {
    word.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn accepted_words(pairs: &[(&str, &str)]) -> String {
    let en: Vec<String> = pairs.iter().map(|(e, _)| format!("\"{e}\"")).collect();
    let nb: Vec<String> = pairs.iter().map(|(_, n)| format!("\"{n}\"")).collect();
    format!("{} (nb: {})", en.join(", "), nb.join(", "))
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
    }

    #[test]
    fn every_word_round_trips() {
        for s in Status::ALL {
            for l in [Language::En, Language::Nb] {
                assert_eq!(Status::parse(s.word(l)), Some(s));
            }
        }
        for s in AreaStatus::ALL {
            for l in [Language::En, Language::Nb] {
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
