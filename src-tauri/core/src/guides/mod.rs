//! Guide packs: corrected guides that reach a person as one signed file,
//! without a new app and without the app going online.
//!
//! A pack is a zip holding `pack.json` (a manifest and every file of a
//! flows folder: the flows, the catalogs, the translations, the change log)
//! and `pack.json.minisig`, its minisign signature. Nothing in a pack is
//! read before its signature checks out with a trusted key (the project's,
//! built in, or one the person added on purpose), and it is installed only
//! when it is newer than the guides in use, fits this version of the app
//! and passes `check`. Installing writes the new pack beside the old one
//! and then switches to it in one atomic rename, so a failed or killed
//! update leaves the guides as they were; the previous pack stays for
//! `update --rollback`.

mod build;
mod changes;
mod keys;

use std::collections::BTreeMap;
use std::fs;
use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use build::{build_pack, new_key};
pub use changes::{affected, check_changes, read_changes, Affected, GuideChange, CHANGES_FILE};
pub use keys::{builtin_keys, trust, trusted_keys, untrust, Key};

use crate::date::Date;
use crate::dirs::create_private_dir;

pub const PACK_FORMAT: &str = "meta-optout-guide-pack";
/// The signed payload inside a pack, and its signature beside it.
const PAYLOAD: &str = "pack.json";
const SIGNATURE: &str = "pack.json.minisig";
/// Larger than any set of guides, so a crafted file is refused unread.
pub const MAX_PACK_BYTES: u64 = 32 * 1024 * 1024;
const STATE_FILE: &str = "state.json";
const PACKS_DIR: &str = "packs";
/// In a pack's folder: the guides (a flows folder) and what was installed.
const GUIDES_DIR: &str = "guides";
const INSTALLED_FILE: &str = "installed.json";

/// What a pack says of itself; covered by the signature.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: String,
    /// Dotted numbers, e.g. `2026.12.1`; a later pack has a higher one.
    pub version: String,
    /// The day the pack was made (YYYY-MM-DD).
    pub date: String,
    /// The oldest version of the app that reads it.
    pub min_app: String,
    /// What changed in Meta's apps, step by step, since earlier guides.
    #[serde(default)]
    pub changes: Vec<GuideChange>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Payload {
    manifest: Manifest,
    /// Every file of the flows folder by its path in it (`regions.json`,
    /// `translations/de/mute-meta-ai.json`).
    files: BTreeMap<String, String>,
}

/// A pack whose signature checked out.
pub struct Opened {
    pub manifest: Manifest,
    files: BTreeMap<String, String>,
    pub signer: Key,
}

/// The pack in use, as About and the change notes show it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Installed {
    pub manifest: Manifest,
    /// Who signed it: the key's id and its comment.
    pub signer_id: String,
    pub signer: String,
    /// Whether that key is the project's own.
    pub signer_builtin: bool,
    pub installed_at: String,
}

