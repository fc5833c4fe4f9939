//! The exported record: golden Markdown and CSV, escaping of everything a
//! person typed, a lossless JSON round trip, and imports that never lose or
//! silently change anything.

use std::path::{Path, PathBuf};

use meta_optout_core::export::{self, Format, Record, Zone};
use meta_optout_core::load::{load_bundled, FlowSet};
use meta_optout_core::progress::{self, Mark, Progress, Status};
use meta_optout_core::Date;

const GENERATED_AT: &str = "2026-11-25T12:00:00Z";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/export")
}

fn today() -> Date {
    Date::parse("2026-11-25").unwrap()
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("export").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A data folder holding the fixture's progress (two profiles, hostile notes).
fn fixture_store(name: &str) -> PathBuf {
    let dir = scratch(name);
    std::fs::copy(fixtures().join("progress.json"), dir.join("progress.json")).unwrap();
    dir
}

fn record_of(set: &FlowSet, dir: &Path, only: Option<&str>) -> Record<'static> {
    let p = Progress::open(dir).unwrap();
    let profiles: Vec<_> = p.state.profiles.iter().filter(|x| only.is_none_or(|o| x.name == o)).collect();
    export::build(set, &p, &profiles, today(), GENERATED_AT, "en", dir).into_owned()
}

fn golden(name: &str, got: &str) {
    let path = fixtures().join(name);
    if std::env::var_os("BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&path, got).unwrap();
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(got == want, "{name} differs from the golden file; run with BLESS=1 and read the diff\n--- got\n{got}");
}

#[test]
fn markdown_and_csv_match_their_golden_files() {
    let set = load_bundled().set;
    let record = record_of(&set, &fixture_store("golden"), None);
    golden("record.md", &export::render(&record, Format::Markdown, Zone::utc()));
    golden("record.csv", &export::render(&record, Format::Csv, Zone::utc()));
}

#[test]
fn what_people_typed_is_escaped_for_each_format() {
    let set = load_bundled().set;
    let record = record_of(&set, &fixture_store("escaping"), None);
    let html = export::render(&record, Format::Html, Zone::utc());
    assert!(!html.contains("<script"), "a note became markup");
    assert!(html.contains("Sent &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;"));
    assert!(html.contains(&record.digest));
    assert!(html.contains("default-src 'none'"), "the page allows nothing to load or run");
    let md = export::render(&record, Format::Markdown, Zone::utc());
    assert!(md.contains("Sent \\<script\\>alert\\(1\\)\\</script\\> \\& \"quoted\" \\| piped second line"));
    assert!(md.contains(&record.digest));
    let csv = export::render(&record, Format::Csv, Zone::utc());
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""), "a formula must not run in a spreadsheet");
    assert!(csv.contains("\"Sent <script>alert(1)</script> & \"\"quoted\"\" | piped\nsecond line\""));
    for line in csv.split("\r\n").skip(1).filter(|l| !l.is_empty() && l.starts_with('"')) {
        assert!(line.ends_with('"'), "every field is quoted: {line}");
    }
}

#[test]
fn an_export_from_an_earlier_version_still_verifies() {
    // Written by 0.1.0 from the fixture progress, plus a note of awkward
    // characters (escapes, a control character, U+2028, an emoji).
    let file = fixtures().join("record-v1.json");
    let record = export::read_export_file(&file).expect("an earlier export verifies");
    assert_eq!(record.version, 1);
    let v = export::verify(&file);
    assert!(v.ok() && v.checked[0].contains("format version 1"), "{:?}", v.problems);
    // It still imports, and an edit to it is still noticed the old way.
    let (_, report) = export::import(&scratch("v1-import"), &record).unwrap();
    assert_eq!(report.profiles_added.len(), 2);
    let text = std::fs::read_to_string(&file).unwrap().replacen("2026-10-02", "2026-09-02", 1);
    assert!(export::read_export("edited.json", text.as_bytes()).is_err());
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config::with_cases(64))]

    /// Whatever a person typed, the digest is that of the record's RFC 8785
    /// form as an independent implementation writes it, and the typed record
    /// and the JSON read back give the same one.
    #[test]
    fn the_digest_covers_exactly_the_canonical_json(note in "\\PC{0,40}", email in ".{0,20}") {
        let set = load_bundled().set;
        let dir = fixture_store("canonical");
        let mut m = Mark { flow: "object-ai-training".into(), step: "object-on-facebook".into(), status: Some(Status::Done), ..Mark::default() };
        m.profile = Some("Personal Facebook".into());
        m.note = Some(note);
        m.evidence.insert("email-used".into(), email);
        proptest::prop_assert!(progress::mark(&dir, &set, m).is_ok());
        let record = record_of(&set, &dir, None);
        let value: serde_json::Value = serde_json::from_str(&export::render(&record, Format::Json, Zone::utc())).unwrap();
        let mut without = value.clone();
        without.as_object_mut().unwrap().remove("digest");
        let reference = sha256_hex_bytes(&serde_jcs::to_vec(&without).unwrap());
        proptest::prop_assert_eq!(&record.digest, &reference);
        proptest::prop_assert_eq!(export::digest(&value), reference);
    }
}

