//! The repository a plan lives in, through the `git` command (see the README's Design section
//! for why not a library): its top folder, commits touching a file, and blobs.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::output::text::shown;

/// Runs `git -C DIR ARGS…` and returns its standard output; a failure is a sentence naming the
/// folder and what git said.
pub fn git(dir: &Path, args: &[&str]) -> Result<String, String> {
    let bytes = git_bytes(dir, args)?;
    String::from_utf8(bytes).map_err(|_| {
        format!(
            "{}: git printed something that is not UTF-8 for `git {}`",
            shown(dir),
            args.first().unwrap_or(&"")
        )
    })
}

/// [`git`], for output that need not be text.
pub fn git_bytes(dir: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                "the git command was not found; install git to use fremdrift with git".to_string()
            } else {
                format!("git could not be run: {e}")
            }
        })?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        let err = String::from_utf8_lossy(&out.stderr);
        Err(format!(
            "{}: `git {}` failed: {}",
            shown(dir),
            args.first().unwrap_or(&""),
            err.trim()
        ))
    }
}

/// The top folder of the repository `dir` is in, or a clear message when it is in none.
pub fn toplevel(dir: &Path) -> Result<PathBuf, String> {
    match git(dir, &["rev-parse", "--show-toplevel"]) {
        Ok(s) => Ok(PathBuf::from(s.trim_end_matches(['\n', '\r']))),
        Err(e) if e.contains("not a git repository") => Err(format!(
            "{} is not in a git repository (run `git init` there first, or give a folder inside one)",
            shown(dir)
        )),
        Err(e) => Err(e),
    }
}
