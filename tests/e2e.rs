//! End to end: the real app in a real window, driven through `tauri-driver`
//! and WebKitWebDriver, as a person would use it.
//!
//! Needs a display (Xvfb), `tauri-driver` and `WebKitWebDriver` on PATH, so
//! these tests are ignored by a plain `cargo test`; `scripts/test.sh` runs
//! them with `--ignored` under Xvfb. Screenshots of each screen are kept in
//! `test-artifacts/` to be looked at.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// An empty folder to serve as one test's home.
fn fresh_home(name: &str) -> PathBuf {
    let home = Path::new(env!("CARGO_TARGET_TMPDIR")).join("e2e").join(name);
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(&home).unwrap();
    home
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// One app under one driver; both are stopped when dropped.
struct App {
    driver: Child,
    base: String,
    session: String,
    home: PathBuf,
}

impl App {
    /// Starts the app with its own empty home and config folder.
    fn start(name: &str, setup: impl FnOnce(&Path)) -> App {
        let home = fresh_home(name);
        std::fs::create_dir_all(home.join("config")).unwrap();
        setup(&home.join("config"));
        App::launch(home)
    }

    /// The environment the app runs in: its own home, config and data.
    fn env(home: &Path) -> Vec<(String, std::ffi::OsString)> {
        let path = format!("{}:{}", home.join("bin").display(), std::env::var("PATH").unwrap_or_default());
        vec![
            ("HOME".into(), home.into()),
            ("XDG_CONFIG_HOME".into(), home.join(".config").into()),
            ("XDG_DATA_HOME".into(), home.join(".local/share").into()),
            ("META_OPTOUT_CONFIG_DIR".into(), home.join("config").into()),
            ("WEBKIT_DISABLE_COMPOSITING_MODE".into(), "1".into()),
            // No session bus, said plainly: otherwise GLib starts one of its
            // own, with portals and an accessibility bus that outlive the app.
            ("DBUS_SESSION_BUS_ADDRESS".into(), "disabled:".into()),
            ("NO_AT_BRIDGE".into(), "1".into()),
            // A fixed locale: date fields take typed digits in its order (month, day, year).
            ("LANG".into(), "C.UTF-8".into()),
            ("LC_ALL".into(), "C.UTF-8".into()),
            ("PATH".into(), path.into()),
        ]
    }

    /// Starts the app on an existing home, keeping whatever it holds.
    fn launch(home: PathBuf) -> App {
        // A stand-in browser: the first `xdg-open` on PATH, which records
        // what the app asked to open instead of opening it.
        let bin = home.join("bin");
        std::fs::create_dir_all(&bin).unwrap();
        let opener = bin.join("xdg-open");
        std::fs::write(&opener, format!("#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n", home.join("opened.txt").display())).unwrap();
        std::fs::set_permissions(&opener, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
        let (port, native) = (free_port(), free_port());
        // Its own process group, so that ending it also ends the native driver it starts.
        let driver = std::os::unix::process::CommandExt::process_group(&mut Command::new("tauri-driver"), 0)
            .args(["--port", &port.to_string(), "--native-port", &native.to_string()])
            .envs(App::env(&home))
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("tauri-driver must be on PATH (scripts/setup.sh installs it)");
        let base = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(30);
        while ureq::get(&format!("{base}/status")).call().is_err() {
            assert!(Instant::now() < deadline, "tauri-driver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "wry",
            "tauri:options": {"application": env!("CARGO_BIN_EXE_meta-optout")}
        }}});
        trace("POST", "/session");
        let resp: Value = ureq::post(&format!("{base}/session")).send_json(caps).unwrap().into_json().unwrap();
        let session = resp["value"]["sessionId"].as_str().expect("a WebDriver session").to_owned();
        let app = App { driver, base, session, home };
        app.wait_for("body[data-ready='true']");
        app
    }

    /// The URLs the app has handed to the browser, once there are at least
    /// `n` of them (or after 5 s, whatever there is).
    fn opened(&self, n: usize) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let text = std::fs::read_to_string(self.home.join("opened.txt")).unwrap_or_default();
            let urls: Vec<String> = text.lines().map(String::from).collect();
            if urls.len() >= n || Instant::now() > deadline {
                return urls;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}/session/{}{path}", self.base, self.session)
    }

    /// Sends a command; a WebDriver error comes back as `Err` with its value.
    fn try_post(&self, path: &str, body: Value) -> Result<Value, Value> {
        trace("POST", path);
        match ureq::post(&self.url(path)).send_json(body) {
            Ok(r) => Ok(r.into_json::<Value>().unwrap()["value"].take()),
            Err(ureq::Error::Status(_, r)) => Err(r.into_json::<Value>().unwrap_or(Value::Null)["value"].take()),
            Err(e) => panic!("{path}: {e}"),
        }
    }

    fn post(&self, path: &str, body: Value) -> Value {
        self.try_post(path, body).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    fn try_get(&self, path: &str) -> Result<Value, Value> {
        trace("GET", path);
        match ureq::get(&self.url(path)).call() {
            Ok(r) => Ok(r.into_json::<Value>().unwrap()["value"].take()),
            Err(ureq::Error::Status(_, r)) => Err(r.into_json::<Value>().unwrap_or(Value::Null)["value"].take()),
            Err(e) => panic!("{path}: {e}"),
        }
    }

    fn find_all(&self, css: &str) -> Vec<String> {
        let v = self.try_post("/elements", json!({"using": "css selector", "value": css})).unwrap_or_default();
        v.as_array().map(|a| a.iter().filter_map(|e| e[ELEMENT].as_str().map(String::from)).collect()).unwrap_or_default()
    }

    /// Retries `action` on the first element matching `css` for up to 10 s.
    /// The page re-renders when the situation changes, so an element found a
    /// moment ago may be gone: that is retried, not failed.
    fn retry<T>(&self, css: &str, what: &str, mut action: impl FnMut(&str) -> Option<T>) -> T {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(done) = self.find_all(css).first().and_then(|id| action(id)) {
                return done;
            }
            assert!(Instant::now() < deadline, "`{css}`: {what}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn wait_for(&self, css: &str) -> String {
        self.retry(css, "no element matches", |id| Some(id.to_owned()))
    }

    fn click(&self, css: &str) {
        self.retry(css, "could not be clicked", |id| self.try_post(&format!("/element/{id}/click"), json!({})).ok());
    }

    fn type_text(&self, css: &str, text: &str) {
        self.retry(css, "could not be typed into", |id| self.try_post(&format!("/element/{id}/value"), json!({"text": text})).ok());
    }

    fn text(&self, css: &str) -> String {
        self.retry(css, "has no text", |id| {
            self.try_get(&format!("/element/{id}/text")).ok().map(|v| v.as_str().unwrap_or_default().to_owned())
        })
    }

    /// Waits until an element's text contains `needle`.
    fn wait_text(&self, css: &str, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let last = self.text(css);
            if last.contains(needle) {
                return last;
            }
            assert!(Instant::now() < deadline, "`{css}` never showed {needle:?}; it shows {last:?}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Saves what the screen shows, as a person would see it. WebDriver's
    /// own screenshot waits for a repaint that an idle window never makes,
    /// so the X screen is captured instead.
    fn screenshot(&self, name: &str) {
        let dir = artifacts();
        std::fs::create_dir_all(&dir).unwrap();
        std::thread::sleep(Duration::from_millis(300));
        let path = dir.join(format!("{name}.png"));
        let ok = Command::new("import").args(["-window", "root"]).arg(&path).status().is_ok_and(|s| s.success());
        assert!(ok, "could not capture the screen with `import` (imagemagick) into {}", path.display());
    }
}

impl Drop for App {
    fn drop(&mut self) {
        let _ = ureq::delete(&format!("{}/session/{}", self.base, self.session)).call();
        let _ = Command::new("kill").args(["-KILL", "--", &format!("-{}", self.driver.id())]).status();
        let _ = self.driver.wait();
    }
}

/// `E2E_TRACE=1` prints each WebDriver call, to see where a test stalls.
fn trace(method: &str, path: &str) {
    if std::env::var_os("E2E_TRACE").is_some() {
        eprintln!("e2e: {method} {path}");
    }
}

fn artifacts() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../test-artifacts")
}

#[test]
#[ignore = "needs a display, tauri-driver and WebKitWebDriver: run scripts/test.sh"]
fn choosing_a_region_shows_the_flows_that_apply() {
    let app = App::start("region", |_| {});
    assert!(app.text("#flow-list").contains("Choose where you live"));
    app.screenshot("01-first-start");

    // The About view shows the version from Cargo.toml and what the app promises.
    app.click("#about-button");
    let about = app.wait_text("#about", &format!("Version {}", env!("CARGO_PKG_VERSION")));
    assert!(about.contains("never connects to the internet"), "{about}");
    app.click("#about-button");

    // Export needs a profile; the window says so instead of failing.
    app.click("#export-button");
    let notice = app.wait_text("#notice", "Save a profile first");
    assert!(!notice.contains("null"), "{notice}");

    app.click("#country option[value='DE']");
    let law = app.wait_text("#law", "GDPR");
    assert!(law.contains("right to object"), "{law}");
    let card = app.wait_text("#flow-list [data-flow-id='object-ai-training']", "Object to Meta");
    assert!(card.contains("step"), "{card}");
    app.screenshot("02-flows-for-germany");

    app.click("#flow-list [data-flow-id='object-ai-training'] button");
    app.wait_for("#flow-view [data-step-id='object-on-facebook']");
    assert!(app.find_all("#flow-view [data-step-id='ask-anyway']").is_empty(), "Germany has a right to object");
    let step = app.text("#flow-view [data-step-id='object-on-facebook']");
    assert!(step.contains("Open the Facebook objection form"), "{step}");
    assert!(step.contains("Click your profile picture"), "desktop instructions: {step}");
    app.screenshot("03-objection-walkthrough");

    // "Open in browser" hands exactly the flow's allow-listed link to the browser.
    app.click("#flow-view [data-step-id='object-on-facebook'] .open button");
    assert_eq!(app.opened(1), ["https://www.facebook.com/help/contact/6359191084165019"]);

    // The device switch changes the instructions.
    app.click("#devices input[value='ios']");
    app.wait_text("#flow-view [data-step-id='object-on-facebook']", "tap Menu at the bottom right");

    // Escalation sends a person in Germany to the German authority.
    app.click("#flow-view .link-button");
    app.click("#flow-list [data-flow-id='escalate-to-authority'] button");
    let step = app.wait_text("#flow-view [data-step-id='complain-to-your-authority']", "Your authority");
    assert!(step.contains("Bundesbeauftragte"), "{step}");
    app.click("#flow-view [data-step-id='complain-to-your-authority'] .open button");
    assert_eq!(app.opened(2).last().map(String::as_str), Some("https://www.bfdi.bund.de/"));

    // A US state without a privacy law: no legal right, and the flow says so.
    app.click("#flow-view .link-button");
    app.click("#country option[value='US']");
    app.click("#us-state option[value='US-AL']");
    app.wait_text("#law", "No law we know of");
    app.click("#flow-list [data-flow-id='object-ai-training'] button");
    app.wait_for("#flow-view [data-step-id='ask-anyway']");
    assert!(app.find_all("#flow-view [data-step-id='know-your-right']").is_empty());
    app.screenshot("04-alabama");
}

#[test]
#[ignore = "needs a display, tauri-driver and WebKitWebDriver: run scripts/test.sh"]
fn a_hostile_user_flow_renders_as_text_and_runs_nothing() {
    let app = App::start("hostile", |config| {
        std::fs::create_dir_all(config.join("flows")).unwrap();
        let evil = "<img src=x onerror=\"document.body.dataset.pwned='yes'\"><script>document.body.dataset.pwned='yes'</script>";
        let flow = json!({
            "id": "hostile", "title": format!("Title {evil}"), "summary": format!("Summary {evil} \u{202e}reversed"),
            "category": "mute", "last_verified": "2025-06-01", "confidence": "low",
            "sources": [{"id": "s", "url": "https://www.facebook.com/privacy/center/", "title": evil, "date": "2025-05-01"}],
            "steps": [{"id": "x", "title": evil, "confidence": "low", "body": "a".repeat(5000),
                       "instructions": {"all": [evil, "javascript:alert(document.cookie)"]}, "menu_path": {"all": [evil]}}]
        });
        std::fs::write(config.join("flows/hostile.json"), flow.to_string()).unwrap();
        // A flow whose link is javascript: is refused whole and never loads.
        let mut bad = flow.clone();
        bad["id"] = "bad-link".into();
        bad["steps"][0]["link"] = json!({"url": "javascript:alert(1)"});
        std::fs::write(config.join("flows/bad-link.json"), bad.to_string()).unwrap();
    });
    let notice = app.wait_text("#notice", "bad-link.json");
    assert!(notice.contains("uses `javascript:`; only https links are allowed"), "{notice}");
    app.click("#country option[value='FR']");
    assert!(app.find_all("[data-flow-id='bad-link']").is_empty(), "a flow with a javascript: link must not load");
    let card = app.wait_text("#flow-list [data-flow-id='hostile']", "<script>");
    assert!(card.contains("<img src=x onerror="), "{card}");
    app.click("#flow-list [data-flow-id='hostile'] button");
    let step = app.wait_text("#flow-view [data-step-id='x']", "<script>");
    assert!(step.contains("onerror"), "{step}");
    assert!(step.contains("javascript:alert(document.cookie)"), "{step}");
    assert!(app.find_all("#flow-view a").is_empty(), "no text becomes a link");
    assert!(app.find_all("#flow-view img, #flow-view script, #flow-list img").is_empty(), "markup was parsed");
    let pwned = app.post("/execute/sync", json!({"script": "return document.body.dataset.pwned || 'no'", "args": []}));
    assert_eq!(pwned, "no");
    // Even script running in the page could not reach past its permissions.
    let attempts = app.post("/execute/async", json!({"script": r#"
        const done = arguments[arguments.length - 1];
        const invoke = window.__TAURI_INTERNALS__.invoke;
        const tryIt = (cmd, args) => invoke(cmd, args).then(() => 'allowed', (e) => 'refused: ' + JSON.stringify(e));
        Promise.all([
            tryIt('plugin:dialog|save', {}),
            tryIt('plugin:opener|open_url', { url: 'https://example.org/' }),
            tryIt('open_step_link', { flow: 'hostile', step: 'nope', region: 'FR' }),
            tryIt('open_step_link', { flow: 'object-ai-training', step: 'object-on-facebook', region: 'FR', url: 'https://evil.example/' }),
        ]).then(done);
    "#, "args": []}));
    let attempts: Vec<String> = serde_json::from_value(attempts).unwrap();
    assert!(attempts[0].starts_with("refused"), "{attempts:?}");
    assert!(attempts[1].starts_with("refused"), "{attempts:?}");
    assert!(attempts[2].contains("link-refused"), "{attempts:?}");
    // An extra `url` argument is ignored: the flow's own link is what opens.
    assert_eq!(attempts[3], "allowed");
    assert_eq!(app.opened(1), ["https://www.facebook.com/help/contact/6359191084165019"]);
    // Long and unbroken strings wrap instead of pushing the page sideways,
    // and optional parts that are absent leave no stray text behind.
    let overflow = app.post("/execute/sync", json!({"script":
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth", "args": []}));
    assert_eq!(overflow, 0, "the page scrolls sideways");
    assert!(!app.text("#flow-view").contains("null"));
    app.screenshot("05-hostile-flow");
}

#[test]
#[ignore = "needs a display, tauri-driver and WebKitWebDriver: run scripts/test.sh"]
fn progress_made_in_the_window_survives_a_restart() {
    let app = App::start("progress", |_| {});
    app.click("#country option[value='DE']");
    app.type_text("#profile-name", "Personal Facebook");
    app.click("#save-profile-button");
    app.wait_text("#profile-row", "Personal Facebook");
    app.wait_text("#dashboard", "facebook: 0 of");

    app.click("#flow-list [data-flow-id='object-ai-training'] button");
    let step = "#flow-view [data-step-id='object-on-facebook']";
    app.click(&format!("{step} .notes summary"));
    app.type_text(&format!("{step} input[data-evidence='submitted-on']"), "11/20/2026");
    app.click(&format!("{step} .mark-done"));
    app.wait_text(&format!("{step} .status"), "Done");
    let skip = "#flow-view [data-step-id='write-your-reason']";
    app.click(&format!("{skip} .skip"));
    app.click(&format!("{skip} .skip-confirm"));
    app.wait_text("#notice", "Say why you skip this step");
    app.type_text("#reason-write-your-reason", "I prefer not to give one");
    app.click(&format!("{skip} .skip-confirm"));
    app.wait_text(&format!("{skip} .status"), "Skipped");
    let note = "#flow-view [data-step-id='know-your-right']";
    app.click(&format!("{note} .notes summary"));
    app.type_text("#note-know-your-right", "Read it twice");
    app.click(&format!("{note} .save-note"));
    // Undo takes back the last change to a step, here the note.
    app.wait_text(&format!("{note} .undo"), "Undo");
    app.screenshot("06-progress-recorded");

    // A second start does not open a second window: it brings the first forward.
    let started = Instant::now();
    let second = Command::new(env!("CARGO_BIN_EXE_meta-optout")).envs(App::env(&app.home)).output().unwrap();
    assert!(second.status.success(), "{}", String::from_utf8_lossy(&second.stderr));
    assert!(String::from_utf8_lossy(&second.stderr).contains("already open"));
    assert!(started.elapsed() < Duration::from_secs(10));

    // The data folder the window created is readable by its owner only.
    use std::os::unix::fs::PermissionsExt;
    let data = app.home.join(".local/share/meta-optout");
    assert_eq!(std::fs::metadata(&data).unwrap().permissions().mode() & 0o777, 0o700);
    assert_eq!(std::fs::metadata(data.join("progress.json")).unwrap().permissions().mode() & 0o777, 0o600);
    // So are WebKit's own folders, where the page remembers its choices.
    for webkit in [".local/share/org.metaoptout.app", ".cache/org.metaoptout.app"] {
        let mode = std::fs::metadata(app.home.join(webkit)).map(|m| m.permissions().mode() & 0o777).ok();
        assert_eq!(mode, Some(0o700), "{webkit}");
    }

    let home = app.home.clone();
    drop(app);
    let app = App::launch(home.clone());
    app.wait_text("#profile-row", "Personal Facebook");
    app.wait_text("#flow-list [data-flow-id='object-ai-training']", "2 of");
    app.click("#flow-list [data-flow-id='object-ai-training'] button");
    app.wait_text(&format!("{step} .status"), "Done");
    app.wait_text(&format!("{skip} .status"), "Skipped");
    let value = app.post("/execute/sync", json!({"script": "return document.getElementById('note-know-your-right').value", "args": []}));
    assert_eq!(value, "Read it twice");
    app.screenshot("07-progress-after-restart");

    // The command line reads the same record.
    let status = Command::new(env!("CARGO_BIN_EXE_meta-optout"))
        .args(["status", "--json"])
        .envs(App::env(&home))
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&status.stdout).unwrap();
    let steps = &doc["profiles"][0]["flows"][0]["steps"];
    let fb = steps.as_array().unwrap().iter().find(|s| s["id"] == "object-on-facebook").unwrap();
    assert_eq!(fb["status"], "done");
    assert_eq!(fb["evidence"]["submitted-on"], "2026-11-20");
}

/// Headless Chromium on a local file, with everything that would reach the
/// network switched off.
fn chromium(args: &[&str], profile: &Path) -> std::process::Output {
    Command::new("chromium")
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"])
        .args(["--disable-background-networking", "--disable-component-update", "--disable-sync"])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .output()
        .expect("chromium must be installed (scripts/setup.sh installs it)")
}

#[test]
#[ignore = "needs Chromium and poppler-utils: run scripts/test.sh"]
fn the_html_export_renders_and_prints_in_a_real_browser() {
    let home = fresh_home("print");
    let cli = |args: &[&str]| {
        let o = Command::new(env!("CARGO_BIN_EXE_meta-optout")).arg("--data-dir").arg(home.join("data")).args(args).output().unwrap();
        assert!(o.status.success(), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
    };
    cli(&["profile", "add", "Personal Facebook", "--region", "DE", "--platforms", "facebook"]);
    cli(&["mark", "object-ai-training/object-on-facebook", "done", "--note", "<script>document.title='pwned'</script> & more", "--evidence", "submitted-on=2026-11-20"]);
    let html = home.join("record.html");
    cli(&["export", "--format", "html", "--out", html.to_str().unwrap()]);
    let url = format!("file://{}", html.display());

    let dom = chromium(&["--dump-dom", &url], &home.join("chromium"));
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert!(dom.contains("<title>Record of privacy steps</title>"), "{dom}");
    assert!(dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt; &amp; more"), "the note must stay text");
    assert!(!dom.contains("<script"), "nothing in the record runs");

    let pdf = home.join("record.pdf");
    let printed = chromium(&["--no-pdf-header-footer", &format!("--print-to-pdf={}", pdf.display()), &url], &home.join("chromium"));
    assert!(printed.status.success(), "{}", String::from_utf8_lossy(&printed.stderr));
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"), "not a PDF");
    let text = Command::new("pdftotext").arg(&pdf).arg("-").output().expect("pdftotext (poppler-utils)");
    let text: String = String::from_utf8_lossy(&text.stdout).split_whitespace().collect();
    // pdftotext reads table cells column by column, so check what the page
    // carries rather than how its lines wrap.
    for needle in ["PersonalFacebook", "Sendtheobjectionfrom", "Dateyousubmittedtheform:2026-11-20", "<script>document.title='pwned'</script>&more"] {
        assert!(text.contains(needle), "the printed record lacks {needle:?}: {text}");
    }
    let digest = std::fs::read_to_string(&html).unwrap();
    let digest = digest.split("<span class=\"digest\">").nth(1).unwrap().split('<').next().unwrap().to_owned();
    assert!(text.contains(&digest), "the printed page carries the digest");
    std::fs::create_dir_all(artifacts()).unwrap();
    std::fs::copy(&pdf, artifacts().join("08-record.pdf")).unwrap();
}

#[test]
#[ignore = "needs a display and strace: run scripts/test.sh"]
fn the_app_opens_no_network_connection() {
    let home = fresh_home("no-network");
    // A saved profile, so that start-up does all its work: flows, progress, dashboard.
    let added = Command::new(env!("CARGO_BIN_EXE_meta-optout"))
        .args(["profile", "add", "Audit", "--region", "DE", "--platforms", "facebook,instagram,whatsapp"])
        .envs(App::env(&home))
        .status()
        .unwrap();
    assert!(added.success());
    let trace = home.join("trace.txt");
    // Every process the app starts (WebKit's web and network processes too)
    // is followed; the window runs for 8 seconds, then is killed.
    let status = Command::new("strace")
        .args(["-f", "-qq", "-e", "trace=connect", "-o"])
        .arg(&trace)
        .args(["--", "timeout", "-s", "KILL", "8"])
        .arg(env!("CARGO_BIN_EXE_meta-optout"))
        .envs(App::env(&home))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("strace must be installed (scripts/setup.sh installs it)");
    assert!(!status.success(), "the window should still have been open when it was killed");
    let log = std::fs::read_to_string(&trace).unwrap();
    let connects: Vec<&str> = log.lines().filter(|l| l.contains("connect(")).collect();
    assert!(connects.iter().any(|l| l.contains("AF_UNIX")), "the trace saw no connection at all; was the window started?\n{log}");
    let network: Vec<&&str> = connects.iter().filter(|l| l.contains("AF_INET")).collect();
    assert!(network.is_empty(), "the app connected to the network:\n{network:#?}");
}