#[test]
fn a_json_export_restores_the_same_status_on_a_new_machine() {
    let set = load_bundled().set;
    let original = fixture_store("round-trip-from");
    let record = record_of(&set, &original, None);
    let json = export::render(&record, Format::Json, Zone::utc());

    let fresh = scratch("round-trip-to");
    let read = export::read_export("record.json", json.as_bytes()).unwrap();
    let (_, report) = export::import(&fresh, &read).unwrap();
    assert_eq!(report.profiles_added, ["Personal Facebook", "Work | Instagram"]);
    assert!(report.conflicts.is_empty());

    let (a, b) = (Progress::open(&original).unwrap(), Progress::open(&fresh).unwrap());
    for (x, y) in a.state.profiles.iter().zip(&b.state.profiles) {
        let before = serde_json::to_value(progress::report(&set, &a, x, today())).unwrap();
        let after = serde_json::to_value(progress::report(&set, &b, y, today())).unwrap();
        assert_eq!(before, after, "status differs for {}", x.name);
    }
    assert_eq!(a.events.len(), b.events.len());
    // Importing the same file again adds nothing.
    let (_, again) = export::import(&fresh, &read).unwrap();
    assert_eq!(again.events_added, 0);
    assert_eq!(again.profiles_merged, ["Personal Facebook", "Work | Instagram"]);
}

#[test]
fn a_tampered_or_foreign_file_is_refused_and_changes_nothing() {
    let set = load_bundled().set;
    let record = record_of(&set, &fixture_store("tamper"), None);
    let json = export::render(&record, Format::Json, Zone::utc());
    let tampered = json.replace("2026-10-02", "2026-09-02");
    assert_ne!(tampered, json);
    let err = export::read_export("record.json", tampered.as_bytes()).unwrap_err().to_string();
    assert_eq!(
        err,
        "record.json was not imported: its digest does not match its content, so it was changed after it was exported. Nothing was changed."
    );
    let progress = std::fs::read(fixtures().join("progress.json")).unwrap();
    let err = export::read_export("progress.json", &progress).unwrap_err().to_string();
    assert!(err.contains("not a meta-optout JSON export"), "{err}");
    let md = export::render(&record, Format::Markdown, Zone::utc());
    assert!(export::read_export("record.md", md.as_bytes()).unwrap_err().to_string().contains("it is not JSON"));
}

