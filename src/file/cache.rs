//! The parse cache: what [`parse_plan`] returned for a text, kept on disk so the next run that
//! reads the same text skips the parse.
//!
//! An entry is keyed by a BLAKE3 hash of the text the parser sees (the file's bytes less a
//! byte-order mark) and the build id (`FREMDRIFT_BUILD_ID`, a hash of this crate's source and
//! `Cargo.lock` made by `build.rs`). `parse_plan` is a pure function of its text, so the same text
//! and the same build give the same result: a hit is correct by construction. The crate's version
//! is not enough for that, since it does not change while the code does.
//!
//! The cache is never required. It lives in `$XDG_CACHE_HOME/fremdrift/` (or the platform's
//! cache folder: `~/Library/Caches/fremdrift` on macOS, `%LOCALAPPDATA%\fremdrift` on Windows),
//! or in `FREMDRIFT_CACHE_DIR` when that is set. `--no-cache` ([`disable`]) or
//! `FREMDRIFT_NO_CACHE=1` turn it off. A folder that is missing and cannot be made, is read-only
//! or is full only means parsing; nothing about the cache is ever reported to the user.
//!
//! An entry checks itself: a magic line (which names the entry format: entries of an older format
//! are never read), the key (text hash and build id), the lengths of the payload's two parts and
//! its BLAKE3 checksum come before the payload (`postcard`). An entry whose header, key, lengths,
//! checksum or decoding fails is ignored and removed, and the text is parsed (spans that fail to
//! decode, which only a forged entry with a right checksum can hold, read as none: edits then take
//! the whole-file way, which re-parses). The checks catch a
//! truncated, damaged or foreign entry; they do not stop someone who can write the user's own
//! files from forging one (that person could as well change the plan or the binary).
//!
//! The payload is made to decode fast, since a hit is on the path of every command: the plan,
//! its language and diagnostics come first, with days as numbers (`plan::serde_date`), and the
//! spans apart after them. A hit checks the whole payload's checksum but decodes only the first
//! part; the spans stay encoded until something reads them ([`Spans`]), which only edits do.
//!
//! A save often knows exactly what `parse_plan` gives for the text it wrote: the plan, and the
//! diagnostics and spans its edits carried along (proved table by table from known diagnostics,
//! or verified by a whole parse). It then writes that text's entry without parsing
//! (`PlanFile::keep_in_cache`, [`keep_valid`]), so the next run after `fremdrift set` is a hit.
//!
//! Entries are written to a temp file in the cache folder and renamed into place, so a reader
//! never sees half an entry (a process killed halfway leaves only a temp file, removed later).
//! A miss in [`load`](crate::file::load) (and [`parse_cached`]) does not write its entry
//! before it returns (unless [`QUEUED_WRITES`] wait already: a folder's third plan on is written
//! as it loads): it keeps a copy of the parse, written once the board has drawn its first
//! frame ([`release_writes`], on a writer thread) or when the process ends (`main` calls
//! [`finish_writes`], which hands what waits to the writer and waits for it at most
//! [`FINISH_WAIT`]; an exit on a signal or a hang-up skips it, and the next run parses).
//! So nothing that can wait comes before the first frame. After each write, the folder is kept
//! under [`MAX_CACHE_BYTES`] by
//! removing the entries least recently used (a hit refreshes an entry's modification time).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{SyncSender, TrySendError};
use std::sync::{Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant, SystemTime};

use crate::diagnostics::Diagnostic;
use crate::file::spans::{PlanSpans, Spans};
use crate::file::{Parsed, parse_plan};
use crate::plan::{Language, Plan};

/// Identifies this build: entries written by any other build are never read.
pub const BUILD_ID: &str = env!("FREMDRIFT_BUILD_ID");

/// The cache is kept below this size; the least recently used entries go first.
pub const MAX_CACHE_BYTES: u64 = 200 * 1024 * 1024;

/// An entry larger than this is not read (a plan is at most 16 MiB of text; its parse is smaller
/// than several times that).
const MAX_ENTRY_BYTES: u64 = 256 * 1024 * 1024;

/// The first bytes of every entry: the format, so a file of another kind (or an entry of an
/// older format, `fremdrift-parse1`) is never decoded.
const MAGIC: &[u8; 16] = b"fremdrift-parse2";

/// Magic, text hash, build id, the lengths of the payload's two parts (the parse but its spans;
/// the spans), payload checksum.
const HEADER_LEN: usize = 16 + 32 + 32 + 8 + 8 + 32;

/// The subfolder of the cache folder that holds the entries.
const ENTRIES: &str = "parsed";

/// How entry files end; temp files end otherwise and are never read as entries.
const ENTRY_SUFFIX: &str = ".bin";

/// How temp files begin.
const TEMP_PREFIX: &str = ".tmp-";

