//! The repository a plan lives in, through the `git` command (see the README's Design section
//! for why not a library): its top folder, commits touching a file, and blobs.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::i18n::Message;
use crate::msg;
use crate::output::text::shown;

/// Runs `git -C DIR ARGS…` and returns its standard output; a failure is a sentence naming the
/// folder and what git said.
pub fn git(dir: &Path, args: &[&str]) -> Result<String, Message> {
    let bytes = git_bytes(dir, args).map_err(|e| e.message())?;
    String::from_utf8(bytes).map_err(|_| {
        msg!(
            "git-not-utf8",
            dir = shown(dir),
            command = *args.first().unwrap_or(&"")
        )
    })
}

/// Why `git` failed: the command is missing or could not run, or it said why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GitFailure {
    Missing,
    CannotRun(String),
    Failed {
        dir: String,
        command: String,
        said: String,
    },
}

impl GitFailure {
    pub fn message(&self) -> Message {
        match self {
            GitFailure::Missing => Message::new("git-missing"),
            GitFailure::CannotRun(e) => msg!("git-cannot-run", reason = e.as_str()),
            GitFailure::Failed { dir, command, said } => msg!(
                "git-failed",
                dir = dir.as_str(),
                command = command.as_str(),
                said = said.as_str()
            ),
        }
    }
}

/// [`git`], for output that need not be text.
pub fn git_bytes(dir: &Path, args: &[&str]) -> Result<Vec<u8>, GitFailure> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                GitFailure::Missing
            } else {
                GitFailure::CannotRun(e.to_string())
            }
        })?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        let err = String::from_utf8_lossy(&out.stderr);
        Err(GitFailure::Failed {
            dir: shown(dir),
            command: args.first().unwrap_or(&"").to_string(),
            said: err.trim().to_string(),
        })
    }
}

/// The top folder of the repository `dir` is in, or a clear message when it is in none.
pub fn toplevel(dir: &Path) -> Result<PathBuf, Message> {
    match git_bytes(dir, &["rev-parse", "--show-toplevel"]) {
        Ok(bytes) => {
            let s = String::from_utf8_lossy(&bytes);
            Ok(PathBuf::from(s.trim_end_matches(['\n', '\r'])))
        }
        Err(GitFailure::Failed { said, .. }) if said.contains("not a git repository") => {
            Err(msg!("git-not-a-repository", dir = shown(dir)))
        }
        Err(e) => Err(e.message()),
    }
}

/// Why a plan has no history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RepoError {
    /// The plan is in no git work tree.
    NotInGit(Message),
    /// The repository has no commit with the plan.
    NoCommits(Message),
    /// Reading the repository failed.
    Failed(Message),
}

/// One version of the plan file: the commit that wrote it and its contents.
#[derive(Debug, Clone)]
pub struct Version {
    pub commit: String,
    pub author: String,
    /// The author's date, in the author's time zone.
    pub date: chrono::NaiveDate,
    pub summary: String,
    /// The file's path in the repository at this commit.
    pub path: String,
    /// The blob's id: versions with the same id have the same bytes.
    pub blob: String,
    pub bytes: std::sync::Arc<Vec<u8>>,
}

