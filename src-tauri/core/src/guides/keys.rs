//! The keys whose signatures the app accepts on a guide pack: the project's
//! own, built into the binary, and those the person added on purpose, kept
//! as minisign `.pub` files in the configuration folder, like a package
//! manager's keyring.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Serialize;

/// The project's public key; its secret half never lives in the repository.
const PROJECT_KEY: &str = include_str!("../../keys/meta-optout.pub");
const KEYS_DIR: &str = "trusted-keys";

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Key {
    /// The key's id as minisign shows it (16 hexadecimal digits).
    pub id: String,
    /// The key file's comment (the untrusted first line, without its prefix).
    pub comment: String,
    pub builtin: bool,
    #[serde(skip)]
    text: String,
}

impl Key {
    /// Reads a minisign public key file's text.
    pub fn parse(text: &str, builtin: bool) -> Result<Key, String> {
        let public = minisign_verify::PublicKey::decode(text.trim()).map_err(|e| format!("it is not a minisign public key ({e})"))?;
        let line = text.lines().nth(1).unwrap_or_default().trim();
        let pk = minisign::PublicKey::from_base64(line).map_err(|e| format!("it is not a minisign public key ({e})"))?;
        let mut id = [0u8; 8];
        id.copy_from_slice(&pk.keynum()[..8]);
        let comment = public.untrusted_comment().unwrap_or_default().trim_start_matches("untrusted comment:").trim().to_owned();
        Ok(Key { id: format!("{:016X}", u64::from_le_bytes(id)), comment, builtin, text: text.trim().to_owned() + "\n" })
    }

    pub fn public(&self) -> Result<minisign_verify::PublicKey, minisign_verify::Error> {
        minisign_verify::PublicKey::decode(&self.text)
    }
}

pub fn builtin_keys() -> Vec<Key> {
    Key::parse(PROJECT_KEY, true).into_iter().collect()
}

fn keys_dir(config_dir: &Path) -> PathBuf {
    config_dir.join(KEYS_DIR)
}

/// The built-in key and every key the person added; a file that no longer
/// reads as a key is skipped (and listed by `trust --list`).
pub fn trusted_keys(config_dir: Option<&Path>) -> (Vec<Key>, Vec<String>) {
    let mut keys = builtin_keys();
    let mut broken = Vec::new();
    let Some(dir) = config_dir.map(keys_dir) else { return (keys, broken) };
    let mut files: Vec<PathBuf> = fs::read_dir(&dir).into_iter().flatten().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "pub")).collect();
    files.sort();
    for f in files {
        match fs::read_to_string(&f).map_err(|e| e.to_string()).and_then(|t| Key::parse(&t, false)) {
            Ok(k) if !keys.iter().any(|x| x.id == k.id) => keys.push(k),
            Ok(_) => {}
            Err(why) => broken.push(format!("{}: {why}", f.display())),
        }
    }
    (keys, broken)
}

/// Adds the public key in `file` to the person's keys.
pub fn trust(config_dir: &Path, file: &Path) -> Result<Key, String> {
    let name = file.display().to_string();
    let mut text = String::new();
    fs::File::open(file)
        .and_then(|f| f.take(4096).read_to_string(&mut text))
        .map_err(|e| format!("{name} was not trusted: it cannot be read as text ({e})"))?;
    let key = Key::parse(&text, false).map_err(|why| format!("{name} was not trusted: {why}"))?;
    if builtin_keys().iter().any(|k| k.id == key.id) {
        return Err(format!("{name} is the project's own key ({}), which is always trusted", key.id));
    }
    let dir = keys_dir(config_dir);
    crate::dirs::create_private_dir(&dir).map_err(|e| format!("{name} was not trusted: {} cannot be created ({e})", dir.display()))?;
    let target = dir.join(format!("{}.pub", key.id));
    crate::export::write_private(&target, key.text.as_bytes()).map_err(|e| format!("{name} was not trusted: {} cannot be written ({e})", target.display()))?;
    Ok(key)
}

/// Removes a key the person added, by its id.
pub fn untrust(config_dir: &Path, id: &str) -> Result<Key, String> {
    let wanted = id.trim().to_ascii_uppercase();
    if builtin_keys().iter().any(|k| k.id == wanted) {
        return Err(format!("{wanted} is the project's own key, built into the app; it cannot be removed"));
    }
    let (keys, _) = trusted_keys(Some(config_dir));
    let key = keys.into_iter().find(|k| k.id == wanted).ok_or_else(|| format!("no trusted key has the id {wanted}; see `meta-optout trust --list`"))?;
    fs::remove_file(keys_dir(config_dir).join(format!("{}.pub", key.id))).map_err(|e| format!("the key {wanted} could not be removed ({e})"))?;
    Ok(key)
}
