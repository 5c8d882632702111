//! Every piece of UI text the board shows, in English and Norwegian bokmål. Views ask for a
//! [`Msg`] in the UI language; nothing else in `tui` holds user-facing words (status words come
//! from the domain, dates from `output::text`).

use crate::plan::edit::Field;
use crate::plan::{Language, Plan};

/// One UI text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Msg {
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
    TooSmall,
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
    PresentLate,
    PresentColOwner,
    PresentColStatus,
    PresentColDue,
    PresentColDone,
    PresentDoneOn,
    PresentNone,
    PresentMore,
    PresentErrorsSince,
    PresentMissingSince,
    PresentUnreadableSince,
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
}

/// The text of `msg` in `lang`.
pub fn tr(lang: Language, msg: Msg) -> &'static str {
    let (en, nb) = pair(msg);
    match lang {
        Language::En => en,
        Language::Nb | Language::Nn => nb,
    }
}

fn pair(msg: Msg) -> (&'static str, &'static str) {
    use Msg::*;
    match msg {
        ViewBoard => ("Board", "Tavle"),
        ViewAgenda => ("Agenda", "Agenda"),
        ViewOwners => ("Owners", "Ansvarlige"),
        ViewStatus => ("Status", "Status"),
        ViewTimeline => ("Timeline", "Tidslinje"),
        AsOf => ("as of", "per"),
        Week => ("week", "uke"),
        Activities => ("activities", "aktiviteter"),
        Done => ("done", "ferdig"),
        Overdue => ("overdue", "forfalt"),
        DueSoon => ("due soon", "snart"),
        Waiting => ("waiting", "venter"),
        Areas => ("Focus areas", "Innsatsområder"),
        NoActivities => ("No activities match.", "Ingen aktiviteter passer."),
        NoActivitiesArea => (
            "No activities in this area yet.",
            "Ingen aktiviteter i dette innsatsområdet ennå.",
        ),
        WaitingBecause => ("Waiting:", "Venter:"),
        DirectActivities => ("In the area", "I innsatsområdet"),
        BucketOverdue => ("Overdue", "Forfalt"),
        BucketThisWeek => ("This week", "Denne uka"),
        BucketNextWeeks => ("Next weeks", "Neste uker"),
        BucketLater => ("Later", "Senere"),
        BucketDone => ("Done and cancelled", "Ferdig og avlyst"),
        FilterAll => ("all", "alle"),
        FilterOpen => ("open", "åpne"),
        FilterOverdue => ("overdue", "forfalte"),
        FilterDueSoon => ("due soon", "snart"),
        Filter => ("filter", "filter"),
        Search => ("search", "søk"),
        Details => ("Details", "Detaljer"),
        Problems => ("Problems in the file", "Problemer i fila"),
        Help => ("Keys", "Taster"),
        StatusPicker => ("Set status", "Sett status"),
        EditNote => ("Note", "Notat"),
        EditDue => ("Deadline", "Frist"),
        EditOwner => ("Owner", "Ansvarlig"),
        NoProblems => ("No problems.", "Ingen problemer."),
        FieldId => ("id", "id"),
        FieldPlace => ("place", "plassering"),
        FieldOwner => ("owner", "ansvarlig"),
        FieldDeadline => ("deadline", "frist"),
        FieldResolves => ("resolves to", "tolkes som"),
        FieldStatus => ("status", "status"),
        FieldDoneOn => ("done on", "ferdig den"),
        FieldNote => ("note", "notat"),
        FieldMembers => ("members", "deltakere"),
        FieldMeeting => ("meeting", "møte"),
        FieldSpan => ("period", "periode"),
        Saved => ("Saved", "Lagret"),
        Merged => (
            "Saved (merged with changes made outside)",
            "Lagret (flettet med endringer gjort utenfra)",
        ),
        Undone => ("Undone", "Angret"),
        Redone => ("Redone", "Gjort om igjen"),
        Reloaded => ("Reloaded from disk", "Lest inn på nytt"),
        Saving => ("Saving…", "Lagrer…"),
        ReadOnly => ("read-only", "skrivebeskyttet"),
        ReadOnlyRefused => (
            "read-only: opened with --read-only, nothing is changed",
            "skrivebeskyttet: åpnet med --read-only, ingenting endres",
        ),
        Warnings => ("warnings · w shows them", "advarsler · w viser dem"),
        NotSaved => ("Not saved", "Ikke lagret"),
        NothingSelected => ("no activity selected", "ingen aktivitet valgt"),
        NoMatches => ("no matches", "ingen treff"),
        TooSmall => (
            "the window is too small (need",
            "vinduet er for lite (trenger",
        ),
        Today => ("today", "i dag"),
        Cancelled => ("cancelled", "avlyst"),
        ShowCancelled => ("cancelled shown", "avlyste vises"),
        InputHint => ("Enter saves · Esc cancels", "Enter lagrer · Esc avbryter"),
        NoteEmptyRemoves => ("an empty note removes it", "et tomt notat fjerner det"),
        KeyMove => ("move", "flytt"),
        KeyTopBottom => ("first / last", "første / siste"),
        KeyPage => ("page up / down", "side opp / ned"),
        KeyPane => ("areas ↔ activities", "områder ↔ aktiviteter"),
        KeyNextView => ("view", "visning"),
        KeyViewN => ("go to view 1–5", "gå til visning 1–5"),
        KeyDetails => ("details", "detaljer"),
        KeyAdvance => ("next status", "neste status"),
        KeyPicker => ("choose status", "velg status"),
        KeyToggleDone => ("toggle done", "ferdig / ikke ferdig"),
        KeyNote => ("edit note", "endre notat"),
        KeyDue => ("edit deadline", "endre frist"),
        KeyOwner => ("edit owner", "endre ansvarlig"),
        KeyTitle => ("edit title", "endre tittel"),
        KeyMembers => ("edit members", "endre deltakere"),
        KeyUndo => ("undo", "angre"),
        KeyRedo => ("redo", "gjør om"),
        KeySearch => ("search", "søk"),
        KeyFilter => ("filter", "filter"),
        LegendCycle => (
            "Space: todo → doing → done; waiting → doing",
            "Mellomrom: ikke startet → pågår → ferdig; venter → pågår",
        ),
        LegendSearch => (
            "/ searches titles, owners and notes; Enter keeps the match, Esc clears",
            "/ søker i titler, ansvarlige og notater; Enter beholder treffet, Esc tømmer",
        ),
        LegendFilter => (
            "f: all → open → overdue → due soon",
            "f: alle → åpne → forfalte → snart",
        ),
        Legend => ("Symbols", "Symboler"),
        KeyReload => ("reload from disk", "les inn fila på nytt"),
        KeyProblems => ("problems in the file", "problemer i fila"),
        KeyHelp => ("help", "hjelp"),
        KeyQuit => ("quit", "avslutt"),
        KeyMoveCard => (
            "move card: changes its status",
            "flytt kortet: endrer status",
        ),
        KeyColumn => ("previous / next column", "forrige / neste kolonne"),
        KeyCancelled => ("show / hide cancelled", "vis / skjul avlyste"),
        HelpBoard => ("On the board (1)", "På tavla (1)"),
        HelpStatus => ("In the status view (4)", "I statusvisningen (4)"),
        KeyClose => ("close", "lukk"),
        KeyConfirm => ("choose / save", "velg / lagre"),
        KeyCancel => ("cancel", "avbryt"),
        KeySave => ("save", "lagre"),
        KeyMouse => (
            "mouse: click selects, wheel scrolls",
            "mus: klikk velger, hjulet ruller",
        ),
        HelpGlobal => ("Everywhere", "Overalt"),
        HelpPopup => ("In a popup", "I et vindu"),
        HelpInput => ("In a text field", "I et tekstfelt"),
        KeyPresent => (
            "presentation mode (read-only)",
            "presentasjonsmodus (kun lesing)",
        ),
        KeyNextPage => ("next page", "neste side"),
        KeyPrevPage => ("previous page", "forrige side"),
        KeyFirstLast => ("overview / last page", "oversikt / siste side"),
        KeyBackToBoard => ("back to the board", "tilbake til tavla"),
        KeyOpenPlan => ("open the plan", "åpne planen"),
        KeyViewN3 => ("go to view 1–3", "gå til visning 1–3"),
        ViewPlans => ("Plans", "Planer"),
        Portfolio => ("Portfolio", "Portefølje"),
        Plans => ("plans", "planer"),
        HelpPortfolio => (
            "The portfolio: every plan of the folder (read-only; open one to edit it)",
            "Porteføljen: alle planene i mappa (bare visning; åpne en plan for å endre den)",
        ),
        NoPlans => ("No open activities.", "Ingen åpne aktiviteter."),
        HelpPresent => (
            "Presenting (nothing can be edited)",
            "Presentasjon (ingenting kan endres)",
        ),
        PresentOverview => ("Overview", "Oversikt"),
        PresentProgress => ("Focus areas", "Innsatsområder"),
        PresentOverdue => ("Overdue", "Forfalt"),
        PresentDueBeforeNext => ("Due before the next meeting", "Frist før neste møte"),
        PresentDueWithin => ("Due in the next days", "Frist de neste dagene"),
        PresentDoneSince => ("Done since", "Ferdig siden"),
        PresentNextMeeting => ("Next meeting", "Neste møte"),
        PresentNoMeeting => ("no more meetings", "ingen flere møter"),
        PresentLastMeeting => ("last meeting", "forrige møte"),
        PresentLate => ("late", "over fristen"),
        PresentColOwner => ("Owner", "Ansvarlig"),
        PresentColStatus => ("Status", "Status"),
        PresentColDue => ("Deadline", "Frist"),
        PresentColDone => ("Done", "Ferdig"),
        PresentDoneOn => ("done", "ferdig"),
        PresentNone => ("None.", "Ingen."),
        PresentMore => ("more", "til"),
        PresentErrorsSince => ("plan file has errors since", "planfila har feil siden"),
        PresentMissingSince => ("plan file is missing since", "planfila mangler siden"),
        PresentUnreadableSince => (
            "plan file cannot be read since",
            "planfila kan ikke leses siden",
        ),
        PresentShowingLast => ("showing the last good plan", "viser siste gyldige plan"),
        PresentNoActivities => ("no activities yet", "ingen aktiviteter ennå"),
        PresentUnknownSeries => ("meeting series not found", "fant ikke møteserien"),
        PresentChanges => (
            "Changes since the last meeting",
            "Endringer siden forrige møte",
        ),
        PresentNoChanges => ("No changes to the plan.", "Ingen endringer i planen."),
        PresentBurnup => ("Due and done over time", "Frister og ferdig over tid"),
        PresentBurnupDue => ("due", "frister"),
        PresentBurnupDone => ("done", "ferdig"),
        PresentToday => ("today", "i dag"),
        PresentMeetings => ("meetings", "møter"),
        UnsavedTitle => ("Unsaved edits", "Ulagrede endringer"),
        UnsavedIntro => (
            "These edits are not saved in the plan file:",
            "Disse endringene er ikke lagret i planfila:",
        ),
        UnsavedMarker => ("unsaved", "ulagret"),
        ChoiceRetry => ("Try to save them again", "Prøv å lagre dem igjen"),
        ChoiceSetAside => (
            "Write them to a recovery file beside the plan, and quit",
            "Skriv dem til en gjenopprettingsfil ved siden av planen, og avslutt",
        ),
        ChoiceDiscard => ("Discard them, and quit", "Forkast dem, og avslutt"),
        ConflictTitle => ("Changed in two places", "Endret to steder"),
        ConflictIntro => (
            "This edit was not saved: the file has another value.",
            "Denne endringen ble ikke lagret: fila har en annen verdi.",
        ),
        ChoiceKeepMine => (
            "Keep mine (save it over the file's value)",
            "Behold min (lagre den over filas verdi)",
        ),
        ChoiceKeepTheirs => (
            "Keep theirs (discard my edit)",
            "Behold deres (forkast min endring)",
        ),
        RecoveryTitle => (
            "Unsaved edits from an earlier session",
            "Ulagrede endringer fra en tidligere økt",
        ),
        RecoveryIntro => (
            "These edits could not be saved and were set aside",
            "Disse endringene kunne ikke lagres og ble lagt til side",
        ),
        ChoiceReapply => (
            "Re-apply them (each is checked against the file first)",
            "Bruk dem på nytt (hver sjekkes mot fila først)",
        ),
        ChoiceDiscardRecovery => (
            "Discard them (delete the recovery file)",
            "Forkast dem (slett gjenopprettingsfila)",
        ),
        ChoiceLater => (
            "Decide later (keep the file)",
            "Bestem senere (behold fila)",
        ),
        RecoveryKept => (
            "The recovery file is kept and offered again next time",
            "Gjenopprettingsfila beholdes og tilbys igjen neste gang",
        ),
        RecoveryReadOnly => (
            "unsaved edits from an earlier session are in the recovery file; open without read-only to re-apply them",
            "ulagrede endringer fra en tidligere økt ligger i gjenopprettingsfila; åpne uten skrivebeskyttelse for å bruke dem",
        ),
        SetAside => (
            "Set aside in the recovery file",
            "Lagt til side i gjenopprettingsfila",
        ),
        Discarded => ("Discarded", "Forkastet"),
        OtherEditorTitle => ("Someone else is editing", "Noen andre redigerer"),
        OtherEditorIntro => (
            "This plan is open for editing in another fremdrift:",
            "Denne planen er åpen for redigering i en annen fremdrift:",
        ),
        ChoiceReadOnly => ("Continue read-only", "Fortsett skrivebeskyttet"),
        ChoiceEditAnyway => (
            "Edit anyway (saves check for conflicts)",
            "Rediger likevel (lagring sjekker for konflikter)",
        ),
        ReadOnlyOtherEditor => (
            "read-only: another fremdrift is editing this plan; restart to edit",
            "skrivebeskyttet: en annen fremdrift redigerer planen; start på nytt for å redigere",
        ),
        FieldTitle => ("title", "tittel"),
        AddTitle => ("New activity", "Ny aktivitet"),
        AddHint => (
            "Tab/Enter next field · Enter on the last saves · Esc cancels",
            "Tab/Enter neste felt · Enter i siste lagrer · Esc avbryter",
        ),
        OwnerTab => ("Tab →", "Tab →"),
        PlaceAfter => ("goes after", "kommer etter"),
        PlaceLast => ("goes last in the group", "kommer sist i gruppen"),
        DeleteTitle => ("Delete activity", "Slett aktivitet"),
        MoveToTitle => ("Move to the end of", "Flytt til slutten av"),
        AreaStatusTitle => ("Area status", "Status for området"),
        ReasonTitle => ("Waiting for", "Venter på"),
        ReasonRequired => (
            "a waiting area needs the reason: what it waits for",
            "et område som venter trenger grunnen: hva det venter på",
        ),
        KeyAdd => ("add an activity", "legg til aktivitet"),
        KeyDelete => ("delete the activity", "slett aktiviteten"),
        KeyShift => (
            "move the activity down / up in its group",
            "flytt aktiviteten ned / opp i gruppen",
        ),
        KeyMoveTo => (
            "move the activity to another area or workstream",
            "flytt aktiviteten til et annet område eller delområde",
        ),
        KeyAreaStatus => (
            "the area's status (and what it waits for)",
            "områdets status (og hva det venter på)",
        ),
        KeyNextField => (
            "next field (in the owner field: complete the name)",
            "neste felt (i ansvarlig-feltet: fullfør navnet)",
        ),
        KeyYes => ("yes", "ja"),
        KeyNo => ("no", "nei"),
        HelpConfirm => ("A question (delete)", "Et spørsmål (slette)"),
    }
}