#[test]
fn merging_keeps_both_histories_and_the_newer_state_wins() {
    let set = load_bundled().set;
    // The export says Facebook objection done on 2026-10-02 (the fixture).
    let record = record_of(&set, &fixture_store("merge-from"), Some("Personal Facebook"));
    let dir = scratch("merge-into");
    progress::add_profile(&dir, &set, "personal facebook", "DE", &[meta_optout_core::model::Platform::Facebook], None).unwrap();
    // This machine has a newer state for the same step (today), and an
    // older-looking one for another step is simply added to.
    let mut m = Mark { flow: "object-ai-training".into(), step: "object-on-facebook".into(), status: Some(Status::Waiting), ..Mark::default() };
    m.until = Some("2026-12-24".into());
    progress::mark(&dir, &set, m).unwrap();
    let before = Progress::open(&dir).unwrap().events.len();

    let (p, report) = export::import(&dir, &record).unwrap();
    assert_eq!(report.profiles_merged, ["personal facebook"]);
    assert!(report.conflicts.iter().any(|c| c.contains("object-ai-training/object-on-facebook: kept this machine's newer state")), "{:?}", report.conflicts);
    let st = p.state.step("p1", "object-ai-training", "object-on-facebook").unwrap();
    assert_eq!(st.change.status, Status::Waiting, "the newer state wins");
    assert!(p.events.len() > before, "the imported history was added");
    assert!(p.state.history("p1", "object-ai-training", "object-on-facebook").iter().any(|c| c.status == Status::Done), "both histories kept");
    assert_eq!(p.state.step("p1", "object-ai-training", "write-your-reason").unwrap().change.status, Status::Skipped);
}

#[test]
fn an_export_for_one_profile_contains_nothing_of_the_others() {
    let set = load_bundled().set;
    let record = record_of(&set, &fixture_store("filter"), Some("Work | Instagram"));
    let json = export::render(&record, Format::Json, Zone::utc());
    assert!(!json.contains("Personal Facebook"));
    assert!(!json.contains("me@example.org"));
    assert_eq!(record.profiles.len(), 1);
}

/// A Polish Instagram user who sent an objection, with a screenshot and
/// Meta's refusal.
fn polish_objection(name: &str) -> (FlowSet, PathBuf) {
    let set = load_bundled().set;
    let dir = scratch(name);
    progress::add_profile(&dir, &set, "Ania", "PL", &[meta_optout_core::model::Platform::Instagram], Some("ania.kowalska")).unwrap();
    let mut m = Mark { flow: "object-ai-training".into(), step: "object-on-instagram".into(), status: Some(Status::Done), ..Mark::default() };
    m.evidence.insert("submitted-on".into(), "2026-11-20".into());
    progress::mark(&dir, &set, m).unwrap();
    let shot = dir.join("confirmation.png");
    std::fs::write(&shot, b"\x89PNG\r\n\x1a\nnot really an image, but it starts like one").unwrap();
    progress::attach(&dir, &set, None, "object-ai-training", "object-on-instagram", &shot).unwrap();
    let reply = progress::Reply {
        profile: None,
        flow: "object-ai-training".into(),
        step: "object-on-instagram".into(),
        outcome: progress::Outcome::Refused,
        received: Some("2026-11-24".into()),
        text: Some("We have reviewed your request and cannot act on it.".into()),
    };
    progress::reply(&dir, &set, reply, today()).unwrap();
    (set, dir)
}

#[test]
fn a_polish_record_is_in_polish_with_local_dates_and_only_its_own_sources() {
    let (set, dir) = polish_objection("polish-record");
    let p = Progress::open(&dir).unwrap();
    let profiles: Vec<_> = p.state.profiles.iter().collect();
    let record = export::build(&set, &p, &profiles, today(), GENERATED_AT, "pl", &dir);
    let warsaw = Zone::east_minutes(60).unwrap();
    let md = export::render(&record, Format::Markdown, warsaw);
    assert!(md.starts_with("# Rejestr kroków"), "the record is in Polish:\n{md}");
    assert!(md.contains("25.11.2026 13:00"), "the export time in local time and the Polish format:\n{md}");
    assert!(md.contains("20.11.2026"), "a recorded date in the Polish format");
    assert!(!md.contains("2026-11-25T12:00:00Z"), "no raw UTC time in the printed record");
    assert!(md.contains("ania.kowalska"), "the account concerned");
    assert!(md.contains("Urząd Ochrony Danych Osobowych"), "the authority by name");
    let instagram_step = set.translations.localize(&set.get("object-ai-training").unwrap().flow, "pl");
    let title = &instagram_step.step("object-on-instagram").unwrap().title;
    assert!(md.contains(title.as_str()), "the step's title comes from the Polish translation: {title}");
    // Every page the record cites backs a step the person acted on.
    let touched: Vec<&str> = record.profiles[0]
        .flows
        .iter()
        .flat_map(|f| f.steps.iter().filter(|s| s.touched()).flat_map(|s| s.sources.iter().map(String::as_str)))
        .collect();
    for f in &record.profiles[0].flows {
        for src in &f.sources {
            assert!(touched.contains(&src.id.as_str()), "{} cites {} which backs no step acted on", f.id, src.url);
        }
        if f.steps.iter().all(|s| !s.touched()) {
            assert!(f.sources.is_empty(), "an untouched guide cites nothing: {}", f.id);
        }
    }
    for foreign in ["cppa.ca.gov", "ico.org.uk", "oag.ca.gov", "law.cornell.edu"] {
        assert!(!md.contains(foreign), "a Polish record cites {foreign}");
    }
    // The untouched steps come as a short list after the ones acted on.
    let guide = md.split("### ").find(|s| s.contains(title.as_str()) && s.contains("Nierozpoczęte")).unwrap();
    assert!(guide.find(title.as_str()) < guide.find("Nierozpoczęte"), "acted-on steps first:\n{guide}");
    // The JSON keeps the values as recorded.
    let json = export::render(&record, Format::Json, warsaw);
    assert!(json.contains("\"generated_at\": \"2026-11-25T12:00:00Z\"") && json.contains("\"locale\": \"pl\""));
}

