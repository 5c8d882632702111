//! `fremdrift export PLAN --format ics|csv|json|xlsx`: the whole plan for calendar applications,
//! spreadsheets and scripts.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use super::{EXIT_USAGE, ExportArgs, ExportFormat, cells, csv_form, load_valid, say};
use crate::msg;
use crate::output::{export, json, xlsx};
use crate::plan::Language;

pub fn run(args: &ExportArgs) -> i32 {
    let (_, plan) = match load_valid(&args.plan, args.lang) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let today = args.today.get();
    let lang = args.lang.for_plan(Some(&plan));
    let text = match args.format {
        ExportFormat::Ics => export::ics(&plan, today, lang),
        ExportFormat::Csv => export::csv(
            &plan,
            today,
            args.delimiter,
            args.bom,
            cells(args.raw),
            csv_form(args.machine, lang),
        ),
        ExportFormat::Json => {
            let all: Vec<usize> = (0..plan.activities.len()).collect();
            json::render(&plan, today, &all)
        }
        ExportFormat::Xlsx => {
            return write_binary(
                "xlsx",
                || xlsx::workbook(&plan, today, lang),
                args.output.as_deref(),
                std::slice::from_ref(&args.plan),
                lang,
            );
        }
    };
    super::write_out(
        text.as_bytes(),
        args.output.as_deref(),
        std::slice::from_ref(&args.plan),
        lang,
    )
}

/// Writes a binary file (`format`: "xlsx", "docx") made by `make` to `output` as
/// [`super::write_out`] does, but never to a terminal, where it would be garbage: without `-o`
/// (or with `-o -`) and standard output a terminal, or with `-o` naming a terminal, it is a
/// usage error that says to use `-o FILE`. The bytes are made only once that is settled.
pub(super) fn write_binary(
    format: &str,
    make: impl FnOnce() -> Result<Vec<u8>, crate::i18n::Message>,
    output: Option<&Path>,
    plans: &[PathBuf],
    lang: Language,
) -> i32 {
    if goes_to_terminal(output, std::io::stdout().is_terminal(), is_terminal_path) {
        say(msg!("office-terminal", format = format).render(lang));
        return EXIT_USAGE;
    }
    match make() {
        Ok(bytes) => super::write_out(&bytes, output, plans, lang),
        Err(e) => {
            say(e.render(lang));
            EXIT_USAGE
        }
    }
}

/// Whether output to `output` (`None` or `-`: standard output) would land on a terminal.
/// `stdout_terminal` says whether standard output is one, `path_terminal` whether a path is.
pub(super) fn goes_to_terminal(
    output: Option<&Path>,
    stdout_terminal: bool,
    path_terminal: impl Fn(&Path) -> bool,
) -> bool {
    match output {
        None => stdout_terminal,
        Some(p) if p.as_os_str() == "-" => stdout_terminal,
        Some(p) => path_terminal(p),
    }
}

/// Whether `path` is a terminal (`/dev/tty`, `/dev/pts/3`): only character devices are opened
/// to ask, without becoming the controlling terminal; a regular file or a new name never is one.
fn is_terminal_path(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
        let Ok(meta) = std::fs::metadata(path) else {
            return false;
        };
        if !meta.file_type().is_char_device() {
            return false;
        }
        std::fs::OpenOptions::new()
            .write(true)
            .custom_flags(rustix::fs::OFlags::NOCTTY.bits() as i32)
            .open(path)
            .is_ok_and(|f| f.is_terminal())
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_output_never_goes_to_a_terminal() {
        let never = |_: &Path| false;
        let always = |_: &Path| true;
        // No -o, or -o -: standard output decides.
        assert!(goes_to_terminal(None, true, never));
        assert!(!goes_to_terminal(None, false, always));
        assert!(goes_to_terminal(Some(Path::new("-")), true, never));
        assert!(!goes_to_terminal(Some(Path::new("-")), false, always));
        // A file: whether the file is a terminal, whatever standard output is.
        assert!(!goes_to_terminal(Some(Path::new("plan.xlsx")), true, never));
        assert!(goes_to_terminal(Some(Path::new("/dev/tty")), false, always));
    }

    #[test]
    fn files_and_null_are_not_terminals() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("x.xlsx");
        assert!(!is_terminal_path(&f));
        std::fs::write(&f, b"x").unwrap();
        assert!(!is_terminal_path(&f));
        assert!(!is_terminal_path(Path::new("/dev/null")));
    }
}
