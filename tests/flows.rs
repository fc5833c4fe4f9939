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
    loaded
        .problems
        .iter()
        .chain(&loaded.translation_problems)
        .map(|p| format!("{}\n", p.to_string().replace(&prefix, "")))
        .collect()
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
fn the_stored_schemas_match_the_rust_types() {
    for (path, fresh) in schema::generate::all() {
        let file = root().join(path);
        if bless() {
            std::fs::write(&file, &fresh).unwrap();
        }
        let on_disk = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(on_disk == fresh, "{path} is stale: run `BLESS=1 cargo test -p meta-optout-core --test flows`");
    }
    // The app reads the stored copies.
    assert_eq!(schema::flow_schema_text(), std::fs::read_to_string(root().join("flows/schema.json")).unwrap());
    for s in [schema::flow(), schema::regions(), schema::platforms(), schema::translation()] {
        assert!(s.get("$defs").is_some() || s.get("properties").is_some(), "a stored schema does not parse");
    }
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

mod coverage {
    //! Who sees what: the whole region x platform x device matrix.

    use meta_optout_core::catalog::Region;
    use meta_optout_core::links::{check_link, check_url_form};
    use meta_optout_core::load::{load_bundled, FlowSet};
    use meta_optout_core::model::{Device, Framework, Platform};
    use meta_optout_core::select::{list, view, Lang, Query};
    use meta_optout_core::Date;

    fn set() -> FlowSet {
        load_bundled().set
    }

    fn applies(set: &FlowSet, region: &Region, platform: Platform, device: Device) -> Vec<String> {
        let q = Query { region: Some(region), platforms: vec![platform], device: Some(device) };
        list(set, &q, Date::today(), Lang::default()).into_iter().map(|f| f.id).collect()
    }

    /// Every word a person in `region` using `platform` reads in a flow.
    fn text_seen(set: &FlowSet, flow: &str, region: &Region, platform: Platform) -> String {
        let q = Query { region: Some(region), platforms: vec![platform], device: Some(Device::Desktop) };
        view(set, flow, &q, Device::Desktop, Date::today(), Lang::default()).map(|v| serde_json::to_string(&v).unwrap()).unwrap_or_default()
    }

    fn has_objection_right(r: &Region) -> bool {
        matches!(r.framework, Framework::Gdpr | Framework::UkGdpr | Framework::ChFadp | Framework::Lgpd)
    }

    #[test]
    fn every_region_platform_and_device_gets_flows_that_are_never_empty() {
        let set = set();
        let mut cells = 0;
        for region in &set.catalog.regions.regions {
            for platform in Platform::ALL {
                for device in Device::ALL {
                    let q = Query { region: Some(region), platforms: vec![platform], device: Some(device) };
                    let flows = list(&set, &q, Date::today(), Lang::default());
                    assert!(!flows.is_empty(), "nothing for {} {platform:?} {device:?}", region.code);
                    for f in &flows {
                        assert!(!f.steps.is_empty(), "{} is empty for {} {platform:?} {device:?}", f.id, region.code);
                        let v = view(&set, &f.id, &q, device, Date::today(), Lang::default()).unwrap();
                        for s in &v.step_details {
                            let says_something = !s.instructions.is_empty() || s.body.is_some() || s.link.is_some();
                            assert!(says_something, "{}/{} says nothing on {device:?}", f.id, s.id);
                        }
                    }
                    cells += 1;
                }
            }
        }
        assert!(cells >= 100 * 5 * 3, "only {cells} cells");
    }

    #[test]
    fn the_required_flows_apply_where_they_must() {
        let set = set();
        for region in &set.catalog.regions.regions {
            for device in Device::ALL {
                for platform in Platform::ALL {
                    assert!(applies(&set, region, platform, device).contains(&"mute-meta-ai".into()), "mute on {platform:?} in {}", region.code);
                }
                for platform in [Platform::Facebook, Platform::Instagram] {
                    let flows = applies(&set, region, platform, device);
                    assert!(flows.contains(&"request-deletion".into()), "deletion on {platform:?} in {}", region.code);
                    if has_objection_right(region) {
                        assert!(flows.contains(&"object-ai-training".into()), "objection on {platform:?} in {}", region.code);
                        assert!(flows.contains(&"escalate-to-authority".into()), "escalation in {}", region.code);
                    }
                }
                let fb = applies(&set, region, Platform::Facebook, device);
                assert!(fb.contains(&"off-facebook-activity".into()), "off-Facebook activity in {}", region.code);
                if matches!(region.framework, Framework::Gdpr | Framework::UkGdpr) {
                    let wa = applies(&set, region, Platform::Whatsapp, device);
                    assert!(wa.contains(&"object-ai-training".into()), "WhatsApp objection in {}", region.code);
                    let seen = text_seen(&set, "object-ai-training", region, Platform::Whatsapp);
                    assert!(seen.contains("object-on-whatsapp"), "WhatsApp form step in {}", region.code);
                }
            }
        }
    }

    #[test]
    fn nobody_in_the_us_reads_that_meta_must_honour_an_objection() {
        let set = set();
        let promises = ["must answer", "must honour", "must honor", "legally required", "legally obliged", "obliged to", "have to answer you", "legal right to object"];
        for region in set.catalog.regions.regions.iter().filter(|r| r.code == "US" || r.code.starts_with("US-")) {
            for platform in Platform::ALL {
                let seen = text_seen(&set, "object-ai-training", region, platform).to_lowercase();
                for p in promises {
                    assert!(!seen.contains(p), "{} on {platform:?} reads {p:?}", region.code);
                }
            }
        }
    }

    #[test]
    fn everyone_in_the_eu_and_uk_learns_the_deadline_and_where_to_escalate() {
        let set = set();
        for region in set.catalog.regions.regions.iter().filter(|r| matches!(r.framework, Framework::Gdpr | Framework::UkGdpr)) {
            for platform in [Platform::Facebook, Platform::Instagram, Platform::Whatsapp] {
                let seen = text_seen(&set, "object-ai-training", region, platform);
                assert!(seen.contains("one month"), "{} on {platform:?} is not told the deadline", region.code);
                assert!(seen.contains("escalate-to-authority"), "{} on {platform:?}: no follow-up to escalate", region.code);
                let escalate = text_seen(&set, "escalate-to-authority", region, platform);
                assert!(escalate.contains("\"authority\":{"), "{} gets no authority", region.code);
            }
        }
    }

    #[test]
    fn every_link_in_the_flows_and_catalog_is_https_to_an_allow_listed_host() {
        let set = set();
        let mut links = 0;
        for f in &set.flows {
            for s in &f.flow.steps {
                if let Some(l) = &s.link {
                    assert!(check_link(&l.url).is_ok(), "{}/{}: {}", f.flow.id, s.id, l.url);
                    assert!(l.url.starts_with("https://"));
                    links += 1;
                }
            }
            // Sources are citations shown as text, never opened; they may name
            // other sites but must still be plain https and no look-alike.
            for src in &f.flow.sources {
                assert!(check_url_form(&src.url).is_ok(), "{}: source {}", f.flow.id, src.url);
            }
        }
        for a in &set.catalog.regions.authorities {
            for url in std::iter::once(&a.url).chain(a.complaint_url.as_ref()) {
                assert!(check_link(url).is_ok(), "{}: {url}", a.id);
                links += 1;
            }
        }
        assert!(links > 30, "only {links} links checked");
    }
}

#[test]
fn a_link_is_checked_again_when_opened_even_if_the_loaded_flow_was_altered() {
    use meta_optout_core::select::{step_link, LinkRefusal};
    let mut set = load_bundled().set;
    let de = set.catalog.region("DE").cloned();
    assert_eq!(
        step_link(&set, "object-ai-training", "object-on-facebook", de.as_ref()).unwrap().as_str(),
        "https://www.facebook.com/help/contact/6359191084165019"
    );
    // Whatever happens to the flow in memory, the allow-list is applied again.
    let flow = set.flows.iter_mut().find(|f| f.flow.id == "object-ai-training").unwrap();
    let step = flow.flow.steps.iter_mut().find(|s| s.id == "object-on-facebook").unwrap();
    step.link.as_mut().unwrap().url = "https://facebook.com.evil.example/login".into();
    assert!(matches!(step_link(&set, "object-ai-training", "object-on-facebook", de.as_ref()), Err(LinkRefusal::Refused(_))));
    assert_eq!(step_link(&set, "no-such-flow", "x", None), Err(LinkRefusal::UnknownFlow("no-such-flow".into())));
    assert!(matches!(step_link(&set, "object-ai-training", "know-your-right", None), Err(LinkRefusal::NoLink(..))));
}