#[test]
fn an_attached_files_digest_appears_in_every_format() {
    let (set, dir) = polish_objection("digest-everywhere");
    let sha = Progress::open(&dir).unwrap().state.attachments.values().next().unwrap()[0].file.sha256.clone();
    assert_eq!(sha, sha256_hex_bytes(b"\x89PNG\r\n\x1a\nnot really an image, but it starts like one"));
    let p = Progress::open(&dir).unwrap();
    let profiles: Vec<_> = p.state.profiles.iter().collect();
    let record = export::build(&set, &p, &profiles, today(), GENERATED_AT, "en", &dir);
    for format in [Format::Markdown, Format::Html, Format::Csv, Format::Json] {
        assert!(export::render(&record, format, Zone::utc()).contains(&sha), "{format:?} lacks the file's SHA-256");
    }
    let request = export::Request { format: Format::Bundle, profiles: &[], locale: "en", zone: Zone::utc(), today: today(), generated_at: GENERATED_AT };
    let bundle = export::export(&set, &dir, &request).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bundle.bytes)).unwrap();
    let sums = std::io::read_to_string(zip.by_name(export::SUMS).unwrap()).unwrap();
    assert!(sums.contains(&format!("{sha}  {}", export::entry_name(&sha, "confirmation.png"))), "{sums}");
}

#[test]
fn refused_puts_the_complaint_on_the_overview_and_asked_for_more_the_step() {
    let (set, dir) = polish_objection("reply-next");
    let p = Progress::open(&dir).unwrap();
    let r = progress::report(&set, &p, &p.state.profiles[0], today());
    let fu = r.follow_ups.iter().find(|f| f.step == "object-on-instagram").expect("the follow-up stays while refused");
    assert_eq!(fu.outcome, Some(progress::Outcome::Refused));
    assert_eq!(fu.action, Some(progress::Action::Escalate), "refused, not yet overdue: escalate now");
    assert_eq!(fu.next_flow.as_deref(), Some("escalate-to-authority"));
    let more = progress::Reply {
        profile: None,
        flow: "object-ai-training".into(),
        step: "object-on-instagram".into(),
        outcome: progress::Outcome::AskedForMore,
        received: None,
        text: None,
    };
    let p = progress::reply(&dir, &set, more, today()).unwrap();
    let r = progress::report(&set, &p, &p.state.profiles[0], today());
    let fu = r.follow_ups.iter().find(|f| f.step == "object-on-instagram").unwrap();
    assert_eq!(fu.action, Some(progress::Action::Answer));
    assert_eq!(fu.received.as_deref(), Some("2026-11-25"), "received defaults to today");
    let accepted = progress::Reply { outcome: progress::Outcome::Accepted, received: Some("2026-11-25".into()), ..progress::Reply { profile: None, flow: "object-ai-training".into(), step: "object-on-instagram".into(), outcome: progress::Outcome::Accepted, received: None, text: None } };
    let p = progress::reply(&dir, &set, accepted, today()).unwrap();
    let r = progress::report(&set, &p, &p.state.profiles[0], today());
    assert!(r.follow_ups.iter().all(|f| f.step != "object-on-instagram"), "an accepted request needs nothing more");
    // Only a done step with a request takes an answer; a date in the future is refused.
    let early = progress::Reply { profile: None, flow: "object-ai-training".into(), step: "know-your-right".into(), outcome: progress::Outcome::Refused, received: None, text: None };
    assert!(progress::reply(&dir, &set, early, today()).unwrap_err().to_string().contains("sends no request"));
    let future = progress::Reply { profile: None, flow: "object-ai-training".into(), step: "object-on-instagram".into(), outcome: progress::Outcome::Refused, received: Some("2027-01-01".into()), text: None };
    assert!(progress::reply(&dir, &set, future, today()).unwrap_err().to_string().contains("in the future"));
}

