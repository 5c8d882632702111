//! The `fremdrift` binary: parse arguments, run the command, return its exit code.

use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = fremdrift::cli::parse();
    let code = fremdrift::cli::run(cli);
    // A parse cache entry still being written (a miss hands it to a thread): left behind whole.
    fremdrift::file::cache::finish_writes();
    // Through the ending gate: a board stopped by a signal may still be setting edits aside.
    fremdrift::tui::hangup::finish(code)
}
