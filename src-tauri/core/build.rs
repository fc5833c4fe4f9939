//! Embeds the bundled flows, catalogs, schemas and translations, so the
//! installed binary works from any folder with no files beside it.
//!
//! They are packed into two brotli streams: the flows, catalogs and schemas,
//! which every start reads, and the translations, which only another
//! language needs. Packed together, similar files share one dictionary: the
//! two streams take half the room the files deflated one by one took.

use std::fmt::Write;
use std::path::{Path, PathBuf};

/// The `*.json` files of `dir` (not hidden ones), sorted by name.
fn json_files(dir: &Path) -> Vec<(String, PathBuf)> {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<(String, PathBuf)> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
        .filter(|(n, p)| n.ends_with(".json") && !n.starts_with('.') && p.is_file())
        .collect();
    files.sort();
    files
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
    let to = Path::new(&std::env::var("OUT_DIR").unwrap()).join(format!("{pack}.br"));
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
    let mut translations = Vec::new();
    let tdir = flows.join("translations");
    println!("cargo:rerun-if-changed={}", tdir.display());
    let mut locales: Vec<PathBuf> = std::fs::read_dir(&tdir).into_iter().flatten().filter_map(|e| e.ok()).map(|e| e.path()).collect();
    locales.sort();
    for locale in locales.iter().filter(|p| p.is_dir()) {
        let locale_name = locale.file_name().unwrap().to_string_lossy().into_owned();
        translations.extend(json_files(locale).into_iter().map(|(n, p)| (format!("{locale_name}/{n}"), p)));
    }
    let code = format!(
        "/// The flows and catalogs by file name, and the schemas under `schemas/`.\n\
         pub static BUNDLED: Pack = {};\n\
         /// The flow translations, by `<locale>/<file>`.\n\
         pub static BUNDLED_TRANSLATIONS: Pack = {};\n",
        pack("bundled", &files),
        pack("translations", &translations),
    );
    std::fs::write(Path::new(&std::env::var("OUT_DIR").unwrap()).join("bundled.rs"), code).expect("OUT_DIR is writable");
}
