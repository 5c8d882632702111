//! The one table of key bindings. A key press resolves to an [`Action`] here, in the scope the app
//! is in; the footer hints and the `?` help overlay are drawn from the same table, so what the
//! screen says and what the keys do cannot disagree. One binding per line (as gitui's
//! `key_list.rs`); a binding is written on screen by its keys' names unless it has its own label.

use std::borrow::Cow;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::i18n::Msg;
use super::model::View;

/// What a key asks for. Key-independent: the app acts on these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    Left,
    Right,
    Top,
    Bottom,
    PageUp,
    PageDown,
    NextView,
    PrevView,
    View(u8),
    Details,
    Advance,
    StatusPicker,
    ToggleDone,
    EditNote,
    EditDue,
    EditOwner,
    EditTitle,
    EditMembers,
    Undo,
    Redo,
    Search,
    /// The filter picker (`f`).
    FilterPicker,
    Reload,
    Problems,
    Help,
    Quit,
    MoveCardLeft,
    MoveCardRight,
    ToggleCancelled,
    /// Add an activity after the selected one (or at the end of the area).
    AddActivity,
    DeleteActivity,
    /// Move the selected activity one step up or down among its siblings.
    ShiftUp,
    ShiftDown,
    /// Move the selected activity to the end of another area or workstream.
    MoveTo,
    /// The selected area's status (and reason).
    AreaStatus,
    /// Tab in a form: the next field; Shift-Tab the one before.
    NextField,
    PrevField,
    /// Esc: close a popup, clear a search.
    Close,
    /// Enter inside a popup or text field.
    Confirm,
    /// The board: switch to the presentation mode.
    Present,
    NextPage,
    PrevPage,
    FirstPage,
    LastPage,
    /// Open the plan in `$VISUAL`/`$EDITOR` at the selected activity (or, from the problems
    /// list, at its first error), then read it again.
    OpenEditor,
    /// Add a workstream to the selected area, or a new area (asks which).
    AddGroup,
    /// Rename the selected activity's workstream (or the area).
    RenameGroup,
    /// Delete an empty workstream of the selected area.
    DeleteGroup,
    /// Copy the selected activity to the clipboard (OSC 52).
    Copy,
    /// Clears every filter of the picker (`F`).
    ClearFilters,
    /// The next sort of the board and agenda (`O`).
    CycleSort,
    /// Shows or hides the activities' ids (`i`).
    ToggleIds,
    /// Applies the selected problem's fix, from the problems list (`x`).
    QuickFix,
}

impl Action {
    /// Whether the action changes the plan (and so is refused, and not offered, read-only).
    pub fn edits(self) -> bool {
        matches!(
            self,
            Action::Advance
                | Action::StatusPicker
                | Action::ToggleDone
                | Action::EditNote
                | Action::EditDue
                | Action::EditOwner
                | Action::Undo
                | Action::Redo
                | Action::MoveCardLeft
                | Action::MoveCardRight
                | Action::AddActivity
                | Action::DeleteActivity
                | Action::ShiftUp
                | Action::ShiftDown
                | Action::MoveTo
                | Action::AreaStatus
                | Action::AddGroup
                | Action::RenameGroup
                | Action::DeleteGroup
                | Action::QuickFix
        )
    }
}

/// Where keys are being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The views, no popup open.
    Normal,
    /// A popup that lists things (details, problems, help, status picker).
    Popup,
    /// A text field (search, note, deadline, owner, the add form, a reason): printable keys
    /// edit the text.
    Input,
    /// A yes/no question (delete): only its answers act.
    Confirm,
    /// The presentation mode (read-only: no binding here edits anything).
    Present,
    /// The portfolio of a folder's plans (read-only: Enter opens a plan on the board).
    Portfolio,
    /// The error screen of a plan whose TOML cannot be read (`tui::broken`).
    Broken,
}

/// A key, as matched: for characters the Shift modifier is ignored ('G' is its own char).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

