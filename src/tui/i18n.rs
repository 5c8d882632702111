//! Every piece of UI text the board, the presenter and the portfolio show, from the `board-…`
//! messages of the catalogues (`i18n/<code>/board.ftl`). Views ask for a [`Msg`] in the UI
//! language; texts with arguments are built here as catalogue messages. Nothing else in `tui`
//! holds user-facing words (status words come from the domain, dates from `output::text`).

use std::sync::OnceLock;

use crate::i18n::Message;
use crate::msg;
use crate::plan::edit::Field;
use crate::plan::{Language, Plan};

/// Declares [`Msg`] and [`Msg::ALL`], every variant in order.
macro_rules! labels {
    ($($(#[$doc:meta])* $v:ident,)*) => {
        /// One UI text without arguments: a label, a title, a status-bar word.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Msg {
            $($(#[$doc])* $v,)*
        }

        impl Msg {
            /// Every variant, in declaration order (`ALL[m as usize] == m`).
            pub const ALL: &'static [Msg] = &[$(Msg::$v,)*];
        }
    };
}

labels! {
    // views
    ViewBoard,
    ViewAgenda,
    ViewOwners,
    ViewStatus,
    ViewTimeline,
    // header
    AsOf,
    Week,
    Activities,
    Done,
    Overdue,
    DueSoon,
    Waiting,
    // board
    Areas,
    NoActivities,
    NoActivitiesArea,
    WaitingBecause,
    DirectActivities,
    // agenda buckets
    BucketOverdue,
    BucketThisWeek,
    BucketNextWeeks,
    BucketLater,
    BucketDone,
    // filters
    FilterAll,
    FilterOpen,
    FilterOverdue,
    FilterDueSoon,
    Filter,
    Search,
    // popups
    Details,
    Problems,
    Help,
    StatusPicker,
    EditNote,
    EditDue,
    EditOwner,
    NoProblems,
    // detail fields
    FieldId,
    FieldPlace,
    FieldOwner,
    FieldDeadline,
    FieldResolves,
    FieldStatus,
    FieldDoneOn,
    FieldNote,
    FieldMembers,
    FieldMeeting,
    FieldSpan,
    // status bar
    Saved,
    Merged,
    Undone,
    Redone,
    Reloaded,
    Saving,
    ReadOnly,
    ReadOnlyRefused,
    Warnings,
    NotSaved,
    NothingSelected,
    NoMatches,
    Today,
    Cancelled,
    ShowCancelled,
    InputHint,
    NoteEmptyRemoves,
    // key help
    KeyMove,
    KeyTopBottom,
    KeyPage,
    KeyPane,
    KeyNextView,
    KeyViewN,
    KeyDetails,
    KeyAdvance,
    KeyPicker,
    KeyToggleDone,
    KeyNote,
    KeyDue,
    KeyOwner,
    KeyTitle,
    KeyMembers,
    KeyUndo,
    KeyRedo,
    KeySearch,
    KeyFilter,
    KeyReload,
    KeyProblems,
    KeyHelp,
    KeyQuit,
    KeyMoveCard,
    KeyColumn,
    HelpBoard,
    HelpStatus,
    KeyCancelled,
    KeyClose,
    KeyConfirm,
    KeyCancel,
    KeySave,
    KeyMouse,
    HelpGlobal,
    HelpPopup,
    HelpInput,
    LegendCycle,
    LegendSearch,
    LegendFilter,
    Legend,
    // presentation mode
    KeyPresent,
    KeyNextPage,
    KeyPrevPage,
    KeyFirstLast,
    KeyBackToBoard,
    KeyOpenPlan,
    KeyViewN3,
    ViewPlans,
    Portfolio,
    Plans,
    HelpPortfolio,
    NoPlans,
    HelpPresent,
    PresentOverview,
    PresentProgress,
    PresentOverdue,
    PresentDueBeforeNext,
    PresentDueWithin,
    PresentDoneSince,
    PresentNextMeeting,
    PresentNoMeeting,
    PresentLastMeeting,
    PresentColOwner,
    PresentColStatus,
    PresentColDue,
    PresentColDone,
    PresentDoneOn,
    PresentNone,
    PresentMore,
    PresentShowingLast,
    PresentUnknownSeries,
    PresentNoActivities,
    PresentChanges,
    PresentNoChanges,
    PresentBurnup,
    PresentBurnupDue,
    PresentBurnupDone,
    PresentToday,
    PresentMeetings,
    // unsaved edits, recovery, other editors
    UnsavedTitle,
    UnsavedIntro,
    UnsavedMarker,
    ChoiceRetry,
    ChoiceSetAside,
    ChoiceDiscard,
    ConflictTitle,
    ConflictIntro,
    ChoiceKeepMine,
    ChoiceKeepTheirs,
    RecoveryTitle,
    RecoveryIntro,
    ChoiceReapply,
    ChoiceDiscardRecovery,
    ChoiceLater,
    RecoveryKept,
    RecoveryReadOnly,
    SetAside,
    Discarded,
    OtherEditorTitle,
    OtherEditorIntro,
    ChoiceReadOnly,
    ChoiceEditAnyway,
    ReadOnlyOtherEditor,
    // structural edits
    FieldTitle,
    AddTitle,
    AddHint,
    OwnerTab,
    PlaceAfter,
    PlaceLast,
    DeleteTitle,
    MoveToTitle,
    AreaStatusTitle,
    ReasonTitle,
    ReasonRequired,
    KeyAdd,
    KeyDelete,
    KeyShift,
    KeyMoveTo,
    KeyAreaStatus,
    KeyNextField,
    KeyYes,
    KeyNo,
    HelpConfirm,
    KeyEditor,
    // workstreams and areas
    KeyAddGroup,
    KeyRenameGroup,
    KeyDeleteGroup,
    AddWhichTitle,
    ChoiceNewWorkstream,
    ChoiceNewArea,
    NewWorkstreamTitle,
    NewAreaTitle,
    RenameWorkstreamTitle,
    RenameAreaTitle,
    FieldNumber,
    DeleteGroupTitle,
    PickEmptyTitle,
    NoEmptyWorkstream,
    // copy (y)
    KeyCopy,
    CopyNothing,
    // finding things (find.ftl)
    KeyClearFilters,
    KeySort,
    KeyIds,
    KeyQuickFix,
    KeyChange,
    FindTitle,
    FindStatus,
    FindUrgency,
    FindOwner,
    FindArea,
    FindText,
    FindMe,
    FindAny,
    FindNotChosen,
    FindMine,
    FindHint,
    FindTextTitle,
    FindTextHint,
    FindSorted,
    SortDeadline,
    SortOwner,
    SortStatus,
    LegendNote,
    // the portfolio keeps up
    PortfolioKeyReload,
    PortfolioLegendSearch,
    PortfolioFilterHint,
    // the error screen of an unreadable plan
    BrokenKeyEditor,
}

impl Msg {
    /// The catalogue message this label is.
    pub fn message(self) -> Message {
        use Msg::*;
        match self {
            ViewBoard => Message::new("board-view-board"),
            ViewAgenda => Message::new("board-view-agenda"),
            ViewOwners => Message::new("board-view-owners"),
            ViewStatus => Message::new("board-view-status"),
            ViewTimeline => Message::new("board-view-timeline"),
            AsOf => Message::new("board-as-of"),
            Week => Message::new("board-week"),
            Activities => Message::new("board-activities"),
            Done => Message::new("board-done"),
            Overdue => Message::new("board-overdue"),
            DueSoon => Message::new("board-due-soon"),
            Waiting => Message::new("board-waiting"),
            Areas => Message::new("board-areas"),
            NoActivities => Message::new("board-no-activities"),
            NoActivitiesArea => Message::new("board-no-activities-area"),
            WaitingBecause => Message::new("board-waiting-because"),
            DirectActivities => Message::new("board-direct-activities"),
            BucketOverdue => Message::new("board-bucket-overdue"),
            BucketThisWeek => Message::new("board-bucket-this-week"),
            BucketNextWeeks => Message::new("board-bucket-next-weeks"),
            BucketLater => Message::new("board-bucket-later"),
            BucketDone => Message::new("board-bucket-done"),
            FilterAll => Message::new("board-filter-all"),
            FilterOpen => Message::new("board-filter-open"),
            FilterOverdue => Message::new("board-filter-overdue"),
            FilterDueSoon => Message::new("board-filter-due-soon"),
            Filter => Message::new("board-filter"),
            Search => Message::new("board-search"),
            Details => Message::new("board-details"),
            Problems => Message::new("board-problems"),
            Help => Message::new("board-help"),
            StatusPicker => Message::new("board-status-picker"),
            EditNote => Message::new("board-edit-note"),
            EditDue => Message::new("board-edit-due"),
            EditOwner => Message::new("board-edit-owner"),
            NoProblems => Message::new("board-no-problems"),
            FieldId => Message::new("board-field-id"),
            FieldPlace => Message::new("board-field-place"),
            FieldOwner => Message::new("board-field-owner"),
            FieldDeadline => Message::new("board-field-deadline"),
            FieldResolves => Message::new("board-field-resolves"),
            FieldStatus => Message::new("board-field-status"),
            FieldDoneOn => Message::new("board-field-done-on"),
            FieldNote => Message::new("board-field-note"),
            FieldMembers => Message::new("board-field-members"),
            FieldMeeting => Message::new("board-field-meeting"),
            FieldSpan => Message::new("board-field-span"),
            Saved => Message::new("board-saved"),
            Merged => Message::new("board-merged"),
            Undone => Message::new("board-undone"),
            Redone => Message::new("board-redone"),
            Reloaded => Message::new("board-reloaded"),
            Saving => Message::new("board-saving"),
            ReadOnly => Message::new("board-read-only"),
            ReadOnlyRefused => Message::new("board-read-only-refused"),
            Warnings => Message::new("board-warnings"),
            NotSaved => Message::new("board-not-saved"),
            NothingSelected => Message::new("board-nothing-selected"),
            NoMatches => Message::new("board-no-matches"),
            Today => Message::new("board-today"),
            Cancelled => Message::new("board-cancelled"),
            ShowCancelled => Message::new("board-show-cancelled"),
            InputHint => Message::new("board-input-hint"),
            NoteEmptyRemoves => Message::new("board-note-empty-removes"),
            KeyMove => Message::new("board-key-move"),
            KeyTopBottom => Message::new("board-key-top-bottom"),
            KeyPage => Message::new("board-key-page"),
            KeyPane => Message::new("board-key-pane"),
            KeyNextView => Message::new("board-key-next-view"),
            KeyViewN => Message::new("board-key-view-n"),
            KeyDetails => Message::new("board-key-details"),
            KeyAdvance => Message::new("board-key-advance"),
            KeyPicker => Message::new("board-key-picker"),
            KeyToggleDone => Message::new("board-key-toggle-done"),
            KeyNote => Message::new("board-key-note"),
            KeyDue => Message::new("board-key-due"),
            KeyOwner => Message::new("board-key-owner"),
            KeyTitle => Message::new("board-key-title"),
            KeyMembers => Message::new("board-key-members"),
            KeyUndo => Message::new("board-key-undo"),
            KeyRedo => Message::new("board-key-redo"),
            KeySearch => Message::new("board-key-search"),
            KeyFilter => Message::new("board-key-filter"),
            LegendCycle => Message::new("board-legend-cycle"),
            LegendSearch => Message::new("board-legend-search"),
            LegendFilter => Message::new("board-legend-filter"),
            Legend => Message::new("board-legend"),
            KeyReload => Message::new("board-key-reload"),
            KeyProblems => Message::new("board-key-problems"),
            KeyHelp => Message::new("board-key-help"),
            KeyQuit => Message::new("board-key-quit"),
            KeyMoveCard => Message::new("board-key-move-card"),
            KeyColumn => Message::new("board-key-column"),
            KeyCancelled => Message::new("board-key-cancelled"),
            HelpBoard => Message::new("board-help-board"),
            HelpStatus => Message::new("board-help-status"),
            KeyClose => Message::new("board-key-close"),
            KeyConfirm => Message::new("board-key-confirm"),
            KeyCancel => Message::new("board-key-cancel"),
            KeySave => Message::new("board-key-save"),
            KeyMouse => Message::new("board-key-mouse"),
            HelpGlobal => Message::new("board-help-global"),
            HelpPopup => Message::new("board-help-popup"),
            HelpInput => Message::new("board-help-input"),
            KeyPresent => Message::new("board-key-present"),
            KeyNextPage => Message::new("board-key-next-page"),
            KeyPrevPage => Message::new("board-key-prev-page"),
            KeyFirstLast => Message::new("board-key-first-last"),
            KeyBackToBoard => Message::new("board-key-back-to-board"),
            KeyOpenPlan => Message::new("board-key-open-plan"),
            KeyViewN3 => Message::new("board-key-view-n-3"),
            ViewPlans => Message::new("board-view-plans"),
            Portfolio => Message::new("board-portfolio"),
            Plans => Message::new("board-plans"),
            HelpPortfolio => Message::new("board-help-portfolio"),
            NoPlans => Message::new("board-no-plans"),
            HelpPresent => Message::new("board-help-present"),
            PresentOverview => Message::new("board-present-overview"),
            PresentProgress => Message::new("board-present-progress"),
            PresentOverdue => Message::new("board-present-overdue"),
            PresentDueBeforeNext => Message::new("board-present-due-before-next"),
            PresentDueWithin => Message::new("board-present-due-within"),
            PresentDoneSince => Message::new("board-present-done-since"),
            PresentNextMeeting => Message::new("board-present-next-meeting"),
            PresentNoMeeting => Message::new("board-present-no-meeting"),
            PresentLastMeeting => Message::new("board-present-last-meeting"),
            PresentColOwner => Message::new("board-present-col-owner"),
            PresentColStatus => Message::new("board-present-col-status"),
            PresentColDue => Message::new("board-present-col-due"),
            PresentColDone => Message::new("board-present-col-done"),
            PresentDoneOn => Message::new("board-present-done-on"),
            PresentNone => Message::new("board-present-none"),
            PresentMore => Message::new("board-present-more"),
            PresentShowingLast => Message::new("board-present-showing-last"),
            PresentNoActivities => Message::new("board-present-no-activities"),
            PresentUnknownSeries => Message::new("board-present-unknown-series"),
            PresentChanges => Message::new("board-present-changes"),
            PresentNoChanges => Message::new("board-present-no-changes"),
            PresentBurnup => Message::new("board-present-burnup"),
            PresentBurnupDue => Message::new("board-present-burnup-due"),
            PresentBurnupDone => Message::new("board-present-burnup-done"),
            PresentToday => Message::new("board-present-today"),
            PresentMeetings => Message::new("board-present-meetings"),
            UnsavedTitle => Message::new("board-unsaved-title"),
            UnsavedIntro => Message::new("board-unsaved-intro"),
            UnsavedMarker => Message::new("board-unsaved-marker"),
            ChoiceRetry => Message::new("board-choice-retry"),
            ChoiceSetAside => Message::new("board-choice-set-aside"),
            ChoiceDiscard => Message::new("board-choice-discard"),
            ConflictTitle => Message::new("board-conflict-title"),
            ConflictIntro => Message::new("board-conflict-intro"),
            ChoiceKeepMine => Message::new("board-choice-keep-mine"),
            ChoiceKeepTheirs => Message::new("board-choice-keep-theirs"),
            RecoveryTitle => Message::new("board-recovery-title"),
            RecoveryIntro => Message::new("board-recovery-intro"),
            ChoiceReapply => Message::new("board-choice-reapply"),
            ChoiceDiscardRecovery => Message::new("board-choice-discard-recovery"),
            ChoiceLater => Message::new("board-choice-later"),
            RecoveryKept => Message::new("board-recovery-kept"),
            RecoveryReadOnly => Message::new("board-recovery-read-only"),
            SetAside => Message::new("board-set-aside"),
            Discarded => Message::new("board-discarded"),
            OtherEditorTitle => Message::new("board-other-editor-title"),
            OtherEditorIntro => Message::new("board-other-editor-intro"),
            ChoiceReadOnly => Message::new("board-choice-read-only"),
            ChoiceEditAnyway => Message::new("board-choice-edit-anyway"),
            ReadOnlyOtherEditor => Message::new("board-read-only-other-editor"),
            FieldTitle => Message::new("board-field-title"),
            AddTitle => Message::new("board-add-title"),
            AddHint => Message::new("board-add-hint"),
            OwnerTab => Message::new("board-owner-tab"),
            PlaceAfter => Message::new("board-place-after"),
            PlaceLast => Message::new("board-place-last"),
            DeleteTitle => Message::new("board-delete-title"),
            MoveToTitle => Message::new("board-move-to-title"),
            AreaStatusTitle => Message::new("board-area-status-title"),
            ReasonTitle => Message::new("board-reason-title"),
            ReasonRequired => Message::new("board-reason-required"),
            KeyAdd => Message::new("board-key-add"),
            KeyDelete => Message::new("board-key-delete"),
            KeyShift => Message::new("board-key-shift"),
            KeyMoveTo => Message::new("board-key-move-to"),
            KeyAreaStatus => Message::new("board-key-area-status"),
            KeyNextField => Message::new("board-key-next-field"),
            KeyYes => Message::new("board-key-yes"),
            KeyNo => Message::new("board-key-no"),
            HelpConfirm => Message::new("board-help-confirm"),
            KeyEditor => Message::new("broken-key-editor"),
            KeyAddGroup => Message::new("board-key-add-group"),
            KeyRenameGroup => Message::new("board-key-rename-group"),
            KeyDeleteGroup => Message::new("board-key-delete-group"),
            AddWhichTitle => Message::new("board-add-which-title"),
            ChoiceNewWorkstream => Message::new("board-choice-new-workstream"),
            ChoiceNewArea => Message::new("board-choice-new-area"),
            NewWorkstreamTitle => Message::new("board-new-workstream-title"),
            NewAreaTitle => Message::new("board-new-area-title"),
            RenameWorkstreamTitle => Message::new("board-rename-workstream-title"),
            RenameAreaTitle => Message::new("board-rename-area-title"),
            FieldNumber => Message::new("board-field-number"),
            DeleteGroupTitle => Message::new("board-delete-group-title"),
            PickEmptyTitle => Message::new("board-pick-empty-title"),
            NoEmptyWorkstream => Message::new("board-no-empty-workstream"),
            KeyCopy => Message::new("copy-key"),
            CopyNothing => Message::new("copy-nothing"),
            KeyClearFilters => Message::new("find-key-clear-filters"),
            KeySort => Message::new("find-key-sort"),
            KeyIds => Message::new("find-key-ids"),
            KeyQuickFix => Message::new("fixes-key"),
            KeyChange => Message::new("find-key-change"),
            FindTitle => Message::new("find-title"),
            FindStatus => Message::new("find-row-status"),
            FindUrgency => Message::new("find-row-urgency"),
            FindOwner => Message::new("find-row-owner"),
            FindArea => Message::new("find-row-area"),
            FindText => Message::new("find-row-text"),
            FindMe => Message::new("find-row-me"),
            FindAny => Message::new("find-any"),
            FindNotChosen => Message::new("find-not-chosen"),
            FindMine => Message::new("find-mine"),
            FindHint => Message::new("find-hint"),
            FindTextTitle => Message::new("find-text-title"),
            FindTextHint => Message::new("find-text-hint"),
            FindSorted => Message::new("find-sorted"),
            SortDeadline => Message::new("find-sort-deadline"),
            SortOwner => Message::new("find-sort-owner"),
            SortStatus => Message::new("find-sort-status"),
            LegendNote => Message::new("find-legend-note"),
            PortfolioKeyReload => Message::new("portfolio-key-reload"),
            PortfolioLegendSearch => Message::new("portfolio-legend-search"),
            PortfolioFilterHint => Message::new("portfolio-filter-hint"),
            BrokenKeyEditor => Message::new("life-broken-key-editor"),
        }
    }
}

/// The text of `msg` in `lang`. Labels are rendered once per language and kept, so views can
/// hold them as `&'static str` like the words they replace.
pub fn tr(lang: Language, msg: Msg) -> &'static str {
    static TABLE: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        Language::ALL
            .iter()
            .map(|&l| Msg::ALL.iter().map(|m| m.message().render(l)).collect())
            .collect()
    });
    let i = Language::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    table
        .get(i)
        .and_then(|t| t.get(msg as usize))
        .map_or("", String::as_str)
}