/// Where the guides in use come from.
#[derive(Debug, Clone)]
pub struct Active {
    pub pack: Installed,
    /// The pack's flows folder, to load.
    pub dir: PathBuf,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct State {
    active: Option<String>,
    previous: Option<String>,
}

fn refuse(name: &str, why: impl std::fmt::Display) -> String {
    format!("{name} was not installed: {why}. The guides in use are unchanged.")
}

/// `2026.12.1` as numbers, for comparing; `None` when it is not dotted numbers.
pub fn parse_version(v: &str) -> Option<Vec<u64>> {
    let parts: Option<Vec<u64>> = v.trim().split('.').map(|p| if p.is_empty() || p.len() > 9 { None } else { p.parse().ok() }).collect();
    parts.filter(|p| !p.is_empty() && p.len() <= 4)
}

fn newer(a: &str, b: &str) -> bool {
    parse_version(a).unwrap_or_default() > parse_version(b).unwrap_or_default()
}

/// Where a path inside a pack may point: a flows folder's own files only.
fn safe_path(path: &str) -> bool {
    let parts: Vec<&str> = path.split('/').collect();
    let named = |p: &str| !p.is_empty() && !p.starts_with('.') && p.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
    path.ends_with(".json")
        && match parts.as_slice() {
            [file] => named(file),
            ["translations", locale, file] => named(locale) && named(file),
            _ => false,
        }
}

/// Reads a pack and checks its signature against `keys`. Nothing of its
/// content is looked at before that.
pub fn open(path: &Path, keys: &[Key]) -> Result<Opened, String> {
    let name = path.display().to_string();
    let mut bytes = Vec::new();
    fs::File::open(path)
        .and_then(|f| f.take(MAX_PACK_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| refuse(&name, format!("it cannot be read ({e})")))?;
    if bytes.len() as u64 > MAX_PACK_BYTES {
        return Err(refuse(&name, "it is larger than any guide pack can be"));
    }
    let mut zip = zip::ZipArchive::new(Cursor::new(&bytes)).map_err(|e| refuse(&name, format!("it is not a guide pack, or it is damaged or cut short ({e})")))?;
    let mut read = |entry: &str| -> Result<Vec<u8>, String> {
        let mut f = zip.by_name(entry).map_err(|_| refuse(&name, format!("it holds no {entry}, so it is not a guide pack")))?;
        let mut out = Vec::new();
        f.by_ref().take(MAX_PACK_BYTES + 1).read_to_end(&mut out).map_err(|e| refuse(&name, format!("its {entry} is damaged ({e})")))?;
        Ok(out)
    };
    let payload = read(PAYLOAD)?;
    let signature = String::from_utf8(read(SIGNATURE)?).map_err(|_| refuse(&name, "its signature is not minisign text"))?;
    let signature = minisign_verify::Signature::decode(&signature).map_err(|e| refuse(&name, format!("its signature cannot be read ({e})")))?;
    let signer = keys
        .iter()
        .find(|k| k.public().is_ok_and(|pk| pk.verify(&payload, &signature, false).is_ok()))
        .cloned()
        .ok_or_else(|| {
            refuse(
                &name,
                "its signature does not match any trusted key: it was changed after it was signed, or signed by a key you do not trust (see `meta-optout trust --list`)",
            )
        })?;
    let payload: Payload = serde_json::from_slice(&payload).map_err(|e| refuse(&name, format!("its content is not a guide pack's ({e})")))?;
    let m = &payload.manifest;
    if m.format != PACK_FORMAT {
        return Err(refuse(&name, format!("its format is `{}`, not a guide pack", m.format)));
    }
    if parse_version(&m.version).is_none() {
        return Err(refuse(&name, format!("its version `{}` is not dotted numbers", m.version)));
    }
    Date::parse(&m.date).map_err(|e| refuse(&name, format!("its date `{}` {e}", m.date)))?;
    if parse_version(&m.min_app).is_none() {
        return Err(refuse(&name, format!("the app version it needs, `{}`, is not dotted numbers", m.min_app)));
    }
    if let Some(bad) = payload.files.keys().find(|p| !safe_path(p)) {
        return Err(refuse(&name, format!("it holds `{bad}`, which is not a file of a flows folder")));
    }
    Ok(Opened { manifest: payload.manifest, files: payload.files, signer })
}

fn read_state(guides: &Path) -> State {
    fs::read(guides.join(STATE_FILE)).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default()
}

/// Writes `state.json` so that a crash leaves the old one or the new one.
fn write_state(guides: &Path, state: &State) -> std::io::Result<()> {
    let temp = guides.join(format!(".{STATE_FILE}.{}", std::process::id()));
    let mut f = fs::File::create(&temp)?;
    f.write_all(&serde_json::to_vec_pretty(state).unwrap_or_default())?;
    f.sync_all()?;
    fs::rename(&temp, guides.join(STATE_FILE))?;
    if let Ok(d) = fs::File::open(guides) {
        let _ = d.sync_all();
    }
    Ok(())
}

fn installed(guides: &Path, version: &str) -> Option<Active> {
    let folder = guides.join(PACKS_DIR).join(version);
    let pack: Installed = serde_json::from_slice(&fs::read(folder.join(INSTALLED_FILE)).ok()?).ok()?;
    let dir = folder.join(GUIDES_DIR);
    dir.is_dir().then_some(Active { pack, dir })
}

/// The installed pack in use, if any. A pack older than the guides built
/// into this version of the app is not used (an app update brought newer
/// ones); `builtin_date` is the newest `last_verified` of those.
pub fn active(guides: &Path, builtin_date: &str) -> Option<Active> {
    let state = read_state(guides);
    let a = installed(guides, state.active.as_deref()?)?;
    (a.pack.manifest.date.as_str() >= builtin_date).then_some(a)
}

/// An installed pack set aside because the app's own guides are newer.
pub fn superseded(guides: &Path, builtin_date: &str) -> Option<Installed> {
    let a = installed(guides, read_state(guides).active.as_deref()?)?;
    (a.pack.manifest.date.as_str() < builtin_date).then_some(a.pack)
}

/// Installs the pack at `path` (see the module's notes for every check),
/// and returns it as now in use.
pub fn install(guides: &Path, path: &Path, keys: &[Key], builtin_date: &str, app_version: &str, now: &str) -> Result<Installed, String> {
    let name = path.display().to_string();
    let opened = open(path, keys)?;
    let m = &opened.manifest;
    if newer(&m.min_app, app_version) {
        return Err(refuse(&name, format!("it needs meta-optout {} or later; this is {app_version}", m.min_app)));
    }
    match active(guides, builtin_date) {
        Some(a) if !newer(&m.version, &a.pack.manifest.version) => {
            return Err(refuse(&name, format!("its version {} is not newer than the pack in use, {}", m.version, a.pack.manifest.version)));
        }
        None if m.date.as_str() < builtin_date => {
            return Err(refuse(&name, format!("its guides ({}) are older than the ones built into this app ({builtin_date})", m.date)));
        }
        _ => {}
    }
    let packs = guides.join(PACKS_DIR);
    create_private_dir(&packs).map_err(|e| refuse(&name, format!("{} cannot be created ({e})", packs.display())))?;
    remove_leftovers(&packs);
    let incoming = packs.join(format!(".incoming-{}-{}", m.version, std::process::id()));
    let write = || -> std::io::Result<()> {
        let dir = incoming.join(GUIDES_DIR);
        create_private_dir(&dir)?;
        for (rel, text) in &opened.files {
            let target = dir.join(rel);
            if let Some(parent) = target.parent() {
                create_private_dir(parent)?;
            }
            let mut f = fs::File::create(&target)?;
            f.write_all(text.as_bytes())?;
            f.sync_all()?;
        }
        Ok(())
    };
    if let Err(e) = write() {
        let _ = fs::remove_dir_all(&incoming);
        return Err(refuse(&name, format!("it could not be written to {} ({e})", packs.display())));
    }
    let checked = crate::load::check_folder(&incoming.join(GUIDES_DIR));
    if !checked.problems.is_empty() || !checked.translation_problems.is_empty() {
        let _ = fs::remove_dir_all(&incoming);
        let all: Vec<String> = checked.problems.iter().chain(&checked.translation_problems).map(|p| p.to_string()).collect();
        let shown = all.iter().take(5).cloned().collect::<Vec<_>>().join("; ");
        let more = if all.len() > 5 { format!(" (and {} more)", all.len() - 5) } else { String::new() };
        return Err(refuse(&name, format!("its guides fail the checks: {shown}{more}")));
    }
    let pack = Installed {
        manifest: opened.manifest.clone(),
        signer_id: opened.signer.id.clone(),
        signer: opened.signer.comment.clone(),
        signer_builtin: opened.signer.builtin,
        installed_at: now.to_owned(),
    };
    let finish = || -> std::io::Result<()> {
        let mut f = fs::File::create(incoming.join(INSTALLED_FILE))?;
        f.write_all(&serde_json::to_vec_pretty(&pack).unwrap_or_default())?;
        f.sync_all()?;
        let target = packs.join(&pack.manifest.version);
        if target.exists() {
            fs::remove_dir_all(&target)?;
        }
        fs::rename(&incoming, &target)?;
        let state = read_state(guides);
        // Only this switch makes the new pack the one in use.
        write_state(guides, &State { active: Some(pack.manifest.version.clone()), previous: state.active.filter(|v| installed(guides, v).is_some()) })
    };
    if let Err(e) = finish() {
        let _ = fs::remove_dir_all(&incoming);
        return Err(refuse(&name, format!("it could not be switched to ({e})")));
    }
    prune(guides);
    Ok(pack)
}

/// Folders an interrupted install left behind.
fn remove_leftovers(packs: &Path) {
    for e in fs::read_dir(packs).into_iter().flatten().flatten() {
        if e.file_name().to_string_lossy().starts_with(".incoming-") {
            let _ = fs::remove_dir_all(e.path());
        }
    }
}

/// Keeps the pack in use and the one before it, nothing older.
fn prune(guides: &Path) {
    let state = read_state(guides);
    let keep: Vec<String> = state.active.into_iter().chain(state.previous).collect();
    for e in fs::read_dir(guides.join(PACKS_DIR)).into_iter().flatten().flatten() {
        let n = e.file_name().to_string_lossy().into_owned();
        if !n.starts_with('.') && !keep.contains(&n) {
            let _ = fs::remove_dir_all(e.path());
        }
    }
}

/// Goes back to the pack in use before the last update (or the built-in
/// guides when there was none). Returns what is in use now.
pub fn rollback(guides: &Path) -> Result<Option<Installed>, String> {
    let state = read_state(guides);
    let Some(current) = state.active.clone() else {
        return Err("no guide pack is installed: the guides built into the app are in use, and there is nothing to roll back".into());
    };
    let back = state.previous.clone().filter(|v| installed(guides, v).is_some());
    write_state(guides, &State { active: back.clone(), previous: None }).map_err(|e| format!("could not roll back ({e}); the pack {current} is still in use"))?;
    prune(guides);
    Ok(back.and_then(|v| installed(guides, &v)).map(|a| a.pack))
}

/// Where installed packs live: `guides/` in the configuration folder.
pub fn guides_dir(config_dir: &Path) -> PathBuf {
    config_dir.join("guides")
}

/// What the app loads, as it loads it: the installed pack in use (if any,
/// and not older than the built-in guides) or the built-in guides, then the
/// person's own flows folder. `thorough` checks every translation too.
pub fn load(config_dir: Option<&Path>, user_dir: Option<&Path>, thorough: bool) -> (crate::Loaded, Option<Active>) {
    let active = config_dir.and_then(|c| active(&guides_dir(c), crate::load::BUILTIN_GUIDES_DATE));
    let pack = active.as_ref().map(|a| a.dir.as_path());
    let loaded = if thorough { crate::load::check_installed(pack, user_dir) } else { crate::load::load_installed(pack, user_dir) };
    (loaded, active)
}

/// Which guides are in use, as About says it.
#[derive(Debug, Clone, Serialize)]
pub struct InUse {
    /// `built-in` or `pack`.
    pub source: &'static str,
    pub version: Option<String>,
    /// The pack's date, or the newest check of the built-in guides.
    pub date: String,
    pub signer: Option<String>,
    pub signer_id: Option<String>,
    pub signer_builtin: bool,
    /// An installed pack set aside because this app's own guides are newer.
    pub superseded: Option<String>,
}

pub fn in_use(config_dir: Option<&Path>, active: Option<&Active>) -> InUse {
    let superseded = config_dir.and_then(|c| superseded(&guides_dir(c), crate::load::BUILTIN_GUIDES_DATE)).map(|p| p.manifest.version);
    match active {
        Some(a) => InUse {
            source: "pack",
            version: Some(a.pack.manifest.version.clone()),
            date: a.pack.manifest.date.clone(),
            signer: Some(a.pack.signer.clone()),
            signer_id: Some(a.pack.signer_id.clone()),
            signer_builtin: a.pack.signer_builtin,
            superseded,
        },
        None => InUse {
            source: "built-in",
            version: None,
            date: crate::load::BUILTIN_GUIDES_DATE.to_owned(),
            signer: None,
            signer_id: None,
            signer_builtin: true,
            superseded,
        },
    }
}
