//! For maintainers: a key pair to sign packs with, and a pack made from a
//! flows folder.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use zip::write::SimpleFileOptions;

use super::changes::{read_changes, CHANGES_FILE};
use super::{parse_version, Manifest, Payload, PACK_FORMAT, PAYLOAD, SIGNATURE};

/// Writes a new key pair into `dir`: `meta-optout-guides.pub` to give to
/// people, and `meta-optout-guides.key` beside it, readable by its owner only,
/// as minisign writes them. Refuses to overwrite a key.
pub fn new_key(dir: &Path, comment: &str) -> Result<(PathBuf, PathBuf), String> {
    let (public, secret) = (dir.join("meta-optout-guides.pub"), dir.join("meta-optout-guides.key"));
    if public.exists() || secret.exists() {
        return Err(format!("{} already holds a key; a new one would replace it, so nothing was written", dir.display()));
    }
    crate::dirs::create_private_dir(dir).map_err(|e| format!("{} cannot be created ({e})", dir.display()))?;
    let pair = minisign::KeyPair::generate_unencrypted_keypair().map_err(|e| format!("no key could be made ({e})"))?;
    let pk = pair.pk.to_box().map_err(|e| e.to_string())?.into_string();
    // minisign's untrusted comment names the key; ours says whose it is.
    let pk = match pk.split_once('\n') {
        Some((_, rest)) => format!("untrusted comment: {comment}\n{rest}"),
        None => pk,
    };
    let sk = pair.sk.to_box(Some(comment)).map_err(|e| e.to_string())?.into_string();
    crate::export::write_private(&secret, sk.as_bytes()).map_err(|e| format!("{} cannot be written ({e})", secret.display()))?;
    crate::export::write_private(&public, pk.as_bytes()).map_err(|e| format!("{} cannot be written ({e})", public.display()))?;
    Ok((public, secret))
}

/// Every file of a flows folder a pack carries, by its path in the folder.
fn folder_files(dir: &Path) -> Result<BTreeMap<String, String>, String> {
    let mut files = BTreeMap::new();
    let mut add = |rel: String, path: &Path| -> Result<(), String> {
        let text = fs::read_to_string(path).map_err(|e| format!("{} cannot be read ({e})", path.display()))?;
        files.insert(rel, text);
        Ok(())
    };
    let mut top: Vec<PathBuf> = fs::read_dir(dir).map_err(|e| format!("{} cannot be read ({e})", dir.display()))?.flatten().map(|e| e.path()).collect();
    top.sort();
    for p in top.iter().filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "json")) {
        let name = p.file_name().unwrap_or_default().to_string_lossy().into_owned();
        if name != "schema.json" {
            add(name, p)?;
        }
    }
    let tr = dir.join(crate::load::TRANSLATIONS_DIR);
    for locale in fs::read_dir(&tr).into_iter().flatten().flatten().map(|e| e.path()).filter(|p| p.is_dir()) {
        let l = locale.file_name().unwrap_or_default().to_string_lossy().into_owned();
        for f in fs::read_dir(&locale).into_iter().flatten().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "json")) {
            add(format!("{}/{l}/{}", crate::load::TRANSLATIONS_DIR, f.file_name().unwrap_or_default().to_string_lossy()), &f)?;
        }
    }
    Ok(files)
}

/// Builds a pack of the flows folder `dir`, signed with the secret key in
/// `key_file`, and writes it to `out`. The folder must pass `check` first.
pub fn build_pack(dir: &Path, key_file: &Path, version: &str, date: &str, min_app: &str, out: &Path) -> Result<Manifest, String> {
    if parse_version(version).is_none() {
        return Err(format!("--version `{version}` is not dotted numbers, e.g. 2026.12.1"));
    }
    let checked = crate::load::check_folder(dir);
    let problems: Vec<String> = checked.problems.iter().chain(&checked.translation_problems).map(|p| p.to_string()).collect();
    if !problems.is_empty() {
        return Err(format!("{} fails the checks, so no pack was made:\n{}", dir.display(), problems.join("\n")));
    }
    let changes = match fs::read_to_string(dir.join(CHANGES_FILE)) {
        Ok(text) => read_changes(&text).map_err(|e| format!("{}: {e}", dir.join(CHANGES_FILE).display()))?,
        Err(_) => Vec::new(),
    };
    let sk_text = fs::read_to_string(key_file).map_err(|e| format!("the key {} cannot be read ({e})", key_file.display()))?;
    let sk_box = minisign::SecretKeyBox::from_string(&sk_text).map_err(|e| format!("{} is not a minisign secret key ({e})", key_file.display()))?;
    let sk = sk_box
        .into_unencrypted_secret_key()
        .map_err(|e| format!("{} cannot be used ({e}); a key protected by a password is not supported here", key_file.display()))?;
    let manifest = Manifest { format: PACK_FORMAT.into(), version: version.into(), date: date.into(), min_app: min_app.into(), changes };
    let payload = serde_json::to_vec(&Payload { manifest: manifest.clone(), files: folder_files(dir)? }).map_err(|e| e.to_string())?;
    let trusted = format!("meta-optout guide pack {version} of {date}");
    let signature = minisign::sign(None, &sk, std::io::Cursor::new(&payload), Some(&trusted), None).map_err(|e| format!("the pack could not be signed ({e})"))?;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let put = |zip: &mut zip::ZipWriter<std::io::Cursor<Vec<u8>>>, name: &str, bytes: &[u8]| -> Result<(), String> {
        zip.start_file(name, options).map_err(|e| e.to_string())?;
        zip.write_all(bytes).map_err(|e| e.to_string())
    };
    put(&mut zip, PAYLOAD, &payload)?;
    put(&mut zip, SIGNATURE, signature.into_string().as_bytes())?;
    let bytes = zip.finish().map_err(|e| e.to_string())?.into_inner();
    crate::export::write_private(out, &bytes).map_err(|e| format!("{} cannot be written ({e})", out.display()))?;
    Ok(manifest)
}