/// Every version of the plan file at `plan` along the first-parent history of HEAD, oldest
/// first: the commits whose file differs from their first parent's (or that created it). A
/// rename is followed: when the parent lacks the file under its name, the file there with the
/// same contents, or else the `*.toml` file `same_plan` accepts, is taken as its old name.
pub fn versions(
    plan: &Path,
    same_plan: &dyn Fn(&[u8], &[u8]) -> bool,
) -> Result<Vec<Version>, RepoError> {
    let failed = |e: &dyn std::fmt::Display| {
        RepoError::Failed(msg!(
            "git-read-failed",
            path = shown(plan),
            reason = e.to_string()
        ))
    };
    let dir = match plan.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let repo = gix::discover_with_environment_overrides(&dir)
        .map_err(|_| RepoError::NotInGit(msg!("git-no-history", path = shown(plan))))?;
    let top = repo
        .workdir()
        .ok_or_else(|| RepoError::NotInGit(msg!("git-bare", path = shown(plan))))?;
    let rel = dunce::canonicalize(plan)
        .ok()
        .zip(dunce::canonicalize(top).ok())
        .and_then(|(p, t)| p.strip_prefix(&t).ok().map(Path::to_path_buf))
        .ok_or_else(|| RepoError::Failed(msg!("git-cannot-place", path = shown(plan))))?;
    let mut path: String = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/");
    let no_commits = || RepoError::NoCommits(msg!("git-no-commits", path = shown(plan)));
    let head = repo.head_commit().map_err(|_| no_commits())?;
    let walk = head
        .ancestors()
        .first_parent_only()
        .all()
        .map_err(|e| failed(&e))?;
    let mut blobs: std::collections::HashMap<gix::ObjectId, std::sync::Arc<Vec<u8>>> =
        std::collections::HashMap::new();
    let mut read = |id: gix::ObjectId| -> Result<std::sync::Arc<Vec<u8>>, RepoError> {
        if let Some(b) = blobs.get(&id) {
            return Ok(b.clone());
        }
        let object = repo.find_object(id).map_err(|e| failed(&e))?;
        let b = std::sync::Arc::new(object.data.clone());
        blobs.insert(id, b.clone());
        Ok(b)
    };
    let mut out = Vec::new();
    // The newer commit whose version is known, waiting to see whether its parent's differs.
    let mut newer: Option<(Version, gix::ObjectId)> = None;
    let mut newer_tree: Option<gix::ObjectId> = None;
    for info in walk {
        let info = info.map_err(|e| failed(&e))?;
        let commit = info.object().map_err(|e| failed(&e))?;
        let tree = commit.tree().map_err(|e| failed(&e))?;
        let tree_id = tree.id;
        let mut here = tree
            .lookup_entry_by_path(&path)
            .map_err(|e| failed(&e))?
            .map(|e| e.object_id());
        if here.is_none()
            && let Some((v, id)) = &newer
        {
            let files = tree
                .traverse()
                .breadthfirst
                .files()
                .map_err(|e| failed(&e))?;
            // Only a file that is gone in the newer commit was renamed (not one copied).
            let newer_tree = newer_tree.as_ref().and_then(|t| repo.find_tree(*t).ok());
            let gone = |f: &&gix::traverse::tree::recorder::Entry| {
                f.mode.is_blob()
                    && newer_tree.as_ref().is_some_and(|t| {
                        t.lookup_entry_by_path(f.filepath.to_string())
                            .is_ok_and(|e| e.is_none())
                    })
            };
            let exact = files.iter().filter(gone).find(|f| f.oid == *id);
            let similar = || {
                files.iter().filter(gone).find(|f| {
                    f.filepath.ends_with(b".toml")
                        && read(f.oid).is_ok_and(|old| same_plan(&old, &v.bytes))
                })
            };
            if let Some(f) = exact.or_else(similar) {
                path = f.filepath.to_string();
                here = Some(f.oid);
            }
        }
        // A version is listed when its parent's differs, or had another name.
        if let Some((v, id)) = newer.take()
            && (Some(id) != here || v.path != path)
        {
            out.push(v);
        }
        let Some(id) = here else {
            if out.is_empty() {
                // Not committed under this name at HEAD yet: look further back.
                continue;
            }
            break;
        };
        let author = commit.author().map_err(|e| failed(&e))?;
        let date = author
            .time()
            .ok()
            .and_then(|t| {
                let offset = chrono::FixedOffset::east_opt(t.offset)?;
                chrono::DateTime::from_timestamp(t.seconds, 0)
                    .map(|d| d.with_timezone(&offset).date_naive())
            })
            .unwrap_or_default();
        let summary = commit
            .message()
            .map(|m| m.summary().to_string())
            .unwrap_or_default();
        let version = Version {
            commit: commit.id.to_string(),
            author: author.name.to_string().trim().to_string(),
            date,
            summary,
            path: path.clone(),
            blob: id.to_string(),
            bytes: read(id)?,
        };
        newer = Some((version, id));
        newer_tree = Some(tree_id);
    }
    if let Some((v, _)) = newer {
        out.push(v);
    }
    if out.is_empty() {
        return Err(no_commits());
    }
    out.reverse();
    Ok(out)
}