/// A temp file left by a killed process is removed once it is this old.
const STALE_TEMP: Duration = Duration::from_secs(3600);

static DISABLED: AtomicBool = AtomicBool::new(false);

/// Turns the cache off for the rest of this process (`--no-cache`).
pub fn disable() {
    DISABLED.store(true, Ordering::Relaxed);
}

/// Whether `FREMDRIFT_NO_CACHE` asks to bypass the cache: any value but empty or `0`.
fn env_disabled() -> bool {
    std::env::var_os("FREMDRIFT_NO_CACHE").is_some_and(|v| !v.is_empty() && v != "0")
}

/// The cache folder: `FREMDRIFT_CACHE_DIR` when set, else `fremdrift` in the platform's cache
/// folder. None when there is no such folder (no home directory).
pub fn default_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("FREMDRIFT_CACHE_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::BaseDirs::new().map(|b| b.cache_dir().join("fremdrift"))
}

/// Parses `text` as [`parse_plan`] does, through the cache unless it is turned off. For callers
/// that have read a plan themselves (the board's `PlanFile::open`, say). A miss's entry is
/// written on the writer thread ([`Cache::parse_write_later`]).
pub fn parse_cached(text: &str) -> Parsed {
    match Cache::from_env() {
        Some(cache) => cache.parse_write_later(text),
        None => parse_plan(text),
    }
}

/// Keeps the entry for `text` of a valid plan, unless the cache is turned off: for a caller
/// that knows exactly what [`parse_plan`] returns for `text` without parsing it (a save that
/// proved its edits table by table): `plan`, its `spans` and `diagnostics` (no errors among
/// them). Best effort, like every write here.
pub fn keep_valid(text: &str, plan: &Plan, spans: &PlanSpans, diagnostics: &[Diagnostic]) {
    if let Some(cache) = Cache::from_env() {
        cache.keep_valid(text, plan, spans, diagnostics);
    }
}

/// How long [`finish_writes`] waits at most for the writer thread: a cache that is slow to
/// write must not hold up the end of a command noticeably (an entry not written only means a
/// parse next time).
pub const FINISH_WAIT: Duration = Duration::from_millis(1000);

/// At most this many entries wait to be written; a miss beyond them writes its entry itself (so
/// a folder of plans loaded in parallel never holds many copies of parses in memory).
const QUEUED_WRITES: usize = 2;

/// An entry to keep.
type Job = (Cache, Key, Box<Parsed>);

/// Entries waiting for the first frame ([`release_writes`]) or the end ([`finish_writes`]).
static WAITING: Mutex<Vec<Job>> = Mutex::new(Vec::new());

/// Whether the first frame is drawn: from then on entries go to the writer thread at once.
static RELEASED: AtomicBool = AtomicBool::new(false);

/// The writer thread's queue, started on release (None: it could not be started, and entries
/// are written by whoever has them).
static WRITER: OnceLock<Option<Mutex<SyncSender<Job>>>> = OnceLock::new();

/// How many entries were handed to the writer thread and are not written yet.
static PENDING: Mutex<usize> = Mutex::new(0);
static WRITTEN: Condvar = Condvar::new();

fn writer() -> Option<&'static Mutex<SyncSender<Job>>> {
    WRITER
        .get_or_init(|| {
            let (tx, rx) = std::sync::mpsc::sync_channel::<Job>(QUEUED_WRITES);
            std::thread::Builder::new()
                .name("fremdrift-cache".into())
                .spawn(move || {
                    for (cache, key, parsed) in rx {
                        cache.put(&key, &parsed);
                        drop(parsed);
                        done_writing();
                    }
                })
                .ok()
                .map(|_| Mutex::new(tx))
        })
        .as_ref()
}

fn done_writing() {
    let mut pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
    *pending = pending.saturating_sub(1);
    WRITTEN.notify_all();
}

/// Hands `job` to the writer thread; `Err` gives it back when the thread is busy with
/// [`QUEUED_WRITES`] entries already or cannot be started.
fn to_writer(job: Job) -> Result<(), Job> {
    let Some(writer) = writer() else {
        return Err(job);
    };
    let Ok(tx) = writer.lock() else {
        return Err(job);
    };
    *PENDING.lock().unwrap_or_else(|e| e.into_inner()) += 1;
    tx.try_send(job).map_err(|e| {
        done_writing();
        match e {
            TrySendError::Full(job) | TrySendError::Disconnected(job) => job,
        }
    })
}

/// Gives `job` to the writer thread, or writes it here when the thread is busy or cannot be
/// had.
fn hand_over(job: Job) {
    if let Err(job) = to_writer(job) {
        write(job);
    }
}

fn write(job: Job) {
    let (cache, key, parsed) = job;
    cache.put(&key, &parsed);
}

