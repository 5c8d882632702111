//! Output for people and scripts: the plain listing (table, CSV, JSON), the status report
//! (Markdown, HTML) and exports (iCalendar, CSV). Everything here turns a `&Plan` and a `today`
//! into text; nothing reads or writes files.

pub mod export;
pub mod json;
pub mod list;
pub mod report;
pub mod text;