#[test]
fn a_bundle_verifies_and_one_changed_byte_is_named() {
    let (set, dir) = polish_objection("bundle");
    let request = export::Request { format: Format::Bundle, profiles: &[], locale: "en", zone: Zone::utc(), today: today(), generated_at: GENERATED_AT };
    let written = export::export(&set, &dir, &request).unwrap();
    assert_eq!(written.files, 1);
    let path = dir.join("bundle.zip");
    std::fs::write(&path, &written.bytes).unwrap();
    let v = export::verify(&path);
    assert!(v.ok(), "{:?}", v.problems);
    // The authority reads Polish: the bundle carries the page in Polish too.
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(written.bytes.clone())).unwrap();
    let names: Vec<String> = zip.file_names().map(|n| n.unwrap().into_owned()).collect();
    assert!(names.contains(&"record.pl.html".to_owned()), "{names:?}");
    // Change one byte of each file in turn: verify fails and names that file.
    for victim in &names {
        if victim == export::SUMS {
            continue;
        }
        let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for n in &names {
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut zip.by_name(n).unwrap(), &mut bytes).unwrap();
            if n == victim {
                let last = bytes.len() - 2;
                bytes[last] ^= 0x01;
            }
            out.start_file(n.as_str(), zip::write::SimpleFileOptions::default()).unwrap();
            std::io::Write::write_all(&mut out, &bytes).unwrap();
        }
        let changed = dir.join("changed.zip");
        std::fs::write(&changed, out.finish().unwrap().into_inner()).unwrap();
        let v = export::verify(&changed);
        assert!(!v.ok(), "a changed {victim} went unnoticed");
        assert!(v.problems.iter().any(|p| p.starts_with(victim.as_str())), "{victim} is not named: {:?}", v.problems);
    }
}

/// The digest is over the record's RFC 8785 form, as another, independent
/// implementation writes it.
#[test]
fn the_json_digest_is_the_sha256_of_its_rfc_8785_form() {
    let (set, dir) = polish_objection("jcs");
    let p = Progress::open(&dir).unwrap();
    let profiles: Vec<_> = p.state.profiles.iter().collect();
    let record = export::build(&set, &p, &profiles, today(), GENERATED_AT, "pl", &dir);
    let mut value = serde_json::to_value(&record).unwrap();
    value.as_object_mut().unwrap().remove("digest");
    let canonical = serde_jcs::to_vec(&value).unwrap();
    assert_eq!(record.digest, sha256_hex_bytes(&canonical));
    let file = dir.join("record.json");
    std::fs::write(&file, export::render(&record, Format::Json, Zone::utc())).unwrap();
    assert!(export::verify(&file).ok());
}

