//! Progress on disk: what is recorded survives, and a file that cannot be
//! read is refused and left exactly as it is.

use std::path::{Path, PathBuf};

use meta_optout_core::load::{load_bundled, FlowSet};
use meta_optout_core::model::Platform;
use meta_optout_core::progress::{self, Mark, Progress, ProgressError, Status};
use meta_optout_core::Date;

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("progress").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.parent().unwrap()).unwrap();
    dir
}

fn set() -> FlowSet {
    load_bundled().set
}

fn mark(step: &str, status: Status) -> Mark {
    Mark { flow: "object-ai-training".into(), step: step.into(), status: Some(status), ..Mark::default() }
}

/// A data folder with one German Facebook profile and one step done.
fn with_progress(name: &str) -> (PathBuf, FlowSet) {
    let dir = scratch(name);
    let set = set();
    progress::add_profile(&dir, &set, "Personal Facebook", "DE", &[Platform::Facebook], None).unwrap();
    progress::mark(&dir, &set, mark("object-on-facebook", Status::Done)).unwrap();
    (dir, set)
}

#[test]
fn marks_survive_reopening_and_every_change_is_in_the_history() {
    let (dir, set) = with_progress("round-trip");
    let mut m = mark("write-your-reason", Status::Skipped);
    m.reason = Some("I have no particular reason".into());
    progress::mark(&dir, &set, m).unwrap();
    let mut m = mark("object-on-facebook", Status::Done);
    m.note = Some("Confirmation arrived".into());
    m.evidence.insert("submitted-on".into(), "2026-11-20".into());
    progress::mark(&dir, &set, m).unwrap();

    let p = Progress::open(&dir).unwrap();
    let fb = p.state.step("p1", "object-ai-training", "object-on-facebook").unwrap();
    assert_eq!(fb.change.status, Status::Done);
    assert_eq!(fb.change.note.as_deref(), Some("Confirmation arrived"));
    assert_eq!(fb.change.evidence["submitted-on"], "2026-11-20");
    // Meta's one-month reply counts from the day the objection was sent.
    assert_eq!(fb.change.follow_up_due.as_deref(), Some("2026-12-20"), "Meta's one-month reply");
    assert_eq!(fb.change.flow_verified.as_deref(), Some(set.get("object-ai-training").unwrap().flow.last_verified.as_str()));
    let seqs: Vec<u64> = p.events.iter().map(|e| e.seq).collect();
    assert_eq!(seqs, [1, 2, 3, 4]);
}

#[test]
fn recording_the_same_state_twice_adds_nothing() {
    let (dir, set) = with_progress("idempotent");
    let before = Progress::open(&dir).unwrap().events.len();
    progress::mark(&dir, &set, mark("object-on-facebook", Status::Done)).unwrap();
    assert_eq!(Progress::open(&dir).unwrap().events.len(), before);
}

#[test]
fn wrong_requests_are_refused_with_what_to_do() {
    let (dir, set) = with_progress("refusals");
    let err = |m: Mark| progress::mark(&dir, &set, m).unwrap_err().to_string();
    assert!(err(mark("write-your-reason", Status::Skipped)).contains("say why the step is skipped"));
    assert!(err(mark("know-the-deadline", Status::Waiting)).contains("--until"));
    assert!(err(mark("ask-anyway", Status::Done)).contains("does not apply to profile \"Personal Facebook\""));
    assert!(err(mark("object-on-facebok", Status::Done)).contains("did you mean `object-on-facebook`"));
    let mut m = mark("object-on-facebook", Status::Done);
    m.evidence.insert("submitted-on".into(), "2026-02-30".into());
    assert!(err(m).contains("not a day on the calendar"));
    let mut m = mark("object-on-facebook", Status::Done);
    m.profile = Some("Work".into());
    assert!(err(m).contains("there is no profile \"Work\"; profiles: Personal Facebook"));
    let dup = progress::add_profile(&dir, &set, "personal FACEBOOK", "DE", &[Platform::Facebook], None).unwrap_err();
    assert_eq!(dup.to_string(), "there is already a profile called \"Personal Facebook\"");
    let none = progress::add_profile(&dir, &set, "x", "XX", &[Platform::Facebook], None).unwrap_err();
    assert!(none.to_string().contains("`XX` is not a region"));
}

#[test]
fn the_data_folder_and_file_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, _) = with_progress("private");
    assert_eq!(std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777, 0o700);
    let file = dir.join(progress::FILE_NAME);
    assert_eq!(std::fs::metadata(file).unwrap().permissions().mode() & 0o777, 0o600);
}

