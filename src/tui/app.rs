//! The board's state and everything that changes it: [`App::apply`] takes an [`Event`] (a key,
//! a click, a store's report) and returns an [`Effect`] (nothing, quit, or a request to the
//! saving layer). No terminal and no disk here, so tests drive the app with key sequences.

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyEvent, KeyEventKind};
use ratatui::layout::{Position, Rect};
use tui_input::Input;
use tui_input::backend::crossterm::to_input_request;

use super::i18n::{Msg, tr};
use super::keys::{self, Action, Scope};
use super::model::{self, Filter, Row, View};
use super::popup::{Choice, OtherEditorChoice, Popup, RecoveryChoice, UnsavedChoice};
use super::store::{Done, Fresh, Report, Request};
use super::theme::Theme;
use crate::diagnostics::Diagnostic;
use crate::file::edit::{Change, Edit, Field};
use crate::file::recovery::{Recovery, Unsaved};
use crate::plan::{Counts, Language, Plan, Status};

/// Something that happened: a key, the mouse, or an answer from the store.
#[derive(Debug, Clone)]
pub enum Event {
    Key(KeyEvent),
    /// An action directly (tests, and keys once resolved).
    Action(Action),
    Click {
        column: u16,
        row: u16,
    },
    ScrollUp,
    ScrollDown,
    Stored(Box<Report>),
    /// The store's edits that are not in the file, after a report.
    Unsaved(Vec<Unsaved>),
}

/// What the caller must do after an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    None,
    Quit,
    Store(Request),
    /// Switch to the presentation mode for this plan (`p`).
    Present,
}

/// How the app starts.
#[derive(Debug, Clone)]
pub struct Options {
    pub today: NaiveDate,
    pub lang: Language,
    pub theme: Theme,
    pub read_only: bool,
    /// The file's name as shown in the problems list.
    pub path: String,
}

/// The board's two panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Areas,
    Activities,
}

/// A line in the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub kind: MessageKind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageKind {
    Info,
    Ok,
    Error,
}

/// A clickable place on screen, recorded while drawing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Activity(usize),
    Area(usize),
    View(View),
}

/// What drawing keeps from one frame to the next, beside the [`App`] and never inside it (as
/// ratatui's `ListState`): where the main list is scrolled to, how many rows a page key moves,
/// and what is where for mouse clicks. The views write it while drawing; [`App::apply`] reads
/// it for clicks and paging, and scrolls to the top when the list becomes another one.
#[derive(Debug, Clone)]
pub struct ViewState {
    offset: usize,
    page: usize,
    hits: Vec<(Rect, Target)>,
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            offset: 0,
            page: 10,
            hits: Vec::new(),
        }
    }
}

impl ViewState {
    /// The first row of the main list on screen.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// How many rows a page key moves: the main list's height less one, as last drawn.
    pub fn page(&self) -> usize {
        self.page.max(1)
    }

    /// What was drawn at this cell on the last frame, if it can be clicked.
    pub fn target_at(&self, column: u16, row: u16) -> Option<Target> {
        self.hits
            .iter()
            .find(|(r, _)| r.contains(Position::new(column, row)))
            .map(|(_, t)| *t)
    }

    /// Shows the main list from its top on the next frame (another view or area).
    pub fn scroll_to_top(&mut self) {
        self.offset = 0;
    }

    /// A new frame: nothing is clickable until drawn again.
    pub(crate) fn clear_hits(&mut self) {
        self.hits.clear();
    }

    /// `area` on screen shows `target`.
    pub(crate) fn hit(&mut self, area: Rect, target: Target) {
        self.hits.push((area, target));
    }

    pub(crate) fn set_offset(&mut self, offset: usize) {
        self.offset = offset;
    }

    pub(crate) fn set_page(&mut self, page: usize) {
        self.page = page;
    }
}

/// An edit sent to the store, with the plan as it was before, to roll back if it fails.
#[derive(Debug, Clone)]
struct Pending {
    request: Request,
    before: Plan,
}

/// The application state.
#[derive(Debug)]
pub struct App {
    pub plan: Plan,
    pub diagnostics: Vec<Diagnostic>,
    /// The file text the diagnostics point into.
    pub text: String,
    pub path: String,
    pub today: NaiveDate,
    pub lang: Language,
    pub theme: Theme,
    pub read_only: bool,

