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

    /// Forgets what the file looked like, so the next poll reports it whatever it holds.
    pub fn forget(&mut self) {
        self.seen = Seen::Never;
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

/// A change [`FolderWatcher::poll`] saw.
#[derive(Debug)]
pub enum Change {
    /// A plan file that is new or whose content changed (or that cannot be read any more).
    Changed(PathBuf, Box<Result<Loaded, ReadError>>),
    /// A plan file that is gone from the folder.
    Removed(PathBuf),
}

/// Watches a folder's `*.toml` plans (the portfolio): each file with a [`Watcher`], and the
/// folder's listing for files that come and go. Polled like the single watcher; a folder that
/// cannot be listed for a moment (being replaced) changes nothing.
#[derive(Debug)]
pub struct FolderWatcher {
    dir: PathBuf,
    files: std::collections::BTreeMap<PathBuf, Watcher>,
}

impl FolderWatcher {
    /// A watcher whose first poll reports every plan of the folder.
    pub fn new(dir: impl Into<PathBuf>) -> FolderWatcher {
        FolderWatcher {
            dir: dir.into(),
            files: Default::default(),
        }
    }

    /// A watcher for plans already loaded: the first poll reports only changes to them, and
    /// files that are new or gone.
    pub fn after<'a>(
        dir: impl Into<PathBuf>,
        loaded: impl IntoIterator<Item = (&'a Path, Option<&'a Loaded>)>,
    ) -> FolderWatcher {
        let mut w = FolderWatcher::new(dir);
        for (path, l) in loaded {
            w.saw(path, l);
        }
        w
    }

    /// Notes one plan as just read (`None`: it could not be read), as [`FolderWatcher::after`]
    /// does for each: a watcher built while the plans load, one by one.
    pub fn saw(&mut self, path: &Path, loaded: Option<&Loaded>) {
        let watcher = match loaded {
            Some(l) => Watcher::after(path, l),
            None => Watcher::new(path),
        };
        self.files.insert(path.to_path_buf(), watcher);
    }

    /// The folder's `*.toml` files, sorted; `None` when it cannot be listed.
    fn listing(&self) -> Option<Vec<PathBuf>> {
        let entries = std::fs::read_dir(&self.dir).ok()?;
        let mut out: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "toml"))
            .collect();
        out.sort();
        Some(out)
    }

    /// Lists the folder and reads each plan; the changes since the last poll, by path.
    pub fn poll(&mut self) -> Vec<Change> {
        let Some(listed) = self.listing() else {
            return Vec::new();
        };
        let mut changes = Vec::new();
        let gone: Vec<PathBuf> = self
            .files
            .keys()
            .filter(|p| listed.binary_search(p).is_err())
            .cloned()
            .collect();
        for path in gone {
            self.files.remove(&path);
            changes.push(Change::Removed(path));
        }
        for path in listed {
            let watcher = self
                .files
                .entry(path.clone())
                .or_insert_with(|| Watcher::new(&path));
            if let Some(result) = watcher.poll() {
                changes.push(Change::Changed(path, Box::new(result)));
            }
        }
        changes
    }

    /// Forgets every file's content, so the next poll reports every plan (`r`).
    pub fn forget(&mut self) {
        self.files.values_mut().for_each(Watcher::forget);
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

    #[test]
    fn a_folder_reports_new_changed_and_removed_plans() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.toml");
        std::fs::write(&a, "title = \"a\"\n").unwrap();
        std::fs::write(dir.path().join("notes.txt"), "x").unwrap();
        let mut w = FolderWatcher::new(dir.path());
        assert!(matches!(&w.poll()[..], [Change::Changed(p, r)] if *p == a && r.is_ok()));
        assert!(w.poll().is_empty());
        let b = dir.path().join("b.toml");
        std::fs::write(&b, "title = \"b\"\n").unwrap();
        std::fs::write(&a, "title = \"a2\"\n").unwrap();
        let changes = w.poll();
        assert!(
            matches!(&changes[..], [Change::Changed(p, _), Change::Changed(q, _)] if *p == a && *q == b)
        );
        std::fs::remove_file(&a).unwrap();
        assert!(matches!(&w.poll()[..], [Change::Removed(p)] if *p == a));
        w.forget();
        assert!(matches!(&w.poll()[..], [Change::Changed(p, r)] if *p == b && r.is_ok()));
    }
}
