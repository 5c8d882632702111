//! Who "mine" is on the board: the owner the user picked once in the filter picker, kept in a
//! one-line file `me` in the user's cache folder ([`super::cache::default_dir`]) — never in the
//! plan, which is shared.

use std::io;
use std::path::PathBuf;

/// A name longer than this is not a name someone picked: ignored.
const MAX_BYTES: u64 = 1024;

fn path() -> Option<PathBuf> {
    super::cache::default_dir().map(|d| d.join("me"))
}

/// The remembered owner, if any (a missing or unreadable file is no owner).
pub fn load() -> Option<String> {
    load_from(&path()?)
}

/// Remembers `owner` (or forgets it, with `None`).
pub fn save(owner: Option<&str>) -> io::Result<()> {
    match path() {
        Some(path) => save_to(&path, owner),
        None => Ok(()),
    }
}

fn load_from(path: &std::path::Path) -> Option<String> {
    if std::fs::metadata(path).ok()?.len() > MAX_BYTES {
        return None;
    }
    let text = std::fs::read_to_string(path).ok()?;
    let name = text.trim();
    (!name.is_empty() && !name.contains('\n')).then(|| name.to_string())
}

/// Written to a temporary file and renamed over the old one, so a reader sees the old name or
/// the new, never half of one.
fn save_to(path: &std::path::Path, owner: Option<&str>) -> io::Result<()> {
    match owner {
        None => match std::fs::remove_file(path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        },
        Some(name) => {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)?;
            }
            let tmp = path.with_extension(format!("tmp{}", std::process::id()));
            std::fs::write(&tmp, format!("{}\n", name.trim()))?;
            std::fs::rename(&tmp, path).inspect_err(|_| {
                let _ = std::fs::remove_file(&tmp);
            })
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_name_is_kept_and_forgotten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("me");
        assert_eq!(load_from(&path), None);
        save_to(&path, Some("Prosjektleder")).unwrap();
        assert_eq!(load_from(&path).as_deref(), Some("Prosjektleder"));
        save_to(&path, None).unwrap();
        assert_eq!(load_from(&path), None);
        save_to(&path, None).unwrap();
    }
}
