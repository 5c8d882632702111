//! Writing what a command produced (a report, an export) to a file given with `-o`. Written to a
//! temporary file beside the target and renamed over it, so a reader (or a calendar application
//! watching the file) never sees half a file, and a failed write leaves the old file as it was.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::io_message;

/// Writes `bytes` to `path`, replacing it. The error is one lowercase line naming the file.
/// Refuses to write over any of `protected` (the plans the output was made from), so
/// `-o plan.toml` by mistake cannot destroy the plan.
pub fn write_output(path: &Path, bytes: &[u8], protected: &[PathBuf]) -> Result<(), String> {
    let shown = path.display();
    if let Ok(target) = std::fs::canonicalize(path) {
        for p in protected {
            if std::fs::canonicalize(p).is_ok_and(|p| p == target) {
                return Err(format!(
                    "{shown}: refusing to write over the plan the output is made from; give another file with -o"
                ));
            }
        }
        if target.is_dir() {
            return Err(format!("{shown}: is a directory; give a file name with -o"));
        }
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| format!("{shown}: not a file name"))?;
    let tmp = dir.join(format!(".{name}.fremdrift-{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("{shown}: cannot write: {}", io_message(&e))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_replaces_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.md");
        write_output(&p, b"one", &[]).unwrap();
        write_output(&p, b"two", &[]).unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn refuses_the_plan_and_missing_folders() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.toml");
        std::fs::write(&plan, "keep").unwrap();
        let e = write_output(&plan, b"x", std::slice::from_ref(&plan)).unwrap_err();
        assert!(e.contains("refusing to write over the plan"), "{e}");
        assert_eq!(std::fs::read_to_string(&plan).unwrap(), "keep");
        let e = write_output(&dir.path().join("nope/out.md"), b"x", &[]).unwrap_err();
        assert!(
            e.ends_with("cannot write: no such file or directory"),
            "{e}"
        );
    }
}
