//! fremdrift keeps a project plan honest: a hand-written TOML plan of focus areas, workstreams
//! and activities, shown as a live terminal board and edited back into the same file.
//!
//! Module map (data flows one way: file → plan → views; edits flow back through `file`):
//! - [`plan`]: the domain — plan, areas, activities, statuses, the deadline language
//!   ([`plan::deadline`]), urgency, meetings and the agenda, the burn-up, and what an edit means:
//!   field changes ([`plan::edit`], `Plan::apply`) and structural ones ([`plan::structure`],
//!   `Plan::restructure`). No I/O, no UI; `today` is always a parameter.
//! - [`file`](mod@file): the TOML boundary — read (bounded, regular files only), parse with
//!   spans (and a content-keyed parse cache), validate, turn edits into minimal text changes
//!   ([`file::edit`], [`file::structure`]), and save them without losing anyone's work
//!   ([`file::save`] over [`file::replace`]'s swap). The only module that touches the disk.
//! - [`git`]: git as the shared store — the field-level merge driver and the plan's history
//!   read from the repository.
//! - [`diagnostics`]: problems with positions, rendered rustc-style.
//! - [`output`]: list, report and export for people and scripts.
//! - [`import`]: a Word document or spreadsheet as a new plan (pure: bytes in, plan text out).
//! - [`synth`]: synthetic plans of any size for benchmarks and tests.
//! - [`cli`]: the command line (clap definitions and the commands).
//! - [`tui`]: the terminal board (`fremdrift PLAN`): pure app state, views, one event loop.

pub mod cli;
pub mod diagnostics;
pub mod file;
pub mod git;
pub mod i18n;
pub mod import;
pub mod output;
pub mod plan;
pub mod synth;
pub mod tui;
