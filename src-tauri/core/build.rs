//! Embeds the bundled flows and catalogs from the top-level `flows/` folder,
//! so the installed binary works from any folder with no files beside it.

use std::fmt::Write;
use std::path::Path;

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
    let mut code = String::from("/// The flows and catalogs built into the binary, by file name.\npub static BUNDLED: &[(&str, &str)] = &[\n");
    for name in names {
        let path = dir.join(&name);
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(code, "    ({name:?}, include_str!({:?})),", path.display().to_string()).unwrap();
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("bundled.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
