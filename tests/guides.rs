//! Guide packs as a maintainer makes them and a person installs them: signed
//! by a key made for the test, refused whole for every fault (a flipped
//! byte, an unknown key, an older version, guides that fail the checks, a
//! cut-short file), atomic under SIGKILL, rolled back on request, and the
//! steps Meta changed since a person did them, until they do them again.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use meta_optout_core::guides;
use meta_optout_core::i18n::text_hash;
use meta_optout_core::progress::{self, Mark, Progress, Status};

const STEP: (&str, &str) = ("mute-meta-ai", "mute-on-facebook");
const NEW_TITLE: &str = "Mute Meta AI in Facebook, from its new menu";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").canonicalize().unwrap()
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("guides").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// The repository's flows with one step renamed (translations brought up to
/// date, as a maintainer would) and a change log saying Meta moved it on
/// 2026-12-03, to be done again.
fn corrected_flows(base: &Path) -> PathBuf {
    let dir = base.join("flows");
    copy_dir(&root().join("flows"), &dir);
    let path = dir.join(format!("{}.json", STEP.0));
    let mut flow: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let step = flow["steps"].as_array_mut().unwrap().iter_mut().find(|s| s["id"] == STEP.1).unwrap();
    step["title"] = NEW_TITLE.into();
    std::fs::write(&path, serde_json::to_string_pretty(&flow).unwrap()).unwrap();
    for locale in ["de", "es", "fr", "it", "nl", "pl", "pt-BR"] {
        let path = dir.join("translations").join(locale).join(format!("{}.json", STEP.0));
        let mut t: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        t["strings"][format!("steps.{}.title", STEP.1)]["from"] = text_hash(NEW_TITLE).into();
        std::fs::write(&path, serde_json::to_string_pretty(&t).unwrap()).unwrap();
    }
    let log = serde_json::json!([{ "flow": STEP.0, "step": STEP.1, "date": "2026-12-03", "what": "Meta moved the switch into a new menu.", "redo": true }]);
    std::fs::write(dir.join("changes.json"), log.to_string()).unwrap();
    dir
}

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_meta-optout"));
    c.env_remove("XDG_CONFIG_HOME").env("LANG", "C.UTF-8").env_remove("LC_ALL");
    c
}

/// Runs the binary with `config` as its configuration folder.
fn run(config: &Path, args: &[&str]) -> Output {
    bin().env("META_OPTOUT_CONFIG_DIR", config).args(args).output().unwrap()
}

