//! The terminal board: a full-screen ratatui app to navigate a plan, see what is overdue and edit
//! statuses, notes, deadlines and owners, saved at once through the file layer.
//!
//! - [`app`]: the state and [`App::apply`], pure: events in, effects out.
//! - [`keys`]: the one table of key bindings (footer hints and help are drawn from it).
//! - [`popup`]: the popups, and the choices of those that ask (enums, in screen order).
//! - [`model`]: what each view lists, derived once per change; edits applied in memory.
//! - `shown`: what the views show of the plan (rows, columns, counts), and where the cursor is.
//! - [`store`]: the boundary to the saving layer (requests out, reports in, on a worker thread).
//! - [`present`]: the read-only presentation mode for meetings (`fremdrift present`, `p`).
//! - [`portfolio`]: every plan of a folder, with agenda and owners across them (`fremdrift DIR`).
//! - [`views`]: drawing `&App` (with its [`ViewState`] beside it) and `&Presenter` into a buffer.
//! - [`theme`], [`i18n`]: styles, and the UI text in English and bokmål.
//! - [`broken`]: the error screen of a plan whose TOML cannot be read.
//! - [`event_loop`]: the only code that touches the terminal.

pub mod app;
pub mod broken;
pub mod event_loop;
pub mod file_store;
pub mod hangup;
pub mod i18n;
pub mod keys;
pub mod model;
pub mod popup;
pub mod portfolio;
pub mod present;
mod shown;
pub mod store;
pub mod theme;
pub mod views;

pub use app::{App, Effect, Event, Options, ViewState};
