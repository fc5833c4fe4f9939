//! The record of completed steps that can back a complaint: built from the
//! progress and the flows as followed, rendered as Markdown, printable HTML,
//! CSV or lossless JSON, and re-imported from JSON.

mod bundle;
mod calendar;
mod canonical;
mod import;
mod record;
mod render;

pub use import::{import, import_file, read_export, read_export_file, ImportReport};
pub use bundle::{bundle, entry_name, verify, Bundle, Verification, RECORD_HTML, RECORD_JSON, SUMS};
pub use record::{build, digest, AttachmentRecord, Record, FORMAT, VERSION};
pub use render::{render, Format, Zone};

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

/// An export as written: its bytes, and what the person should be told.
pub struct Written {
    pub bytes: Vec<u8>,
    pub format: Format,
    /// The digest of the JSON record (empty for a calendar).
    pub digest: String,
    /// Attached files in a bundle.
    pub files: usize,
    /// Dates to keep in a calendar.
    pub dates: usize,
    /// Attached files that are missing or altered in the data folder.
    pub problems: Vec<String>,
}

/// What to export and how: the one call behind the window's export and the
/// command line's, so both write the same thing.
pub struct Request<'a> {
    pub format: Format,
    /// Profile names or ids; all profiles when empty.
    pub profiles: &'a [String],
    /// The language of the words (the app's, or `--locale`).
    pub locale: &'a str,
    pub zone: Zone,
    pub today: crate::Date,
    pub generated_at: &'a str,
}

/// Builds the record for `request` from the progress in `data_dir` and writes
/// it in its format. A bundle also carries the record's page in the language
/// the person's authority reads, when that is not the record's own.
pub fn export(set: &crate::load::FlowSet, data_dir: &std::path::Path, request: &Request<'_>) -> Result<Written, String> {
    let progress = crate::progress::Progress::open(data_dir).map_err(|e| e.to_string())?;
    let mut chosen = Vec::new();
    for name in request.profiles {
        let p = progress.state.profile(name).ok_or_else(|| {
            let names: Vec<&str> = progress.state.profiles.iter().map(|p| p.name.as_str()).collect();
            format!("there is no profile \"{name}\"; profiles: {}", if names.is_empty() { "none yet".into() } else { names.join(", ") })
        })?;
        chosen.push(p);
    }
    if request.profiles.is_empty() {
        chosen = progress.state.profiles.iter().collect();
    }
    if chosen.is_empty() {
        return Err("there is nothing to export yet: no profile has been created".into());
    }
    let locale = crate::i18n::negotiate(request.locale);
    let record = build(set, &progress, &chosen, request.today, request.generated_at, locale, data_dir);
    let mut written = Written { bytes: Vec::new(), format: request.format, digest: record.digest.clone(), files: 0, dates: 0, problems: Vec::new() };
    match request.format {
        Format::Bundle => {
            let mut others = Vec::new();
            for p in &chosen {
                let authority = set.catalog.region(&p.region).and_then(|r| r.authority.as_deref()).and_then(|a| set.catalog.authority(a));
                if let Some(lang) = authority.and_then(|a| complaint_locale(&a.languages, locale)).filter(|l| *l != locale) {
                    if !others.iter().any(|r: &Record<'_>| r.locale == lang) {
                        others.push(build(set, &progress, &chosen, request.today, request.generated_at, lang, data_dir));
                    }
                }
            }
            let b = bundle(&record, &others, data_dir, request.zone)?;
            written.bytes = b.bytes;
            written.files = b.files;
            written.problems = b.problems;
        }
        format => {
            let text = render(&record, format, request.zone);
            written.dates = if format == Format::Calendar { text.matches("BEGIN:VEVENT").count() } else { 0 };
            written.bytes = text.into_bytes();
            for p in &record.profiles {
                for f in &p.flows {
                    for st in &f.steps {
                        for a in st.attachments.iter().filter(|a| a.state != crate::progress::evidence::FileState::Kept) {
                            let state = if a.state == crate::progress::evidence::FileState::Missing { "missing" } else { "altered" };
                            written.problems.push(format!("{} ({}/{}) is {state} in the data folder", a.attached.file.name, f.id, st.id));
                        }
                    }
                }
            }
        }
    }
    Ok(written)
}

/// The language a complaint to an authority is written in: the person's own
/// if the authority reads it, else the first of the authority's languages
/// the app has; none when the app has none of them.
pub fn complaint_locale(languages: &[String], own: &'static str) -> Option<&'static str> {
    if languages.iter().any(|l| crate::i18n::negotiate(l) == own && l.split('-').next() == own.split('-').next()) {
        return Some(own);
    }
    languages.iter().find_map(|l| {
        let n = crate::i18n::negotiate(l);
        (n != crate::i18n::SOURCE || l.starts_with("en")).then_some(n)
    })
}
