//! The exported record: golden Markdown and CSV, escaping of everything a
//! person typed, a lossless JSON round trip, and imports that never lose or
//! silently change anything.

use std::path::{Path, PathBuf};

use meta_optout_core::export::{self, Format, Record};
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
    export::build(set, &p, &profiles, today(), GENERATED_AT).into_owned()
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
    golden("record.md", &export::render(&record, Format::Markdown));
    golden("record.csv", &export::render(&record, Format::Csv));
}

#[test]
fn what_people_typed_is_escaped_for_each_format() {
    let set = load_bundled().set;
    let record = record_of(&set, &fixture_store("escaping"), None);
    let html = export::render(&record, Format::Html);
    assert!(!html.contains("<script"), "a note became markup");
    assert!(html.contains("Sent &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;"));
    assert!(html.contains(&record.digest));
    assert!(html.contains("default-src 'none'"), "the page allows nothing to load or run");
    let md = export::render(&record, Format::Markdown);
    assert!(md.contains("Sent \\<script\\>alert\\(1\\)\\</script\\> \\& \"quoted\" \\| piped second line"));
    assert!(md.contains(&record.digest));
    let csv = export::render(&record, Format::Csv);
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""), "a formula must not run in a spreadsheet");
    assert!(csv.contains("\"Sent <script>alert(1)</script> & \"\"quoted\"\" | piped\nsecond line\""));
    for line in csv.split("\r\n").skip(1).filter(|l| !l.is_empty() && l.starts_with('"')) {
        assert!(line.ends_with('"'), "every field is quoted: {line}");
    }
}

/// The text a digest covers, written the slow and obvious way: parse to a
/// `Value`, then write every object with its keys sorted.
fn reference_canonical(v: &serde_json::Value, top: bool, out: &mut String) {
    use serde_json::Value;
    match v {
        Value::Object(map) => {
            let mut members: Vec<_> = map.iter().filter(|(k, _)| !(top && k.as_str() == "digest")).collect();
            members.sort_by(|a, b| a.0.cmp(b.0));
            out.push('{');
            for (i, (k, v)) in members.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&serde_json::to_string(k).unwrap());
                out.push(':');
                reference_canonical(v, false, out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                reference_canonical(item, false, out);
            }
            out.push(']');
        }
        scalar => out.push_str(&serde_json::to_string(scalar).unwrap()),
    }
}

fn sha256_hex(text: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn an_export_from_an_earlier_version_still_verifies() {
    // Written by 0.1.0 from the fixture progress, plus a note of awkward
    // characters (escapes, a control character, U+2028, an emoji).
    let record = export::read_export_file(&fixtures().join("record-v1.json")).expect("an earlier export verifies");
    assert_eq!(export::digest(&record), record.digest, "the typed record hashes as its file did");
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config::with_cases(64))]

    /// The digest is written straight from the typed record; it must be the
    /// digest of the record's JSON, whatever a person typed.
    #[test]
    fn the_digest_covers_exactly_the_canonical_json(note in ".{0,40}", email in ".{0,20}") {
        let set = load_bundled().set;
        let dir = fixture_store("canonical");
        let mut m = Mark { flow: "object-ai-training".into(), step: "object-on-facebook".into(), status: Some(Status::Done), ..Mark::default() };
        m.profile = Some("Personal Facebook".into());
        m.note = Some(note);
        m.evidence.insert("email-used".into(), email);
        proptest::prop_assert!(progress::mark(&dir, &set, m).is_ok());
        let record = record_of(&set, &dir, None);
        let value = serde_json::to_value(&record).unwrap();
        let mut text = String::new();
        reference_canonical(&value, true, &mut text);
        proptest::prop_assert_eq!(&record.digest, &sha256_hex(&text));
        proptest::prop_assert_eq!(export::digest(&value), sha256_hex(&text));
    }
}

#[test]
fn a_json_export_restores_the_same_status_on_a_new_machine() {
    let set = load_bundled().set;
    let original = fixture_store("round-trip-from");
    let record = record_of(&set, &original, None);
    let json = export::render(&record, Format::Json);

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
    let json = export::render(&record, Format::Json);
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
    let md = export::render(&record, Format::Markdown);
    assert!(export::read_export("record.md", md.as_bytes()).unwrap_err().to_string().contains("it is not JSON"));
}

#[test]
fn merging_keeps_both_histories_and_the_newer_state_wins() {
    let set = load_bundled().set;
    // The export says Facebook objection done on 2026-10-02 (the fixture).
    let record = record_of(&set, &fixture_store("merge-from"), Some("Personal Facebook"));
    let dir = scratch("merge-into");
    progress::add_profile(&dir, &set, "personal facebook", "DE", &[meta_optout_core::model::Platform::Facebook]).unwrap();
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
    let json = export::render(&record, Format::Json);
    assert!(!json.contains("Personal Facebook"));
    assert!(!json.contains("me@example.org"));
    assert_eq!(record.profiles.len(), 1);
}

#[test]
fn a_record_cites_only_the_pages_behind_the_persons_own_steps() {
    // A Polish profile's record is for a Polish authority: no Californian
    // regulation, no UK regulator, no US notice among its sources.
    let set = load_bundled().set;
    let dir = scratch("polish-sources");
    progress::add_profile(&dir, &set, "Ania", "PL", &[meta_optout_core::model::Platform::Instagram]).unwrap();
    let record = record_of(&set, &dir, Some("Ania"));
    let json = serde_json::to_string(&record).unwrap();
    for foreign in ["cppa.ca.gov", "ico.org.uk", "oag.ca.gov", "law.cornell.edu"] {
        assert!(!json.contains(foreign), "a Polish record cites {foreign}");
    }
    let flows = &record.profiles[0].flows;
    assert!(flows.iter().all(|f| !f.sources.is_empty()), "every guide still cites its sources");
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
        export::render(&export::build(set, &p, &profiles, today(), at), Format::Calendar)
    }

    #[test]
    fn each_open_follow_up_is_an_all_day_event_with_an_alarm_the_day_before() {
        let set = load_bundled().set;
        let dir = scratch("calendar");
        progress::add_profile(&dir, &set, "Anna", "DE", &[Platform::Facebook]).unwrap();
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
            export::build(&set, &p, &profiles, today(), "2026-12-01T09:00:00Z").into_owned()
        }, Format::Markdown);
        assert!(md.contains("| 2027-02-20 (moved from 2026-12-20: Meta asked for two more months) |"), "the record keeps both dates");
        // Back to "to do", the date no longer stands: the same UID, cancelled.
        progress::mark(&dir, &set, Mark { flow: "object-ai-training".into(), step: "object-on-facebook".into(), status: Some(Status::Todo), ..Mark::default() }).unwrap();
        let third = ics(&set, &dir, "2026-12-02T08:00:00Z");
        let got = events(&third);
        assert_eq!(got.len(), 1, "{third}");
        assert_eq!((&got[0].0, got[0].2.as_str()), (uid, "CANCELLED"));
    }
}
