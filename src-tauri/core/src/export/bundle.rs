//! The bundle a person hands to a data protection authority: one zip with
//! the record as a page to read and as JSON to check, every attached file,
//! and `SHA256SUMS` in the format `sha256sum -c` reads. `verify` checks a
//! bundle or a JSON export and names each file or field that does not match.

use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};
use std::path::Path;

use zip::write::SimpleFileOptions;

use super::record::{Record, FORMAT};
use super::render::{render, Format, Zone};
use crate::progress::evidence::{self, sha256_hex, FileState};

pub const SUMS: &str = "SHA256SUMS";
pub const RECORD_JSON: &str = "record.json";
pub const RECORD_HTML: &str = "record.html";
/// No entry of a bundle this app writes comes near this; a larger one is
/// not read (a crafted zip cannot make `verify` fill the memory).
const MAX_ENTRY: u64 = 64 * 1024 * 1024;

/// A bundle as written, with what could not go in.
pub struct Bundle {
    pub bytes: Vec<u8>,
    /// The number of attached files it holds.
    pub files: usize,
    /// One sentence per attached file that is missing or altered in the
    /// data folder: not put in, and said so in the record itself.
    pub problems: Vec<String>,
}

/// The name an attached file has inside the bundle: its digest first, so two
/// files of the same name never collide, then its own name made safe.
pub fn entry_name(sha256: &str, name: &str) -> String {
    let safe: String = name.chars().map(|c| if matches!(c, '/' | '\\' | ':') || c.is_control() { '_' } else { c }).collect();
    let safe = safe.trim_start_matches('.');
    format!("files/{}-{}", &sha256[..sha256.len().min(16)], if safe.is_empty() { "file" } else { safe })
}

/// Writes the bundle of `record` (and, for each of `translations`, the
/// record's page in that language too), taking attached files from `data_dir`.
pub fn bundle(record: &Record<'_>, translations: &[Record<'_>], data_dir: &Path, zone: Zone) -> Result<Bundle, String> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).unix_permissions(0o600);
    let mut sums = String::new();
    let mut add = |zip: &mut zip::ZipWriter<Cursor<Vec<u8>>>, name: &str, bytes: &[u8]| -> Result<(), String> {
        zip.start_file(name, options).map_err(|e| format!("could not write {name} into the bundle: {e}"))?;
        zip.write_all(bytes).map_err(|e| format!("could not write {name} into the bundle: {e}"))?;
        sums.push_str(&format!("{}  {name}\n", sha256_hex(bytes)));
        Ok(())
    };
    add(&mut zip, RECORD_HTML, render(record, Format::Html, zone).as_bytes())?;
    for other in translations.iter().filter(|t| t.locale != record.locale) {
        add(&mut zip, &format!("record.{}.html", other.locale), render(other, Format::Html, zone).as_bytes())?;
    }
    add(&mut zip, RECORD_JSON, render(record, Format::Json, zone).as_bytes())?;
    let mut files = 0;
    let mut problems = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for p in &record.profiles {
        for f in &p.flows {
            for st in &f.steps {
                for a in &st.attachments {
                    let file = &a.attached.file;
                    if !seen.insert(file.sha256.clone()) {
                        continue;
                    }
                    match evidence::load(data_dir, file) {
                        Ok(bytes) => {
                            add(&mut zip, &entry_name(&file.sha256, &file.name), &bytes)?;
                            files += 1;
                        }
                        Err(state) => problems.push(format!(
                            "{} ({}/{}, SHA-256 {}) is {} in the data folder, so the bundle does not hold it",
                            file.name,
                            f.id,
                            st.id,
                            file.sha256,
                            if state == FileState::Missing { "missing" } else { "altered" }
                        )),
                    }
                }
            }
        }
    }
    let sums_bytes = sums.into_bytes();
    zip.start_file(SUMS, options).map_err(|e| format!("could not write {SUMS}: {e}"))?;
    zip.write_all(&sums_bytes).map_err(|e| format!("could not write {SUMS}: {e}"))?;
    let bytes = zip.finish().map_err(|e| format!("could not finish the bundle: {e}"))?.into_inner();
    Ok(Bundle { bytes, files, problems })
}

/// What `verify` found.
#[derive(Debug, Default)]
pub struct Verification {
    /// What was checked and matched, one line each.
    pub checked: Vec<String>,
    /// Each file or field that does not match, one sentence each.
    pub problems: Vec<String>,
}

impl Verification {
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Checks a bundle (a zip) or a JSON export.
pub fn verify(path: &Path) -> Verification {
    let name = path.display().to_string();
    let mut v = Verification::default();
    let mut bytes = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| f.take(crate::progress::MAX_BYTES * 8 + 1).read_to_end(&mut bytes));
    if let Err(e) = read {
        v.problems.push(format!("{name} cannot be read ({e})"));
        return v;
    }
    if is_zip(&bytes) {
        verify_bundle(&name, &bytes, &mut v);
    } else {
        verify_json(&name, &bytes, &mut v);
    }
    v
}

fn verify_json(name: &str, bytes: &[u8], v: &mut Verification) -> Option<Record<'static>> {
    match super::read_export(name, bytes) {
        Ok(record) => {
            v.checked.push(format!("{name}: its digest {} matches its content (format version {})", record.digest, record.version));
            Some(record)
        }
        Err(e) => {
            let text = e.to_string();
            // The importer's words say "was not imported"; here nothing is imported.
            let why = text.split_once(": ").map_or(text.as_str(), |(_, w)| w).trim_end_matches(" Nothing was changed.").trim_end_matches('.');
            let field = if why.contains("digest") { "its \"digest\" field does not match its content: it was changed after it was exported" } else { why };
            v.problems.push(format!("{name}: {field}"));
            None
        }
    }
}

