//! Every piece of UI text the board shows, in English and Norwegian bokmål. Views ask for a
//! [`Msg`] in the UI language; nothing else in `tui` holds user-facing words (status words come
//! from the domain, dates from `output::text`).

use crate::plan::Language;

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
    KeyUndo,
    KeyRedo,
    KeySearch,
    KeyFilter,
    KeyReload,
    KeyProblems,
    KeyHelp,
    KeyQuit,
    KeyMoveCard,
    KeyCancelled,
    KeyClose,
    KeyConfirm,
    KeyCancel,
    KeyMouse,
    HelpGlobal,
    HelpPopup,
    HelpInput,
    LegendCycle,
    LegendSearch,
    LegendFilter,
    Legend,
}

/// The text of `msg` in `lang`.
pub fn tr(lang: Language, msg: Msg) -> &'static str {
    let (en, nb) = pair(msg);
    match lang {
        Language::En => en,
        Language::Nb => nb,
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
        Warnings => ("warnings (p)", "advarsler (p)"),
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
        KeyPane => (
            "board: areas ↔ activities",
            "tavle: innsatsområder ↔ aktiviteter",
        ),
        KeyNextView => ("view", "visning"),
        KeyViewN => ("go to view 1–5", "gå til visning 1–5"),
        KeyDetails => ("details", "detaljer"),
        KeyAdvance => ("next status", "neste status"),
        KeyPicker => ("choose status", "velg status"),
        KeyToggleDone => ("toggle done", "ferdig / ikke ferdig"),
        KeyNote => ("edit note", "endre notat"),
        KeyDue => ("edit deadline", "endre frist"),
        KeyOwner => ("edit owner", "endre ansvarlig"),
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
            "status view: move card left / right",
            "statusvisning: flytt kort til venstre / høyre",
        ),
        KeyCancelled => ("status view: show cancelled", "statusvisning: vis avlyste"),
        KeyClose => ("close", "lukk"),
        KeyConfirm => ("choose / save", "velg / lagre"),
        KeyCancel => ("cancel", "avbryt"),
        KeyMouse => (
            "mouse: click selects, wheel scrolls",
            "mus: klikk velger, hjulet ruller",
        ),
        HelpGlobal => ("Everywhere", "Overalt"),
        HelpPopup => ("In a popup", "I et vindu"),
        HelpInput => ("In a text field", "I et tekstfelt"),
    }
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