/// The first frame is drawn: the entries waiting, and every later miss's, are written on the
/// writer thread from now on. Cheap after the first call (the event loop calls it after each
/// frame).
pub fn release_writes() {
    if RELEASED.load(Ordering::Acquire) {
        return;
    }
    let waiting = {
        let mut waiting = WAITING.lock().unwrap_or_else(|e| e.into_inner());
        if RELEASED.swap(true, Ordering::AcqRel) {
            return;
        }
        std::mem::take(&mut *waiting)
    };
    for job in waiting {
        hand_over(job);
    }
}

/// Hands the entries still waiting to the writer thread, then waits until everything handed to
/// it is written or [`FINISH_WAIT`] has passed (a cache folder on a share that hangs cannot hold
/// up the end of a command longer). `main` calls it before the process ends, so a command
/// leaves its entries behind. Where no writer thread can be had, they are written here.
pub fn finish_writes() {
    let waiting = std::mem::take(&mut *WAITING.lock().unwrap_or_else(|e| e.into_inner()));
    for job in waiting {
        hand_over(job);
    }
    let deadline = Instant::now() + FINISH_WAIT;
    let mut pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
    while *pending > 0 {
        let Some(left) = deadline.checked_duration_since(Instant::now()) else {
            return;
        };
        pending = match WRITTEN.wait_timeout(pending, left) {
            Ok((guard, _)) => guard,
            Err(e) => e.into_inner().0,
        };
    }
}

/// A parse cache in one folder.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

/// What an entry is for: the hash of the text and the build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    text: [u8; 32],
    build: [u8; 32],
}

impl Key {
    fn new(text: &str, build_id: &str) -> Key {
        Key {
            text: *blake3::hash(text.as_bytes()).as_bytes(),
            build: *blake3::hash(build_id.as_bytes()).as_bytes(),
        }
    }

    /// The entry's file name: a hash of both halves, so each build has its own entries.
    fn file_name(&self) -> String {
        let mut h = blake3::Hasher::new();
        h.update(&self.text);
        h.update(&self.build);
        format!("{}{ENTRY_SUFFIX}", h.finalize().to_hex())
    }
}

impl Cache {
    /// The cache of this process: None when turned off (`--no-cache`, `FREMDRIFT_NO_CACHE`) or
    /// when there is no cache folder.
    pub fn from_env() -> Option<Cache> {
        if DISABLED.load(Ordering::Relaxed) || env_disabled() {
            return None;
        }
        default_dir().map(Cache::new)
    }

    /// A cache kept in `dir` (its entries in a subfolder). Nothing is created until a write.
    pub fn new(dir: impl Into<PathBuf>) -> Cache {
        Cache { dir: dir.into() }
    }

    /// The folder the entries are in.
    pub fn entries_dir(&self) -> PathBuf {
        self.dir.join(ENTRIES)
    }

    /// The file of the entry for `text` in this build.
    pub fn entry_path(&self, text: &str) -> PathBuf {
        self.entries_dir()
            .join(Key::new(text, BUILD_ID).file_name())
    }

    /// The parse of `text`: from the cache on a hit, else parsed and then kept.
    pub fn parse(&self, text: &str) -> Parsed {
        self.parse_for(text, BUILD_ID)
    }

    /// Keeps `parsed` as the entry for `text`: for a caller that knows it is exactly what
    /// [`parse_plan`] returns for `text`.
    pub fn keep(&self, text: &str, parsed: &Parsed) {
        self.put(&Key::new(text, BUILD_ID), parsed);
    }

    /// [`keep_valid`] in this cache. Nothing is kept when `diagnostics` has an error (the
    /// parse would then hold the plan with errors, not `plan`). Whether an entry was made (its
    /// write is best effort).
    pub fn keep_valid(
        &self,
        text: &str,
        plan: &Plan,
        spans: &PlanSpans,
        diagnostics: &[Diagnostic],
    ) -> bool {
        if diagnostics.iter().any(Diagnostic::is_error) || !plan.problems.is_empty() {
            return false;
        }
        let key = Key::new(text, BUILD_ID);
        // An entry there already is this one (or a damaged one, replaced when it is read).
        if self.entries_dir().join(key.file_name()).is_file() {
            return true;
        }
        let core = CoreRef {
            plan: Some(plan),
            language: &plan.language_declared.then_some(plan.language),
            diagnostics,
            partial: None,
        };
        match encode_parts(&key, &core, spans) {
            Some(bytes) => {
                self.write(&key, &bytes);
                true
            }
            None => false,
        }
    }