    pub view: View,
    pub filter: Filter,
    pub query: String,
    /// The search field while typing (`/`).
    pub search: Option<Input>,
    pub show_cancelled: bool,
    pub popup: Option<Popup>,
    pub message: Option<Message>,
    pub quit: bool,

    /// The selected area on the board, and which pane has focus.
    pub area: usize,
    pub pane: Pane,
    /// The selected activity (index into `plan.activities`).
    pub selected: Option<usize>,

    // Derived from the plan, filter and search; recomputed on change, never per frame.
    pub counts: Counts,
    /// How wide each column of an activity row needs to be, over the visible activities.
    pub widths: model::Widths,
    pub visible: Vec<usize>,
    pub rows: Vec<Row>,
    pub columns: Vec<(Status, Vec<usize>)>,
    /// (done, total) of each area, for the board's left pane.
    pub progress: Vec<(usize, usize)>,
    /// Each activity's lowercased search text ([`model::search_texts`]), built once per plan.
    search_texts: Vec<String>,
    /// The activities the cursor can reach, in screen order; where each activity is in it
    /// (`u32::MAX`: not reachable); and the row of each in `rows` (list views). So moving the
    /// cursor and finding its row on a frame take the same time in any plan.
    order: Vec<usize>,
    place: Vec<u32>,
    order_rows: Vec<u32>,

    pending: Vec<Pending>,
    /// What each activity was before `x` marked it done in this session, so a second `x`
    /// puts it back rather than guessing.
    before_done: std::collections::HashMap<String, Status>,

    /// Edits the store could not write to the file (shown, and asked about on quitting).
    pub unsaved: Vec<Unsaved>,
    /// A choice in the unsaved popup was sent to the store; quit once nothing is unsaved.
    quitting: bool,
    /// A recovery file's edits, offered at start.
    pub recovery: Option<Recovery>,
    /// Other boards editing this plan (described), shown at start.
    pub other_editors: Vec<String>,
    /// Read-only because another board edits the plan (not `--read-only`).
    read_only_by_choice: bool,
}

impl App {
    pub fn new(plan: Plan, diagnostics: Vec<Diagnostic>, text: String, options: Options) -> App {
        let mut app = App {
            plan,
            diagnostics,
            text,
            path: options.path,
            today: options.today,
            lang: options.lang,
            theme: options.theme,
            read_only: options.read_only,
            view: View::Board,
            filter: Filter::All,
            query: String::new(),
            search: None,
            show_cancelled: false,
            popup: None,
            message: None,
            quit: false,
            area: 0,
            pane: Pane::Activities,
            selected: None,
            counts: Counts::default(),
            widths: model::Widths::default(),
            visible: Vec::new(),
            rows: Vec::new(),
            columns: Vec::new(),
            progress: Vec::new(),
            search_texts: Vec::new(),
            order: Vec::new(),
            place: Vec::new(),
            order_rows: Vec::new(),
            pending: Vec::new(),
            before_done: std::collections::HashMap::new(),
            unsaved: Vec::new(),
            quitting: false,
            recovery: None,
            other_editors: Vec::new(),
            read_only_by_choice: false,
        };
        // Start on the first area that has activities, so the board opens on work to see.
        app.area = (0..app.plan.areas.len())
            .find(|&i| app.plan.activities_in_area(i).next().is_some())
            .unwrap_or(0);
        app.refresh();
        app
    }

