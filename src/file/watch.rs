//! Following a plan file while it is shown: [`Watcher::poll`] reads the file again and says
//! whether its content changed since the last look. Polling (twice a second by the caller)
//! rather than an OS notification crate, because editors save in ways notifications report
//! differently (write in place, write a temp file and rename it over, delete and recreate);
//! comparing the content itself catches all of them, a missing file included, with no extra
//! dependency. Plans are small (kilobytes), so reading one twice a second costs nothing.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use super::{Loaded, ReadError, load};

/// What the file looked like at the last poll.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Seen {
    Never,
    Content(u64),
    /// Unreadable, by the error's text (so a different error is a change too).
    Failed(String),
}

/// Watches one plan file by reading it.
#[derive(Debug)]
pub struct Watcher {
    path: PathBuf,
    seen: Seen,
}

impl Watcher {
    /// A watcher that reports the file's state at its first poll.
    pub fn new(path: impl Into<PathBuf>) -> Watcher {
        Watcher {
            path: path.into(),
            seen: Seen::Never,
        }
    }

    /// A watcher for a file already loaded with this text, so the first poll reports only a
    /// change.
    pub fn after(path: impl Into<PathBuf>, loaded: &Loaded) -> Watcher {
        Watcher {
            path: path.into(),
            seen: Seen::Content(hash(&loaded.source.file_bytes())),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the file; `Some` when it differs from the last poll (new content, gone, back).
    pub fn poll(&mut self) -> Option<Result<Loaded, ReadError>> {
        let result = load(&self.path);
        let seen = match &result {
            Ok(loaded) => Seen::Content(hash(&loaded.source.file_bytes())),
            Err(e) => Seen::Failed(e.to_string()),
        };
        if seen == self.seen {
            return None;
        }
        self.seen = seen;
        Some(result)
    }
}

fn hash(bytes: &[u8]) -> u64 {
    let mut h = DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_only_changes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        std::fs::write(&path, "title = \"a\"\n").unwrap();
        let mut w = Watcher::new(&path);
        assert!(matches!(w.poll(), Some(Ok(_))));
        assert!(w.poll().is_none());
        std::fs::write(&path, "title = \"b\"\n").unwrap();
        assert!(matches!(w.poll(), Some(Ok(_))));
        std::fs::remove_file(&path).unwrap();
        assert!(matches!(w.poll(), Some(Err(ReadError::NotFound(_)))));
        assert!(w.poll().is_none());
        let other = dir.path().join("new.toml");
        std::fs::write(&other, "title = \"b\"\n").unwrap();
        std::fs::rename(&other, &path).unwrap();
        assert!(matches!(w.poll(), Some(Ok(_))));
    }
}