    /// [`parse`](Self::parse), but a miss keeps a copy of the parse to write later (the copy
    /// costs less than encoding and writing the entry): after the first frame
    /// ([`release_writes`]) or at the end ([`finish_writes`]). When [`QUEUED_WRITES`] entries
    /// wait already, the entry is written here.
    pub fn parse_write_later(&self, text: &str) -> Parsed {
        let key = Key::new(text, BUILD_ID);
        if let Some(parsed) = self.get(&key) {
            return parsed;
        }
        let parsed = parse_plan(text);
        self.put_later(key, &parsed);
        parsed
    }

    fn put_later(&self, key: Key, parsed: &Parsed) {
        {
            let mut waiting = WAITING.lock().unwrap_or_else(|e| e.into_inner());
            // Read under the lock `release_writes` takes: an entry never waits after release.
            if !RELEASED.load(Ordering::Acquire) {
                if waiting.len() < QUEUED_WRITES {
                    waiting.push((self.clone(), key, Box::new(parsed.clone())));
                } else {
                    drop(waiting);
                    self.put(&key, parsed);
                }
                return;
            }
        }
        hand_over((self.clone(), key, Box::new(parsed.clone())));
    }

    fn parse_for(&self, text: &str, build_id: &str) -> Parsed {
        let key = Key::new(text, build_id);
        if let Some(parsed) = self.get(&key) {
            return parsed;
        }
        let parsed = parse_plan(text);
        self.put(&key, &parsed);
        parsed
    }

    /// The entry for `key`, when there is a sound one. An entry that fails a check is removed.
    fn get(&self, key: &Key) -> Option<Parsed> {
        let path = self.entries_dir().join(key.file_name());
        // Only a regular file (a FIFO planted there must not block), and not an absurd one.
        let bytes = match crate::file::read_regular_file(&path, MAX_ENTRY_BYTES) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
            Err(_) => {
                remove_entry(&path);
                return None;
            }
        };
        match decode(bytes, key) {
            Some(parsed) => {
                touch(&path);
                Some(parsed)
            }
            None => {
                remove_entry(&path);
                None
            }
        }
    }

    /// Keeps `parsed` as the entry for `key`. Best effort: any failure leaves no entry behind.
    fn put(&self, key: &Key, parsed: &Parsed) {
        if let Some(bytes) = encode(key, parsed) {
            self.write(key, &bytes);
        }
    }

    /// Writes `bytes` as the entry for `key`. Best effort.
    fn write(&self, key: &Key, bytes: &[u8]) {
        let dir = self.entries_dir();
        if create_private_dir(&dir).is_err() {
            return;
        }
        let written = (|| -> std::io::Result<()> {
            let mut temp = tempfile::Builder::new()
                .prefix(TEMP_PREFIX)
                .suffix(".tmp")
                .tempfile_in(&dir)?;
            temp.write_all(bytes)?;
            temp.persist(dir.join(key.file_name()))?;
            Ok(())
        })();
        if written.is_ok() {
            evict(&dir, MAX_CACHE_BYTES);
        }
    }
}

/// The payload's first part: the parse but its spans.
#[derive(serde::Serialize)]
struct CoreRef<'a> {
    plan: Option<&'a Plan>,
    language: &'a Option<Language>,
    diagnostics: &'a [Diagnostic],
    partial: Option<&'a Plan>,
}

/// [`CoreRef`] as decoded.
#[derive(serde::Deserialize)]
struct Core {
    plan: Option<Plan>,
    language: Option<Language>,
    diagnostics: Vec<Diagnostic>,
    partial: Option<Plan>,
}

/// The spans of an entry, as it holds them (`postcard`), its checksum checked with the entry's:
/// decoded only when read ([`Spans`]).
#[derive(Clone)]
pub struct EncodedSpans(Vec<u8>);

impl EncodedSpans {
    /// The spans; None when the bytes are not spans (an entry forged with a consistent
    /// checksum: never one this build wrote).
    pub(crate) fn decode(&self) -> Option<PlanSpans> {
        match postcard::take_from_bytes::<PlanSpans>(&self.0) {
            Ok((spans, [])) => Some(spans),
            _ => None,
        }
    }
}

/// An entry: header (magic, key, the parts' lengths, payload checksum), then the payload: the
/// parse but its spans, then the spans.
fn encode(key: &Key, parsed: &Parsed) -> Option<Vec<u8>> {
    let core = CoreRef {
        plan: parsed.plan.as_ref(),
        language: &parsed.language,
        diagnostics: &parsed.diagnostics,
        partial: parsed.partial.as_ref(),
    };
    encode_parts(key, &core, &parsed.spans)
}

/// [`encode`] from the parts.
fn encode_parts(key: &Key, core: &CoreRef<'_>, spans: &PlanSpans) -> Option<Vec<u8>> {
    let core = postcard::to_stdvec(core).ok()?;
    let spans = postcard::to_stdvec(spans).ok()?;
    Some(entry(key, &core, &spans))
}

