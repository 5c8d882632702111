//! The error screen for a plan whose TOML cannot be read at all (nothing in it can be shown): the
//! error as `check` renders it (file, line, column, the source line with a caret, what would be
//! right), `E` to open the editor at the error's line, `r` to read the file again and `q` to
//! quit. The event loop follows the file meanwhile and opens the board by itself once it can be
//! read. Pure state, like the board's `App`: keys in, effects out; drawn by `views::broken`.

use ratatui::crossterm::event::{KeyEvent, KeyEventKind};

use super::keys::{self, Action, Scope};
use super::model::View;
use super::theme::Theme;
use crate::diagnostics::Diagnostic;
use crate::plan::Language;

/// What the caller must do after a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BrokenEffect {
    None,
    Quit,
    /// Open the file in the user's editor at this line (1-based), then read it again.
    Editor {
        line: usize,
    },
    /// Read the file again now.
    Reload,
}

/// The error screen's state.
#[derive(Debug, Clone)]
pub struct Broken {
    path: String,
    lang: Language,
    theme: Theme,
    /// The errors as `check` renders them, without colour.
    report: String,
    /// The first error's line, where the editor opens.
    line: usize,
    /// What the last reading of the file (or the editor) said, shown under the report.
    note: Option<String>,
}

impl Broken {
    /// The screen for `text` (the file at `path`, as shown) and its diagnostics.
    pub fn new(
        path: &str,
        text: &str,
        diagnostics: &[Diagnostic],
        lang: Language,
        theme: Theme,
    ) -> Broken {
        let mut b = Broken {
            path: path.to_string(),
            lang,
            theme,
            report: String::new(),
            line: 1,
            note: None,
        };
        b.show(text, diagnostics);
        b
    }

    fn show(&mut self, text: &str, diagnostics: &[Diagnostic]) {
        let errors: Vec<Diagnostic> = diagnostics
            .iter()
            .filter(|d| d.is_error())
            .cloned()
            .collect();
        self.report = crate::diagnostics::render(&errors, &self.path, text, false, self.lang);
        self.line = errors
            .first()
            .and_then(|d| d.line_col(text))
            .map_or(1, |(l, _)| l);
    }

    /// The file was read again and still cannot be: its errors now, and when it was read
    /// ("10:42").
    pub fn still_broken(&mut self, text: &str, diagnostics: &[Diagnostic], at: &str) {
        self.show(text, diagnostics);
        self.note = Some(crate::msg!("life-broken-still", at = at).render(self.lang));
    }

    /// Something to say under the report (the file is gone, the editor did not start).
    pub fn note(&mut self, text: String) {
        self.note = Some(text);
    }

    pub fn key(&mut self, key: &KeyEvent) -> BrokenEffect {
        if key.kind != KeyEventKind::Press {
            return BrokenEffect::None;
        }
        match keys::resolve(Scope::Broken, View::Board, key) {
            Some(Action::OpenEditor) => BrokenEffect::Editor { line: self.line },
            Some(Action::Reload) => BrokenEffect::Reload,
            Some(Action::Quit) => BrokenEffect::Quit,
            _ => BrokenEffect::None,
        }
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    pub fn lang(&self) -> Language {
        self.lang
    }

    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    pub fn report(&self) -> &str {
        &self.report
    }

    /// The line the editor opens at.
    pub fn line(&self) -> usize {
        self.line
    }

    pub fn message(&self) -> Option<&str> {
        self.note.as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::theme::ThemeKind;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    #[test]
    fn keys_ask_for_the_editor_at_the_error_a_reload_or_quitting() {
        let text = "[plan]\ntitle = \"T\n";
        let parsed = crate::file::parse_plan(text);
        assert!(parsed.usable().is_none());
        let mut b = Broken::new(
            "p.toml",
            text,
            &parsed.diagnostics,
            Language::En,
            Theme::new(ThemeKind::Dark, false),
        );
        let key = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(b.key(&key('E')), BrokenEffect::Editor { line: 2 });
        assert_eq!(b.key(&key('r')), BrokenEffect::Reload);
        assert_eq!(b.key(&key('q')), BrokenEffect::Quit);
        assert_eq!(b.key(&key('x')), BrokenEffect::None);
        assert!(b.report().contains("p.toml:2:9"), "{}", b.report());
        b.still_broken(text, &parsed.diagnostics, "10:42");
        assert_eq!(
            b.message(),
            Some("read again at 10:42: it still cannot be read")
        );
    }
}