#[test]
fn steps_that_left_the_flows_are_kept_as_from_an_earlier_version() {
    let (dir, set) = with_progress("earlier");
    let mut changed = set.clone();
    let flow = changed.flows.iter_mut().find(|f| f.flow.id == "object-ai-training").unwrap();
    flow.flow.steps.retain(|s| s.id != "object-on-facebook");
    let p = Progress::open(&dir).unwrap();
    let profile = &p.state.profiles[0];
    let report = progress::report(&changed, &p, profile, Date::today());
    assert_eq!(report.earlier.len(), 1);
    assert_eq!(report.earlier[0].change.step, "object-on-facebook");
    assert_eq!(report.earlier[0].change.status, Status::Done);
    // Nothing was dropped from the file either.
    assert!(Progress::open(&dir).unwrap().state.step("p1", "object-ai-training", "object-on-facebook").is_some());
}

/// Writes `bytes` as progress.json and checks that reading and writing are
/// both refused with a message naming the file and `expect`, and that the
/// file is byte for byte as it was.
fn refused(name: &str, bytes: &[u8], expect: &str) {
    let dir = scratch(name);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(progress::FILE_NAME);
    std::fs::write(&path, bytes).unwrap();
    let set = set();
    let read = Progress::open(&dir).unwrap_err().to_string();
    assert!(read.contains("progress.json") && read.contains(expect), "{name}: {read}");
    assert!(read.contains("left exactly as it is"), "{name}: {read}");
    let write = progress::add_profile(&dir, &set, "Someone", "FR", &[Platform::Facebook], None).unwrap_err().to_string();
    assert_eq!(write, read, "{name}: a write must be refused the same way");
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "{name}: the file was changed");
}