fn out(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

/// A key pair, and packs of the corrected guides signed with it.
struct Maker {
    base: PathBuf,
    key: PathBuf,
    public: PathBuf,
    flows: PathBuf,
}

impl Maker {
    fn new(name: &str) -> Maker {
        let base = scratch(name);
        let (public, key) = guides::new_key(&base.join("keys"), "test maintainer").unwrap();
        let flows = corrected_flows(&base);
        Maker { base, key, public, flows }
    }

    fn pack(&self, version: &str) -> PathBuf {
        let out = self.base.join(format!("guides-{version}.mopack"));
        guides::build_pack(&self.flows, &self.key, version, "2026-12-04", "0.1.0", &out).unwrap();
        out
    }

    fn config(&self) -> PathBuf {
        let c = self.base.join("config");
        std::fs::create_dir_all(&c).unwrap();
        c
    }
}

fn titles(config: &Path) -> String {
    let o = run(config, &["list", "--region", "DE", "--platform", "facebook"]);
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn a_pack_signed_by_a_trusted_key_installs_and_the_guides_show_its_text() {
    let m = Maker::new("installs");
    let config = m.config();
    let pack = m.pack("2026.12.1");
    // Not trusted yet: refused, nothing installed.
    let o = run(&config, &["update", pack.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(out(&o).contains("does not match any trusted key"), "{}", out(&o));
    assert!(!titles(&config).contains(NEW_TITLE));

    let o = run(&config, &["trust", m.public.to_str().unwrap()]);
    assert!(o.status.success(), "{}", out(&o));
    let listed = out(&run(&config, &["trust", "--list"]));
    assert!(listed.contains("built in: the meta-optout project") && listed.contains("test maintainer  (added by you)"), "{listed}");
    let o = run(&config, &["update", pack.to_str().unwrap()]);
    assert!(o.status.success(), "{}", out(&o));
    assert!(out(&o).contains("installed the guide pack 2026.12.1 of 2026-12-04, signed by \"test maintainer\""), "{}", out(&o));
    assert!(titles(&config).contains(NEW_TITLE), "{}", titles(&config));

    // The same version again is no upgrade; rollback restores the built-in guides.
    let o = run(&config, &["update", pack.to_str().unwrap()]);
    assert!(out(&o).contains("is not newer than the pack in use"), "{}", out(&o));
    let o = run(&config, &["update", "--rollback"]);
    assert!(out(&o).contains("the guides built into the app are in use again"), "{}", out(&o));
    assert!(!titles(&config).contains(NEW_TITLE));

    // Two packs: rollback goes back to the first.
    assert!(run(&config, &["update", m.pack("2026.12.2").to_str().unwrap()]).status.success());
    assert!(run(&config, &["update", m.pack("2026.12.3").to_str().unwrap()]).status.success());
    let o = run(&config, &["update", "--rollback"]);
    assert!(out(&o).contains("the guide pack 2026.12.2 of 2026-12-04 is in use again"), "{}", out(&o));
    // Removing the key the person added: its packs no longer install.
    let id = listed.lines().find(|l| l.contains("added by you")).unwrap().split_whitespace().next().unwrap().to_owned();
    assert!(run(&config, &["trust", "--remove", &id]).status.success());
    let o = run(&config, &["update", m.pack("2026.12.4").to_str().unwrap()]);
    assert!(out(&o).contains("does not match any trusted key"));
    let o = run(&config, &["trust", "--remove", "55FFB14CB34F1C60"]);
    assert!(out(&o).contains("cannot be removed"), "{}", out(&o));
}

#[test]
fn every_faulty_pack_is_refused_with_its_reason_and_the_guides_stay() {
    let m = Maker::new("faults");
    let config = m.config();
    assert!(run(&config, &["trust", m.public.to_str().unwrap()]).status.success());
    assert!(run(&config, &["update", m.pack("2026.12.5").to_str().unwrap()]).status.success());
    let before = titles(&config);
    let state = std::fs::read(config.join("guides/state.json")).unwrap();
    let refused = |file: &Path, why: &str| {
        let o = run(&config, &["update", file.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{}", out(&o));
        assert!(out(&o).contains(why) && out(&o).contains("The guides in use are unchanged."), "wanted {why:?}: {}", out(&o));
        assert_eq!(titles(&config), before);
        assert_eq!(std::fs::read(config.join("guides/state.json")).unwrap(), state);
    };
    let good = std::fs::read(m.pack("2026.12.9")).unwrap();

    // One flipped byte anywhere in the file.
    for at in [good.len() / 3, good.len() / 2, good.len() - 30] {
        let mut bytes = good.clone();
        bytes[at] ^= 0x01;
        let f = m.base.join("flipped.mopack");
        std::fs::write(&f, bytes).unwrap();
        let o = run(&config, &["update", f.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "a flipped byte at {at} went unnoticed");
        assert!(out(&o).contains("The guides in use are unchanged."));
    }
    // Cut short.
    let f = m.base.join("short.mopack");
    std::fs::write(&f, &good[..good.len() / 2]).unwrap();
    refused(&f, "damaged or cut short");
    // Signed by a key the person never trusted.
    let other = Maker::new("faults-other-key");
    refused(&other.pack("2026.12.9"), "does not match any trusted key");
    // Older than the pack in use.
    refused(&m.pack("2026.12.1"), "is not newer than the pack in use, 2026.12.5");
    // Needs a newer app.
    let f = m.base.join("future.mopack");
    guides::build_pack(&m.flows, &m.key, "2026.12.9", "2026-12-04", "99.0.0", &f).unwrap();
    refused(&f, "it needs meta-optout 99.0.0 or later");
    // Guides that fail the checks never get a pack built from them; a pack
    // made by hand around them is refused at install, after its signature.
    let broken = m.base.join("broken-flows");
    copy_dir(&m.flows, &broken);
    std::fs::write(broken.join("mute-meta-ai.json"), "{ \"id\": \"mute-meta-ai\" }").unwrap();
    let err = guides::build_pack(&broken, &m.key, "2026.12.9", "2026-12-04", "0.1.0", &m.base.join("x.mopack")).unwrap_err();
    assert!(err.contains("fails the checks"), "{err}");
    let f = hand_made_pack(&m, &broken, "2026.12.9");
    refused(&f, "its guides fail the checks");
    // Not a pack at all.
    let f = m.base.join("note.mopack");
    std::fs::write(&f, "hello").unwrap();
    refused(&f, "it is not a guide pack");
}

/// A pack signed like `pack build` signs one, around files that were never checked.
fn hand_made_pack(m: &Maker, flows: &Path, version: &str) -> PathBuf {
    let mut files = serde_json::Map::new();
    for e in std::fs::read_dir(flows).unwrap().flatten().filter(|e| e.path().extension().is_some_and(|x| x == "json")) {
        let name = e.file_name().to_string_lossy().into_owned();
        if name != "schema.json" {
            files.insert(name, std::fs::read_to_string(e.path()).unwrap().into());
        }
    }
    let payload = serde_json::json!({
        "manifest": { "format": "meta-optout-guide-pack", "version": version, "date": "2026-12-04", "min_app": "0.1.0", "changes": [] },
        "files": files,
    })
    .to_string();
    let sk = minisign::SecretKeyBox::from_string(&std::fs::read_to_string(&m.key).unwrap()).unwrap().into_unencrypted_secret_key().unwrap();
    let sig = minisign::sign(None, &sk, std::io::Cursor::new(payload.as_bytes()), None, None).unwrap();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("pack.json", zip::write::SimpleFileOptions::default()).unwrap();
    std::io::Write::write_all(&mut zip, payload.as_bytes()).unwrap();
    zip.start_file("pack.json.minisig", zip::write::SimpleFileOptions::default()).unwrap();
    std::io::Write::write_all(&mut zip, sig.into_string().as_bytes()).unwrap();
    let f = m.base.join("hand-made.mopack");
    std::fs::write(&f, zip.finish().unwrap().into_inner()).unwrap();
    f
}

/// `update` processes killed with SIGKILL at random moments: afterwards the
/// guides in use are whole, the old ones or the new ones, and a later
/// update still installs.
#[test]
fn a_killed_update_leaves_whole_guides() {
    let m = Maker::new("killed");
    let config = m.config();
    assert!(run(&config, &["trust", m.public.to_str().unwrap()]).status.success());
    let mut seed = 0x9E37_79B9_7F4A_7C15_u64 ^ u64::from(std::process::id());
    println!("seed {seed:#x}");
    for round in 0..12u32 {
        let version = format!("2026.12.{}", round + 1);
        let pack = m.pack(&version);
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut child = bin().env("META_OPTOUT_CONFIG_DIR", &config).args(["update", pack.to_str().unwrap()]).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
        std::thread::sleep(Duration::from_micros(seed % 60_000));
        let _ = child.kill();
        let _ = child.wait();
        let shown = titles(&config);
        assert!(shown.contains("mute-meta-ai/mute-on-facebook"), "round {round}: the guides are broken:\n{shown}");
    }
    let o = run(&config, &["update", m.pack("2026.12.40").to_str().unwrap()]);
    assert!(o.status.success(), "{}", out(&o));
    assert!(titles(&config).contains(NEW_TITLE));
    let leftovers: Vec<_> = std::fs::read_dir(config.join("guides/packs")).unwrap().flatten().map(|e| e.file_name()).collect();
    assert!(leftovers.len() <= 2, "only the pack in use and the one before it are kept: {leftovers:?}");
}

#[test]
fn a_step_done_before_meta_changed_it_is_to_do_again_until_it_is() {
    let m = Maker::new("redo");
    let config = m.config();
    assert!(run(&config, &["trust", m.public.to_str().unwrap()]).status.success());
    let data = m.base.join("data");
    let d = data.to_str().unwrap();
    assert!(run(&config, &["--data-dir", d, "profile", "add", "Anna", "--region", "DE", "--platforms", "facebook"]).status.success());
    assert!(run(&config, &["--data-dir", d, "mark", "mute-meta-ai/mute-on-facebook", "done"]).status.success());
    // Done on 2026-12-01, before Meta's change of 2026-12-03.
    let path = data.join("progress.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    for e in doc["events"].as_array_mut().unwrap() {
        e["at"] = "2026-12-01T10:00:00Z".into();
    }
    std::fs::write(&path, doc.to_string()).unwrap();
    let status = |c: &Path| out(&run(c, &["--data-dir", d, "status"]));
    assert!(!status(&config).contains("do it again"), "the built-in guides say nothing changed");
    assert!(run(&config, &["update", m.pack("2026.12.1").to_str().unwrap()]).status.success());
    let now = status(&config);
    assert!(now.contains("! do it again: Mute Meta AI in Facebook, from its new menu (mute-meta-ai/mute-on-facebook), done 2026-12-01, changed by Meta on 2026-12-03: Meta moved the switch into a new menu."), "{now}");
    // The record keeps it; the overview (status --json) lists it.
    let json: serde_json::Value = serde_json::from_slice(&run(&config, &["--data-dir", d, "status", "--json"]).stdout).unwrap();
    assert_eq!(json["profiles"][0]["changed_since"][0]["redo"], true);
    let md = out(&run(&config, &["--data-dir", d, "export", "--format", "md"]));
    assert!(md.contains("Changed by Meta since it was done") && md.contains("Meta moved the switch into a new menu."), "{md}");
    // Done again: the note is gone, the history keeps both.
    let (loaded, _) = guides::load(Some(&config), None, false);
    progress::mark(&data, &loaded.set, Mark { flow: STEP.0.into(), step: STEP.1.into(), status: Some(Status::Done), note: Some("again, in the new menu".into()), ..Mark::default() }).unwrap();
    assert!(!status(&config).contains("do it again"));
    let p = Progress::open(&data).unwrap();
    assert_eq!(p.state.history(&p.state.profiles[0].id, STEP.0, STEP.1).len(), 2);
}