/// The question before a delete: "Slette «Kvalitetssikre opplegg» (nvk-2)? j/n".
pub fn delete_question(lang: Language, title: &str, id: &str) -> String {
    match lang {
        Language::En => format!("Delete \u{201c}{title}\u{201d} ({id})? y/n"),
        Language::Nb | Language::Nn => format!("Slette \u{ab}{title}\u{bb} ({id})? j/n"),
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
    let name = field_name(lang, field);
    match lang {
        Language::En => {
            format!(
                "{name}: changed elsewhere to \u{201c}{theirs}\u{201d}, here to \u{201c}{mine}\u{201d}"
            )
        }
        Language::Nb | Language::Nn => {
            format!(
                "{name}: endret andre steder til \u{ab}{theirs}\u{bb}, her til \u{ab}{mine}\u{bb}"
            )
        }
    }
}

/// The deadline first agreed and how far it has moved since, for an activity whose deadline was
/// moved: "opprinnelig frist «30. november» (30.11.2017), flyttet +15 d".
pub fn baseline_moved(lang: Language, text: &str, day: chrono::NaiveDate, slip: i64) -> String {
    let day = crate::output::text::date(day, lang);
    let moved = crate::output::text::signed_days(slip);
    match lang {
        Language::En => {
            format!("first agreed \u{201c}{text}\u{201d} ({day}), moved {moved}")
        }
        Language::Nb | Language::Nn => {
            format!("opprinnelig frist \u{ab}{text}\u{bb} ({day}), flyttet {moved}")
        }
    }
}

/// What an undo or redo changed, from the plan before and after it: "nvk-2 status ferdig →
/// ikke startet", with "(+2)" when it changed more. `None` when nothing an activity shows did.
pub fn what_changed(lang: Language, before: &Plan, after: &Plan) -> Option<String> {
    use crate::git::log::Change;
    let changes = crate::git::log::compare(before, after);
    let (open, close) = match lang {
        Language::En => ('\u{201c}', '\u{201d}'),
        Language::Nb | Language::Nn => ('\u{ab}', '\u{bb}'),
    };
    // Status words in the UI language, whatever language the plan is written in.
    let status = |plan: &Plan, id: &str| {
        plan.find(id)
            .map(|i| plan.activities[i].status.word(lang).to_string())
            .unwrap_or_default()
    };
    let words = |en: &'static str, nb: &'static str| match lang {
        Language::En => en,
        Language::Nb | Language::Nn => nb,
    };
    let text = changes.iter().find_map(|c| {
        Some(match c {
            Change::Status { id, .. } => format!(
                "{id} {} {} \u{2192} {}",
                tr(lang, Msg::FieldStatus),
                status(before, id),
                status(after, id)
            ),
            Change::Deadline { id, from, to, .. } => format!(
                "{id} {} {open}{from}{close} \u{2192} {open}{to}{close}",
                tr(lang, Msg::FieldDeadline)
            ),
            Change::Owner { id, from, to, .. } => {
                format!("{id} {} {from} \u{2192} {to}", tr(lang, Msg::FieldOwner))
            }
            Change::Note { id, .. } => format!("{id} {}", tr(lang, Msg::FieldNote)),
            Change::Added { id, .. } => format!("{id} {}", words("added", "lagt til")),
            Change::Removed { id, .. } => format!("{id} {}", words("deleted", "slettet")),
            Change::Moved { id, .. } => format!("{id} {}", words("moved", "flyttet")),
            Change::Renamed { id, from, to } => format!(
                "{id} {} {open}{from}{close} \u{2192} {open}{to}{close}",
                words("title", "tittel")
            ),
            _ => return None,
        })
    })?;
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
        assert_eq!(tr(Language::En, Msg::Saved), "Saved");
        assert_eq!(tr(Language::Nb, Msg::Week), "uke");
    }
}
