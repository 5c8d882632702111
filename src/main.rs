//! The `fremdrift` binary: parse arguments, run the command, exit with its code.

fn main() {
    let cli = fremdrift::cli::parse();
    // Through the ending gate: a board stopped by a signal may still be setting edits aside.
    fremdrift::tui::hangup::exit(fremdrift::cli::run(cli));
}