#[test]
fn damaged_files_are_refused_and_kept_as_they_are() {
    let (good_dir, _) = with_progress("good");
    let good = std::fs::read(good_dir.join(progress::FILE_NAME)).unwrap();
    refused("truncated", &good[..good.len() / 2], "ends too early");
    refused("empty", b"", "it is empty");
    refused("blank", b"  \n", "it is empty");
    refused("garbage", b"\x00\xffnot json", "line 1 column 1");
    refused("not-progress", br#"{"format": "something-else", "version": 1, "events": []}"#, "not a meta-optout progress file");
    refused("newer", br#"{"format": "meta-optout-progress", "version": 99, "events": []}"#, "newer version of meta-optout (format 99");
    let unknown = String::from_utf8(good.clone()).unwrap().replacen("\"seq\": 1,", "\"seq\": 1, \"mood\": \"happy\",", 1);
    refused("unknown-field", unknown.as_bytes(), "unknown field `mood`");
    let reordered = String::from_utf8(good).unwrap().replacen("\"seq\": 2", "\"seq\": 1", 1);
    refused("out-of-order", reordered.as_bytes(), "out of order");
}

#[test]
fn an_unreadable_file_is_refused() {
    let dir = scratch("unreadable");
    std::fs::create_dir_all(dir.join(progress::FILE_NAME)).unwrap();
    let err = Progress::open(&dir).unwrap_err();
    assert!(matches!(err, ProgressError::Unreadable { .. }), "{err}");
    assert!(err.to_string().contains("progress.json cannot be read"));
}

#[test]
fn recover_moves_a_damaged_file_aside_byte_for_byte_only_when_asked() {
    let (dir, set) = with_progress("recover");
    assert!(progress::recover(&dir).unwrap_err().to_string().contains("reads fine"));
    let path = dir.join(progress::FILE_NAME);
    let damaged = b"{\"format\": \"meta-optout-progress\", \"version\": 1, \"events\": [".to_vec();
    std::fs::write(&path, &damaged).unwrap();
    let aside = progress::recover(&dir).unwrap();
    assert_eq!(std::fs::read(&aside).unwrap(), damaged);
    assert!(!path.exists());
    progress::add_profile(&dir, &set, "Fresh start", "FR", &[Platform::Instagram], None).unwrap();
    assert_eq!(Progress::open(&dir).unwrap().state.profiles.len(), 1);
}

#[test]
fn undo_restores_the_previous_state_and_keeps_both_in_the_history() {
    let (dir, set) = with_progress("undo");
    let mut m = mark("object-on-facebook", Status::Done);
    m.note = Some("second thoughts".into());
    progress::mark(&dir, &set, m).unwrap();
    let p = progress::undo(&dir, "Personal Facebook", "object-ai-training", "object-on-facebook").unwrap();
    let st = p.state.step("p1", "object-ai-training", "object-on-facebook").unwrap();
    assert_eq!((st.change.status, st.change.note.as_deref()), (Status::Done, None));
    let p = progress::undo(&dir, "p1", "object-ai-training", "know-your-right").unwrap_err();
    assert!(p.to_string().contains("nothing to undo"));
    // Undoing the very first mark goes back to "to do".
    progress::mark(&dir, &set, mark("know-your-right", Status::Done)).unwrap();
    let p = progress::undo(&dir, "p1", "object-ai-training", "know-your-right").unwrap();
    assert_eq!(p.state.step("p1", "object-ai-training", "know-your-right").unwrap().change.status, Status::Todo);
    assert_eq!(p.events.len(), 6, "undo appends; it never removes");
}

#[test]
fn a_profile_can_move_and_change_platforms_without_losing_marks() {
    let (dir, set) = with_progress("update-profile");
    let p = progress::update_profile(&dir, &set, "Personal Facebook", "Family account", "US-CA", &[Platform::Instagram], None).unwrap();
    let profile = &p.state.profiles[0];
    assert_eq!((profile.name.as_str(), profile.region.as_str()), ("Family account", "US-CA"));
    let report = progress::report(&set, &p, profile, Date::today());
    assert!(report.earlier.iter().any(|e| e.change.step == "object-on-facebook"), "the mark is kept");
    assert_eq!(report.platforms.len(), 1);
    assert_eq!(report.platforms[0].platform, Platform::Instagram);
}

#[test]
fn a_follow_up_moves_later_with_its_reason_and_keeps_its_first_date() {
    let (dir, set) = with_progress("extend");
    let today = meta_optout_core::Date::parse("2026-12-04").unwrap();
    let due = |dir: &std::path::Path| {
        let p = Progress::open(dir).unwrap();
        let r = progress::report(&set, &p, &p.state.profiles[0], today);
        let f = r.follow_ups.iter().find(|f| f.step == "object-on-facebook").cloned().unwrap();
        (f.due, f.first_due, f.reason)
    };
    let (first, none, _) = due(&dir);
    assert!(none.is_none());
    let events = || Progress::open(&dir).unwrap().events.len();
    let before = events();
    // Refused, each with its reason, and nothing recorded.
    let cases = [
        ("object-on-facebook", first.as_str(), "a reason", "is not after the date it moves"),
        ("object-on-facebook", "2026-12-01", "a reason", "is in the past"),
        ("object-on-facebook", "2027-02-30", "a reason", "is not a day on the calendar"),
        ("object-on-facebook", "2099-01-01", " ", "say why the date moves"),
        ("know-your-right", "2099-01-01", "a reason", "has no date to move"),
        ("no-such-step", "2099-01-01", "a reason", "has no step `no-such-step`"),
    ];
    for (step, to, reason, says) in cases {
        let e = progress::extend_follow_up(&dir, &set, None, "object-ai-training", step, to, reason, today).unwrap_err().to_string();
        assert!(e.contains(says), "{step} {to}: {e}");
    }
    assert_eq!(events(), before, "a refused extension records nothing");
    // Accepted: the overview moves, the first date and the reason stay beside it.
    progress::extend_follow_up(&dir, &set, None, "object-ai-training", "object-on-facebook", "2099-02-01", "Meta needs two more months", today).unwrap();
    assert_eq!(due(&dir), ("2099-02-01".to_owned(), Some(first.clone()), Some("Meta needs two more months".to_owned())));
    // Saving a note on the step keeps the extension.
    progress::mark(&dir, &set, Mark { flow: "object-ai-training".into(), step: "object-on-facebook".into(), note: Some("kept".into()), ..Mark::default() }).unwrap();
    assert_eq!(due(&dir).0, "2099-02-01");
}

#[test]
fn a_version_1_file_reads_and_is_written_back_as_version_2() {
    let dir = scratch("version-1");
    std::fs::create_dir_all(&dir).unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/export/progress.json");
    std::fs::copy(&fixture, dir.join("progress.json")).unwrap();
    let before = Progress::open(&dir).unwrap();
    assert_eq!(before.state.profiles.len(), 2);
    let set = set();
    let mut m = mark("object-on-instagram", Status::Done);
    m.profile = Some("Personal Facebook".into());
    progress::mark(&dir, &set, m).unwrap();
    let written: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join("progress.json")).unwrap()).unwrap();
    assert_eq!(written["version"], 2);
    let after = Progress::open(&dir).unwrap();
    assert_eq!(after.events[..before.events.len()], before.events[..], "every earlier event is kept as it was");
}