impl Key {
    /// How the key is written on screen: "j", "↓", "Space", "PgUp", "Ctrl-r".
    pub fn name(&self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".to_string(),
            KeyCode::Down => "↓".to_string(),
            KeyCode::Left => "←".to_string(),
            KeyCode::Right => "→".to_string(),
            KeyCode::PageUp => "PgUp".to_string(),
            KeyCode::PageDown => "PgDn".to_string(),
            KeyCode::BackTab => "S-Tab".to_string(),
            other => other.to_string(),
        };
        if self.ctrl {
            format!("Ctrl-{name}")
        } else {
            name
        }
    }
}

const fn k(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: false,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
    }
}

const fn code(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}

const UP: Key = code(KeyCode::Up);
const DOWN: Key = code(KeyCode::Down);
const LEFT: Key = code(KeyCode::Left);
const RIGHT: Key = code(KeyCode::Right);
const HOME: Key = code(KeyCode::Home);
const END: Key = code(KeyCode::End);
const PG_UP: Key = code(KeyCode::PageUp);
const PG_DN: Key = code(KeyCode::PageDown);
const TAB: Key = code(KeyCode::Tab);
const BACK_TAB: Key = code(KeyCode::BackTab);
const ENTER: Key = code(KeyCode::Enter);
const ESC: Key = code(KeyCode::Esc);
const BACKSPACE: Key = code(KeyCode::Backspace);

/// How a binding's keys are written in hints and help.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    /// Its keys' names, joined: "j/↓".
    Keys,
    /// Its own text, for a binding that stands for more than its keys ("h/l" for left and
    /// right) or names only the usual one of them ("q", not "q/Ctrl-c").
    Own(&'static str),
    /// Not written: a binding that a neighbour's label already covers, or a spare key.
    Hidden,
}

/// One binding: the keys, what they do, the help text, and how its keys are written.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub scope: Scope,
    pub keys: &'static [Key],
    pub action: Action,
    pub help: Msg,
    /// Shown in the footer (the short list); all bindings are in the help overlay.
    pub hint: bool,
    /// The one view the binding belongs to (its hint shows there, first); `None` for all.
    pub view: Option<View>,
    pub label: Label,
}

const fn b(scope: Scope, keys: &'static [Key], action: Action, help: Msg) -> Binding {
    Binding {
        scope,
        keys,
        action,
        help,
        hint: false,
        view: None,
        label: Label::Keys,
    }
}

impl Binding {
    /// The binding for `view` only.
    const fn only(self, view: View) -> Binding {
        Binding {
            view: Some(view),
            ..self
        }
    }

    /// Shown in the footer too.
    const fn hint(self) -> Binding {
        Binding { hint: true, ..self }
    }

    /// Written as `text` rather than by its keys.
    const fn label(self, text: &'static str) -> Binding {
        Binding {
            label: Label::Own(text),
            ..self
        }
    }

    /// Not written in hints or help.
    const fn hidden(self) -> Binding {
        Binding {
            label: Label::Hidden,
            ..self
        }
    }

    /// How the keys are written on screen ("j/↓"); empty when hidden.
    pub fn keys_label(&self) -> Cow<'static, str> {
        match self.label {
            Label::Keys => {
                let names: Vec<String> = self.keys.iter().map(Key::name).collect();
                Cow::Owned(names.join("/"))
            }
            Label::Own(text) => Cow::Borrowed(text),
            Label::Hidden => Cow::Borrowed(""),
        }
    }

    fn applies(&self, scope: Scope, view: View) -> bool {
        self.scope == scope && self.view.is_none_or(|v| v == view)
    }
}

use Scope::{Confirm, Input, Normal, Popup, Portfolio, Present};
use View::{Board, Status};