fn sha256_hex_bytes(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn bad_files_are_refused_with_their_reason_and_nothing_is_recorded() {
    let (set, dir) = polish_objection("bad-attachments");
    let before = std::fs::read(dir.join("progress.json")).unwrap();
    let step = ("object-ai-training", "object-on-instagram");
    let attach = |path: &Path| progress::attach(&dir, &set, None, step.0, step.1, path).map(|_| ()).unwrap_err().to_string();
    let big = dir.join("huge.pdf");
    std::fs::File::create(&big).unwrap().set_len(2 * 1024 * 1024 * 1024).unwrap();
    assert!(attach(&big).contains("it is 2.0 GB; a file can be at most 25.0 MB"), "{}", attach(&big));
    let folder = dir.join("folder.png");
    std::fs::create_dir_all(&folder).unwrap();
    assert!(attach(&folder).contains("it is a folder"));
    let named = dir.join("bell\u{7}.png");
    std::fs::write(&named, b"\x89PNG\r\n\x1a\n").unwrap();
    let err = attach(&named);
    assert!(err.contains("control characters") && !err.contains('\u{7}'), "the name is shown escaped: {err:?}");
    let fake = dir.join("fake.pdf");
    std::fs::write(&fake, b"<html>not a pdf</html>").unwrap();
    assert!(attach(&fake).contains("is not what a .pdf file holds"));
    let exe = dir.join("tool.exe");
    std::fs::write(&exe, b"MZ").unwrap();
    assert!(attach(&exe).contains("only these kinds of file"));
    assert!(attach(&dir.join("absent.png")).contains("cannot be read"));
    #[cfg(unix)]
    {
        let link = dir.join("link.png");
        std::os::unix::fs::symlink(dir.join("confirmation.png"), &link).unwrap();
        assert!(attach(&link).contains("is a link"));
    }
    assert_eq!(std::fs::read(dir.join("progress.json")).unwrap(), before, "nothing was recorded");
    assert_eq!(std::fs::read_dir(dir.join("evidence")).unwrap().count(), 1, "nothing was kept but the first file");
}

#[test]
fn a_kept_file_is_read_only_and_a_changed_or_missing_one_is_reported() {
    let (set, dir) = polish_objection("kept-file");
    let p = Progress::open(&dir).unwrap();
    let sha = p.state.attachments.values().next().unwrap()[0].file.sha256.clone();
    let kept = progress::evidence::stored_path(&dir, &sha);
    assert!(std::fs::metadata(&kept).unwrap().permissions().readonly());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&kept).unwrap().permissions().mode() & 0o777, 0o400);
    }
    let mut perms = std::fs::metadata(&kept).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&kept, perms).unwrap();
    std::fs::write(&kept, b"\x89PNG\r\n\x1a\nsomething else of another length").unwrap();
    let profiles: Vec<_> = p.state.profiles.iter().collect();
    let record = export::build(&set, &p, &profiles, today(), GENERATED_AT, "en", &dir);
    let md = export::render(&record, Format::Markdown, Zone::utc());
    assert!(md.contains("this file no longer matches its SHA-256"), "{md}");
    let r = progress::report(&set, &p, &p.state.profiles[0], today());
    let st = r.flows.iter().flat_map(|f| &f.steps).find(|s| s.id == "object-on-instagram").unwrap();
    assert_eq!(st.attachments[0].state, progress::evidence::FileState::Altered);
    std::fs::remove_file(&kept).unwrap();
    let request = export::Request { format: Format::Bundle, profiles: &[], locale: "en", zone: Zone::utc(), today: today(), generated_at: GENERATED_AT };
    let bundle = export::export(&set, &dir, &request).unwrap();
    assert_eq!(bundle.files, 0);
    assert!(bundle.problems[0].contains("confirmation.png") && bundle.problems[0].contains("missing"), "{:?}", bundle.problems);
}

mod calendar {
    //! The dates to keep as a calendar, read back with an independent,
    //! strict iCalendar parser.

    use super::*;
    use meta_optout_core::model::Platform;

    /// The calendar's events as (UID, DTSTART, STATUS, has an alarm a day before).
    fn events(ics: &str) -> Vec<(String, String, String, bool)> {
        let mut parser = ical::IcalParser::new(std::io::BufReader::new(ics.as_bytes()));
        let calendar = parser.next().expect("one calendar").expect("it parses");
        assert!(parser.next().is_none(), "only one calendar");
        let prop = |props: &[ical::property::Property], name: &str| {
            props.iter().find(|p| p.name == name).and_then(|p| p.value.clone()).unwrap_or_default()
        };
        calendar
            .events
            .iter()
            .map(|e| {
                let start = e.properties.iter().find(|p| p.name == "DTSTART").expect("DTSTART");
                let all_day = start.params.as_ref().is_some_and(|ps| ps.iter().any(|(k, v)| k == "VALUE" && v.iter().any(|x| x == "DATE")));
                assert!(all_day, "an all-day event: {start:?}");
                let day_before = ["-P1D", "-PT24H", "-PT86400S"];
                let alarm = e.alarms.iter().any(|a| day_before.contains(&prop(&a.properties, "TRIGGER").as_str()) && prop(&a.properties, "ACTION") == "DISPLAY");
                let end = prop(&e.properties, "DTEND");
                assert!(end > start.value.clone().unwrap_or_default(), "an all-day event ends the day after it starts");
                (prop(&e.properties, "UID"), start.value.clone().unwrap_or_default(), prop(&e.properties, "STATUS"), alarm)
            })
            .collect()
    }

