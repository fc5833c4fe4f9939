//! `progress.json`: reading it without ever overwriting what cannot be
//! read, and writing it so that a crash at any moment leaves the old file
//! or the new one, whole.
//!
//! Every write holds an exclusive lock on `progress.lock` beside the file,
//! re-reads the file under the lock and appends to what is on disk, so two
//! writers (the window and the command line) never lose each other's marks.

use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::model::{Change, Event, State};
use crate::date::now_timestamp;
use crate::dirs::create_private_dir;

pub const FILE_NAME: &str = "progress.json";
const LOCK_NAME: &str = "progress.lock";
const FORMAT: &str = "meta-optout-progress";
/// The version this build writes. Older files are migrated on read;
/// newer ones are refused, never overwritten.
/// Version 2 added the `attach` and `reply` events and a profile's
/// `account`: an older app must say the file is newer, not that it is damaged.
pub const VERSION: u32 = 2;
/// A progress file larger than this is refused unread. 100,000 events take
/// about 30 MB; a hostile 100 MB file is refused after reading at most this.
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// Upgrades a file of version `i + 1` to `i + 2`; each format change adds
/// its step here, with a test. A version 1 file reads as version 2 as it is:
/// version 2 only added kinds of event.
const MIGRATIONS: &[fn(serde_json::Value) -> serde_json::Value] = &[|v| v];

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgressFile {
    format: String,
    version: u32,
    events: Vec<Event>,
}

/// Why progress could not be read or written. Every message names the file
/// and says what happened to it (always: nothing) and what to do.
#[derive(Debug)]
pub enum ProgressError {
    /// The file exists but could not be read (permissions, I/O).
    Unreadable { path: PathBuf, error: io::Error },
    /// The file does not parse or is not a progress file.
    Corrupt { path: PathBuf, detail: String },
    /// Written by a newer meta-optout.
    Newer { path: PathBuf, found: u64 },
    TooLarge { path: PathBuf, bytes: u64 },
    /// Saving failed (disk full, read-only folder); the old file is intact.
    Write { path: PathBuf, error: io::Error },
    /// The request itself was wrong (unknown profile, bad date, …).
    Invalid(String),
}

impl ProgressError {
    /// Whether the file on disk is the problem (and `recover` may help).
    pub fn is_damaged_file(&self) -> bool {
        matches!(self, ProgressError::Corrupt { .. } | ProgressError::TooLarge { .. })
    }
}

impl fmt::Display for ProgressError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const KEPT: &str = "The file was left exactly as it is.";
        match self {
            ProgressError::Unreadable { path, error } => {
                write!(f, "{} cannot be read ({error}). {KEPT} Check its permissions.", path.display())
            }
            ProgressError::Corrupt { path, detail } => write!(
                f,
                "{} is damaged: {detail}. {KEPT} Restore it from a backup, or run `meta-optout recover` to move it aside and start a fresh one.",
                path.display()
            ),
            ProgressError::Newer { path, found } => write!(
                f,
                "{} was written by a newer version of meta-optout (format {found}; this version reads up to {VERSION}). {KEPT} Update meta-optout to use it.",
                path.display()
            ),
            ProgressError::TooLarge { path, bytes } => write!(
                f,
                "{} is {bytes} bytes, more than a progress file can be ({MAX_BYTES} bytes). {KEPT}",
                path.display()
            ),
            ProgressError::Write { path, error } => {
                write!(f, "could not save {} ({error}); your progress as it was before is unchanged", path.display())
            }
            ProgressError::Invalid(msg) => f.write_str(msg),
        }
    }
}

impl std::error::Error for ProgressError {}

/// Progress as read from one data folder.
#[derive(Debug, Clone)]
pub struct Progress {
    pub path: PathBuf,
    pub events: Vec<Event>,
    pub state: State,
}

impl Progress {
    /// Reads the progress in `dir`. A missing file is empty progress; the
    /// file is only created by the first change.
    pub fn open(dir: &Path) -> Result<Progress, ProgressError> {
        let path = dir.join(FILE_NAME);
        let events = read_events(&path)?;
        let state = State::fold(&events);
        Ok(Progress { path, events, state })
    }
}

fn read_events(path: &Path) -> Result<Vec<Event>, ProgressError> {
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => return Err(ProgressError::Unreadable { path: path.to_owned(), error }),
    };
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| ProgressError::Unreadable { path: path.to_owned(), error })?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(ProgressError::TooLarge { path: path.to_owned(), bytes: bytes.len() as u64 });
    }
    parse(path, &bytes)
}

fn parse(path: &Path, bytes: &[u8]) -> Result<Vec<Event>, ProgressError> {
    let corrupt = |detail: String| ProgressError::Corrupt { path: path.to_owned(), detail };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(corrupt("it is empty".to_owned()));
    }
    let mut value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| corrupt(describe_json_error(&e)))?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(corrupt("it is not a meta-optout progress file (its `format` is not \"meta-optout-progress\")".into()));
    }
    let version = value.get("version").and_then(|v| v.as_u64()).ok_or_else(|| corrupt("it has no format version".into()))?;
    if version > u64::from(VERSION) {
        return Err(ProgressError::Newer { path: path.to_owned(), found: version });
    }
    if version == 0 {
        return Err(corrupt("its format version is 0, which never existed".into()));
    }
    let migrations = &MIGRATIONS[(version - 1) as usize..];
    let migrated;
    let bytes = if migrations.is_empty() {
        bytes
    } else {
        for migrate in migrations {
            value = migrate(value);
        }
        migrated = serde_json::to_vec(&value).map_err(|e| corrupt(e.to_string()))?;
        &migrated[..]
    };
    let file: ProgressFile = serde_json::from_slice(bytes).map_err(|e| corrupt(e.to_string()))?;
    let mut last = 0;
    for e in &file.events {
        if e.seq <= last {
            return Err(corrupt(format!("event {} is out of order (after event {last})", e.seq)));
        }
        last = e.seq;
    }
    Ok(file.events)
}

