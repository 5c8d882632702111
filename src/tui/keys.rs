//! The one table of key bindings. A key press resolves to an [`Action`] here, in the scope the app
//! is in; the footer hints and the `?` help overlay are drawn from the same table, so what the
//! screen says and what the keys do cannot disagree.

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
    Undo,
    Redo,
    Search,
    CycleFilter,
    Reload,
    Problems,
    Help,
    Quit,
    MoveCardLeft,
    MoveCardRight,
    ToggleCancelled,
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
}

/// Where keys are being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The views, no popup open.
    Normal,
    /// A popup that lists things (details, problems, help, status picker).
    Popup,
    /// A text field (search, note, deadline, owner): printable keys edit the text.
    Input,
    /// The presentation mode (read-only: no binding here edits anything).
    Present,
    /// The portfolio of a folder's plans (read-only: Enter opens a plan on the board).
    Portfolio,
}

/// A key, as matched: for characters the Shift modifier is ignored ('G' is its own char).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
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

/// One binding: the keys, how they are written on screen, what they do, and the help text.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub scope: Scope,
    pub keys: &'static [Key],
    /// The keys as shown in hints and help ("j/↓").
    pub label: &'static str,
    pub action: Action,
    pub help: Msg,
    /// Shown in the footer (the short list); all bindings are in the help overlay.
    pub hint: bool,
    /// The one view the binding belongs to (its hint shows there, first); `None` for all.
    pub view: Option<View>,
}