/// Every binding, in the order the help overlay lists them; one per line.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    b(Normal,    &[k('j'), DOWN],          Action::Down,            Msg::KeyMove),
    b(Normal,    &[k('k'), UP],            Action::Up,              Msg::KeyMove),
    b(Normal,    &[k('h'), LEFT],          Action::Left,            Msg::KeyPane).only(Board).hint().label("h/l"),
    b(Normal,    &[k('l'), RIGHT],         Action::Right,           Msg::KeyPane).only(Board).hidden(),
    b(Normal,    &[k('h'), LEFT],          Action::Left,            Msg::KeyColumn).only(Status).label("h/l"),
    b(Normal,    &[k('l'), RIGHT],         Action::Right,           Msg::KeyColumn).only(Status).hidden(),
    b(Normal,    &[k('<'), k('H')],        Action::MoveCardLeft,    Msg::KeyMoveCard).only(Status).hint().label("</> H/L"),
    b(Normal,    &[k('>'), k('L')],        Action::MoveCardRight,   Msg::KeyMoveCard).only(Status).hidden(),
    b(Normal,    &[k('c')],                Action::ToggleCancelled, Msg::KeyCancelled).only(Status).hint(),
    b(Normal,    &[k('g'), HOME],          Action::Top,             Msg::KeyTopBottom),
    b(Normal,    &[k('G'), END],           Action::Bottom,          Msg::KeyTopBottom),
    b(Normal,    &[PG_UP, ctrl('u')],      Action::PageUp,          Msg::KeyPage).label("PgUp"),
    b(Normal,    &[PG_DN, ctrl('d')],      Action::PageDown,        Msg::KeyPage).label("PgDn"),
    b(Normal,    &[TAB],                   Action::NextView,        Msg::KeyNextView).hint(),
    b(Normal,    &[BACK_TAB],              Action::PrevView,        Msg::KeyNextView),
    b(Normal,    &[k('1')],                Action::View(0),         Msg::KeyViewN),
    b(Normal,    &[k('2')],                Action::View(1),         Msg::KeyViewN),
    b(Normal,    &[k('3')],                Action::View(2),         Msg::KeyViewN),
    b(Normal,    &[k('4')],                Action::View(3),         Msg::KeyViewN),
    b(Normal,    &[k('5')],                Action::View(4),         Msg::KeyViewN),
    b(Normal,    &[ENTER],                 Action::Details,         Msg::KeyDetails).hint(),
    b(Normal,    &[k(' ')],                Action::Advance,         Msg::KeyAdvance).hint(),
    b(Normal,    &[k('s')],                Action::StatusPicker,    Msg::KeyPicker).hint(),
    b(Normal,    &[k('x')],                Action::ToggleDone,      Msg::KeyToggleDone),
    b(Normal,    &[k('n')],                Action::EditNote,        Msg::KeyNote).hint(),
    b(Normal,    &[k('e')],                Action::EditDue,         Msg::KeyDue).hint(),
    b(Normal,    &[k('o')],                Action::EditOwner,       Msg::KeyOwner),
    b(Normal,    &[k('t')],                Action::EditTitle,       Msg::KeyTitle),
    b(Normal,    &[k('M')],                Action::EditMembers,     Msg::KeyMembers),
    b(Normal,    &[k('u')],                Action::Undo,            Msg::KeyUndo).hint(),
    b(Normal,    &[ctrl('r')],             Action::Redo,            Msg::KeyRedo),
    b(Normal,    &[k('/')],                Action::Search,          Msg::KeySearch).hint(),
    b(Normal,    &[k('f')],                Action::FilterPicker,    Msg::KeyFilter).hint(),
    b(Normal,    &[k('a')],                Action::AddActivity,     Msg::KeyAdd),
    b(Normal,    &[k('d')],                Action::DeleteActivity,  Msg::KeyDelete),
    b(Normal,    &[k('J')],                Action::ShiftDown,       Msg::KeyShift).only(Board).label("J/K"),
    b(Normal,    &[k('K')],                Action::ShiftUp,         Msg::KeyShift).only(Board).hidden(),
    b(Normal,    &[k('m')],                Action::MoveTo,          Msg::KeyMoveTo).only(Board),
    b(Normal,    &[k('S')],                Action::AreaStatus,      Msg::KeyAreaStatus).only(Board),
    b(Normal,    &[k('A')],                Action::AddGroup,        Msg::KeyAddGroup).only(Board),
    b(Normal,    &[k('T')],                Action::RenameGroup,     Msg::KeyRenameGroup).only(Board),
    b(Normal,    &[k('D')],                Action::DeleteGroup,     Msg::KeyDeleteGroup).only(Board),
    b(Normal,    &[k('r')],                Action::Reload,          Msg::KeyReload),
    b(Normal,    &[k('w')],                Action::Problems,        Msg::KeyProblems),
    b(Normal,    &[k('p')],                Action::Present,         Msg::KeyPresent),
    b(Normal,    &[k('E')],                Action::OpenEditor,      Msg::KeyEditor),
    b(Normal,    &[k('y')],                Action::Copy,            Msg::KeyCopy).hint(),
    b(Normal,    &[ESC],                   Action::Close,           Msg::KeyCancel),
    b(Normal,    &[k('?')],                Action::Help,            Msg::KeyHelp).hint(),
    b(Normal,    &[k('q'), ctrl('c')],     Action::Quit,            Msg::KeyQuit).hint().label("q"),

    b(Popup,     &[k('j'), DOWN],          Action::Down,            Msg::KeyMove).label("j/k"),
    b(Popup,     &[k('k'), UP],            Action::Up,              Msg::KeyMove).hidden(),
    b(Popup,     &[PG_UP],                 Action::PageUp,          Msg::KeyPage),
    b(Popup,     &[PG_DN],                 Action::PageDown,        Msg::KeyPage),
    b(Popup,     &[ENTER, k(' ')],         Action::Confirm,         Msg::KeyConfirm).hint().label("Enter"),
    b(Popup,     &[ESC, k('q'), k('?')],   Action::Close,           Msg::KeyClose).hint().label("Esc"),
    b(Popup,     &[ctrl('c')],             Action::Quit,            Msg::KeyQuit).hidden(),
    b(Popup,     &[k('E')],                Action::OpenEditor,      Msg::KeyEditor).hidden(),

    b(Confirm,   &[k('y'), k('j')],        Action::Confirm,         Msg::KeyYes).hint(),
    b(Confirm,   &[k('n'), ESC],           Action::Close,           Msg::KeyNo).hint(),
    b(Confirm,   &[ctrl('c')],             Action::Quit,            Msg::KeyQuit).hidden(),

    b(Present,   &[k(' '), k('l'), RIGHT, PG_DN, DOWN, k('j')],        Action::NextPage,  Msg::KeyNextPage).hint().label("Space/→"),
    b(Present,   &[k('h'), LEFT, PG_UP, UP, k('k'), BACKSPACE],        Action::PrevPage,  Msg::KeyPrevPage).hint().label("←"),
    b(Present,   &[k('g'), HOME],          Action::FirstPage,       Msg::KeyFirstLast).label("Home"),
    b(Present,   &[k('G'), END],           Action::LastPage,        Msg::KeyFirstLast).label("End"),
    b(Present,   &[ESC, k('p')],           Action::Close,           Msg::KeyBackToBoard).label("Esc"),
    b(Present,   &[k('?')],                Action::Help,            Msg::KeyHelp).hint(),
    b(Present,   &[k('q'), ctrl('c')],     Action::Quit,            Msg::KeyQuit).hint().label("q"),

    b(Portfolio, &[k('j'), DOWN],          Action::Down,            Msg::KeyMove),
    b(Portfolio, &[k('k'), UP],            Action::Up,              Msg::KeyMove),
    b(Portfolio, &[k('g'), HOME],          Action::Top,             Msg::KeyTopBottom),
    b(Portfolio, &[k('G'), END],           Action::Bottom,          Msg::KeyTopBottom),
    b(Portfolio, &[PG_UP, ctrl('u')],      Action::PageUp,          Msg::KeyPage).label("PgUp"),
    b(Portfolio, &[PG_DN, ctrl('d')],      Action::PageDown,        Msg::KeyPage).label("PgDn"),
    b(Portfolio, &[TAB],                   Action::NextView,        Msg::KeyNextView).hint(),
    b(Portfolio, &[BACK_TAB],              Action::PrevView,        Msg::KeyNextView),
    b(Portfolio, &[k('1')],                Action::View(0),         Msg::KeyViewN3),
    b(Portfolio, &[k('2')],                Action::View(1),         Msg::KeyViewN3),
    b(Portfolio, &[k('3')],                Action::View(2),         Msg::KeyViewN3),
    b(Portfolio, &[ENTER],                 Action::Details,         Msg::KeyOpenPlan).hint(),
    b(Portfolio, &[k('?')],                Action::Help,            Msg::KeyHelp).hint(),
    b(Portfolio, &[k('q'), ctrl('c')],     Action::Quit,            Msg::KeyQuit).hint().label("q"),

    b(Input,     &[ENTER],                 Action::Confirm,         Msg::KeySave).hint(),
    b(Input,     &[ctrl('c')],             Action::Quit,            Msg::KeyQuit).label("Ctrl-C"),
    b(Input,     &[ESC],                   Action::Close,           Msg::KeyCancel).hint(),
    b(Input,     &[TAB],                   Action::NextField,       Msg::KeyNextField).label("Tab"),
    b(Input,     &[BACK_TAB],              Action::PrevField,       Msg::KeyNextField).hidden(),

    b(Normal,    &[k('F')],                Action::ClearFilters,    Msg::KeyClearFilters),
    b(Normal,    &[k('O')],                Action::CycleSort,       Msg::KeySort),
    b(Normal,    &[k('i')],                Action::ToggleIds,       Msg::KeyIds),
    b(Popup,     &[k('h'), LEFT],          Action::Left,            Msg::KeyChange).label("h/l"),
    b(Popup,     &[k('l'), RIGHT],         Action::Right,           Msg::KeyChange).hidden(),
    b(Popup,     &[k('F')],                Action::ClearFilters,    Msg::KeyClearFilters),
    b(Portfolio, &[k('/')],                Action::Search,          Msg::KeySearch).hint(),
    b(Portfolio, &[k('O')],                Action::CycleSort,       Msg::KeySort),
    b(Portfolio, &[k('r')],                Action::Reload,          Msg::PortfolioKeyReload),
    b(Portfolio, &[ESC],                   Action::Close,           Msg::KeyCancel),
    b(Portfolio, &[k('f')],                Action::FilterPicker,    Msg::KeyFilter).hint(),
    b(Portfolio, &[k('F')],                Action::ClearFilters,    Msg::KeyClearFilters),
    b(Popup,     &[k('x')],                Action::QuickFix,        Msg::KeyQuickFix),
    b(Scope::Broken, &[k('E')],            Action::OpenEditor,      Msg::BrokenKeyEditor).hint(),
    b(Scope::Broken, &[k('r')],            Action::Reload,          Msg::KeyReload).hint(),
    b(Scope::Broken, &[k('q'), ctrl('c')], Action::Quit,            Msg::KeyQuit).hint().label("q"),
];