/// The bytes of an entry for `key` with these two parts.
fn entry(key: &Key, core: &[u8], spans: &[u8]) -> Vec<u8> {
    let mut h = blake3::Hasher::new();
    h.update(core);
    h.update(spans);
    let mut out = Vec::with_capacity(HEADER_LEN + core.len() + spans.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&key.text);
    out.extend_from_slice(&key.build);
    out.extend_from_slice(&(core.len() as u64).to_le_bytes());
    out.extend_from_slice(&(spans.len() as u64).to_le_bytes());
    out.extend_from_slice(h.finalize().as_bytes());
    out.extend_from_slice(core);
    out.extend_from_slice(spans);
    out
}

/// The parse an entry holds, when every check passes: magic, key, lengths, checksum, and a
/// decoding of the first part that uses every byte. The spans are kept encoded.
fn decode(mut bytes: Vec<u8>, key: &Key) -> Option<Parsed> {
    let (header, payload) = bytes.split_at_checked(HEADER_LEN)?;
    let (magic, rest) = header.split_at(16);
    let (text, rest) = rest.split_at(32);
    let (build, rest) = rest.split_at(32);
    let (core_len, rest) = rest.split_at(8);
    let (spans_len, checksum) = rest.split_at(8);
    if magic != MAGIC || text != key.text || build != key.build {
        return None;
    }
    let core_len = usize::try_from(u64::from_le_bytes(core_len.try_into().ok()?)).ok()?;
    let spans_len = usize::try_from(u64::from_le_bytes(spans_len.try_into().ok()?)).ok()?;
    if core_len.checked_add(spans_len)? != payload.len() {
        return None;
    }
    if blake3::hash(payload).as_bytes() != checksum {
        return None;
    }
    let core = match postcard::take_from_bytes::<Core>(&payload[..core_len]) {
        Ok((core, [])) => core,
        _ => return None,
    };
    let spans = bytes.split_off(HEADER_LEN + core_len);
    Some(Parsed {
        plan: core.plan,
        language: core.language,
        spans: Spans::encoded(EncodedSpans(spans)),
        diagnostics: core.diagnostics,
        partial: core.partial,
    })
}

/// Makes the cache folder (only the user can read it: plans may be private) and its parents.
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Marks an entry as just used, so eviction keeps it longer. Best effort.
fn touch(path: &Path) {
    if let Ok(file) = fs::File::open(path) {
        let _ = file.set_modified(SystemTime::now());
    }
}

/// Removes a bad entry, if it is a file. Best effort.
fn remove_entry(path: &Path) {
    if fs::symlink_metadata(path).is_ok_and(|m| !m.is_dir()) {
        let _ = fs::remove_file(path);
    }
}