    /// The text of `msg` in the UI language.
    pub fn tr(&self, msg: Msg) -> &'static str {
        tr(self.lang, msg)
    }

    /// Warnings in the file (the plan opened, so there are no errors).
    pub fn warnings(&self) -> usize {
        self.diagnostics.len()
    }

    /// The scope keys are read in.
    pub fn scope(&self) -> Scope {
        match (&self.popup, &self.search) {
            (Some(Popup::Edit { .. }), _) | (None, Some(_)) => Scope::Input,
            (Some(_), _) => Scope::Popup,
            (None, None) => Scope::Normal,
        }
    }

    /// Handles one event.
    pub fn apply(&mut self, event: Event, state: &mut ViewState) -> Effect {
        match event {
            Event::Key(key) => self.key(key, state),
            Event::Action(action) => self.perform(action, state),
            Event::Click { column, row } => {
                self.click(column, row, state);
                Effect::None
            }
            Event::ScrollUp => self.scroll(-3, state),
            Event::ScrollDown => self.scroll(3, state),
            Event::Stored(report) => {
                self.stored(*report);
                Effect::None
            }
            Event::Unsaved(list) => self.set_unsaved(list),
        }
    }

    /// At start: another board is editing this plan (each described: user, host, pid).
    pub fn warn_other_editors(&mut self, editors: Vec<String>) {
        if editors.is_empty() || self.read_only {
            return;
        }
        self.other_editors = editors;
        self.popup = Some(Popup::OtherEditor {
            choice: OtherEditorChoice::default(),
        });
    }

    /// At start: a recovery file's edits, offered once any other-editor question is answered.
    pub fn offer_recovery(&mut self, recovery: Recovery) {
        if recovery.edits.is_empty() {
            return;
        }
        self.recovery = Some(recovery);
        if self.read_only {
            self.info(
                MessageKind::Error,
                self.tr(Msg::RecoveryReadOnly).to_string(),
            );
        } else if self.popup.is_none() {
            self.popup = Some(Popup::Recovery {
                choice: RecoveryChoice::default(),
            });
        }
    }

    /// Quit, unless edits are unsaved: then ask what to do with them. A quit while asking
    /// sets them aside in the recovery file, so a second Ctrl-C never loses them.
    pub fn request_quit(&mut self) -> Effect {
        if matches!(self.popup, Some(Popup::Unsaved { .. })) {
            return self.choose_unsaved(UnsavedChoice::SetAside);
        }
        if self.unsaved.is_empty() {
            self.quit = true;
            return Effect::Quit;
        }
        self.ask_unsaved();
        Effect::None
    }

    /// Opens the popup that asks what to do with the unsaved edits.
    pub fn ask_unsaved(&mut self) {
        self.quit = false;
        self.quitting = false;
        self.search = None;
        self.popup = Some(Popup::Unsaved {
            choice: UnsavedChoice::default(),
        });
    }

    fn set_unsaved(&mut self, list: Vec<Unsaved>) -> Effect {
        self.unsaved = list;
        if !self.quitting {
            return Effect::None;
        }
        self.quitting = false;
        if self.unsaved.is_empty() {
            self.quit = true;
            Effect::Quit
        } else {
            // The choice did not work out (the message says why): ask again.
            self.popup = Some(Popup::Unsaved {
                choice: UnsavedChoice::default(),
            });
            Effect::None
        }
    }

    /// Keys in the popups that ask (unsaved, recovery, other editor); `None` in other popups.
    /// Esc takes the choice that changes nothing: back to the board, decide about the recovery
    /// file later, or read-only beside another editor.
    fn perform_asking(&mut self, action: Action) -> Option<Effect> {
        let effect = match self.popup {
            Some(Popup::Unsaved { choice }) => match action {
                Action::Confirm => self.choose_unsaved(choice),
                Action::Close => {
                    self.popup = None;
                    Effect::None
                }
                _ => {
                    let choice = choice.moved(action);
                    self.popup = Some(Popup::Unsaved { choice });
                    Effect::None
                }
            },
            Some(Popup::Recovery { choice }) => match action {
                Action::Confirm => self.choose_recovery(choice),
                Action::Close => self.choose_recovery(RecoveryChoice::Later),
                _ => {
                    let choice = choice.moved(action);
                    self.popup = Some(Popup::Recovery { choice });
                    Effect::None
                }
            },
            Some(Popup::OtherEditor { choice }) => match action {
                Action::Confirm => self.choose_other_editor(choice),
                Action::Close => self.choose_other_editor(OtherEditorChoice::ReadOnly),
                _ => {
                    let choice = choice.moved(action);
                    self.popup = Some(Popup::OtherEditor { choice });
                    Effect::None
                }
            },
            _ => return None,
        };
        Some(effect)
    }

    fn choose_unsaved(&mut self, choice: UnsavedChoice) -> Effect {
        self.popup = None;
        self.quitting = true;
        let request = match choice {
            UnsavedChoice::Retry => {
                self.info(MessageKind::Info, self.tr(Msg::Saving).to_string());
                Request::Retry
            }
            UnsavedChoice::SetAside => Request::SetAside,
            UnsavedChoice::Discard => Request::Discard,
        };
        Effect::Store(request)
    }

    fn choose_recovery(&mut self, choice: RecoveryChoice) -> Effect {
        self.popup = None;
        match choice {
            RecoveryChoice::Reapply => match self.recovery.take() {
                Some(r) => {
                    self.info(MessageKind::Info, self.tr(Msg::Saving).to_string());
                    Effect::Store(Request::Reapply(r.edits))
                }
                None => Effect::None,
            },
            RecoveryChoice::Discard => {
                self.recovery = None;
                Effect::Store(Request::DiscardRecovery)
            }
            RecoveryChoice::Later => {
                self.info(MessageKind::Info, self.tr(Msg::RecoveryKept).to_string());
                Effect::None
            }
        }
    }

    fn choose_other_editor(&mut self, choice: OtherEditorChoice) -> Effect {
        self.popup = None;
        if choice == OtherEditorChoice::ReadOnly {
            self.read_only = true;
            self.read_only_by_choice = true;
            if self.recovery.is_some() {
                self.info(
                    MessageKind::Error,
                    self.tr(Msg::RecoveryReadOnly).to_string(),
                );
            }
            return Effect::Store(Request::StopEditing);
        }
        if self.recovery.is_some() {
            self.popup = Some(Popup::Recovery {
                choice: RecoveryChoice::default(),
            });
        }
        Effect::None
    }

    fn key(&mut self, key: KeyEvent, state: &mut ViewState) -> Effect {
        // Terminals with the kitty protocol report releases and repeats; only a press acts.
        if key.kind != KeyEventKind::Press {
            return Effect::None;
        }
        let scope = self.scope();
        match keys::resolve(scope, self.view, &key) {
            Some(action) => self.perform(action, state),
            None if scope == Scope::Input => {
                self.type_key(key);
                Effect::None
            }
            None => Effect::None,
        }
    }

    /// Recomputes everything derived from plan, filter and search, keeping the selection.
    /// Call after changing the plan; a change of view, filter or search alone needs only
    /// [`App::refresh_view`].
    pub fn refresh(&mut self) {
        self.counts = self.plan.counts(self.today);
        self.progress = self.plan.areas_progress();
        self.search_texts = model::search_texts(&self.plan);
        self.refresh_view();
    }

    /// Recomputes what view, filter and search show of the plan as it is, keeping the selection.
    pub fn refresh_view(&mut self) {
        self.area = self.area.min(self.plan.areas.len().saturating_sub(1));
        if self.search_texts.len() != self.plan.activities.len() {
            self.search_texts = model::search_texts(&self.plan);
        }
        self.visible = model::visible_in(
            &self.plan,
            self.today,
            self.filter,
            &self.query,
            &self.search_texts,
        );
        self.widths = model::Widths::of(&self.plan, &self.visible, self.today, self.lang);
        self.rows = match self.view {
            View::Board => model::board_rows(&self.plan, self.area, &self.visible),
            View::Agenda => model::agenda_rows(&self.plan, self.today, &self.visible),
            View::Owners => model::owner_rows(&self.plan, self.today, &self.visible),
            View::Timeline => model::timeline_rows(&self.plan, &self.visible),
            View::Status => Vec::new(),
        };
        self.columns = if self.view == View::Status {
            model::kanban_columns(&self.plan, &self.visible, self.show_cancelled)
        } else {
            Vec::new()
        };
        self.index_order();
        if self.selected.and_then(|s| self.order_of(s)).is_none() {
            self.selected = self.order.first().copied();
        }
    }

    /// Builds `order`, `place` and `order_rows` from `rows` or `columns`.
    fn index_order(&mut self) {
        self.order.clear();
        self.order_rows.clear();
        if self.view == View::Status {
            self.order
                .extend(self.columns.iter().flat_map(|(_, c)| c.iter().copied()));
        } else {
            for (r, row) in self.rows.iter().enumerate() {
                if let Row::Activity(i) = row {
                    self.order.push(*i);
                    self.order_rows.push(r as u32);
                }
            }
        }
        self.place.clear();
        self.place.resize(self.plan.activities.len(), u32::MAX);
        for (k, &i) in self.order.iter().enumerate() {
            if let Some(p) = self.place.get_mut(i) {
                *p = k as u32;
            }
        }
    }

    /// Where activity `i` is among those the cursor can reach.
    fn order_of(&self, i: usize) -> Option<usize> {
        let k = *self.place.get(i)?;
        (k != u32::MAX && self.order.get(k as usize) == Some(&i)).then_some(k as usize)
    }

    /// Position of the selected activity in `rows` (list views).
    pub fn cursor_row(&self) -> Option<usize> {
        let k = self.order_of(self.selected?)?;
        self.order_rows.get(k).map(|&r| r as usize)
    }

    /// (column, position) of the selected card in the status view.
    pub fn kanban_cursor(&self) -> Option<(usize, usize)> {
        if self.view != View::Status {
            return None;
        }
        let mut k = self.order_of(self.selected?)?;
        for (c, (_, col)) in self.columns.iter().enumerate() {
            if k < col.len() {
                return Some((c, k));
            }
            k -= col.len();
        }
        None
    }

    fn perform(&mut self, action: Action, state: &mut ViewState) -> Effect {
        // In a text field only Ctrl-C quits ('q' is typed), and it goes the same way as q.
        if action == Action::Quit {
            return self.request_quit();
        }
        match self.scope() {
            Scope::Input => self.perform_input(action),
            Scope::Popup => self.perform_popup(action),
            Scope::Normal => self.perform_normal(action, state),
            Scope::Present | Scope::Portfolio => Effect::None,
        }
    }

    fn perform_normal(&mut self, action: Action, state: &mut ViewState) -> Effect {
        match action {
            Action::Up => self.move_by(-1, state),
            Action::Down => self.move_by(1, state),
            Action::PageUp => self.move_by(-(state.page() as isize), state),
            Action::PageDown => self.move_by(state.page() as isize, state),
            Action::Top => self.move_by(isize::MIN / 2, state),
            Action::Bottom => self.move_by(isize::MAX / 2, state),
            Action::Left => self.sideways(-1),
            Action::Right => self.sideways(1),
            Action::NextView => {
                self.set_view(View::ALL[(self.view.index() + 1) % View::ALL.len()], state)
            }
            Action::PrevView => self.set_view(
                View::ALL[(self.view.index() + View::ALL.len() - 1) % View::ALL.len()],
                state,
            ),
            Action::View(n) => {
                if let Some(v) = View::ALL.get(usize::from(n)) {
                    self.set_view(*v, state);
                }
            }
            Action::Details => {
                if self.view == View::Board && self.pane == Pane::Areas {
                    self.pane = Pane::Activities;
                } else if self.selected.is_some() {
                    self.popup = Some(Popup::Detail { scroll: 0 });
                }
            }
            Action::Advance => {
                if let Some(a) = self.selected_activity() {
                    let next = a.status.advanced();
                    if next != a.status {
                        return self.edit(Change::Status(next));
                    }
                }
            }
            Action::ToggleDone => {
                if let Some(a) = self.selected_activity() {
                    let next = if a.status == Status::Done {
                        self.before_done
                            .get(&a.id)
                            .copied()
                            .unwrap_or(Status::Doing)
                    } else {
                        Status::Done
                    };
                    let (id, before) = (a.id.clone(), a.status);
                    let effect = self.edit(Change::Status(next));
                    if next == Status::Done && effect != Effect::None {
                        self.before_done.insert(id, before);
                    }
                    return effect;
                }
            }
            Action::StatusPicker => {
                if let Some(a) = self.selected_activity() {
                    let cursor = Status::ALL.iter().position(|s| *s == a.status).unwrap_or(0);
                    if self.refuse_read_only() {
                        return Effect::None;
                    }
                    self.popup = Some(Popup::Picker { cursor });
                }
            }
            Action::EditNote => self.open_editor(Field::Note),
            Action::EditDue => self.open_editor(Field::Due),
            Action::EditOwner => self.open_editor(Field::Owner),
            Action::Undo => return self.store(Request::Undo),
            Action::Redo => return self.store(Request::Redo),
            Action::Reload => return Effect::Store(Request::Reload),
            Action::Search => {
                self.search = Some(Input::new(self.query.clone()));
            }
            Action::CycleFilter => {
                self.filter = self.filter.next();
                self.refresh_view();
            }
            Action::Problems => self.popup = Some(Popup::Problems { scroll: 0 }),
            Action::Help => self.popup = Some(Popup::Help { scroll: 0 }),
            Action::MoveCardLeft => return self.move_card(-1),
            Action::MoveCardRight => return self.move_card(1),
            Action::ToggleCancelled => {
                self.show_cancelled = !self.show_cancelled;
                self.refresh_view();
            }
            Action::Close => {
                if !self.query.is_empty() {
                    self.query.clear();
                    self.refresh_view();
                } else {
                    self.message = None;
                }
            }
            // The presenter is read-only and has no store, so switching needs no pending check:
            // saves already sent finish on the worker while it shows.
            Action::Present => return Effect::Present,
            Action::Quit
            | Action::Confirm
            | Action::NextPage
            | Action::PrevPage
            | Action::FirstPage
            | Action::LastPage => {}
        }
        Effect::None
    }

    fn perform_popup(&mut self, action: Action) -> Effect {
        if let Some(effect) = self.perform_asking(action) {
            return effect;
        }
        let Some(popup) = self.popup.as_mut() else {
            return Effect::None;
        };
        match popup {
            Popup::Detail { scroll } | Popup::Problems { scroll } | Popup::Help { scroll } => {
                if keys::scroll_overlay(scroll, action) {
                    self.popup = None;
                }
            }
            Popup::Picker { cursor } => match action {
                Action::Down => *cursor = (*cursor + 1).min(Status::ALL.len() - 1),
                Action::Up => *cursor = cursor.saturating_sub(1),
                Action::Close => self.popup = None,
                Action::Confirm => {
                    let status = Status::ALL[(*cursor).min(Status::ALL.len() - 1)];
                    self.popup = None;
                    if self.selected_activity().is_some_and(|a| a.status != status) {
                        return self.edit(Change::Status(status));
                    }
                }
                _ => {}
            },
            Popup::Edit { .. } => {}
            Popup::Unsaved { .. } | Popup::Recovery { .. } | Popup::OtherEditor { .. } => {}
        }
        Effect::None
    }

    fn perform_input(&mut self, action: Action) -> Effect {
        if let Some(search) = self.search.take() {
            match action {
                // Enter keeps the query (and the first match selected) for the next key.
                Action::Confirm => {
                    self.query = search.value().to_string();
                    if self.visible.is_empty() && !self.query.is_empty() {
                        self.info(MessageKind::Error, self.tr(Msg::NoMatches).to_string());
                    }
                }
                Action::Close => {
                    self.query.clear();
                    self.refresh_view();
                }
                _ => self.search = Some(search),
            }
            return Effect::None;
        }
        let Some(Popup::Edit {
            field,
            index,
            input,
        }) = self.popup.take()
        else {
            return Effect::None;
        };
        match action {
            Action::Close => Effect::None,
            Action::Confirm => {
                let value = input.value().trim().to_string();
                let change = match field {
                    Field::Note => Change::Note((!value.is_empty()).then_some(value)),
                    Field::Owner if value.is_empty() => {
                        self.popup = Some(Popup::Edit {
                            field,
                            index,
                            input,
                        });
                        return Effect::None;
                    }
                    Field::Owner => Change::Owner(value),
                    Field::Due => {
                        if let Err(e) = self.preview_due(index, &value) {
                            // Keep the field open with the problem shown under it.
                            self.popup = Some(Popup::Edit {
                                field,
                                index,
                                input,
                            });
                            self.info(MessageKind::Error, e);
                            return Effect::None;
                        }
                        Change::Due(value)
                    }
                    Field::Status => return Effect::None,
                };
                self.selected = Some(index);
                self.edit(change)
            }
            _ => {
                self.popup = Some(Popup::Edit {
                    field,
                    index,
                    input,
                });
                Effect::None
            }
        }
    }

    /// A key that belongs to the text field being typed in.
    fn type_key(&mut self, key: KeyEvent) {
        let Some(request) = to_input_request(&ratatui::crossterm::event::Event::Key(key)) else {
            return;
        };
        if let Some(search) = self.search.as_mut() {
            search.handle(request);
            // Matches show as you type.
            self.query = search.value().to_string();
            self.refresh_view();
        } else if let Some(Popup::Edit { input, .. }) = self.popup.as_mut() {
            input.handle(request);
        }
    }

    /// What a deadline text would resolve to for activity `index`: "søn 17.12.2017", or why not.
    pub fn preview_due(&self, index: usize, text: &str) -> Result<String, String> {
        let a = self
            .plan
            .activities
            .get(index)
            .ok_or_else(|| self.tr(Msg::NothingSelected).to_string())?;
        let ctx = model::deadline_context(&self.plan, a);
        crate::plan::deadline::parse_and_resolve(text, &ctx)
            .map(|(_, r)| crate::output::text::weekday_date(r.day, self.lang))
            .map_err(|e| e.message)
    }

    fn open_editor(&mut self, field: Field) {
        let Some(index) = self.selected else {
            return;
        };
        if self.refuse_read_only() {
            return;
        }
        let a = &self.plan.activities[index];
        let value = match field {
            Field::Note => a.note.clone().unwrap_or_default(),
            Field::Due => a.due.text.clone(),
            Field::Owner => a.owner.clone(),
            Field::Status => return,
        };
        self.popup = Some(Popup::Edit {
            field,
            index,
            input: Input::new(value),
        });
    }

    pub fn selected_activity(&self) -> Option<&crate::plan::Activity> {
        self.selected.and_then(|i| self.plan.activities.get(i))
    }

    fn refuse_read_only(&mut self) -> bool {
        if self.read_only {
            let why = if self.read_only_by_choice {
                Msg::ReadOnlyOtherEditor
            } else {
                Msg::ReadOnlyRefused
            };
            self.info(MessageKind::Error, self.tr(why).to_string());
        }
        self.read_only
    }

    fn info(&mut self, kind: MessageKind, text: String) {
        self.message = Some(Message { kind, text });
    }

    /// Changes the selected activity: at once in memory, and through the store on disk.
    fn edit(&mut self, change: Change) -> Effect {
        let Some(index) = self.selected else {
            return Effect::None;
        };
        if self.refuse_read_only() {
            return Effect::None;
        }
        let before = self.plan.clone();
        if let Err(e) = model::with_change(&mut self.plan, index, &change, self.today) {
            self.info(MessageKind::Error, e);
            return Effect::None;
        }
        let request = Request::Apply(Edit {
            id: self.plan.activities[index].id.clone(),
            change,
        });
        self.pending.push(Pending {
            request: request.clone(),
            before,
        });
        self.refresh();
        self.info(MessageKind::Info, self.tr(Msg::Saving).to_string());
        Effect::Store(request)
    }

    fn store(&mut self, request: Request) -> Effect {
        if self.refuse_read_only() {
            return Effect::None;
        }
        Effect::Store(request)
    }

    /// A report from the store: take the plan as now on disk, or roll back and say why.
    fn stored(&mut self, report: Report) {
        let pending = self
            .pending
            .iter()
            .position(|p| p.request == report.request)
            .map(|i| self.pending.remove(i));
        match report.result {
            Ok((done, fresh)) => {
                if let Some(fresh) = fresh {
                    self.replace(fresh);
                }
                let word = match done {
                    Done::Saved => Msg::Saved,
                    Done::Merged => Msg::Merged,
                    Done::Undone => Msg::Undone,
                    Done::Redone => Msg::Redone,
                    Done::Reloaded => Msg::Reloaded,
                    Done::SetAside => Msg::SetAside,
                    Done::Discarded => Msg::Discarded,
                    // Undo with nothing to undo clears "Saving…"; stopping to edit says nothing.
                    Done::Nothing => {
                        if report.request != Request::StopEditing {
                            self.message = None;
                        }
                        return;
                    }
                };
                let text = if report.at.is_empty() {
                    self.tr(word).to_string()
                } else {
                    format!("{} {}", self.tr(word), report.at)
                };
                self.info(MessageKind::Ok, text);
            }
            Err(failure) => {
                if let Some(p) = pending
                    && !failure.kept
                    && self.pending.is_empty()
                {
                    self.plan = p.before;
                    self.refresh();
                }
                let text = format!("{}: {}", self.tr(Msg::NotSaved), failure.message);
                self.info(MessageKind::Error, text);
            }
        }
    }

    /// Takes a plan read from disk, keeping the selection by activity id.
    fn replace(&mut self, fresh: Fresh) {
        let id = self.selected_activity().map(|a| a.id.clone());
        self.plan = fresh.plan;
        self.diagnostics = fresh.diagnostics;
        self.text = fresh.text;
        self.selected = id.and_then(|id| self.plan.find(&id));
        if let Some(a) = self.selected_activity()
            && self.view == View::Board
        {
            self.area = a.area;
        }
        self.refresh();
    }

    fn set_view(&mut self, to: View, state: &mut ViewState) {
        if self.view != to {
            self.view = to;
            state.scroll_to_top();
            self.refresh_view();
        }
    }

    /// Moves the selection by `delta` activities (clamped), or the area on the board's left pane.
    fn move_by(&mut self, delta: isize, state: &mut ViewState) {
        if self.view == View::Board && self.pane == Pane::Areas {
            let n = self.plan.areas.len();
            if n > 0 {
                self.area = step(self.area, delta, n);
                self.selected = None;
                state.scroll_to_top();
                self.refresh_view();
            }
            return;
        }
        if self.view == View::Status {
            let Some((c, p)) = self.kanban_cursor() else {
                return;
            };
            let col = &self.columns[c].1;
            self.selected = Some(col[step(p, delta, col.len())]);
            return;
        }
        if self.order.is_empty() {
            return;
        }
        let at = self.selected.and_then(|s| self.order_of(s)).unwrap_or(0);
        self.selected = Some(self.order[step(at, delta, self.order.len())]);
    }

    fn sideways(&mut self, dir: isize) {
        match self.view {
            View::Board => {
                self.pane = if dir < 0 {
                    Pane::Areas
                } else {
                    Pane::Activities
                }
            }
            View::Status => {
                let (c, p) = self.kanban_cursor().unwrap_or((0, 0));
                let n = self.columns.len();
                let mut c2 = c;
                // Skip empty columns.
                loop {
                    let next = c2 as isize + dir;
                    if next < 0 || next >= n as isize {
                        return;
                    }
                    c2 = next as usize;
                    let col = &self.columns[c2].1;
                    if !col.is_empty() {
                        self.selected = Some(col[p.min(col.len() - 1)]);
                        return;
                    }
                }
            }
            _ => {}
        }
    }

    /// Status view: moves the selected card to the neighbouring column, changing its status.
    fn move_card(&mut self, dir: isize) -> Effect {
        if self.view != View::Status {
            return Effect::None;
        }
        let Some(a) = self.selected_activity() else {
            return Effect::None;
        };
        let statuses: Vec<Status> = self.columns.iter().map(|(s, _)| *s).collect();
        let Some(c) = statuses.iter().position(|s| *s == a.status) else {
            return Effect::None;
        };
        let next = c as isize + dir;
        if next < 0 || next >= statuses.len() as isize {
            return Effect::None;
        }
        self.edit(Change::Status(statuses[next as usize]))
    }

    fn scroll(&mut self, delta: isize, state: &mut ViewState) -> Effect {
        match self.popup.as_mut() {
            Some(
                Popup::Detail { scroll } | Popup::Problems { scroll } | Popup::Help { scroll },
            ) => {
                *scroll = if delta < 0 {
                    scroll.saturating_sub(delta.unsigned_abs() as u16)
                } else {
                    scroll.saturating_add(delta as u16)
                };
            }
            Some(_) => {}
            None => self.move_by(delta, state),
        }
        Effect::None
    }

    fn click(&mut self, column: u16, row: u16, state: &mut ViewState) {
        if self.popup.is_some() {
            return;
        }
        match state.target_at(column, row) {
            Some(Target::Activity(i)) => {
                self.selected = Some(i);
                if self.view == View::Board {
                    self.pane = Pane::Activities;
                }
            }
            Some(Target::Area(a)) => {
                self.area = a;
                self.pane = Pane::Areas;
                self.selected = None;
                state.scroll_to_top();
                self.refresh_view();
            }
            Some(Target::View(v)) => self.set_view(v, state),
            None => {}
        }
    }
}

/// `at + delta`, clamped to `0..n`.
fn step(at: usize, delta: isize, n: usize) -> usize {
    let target = at as isize + delta;
    target.clamp(0, n as isize - 1) as usize
}
