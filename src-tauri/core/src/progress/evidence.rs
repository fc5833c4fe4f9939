//! Evidence files a person attaches to a step: a screenshot of Meta's
//! confirmation, the confirmation email, a PDF. Each is copied into the data
//! folder under its SHA-256, readable by its owner only and never written
//! again, so the record can prove that what it lists is what was attached.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::model::AttachChange;
use super::store::ProgressError;
use crate::dirs::create_private_dir;

/// The folder in the data folder that holds the files.
pub const FOLDER: &str = "evidence";
/// Larger than any screenshot, email or letter a person would attach, and
/// small enough that a record bundle stays easy to send.
pub const MAX_BYTES: u64 = 25 * 1024 * 1024;

/// A kind of file a step takes: the name's extensions, its media type, and
/// the check its content must pass.
struct Kind {
    extensions: &'static [&'static str],
    media_type: &'static str,
    matches: fn(&[u8]) -> bool,
}

const TYPES: &[Kind] = &[
    Kind { extensions: &["png"], media_type: "image/png", matches: |b| b.starts_with(b"\x89PNG\r\n\x1a\n") },
    Kind { extensions: &["jpg", "jpeg"], media_type: "image/jpeg", matches: |b| b.starts_with(&[0xFF, 0xD8, 0xFF]) },
    Kind { extensions: &["gif"], media_type: "image/gif", matches: |b| b.starts_with(b"GIF87a") || b.starts_with(b"GIF89a") },
    Kind { extensions: &["webp"], media_type: "image/webp", matches: |b| b.len() > 12 && b.starts_with(b"RIFF") && &b[8..12] == b"WEBP" },
    Kind { extensions: &["pdf"], media_type: "application/pdf", matches: |b| b.starts_with(b"%PDF-") },
    Kind { extensions: &["eml"], media_type: "message/rfc822", matches: looks_like_email },
    Kind { extensions: &["txt"], media_type: "text/plain", matches: |b| std::str::from_utf8(b).is_ok_and(|t| !t.contains('\0')) },
];

/// The extensions accepted, for messages and the file dialog's filter.
pub fn extensions() -> Vec<&'static str> {
    TYPES.iter().flat_map(|t| t.extensions.iter().copied()).collect()
}

/// An email starts with a header field: a name of printable characters, a colon.
fn looks_like_email(b: &[u8]) -> bool {
    let first = b.split(|c| *c == b'\n').next().unwrap_or_default();
    let name_len = first.iter().take_while(|c| c.is_ascii_graphic() && **c != b':').count();
    name_len > 0 && first.get(name_len) == Some(&b':') && !b.contains(&0)
}

/// A path as a message shows it: control characters written as escapes, so
/// a hostile name cannot move the terminal's cursor or ring its bell.
pub fn shown(path: &Path) -> String {
    path.display().to_string().chars().map(|c| if c.is_control() { c.escape_default().to_string() } else { c.to_string() }).collect()
}

fn refuse(path: &Path, why: impl std::fmt::Display) -> ProgressError {
    ProgressError::Invalid(format!("{} was not attached: {why}. Nothing was recorded.", shown(path)))
}