/// Reads a bundle to import: every check of `verify` must pass. Returns the
/// record and the attached files it holds, by SHA-256.
pub fn read_bundle(path: &Path) -> Result<(Record<'static>, BTreeMap<String, Vec<u8>>), crate::progress::ProgressError> {
    let name = path.display().to_string();
    let refuse = |why: String| crate::progress::ProgressError::Invalid(format!("{name} was not imported: {why}. Nothing was changed."));
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(crate::progress::MAX_BYTES * 8 + 1).read_to_end(&mut bytes))
        .map_err(|e| refuse(format!("it cannot be read ({e})")))?;
    let mut v = Verification::default();
    let Some((record, entries)) = verify_bundle(&name, &bytes, &mut v) else {
        return Err(refuse(v.problems.join("; ")));
    };
    if !v.ok() {
        return Err(refuse(v.problems.join("; ")));
    }
    let files = entries.into_iter().filter(|(n, _)| n.starts_with("files/")).map(|(_, b)| (sha256_hex(&b), b)).collect();
    Ok((record, files))
}

/// Whether `bytes` look like a zip (a bundle) rather than JSON.
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

fn verify_bundle(name: &str, bytes: &[u8], v: &mut Verification) -> Option<(Record<'static>, BTreeMap<String, Vec<u8>>)> {
    let mut archive = match zip::ZipArchive::new(Cursor::new(bytes)) {
        Ok(a) => a,
        Err(e) => {
            v.problems.push(format!("{name} is not a readable zip ({e})"));
            return None;
        }
    };
    let mut entries: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    for i in 0..archive.len() {
        let mut entry = match archive.by_index(i) {
            Ok(e) => e,
            Err(e) => {
                v.problems.push(format!("{name}: entry {} cannot be read ({e})", i + 1));
                continue;
            }
        };
        if entry.is_dir() {
            continue;
        }
        let entry_name = entry.name().map(|n| n.to_string()).unwrap_or_else(|_| format!("entry {}", i + 1));
        if entry.size() > MAX_ENTRY {
            v.problems.push(format!("{name}: {entry_name} is larger than any file this app puts in a bundle"));
            continue;
        }
        let mut content = Vec::new();
        match entry.by_ref().take(MAX_ENTRY + 1).read_to_end(&mut content) {
            Ok(_) => {
                entries.insert(entry_name, content);
            }
            Err(e) => v.problems.push(format!("{name}: {entry_name} cannot be read ({e}); it was changed or damaged")),
        }
    }
    let Some(sums) = entries.get(SUMS) else {
        v.problems.push(format!("{name} holds no {SUMS}, so it is not a bundle written by meta-optout"));
        return None;
    };
    let mut listed = BTreeMap::new();
    for (n, line) in String::from_utf8_lossy(sums).lines().enumerate() {
        match line.split_once("  ") {
            Some((sum, file)) if sum.len() == 64 => {
                listed.insert(file.to_owned(), sum.to_owned());
            }
            _ => v.problems.push(format!("{name}: {SUMS} line {} is not \"SHA-256  file name\"", n + 1)),
        }
    }
    for (file, sum) in &listed {
        match entries.get(file) {
            None => v.problems.push(format!("{file}: listed in {SUMS} but missing from the bundle")),
            Some(content) if &sha256_hex(content) != sum => {
                v.problems.push(format!("{file}: its SHA-256 is {}, not the {sum} that {SUMS} gives", sha256_hex(content)))
            }
            Some(_) => v.checked.push(format!("{file}: SHA-256 matches")),
        }
    }
    for file in entries.keys().filter(|f| *f != SUMS && !listed.contains_key(*f)) {
        v.problems.push(format!("{file}: in the bundle but not listed in {SUMS}"));
    }
    let Some(json) = entries.get(RECORD_JSON) else {
        v.problems.push(format!("{name} holds no {RECORD_JSON}"));
        return None;
    };
    if serde_json::from_slice::<serde_json::Value>(json).ok().and_then(|j| j.get("format").and_then(|f| f.as_str()).map(|f| f == FORMAT)) != Some(true) {
        v.problems.push(format!("{RECORD_JSON}: it is not a meta-optout record"));
        return None;
    }
    let record = verify_json(RECORD_JSON, json, v)?;
    // Every file the record says was attached and kept must be in the bundle.
    for p in &record.profiles {
        for f in &p.flows {
            for st in &f.steps {
                for a in st.attachments.iter().filter(|a| a.state == FileState::Kept) {
                    let file = &a.attached.file;
                    let entry = entry_name(&file.sha256, &file.name);
                    match entries.get(&entry) {
                        Some(content) if sha256_hex(content) == file.sha256 => {}
                        Some(_) => v.problems.push(format!("{entry}: does not have the SHA-256 {RECORD_JSON} gives for it ({})", file.sha256)),
                        None => v.problems.push(format!("{entry}: {RECORD_JSON} lists it ({}/{}) but the bundle does not hold it", f.id, st.id)),
                    }
                }
            }
        }
    }
    Some((record, entries))
}
