//! Output for people and scripts: the plain listing (table, CSV, JSON), and later reports and
//! exports. Everything here turns a `&Plan` and a `today` into text; nothing reads files.

pub mod json;
pub mod list;
pub mod text;