fn size_text(bytes: u64) -> String {
    if bytes >= 1024 * 1024 * 1024 {
        format!("{:.1} GB", bytes as f64 / (1024.0 * 1024.0 * 1024.0))
    } else {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Where the file with this digest is kept.
pub fn stored_path(data_dir: &Path, sha256: &str) -> PathBuf {
    data_dir.join(FOLDER).join(sha256)
}

/// A file read and checked, ready to be stored.
pub struct Incoming {
    pub name: String,
    pub media_type: &'static str,
    pub bytes: Vec<u8>,
    pub sha256: String,
}

/// Reads `path` and checks it is a file a step can take: a regular file (not
/// a folder or a link), at most [`MAX_BYTES`], of a known type whose content
/// matches its name, with a name free of control characters.
pub fn read(path: &Path) -> Result<Incoming, ProgressError> {
    let meta = fs::symlink_metadata(path).map_err(|e| refuse(path, format!("it cannot be read ({e})")))?;
    if meta.file_type().is_symlink() {
        return Err(refuse(path, "it is a link to another file; attach the file itself"));
    }
    if meta.is_dir() {
        return Err(refuse(path, "it is a folder, not a file"));
    }
    if !meta.is_file() {
        return Err(refuse(path, "it is not a regular file"));
    }
    if meta.len() > MAX_BYTES {
        return Err(refuse(path, format!("it is {}; a file can be at most {}", size_text(meta.len()), size_text(MAX_BYTES))));
    }
    let name = path.file_name().and_then(|n| n.to_str()).ok_or_else(|| refuse(path, "its name is not valid text; rename it"))?.to_owned();
    check_name(&name).map_err(|why| refuse(path, why))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    fs::File::open(path)
        .and_then(|f| f.take(MAX_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| refuse(path, format!("it cannot be read ({e})")))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(refuse(path, format!("it grew past {} while it was read", size_text(MAX_BYTES))));
    }
    from_bytes(name, bytes).map_err(|why| refuse(path, why))
}

fn check_name(name: &str) -> Result<(), String> {
    if name.chars().any(char::is_control) {
        return Err("its name contains control characters; rename it".into());
    }
    if name.chars().count() > 255 || name.is_empty() || name.contains(['/', '\\']) {
        return Err("its name must be 1 to 255 characters, without a folder; rename it".into());
    }
    Ok(())
}

/// Checks content the app made itself (a letter as sent) as a file named `name`.
pub fn from_bytes(name: String, bytes: Vec<u8>) -> Result<Incoming, String> {
    check_name(&name)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(format!("it is {}; a file can be at most {}", size_text(bytes.len() as u64), size_text(MAX_BYTES)));
    }
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    let Some(kind) = TYPES.iter().find(|t| t.extensions.contains(&ext.as_str())) else {
        return Err(format!("only these kinds of file can be attached: {}", extensions().join(", ")));
    };
    if bytes.is_empty() {
        return Err("it is empty".into());
    }
    if !(kind.matches)(&bytes) {
        return Err(format!("its content is not what a .{ext} file holds ({})", kind.media_type));
    }
    let sha256 = sha256_hex(&bytes);
    Ok(Incoming { name, media_type: kind.media_type, bytes, sha256 })
}

/// Keeps the file in the data folder, readable by its owner only, and
/// returns once it is on disk. A file already kept with the same digest is
/// left as it is.
pub fn store(data_dir: &Path, file: &Incoming) -> Result<(), ProgressError> {
    let folder = data_dir.join(FOLDER);
    let target = stored_path(data_dir, &file.sha256);
    let failed = |error: io::Error| ProgressError::Write { path: target.clone(), error };
    create_private_dir(&folder).map_err(failed)?;
    if check(data_dir, &file.sha256) == FileState::Kept {
        return Ok(());
    }
    let temp = folder.join(format!(".{}.tmp", file.sha256));
    let mut options = fs::OpenOptions::new();
    options.create(true).truncate(true).write(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let written = options.open(&temp).and_then(|mut f| {
        f.write_all(&file.bytes)?;
        f.sync_all()
    });
    if let Err(e) = written {
        let _ = fs::remove_file(&temp);
        return Err(failed(e));
    }
    // Read-only from now on: the app never writes a kept file again.
    let mut perms = fs::metadata(&temp).map_err(failed)?.permissions();
    perms.set_readonly(true);
    fs::set_permissions(&temp, perms).map_err(failed)?;
    // An altered copy in the way is replaced by the right one.
    if target.exists() {
        if let Ok(meta) = fs::metadata(&target) {
            let mut p = meta.permissions();
            #[allow(clippy::permissions_set_readonly_false)]
            p.set_readonly(false);
            let _ = fs::set_permissions(&target, p);
        }
    }
    fs::rename(&temp, &target).map_err(failed)?;
    if let Ok(dir) = fs::File::open(&folder) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// Whether a kept file is still what was attached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FileState {
    Kept,
    Missing,
    /// Its content no longer has the digest it was kept under.
    Altered,
}

pub fn check(data_dir: &Path, sha256: &str) -> FileState {
    match fs::read(stored_path(data_dir, sha256)) {
        Ok(bytes) if sha256_hex(&bytes) == sha256 => FileState::Kept,
        Ok(_) => FileState::Altered,
        Err(_) => FileState::Missing,
    }
}

/// The content of a kept file, when it is still what was attached.
pub fn load(data_dir: &Path, file: &AttachChange) -> Result<Vec<u8>, FileState> {
    match fs::read(stored_path(data_dir, &file.sha256)) {
        Ok(bytes) if sha256_hex(&bytes) == file.sha256 => Ok(bytes),
        Ok(_) => Err(FileState::Altered),
        Err(_) => Err(FileState::Missing),
    }
}