    fn ics(set: &FlowSet, dir: &Path, at: &str) -> String {
        let p = Progress::open(dir).unwrap();
        let profiles: Vec<_> = p.state.profiles.iter().collect();
        export::render(&export::build(set, &p, &profiles, today(), at, "en", dir), Format::Calendar, Zone::utc())
    }

    #[test]
    fn each_open_follow_up_is_an_all_day_event_with_an_alarm_the_day_before() {
        let set = load_bundled().set;
        let dir = scratch("calendar");
        progress::add_profile(&dir, &set, "Anna", "DE", &[Platform::Facebook], None).unwrap();
        let mut m = Mark { flow: "object-ai-training".into(), step: "object-on-facebook".into(), status: Some(Status::Done), ..Mark::default() };
        m.evidence.insert("submitted-on".into(), "2026-11-20".into());
        progress::mark(&dir, &set, m).unwrap();
        let first = ics(&set, &dir, "2026-11-25T12:00:00Z");
        let got = events(&first);
        assert_eq!(got.len(), 1, "{first}");
        let (uid, start, status, alarm) = &got[0];
        assert_eq!(start, "20261220", "Meta's month runs from the day the form was sent");
        assert_eq!(status, "CONFIRMED");
        assert!(*alarm, "a reminder the day before:\n{first}");
        let unfolded = first.replace("\r\n ", "").replace("\n ", "");
        assert!(unfolded.contains("escalate"), "says what to do then");
        // A later export keeps the UID, so a calendar updates the same event.
        let second = ics(&set, &dir, "2026-12-01T08:00:00Z");
        assert_eq!(events(&second)[0].0, *uid);
        assert_eq!(first.replace("20261125T120000Z", "X"), second.replace("20261201T080000Z", "X"), "nothing else changes between exports");
        // Moved to a later date: the event moves, and says the first date and why.
        let profile_name = "Anna";
        progress::extend_follow_up(&dir, &set, Some(profile_name), "object-ai-training", "object-on-facebook", "2027-02-20", "Meta asked for two more months", today()).unwrap();
        let moved = ics(&set, &dir, "2026-12-01T09:00:00Z");
        let got = events(&moved);
        assert_eq!((&got[0].0, got[0].1.as_str()), (uid, "20270220"));
        let unfolded = moved.replace("\r\n ", "");
        assert!(unfolded.contains("2026-12-20") && unfolded.contains("Meta asked for two more months"), "{moved}");
        let md = export::render(&{
            let p = Progress::open(&dir).unwrap();
            let profiles: Vec<_> = p.state.profiles.iter().collect();
            export::build(&set, &p, &profiles, today(), "2026-12-01T09:00:00Z", "en", &dir).into_owned()
        }, Format::Markdown, Zone::utc());
        assert!(md.contains("| 20 February 2027 (moved from 20 December 2026: Meta asked for two more months) |"), "the record keeps both dates:\n{md}");
        // Back to "to do", the date no longer stands: the same UID, cancelled.
        progress::mark(&dir, &set, Mark { flow: "object-ai-training".into(), step: "object-on-facebook".into(), status: Some(Status::Todo), ..Mark::default() }).unwrap();
        let third = ics(&set, &dir, "2026-12-02T08:00:00Z");
        let got = events(&third);
        assert_eq!(got.len(), 1, "{third}");
        assert_eq!((&got[0].0, got[0].2.as_str()), (uid, "CANCELLED"));
    }
}
