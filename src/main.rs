//! The `fremdrift` binary: parse arguments, run the command, return its exit code.

use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = fremdrift::cli::parse();
    let code = fremdrift::cli::run(cli);
    // Through the ending gate: a board stopped by a signal may still be setting edits aside.
    fremdrift::tui::hangup::finish(code)
}
