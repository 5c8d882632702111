//! The `fremdrift` binary: parse arguments, run the command, exit with its code.

fn main() {
    let cli = fremdrift::cli::parse();
    std::process::exit(fremdrift::cli::run(cli));
}
