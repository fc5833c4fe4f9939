//! Hostile input: mutated and random flow files, progress files and exports
//! must never panic, hang or corrupt the store; huge and deeply nested files
//! are refused after reading at most a fixed amount.

use std::path::{Path, PathBuf};

use meta_optout_core::check::parse_document;
use meta_optout_core::export::{self, Format};
use meta_optout_core::json_path::Positions;
use meta_optout_core::load::{check_folder, load_bundled, FlowSet};
use meta_optout_core::model::Flow;
use meta_optout_core::progress::{self, Progress};
use meta_optout_core::{schema, Date};
use proptest::prelude::*;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Characters that break JSON in interesting ways, and text that breaks layouts.
const PIECES: &[char] = &['{', '}', '[', ']', '"', ',', ':', '\\', '0', '-', 'e', '.', 'a', 'é', '\u{202e}', '\u{0}', ' ', '\n', 'n', 't'];

fn edits() -> impl Strategy<Value = Vec<(usize, u8, char)>> {
    prop::collection::vec((any::<usize>(), 0u8..4, prop::sample::select(PIECES)), 1..10)
}

/// Deletes, inserts, replaces or duplicates characters at random places.
fn mutate(base: &str, edits: &[(usize, u8, char)]) -> String {
    let mut chars: Vec<char> = base.chars().collect();
    for &(pos, kind, c) in edits {
        if chars.is_empty() {
            chars.push(c);
            continue;
        }
        let i = pos % chars.len();
        match kind {
            0 => {
                chars.remove(i);
            }
            1 => chars.insert(i, c),
            2 => chars[i] = c,
            _ => {
                let j = (i + pos % 64).min(chars.len());
                let copy: Vec<char> = chars[i..j].to_vec();
                chars.splice(i..i, copy);
            }
        }
    }
    chars.into_iter().collect()
}

fn cases(n: u32) -> ProptestConfig {
    ProptestConfig { cases: n, failure_persistence: None, ..ProptestConfig::default() }
}

fn set() -> &'static FlowSet {
    static SET: std::sync::OnceLock<FlowSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| load_bundled().set)
}

/// Parses and checks one flow text the way `check` does.
fn check_text(text: &str) {
    let _ = Positions::scan_if_valid(text);
    if let Ok(flow) = parse_document::<Flow>("fuzz.json", text, schema::flow()) {
        let _ = meta_optout_core::check::check_flow("fuzz.json", Some("fuzz"), &flow, &set().catalog, Date::today());
        let _ = flow.texts();
    }
}

proptest! {
    #![proptest_config(cases(3000))]

    #[test]
    fn mutated_flow_files_never_panic(e in edits()) {
        let base = std::fs::read_to_string(root().join("flows/object-ai-training.json")).unwrap();
        check_text(&mutate(&base, &e));
    }

    #[test]
    fn random_text_never_panics(text in any::<String>()) {
        check_text(&text);
    }
}

proptest! {
    #![proptest_config(cases(1500))]

    #[test]
    fn mutated_progress_files_are_read_or_refused_never_panic(e in edits()) {
        let dir = scratch("progress-fuzz");
        let base = std::fs::read_to_string(root().join("tests/fixtures/export/progress.json")).unwrap();
        let text = mutate(&base, &e);
        std::fs::write(dir.join("progress.json"), &text).unwrap();
        match Progress::open(&dir) {
            Ok(p) => for profile in &p.state.profiles {
                let _ = progress::report(set(), &p, profile, Date::today());
            },
            Err(_) => {
                // Refused: a write is refused too, and the file stays as it was.
                let added = progress::add_profile(&dir, set(), "x", "DE", &[meta_optout_core::model::Platform::Facebook], None);
                prop_assert!(added.is_err());
                prop_assert_eq!(std::fs::read_to_string(dir.join("progress.json")).unwrap(), text);
            }
        }
    }

    #[test]
    fn mutated_exports_are_refused_or_imported_cleanly(e in edits(), re_sign in any::<bool>()) {
        let from = scratch("export-fuzz-from");
        std::fs::copy(root().join("tests/fixtures/export/progress.json"), from.join("progress.json")).unwrap();
        let p = Progress::open(&from).unwrap();
        let profiles: Vec<_> = p.state.profiles.iter().collect();
        let record = export::build(set(), &p, &profiles, Date::today(), "2026-11-25T00:00:00Z", "en", &from);
        let mut text = mutate(&export::render(&record, Format::Json, export::Zone::utc()), &e);
        // Anyone can compute a SHA-256: an attacker's file may carry a valid digest.
        if re_sign {
            if let Ok(mut v) = serde_json::from_str::<serde_json::Value>(&text) {
                let d = export::digest(&v);
                if let Some(m) = v.as_object_mut() { m.insert("digest".into(), d.into()); }
                text = v.to_string();
            }
        }
        if let Ok(read) = export::read_export("fuzz.json", text.as_bytes()) {
            let into = scratch("export-fuzz-into");
            if export::import(&into, &read).is_ok() {
                // Whatever was accepted, the store still reads back.
                prop_assert!(Progress::open(&into).is_ok());
            }
        }
    }
}

/// A sparse file of `len` bytes: large on paper, cheap to make.
fn sparse(path: &Path, len: u64) {
    std::fs::File::create(path).unwrap().set_len(len).unwrap();
}

const HUNDRED_MB: u64 = 100 * 1024 * 1024;

#[test]
fn a_100_mb_flow_progress_or_export_file_is_refused() {
    let dir = scratch("huge-flow");
    sparse(&dir.join("huge.json"), HUNDRED_MB);
    let problems = check_folder(&dir).problems;
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.contains("larger than 1 MiB"), "{}", problems[0]);

    let dir = scratch("huge-progress");
    sparse(&dir.join("progress.json"), HUNDRED_MB);
    let err = Progress::open(&dir).unwrap_err().to_string();
    assert!(err.contains("more than a progress file can be"), "{err}");

    let dir = scratch("huge-export");
    sparse(&dir.join("record.json"), HUNDRED_MB);
    let err = export::read_export_file(&dir.join("record.json")).unwrap_err().to_string();
    assert!(err.contains("larger than any export can be"), "{err}");
}

#[test]
fn deeply_nested_progress_and_exports_are_refused_without_overflowing_the_stack() {
    let deep = format!("{}{}", "[".repeat(200_000), "]".repeat(200_000));
    let dir = scratch("deep-progress");
    std::fs::write(dir.join("progress.json"), &deep).unwrap();
    assert!(Progress::open(&dir).unwrap_err().to_string().contains("damaged"));
    let deep_object = format!("{}{}", "{\"a\":".repeat(100_000), "}".repeat(100_000));
    assert!(export::read_export("deep.json", deep_object.as_bytes()).is_err());
    check_text(&deep_object);
}

#[test]
fn a_folder_of_thousands_of_flows_is_read_up_to_a_limit() {
    let dir = scratch("many-flows");
    let base = std::fs::read_to_string(root().join("tests/fixtures/check/valid/minimal.json")).unwrap();
    for i in 0..1500 {
        let id = format!("flow-{i:04}");
        std::fs::write(dir.join(format!("{id}.json")), base.replace("\"minimal\"", &format!("\"{id}\""))).unwrap();
    }
    let loaded = check_folder(&dir);
    assert_eq!(loaded.set.flows.len(), 1000);
    assert_eq!(loaded.problems.len(), 1);
    assert!(loaded.problems[0].message.contains("holds 1500 JSON files; only the first 1000 were read"));
}
