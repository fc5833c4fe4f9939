//! The flow files as a whole: the shipped flows pass the checker, the schema
//! on disk matches the Rust types, and each broken fixture gives exactly the
//! problem lines an author would need to fix it.
//!
//! Fixtures live in `tests/fixtures/check/NAME/`, with the expected output
//! in `tests/fixtures/check/NAME.expected`. Set `BLESS=1` to rewrite the
//! expected files and `flows/schema.json` after an intended change, then
//! read the diff.

use std::path::{Path, PathBuf};

use meta_optout_core::load::{check_folder, load_app, load_bundled};
use meta_optout_core::{schema, Date};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn bless() -> bool {
    std::env::var_os("BLESS").is_some_and(|v| v == "1")
}

/// The checker's output for a folder, with the folder's own path removed so
/// expected files do not depend on where the repository is checked out.
fn check_output(dir: &Path) -> String {
    let loaded = check_folder(dir);
    let prefix = format!("{}/", dir.display());
    loaded.problems.iter().map(|p| format!("{}\n", p.to_string().replace(&prefix, ""))).collect()
}

#[test]
fn bundled_flows_load_without_problems() {
    let loaded = load_bundled();
    let problems: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "bundled flows have problems:\n{}", problems.join("\n"));
    assert!(loaded.set.get("object-ai-training").is_some());
}

#[test]
fn the_flows_folder_passes_check() {
    assert_eq!(check_output(&root().join("flows")), "");
}

#[test]
fn schema_json_matches_the_rust_types() {
    let path = root().join("flows/schema.json");
    let fresh = schema::flow_schema_text();
    if bless() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(on_disk == fresh, "flows/schema.json is stale: run `BLESS=1 cargo test -p meta-optout-core --test flows`");
}

#[test]
fn each_broken_fixture_gives_its_exact_problems() {
    let dir = root().join("tests/fixtures/check");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 10, "fixtures missing: {names:?}");
    let mut failures = Vec::new();
    for name in names {
        let got = check_output(&dir.join(&name));
        let expected_path = dir.join(format!("{name}.expected"));
        if bless() {
            std::fs::write(&expected_path, &got).unwrap();
        }
        let want = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if name == "valid" {
            assert_eq!(got, "", "the valid fixture must pass");
        } else if got.is_empty() {
            failures.push(format!("{name}: no problem reported"));
        }
        if got != want {
            failures.push(format!("{name}:\n--- expected\n{want}--- got\n{got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A throwaway folder under the target directory, emptied first.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn oversized_and_deeply_nested_files_are_refused_without_loading_them() {
    let dir = scratch("hostile-files");
    // 2 MiB of valid JSON: refused by size before parsing.
    let big = format!("{{\"id\": \"big\", \"title\": \"{}\"}}", "a".repeat(2 * 1024 * 1024));
    std::fs::write(dir.join("big.json"), big).unwrap();
    std::fs::write(dir.join("deep.json"), format!("{}{}", "[".repeat(10_000), "]".repeat(10_000))).unwrap();
    std::fs::write(dir.join("binary.json"), [0xff, 0xfe, 0x00, 0x7b]).unwrap();
    std::fs::write(dir.join("empty.json"), "").unwrap();
    let out = check_output(&dir);
    assert_eq!(
        out,
        "big.json: is larger than 1 MiB; flow and catalog files are a few kilobytes, so it was not read\n\
         binary.json: is not UTF-8 text (invalid byte at offset 0)\n\
         deep.json:1:128: nested too deeply (more than 128 levels); flow files are a few levels deep\n\
         empty.json:1:1: invalid JSON: EOF while parsing a value\n"
    );
}

#[test]
fn a_user_flow_replaces_the_bundled_one_with_the_same_id() {
    let dir = scratch("user-flows");
    let mut flow: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("flows/object-ai-training.json")).unwrap()).unwrap();
    flow["title"] = "Reworded by a local author".into();
    std::fs::write(dir.join("object-ai-training.json"), flow.to_string()).unwrap();
    std::fs::write(dir.join("broken.json"), "{").unwrap();
    let loaded = load_app(Some(&dir));
    let f = loaded.set.get("object-ai-training").unwrap();
    assert_eq!(f.flow.title, "Reworded by a local author");
    assert_eq!(loaded.set.flows.iter().filter(|f| f.flow.id == "object-ai-training").count(), 1);
    // The broken user file is reported and skipped; the app still loads.
    assert_eq!(loaded.problems.len(), 1, "{:?}", loaded.problems);
    let shown = loaded.problems[0].to_string();
    assert!(shown.ends_with("broken.json:1:1: invalid JSON: EOF while parsing an object"), "{shown}");
}

#[test]
fn every_text_key_of_every_flow_is_unique() {
    for f in &load_bundled().set.flows {
        let texts = f.flow.texts();
        let mut keys: Vec<&str> = texts.iter().map(|t| t.key.as_str()).collect();
        let n = keys.len();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), n, "{} has duplicate text keys", f.flow.id);
        assert!(texts.iter().any(|t| t.key == "title"));
    }
}

#[test]
fn bundled_flows_are_not_dated_in_the_future() {
    for f in &load_bundled().set.flows {
        assert!(Date::parse(&f.flow.last_verified).unwrap() <= Date::today());
    }
}
