//! Restoring a JSON export, on a new machine or into an existing store,
//! without losing anything already there.
//!
//! Profiles are matched by name. Events already present (same time, same
//! change) are skipped; the rest are added. Where a step's state differs,
//! both histories are kept and the newer state wins; each such conflict is
//! reported. A file that is not an export, or whose digest does not match
//! its content, is refused and changes nothing.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;
use serde_json::Value;

use super::record::{digest, Record, FORMAT, VERSION};
use crate::progress::{update_dated, Change, Event, Progress, ProgressError, MAX_BYTES};

#[derive(Debug, Default, Serialize)]
pub struct ImportReport {
    pub profiles_added: Vec<String>,
    pub profiles_merged: Vec<String>,
    pub events_added: usize,
    /// Attached files a bundle brought.
    pub files_added: usize,
    /// One sentence per step (or profile) whose state differed.
    pub conflicts: Vec<String>,
}

fn refuse(name: &str, why: impl std::fmt::Display) -> ProgressError {
    ProgressError::Invalid(format!("{name} was not imported: {why}. Nothing was changed."))
}

/// Imports a JSON export or a bundle from `path` into the progress in `dir`.
/// A bundle's attached files are kept in the data folder as when attached
/// here; every check of `verify` must pass first, or nothing changes.
pub fn import_file(dir: &Path, path: &Path) -> Result<(Progress, ImportReport), ProgressError> {
    let mut head = [0u8; 4];
    let is_zip = std::fs::File::open(path).and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head)).is_ok() && super::bundle::is_zip(&head);
    if !is_zip {
        return import(dir, &read_export_file(path)?);
    }
    let (record, files) = super::bundle::read_bundle(path)?;
    for (sha256, bytes) in &files {
        let incoming = crate::progress::evidence::Incoming { name: String::new(), media_type: "", bytes: bytes.clone(), sha256: sha256.clone() };
        crate::progress::evidence::store(dir, &incoming)?;
    }
    let (progress, mut report) = import(dir, &record)?;
    report.files_added = files.len();
    Ok((progress, report))
}

/// Reads an export file, at most [`MAX_BYTES`] of it, and checks it.
pub fn read_export_file(path: &Path) -> Result<Record<'static>, ProgressError> {
    use std::io::Read;
    let name = path.display().to_string();
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| refuse(&name, format!("it cannot be read ({e})")))?;
    read_export(&name, &bytes)
}

/// Checks that `bytes` are an untouched export and returns it.
pub fn read_export(name: &str, bytes: &[u8]) -> Result<Record<'static>, ProgressError> {
    if bytes.len() as u64 > MAX_BYTES {
        return Err(refuse(name, "it is larger than any export can be"));
    }
    let value: Value = serde_json::from_slice(bytes).map_err(|e| refuse(name, format!("it is not JSON ({e})")))?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(refuse(name, "it is not a meta-optout JSON export (only JSON exports can be imported)"));
    }
    let version = value.get("version").and_then(Value::as_u64).unwrap_or(0);
    if version == 0 || version > u64::from(VERSION) {
        return Err(refuse(name, format!("its format version {version} is not one this version of meta-optout reads")));
    }
    let stated = value.get("digest").and_then(Value::as_str).unwrap_or_default();
    if stated != digest(&value) {
        return Err(refuse(name, "its digest does not match its content, so it was changed after it was exported"));
    }
    drop(value);
    serde_json::from_slice(bytes).map_err(|e| refuse(name, format!("it does not have the shape of an export ({e})")))
}

fn with_profile(change: &Change, id: &str) -> Change {
    let mut c = change.clone();
    c.set_profile(id);
    c
}

/// Merges an export read by [`read_export`] into the progress in `dir`.
pub fn import(dir: &Path, record: &Record<'_>) -> Result<(Progress, ImportReport), ProgressError> {
    let mut report = ImportReport::default();
    let progress = update_dated(dir, |local| {
        // New events keep the order they had where they were exported (their
        // seq there); states kept because they are newer here come last.
        let mut out: Vec<(u64, String, Change)> = Vec::new();
        let mut next_id = local.state.next_profile_id()[1..].parse::<u64>().unwrap_or(1);
        for p in &record.profiles {
            let name = &p.profile.name;
            let existing = local.state.profile(name).filter(|x| x.name.eq_ignore_ascii_case(name));
            let id = match existing {
                Some(x) => {
                    report.profiles_merged.push(x.name.clone());
                    x.id.clone()
                }
                None => {
                    report.profiles_added.push(name.clone());
                    let id = format!("p{next_id}");
                    next_id += 1;
                    id
                }
            };
            let mine: Vec<&Event> = local
                .events
                .iter()
                .filter(|e| e.change.profile() == id)
                .collect();
            let known = |at: &str, c: &Change| mine.iter().any(|e| e.at == at && &e.change == c);
            // Group the imported events: the profile's own, then each step's.
            // Incoming step changes by (flow, step), in order: (seq, at, change).
            type Group = Vec<(u64, String, Change)>;
            let mut groups: BTreeMap<Option<(&'static str, String, String)>, Group> = BTreeMap::new();
            for e in &p.history {
                let c = with_profile(&e.change, &id);
                let key = c.subject().map(|(kind, f, s)| (kind, f.to_owned(), s.to_owned()));
                groups.entry(key).or_default().push((e.seq, e.at.clone(), c));
            }
            for (key, events) in groups {
                let new: Vec<(u64, String, Change)> = events.iter().filter(|(_, at, c)| !known(at, c)).cloned().collect();
                if new.is_empty() {
                    continue;
                }
                let local_latest = mine
                    .iter()
                    .filter(|e| e.change.subject() == key.as_ref().map(|(k, f, s)| (*k, f.as_str(), s.as_str())))
                    .max_by_key(|e| e.seq);
                let imported_latest = events.iter().max_by(|a, b| a.1.cmp(&b.1)).map(|(_, at, c)| (at, c)).expect("not empty");
                let what = match &key {
                    None => format!("profile \"{name}\""),
                    Some((_, f, s)) => format!("\"{name}\" {f}/{s}"),
                };
                out.extend(new);
                // Attachments add up: there is no state of theirs to disagree on.
                let adds_up = matches!(key, Some(("attach", _, _)));
                if let Some(mine_now) = local_latest.filter(|l| !adds_up && &l.change != imported_latest.1) {
                    if &mine_now.at > imported_latest.0 {
                        report.conflicts.push(format!("{what}: kept this machine's newer state from {}", mine_now.at));
                        out.push((u64::MAX, mine_now.at.clone(), mine_now.change.clone()));
                    } else {
                        report.conflicts.push(format!("{what}: took the imported newer state from {}", imported_latest.0));
                    }
                }
            }
        }
        out.sort_by_key(|(order, _, _)| *order);
        report.events_added = out.len();
        Ok(out.into_iter().map(|(_, at, c)| (at, c)).collect())
    })?;
    Ok((progress, report))
}