/// "the window is too small (need 60×16)".
pub fn too_small(lang: Language, width: u16, height: u16) -> String {
    msg!("board-too-small", width = width, height = height).render(lang)
}

/// A value from the plan in the language's quotation marks: «…» or “…”.
pub fn quoted(lang: Language, text: &str) -> String {
    msg!("board-quoted", text = text).render(lang)
}

/// The question before a delete: "Slette «Kvalitetssikre opplegg» (nvk-2)? j/n".
pub fn delete_question(lang: Language, title: &str, id: &str) -> String {
    msg!("board-delete-question", title = title, id = id).render(lang)
}

/// The question before an empty workstream or area is deleted.
pub fn delete_group_question(
    lang: Language,
    plan: &Plan,
    group: crate::tui::popup::Group,
) -> String {
    let Some(area) = plan.areas.get(group.area) else {
        return String::new();
    };
    match group.workstream.and_then(|w| plan.workstreams.get(w)) {
        Some(w) => msg!(
            "board-delete-workstream-question",
            title = w.title.as_str(),
            area = area.number.as_str()
        )
        .render(lang),
        None => msg!(
            "board-delete-area-question",
            title = area.title.as_str(),
            number = area.number.as_str()
        )
        .render(lang),
    }
}

/// The name of an activity's field, as the detail popup writes it.
pub fn field_name(lang: Language, field: Field) -> &'static str {
    let msg = match field {
        Field::Status => Msg::FieldStatus,
        Field::Note => Msg::FieldNote,
        Field::Due => Msg::FieldDeadline,
        Field::Owner => Msg::FieldOwner,
        Field::Title => Msg::FieldTitle,
        Field::Meeting => Msg::FieldMeeting,
        Field::Members => Msg::FieldMembers,
    };
    tr(lang, msg)
}

