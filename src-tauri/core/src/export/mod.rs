//! The record of completed steps that can back a complaint: built from the
//! progress and the flows as followed, rendered as Markdown, printable HTML,
//! CSV or lossless JSON, and re-imported from JSON.

mod calendar;
mod canonical;
mod import;
mod record;
mod render;

pub use import::{import, read_export, read_export_file, ImportReport};
pub use record::{build, digest, Record, FORMAT, VERSION};
pub use render::{render, Format};

/// Writes an exported record readable by its owner only (it holds personal
/// details), and flushes it to disk before returning. On Windows the file
/// takes the access list of the folder it is saved in (see
/// `dirs::create_private_dir`).
pub fn write_private(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.create(true).truncate(true).write(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut f = options.open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}
