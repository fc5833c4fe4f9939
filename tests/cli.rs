//! The command line, run as a user would run it: the real binary, from any
//! folder, with the exact output asserted.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").canonicalize().unwrap()
}

/// Runs `meta-optout ARGS` from `/` with an empty home, so nothing on the
/// machine (a user flows folder, the current folder) can leak in.
fn run(args: &[&str]) -> Output {
    let home = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-home");
    std::fs::create_dir_all(&home).unwrap();
    Command::new(env!("CARGO_BIN_EXE_meta-optout"))
        .args(args)
        .current_dir("/")
        .env("HOME", &home)
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("META_OPTOUT_CONFIG_DIR")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("TZ", "UTC")
        .output()
        .unwrap()
}

/// Runs `meta-optout ARGS` as `run` does, with extra environment variables.
fn run_with(args: &[&str], env: &[(&str, &str)]) -> Output {
    let home = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-home");
    let mut c = Command::new(env!("CARGO_BIN_EXE_meta-optout"));
    c.args(args).current_dir("/").env("HOME", &home).env_remove("XDG_CONFIG_HOME").env_remove("META_OPTOUT_CONFIG_DIR");
    c.env("LANG", "C.UTF-8").env_remove("LC_ALL").env_remove("LC_MESSAGES").env("TZ", "UTC");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn check_without_a_folder_checks_the_built_in_flows_from_anywhere() {
    let o = run(&["check"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("ok: "), "{}", stdout(&o));
    assert_eq!(stdout(&o).lines().count(), 1);
}

#[test]
fn check_reports_every_problem_of_every_file_and_fails() {
    let dir = root().join("tests/fixtures/check/malformed-json");
    let o = run(&["check", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let prefix = format!("{}/", dir.display());
    assert_eq!(
        stdout(&o).replace(&prefix, ""),
        "malformed.json:4:3: invalid JSON: expected `,` or `}`\ntrailing.json:3:18: invalid JSON: trailing comma\n"
    );
    assert!(stderr(&o).contains("2 problems"), "{}", stderr(&o));
}

#[test]
fn check_of_the_repository_flows_folder_passes() {
    let o = run(&["check", root().join("flows").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
}

#[test]
fn check_of_a_missing_folder_is_a_usage_error() {
    let o = run(&["check", "/no/such/folder"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/no/such/folder: not a folder"), "{}", stderr(&o));
}

#[test]
fn list_json_names_each_applicable_flow_and_step() {
    let o = run(&["list", "--region", "DE", "--platform", "facebook", "--device", "desktop", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let flows: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let object = flows.as_array().unwrap().iter().find(|f| f["id"] == "object-ai-training").unwrap();
    assert!(object["title"].as_str().unwrap().contains("Object"));
    let steps: Vec<&str> = object["steps"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert!(steps.contains(&"object-on-facebook"), "{steps:?}");
    assert!(!steps.contains(&"object-on-instagram"), "Instagram was not chosen: {steps:?}");
    assert!(!steps.contains(&"ask-anyway"), "Germany has a right to object: {steps:?}");
    for s in object["steps"].as_array().unwrap() {
        assert!(s["title"].is_string());
    }
}

#[test]
fn list_is_tailored_to_the_region() {
    let o = run(&["list", "--region", "us-tx", "--platform", "facebook,instagram", "--json"]);
    let flows: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let object = flows.as_array().unwrap().iter().find(|f| f["id"] == "object-ai-training").unwrap();
    let steps: Vec<&str> = object["steps"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(steps, ["know-there-is-no-right", "ask-anyway", "use-your-state-rights"], "Texas: no right to object, but the requests its law gives");
}

#[test]
fn list_refuses_unknown_values_naming_them() {
    let o = run(&["list", "--region", "XX"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("`XX` is not a region"), "{}", stderr(&o));
    let o = run(&["list", "--platform", "tiktok"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("`tiktok` is not a platform"), "{}", stderr(&o));
    let o = run(&["list", "--device", "fax"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("`fax` is not a device"), "{}", stderr(&o));
}

#[test]
fn every_subcommand_has_help() {
    for sub in ["check", "list", "regions", "schema", "hosts"] {
        let o = run(&[sub, "--help"]);
        assert_eq!(o.status.code(), Some(0), "{sub}");
        assert!(stdout(&o).contains("Usage: meta-optout"), "{sub}: {}", stdout(&o));
    }
    let o = run(&["--help"]);
    assert!(stdout(&o).contains("Run without arguments to open the window"));
    let o = run(&["frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn every_subcommand_help_lists_its_arguments() {
    for (args, wants) in [
        (&["mark", "--help"][..], &["Usage: meta-optout mark [OPTIONS] <FLOW/STEP> <STATUS>", "--evidence <ID=VALUE>", "--data-dir <DIR>"][..]),
        (&["help", "profile", "add"], &["Usage: meta-optout profile add [OPTIONS] <NAME> --region <CODE> --platforms <LIST>"]),
        (&["list", "--region", "DE", "-h"], &["--locale <LOCALE>", "[default: en]"]),
        (&["profile", "--help"], &["Commands:", "add ", "list "]),
        (&["export", "--help"], &["is lossless", "bundle (a zip for an authority)", "--locale <LOCALE>"]),
        (&["attach", "--help"], &["Usage: meta-optout attach [OPTIONS] <FLOW/STEP> <FILE>", "25 MB"]),
        (&["reply", "--help"], &["--outcome <OUTCOME>", "accepted, refused, asked-for-more or no-answer", "--text <FILE>"]),
        (&["verify", "--help"], &["Usage: meta-optout verify [OPTIONS] <FILE>", "Exit status: 0 only when everything matches"]),
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        for want in wants {
            assert!(stdout(&o).contains(want), "{args:?} lacks {want:?}:\n{}", stdout(&o));
        }
    }
}

#[test]
fn a_wrong_command_line_is_named_with_a_suggestion_and_exits_2() {
    for (args, want) in [
        (&["chek"][..], "unrecognized subcommand 'chek' (did you mean `check`?)"),
        (&["list", "--regoin", "DE"], "unexpected argument '--regoin' (did you mean `--region`?)"),
        (&["mark", "object-ai-training/know-your-right"], "the following required arguments were not provided:\n  <STATUS>"),
        (&["status", "--profile", "a", "--profile", "b"], "'--profile <NAME>' cannot be used more than once"),
        (&["list", "--json=yes"], "'--json': it takes none"),
        (&["list", "--region"], "a value is required for '--region <CODE>'"),
        (&["profile"], "'meta-optout profile' needs a subcommand"),
        (&["hosts", "extra"], "unexpected argument 'extra'"),
        (&["-x"], "unexpected argument '-x'"),
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).starts_with("error: ") && stderr(&o).contains(want), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains("try '--help'"), "{args:?}");
        assert!(stdout(&o).is_empty(), "{args:?}");
    }
}

#[test]
fn options_take_equals_and_may_follow_the_subcommand_or_precede_it() {
    let data = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-args");
    let _ = std::fs::remove_dir_all(&data);
    let d = format!("--data-dir={}", data.display());
    let o = run(&[&d, "profile", "add", "--region=DE", "--platforms", "facebook, instagram", "--", "-dash name"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run(&["profile", "list", "--data-dir", data.to_str().unwrap()]);
    assert_eq!(stdout(&o), "-dash name  (DE; facebook, instagram)\n");
}

#[cfg(unix)]
#[test]
fn a_data_folder_whose_name_is_not_utf8_works() {
    use std::os::unix::ffi::OsStrExt;
    let base = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-bytes");
    let _ = std::fs::remove_dir_all(&base);
    let dir = base.join(std::ffi::OsStr::from_bytes(b"caf\xe9"));
    let home = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-home");
    let o = Command::new(env!("CARGO_BIN_EXE_meta-optout"))
        .arg("--data-dir")
        .arg(&dir)
        .args(["profile", "add", "Me", "--region", "FR", "--platforms", "instagram"])
        .env("HOME", &home)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(dir.join("progress.json").is_file());
}

#[test]
fn version_comes_from_cargo_toml() {
    let o = run(&["--version"]);
    assert_eq!(stdout(&o), format!("meta-optout {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn schema_subcommand_prints_the_stored_schema() {
    let o = run(&["schema"]);
    let stored = std::fs::read_to_string(root().join("flows/schema.json")).unwrap();
    assert_eq!(stdout(&o), stored);
}

#[test]
fn user_flows_folder_overrides_by_id_and_reports_broken_files() {
    let config = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-config");
    let _ = std::fs::remove_dir_all(&config);
    std::fs::create_dir_all(config.join("flows")).unwrap();
    let mut flow: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("flows/object-ai-training.json")).unwrap()).unwrap();
    flow["title"] = "A local rewording".into();
    std::fs::write(config.join("flows/object-ai-training.json"), flow.to_string()).unwrap();
    std::fs::write(config.join("flows/typo.json"), "{\"id\": \"typo\", \"titel\": 1}").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_meta-optout"))
        .args(["list", "--region", "FR", "--json"])
        .env("META_OPTOUT_CONFIG_DIR", &config)
        .output()
        .unwrap();
    let flows: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(flows[0]["title"], "A local rewording");
    assert_eq!(flows[0]["origin"], "user");
    assert!(stderr(&o).contains("typo.json:1:16: $.titel: unknown field `titel` (did you mean `title`?)"), "{}", stderr(&o));
    let o = Command::new(env!("CARGO_BIN_EXE_meta-optout")).arg("check").env("META_OPTOUT_CONFIG_DIR", &config).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn export_and_import_through_the_command_line() {
    use std::os::unix::fs::PermissionsExt;
    let base = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-export");
    let _ = std::fs::remove_dir_all(&base);
    std::fs::create_dir_all(&base).unwrap();
    let data = base.join("data");
    let with = |dir: &Path, args: &[&str]| run(&[&["--data-dir", dir.to_str().unwrap()], args].concat());
    assert!(with(&data, &["profile", "add", "Personal Facebook", "--region", "FR", "--platforms", "facebook"]).status.success());
    assert!(with(&data, &["mark", "object-ai-training/object-on-facebook", "done", "--note", "sent"]).status.success());

    // Standard output without --out.
    let md = with(&data, &["export", "--format", "md"]);
    assert!(stdout(&md).starts_with("# Record of privacy steps"));
    // A file readable by its owner only with --out.
    let json = base.join("record.json");
    let o = with(&data, &["export", "--format", "json", "--out", json.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("SHA-256"));
    assert_eq!(std::fs::metadata(&json).unwrap().permissions().mode() & 0o777, 0o600);
    assert_eq!(with(&data, &["export", "--format", "pdf"]).status.code(), Some(1));

    // Restoring on a "new machine", then again: nothing doubles.
    let fresh = base.join("fresh");
    let o = with(&fresh, &["import", json.to_str().unwrap()]);
    assert!(stdout(&o).contains("new profiles: Personal Facebook"), "{}{}", stdout(&o), stderr(&o));
    let again = with(&fresh, &["import", json.to_str().unwrap()]);
    assert!(stdout(&again).contains("0 changes added"), "{}", stdout(&again));
    let status = |dir: &Path| stdout(&with(dir, &["status", "--json"]));
    assert_eq!(status(&data), status(&fresh));

    // A tampered export is refused and changes nothing.
    let tampered = base.join("tampered.json");
    std::fs::write(&tampered, std::fs::read_to_string(&json).unwrap().replace("\"sent\"", "\"never sent\"")).unwrap();
    let before = std::fs::read(fresh.join("progress.json")).unwrap();
    let o = with(&fresh, &["import", tampered.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("digest does not match"), "{}", stderr(&o));
    assert_eq!(std::fs::read(fresh.join("progress.json")).unwrap(), before);
}

#[test]
fn list_speaks_the_chosen_language_and_translate_gives_a_template() {
    let o = run(&["list", "--region", "DE", "--locale", "de"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("object-ai-training/write-your-reason  Eine kurze Begründung vorbereiten"), "{}", stdout(&o));

    // A template for a translator: every key of the flow, with the hash of
    // the English it must be made from, valid as it stands.
    let o = run(&["translate", "de", "object-ai-training"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(doc["locale"], "de");
    assert_eq!(doc["flow"], "object-ai-training");
    let title = &doc["strings"]["steps.object-on-facebook.title"];
    assert_eq!(title["from"].as_str().unwrap().len(), 16, "{title}");

    let o = run(&["translate", "xx", "object-ai-training"]);
    assert_ne!(o.status.code(), Some(0));
    assert!(stderr(&o).contains("xx"), "{}", stderr(&o));
}

#[test]
fn check_names_each_stale_missing_and_unknown_translation_with_its_key() {
    let dir = root().join("tests/fixtures/check/stale-translation");
    let o = run(&["check", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let out = stdout(&o);
    assert!(out.contains("translations/de/minimal.json: $.strings[\"steps.only-step.title\"]: stale"), "{out}");
    assert!(out.contains("translations/de/minimal.json: $.strings[\"steps.gone-step.title\"]: unknown"), "{out}");
    assert!(out.contains("translations/fr/minimal.json: $.strings[\"steps.only-step.instructions.all.1\"]: missing"), "{out}");
}

#[test]
fn regions_says_in_one_line_per_region_what_its_law_gives() {
    let o = run(&["regions"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let line = |code: &str| out.lines().find(|l| l.split_whitespace().next() == Some(code)).unwrap_or_else(|| panic!("no line for {code}")).to_owned();
    let de = line("DE");
    assert!(de.contains("gdpr") && de.contains("object") && de.contains("reply 1 month (+2 months)") && de.contains("Hamburg"), "{de}");
    let gb = line("GB");
    assert!(gb.contains("complain to Meta first") && gb.contains("Information Commissioner"), "{gb}");
    let fl = line("US-FL");
    assert!(fl.contains("us-fl-fdbr") && fl.contains("opt-out-targeted-ads") && fl.contains("appeal to Meta first") && fl.contains("Attorney General"), "{fl}");
    assert!(line("US-IA").contains("reply 90 days"));
    assert!(line("US-AL").contains("none yet (from 2027-05-01)"), "{}", line("US-AL"));
    assert!(line("AQ").contains("no right that reaches Meta"));
    assert!(out.lines().count() >= 249 + 51 + 16, "{} lines", out.lines().count());
}

#[test]
fn regions_json_is_the_catalog_as_the_app_sees_it() {
    let o = run(&["regions", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let all: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let all = all.as_array().unwrap();
    let de = all.iter().find(|r| r["code"] == "DE").unwrap();
    assert_eq!(de["framework"]["id"], "gdpr");
    assert_eq!(de["framework"]["reply_within"]["months"], 1);
    assert!(de["rights"].as_array().unwrap().contains(&"object".into()));
    assert_eq!(de["authority"]["id"], "de-hmbbfdi");
    assert!(de["authority"]["url"].as_str().unwrap().starts_with("https://"));
    assert_eq!(de["default_authority"], "company-seat");
    assert_eq!(de["subdivisions"].as_array().unwrap().len(), 16);
    let wa = de["controllers"].as_array().unwrap().iter().find(|c| c["platform"] == "whatsapp").unwrap();
    assert_eq!(wa["entity"], "WhatsApp Ireland Limited");
    assert!(!wa["address"].as_array().unwrap().is_empty());
    // Every source carries its page, and its date where the page gives one.
    for r in all {
        for s in r["framework"]["sources"].as_array().unwrap() {
            assert!(s["url"].as_str().unwrap().starts_with("https://"), "{s}");
        }
    }
}

#[test]
fn check_reports_catalog_mistakes_with_file_and_line() {
    let dir = root().join("tests/fixtures/check/bad-catalog");
    let o = run(&["check", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let out = stdout(&o);
    let file = dir.join("regions.json");
    let file = file.display();
    for want in [
        format!("{file}:55:52: $.regions[3].framework: unknown framework `gdrp` (did you mean `gdpr`?)"),
        format!("{file}:20:48: $.frameworks[1].reply_within.source: unknown source `no-such-source`: a deadline needs a source"),
        format!("{file}:54:15: $.regions[2].code: `XK` is not an ISO 3166-1 country or a known ISO 3166-2 subdivision"),
        format!("{file}:53:15: $.regions[1].code: duplicate region `DE` (first at $.regions[0])"),
    ] {
        assert!(out.lines().any(|l| l == want), "missing {want:?} in\n{out}");
    }
    assert!(out.contains("looks like a Meta host"), "{out}");
}

#[test]
fn show_prints_a_guide_as_a_person_there_sees_it() {
    let o = run(&["show", "escalate-to-authority", "--region", "GB", "--platform", "facebook", "--device", "desktop"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("Complain to a data protection authority\n"), "{out}");
    assert!(out.contains("For United Kingdom (GB), facebook, desktop."), "{out}");
    let first = out.find("Complain to Meta first").expect("the UK's complain-first step");
    let ico = out.find("Complain to the Information Commissioner's Office").expect("the ICO step");
    assert!(first < ico, "{out}");
    assert!(out.contains("Link: Open Meta's privacy contact page: https://help.meta.com/support/privacy"), "{out}");
    assert!(out.contains("Sources: "), "{out}");

    // JSON: the view the window gets, with only the notes and sources that apply.
    let o = run(&["show", "object-ai-training", "--region", "PL", "--platform", "instagram", "--device", "android", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let steps: Vec<&str> = v["step_details"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert!(steps.contains(&"object-on-instagram") && !steps.contains(&"object-on-facebook"), "{steps:?}");
    let text = stdout(&o);
    for foreign in ["ICO", "Swiss", "Brazil", "California"] {
        assert!(!text.contains(foreign), "a Polish reader reads {foreign}");
    }
    // In the person's language, device by device.
    let o = run(&["show", "object-ai-training", "--region", "DE", "--platform", "facebook", "--device", "ios", "--locale", "de"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Einstellungen und Privatsphäre"), "{}", stdout(&o));
}

#[test]
fn show_says_plainly_when_a_guide_does_not_apply_or_an_argument_is_wrong() {
    let o = run(&["show", "object-ai-training", "--region", "PL", "--platform", "threads", "--device", "ios"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("does not apply to Poland (PL), threads, ios"), "{}", stderr(&o));
    let o = run(&["show", "objet-ai-training", "--region", "PL", "--platform", "facebook", "--device", "ios"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("did you mean `object-ai-training`"), "{}", stderr(&o));
    let o = run(&["show", "object-ai-training", "--region", "XX", "--platform", "facebook", "--device", "ios"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["show", "object-ai-training", "--region", "PL", "--platform", "facebook"]);
    assert_eq!(o.status.code(), Some(2), "the device is required");
    assert!(stderr(&o).contains("--device"), "{}", stderr(&o));
}

#[test]
fn calendar_writes_the_dates_to_keep_as_an_ics_file() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-calendar");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let with = |args: &[&str]| run(&[&["--data-dir", dir.to_str().unwrap()], args].concat());
    assert_eq!(with(&["profile", "add", "Anna", "--region", "DE", "--platforms", "facebook"]).status.code(), Some(0));
    assert_eq!(with(&["mark", "object-ai-training/object-on-facebook", "done", "--evidence", "submitted-on=2026-11-20"]).status.code(), Some(0));
    let file = dir.join("dates.ics");
    let o = with(&["calendar", "--out", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("(1 date to keep)"), "{}", stderr(&o));
    let ics = std::fs::read_to_string(&file).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.contains("DTSTART;VALUE=DATE:20261220\r\n"), "{ics}");
    assert!(ics.contains("UID:p1.object-ai-training.object-on-facebook@meta-optout"), "{ics}");
    // The same through export, and an unknown profile is named.
    let o = with(&["export", "--format", "ics"]);
    assert!(stdout(&o).contains("BEGIN:VEVENT"));
    let o = with(&["calendar", "--profile", "Nobody"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("there is no profile \"Nobody\""), "{}", stderr(&o));
}

#[test]
fn attach_reply_bundle_and_verify_through_the_command_line() {
    let base = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-bundle");
    let _ = std::fs::remove_dir_all(&base);
    std::fs::create_dir_all(&base).unwrap();
    let data = base.join("data");
    let d = data.to_str().unwrap().to_owned();
    let with = |args: &[&str]| run(&[&["--data-dir", d.as_str()], args].concat());
    let step = "object-ai-training/object-on-instagram";
    let o = with(&["profile", "add", "Ania", "--region", "PL", "--platforms", "instagram", "--account", "ania.k@example.org"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(with(&["mark", step, "done", "--evidence", "submitted-on=2026-11-20"]).status.success());
    let shot = base.join("confirmation.png");
    std::fs::write(&shot, b"\x89PNG\r\n\x1a\nthe confirmation").unwrap();
    let o = with(&["attach", step, shot.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let sha = stdout(&o).rsplit(' ').next().unwrap().trim().to_owned();
    assert_eq!(sha.len(), 64, "{}", stdout(&o));
    // Bad input: a clear error, nothing recorded.
    let before = std::fs::read(data.join("progress.json")).unwrap();
    let o = with(&["attach", step, base.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("is a folder"), "{}", stderr(&o));
    let o = with(&["reply", step, "--outcome", "rejected"]);
    assert!(stderr(&o).contains("`rejected` is not an outcome; use one of: accepted, refused, asked-for-more, no-answer"), "{}", stderr(&o));
    assert_eq!(std::fs::read(data.join("progress.json")).unwrap(), before);

    let answer = base.join("answer.txt");
    std::fs::write(&answer, "We cannot act on your objection.").unwrap();
    let o = with(&["reply", step, "--outcome", "refused", "--received", "2026-11-30", "--text", answer.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("complaint to your data protection authority"), "{}", stdout(&o));
    let status = stdout(&with(&["status"]));
    assert!(status.contains("Meta's answer: refused") && status.contains("next: complain to your authority"), "{status}");
    assert!(status.contains(&sha), "{status}");

    // The record in Polish and local time, from --locale and the time zone.
    let o = run_with(&["--data-dir", &d, "export", "--format", "md", "--locale", "pl"], &[("TZ", "Europe/Warsaw")]);
    let md = stdout(&o);
    assert!(md.starts_with("# Rejestr") && md.contains("Europe/Warsaw") && md.contains("ania.k@example.org") && md.contains(&sha), "{md}");
    // The system's language when --locale is left out.
    let o = run_with(&["--data-dir", &d, "export", "--format", "md"], &[("LANG", "pl_PL.UTF-8")]);
    assert!(stdout(&o).starts_with("# Rejestr"), "{}", stdout(&o));

    // A bundle needs --out; it verifies; one changed byte is named.
    let o = with(&["export", "--format", "bundle"]);
    assert!(stderr(&o).contains("--out FILE.zip"), "{}", stderr(&o));
    let zip = base.join("bundle.zip");
    let o = with(&["export", "--format", "bundle", "--out", zip.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("1 attached file"), "{}", stderr(&o));
    let o = run(&["verify", zip.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("everything matches"));
    let mut bytes = std::fs::read(&zip).unwrap();
    // A byte inside the data of the entry before the last one (SHA256SUMS).
    let at = bytes.windows(4).rposition(|w| w == b"PK\x03\x04").unwrap();
    bytes[at - 3] ^= 0x20;
    let broken = base.join("broken.zip");
    std::fs::write(&broken, &bytes).unwrap();
    let o = run(&["verify", broken.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stdout(&o).contains("MISMATCH: "), "{}", stdout(&o));
    // On a new machine the bundle restores the progress and the file; a
    // changed bundle is refused whole.
    let fresh = base.join("fresh");
    let o = run(&["--data-dir", fresh.to_str().unwrap(), "import", broken.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(!fresh.join("progress.json").exists(), "a refused bundle changes nothing");
    let o = run(&["--data-dir", fresh.to_str().unwrap(), "import", zip.to_str().unwrap()]);
    assert!(stdout(&o).contains("1 attached file kept"), "{}{}", stdout(&o), stderr(&o));
    assert!(fresh.join("evidence").join(&sha).is_file());
    assert!(stdout(&run(&["--data-dir", fresh.to_str().unwrap(), "status"])).contains(&sha));
    // A JSON export verifies on its own.
    let json = base.join("record.json");
    assert!(with(&["export", "--format", "json", "--out", json.to_str().unwrap()]).status.success());
    assert_eq!(run(&["verify", json.to_str().unwrap()]).status.code(), Some(0));
    std::fs::write(&json, std::fs::read_to_string(&json).unwrap().replace("ania.k@example.org", "someone@example.org")).unwrap();
    let o = run(&["verify", json.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("\"digest\" field does not match"), "{}", stdout(&o));
}
