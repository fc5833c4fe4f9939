//! Embeds the bundled flows and catalogs from the top-level `flows/` folder,
//! so the installed binary works from any folder with no files beside it.

use std::fmt::Write;
use std::path::Path;

/// Writes `from` deflated to `to`, and returns `to` as `include_bytes!` takes it.
fn deflate(from: &Path, to: &Path) -> String {
    let text = std::fs::read(from).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
    std::fs::write(to, miniz_oxide::deflate::compress_to_vec(&text, 9)).expect("OUT_DIR is writable");
    to.display().to_string()
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../flows");
    let dir = dir.canonicalize().expect("the flows/ folder sits two levels above the core crate");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("flows/ is readable")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json") && n != "schema.json" && !n.starts_with('.'))
        .collect();
    names.sort();
    let out_dir = Path::new(&std::env::var("OUT_DIR").unwrap()).to_path_buf();
    // Deflated like the translations: a fifth of the size in the binary, and
    // inflating them all takes a fraction of a millisecond.
    let mut code = String::from("/// The flows and catalogs built into the binary, deflated, by file name.\npub static BUNDLED: &[(&str, &[u8])] = &[\n");
    for name in names {
        let path = dir.join(&name);
        println!("cargo:rerun-if-changed={}", path.display());
        let packed = deflate(&path, &out_dir.join(format!("{name}.deflate")));
        writeln!(code, "    ({name:?}, include_bytes!({packed:?})),").unwrap();
    }
    code.push_str("];\n");
    // Translations: `translations/<locale>/<flow>.json`, named by that path.
    // Compressed: they are most of the binary's data, and each locale is
    // inflated only when it is first asked for.
    code.push_str("/// Flow translations built into the binary, deflated, by `translations/<locale>/<file>`.\npub static BUNDLED_TRANSLATIONS: &[(&str, &str, &[u8])] = &[\n");
    let tdir = dir.join("translations");
    println!("cargo:rerun-if-changed={}", tdir.display());
    let mut files = Vec::new();
    for locale in std::fs::read_dir(&tdir).into_iter().flatten().filter_map(|e| e.ok()) {
        let locale_name = locale.file_name().to_string_lossy().into_owned();
        println!("cargo:rerun-if-changed={}", locale.path().display());
        for file in std::fs::read_dir(locale.path()).into_iter().flatten().filter_map(|e| e.ok()) {
            let name = file.file_name().to_string_lossy().into_owned();
            if name.ends_with(".json") && !name.starts_with('.') {
                files.push((locale_name.clone(), name, file.path()));
            }
        }
    }
    files.sort();
    for (locale, name, path) in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let packed = deflate(&path, &out_dir.join(format!("translation-{locale}-{name}.deflate")));
        writeln!(code, "    ({locale:?}, {name:?}, include_bytes!({packed:?})),").unwrap();
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("bundled.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