fn describe_json_error(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let msg = msg.rfind(" at line ").map_or(msg.as_str(), |i| &msg[..i]);
    if e.is_eof() {
        format!("it ends too early at line {} column {} (was it cut off?)", e.line(), e.column())
    } else {
        format!("line {} column {}: {msg}", e.line(), e.column())
    }
}

/// Options to create a file readable and writable by its owner only.
fn private_file(truncate: bool) -> OpenOptions {
    let mut options = OpenOptions::new();
    options.create(true).truncate(truncate).write(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
}

/// Holds the exclusive lock of a data folder while alive.
struct Lock(File);

impl Lock {
    fn take(dir: &Path) -> Result<Lock, ProgressError> {
        let path = dir.join(LOCK_NAME);
        let write_err = |error| ProgressError::Write { path: path.clone(), error };
        create_private_dir(dir).map_err(write_err)?;
        let file = private_file(false).open(&path).map_err(write_err)?;
        file.lock().map_err(write_err)?;
        Ok(Lock(file))
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = self.0.unlock();
    }
}

/// Applies a change to the progress in `dir` and returns the progress as
/// saved. `change` sees the state as it is on disk under the lock and
/// returns the changes to record (none: nothing is written). Returns only
/// once the new file is durable.
pub fn update(
    dir: &Path,
    change: impl FnOnce(&State) -> Result<Vec<Change>, ProgressError>,
) -> Result<Progress, ProgressError> {
    let at = now_timestamp();
    update_dated(dir, |p| Ok(change(&p.state)?.into_iter().map(|c| (at.clone(), c)).collect()))
}

/// Like [`update`], but each change carries its own time, and the closure
/// sees the whole history: an import records changes when they were made.
pub fn update_dated(
    dir: &Path,
    change: impl FnOnce(&Progress) -> Result<Vec<(String, Change)>, ProgressError>,
) -> Result<Progress, ProgressError> {
    let _lock = Lock::take(dir)?;
    remove_stale_temp_files(dir);
    let mut progress = Progress::open(dir)?;
    let changes = change(&progress)?;
    if changes.is_empty() {
        return Ok(progress);
    }
    for (at, change) in changes {
        let event = Event { seq: progress.state.last_seq + 1, at, change };
        progress.state.apply(&event);
        progress.events.push(event);
    }
    write_atomically(&progress.path, &progress.events)?;
    Ok(progress)
}

/// Removes temporary files left by writers that were killed mid-write.
/// Only called under the lock, so no live writer owns one.
fn remove_stale_temp_files(dir: &Path) {
    let prefix = format!(".{FILE_NAME}.");
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&prefix) && name.ends_with(".tmp") {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Writes the file as a whole: temporary file in the same folder, fsync,
/// rename over the old one, fsync of the folder.
fn write_atomically(path: &Path, events: &[Event]) -> Result<(), ProgressError> {
    let write_err = |error| ProgressError::Write { path: path.to_owned(), error };
    let dir = path.parent().unwrap_or(Path::new("."));
    let file = ProgressFileRef { format: FORMAT, version: VERSION, events };
    let mut bytes = serde_json::to_vec_pretty(&file).map_err(|e| write_err(io::Error::other(e)))?;
    bytes.push(b'\n');
    let tmp = dir.join(format!(".{FILE_NAME}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = private_file(true).open(&tmp)?;
        f.write_all(&bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)?;
        #[cfg(unix)]
        File::open(dir)?.sync_all()?;
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(write_err)
}

#[derive(Serialize)]
struct ProgressFileRef<'a> {
    format: &'a str,
    version: u32,
    events: &'a [Event],
}

/// Moves a damaged progress file aside, byte for byte, so that a fresh one
/// can start. Only on the user's request; refuses when the file is fine.
pub fn recover(dir: &Path) -> Result<PathBuf, ProgressError> {
    let _lock = Lock::take(dir)?;
    let path = dir.join(FILE_NAME);
    match Progress::open(dir) {
        Ok(_) if !path.exists() => Err(ProgressError::Invalid(format!("there is no {} to recover", path.display()))),
        Ok(_) => Err(ProgressError::Invalid(format!("{} reads fine; there is nothing to recover", path.display()))),
        Err(e) if !e.is_damaged_file() => Err(e),
        Err(_) => {
            let stamp: String = now_timestamp().chars().filter(char::is_ascii_alphanumeric).collect();
            let aside = dir.join(format!("{FILE_NAME}.damaged-{stamp}"));
            fs::rename(&path, &aside).map_err(|error| ProgressError::Write { path: path.clone(), error })?;
            Ok(aside)
        }
    }
}