/// The action `key` stands for in `scope` and `view`, if any. In [`Scope::Input`] keys that are
/// not bound belong to the text field.
pub fn resolve(scope: Scope, view: View, key: &KeyEvent) -> Option<Action> {
    let pressed = Key {
        code: match key.code {
            // Terminals differ on whether Shift-Tab is BackTab or Tab+Shift.
            KeyCode::Tab if key.modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
            c => c,
        },
        ctrl: key.modifiers.contains(KeyModifiers::CONTROL),
    };
    BINDINGS
        .iter()
        .find(|b| b.applies(scope, view) && b.keys.contains(&pressed))
        .map(|b| b.action)
}

/// The bindings shown in the footer for `scope` in `view`: the view's own first.
pub fn hints(scope: Scope, view: View) -> impl Iterator<Item = &'static Binding> {
    let shown = move |b: &&Binding| b.applies(scope, view) && b.hint && b.label != Label::Hidden;
    let own = BINDINGS
        .iter()
        .filter(move |b| b.view.is_some())
        .filter(shown);
    own.chain(BINDINGS.iter().filter(|b| b.view.is_none()).filter(shown))
}

/// An action in a scrollable overlay (help, details, problems): moves `scroll`; returns true
/// when the action closes the overlay.
pub fn scroll_overlay(scroll: &mut u16, action: Action) -> bool {
    match action {
        Action::Down => *scroll = scroll.saturating_add(1),
        Action::Up => *scroll = scroll.saturating_sub(1),
        Action::PageDown => *scroll = scroll.saturating_add(10),
        Action::PageUp => *scroll = scroll.saturating_sub(10),
        Action::Close | Action::Confirm => return true,
        _ => {}
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEvent;

    fn key(c: KeyCode, m: KeyModifiers) -> KeyEvent {
        KeyEvent::new(c, m)
    }

    #[test]
    fn vim_keys_and_arrows_resolve_alike() {
        let n = KeyModifiers::NONE;
        assert_eq!(
            resolve(Normal, View::Board, &key(KeyCode::Char('j'), n)),
            Some(Action::Down)
        );
        assert_eq!(
            resolve(Normal, View::Board, &key(KeyCode::Down, n)),
            Some(Action::Down)
        );
        assert_eq!(
            resolve(
                Normal,
                View::Board,
                &key(KeyCode::Char('G'), KeyModifiers::SHIFT)
            ),
            Some(Action::Bottom)
        );
        assert_eq!(
            resolve(
                Normal,
                View::Board,
                &key(KeyCode::Char('r'), KeyModifiers::CONTROL)
            ),
            Some(Action::Redo)
        );
        assert_eq!(
            resolve(Normal, View::Board, &key(KeyCode::Char('r'), n)),
            Some(Action::Reload)
        );
    }

    #[test]
    fn view_bindings_act_and_hint_only_in_their_view() {
        let n = KeyModifiers::NONE;
        let lt = key(KeyCode::Char('<'), n);
        assert_eq!(
            resolve(Normal, View::Status, &lt),
            Some(Action::MoveCardLeft)
        );
        assert_eq!(resolve(Normal, View::Agenda, &lt), None);
        let h = key(KeyCode::Char('h'), n);
        assert_eq!(resolve(Normal, View::Board, &h), Some(Action::Left));
        assert_eq!(resolve(Normal, View::Status, &h), Some(Action::Left));
        let first = hints(Normal, View::Status).next().map(|b| b.action);
        assert_eq!(first, Some(Action::MoveCardLeft));
        assert!(hints(Normal, View::Agenda).all(|b| b.view.is_none()));
    }

    #[test]
    fn text_fields_only_bind_enter_and_esc() {
        let n = KeyModifiers::NONE;
        assert_eq!(
            resolve(Input, View::Board, &key(KeyCode::Char('q'), n)),
            None
        );
        assert_eq!(
            resolve(Input, View::Board, &key(KeyCode::Esc, n)),
            Some(Action::Close)
        );
    }

    #[test]
    fn labels_come_from_the_keys_unless_a_binding_has_its_own() {
        let label = |scope: Scope, action: Action| {
            BINDINGS
                .iter()
                .find(|b| b.scope == scope && b.action == action)
                .map(|b| b.keys_label().into_owned())
        };
        assert_eq!(label(Normal, Action::Down).as_deref(), Some("j/↓"));
        assert_eq!(label(Normal, Action::Top).as_deref(), Some("g/Home"));
        assert_eq!(label(Normal, Action::Advance).as_deref(), Some("Space"));
        assert_eq!(label(Normal, Action::Redo).as_deref(), Some("Ctrl-r"));
        assert_eq!(label(Normal, Action::PrevView).as_deref(), Some("S-Tab"));
        assert_eq!(label(Normal, Action::Quit).as_deref(), Some("q"));
        assert_eq!(label(Popup, Action::Up).as_deref(), Some(""));
    }

    #[test]
    fn no_key_is_bound_twice_in_a_scope() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                let views_meet = a.view.is_none() || b.view.is_none() || a.view == b.view;
                if a.scope == b.scope && views_meet {
                    for key in a.keys {
                        assert!(!b.keys.contains(key), "{key:?} bound twice");
                    }
                }
            }
        }
    }
}
