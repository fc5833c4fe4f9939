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
    use meta_optout_core::model::{Device, Platform, Right};
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
        r.rights.contains(&Right::Object)
    }

    /// Regions whose law is the GDPR or the UK GDPR.
    fn gdpr_like(r: &Region) -> bool {
        matches!(r.framework.as_str(), "gdpr" | "uk-gdpr")
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
                if gdpr_like(region) {
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
        for region in set.catalog.regions.regions.iter().filter(|r| gdpr_like(r)) {
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

mod catalog {
    //! The region catalog against the facts it must get right: every
    //! country, the authorities and companies a person is sent to, and the
    //! rules each law sets, as the app reads them.

    use meta_optout_core::catalog::{Catalog, CompanyFirstKind, DefaultAuthority};
    use meta_optout_core::iso3166;
    use meta_optout_core::load::load_bundled;
    use meta_optout_core::model::{Device, Platform, Right};
    use meta_optout_core::region_view::{self, region_view};
    use meta_optout_core::select::{view, Lang, Query};
    use meta_optout_core::Date;

    fn catalog() -> Catalog {
        load_bundled().set.catalog
    }

    fn authority_of(c: &Catalog, code: &str) -> String {
        c.region(code).and_then(|r| r.authority.clone()).unwrap_or_default()
    }

    #[test]
    fn every_iso_country_is_in_the_catalog_once() {
        let c = catalog();
        assert_eq!(iso3166::COUNTRIES.len(), 249);
        let missing: Vec<&str> = iso3166::COUNTRIES.iter().copied().filter(|code| c.region(code).is_none()).collect();
        assert!(missing.is_empty(), "missing countries: {missing:?}");
        for code in ["US-CA", "US-DC", "US-WY", "DE-HH", "DE-BY", "DE-TH"] {
            assert!(c.region(code).is_some(), "{code}");
        }
        let us_states = c.regions.regions.iter().filter(|r| r.code.starts_with("US-")).count();
        assert_eq!(us_states, 51, "50 states and DC");
        assert_eq!(c.subdivisions("DE").count(), 16, "the 16 Länder");
    }

    #[test]
    fn every_framework_authority_and_controller_cites_a_source_that_exists() {
        let c = catalog();
        for f in &c.regions.frameworks {
            assert!(!f.sources.is_empty(), "framework {} has no source", f.id);
            for d in [&f.reply_within, &f.extension, &f.opt_out_within].into_iter().flatten() {
                assert!(c.source(&d.source).is_some(), "{}: deadline without its source", f.id);
            }
        }
        for a in &c.regions.authorities {
            assert!(!a.sources.is_empty(), "authority {} has no source", a.id);
        }
        for x in &c.regions.controllers {
            assert!(!x.sources.is_empty(), "controller {} has no source", x.id);
        }
        for s in &c.regions.sources {
            let path = s.url.splitn(4, '/').nth(3).unwrap_or("");
            assert!(!path.trim_matches('/').is_empty(), "source {} is a home page: {}", s.id, s.url);
        }
    }

    #[test]
    fn every_authority_is_one_someone_is_sent_to() {
        // An authority nobody is sent to would only widen the link allow-list.
        let c = catalog();
        for a in &c.regions.authorities {
            let named = c.regions.regions.iter().any(|r| r.authority.as_deref() == Some(a.id.as_str()))
                || c.regions.frameworks.iter().any(|f| f.lead_authority.as_deref() == Some(a.id.as_str()));
            assert!(named, "authority {} is not used", a.id);
        }
        assert!(c.region("RU").unwrap().authority.is_none(), "no regulator is offered against a service the state bans");
    }

    #[test]
    fn germany_is_sent_to_hamburg_by_default_and_each_land_to_its_own_authority() {
        let c = catalog();
        let de = c.region("DE").unwrap();
        assert_eq!(de.authority.as_deref(), Some("de-hmbbfdi"), "Meta's German branch is supervised in Hamburg");
        assert_eq!(de.default_authority, Some(DefaultAuthority::CompanySeat));
        assert!(c.regions.regions.iter().all(|r| r.authority.as_deref() != Some("de-bfdi")), "the BfDI does not supervise Meta");
        assert_eq!(authority_of(&c, "DE-BY"), "de-by-baylda", "Bavaria's authority for companies");
        assert_eq!(authority_of(&c, "DE-HH"), "de-hmbbfdi");
        let mut seen = std::collections::HashSet::new();
        for land in c.subdivisions("DE") {
            let a = land.authority.as_deref().unwrap_or_else(|| panic!("{} has no authority", land.code));
            assert!(seen.insert(a), "{} shares its authority {a}", land.code);
            assert_eq!(land.framework, "gdpr");
        }
        let v = region_view(&c, de, Date::today());
        assert_eq!(v.subdivisions.len(), 16);
        assert!(v.authority.unwrap().url.starts_with("https://"));
    }

    #[test]
    fn florida_has_its_digital_bill_of_rights_and_its_attorney_general() {
        let c = catalog();
        let fl = c.region("US-FL").unwrap();
        let f = c.framework_of(fl).unwrap();
        assert!(f.name.contains("Florida Digital Bill of Rights"), "{}", f.name);
        assert_eq!(f.in_force_from.as_deref(), Some("2024-07-01"));
        for right in [Right::Access, Right::Delete, Right::Correct, Right::OptOutTargetedAds, Right::OptOutSale, Right::OptOutProfiling] {
            assert!(fl.rights.contains(&right), "Florida: {right:?}");
        }
        assert!(!fl.rights.contains(&Right::Object));
        let ag = c.authority(fl.authority.as_deref().unwrap()).unwrap();
        assert!(ag.name.contains("Attorney General"), "{}", ag.name);
    }

    #[test]
    fn state_laws_differ_in_deadline_rights_and_date() {
        let c = catalog();
        let ia = c.framework_of(c.region("US-IA").unwrap()).unwrap();
        assert_eq!((ia.reply_within.as_ref().unwrap().days, ia.reply_within.as_ref().unwrap().months), (90, 0), "Iowa answers in 90 days");
        assert!(!ia.rights.contains(&Right::OptOutProfiling), "Iowa has no profiling opt-out");
        let ut = c.framework_of(c.region("US-UT").unwrap()).unwrap();
        assert!(!ut.rights.contains(&Right::OptOutProfiling), "Utah has no profiling opt-out");
        let co = c.framework_of(c.region("US-CO").unwrap()).unwrap();
        assert_eq!(co.company_first.as_ref().map(|x| x.kind), Some(CompanyFirstKind::Appeal), "Colorado: appeal to the company first");
        // A law enacted but not yet in force gives nothing today and says from when.
        let al = c.region("US-AL").unwrap();
        let law = c.framework_of(al).unwrap();
        assert!(law.in_force_from.as_deref().is_some_and(|d| d > "2026-12-04"), "{:?}", law.in_force_from);
        assert!(al.rights.is_empty(), "Alabama's law is not in force yet");
        let line = region_view::line(&region_view(&c, al, Date::today()));
        assert!(line.contains(&format!("none yet (from {})", law.in_force_from.as_deref().unwrap())), "{line}");
        // California: opt-outs of sale and sharing within 15 business days.
        let ca = c.framework_of(c.region("US-CA").unwrap()).unwrap();
        assert_eq!(ca.opt_out_within.as_ref().map(|d| d.business_days), Some(15));
    }

    #[test]
    fn the_uk_asks_people_to_complain_to_the_company_first() {
        let c = catalog();
        let uk = c.framework_of(c.region("GB").unwrap()).unwrap();
        let first = uk.company_first.as_ref().expect("UK: complain to the organisation first");
        assert_eq!(first.kind, CompanyFirstKind::Complain);
        assert_eq!(first.acknowledge_within.as_ref().map(|d| d.days), Some(30), "Meta must acknowledge within 30 days");
        assert!(c.source(&first.source).is_some());
        assert_eq!(authority_of(&c, "GB"), "gb-ico");
    }

    #[test]
    fn laws_beyond_europe_give_the_rights_they_give() {
        let c = catalog();
        assert!(c.region("ZA").unwrap().rights.contains(&Right::Object), "POPIA s.11(3): the right to object");
        assert!(c.region("KR").unwrap().rights.contains(&Right::Object), "PIPA Art. 37: suspension of processing");
        assert!(c.region("TH").unwrap().rights.contains(&Right::Object), "PDPA s.32");
        for code in ["JP", "CA", "AU", "NZ", "SG", "TR", "NG", "KE", "AR", "MX", "CO"] {
            let r = c.region(code).unwrap();
            assert_ne!(r.framework, "none", "{code} has a data protection law");
            assert!(!c.framework_of(r).unwrap().rights.is_empty(), "{code}: its law gives rights");
        }
        // India's rights start in 2027: none today, and the catalog says when.
        let india = c.region("IN").unwrap();
        assert!(india.rights.is_empty());
        assert!(c.framework_of(india).unwrap().in_force_from.as_deref().is_some_and(|d| d.starts_with("2027")));
    }

    #[test]
    fn objections_go_to_the_company_the_catalog_names_for_the_law_and_platform() {
        let c = catalog();
        let entity = |code: &str, p: Platform| c.controller(c.region(code), p).map(|x| x.entity.clone()).unwrap_or_default();
        assert_eq!(entity("DE", Platform::Whatsapp), "WhatsApp Ireland Limited");
        assert_eq!(entity("PL", Platform::Whatsapp), "WhatsApp Ireland Limited");
        assert_eq!(entity("DE", Platform::Facebook), "Meta Platforms Ireland Limited");
        assert_eq!(entity("FR", Platform::Threads), "Meta Platforms Ireland Limited");
        assert_eq!(entity("US-TX", Platform::Instagram), "Meta Platforms, Inc.");
        assert_eq!(entity("US-TX", Platform::Whatsapp), "WhatsApp LLC");
        for p in Platform::ALL {
            let x = c.controller(c.region("JP"), p).expect("every platform has a company everywhere");
            assert!(x.address.iter().any(|l| !l.is_empty()), "{}: no address", x.id);
        }
    }

    #[test]
    fn steps_can_be_chosen_by_the_rights_a_law_gives() {
        let set = load_bundled().set;
        let steps_for = |code: &str| {
            let region = set.catalog.region(code).unwrap();
            let q = Query { region: Some(region), platforms: vec![Platform::Facebook], device: Some(Device::Desktop) };
            view(&set, "object-ai-training", &q, Device::Desktop, Date::today(), Lang::default())
                .map(|v| v.step_details.into_iter().map(|s| s.id).collect::<Vec<_>>())
                .unwrap_or_default()
        };
        // South Africa can object under its own law, so it gets the step that
        // says so and not the one that says there is no right.
        let za = steps_for("ZA");
        assert!(za.contains(&"object-under-your-law".to_owned()), "{za:?}");
        assert!(!za.contains(&"know-there-is-no-right".to_owned()), "{za:?}");
        assert!(!za.contains(&"know-your-right".to_owned()), "the European step is not shown: {za:?}");
        let fl = steps_for("US-FL");
        assert!(fl.contains(&"know-there-is-no-right".to_owned()) && !fl.contains(&"object-under-your-law".to_owned()), "{fl:?}");
        let de = steps_for("DE");
        assert!(de.contains(&"know-your-right".to_owned()) && !de.contains(&"object-under-your-law".to_owned()), "{de:?}");
    }

    #[test]
    fn every_state_with_a_law_in_force_gets_its_attorney_generals_page() {
        let set = load_bundled().set;
        let mut states = 0;
        for region in set.catalog.regions.regions.iter().filter(|r| r.code.starts_with("US-") && r.code != "US-CA" && !r.rights.is_empty()) {
            let q = Query { region: Some(region), platforms: vec![Platform::Facebook], device: Some(Device::Desktop) };
            let v = view(&set, "escalate-to-authority", &q, Device::Desktop, Date::today(), Lang::default())
                .unwrap_or_else(|| panic!("{}: no escalation guide", region.code));
            let step = v.step_details.iter().find(|s| s.id == "complain-to-your-attorney-general").expect("the Attorney General step");
            let link = step.link.as_ref().unwrap_or_else(|| panic!("{}: no link to its authority", region.code));
            assert!(link.url.starts_with("https://"), "{}", link.url);
            states += 1;
        }
        assert!(states >= 15, "only {states} states with a law in force");
    }
}

mod guides {
    //! The guides as a person in one place, with some apps, on one device
    //! reads them: what changed at Meta in 2026 and what each law asks.

    use meta_optout_core::load::{load_bundled, FlowSet};
    use meta_optout_core::model::{Device, FollowUpKind, Platform};
    use meta_optout_core::select::{view, FlowView, Lang, Query};
    use meta_optout_core::Date;

    fn guide(set: &FlowSet, flow: &str, region: &str, platforms: &[Platform], device: Device) -> Option<FlowView> {
        let region = set.catalog.region(region).unwrap_or_else(|| panic!("no region {region}"));
        let q = Query { region: Some(region), platforms: platforms.to_vec(), device: Some(device) };
        view(set, flow, &q, device, Date::today(), Lang::default())
    }

    fn ids(v: &FlowView) -> Vec<&str> {
        v.step_details.iter().map(|s| s.id.as_str()).collect()
    }

    fn position(v: &FlowView, id: &str) -> usize {
        ids(v).iter().position(|s| *s == id).unwrap_or_else(|| panic!("no step {id} in {:?}", ids(v)))
    }

    #[test]
    fn a_uk_reader_complains_to_meta_before_the_ico() {
        let set = load_bundled().set;
        let v = guide(&set, "escalate-to-authority", "GB", &[Platform::Facebook], Device::Desktop).unwrap();
        assert!(position(&v, "complain-to-meta-first") < position(&v, "complain-to-the-ico"));
        let first = v.step_details.iter().find(|s| s.id == "complain-to-meta-first").unwrap();
        assert!(first.body.as_deref().unwrap().contains("within 30 days"));
        assert_eq!(first.follow_up.as_ref().map(|f| f.after.days), Some(30));
        // Nobody else gets the UK's rule.
        let de = guide(&set, "escalate-to-authority", "DE", &[Platform::Facebook], Device::Desktop).unwrap();
        assert!(!ids(&de).contains(&"complain-to-meta-first"));
    }

    #[test]
    fn a_floridian_gets_a_request_step_and_their_attorney_generals_page() {
        let set = load_bundled().set;
        let v = guide(&set, "object-ai-training", "US-FL", &[Platform::Facebook], Device::Ios).unwrap();
        let step = v.step_details.iter().find(|s| s.id == "use-your-state-rights").expect("a request step for Florida");
        assert!(step.link.as_ref().unwrap().url.starts_with("https://help.meta.com/"));
        assert!(!ids(&v).contains(&"use-california-rights"));
        let e = guide(&set, "escalate-to-authority", "US-FL", &[Platform::Facebook], Device::Ios).unwrap();
        let ag = e.step_details.iter().find(|s| s.id == "complain-to-your-attorney-general").unwrap();
        let authority = set.catalog.authority(set.catalog.region("US-FL").unwrap().authority.as_deref().unwrap()).unwrap();
        let page = authority.complaint_url.as_deref().unwrap_or(&authority.url);
        assert_eq!(ag.link.as_ref().unwrap().url, url::Url::parse(page).unwrap().to_string());
        // California: opt-outs of sale and sharing within 15 business days.
        let ca = guide(&set, "object-ai-training", "US-CA", &[Platform::Facebook], Device::Desktop).unwrap();
        let step = ca.step_details.iter().find(|s| s.id == "use-california-rights").unwrap();
        assert!(step.body.as_deref().unwrap().contains("within 15 business days"));
        // A state whose law is not yet in force gets no request step.
        let al = guide(&set, "object-ai-training", "US-AL", &[Platform::Facebook], Device::Desktop).unwrap();
        assert!(!ids(&al).contains(&"use-your-state-rights"), "{:?}", ids(&al));
    }

    #[test]
    fn a_polish_reader_reads_nothing_about_other_countries_laws() {
        let set = load_bundled().set;
        let foreign = ["Swiss", "Switzerland", "Brazil", "LGPD", "UK GDPR", "ICO", "Information Commissioner", "California", "Attorney General", "state's law", "US users"];
        for f in &set.flows {
            for platform in Platform::ALL {
                for device in Device::ALL {
                    let Some(v) = guide(&set, &f.flow.id, "PL", &[platform], device) else { continue };
                    let seen = serde_json::to_string(&v).unwrap();
                    for word in foreign {
                        assert!(!seen.contains(word), "{} on {platform:?}/{device:?}: a Polish reader reads {word:?}", f.flow.id);
                    }
                }
            }
        }
    }

    #[test]
    fn activity_from_other_businesses_is_offered_everywhere_with_the_notes_that_apply() {
        let set = load_bundled().set;
        let us = guide(&set, "off-facebook-activity", "US-TX", &[Platform::Instagram], Device::Android).unwrap();
        let de = guide(&set, "off-facebook-activity", "DE", &[Platform::Instagram], Device::Android).unwrap();
        for v in [&us, &de] {
            let step = v.step_details.iter().find(|s| s.id == "activity-from-other-businesses").expect("the setting is offered");
            assert!(step.body.as_deref().unwrap().contains("Feed and Meta AI"), "{:?}", step.body);
            assert!(step.menu_path.iter().any(|l| l.english == "Your information and permissions"));
        }
        let notes = |v: &FlowView| v.step_details.iter().flat_map(|s| s.caveats.iter().map(|c| c.id.clone())).collect::<Vec<_>>();
        assert!(notes(&us).contains(&"no-clear-previous".into()), "the US is told there is no replacement");
        assert!(!notes(&de).contains(&"no-clear-previous".into()));
        assert!(notes(&de).contains(&"older-name".into()));
        assert!(!ids(&us).contains(&"clear-previous-activity"), "the old tool is gone in the US");
        assert!(ids(&de).contains(&"disconnect-future-activity"));
    }

    #[test]
    fn a_whatsapp_account_is_deleted_without_a_grace_period() {
        let set = load_bundled().set;
        let v = guide(&set, "request-deletion", "BR", &[Platform::Whatsapp], Device::Android).unwrap();
        assert_eq!(ids(&v), ["delete-whatsapp-account"], "a WhatsApp-only person gets WhatsApp's step alone");
        let step = &v.step_details[0];
        assert!(step.body.as_deref().unwrap().contains("no 30-day grace period"));
        assert_eq!(step.follow_up.as_ref().map(|f| f.kind), Some(FollowUpKind::Reminder));
        assert!(step.menu_path.iter().map(|l| l.english.as_str()).eq(["Settings", "Account", "Delete account"]));
        let fb = guide(&set, "request-deletion", "BR", &[Platform::Facebook], Device::Android).unwrap();
        assert!(!ids(&fb).contains(&"delete-whatsapp-account"));
        assert!(ids(&fb).contains(&"make-it-private-instead"));
    }

    #[test]
    fn the_meta_ai_guide_fits_the_device_and_the_region() {
        let set = load_bundled().set;
        let phone = guide(&set, "delete-meta-ai-data", "US-NY", &[Platform::Whatsapp], Device::Ios).unwrap();
        for id in ["delete-ai-chats", "manage-ai-memory", "know-ai-chats-shape-ads", "keep-whatsapp-out-of-accounts-center"] {
            assert!(ids(&phone).contains(&id), "{id}: {:?}", ids(&phone));
        }
        let desk = guide(&set, "delete-meta-ai-data", "US-NY", &[Platform::Whatsapp], Device::Desktop).unwrap();
        assert!(!ids(&desk).contains(&"manage-ai-memory"), "memory lives in the phone app");
        let de = guide(&set, "delete-meta-ai-data", "DE", &[Platform::Whatsapp], Device::Ios).unwrap();
        assert!(!ids(&de).contains(&"know-ai-chats-shape-ads"), "AI chats do not shape ads in the EU");
        let glasses = phone.step_details.iter().find(|s| s.id == "delete-glasses-recordings").unwrap();
        assert!(glasses.body.as_deref().unwrap().contains("29 April 2025"));
    }

    #[test]
    fn on_a_phone_asking_meta_anyway_starts_with_the_menu_tap() {
        let set = load_bundled().set;
        let phone = guide(&set, "object-ai-training", "US-TX", &[Platform::Facebook], Device::Ios).unwrap();
        let step = phone.step_details.iter().find(|s| s.id == "ask-anyway").unwrap();
        assert_eq!(step.menu_path.first().map(|l| l.english.as_str()), Some("Menu"));
        let desk = guide(&set, "object-ai-training", "US-TX", &[Platform::Facebook], Device::Desktop).unwrap();
        let step = desk.step_details.iter().find(|s| s.id == "ask-anyway").unwrap();
        assert_eq!(step.menu_path.first().map(|l| l.english.as_str()), Some("Settings & privacy"));
    }

    #[test]
    fn a_parent_reads_what_meta_says_about_teens_where_they_live() {
        let set = load_bundled().set;
        let note = |region: &str| {
            let v = guide(&set, "protect-a-teen", region, &[Platform::Instagram], Device::Android).unwrap();
            v.step_details[0].caveats.iter().map(|c| c.id.clone()).collect::<Vec<_>>()
        };
        assert_eq!(note("FR"), ["eu-statement"]);
        assert_eq!(note("US-TX"), ["no-statement"]);
    }

    #[test]
    fn flow_sources_are_pages_not_home_pages_and_undated_pages_say_so() {
        let set = load_bundled().set;
        for f in &set.flows {
            for s in &f.flow.sources {
                let path = s.url.splitn(4, '/').nth(3).unwrap_or("").trim_matches('/');
                assert!(!path.is_empty() && !["blog", "news"].contains(&path), "{}: source {} is not a page: {}", f.flow.id, s.id, s.url);
                if let Some(d) = &s.date {
                    assert_ne!(d, "2026-11-25", "{}: {} carries the day it was read, not its own date", f.flow.id, s.id);
                }
            }
        }
    }
}
