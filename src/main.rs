//! The `fremdrift` binary: parse arguments, run the command, return its exit code.

use std::process::ExitCode;

/// mimalloc keeps the memory a run frees for its next allocations; the system allocator hands
/// a freed large buffer (a 2 MB plan text, a decoded plan) back to the kernel, and every new one
/// costs a page fault per 4 KiB again. Measured in benches/README.md.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = fremdrift::cli::parse();
    let code = fremdrift::cli::run(cli);
    // A parse cache entry still being written (a miss hands it to a thread): left behind whole.
    fremdrift::file::cache::finish_writes();
    // Through the ending gate: a board stopped by a signal may still be setting edits aside.
    fremdrift::tui::hangup::finish(code)
}