const fn b(
    scope: Scope,
    keys: &'static [Key],
    label: &'static str,
    action: Action,
    help: Msg,
    hint: bool,
) -> Binding {
    Binding {
        scope,
        keys,
        label,
        action,
        help,
        hint,
        view: None,
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

    fn applies(&self, scope: Scope, view: View) -> bool {
        self.scope == scope && self.view.is_none_or(|v| v == view)
    }
}

use Scope::{Input, Normal, Popup, Portfolio, Present};

/// Every binding, in the order the help overlay lists them.
pub const BINDINGS: &[Binding] = &[
    b(
        Normal,
        &[k('j'), code(KeyCode::Down)],
        "j/↓",
        Action::Down,
        Msg::KeyMove,
        false,
    ),
    b(
        Normal,
        &[k('k'), code(KeyCode::Up)],
        "k/↑",
        Action::Up,
        Msg::KeyMove,
        false,
    ),
    b(
        Normal,
        &[k('h'), code(KeyCode::Left)],
        "h/l",
        Action::Left,
        Msg::KeyPane,
        true,
    )
    .only(View::Board),
    b(
        Normal,
        &[k('l'), code(KeyCode::Right)],
        "",
        Action::Right,
        Msg::KeyPane,
        false,
    )
    .only(View::Board),
    b(
        Normal,
        &[k('h'), code(KeyCode::Left)],
        "h/l",
        Action::Left,
        Msg::KeyColumn,
        false,
    )
    .only(View::Status),
    b(
        Normal,
        &[k('l'), code(KeyCode::Right)],
        "",
        Action::Right,
        Msg::KeyColumn,
        false,
    )
    .only(View::Status),
    b(
        Normal,
        &[k('<'), k('H')],
        "</> H/L",
        Action::MoveCardLeft,
        Msg::KeyMoveCard,
        true,
    )
    .only(View::Status),
    b(
        Normal,
        &[k('>'), k('L')],
        "",
        Action::MoveCardRight,
        Msg::KeyMoveCard,
        false,
    )
    .only(View::Status),
    b(
        Normal,
        &[k('c')],
        "c",
        Action::ToggleCancelled,
        Msg::KeyCancelled,
        true,
    )
    .only(View::Status),
    b(
        Normal,
        &[k('g'), code(KeyCode::Home)],
        "g/Home",
        Action::Top,
        Msg::KeyTopBottom,
        false,
    ),
    b(
        Normal,
        &[k('G'), code(KeyCode::End)],
        "G/End",
        Action::Bottom,
        Msg::KeyTopBottom,
        false,
    ),
    b(
        Normal,
        &[code(KeyCode::PageUp), ctrl('u')],
        "PgUp",
        Action::PageUp,
        Msg::KeyPage,
        false,
    ),
    b(
        Normal,
        &[code(KeyCode::PageDown), ctrl('d')],
        "PgDn",
        Action::PageDown,
        Msg::KeyPage,
        false,
    ),
    b(
        Normal,
        &[code(KeyCode::Tab)],
        "Tab",
        Action::NextView,
        Msg::KeyNextView,
        true,
    ),
    b(
        Normal,
        &[code(KeyCode::BackTab)],
        "S-Tab",
        Action::PrevView,
        Msg::KeyNextView,
        false,
    ),
    b(
        Normal,
        &[k('1')],
        "1",
        Action::View(0),
        Msg::KeyViewN,
        false,
    ),
    b(
        Normal,
        &[k('2')],
        "2",
        Action::View(1),
        Msg::KeyViewN,
        false,
    ),
    b(
        Normal,
        &[k('3')],
        "3",
        Action::View(2),
        Msg::KeyViewN,
        false,
    ),
    b(
        Normal,
        &[k('4')],
        "4",
        Action::View(3),
        Msg::KeyViewN,
        false,
    ),
    b(
        Normal,
        &[k('5')],
        "5",
        Action::View(4),
        Msg::KeyViewN,
        false,
    ),
    b(
        Normal,
        &[code(KeyCode::Enter)],
        "Enter",
        Action::Details,
        Msg::KeyDetails,
        true,
    ),
    b(
        Normal,
        &[k(' ')],
        "Space",
        Action::Advance,
        Msg::KeyAdvance,
        true,
    ),
    b(
        Normal,
        &[k('s')],
        "s",
        Action::StatusPicker,
        Msg::KeyPicker,
        true,
    ),
    b(
        Normal,
        &[k('x')],
        "x",
        Action::ToggleDone,
        Msg::KeyToggleDone,
        false,
    ),
    b(Normal, &[k('n')], "n", Action::EditNote, Msg::KeyNote, true),
    b(Normal, &[k('e')], "e", Action::EditDue, Msg::KeyDue, true),
    b(
        Normal,
        &[k('o')],
        "o",
        Action::EditOwner,
        Msg::KeyOwner,
        false,
    ),
    b(Normal, &[k('u')], "u", Action::Undo, Msg::KeyUndo, true),
    b(
        Normal,
        &[ctrl('r')],
        "Ctrl-r",
        Action::Redo,
        Msg::KeyRedo,
        false,
    ),
    b(Normal, &[k('/')], "/", Action::Search, Msg::KeySearch, true),
    b(
        Normal,
        &[k('f')],
        "f",
        Action::CycleFilter,
        Msg::KeyFilter,
        true,
    ),
    b(
        Normal,
        &[k('r')],
        "r",
        Action::Reload,
        Msg::KeyReload,
        false,
    ),
    b(
        Normal,
        &[k('w')],
        "w",
        Action::Problems,
        Msg::KeyProblems,
        false,
    ),
    b(
        Normal,
        &[k('p')],
        "p",
        Action::Present,
        Msg::KeyPresent,
        false,
    ),
    b(
        Normal,
        &[code(KeyCode::Esc)],
        "Esc",
        Action::Close,
        Msg::KeyCancel,
        false,
    ),
    b(Normal, &[k('?')], "?", Action::Help, Msg::KeyHelp, true),
    b(
        Normal,
        &[k('q'), ctrl('c')],
        "q",
        Action::Quit,
        Msg::KeyQuit,
        true,
    ),
    b(
        Popup,
        &[k('j'), code(KeyCode::Down)],
        "j/k",
        Action::Down,
        Msg::KeyMove,
        false,
    ),
    b(
        Popup,
        &[k('k'), code(KeyCode::Up)],
        "",
        Action::Up,
        Msg::KeyMove,
        false,
    ),
    b(
        Popup,
        &[code(KeyCode::PageUp)],
        "PgUp",
        Action::PageUp,
        Msg::KeyPage,
        false,
    ),
    b(
        Popup,
        &[code(KeyCode::PageDown)],
        "PgDn",
        Action::PageDown,
        Msg::KeyPage,
        false,
    ),
    b(
        Popup,
        &[code(KeyCode::Enter), k(' ')],
        "Enter",
        Action::Confirm,
        Msg::KeyConfirm,
        true,
    ),
    b(
        Popup,
        &[code(KeyCode::Esc), k('q'), k('?')],
        "Esc",
        Action::Close,
        Msg::KeyClose,
        true,
    ),
    b(Popup, &[ctrl('c')], "", Action::Quit, Msg::KeyQuit, false),
    b(
        Present,
        &[
            k(' '),
            k('l'),
            code(KeyCode::Right),
            code(KeyCode::PageDown),
            code(KeyCode::Down),
            k('j'),
        ],
        "Space/→",
        Action::NextPage,
        Msg::KeyNextPage,
        true,
    ),
    b(
        Present,
        &[
            k('h'),
            code(KeyCode::Left),
            code(KeyCode::PageUp),
            code(KeyCode::Up),
            k('k'),
            code(KeyCode::Backspace),
        ],
        "←",
        Action::PrevPage,
        Msg::KeyPrevPage,
        true,
    ),
    b(
        Present,
        &[k('g'), code(KeyCode::Home)],
        "Home",
        Action::FirstPage,
        Msg::KeyFirstLast,
        false,
    ),
    b(
        Present,
        &[k('G'), code(KeyCode::End)],
        "End",
        Action::LastPage,
        Msg::KeyFirstLast,
        false,
    ),
    b(
        Present,
        &[code(KeyCode::Esc), k('p')],
        "Esc",
        Action::Close,
        Msg::KeyBackToBoard,
        false,
    ),
    b(Present, &[k('?')], "?", Action::Help, Msg::KeyHelp, true),
    b(
        Present,
        &[k('q'), ctrl('c')],
        "q",
        Action::Quit,
        Msg::KeyQuit,
        true,
    ),
    b(
        Portfolio,
        &[k('j'), code(KeyCode::Down)],
        "j/↓",
        Action::Down,
        Msg::KeyMove,
        false,
    ),
    b(
        Portfolio,
        &[k('k'), code(KeyCode::Up)],
        "k/↑",
        Action::Up,
        Msg::KeyMove,
        false,
    ),
    b(
        Portfolio,
        &[k('g'), code(KeyCode::Home)],
        "g/Home",
        Action::Top,
        Msg::KeyTopBottom,
        false,
    ),
    b(
        Portfolio,
        &[k('G'), code(KeyCode::End)],
        "G/End",
        Action::Bottom,
        Msg::KeyTopBottom,
        false,
    ),
    b(
        Portfolio,
        &[code(KeyCode::PageUp), ctrl('u')],
        "PgUp",
        Action::PageUp,
        Msg::KeyPage,
        false,
    ),
    b(
        Portfolio,
        &[code(KeyCode::PageDown), ctrl('d')],
        "PgDn",
        Action::PageDown,
        Msg::KeyPage,
        false,
    ),
    b(
        Portfolio,
        &[code(KeyCode::Tab)],
        "Tab",
        Action::NextView,
        Msg::KeyNextView,
        true,
    ),
    b(
        Portfolio,
        &[code(KeyCode::BackTab)],
        "S-Tab",
        Action::PrevView,
        Msg::KeyNextView,
        false,
    ),
    b(
        Portfolio,
        &[k('1')],
        "1",
        Action::View(0),
        Msg::KeyViewN3,
        false,
    ),
    b(
        Portfolio,
        &[k('2')],
        "2",
        Action::View(1),
        Msg::KeyViewN3,
        false,
    ),
    b(
        Portfolio,
        &[k('3')],
        "3",
        Action::View(2),
        Msg::KeyViewN3,
        false,
    ),
    b(
        Portfolio,
        &[code(KeyCode::Enter)],
        "Enter",
        Action::Details,
        Msg::KeyOpenPlan,
        true,
    ),
    b(Portfolio, &[k('?')], "?", Action::Help, Msg::KeyHelp, true),
    b(
        Portfolio,
        &[k('q'), ctrl('c')],
        "q",
        Action::Quit,
        Msg::KeyQuit,
        true,
    ),
    b(
        Input,
        &[code(KeyCode::Enter)],
        "Enter",
        Action::Confirm,
        Msg::KeySave,
        true,
    ),
    b(
        Input,
        &[ctrl('c')],
        "Ctrl-C",
        Action::Quit,
        Msg::KeyQuit,
        false,
    ),
    b(
        Input,
        &[code(KeyCode::Esc)],
        "Esc",
        Action::Close,
        Msg::KeyCancel,
        true,
    ),
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
    let shown = move |b: &&Binding| b.applies(scope, view) && b.hint && !b.label.is_empty();
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