/// Keeps the entries in `dir` under `limit` bytes in all, removing the least recently used
/// first, and removes temp files left by killed processes. Only regular files named as entries
/// or temp files are counted or removed. Best effort.
fn evict(dir: &Path, limit: u64) {
    let Ok(read) = fs::read_dir(dir) else {
        return;
    };
    let now = SystemTime::now();
    let mut entries = Vec::new();
    let mut total = 0u64;
    for entry in read.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            continue;
        };
        let Ok(meta) = entry.metadata() else {
            continue;
        };
        if !meta.is_file() {
            continue;
        }
        let modified = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
        if name.starts_with(TEMP_PREFIX) {
            if now
                .duration_since(modified)
                .is_ok_and(|age| age > STALE_TEMP)
            {
                let _ = fs::remove_file(entry.path());
            }
            continue;
        }
        if name.ends_with(ENTRY_SUFFIX) {
            total += meta.len();
            entries.push((modified, meta.len(), entry.path()));
        }
    }
    if total <= limit {
        return;
    }
    entries.sort();
    for (_, len, path) in entries {
        if total <= limit {
            break;
        }
        if fs::remove_file(&path).is_ok() {
            total -= len;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(path: &Path) -> Vec<u8> {
        fs::read(path).expect("reads the entry")
    }

    const PLAN: &str = r#"[plan]
title = "Testplan"
start = 2017-09-01
end = 2018-06-30

[[area]]
number = "1"
title = "Område"

[[area.activity]]
title = "Første"
owner = "Kari"
due = "30. november"
status = "pågår"

[[area.activity]]
title = "Andre"
owner = "Ola"
due = "uke 50"
"#;

    fn cache() -> (tempfile::TempDir, Cache) {
        let dir = tempfile::tempdir().expect("a temp dir");
        let cache = Cache::new(dir.path().join("fremdrift"));
        (dir, cache)
    }

    fn entry_count(cache: &Cache) -> usize {
        fs::read_dir(cache.entries_dir()).map_or(0, |d| {
            d.flatten()
                .filter(|e| e.file_name().to_string_lossy().ends_with(ENTRY_SUFFIX))
                .count()
        })
    }

    #[test]
    fn a_miss_parses_and_keeps_the_entry_and_a_hit_returns_the_same() {
        let (_dir, cache) = cache();
        let key = Key::new(PLAN, BUILD_ID);
        assert!(cache.get(&key).is_none());
        let first = cache.parse(PLAN);
        assert_eq!(first, parse_plan(PLAN));
        assert!(first.plan.is_some());
        assert_eq!(entry_count(&cache), 1);
        assert_eq!(cache.get(&key), Some(parse_plan(PLAN)));
        assert_eq!(cache.parse(PLAN), parse_plan(PLAN));
    }

    #[test]
    fn a_hit_is_served_from_the_entry_not_from_a_parse() {
        // An entry for PLAN that holds the parse of another text: served as it is, which proves
        // that a hit skips the parse (and that the key alone decides, as it must).
        let (_dir, cache) = cache();
        let key = Key::new(PLAN, BUILD_ID);
        cache.put(&key, &parse_plan("not toml ="));
        assert_eq!(cache.parse(PLAN), parse_plan("not toml ="));
    }

    #[test]
    fn a_miss_kept_for_later_is_written_once_the_writes_are_finished() {
        let (_dir, cache) = cache();
        let texts: Vec<String> = (0..6)
            .map(|i| PLAN.replace("Andre", &format!("Andre {i}")))
            .collect();
        // More misses than may wait: those beyond them are written at once.
        for text in &texts {
            assert_eq!(cache.parse_write_later(text), parse_plan(text));
        }
        finish_writes();
        assert_kept(&cache, &texts);
        for text in &texts {
            // A hit.
            assert_eq!(cache.parse_write_later(text), parse_plan(text));
        }
        assert_eq!(entry_count(&cache), texts.len());
    }

    #[test]
    fn after_the_first_frame_misses_go_to_the_writer_thread_and_are_kept() {
        let (_dir, cache) = cache();
        let texts: Vec<String> = (0..4)
            .map(|i| PLAN.replace("Første", &format!("Første {i}")))
            .collect();
        assert_eq!(cache.parse_write_later(&texts[0]), parse_plan(&texts[0]));
        release_writes();
        release_writes();
        for text in &texts[1..] {
            assert_eq!(cache.parse_write_later(text), parse_plan(text));
        }
        finish_writes();
        assert_kept(&cache, &texts);
    }

    /// Every text has its entry, and it is exactly the parse.
    fn assert_kept(cache: &Cache, texts: &[String]) {
        for text in texts {
            assert_eq!(
                cache.get(&Key::new(text, BUILD_ID)),
                Some(parse_plan(text)),
                "{text}"
            );
        }
    }

    #[test]
    fn plans_with_errors_are_kept_too() {
        let (_dir, cache) = cache();
        let bad = PLAN.replace("uke 50", "uke 99");
        let parsed = cache.parse(&bad);
        assert!(parsed.has_errors());
        assert_eq!(cache.get(&Key::new(&bad, BUILD_ID)), Some(parse_plan(&bad)));
    }

    #[test]
    fn every_flipped_byte_is_detected_and_the_entry_removed() {
        let (_dir, cache) = cache();
        cache.parse(PLAN);
        let path = cache.entry_path(PLAN);
        let good = read(&path);
        let key = Key::new(PLAN, BUILD_ID);
        // Every byte of the header and a spread of the payload, one bit each.
        let positions: Vec<usize> = (0..HEADER_LEN)
            .chain((HEADER_LEN..good.len()).step_by(7))
            .chain([good.len() - 1])
            .collect();
        for i in positions {
            for bit in [0x01u8, 0x80] {
                let mut bad = good.clone();
                bad[i] ^= bit;
                assert!(
                    decode(bad, &key).is_none(),
                    "flipped bit {bit:#x} of byte {i}"
                );
            }
        }
        let mut bad = good.clone();
        bad[HEADER_LEN + 3] ^= 0x10;
        fs::write(&path, &bad).unwrap();
        assert_eq!(cache.parse(PLAN), parse_plan(PLAN));
        // Removed, then written anew by that parse.
        assert_eq!(read(&path), good);
    }

    #[test]
    fn a_truncated_or_extended_entry_is_ignored() {
        let (_dir, cache) = cache();
        cache.parse(PLAN);
        let path = cache.entry_path(PLAN);
        let good = read(&path);
        let key = Key::new(PLAN, BUILD_ID);
        for len in [
            0,
            1,
            15,
            HEADER_LEN - 1,
            HEADER_LEN,
            HEADER_LEN + 1,
            good.len() - 1,
        ] {
            assert!(
                decode(good[..len].to_vec(), &key).is_none(),
                "truncated to {len}"
            );
        }
        let mut longer = good.clone();
        longer.push(0);
        assert!(decode(longer, &key).is_none());
        fs::write(&path, &good[..good.len() / 2]).unwrap();
        assert_eq!(cache.get(&key), None);
        assert!(!path.exists(), "the bad entry is removed");
        assert_eq!(cache.parse(PLAN), parse_plan(PLAN));
        assert_eq!(read(&path), good);
    }

    #[test]
    fn an_entry_with_a_consistent_checksum_but_undecodable_payload_is_ignored() {
        let key = Key::new(PLAN, BUILD_ID);
        let payload = [0xffu8; 40];
        assert!(decode(entry(&key, &payload, &[]), &key).is_none());
        // The first part followed by bytes of its own: not all of the part is used.
        let parsed = parse_plan(PLAN);
        let good = encode(&key, &parsed).unwrap();
        let core_len = u64::from_le_bytes(good[80..88].try_into().unwrap()) as usize;
        let core = &good[HEADER_LEN..HEADER_LEN + core_len];
        let spans = &good[HEADER_LEN + core_len..];
        assert!(decode(entry(&key, &[core, &[0]].concat(), spans), &key).is_none());
        assert!(decode(entry(&key, &core[..core.len() - 1], spans), &key).is_none());
        assert_eq!(decode(entry(&key, core, spans), &key), Some(parsed.clone()));
        // Spans that do not decode (only a forged entry has them) read as none at all: edits
        // then take the whole-file way.
        let hit = decode(entry(&key, core, &[0xff; 9]), &key).unwrap();
        assert_eq!(hit.plan, parsed.plan);
        assert_eq!(hit.diagnostics, parsed.diagnostics);
        assert_eq!(hit.spans.into_inner(), PlanSpans::default());
    }

    #[test]
    fn a_hit_leaves_the_spans_encoded_until_they_are_read() {
        let (_dir, cache) = cache();
        let parsed = parse_plan(PLAN);
        assert!(!parsed.spans.activities.is_empty());
        cache.parse(PLAN);
        let hit = cache.get(&Key::new(PLAN, BUILD_ID)).unwrap();
        assert!(!hit.spans.is_decoded());
        assert_eq!(hit.plan, parsed.plan);
        assert!(!hit.spans.is_decoded(), "reading the plan leaves them");
        assert_eq!(hit.spans.activities, parsed.spans.activities);
        assert!(hit.spans.is_decoded());
        let again = cache.get(&Key::new(PLAN, BUILD_ID)).unwrap();
        assert_eq!(again.spans.into_inner(), parsed.spans.clone().into_inner());
        let mut taken = cache.get(&Key::new(PLAN, BUILD_ID)).unwrap();
        assert_eq!(taken.spans.take(), parsed.spans.clone().into_inner());
        assert_eq!(*taken.spans, PlanSpans::default());
    }

    #[test]
    fn an_entry_of_the_old_format_is_ignored_and_removed() {
        // Format 1: magic, key, one length, checksum, the whole parse in one postcard payload.
        let (_dir, cache) = cache();
        let key = Key::new(PLAN, BUILD_ID);
        let payload = postcard::to_stdvec(&parse_plan(PLAN)).unwrap();
        let mut old = Vec::new();
        old.extend_from_slice(b"fremdrift-parse1");
        old.extend_from_slice(&key.text);
        old.extend_from_slice(&key.build);
        old.extend_from_slice(&(payload.len() as u64).to_le_bytes());
        old.extend_from_slice(blake3::hash(&payload).as_bytes());
        old.extend_from_slice(&payload);
        let path = cache.entry_path(PLAN);
        fs::create_dir_all(cache.entries_dir()).unwrap();
        fs::write(&path, &old).unwrap();
        assert_eq!(cache.get(&key), None);
        assert!(!path.exists());
        assert_eq!(cache.parse(PLAN), parse_plan(PLAN));
        assert!(read(&path).starts_with(MAGIC));
    }

    #[test]
    fn kept_entries_are_served_as_they_were_given() {
        let (_dir, cache) = cache();
        cache.keep(PLAN, &parse_plan(PLAN));
        let key = Key::new(PLAN, BUILD_ID);
        assert_eq!(cache.get(&key), Some(parse_plan(PLAN)));
    }

    #[test]
    fn an_entry_of_another_build_or_text_is_never_read() {
        let (_dir, cache) = cache();
        // Another build wrote an entry for PLAN holding a wrong result...
        let foreign = Key::new(PLAN, "another build");
        cache.put(&foreign, &parse_plan("not toml ="));
        // ...under another name, so this build misses, parses and is right.
        assert_ne!(foreign.file_name(), Key::new(PLAN, BUILD_ID).file_name());
        assert_eq!(cache.parse(PLAN), parse_plan(PLAN));
        // Copied under this build's name, its key does not match: ignored and removed.
        let path = cache.entry_path(PLAN);
        fs::copy(cache.entries_dir().join(foreign.file_name()), &path).unwrap();
        assert_eq!(cache.get(&Key::new(PLAN, BUILD_ID)), None);
        assert!(!path.exists());
        // Likewise an entry for another text under this text's name.
        cache.parse("[plan]\ntitle = \"x\"\n");
        fs::copy(cache.entry_path("[plan]\ntitle = \"x\"\n"), &path).unwrap();
        assert_eq!(cache.parse(PLAN), parse_plan(PLAN));
    }

    #[test]
    fn the_build_id_is_a_hash_of_the_source() {
        assert_eq!(BUILD_ID.len(), 64);
        assert!(BUILD_ID.bytes().all(|b| b.is_ascii_hexdigit()));
    }

    #[test]
    fn a_missing_cache_folder_that_cannot_be_made_just_parses() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a-file");
        fs::write(&file, "").unwrap();
        // A cache "folder" below a regular file can never be made.
        let cache = Cache::new(file.join("fremdrift"));
        assert_eq!(cache.parse(PLAN), parse_plan(PLAN));
        assert_eq!(cache.parse(PLAN), parse_plan(PLAN));
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_cache_folder_just_parses() {
        use std::os::unix::fs::PermissionsExt;
        let (_dir, cache) = cache();
        // One entry from before the folder became read-only: still served.
        cache.parse(PLAN);
        let other = PLAN.replace("Andre", "Tredje");
        let entries = cache.entries_dir();
        fs::set_permissions(&entries, fs::Permissions::from_mode(0o500)).unwrap();
        let writable = tempfile::tempfile_in(&entries).is_ok(); // root writes anyway
        assert_eq!(cache.parse(&other), parse_plan(&other));
        assert_eq!(cache.parse(&other), parse_plan(&other));
        assert_eq!(cache.parse(PLAN), parse_plan(PLAN));
        if !writable {
            assert_eq!(entry_count(&cache), 1);
        }
        fs::set_permissions(&entries, fs::Permissions::from_mode(0o700)).unwrap();
    }

    #[test]
    fn a_directory_or_fifo_where_an_entry_belongs_is_not_read() {
        let (_dir, cache) = cache();
        let path = cache.entry_path(PLAN);
        fs::create_dir_all(&path).unwrap();
        assert_eq!(cache.parse(PLAN), parse_plan(PLAN));
        fs::remove_dir(&path).unwrap();
        #[cfg(unix)]
        {
            // The `mkfifo` program: rustix has no `mkfifoat` on macOS.
            let made = std::process::Command::new("mkfifo")
                .arg(&path)
                .status()
                .unwrap();
            assert!(made.success());
            assert_eq!(cache.parse(PLAN), parse_plan(PLAN));
            assert_eq!(cache.parse(PLAN), parse_plan(PLAN));
        }
    }

    #[test]
    fn eviction_removes_the_least_recently_used_entries_beyond_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let old = SystemTime::now() - Duration::from_secs(100);
        for (i, name) in ["a", "b", "c", "d"].iter().enumerate() {
            let path = dir.path().join(format!("{name}{ENTRY_SUFFIX}"));
            fs::write(&path, vec![0u8; 100]).unwrap();
            let file = fs::File::options().write(true).open(&path).unwrap();
            file.set_modified(old + Duration::from_secs(i as u64))
                .unwrap();
        }
        // Not an entry: never counted nor removed.
        fs::write(dir.path().join("notes.txt"), vec![0u8; 1000]).unwrap();
        // A stale temp file goes; a fresh one stays.
        let stale = dir.path().join(format!("{TEMP_PREFIX}x.tmp"));
        fs::write(&stale, b"x").unwrap();
        fs::File::options()
            .write(true)
            .open(&stale)
            .unwrap()
            .set_modified(SystemTime::now() - STALE_TEMP * 2)
            .unwrap();
        let fresh = dir.path().join(format!("{TEMP_PREFIX}y.tmp"));
        fs::write(&fresh, b"y").unwrap();
        evict(dir.path(), 250);
        let mut left: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [
                format!("{TEMP_PREFIX}y.tmp"),
                format!("c{ENTRY_SUFFIX}"),
                format!("d{ENTRY_SUFFIX}"),
                "notes.txt".to_string()
            ]
        );
    }

    #[test]
    fn a_hit_refreshes_the_entry_so_eviction_keeps_it() {
        let (_dir, cache) = cache();
        cache.parse(PLAN);
        let path = cache.entry_path(PLAN);
        let old = SystemTime::now() - Duration::from_secs(1000);
        fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(old)
            .unwrap();
        cache.parse(PLAN);
        let modified = fs::metadata(&path).unwrap().modified().unwrap();
        assert!(modified > old + Duration::from_secs(500));
    }
}
