//! Embeds the bundled flows, catalogs, schemas and translations, and the
//! window's files, so the installed binary works from any folder with no
//! files beside it.
//!
//! They are packed into brotli streams: the flows, catalogs and schemas,
//! which every start reads, and their translations, which only another
//! language needs; likewise the window's files, and its words in the other
//! languages. Packed together, similar files share one dictionary: the flows
//! take half the room they took deflated one by one, and the window's files
//! about 29 KB less than compressed one by one.

use std::fmt::Write;
use std::path::{Path, PathBuf};

/// The `*.json` files directly in `dir` (not hidden ones), sorted by name.
fn json_files(dir: &Path) -> Vec<(String, PathBuf)> {
    tree_files(dir).into_iter().filter(|(n, _)| n.ends_with(".json") && !n.contains('/')).collect()
}

/// Every file below `dir` (not hidden ones), by its path from `dir` with `/`
/// between folders, sorted.
fn tree_files(dir: &Path) -> Vec<(String, PathBuf)> {
    fn walk(dir: &Path, prefix: &str, out: &mut Vec<(String, PathBuf)>) {
        println!("cargo:rerun-if-changed={}", dir.display());
        for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())).filter_map(|e| e.ok()) {
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = entry.path();
            if name.starts_with('.') {
                continue;
            }
            if path.is_dir() {
                walk(&path, &format!("{prefix}{name}/"), out);
            } else if path.is_file() {
                out.push((format!("{prefix}{name}"), path));
            }
        }
    }
    let mut files = Vec::new();
    walk(dir, "", &mut files);
    files.sort();
    files
}

fn out_dir() -> PathBuf {
    PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts"))
}

/// Packs `files` (name, path) into `OUT_DIR/<pack>.br` and returns the Rust
/// expression of the pack: the stream and where each file lies once unpacked.
fn pack(pack: &str, files: &[(String, PathBuf)]) -> String {
    let mut text = Vec::new();
    let mut index = String::new();
    for (name, path) in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let start = text.len();
        text.extend_from_slice(&bytes);
        write!(index, "({name:?}, {start}, {}), ", text.len()).unwrap();
    }
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, size_hint: text.len(), ..Default::default() };
    let mut packed = Vec::new();
    brotli::BrotliCompress(&mut &text[..], &mut packed, &params).expect("compressing in memory cannot fail");
    let to = out_dir().join(format!("{pack}.br"));
    std::fs::write(&to, packed).expect("OUT_DIR is writable");
    format!("Pack::new(include_bytes!({:?}), &[{index}])", to.display().to_string())
}

fn main() {
    let core = Path::new(env!("CARGO_MANIFEST_DIR"));
    let flows = core.join("../../flows").canonicalize().expect("the flows/ folder sits two levels above the core crate");
    // Flows and catalogs by file name; the schemas under `schemas/`.
    let mut files: Vec<(String, PathBuf)> = json_files(&flows).into_iter().filter(|(n, _)| n != "schema.json").collect();
    files.push(("schemas/flow.json".into(), flows.join("schema.json")));
    files.extend(json_files(&core.join("schemas")).into_iter().map(|(n, p)| (format!("schemas/{n}"), p)));
    // Translations by `<locale>/<file>`.
    let translations: Vec<_> = tree_files(&flows.join("translations"))
        .into_iter()
        .filter(|(n, _)| n.ends_with(".json") && n.matches('/').count() == 1)
        .collect();
    // The newest `last_verified` of the built-in flows: a guide pack older
    // than this is set aside for the guides this build brings.
    let newest = files
        .iter()
        .filter(|(n, _)| !n.contains('/') && !["regions.json", "platforms.json", "changes.json"].contains(&n.as_str()))
        .filter_map(|(_, p)| serde_json::from_str::<serde_json::Value>(&std::fs::read_to_string(p).ok()?).ok())
        .filter_map(|v| v.get("last_verified").and_then(|d| d.as_str()).map(str::to_owned))
        .max()
        .unwrap_or_default();
    let code = format!(
        "/// The flows and catalogs by file name, and the schemas under `schemas/`.\n\
         pub static BUNDLED: Pack = {};\n\
         /// The flow translations, by `<locale>/<file>`.\n\
         pub static BUNDLED_TRANSLATIONS: Pack = {};\n\
         /// The newest `last_verified` of the built-in flows.\n\
         pub const BUILTIN_GUIDES_DATE: &str = {newest:?};\n",
        pack("bundled", &files),
        pack("translations", &translations),
    );
    std::fs::write(out_dir().join("bundled.rs"), code).expect("OUT_DIR is writable");
    authority_hosts(&flows.join("regions.json"));

    // The window's files by their path in `ui/`; its words in languages
    // other than English in a pack of their own.
    let ui = core.join("../../ui").canonicalize().expect("the ui/ folder sits two levels above the core crate");
    let (words, window): (Vec<_>, Vec<_>) =
        tree_files(&ui).into_iter().partition(|(n, _)| n.starts_with("locales/") && !n.starts_with("locales/en/"));
    let code = format!(
        "/// The window's files, by their path in `ui/`, but for the words below.\n\
         pub static WINDOW: Pack = {};\n\
         /// The window's words in languages other than English, `locales/<locale>/<file>`.\n\
         pub static WINDOW_TRANSLATIONS: Pack = {};\n",
        pack("window", &window),
        pack("window-translations", &words),
    );
    std::fs::write(out_dir().join("window.rs"), code).expect("OUT_DIR is writable");
}

/// Writes the authorities' hosts from the built-in region catalog as a
/// constant, so that the link allow-list grows with the catalog that ships
/// in the binary and with nothing read at run time.
fn authority_hosts(catalog: &Path) {
    let text = std::fs::read_to_string(catalog).unwrap_or_else(|e| panic!("{}: {e}", catalog.display()));
    let doc: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}; run `meta-optout check` on it", catalog.display()));
    let mut hosts: Vec<String> = doc["authorities"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|a| [a.get("url"), a.get("complaint_url")])
        .flatten()
        .filter_map(|u| u.as_str())
        // Only the host of an https URL; a malformed one is left for the
        // checker to report, with its file and line.
        .filter_map(|u| u.strip_prefix("https://"))
        .map(|rest| rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())].to_ascii_lowercase())
        .filter(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-'))
        .collect();
    hosts.sort();
    hosts.dedup();
    let code = format!(
        "/// The hosts of the built-in region catalog's authorities, sorted.\n\
         pub const CATALOG_AUTHORITY_HOSTS: &[&str] = &{hosts:?};\n"
    );
    std::fs::write(out_dir().join("authority_hosts.rs"), code).expect("OUT_DIR is writable");
}