/// "status: endret andre steder til «pågår», her til «ferdig»": a conflicting edit's two values.
pub fn conflict_explained(lang: Language, field: Field, theirs: &str, mine: &str) -> String {
    msg!(
        "board-conflict-explained",
        field = field_name(lang, field),
        theirs = theirs,
        mine = mine
    )
    .render(lang)
}

/// The deadline first agreed and how far it has moved since, for an activity whose deadline was
/// moved: "opprinnelig frist «30. november» (30.11.2017), flyttet +15 d".
pub fn baseline_moved(lang: Language, text: &str, day: chrono::NaiveDate, slip: i64) -> String {
    msg!(
        "board-baseline-moved",
        text = text,
        day = crate::output::text::date(day, lang),
        moved = crate::output::text::signed_days(slip)
    )
    .render(lang)
}

/// What an undo or redo changed, from the plan before and after it: "nvk-2 status ferdig →
/// ikke startet", with "(+2)" when it changed more. `None` when nothing an activity shows did.
pub fn what_changed(lang: Language, before: &Plan, after: &Plan) -> Option<String> {
    use crate::git::log::Change;
    let changes = crate::git::log::compare(before, after);
    // Status words in the UI language, whatever language the plan is written in.
    let status = |plan: &Plan, id: &str| {
        plan.find(id)
            .map(|i| plan.activities[i].status.word(lang).to_string())
            .unwrap_or_default()
    };
    let message = changes.iter().find_map(|c| {
        Some(match c {
            Change::Status { id, .. } => msg!(
                "board-undo-status",
                id = id,
                from = status(before, id),
                to = status(after, id)
            ),
            Change::Deadline { id, from, to, .. } => {
                msg!("board-undo-deadline", id = id, from = from, to = to)
            }
            Change::Owner { id, from, to, .. } => {
                msg!("board-undo-owner", id = id, from = from, to = to)
            }
            Change::Note { id, .. } => msg!("board-undo-note", id = id),
            Change::Added { id, .. } => msg!("board-undo-added", id = id),
            Change::Removed { id, .. } => msg!("board-undo-removed", id = id),
            Change::Moved { id, .. } => msg!("board-undo-moved", id = id),
            Change::Renamed { id, from, to } => {
                msg!("board-undo-renamed", id = id, from = from, to = to)
            }
            _ => return None,
        })
    })?;
    let text = message.render(lang);
    Some(match changes.len() {
        0 | 1 => text,
        n => format!("{text} (+{})", n - 1),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_differ_where_words_differ() {
        assert_eq!(tr(Language::Nb, Msg::Saved), "Lagret");
        assert_eq!(tr(Language::Nn, Msg::Saved), "Lagra");
        assert_eq!(tr(Language::En, Msg::Saved), "Saved");
        assert_eq!(tr(Language::Nb, Msg::Week), "uke");
        assert_eq!(tr(Language::Nn, Msg::Week), "veke");
    }

    #[test]
    fn all_lists_every_label_in_order() {
        for (i, m) in Msg::ALL.iter().enumerate() {
            assert_eq!(*m as usize, i, "{m:?}");
        }
    }

    /// Every label is in every catalogue (a missing one would fall back to English or to its
    /// id), and not empty.
    #[test]
    fn every_label_renders_in_every_language() {
        for lang in Language::ALL {
            for &m in Msg::ALL {
                let text = tr(lang, m);
                assert!(!text.trim().is_empty(), "{m:?} in {}", lang.code());
                assert_ne!(text, m.message().id, "{m:?} in {}", lang.code());
            }
        }
    }

    /// Nynorsk is its own language, not bokmål: the words that differ, differ.
    #[test]
    fn nynorsk_labels_are_nynorsk() {
        for (m, nn) in [
            (Msg::NotSaved, "Ikkje lagra"),
            (Msg::Activities, "aktivitetar"),
            (Msg::EditOwner, "Ansvarleg"),
            (Msg::Warnings, "åtvaringar · w viser dei"),
        ] {
            assert_eq!(tr(Language::Nn, m), nn);
        }
        assert_eq!(
            delete_question(Language::Nn, "Møte", "a-1"),
            "Slette «Møte» (a-1)? j/n"
        );
        assert_eq!(
            too_small(Language::Nn, 60, 16),
            "vindauget er for lite (treng 60×16)"
        );
    }
}
