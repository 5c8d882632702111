//! The `fremdrift` binary: parse arguments, run the command, exit with its code.

use clap::Parser;

fn main() {
    let cli = fremdrift::cli::Cli::parse();
    std::process::exit(fremdrift::cli::run(cli));
}
