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
        App::launch_with(home, &[])
    }

    /// Like `launch`, with some of the environment replaced (`LANG`, say).
    fn launch_with(home: PathBuf, extra: &[(&str, &str)]) -> App {
        // A stand-in browser: the first `xdg-open` on PATH, which records
        // what the app asked to open instead of opening it.
        let bin = home.join("bin");
        std::fs::create_dir_all(&bin).unwrap();
        let opener = bin.join("xdg-open");
        std::fs::write(&opener, format!("#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n", home.join("opened.txt").display())).unwrap();
        std::fs::set_permissions(&opener, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
        // A port the system just handed out can be taken again before the
        // driver binds it (the native driver then cannot listen): start
        // again on fresh ports, a few times, before giving up.
        let (driver, base) = (1..=3)
            .find_map(|attempt| {
                let (port, native) = (free_port(), free_port());
                // Its own process group, so that ending it also ends the native driver it starts.
                let mut driver = std::os::unix::process::CommandExt::process_group(&mut Command::new("tauri-driver"), 0)
                    .args(["--port", &port.to_string(), "--native-port", &native.to_string()])
                    .envs(App::env(&home))
                    .envs(extra.iter().copied())
                    .stdout(Stdio::null())
                    .stderr(Stdio::inherit())
                    .spawn()
                    .expect("tauri-driver must be on PATH (scripts/setup.sh installs it)");
                let base = format!("http://127.0.0.1:{port}");
                let deadline = Instant::now() + Duration::from_secs(20);
                while ureq::get(&format!("{base}/status")).call().is_err() {
                    if Instant::now() > deadline || driver.try_wait().ok().flatten().is_some() {
                        eprintln!("e2e: tauri-driver did not start on ports {port}/{native} (attempt {attempt}); trying others");
                        let _ = Command::new("kill").args(["-KILL", "--", &format!("-{}", driver.id())]).status();
                        let _ = driver.wait();
                        return None;
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
                Some((driver, base))
            })
            .expect("tauri-driver did not start in three attempts");
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

    /// Runs a script in the page and returns its value.
    fn js(&self, script: &str) -> Value {
        self.post("/execute/sync", json!({"script": script, "args": []}))
    }

    /// Presses keys together on whatever has the focus, as a keyboard would:
    /// each goes down in order and comes up in reverse (`\u{E004}` Tab,
    /// `\u{E007}` Enter, `\u{E00D}` Space, `\u{E008}` Shift).
    fn press(&self, keys: &[&str]) {
        let down = keys.iter().map(|k| json!({"type": "keyDown", "value": k}));
        let up = keys.iter().rev().map(|k| json!({"type": "keyUp", "value": k}));
        let actions: Vec<Value> = down.chain(up).collect();
        self.post("/actions", json!({"actions": [{"type": "key", "id": "keyboard", "actions": actions}]}));
    }

    /// Presses Tab (Shift+Tab when `backwards`) until the focus is on an
    /// element matching `css`, as someone with only a keyboard would; fails
    /// after `max` presses.
    fn tab_to(&self, css: &str, max: usize, backwards: bool) {
        let keys: &[&str] = if backwards { &["\u{E008}", "\u{E004}"] } else { &["\u{E004}"] };
        for _ in 0..max {
            if self.js(&format!("return document.activeElement.matches({})", json!(css))) == true {
                return;
            }
            self.press(keys);
        }
        panic!("`{css}` was not reached with {max} presses of {}", if backwards { "Shift+Tab" } else { "Tab" });
    }

    /// Checks the screen with axe-core, run in the page, against WCAG 2.1
    /// A and AA; fails with each violation and where it is.
    fn assert_accessible(&self, screen: &str) {
        let axe = std::env::var("AXE_CORE_JS").map(PathBuf::from).unwrap_or_else(|_| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/e2e-tools/node_modules/axe-core/axe.min.js")
        });
        let source = std::fs::read_to_string(&axe)
            .unwrap_or_else(|e| panic!("axe-core is needed at {} ({e}); scripts/test.sh installs it", axe.display()));
        self.js(&format!("{source}\n;return true"));
        let violations = self.post("/execute/async", json!({"script": r#"
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
              .then((r) => done(r.violations.map((v) => `${v.id}: ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)),
                    (e) => done([`axe failed: ${e}`]));
        "#, "args": []}));
        let violations: Vec<String> = serde_json::from_value(violations).unwrap();
        assert!(violations.is_empty(), "{screen}: accessibility violations:\n{}", violations.join("\n"));
    }

    /// The first-run form, filled in and sent.
    fn first_run(&self, country: &str, platforms: &[&str], name: &str) {
        self.click(&format!("#country option[value='{country}']"));
        for p in platforms {
            self.click(&format!("#platforms input[value='{p}']"));
        }
        self.js("document.getElementById('profile-name').value = ''");
        self.type_text("#profile-name", name);
        self.click("#profile-submit");
        self.wait_for("#screen-dashboard:not([hidden]) #flow-list");
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
fn first_run_leads_to_an_overview_tailored_to_the_situation() {
    let app = App::start("first-run", |_| {});
    app.wait_text("#profile-title", "Welcome");
    app.screenshot("01-first-run");
    app.assert_accessible("first run");

    // Sent empty: each missing answer is named, and what was typed stays.
    app.js("document.getElementById('profile-name').value = ''");
    app.type_text("#profile-name", "Family laptop");
    app.click("#profile-submit");
    let errors = app.wait_text("#profile-errors", "Choose the country you live in");
    assert!(errors.contains("Tick at least one app"), "{errors}");
    assert_eq!(app.js("return document.getElementById('country').getAttribute('aria-invalid')"), "true");
    assert_eq!(app.js("return document.getElementById('profile-name').value"), "Family laptop");

    app.first_run("DE", &["facebook", "instagram"], "Family laptop");
    let head = app.text("#screen-dashboard");
    assert!(head.contains("Family laptop"), "{head}");
    let rights = app.text(".rights");
    assert!(rights.contains("Your rights in Germany"), "{rights}");
    assert!(rights.contains("You have a legal right to object"), "{rights}");
    let card = app.text("#flow-list [data-flow-id='object-ai-training']");
    assert!(card.contains("0 of 5 steps done"), "{card}");
    assert!(card.contains("Next: Know what your objection can do"), "{card}");
    assert!(!app.text("#screen-dashboard").contains("null"));
    // The text is set in the window's own two faces, both loaded from the app.
    let faces = app.js(r#"return [...document.fonts].map((f) => `${f.family.replaceAll('"', '')} ${f.weight} ${f.status}`).join(', ')"#);
    assert_eq!(faces.as_str().unwrap_or(""), "App Sans 400 loaded, App Sans 600 700 loaded", "{faces}");
    assert_eq!(app.js("return document.fonts.check('600 16px \"App Sans\"', 'Łódź')"), true);
    app.screenshot("02-dashboard");
    app.assert_accessible("dashboard");

    app.click("#nav-about");
    app.wait_text("#screen-about", &format!("Version {}", env!("CARGO_PKG_VERSION")));
    app.assert_accessible("about");
    app.screenshot("03-about");

    // Moving to Alabama: no right to object, and the guide says so plainly.
    app.click("#nav-dashboard");
    app.click("#edit-profile");
    app.click("#country option[value='US']");
    app.click("#subdivision option[value='US-AL']");
    app.assert_accessible("profile editing");
    app.click("#profile-submit");
    let rights = app.wait_text(".rights", "There is no legal right here to object");
    assert!(rights.contains("Alabama"), "{rights}");
    app.click("#flow-list [data-flow-id='object-ai-training'] .open-flow");
    app.wait_for("#screen-walk .stepper [data-step-id='ask-anyway']");
    assert!(app.find_all("#screen-walk [data-step-id='know-your-right']").is_empty());

    // The escalation guide names the authority and opens its site.
    app.click("#nav-dashboard");
    app.click("#edit-profile");
    app.click("#country option[value='FR']");
    app.click("#profile-submit");
    app.click("#flow-list [data-flow-id='escalate-to-authority'] .open-flow");
    app.click("#screen-walk .stepper [data-step-id='complain-to-your-authority']");
    let step = app.wait_text("#screen-walk article[data-step-id='complain-to-your-authority']", "Your authority");
    assert!(step.contains("CNIL") || step.contains("Commission nationale"), "{step}");
    // The complaint is written in the authority's language.
    let letter = app.js("return document.querySelector('.letter').dataset.locale");
    assert_eq!(letter, "fr");
    app.click("#screen-walk .open-link");
    assert!(app.opened(1)[0].starts_with("https://www.cnil.fr/"), "{:?}", app.opened(1));
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
    app.first_run("FR", &["facebook"], "Test");
    assert!(app.find_all("[data-flow-id='bad-link']").is_empty(), "a flow with a javascript: link must not load");
    let card = app.wait_text("#flow-list [data-flow-id='hostile']", "<script>");
    assert!(card.contains("<img src=x onerror="), "{card}");
    app.click("#flow-list [data-flow-id='hostile'] .open-flow");
    let step = app.wait_text("#screen-walk article[data-step-id='x']", "<script>");
    // Last checked long ago: the guide says so before anything else.
    let stale = app.text("#screen-walk .stale-banner");
    assert!(stale.contains("more than 180 days ago"), "{stale}");
    assert!(step.contains("onerror"), "{step}");
    assert!(step.contains("javascript:alert(document.cookie)"), "{step}");
    assert!(app.find_all("#screen-walk a").is_empty(), "no text becomes a link");
    assert!(app.find_all("#screen-walk img, #screen-walk script, #flow-list img").is_empty(), "markup was parsed");
    let pwned = app.js("return document.body.dataset.pwned || 'no'");
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
    // The page's content security policy holds in the real window: script
    // slipped into the page as an element is refused, not run.
    let refused = app.post("/execute/async", json!({"script": r#"
        const done = arguments[arguments.length - 1];
        document.addEventListener('securitypolicyviolation', (e) => done(e.violatedDirective), { once: true });
        const s = document.createElement('script');
        s.textContent = 'document.body.dataset.inline = "ran"';
        document.head.append(s);
        setTimeout(() => done(document.body.dataset.inline || 'no violation reported'), 3000);
    "#, "args": []}));
    assert!(refused.as_str().is_some_and(|d| d.starts_with("script-src")), "{refused}");
    assert_eq!(app.js("return document.body.dataset.inline || 'no'"), "no");
    // Long and unbroken strings wrap instead of pushing the page sideways,
    // and optional parts that are absent leave no stray text behind.
    let overflow = app.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assert_eq!(overflow, 0, "the page scrolls sideways");
    assert!(!app.text("#screen-walk").contains("null"));
    app.screenshot("05-hostile-flow");
}

/// The whole objection for a profile in Germany, in German, from the first
/// step to the follow-up, then the escalation letter built from it; the
/// language and the record survive a restart.
#[test]
#[ignore = "needs a display, tauri-driver and WebKitWebDriver: run scripts/test.sh"]
fn a_german_facebook_objection_from_first_step_to_follow_up() {
    let app = App::start("objection-de", |_| {});
    app.first_run("DE", &["facebook"], "Mein Facebook");

    // The language is switched in the window, not by the system.
    app.click("#nav-settings");
    app.click("#app-language option[value='de']");
    app.wait_text("#settings-title", "Einstellungen");
    app.assert_accessible("settings");
    app.wait_text("#nav-dashboard", "Übersicht");
    app.click("#meta-language option[value='de']");
    app.click("#nav-dashboard");
    let card = app.wait_text("#flow-list [data-flow-id='object-ai-training']", "Schritten erledigt");
    assert!(card.contains("Der Nutzung Ihrer Informationen für Metas KI widersprechen"), "{card}");
    assert_eq!(app.js("return document.documentElement.lang"), "de");
    app.screenshot("10-de-dashboard");

    app.click("#flow-list [data-flow-id='object-ai-training'] .open-flow");
    app.wait_for("#screen-walk article[data-step-id='know-your-right']");
    app.assert_accessible("walkthrough");
    app.click("#screen-walk .mark-done");
    app.wait_for("#screen-walk article[data-step-id='know-the-deadline']");
    app.click("#screen-walk .mark-done");

    // The reason goes into the letter as it is typed.
    app.wait_for("#screen-walk article[data-step-id='write-your-reason']");
    app.type_text("#note-write-your-reason", "Auf meinen Fotos sind meine Kinder zu sehen.");
    let letters: Vec<String> = serde_json::from_value(app.js("return [...document.querySelectorAll('.letter-text')].map((t) => t.value)")).unwrap();
    assert_eq!(letters.len(), 2, "the objection in German and in English");
    assert!(letters[0].contains("Art. 21 Abs. 1") && letters[0].contains("DSGVO"), "{}", letters[0]);
    assert!(letters[0].contains("Auf meinen Fotos sind meine Kinder"), "{}", letters[0]);
    assert!(letters[1].contains("Article 21(1) of the General Data Protection Regulation"), "{}", letters[1]);
    app.screenshot("11-de-letter");
    app.click("#screen-walk .mark-done");

    // The submission step: menu path in German with the English beside it,
    // marked unconfirmed; instructions per device; the form opens in the browser.
    let step = "#screen-walk article[data-step-id='object-on-facebook']";
    app.wait_for(step);
    let crumbs = app.text(&format!("{step} .breadcrumb"));
    assert!(crumbs.contains("Einstellungen und Privatsphäre") && crumbs.contains("Settings & privacy"), "{crumbs}");
    assert!(crumbs.contains("nicht bestätigt") || crumbs.contains("unbestätigt"), "{crumbs}");
    let desktop = app.text(&format!("{step} .instructions"));
    app.click(&format!("{step} .device-switch input[value='ios']"));
    let ios = app.retry(&format!("{step} .instructions"), "instructions did not change", |id| {
        let t = app.try_get(&format!("/element/{id}/text")).ok()?.as_str()?.to_owned();
        (t != desktop).then_some(t)
    });
    assert!(ios.contains("Menü") || ios.contains("Tippen"), "{ios}");
    app.click(&format!("{step} .device-switch input[value='desktop']"));
    app.wait_text(&format!("{step} .instructions"), &desktop[..20]);
    app.click(&format!("{step} .open-link"));
    assert_eq!(app.opened(1), ["https://www.facebook.com/help/contact/6359191084165019"]);
    app.type_text(&format!("{step} input[data-evidence='submitted-on']"), "11/20/2026");
    app.type_text(&format!("{step} input[data-evidence='email-used']"), "ich@example.org");
    app.screenshot("12-de-submission-step");
    app.click(&format!("{step} .mark-done"));
    // On the last step the confirmation appears beside the buttons, in view,
    // focused and announced, with the follow-up and its date.
    let said = app.wait_text("#screen-walk .record-confirmation", "erledigt");
    assert!(said.contains("2026"), "the follow-up and its date are announced: {said}");
    assert!(said.contains("Als Nächstes in Ihrer Übersicht"), "and the guide that comes next: {said}");
    let active = app.js("return document.activeElement.outerHTML.slice(0, 200)");
    assert!(active.as_str().unwrap_or("").contains("record-confirmation"), "the focus is on the confirmation, not {active}");
    assert_eq!(app.js("return document.querySelector('#screen-walk .record-confirmation').getAttribute('role')"), "status");
    let seen = app.js("const r = document.querySelector('#screen-walk .record-confirmation').getBoundingClientRect(); return [r.top >= 0 && r.bottom <= innerHeight + 1, `${r.top} ${r.bottom} ${innerHeight} ${scrollY}`]");
    assert_eq!(seen[0], true, "the confirmation is in view: {seen}");

    // The follow-up is on the overview with its date.
    app.click("#nav-dashboard");
    // Meta's month runs from the day the form was sent, not the day it was recorded.
    let follow = app.wait_text(".follow-ups", "20. Dezember 2026");
    assert!(follow.contains("Facebook"), "{follow}");
    let card = app.text("#flow-list [data-flow-id='object-ai-training']");
    assert!(card.contains("4 von 4"), "{card}");
    app.screenshot("13-de-follow-up");

    // The complaint letter carries the date and address from the record.
    app.click("#flow-list [data-flow-id='escalate-to-authority'] .open-flow");
    app.click("#screen-walk .stepper [data-step-id='complain-to-your-authority']");
    app.wait_for("#screen-walk article[data-step-id='complain-to-your-authority'] .letter");
    let open = app.text("#screen-walk .open-link");
    assert!(open.starts_with("Website öffnen: "), "{open}");
    let complaint = app.js("return document.querySelector('.letter-text').value");
    let complaint = complaint.as_str().unwrap();
    assert!(complaint.contains("20. November 2026"), "{complaint}");
    assert!(complaint.contains("ich@example.org"), "{complaint}");
    assert!(complaint.contains("Art. 77"), "{complaint}");
    app.screenshot("14-de-complaint");

    // Skipping needs a reason, and says so in German.
    app.click("#screen-walk .stepper [data-step-id='gather-your-record']");
    let skip = "#screen-walk article[data-step-id='gather-your-record']";
    app.click(&format!("{skip} .skip"));
    app.click(&format!("{skip} .skip-confirm"));
    app.wait_text("#notice", "überspringen");
    app.type_text("#reason-gather-your-record", "Mache ich später");
    app.click(&format!("{skip} .skip-confirm"));
    app.wait_for("#screen-walk .stepper li.st-skipped [data-step-id='gather-your-record']");
    assert!(app.text(&format!("{skip} .status")).contains("Mache ich später"));

    // A second start does not open a second window: it brings the first forward.
    let second = Command::new(env!("CARGO_BIN_EXE_meta-optout")).envs(App::env(&app.home)).output().unwrap();
    assert!(second.status.success(), "{}", String::from_utf8_lossy(&second.stderr));
    assert!(String::from_utf8_lossy(&second.stderr).contains("already open"));
    // The data folder and WebKit's own are readable by their owner only.
    use std::os::unix::fs::PermissionsExt;
    let data = app.home.join(".local/share/meta-optout");
    assert_eq!(std::fs::metadata(&data).unwrap().permissions().mode() & 0o777, 0o700);
    assert_eq!(std::fs::metadata(data.join("progress.json")).unwrap().permissions().mode() & 0o777, 0o600);
    for webkit in [".local/share/org.metaoptout.app", ".cache/org.metaoptout.app"] {
        let mode = std::fs::metadata(app.home.join(webkit)).map(|m| m.permissions().mode() & 0o777).ok();
        assert_eq!(mode, Some(0o700), "{webkit}");
    }

    // After a restart: still German, still where it was.
    app.click("#nav-dashboard");
    let cards = "return [...document.querySelectorAll('#flow-list li')].map((li) => li.dataset.flowId).join(' ')";
    // The overview as drawn afresh after the skip, not the one left hidden.
    app.wait_for("#screen-dashboard:not([hidden]) #flow-list");
    app.wait_text("#flow-list [data-flow-id='escalate-to-authority']", "1 von 4");
    let before = app.js(cards);
    let overview = "return document.getElementById('screen-dashboard').innerText";
    let drawn_by_intl = app.js(overview);
    let home = app.home.clone();
    drop(app);
    let app = App::launch(home.clone());
    app.wait_text("#nav-dashboard", "Übersicht");
    app.wait_text("#flow-list [data-flow-id='object-ai-training']", "4 von 4");
    app.wait_text(".follow-ups", "2026");
    // The first frame draws the top of the overview; once the page says it
    // is ready, the rest is there too: every guide and the record tools.
    let after = app.js(cards);
    assert!(before.as_str().unwrap().split(' ').count() > 2, "{before}");
    assert_eq!(after, before);
    app.wait_for("#export-format");
    app.screenshot("15-de-after-restart");

    // This overview was drawn from Intl's answers kept by the last run
    // (dates, the country, plurals, numbers): it reads as the one Intl drew.
    assert_eq!(app.js(overview), drawn_by_intl);
    let kept = app.js("return JSON.parse(localStorage.getItem('meta-optout.formats'))");
    assert_eq!(kept["locale"], "de", "{kept}");
    assert_eq!(kept["dates"]["2026-12-20"], "20. Dezember 2026", "{kept}");
    assert_eq!(kept["regions"]["DE"], "Deutschland", "{kept}");
    let plurals = r#"const k = JSON.parse(localStorage.getItem('meta-optout.formats'));
        const rules = new Intl.PluralRules('de');
        const name = { z: 'zero', o: 'one', t: 'two', f: 'few', m: 'many', x: 'other' };
        return [...k.plurals].every((l, n) => name[l] === rules.select(n))"#;
    assert_eq!(app.js(plurals), true);
    // Damaged kept answers are dropped and asked of Intl again.
    app.js("localStorage.setItem('meta-optout.formats', JSON.stringify({ locale: 'de', plurals: 'x', dates: { '2026-12-20': 'gestern' } })); location.reload()");
    std::thread::sleep(Duration::from_millis(500));
    app.wait_for("body[data-ready='true']");
    app.wait_text(".follow-ups", "20. Dezember 2026");
    app.wait_for("#export-format");
    assert_eq!(app.js(overview), drawn_by_intl);
    // Kept answers older than a week still draw the overview (this one was
    // edited, to tell them from Intl's), and are asked of Intl again once
    // it is drawn.
    let kept_date = "return JSON.parse(localStorage.getItem('meta-optout.formats'))?.dates?.['2026-12-20'] ?? ''";
    app.retry("body", "the kept answers were not written again", |_| (app.js(kept_date) == "20. Dezember 2026").then_some(()));
    app.js("const k = JSON.parse(localStorage.getItem('meta-optout.formats')); k.checked -= 8 * 86400000; k.dates['2026-12-20'] = 'am Zwanzigsten'; localStorage.setItem('meta-optout.formats', JSON.stringify(k)); location.reload()");
    std::thread::sleep(Duration::from_millis(500));
    app.wait_for("body[data-ready='true']");
    app.wait_text(".follow-ups", "am Zwanzigsten");
    app.retry("body", "week-old answers were not asked of Intl again", |_| (app.js(kept_date) == "20. Dezember 2026").then_some(()));
    app.js("location.reload()");
    std::thread::sleep(Duration::from_millis(500));
    app.wait_for("body[data-ready='true']");
    app.wait_text(".follow-ups", "20. Dezember 2026");

    // The words are read from the parse the last run kept, while the file
    // is the text it was made from: a kept parse that says otherwise shows.
    let kept_words = "return JSON.parse(localStorage.getItem('meta-optout.words.de/app'))";
    let words = app.js(kept_words);
    assert!(words["text"].as_str().is_some_and(|t| t.contains("nav-dashboard = Übersicht")), "{words}");
    assert!(words["body"].as_array().is_some_and(|b| b.iter().any(|m| m["id"] == "nav-dashboard")), "{words}");
    let doctor = |text: &str, body: &str| {
        app.js(&format!(
            "const k = JSON.parse(localStorage.getItem('meta-optout.words.de/app'));
             localStorage.setItem('meta-optout.words.de/app', JSON.stringify({{ text: {text}, body: {body} }})); location.reload()"
        ));
        std::thread::sleep(Duration::from_millis(500));
        app.wait_for("body[data-ready='true']");
    };
    let renamed = "k.body.map((m) => m.id === 'nav-dashboard' ? { ...m, value: 'Überblick' } : m)";
    doctor("k.text", renamed);
    app.wait_text("#nav-dashboard", "Überblick");
    // Kept from other text (the file was updated since), or damaged: the
    // file is parsed anew, and its parse kept again.
    doctor("k.text + '\\n# edited'", renamed);
    app.wait_text("#nav-dashboard", "Übersicht");
    app.retry("body", "the words' parse was not kept again", |_| {
        (app.js(kept_words)["text"].as_str().is_some_and(|t| !t.ends_with("# edited"))).then_some(())
    });
    doctor("k.text", "[{ id: 'nav-dashboard', value: { evil: true } }]");
    app.wait_text("#nav-dashboard", "Übersicht");
    app.wait_text("#flow-list [data-flow-id='object-ai-training']", "4 von 4");

    // The command line reads the same record.
    let status = Command::new(env!("CARGO_BIN_EXE_meta-optout")).args(["status", "--json"]).envs(App::env(&home)).output().unwrap();
    let doc: Value = serde_json::from_slice(&status.stdout).unwrap();
    let steps = &doc["profiles"][0]["flows"][0]["steps"];
    let fb = steps.as_array().unwrap().iter().find(|s| s["id"] == "object-on-facebook").unwrap();
    assert_eq!(fb["status"], "done");
    assert_eq!(fb["evidence"]["submitted-on"], "2026-11-20");
    assert_eq!(fb["evidence"]["email-used"], "ich@example.org");
}

#[test]
#[ignore = "needs a display, tauri-driver and WebKitWebDriver: run scripts/test.sh"]
fn a_step_can_be_completed_with_the_keyboard_alone() {
    let app = App::start("keyboard", |_| {});
    app.first_run("IE", &["instagram"], "Keys");
    // From the top of the page, Tab reaches the guide's button; Enter opens it.
    app.js("document.activeElement.blur(); window.scrollTo(0, 0)");
    app.tab_to("[data-flow-id='object-ai-training'] .open-flow", 60, false);
    let outline = app.js("const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth");
    assert!(!outline.as_str().unwrap().starts_with("none"), "the focus must be visible: {outline}");
    app.press(&["\u{E007}"]);
    app.wait_for("#screen-walk article[data-step-id='know-your-right']");
    // Tab to Done and press Space: the step is recorded and the next shown.
    app.tab_to("#screen-walk .mark-done", 60, false);
    app.screenshot("20-keyboard-focus");
    app.press(&["\u{E00D}"]);
    app.wait_for("#screen-walk article[data-step-id='know-the-deadline']");
    app.wait_for("#screen-walk .stepper li.st-done [data-step-id='know-your-right']");
    // The focus moved to the new step's title, so reading goes on from there.
    assert_eq!(app.js("return document.activeElement.id"), "step-title");
    // Back to the overview by keyboard too (Shift+Tab goes backwards).
    app.tab_to("#screen-walk .back", 15, true);
    app.press(&["\u{E007}"]);
    app.wait_text("#flow-list [data-flow-id='object-ai-training']", "1 of");
}

/// A progress file the app cannot read is left as it is; the window says
/// so in plain words and sets it aside only when asked.
#[test]
#[ignore = "needs a display, tauri-driver and WebKitWebDriver: run scripts/test.sh"]
fn a_damaged_progress_file_is_kept_and_set_aside_only_when_asked() {
    let home = fresh_home("damaged");
    let data = home.join(".local/share/meta-optout");
    std::fs::create_dir_all(&data).unwrap();
    let damaged = br#"{"format": "meta-optout-progress", "version": 1, "events": ["#;
    std::fs::write(data.join("progress.json"), damaged).unwrap();
    let app = App::launch(home);
    let notice = app.wait_text("#notice", "Your progress file is damaged and was not changed");
    assert!(notice.contains("ends too early"), "{notice}");
    assert_eq!(std::fs::read(data.join("progress.json")).unwrap(), damaged, "the file was touched");
    app.screenshot("50-damaged-progress");
    app.click("#notice .primary");
    let notice = app.wait_text("#notice", "Your progress starts afresh");
    assert!(notice.contains("progress.json.damaged-"), "{notice}");
    app.wait_text("#profile-title", "Welcome");
    let aside: Vec<_> = std::fs::read_dir(&data).unwrap().filter_map(Result::ok).filter(|e| e.file_name().to_string_lossy().contains(".damaged-")).collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(std::fs::read(aside[0].path()).unwrap(), damaged, "kept byte for byte");
}

/// With no choice made in the window, it speaks the system's language and
/// follows its dark scheme, and stays readable (contrast) in it.
#[test]
#[ignore = "needs a display, tauri-driver and WebKitWebDriver: run scripts/test.sh"]
fn the_window_follows_the_system_language_and_dark_scheme() {
    let home = fresh_home("system-fr-dark");
    // Eleven hours behind UTC: midnight UTC is the day before there.
    let app = App::launch_with(home, &[("LANG", "fr_FR.UTF-8"), ("LC_ALL", ""), ("GTK_THEME", "Adwaita:dark"), ("TZ", "Pacific/Pago_Pago")]);
    app.wait_text("#profile-title", "Bienvenue");
    assert_eq!(app.js("return document.documentElement.lang"), "fr");
    // A calendar date is shown as that day wherever the person is; one that
    // does not exist is shown as written.
    let dates = app.post("/execute/async", json!({"script": r#"
        const done = arguments[arguments.length - 1];
        import('./js/i18n.js').then((m) => done(['2026-03-01', '2026-12-31', '2026-02-30'].map((d) => m.formatDate(d))));
    "#, "args": []}));
    assert_eq!(dates, json!(["1 mars 2026", "31 décembre 2026", "2026-02-30"]));
    assert_eq!(app.js("return matchMedia('(prefers-color-scheme: dark)').matches"), true);
    app.screenshot("40-fr-dark-first-run");
    app.assert_accessible("first run, dark");
    app.first_run("BE", &["facebook", "whatsapp"], "Compte");
    let rights = app.wait_text(".rights", "Belgique");
    assert!(rights.contains("RGPD"), "{rights}");
    app.assert_accessible("dashboard, dark");
    app.click("#flow-list [data-flow-id='object-ai-training'] .open-flow");
    app.click("#screen-walk .stepper [data-step-id='object-on-whatsapp']");
    app.wait_for("#screen-walk article[data-step-id='object-on-whatsapp'] .letter");
    app.assert_accessible("walkthrough, dark");
    app.screenshot("41-fr-dark-walkthrough");
}

/// The pseudo-locale (every string accented and about 40% longer) at the
/// smallest window size: nothing is clipped or pushed off the side, and
/// every string on every screen went through translation.
#[test]
#[ignore = "needs a display, tauri-driver and WebKitWebDriver: run scripts/test.sh"]
fn every_screen_holds_longer_text_at_800_by_600() {
    let app = App::start("pseudo", |_| {});
    app.post("/window/rect", json!({"width": 800, "height": 600}));
    app.js("localStorage.setItem('meta-optout.window', JSON.stringify({ locale: 'en-XA' })); location.reload()");
    std::thread::sleep(Duration::from_millis(500));
    app.wait_for("body[data-ready='true']");
    let check = |screen: &str| {
        let found = app.js(PSEUDO_CHECK);
        let found: Vec<String> = serde_json::from_value(found).unwrap();
        assert!(found.is_empty(), "{screen}:\n{}", found.join("\n"));
        app.screenshot(&format!("30-pseudo-{screen}"));
    };
    app.wait_text("#profile-title", "Ẇḗḗŀƈǿǿḿḗḗ");
    check("first-run");
    app.first_run("BR", &["facebook", "instagram", "whatsapp"], "Pseudo");
    check("dashboard");
    app.click("#flow-list [data-flow-id='object-ai-training'] .open-flow");
    // At 800x600 the list of steps is one line that opens it.
    app.wait_for("#screen-walk:not([hidden]) .stepper-box");
    assert_eq!(app.js("return document.querySelector('#screen-walk .stepper-box').open"), false);
    app.click("#screen-walk .stepper-box > summary");
    app.click("#screen-walk .stepper [data-step-id='object-on-facebook']");
    app.wait_for("#screen-walk article[data-step-id='object-on-facebook'] .letter");
    // The step's title and its first instruction are in view.
    let in_view = app.js("const t = document.getElementById('step-title').getBoundingClientRect(); const i = document.querySelector('#screen-walk .instructions li').getBoundingClientRect(); return [t.top >= -1, i.bottom <= innerHeight, `${t.top} ${i.top} ${i.bottom} ${innerHeight} ${scrollY}`]");
    app.screenshot("30-pseudo-step-at-800x600");
    assert_eq!((&in_view[0], &in_view[1]), (&json!(true), &json!(true)), "at 800x600 the title and first instruction are visible: {in_view}");
    check("walkthrough");
    app.js("document.querySelector('.letters').scrollIntoView()");
    app.screenshot("30-pseudo-walkthrough-letter");
    // A step whose link is the person's own authority, named by the app.
    app.click("#nav-dashboard");
    app.click("#flow-list [data-flow-id='escalate-to-authority'] .open-flow");
    app.click("#screen-walk .stepper-box > summary");
    app.click("#screen-walk .stepper [data-step-id='petition-the-anpd']");
    app.wait_for("#screen-walk article[data-step-id='petition-the-anpd'] .open-link");
    check("walkthrough-authority");
    app.click("#nav-settings");
    check("settings");
    app.click("#nav-about");
    check("about");
    app.click("#nav-dashboard");
    app.click("#edit-profile");
    check("profile");
}

/// Finds what would spoil a screen in another language: text cut off or
/// pushed past the window's edge, and text that skipped translation (in the
/// pseudo-locale every translated string carries accented letters).
const PSEUDO_CHECK: &str = r#"
  const problems = [];
  const screen = document.querySelector('.screen:not([hidden])');
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width) problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
  const accented = /[ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ]/;
  const names = new Set(['Facebook', 'Instagram', 'WhatsApp', 'Messenger', 'Threads', 'Pseudo']);
  const skip = 'select, option, textarea, input, .url, .visually-hidden, details.sources ul, details.step-sources ul';
  for (const root of [document.querySelector('header'), screen]) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent.trim();
      if (!text || el.closest(skip) || !el.getClientRects().length) continue;
      if (/[A-Za-z]{3,}/.test(text) && !accented.test(text) && !names.has(text)) problems.push(`not translated: "${text.slice(0, 60)}" in <${el.tagName.toLowerCase()} class="${el.className}">`);
      const r = el.getBoundingClientRect();
      if (r.right > width + 1 || r.left < -1) problems.push(`past the edge: "${text.slice(0, 40)}" (${Math.round(r.left)}..${Math.round(r.right)} of ${width})`);
      const style = getComputedStyle(el);
      if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) problems.push(`clipped: "${text.slice(0, 40)}"`);
    }
  }
  for (const b of screen.querySelectorAll('button, label, legend')) {
    if (b.getClientRects().length && b.scrollWidth > b.clientWidth + 1) problems.push(`clipped control: "${b.textContent.trim().slice(0, 40)}"`);
  }
  return problems;
"#;

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
    for needle in ["PersonalFacebook", "Sendtheobjectionfrom", "Dateyousubmittedtheform:20November2026", "<script>document.title='pwned'</script>&more"] {
        assert!(text.contains(needle), "the printed record lacks {needle:?}: {text}");
    }
    let digest = std::fs::read_to_string(&html).unwrap();
    let digest = digest.split("SHA-256 <code>").nth(1).unwrap().split('<').next().unwrap().to_owned();
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

/// Types into a dialog, as a person would: the app's save and open dialogs
/// are the toolkit's own, out of WebDriver's reach. Waits for the window titled `title` and gives it the keyboard
/// (there is no window manager under Xvfb to do that).
fn answer_dialog(title: &str, keys: &[&str]) {
    let found = Command::new("xdotool").args(["search", "--sync", "--onlyvisible", "--name", title, "windowfocus", "--sync"]).output();
    assert!(found.is_ok_and(|o| o.status.success()), "no window titled {title:?} appeared (xdotool is needed: scripts/setup.sh installs it)");
    std::thread::sleep(Duration::from_millis(300));
    for key in keys {
        let args: Vec<&str> = match key.strip_prefix("key:") {
            Some(k) => vec!["key", k],
            None => vec!["type", "--delay", "20", key],
        };
        assert!(Command::new("xdotool").args(&args).status().is_ok_and(|s| s.success()), "xdotool {args:?} failed");
    }
}

/// Picks an existing file in the open dialog titled `title`, from the
/// keyboard: a "/" opens the dialog's location field, which takes a moment
/// to come up; its completion may take the first Enter, as it would a
/// person's.
fn open_in_dialog(title: &str, file: &Path) {
    answer_dialog(title, &["/"]);
    std::thread::sleep(Duration::from_millis(500));
    answer_dialog(title, &[file.to_str().unwrap().trim_start_matches('/')]);
    for _ in 0..3 {
        std::thread::sleep(Duration::from_millis(700));
        if !dialog_shown(title) {
            break;
        }
        answer_dialog(title, &["key:Return"]);
    }
}

/// Whether a window titled `title` is on screen now.
fn dialog_shown(title: &str) -> bool {
    Command::new("xdotool").args(["search", "--onlyvisible", "--name", title]).output().is_ok_and(|o| o.status.success())
}

/// X properties of window `id`, as `xprop` prints them.
fn xprop(id: &str, names: &[&str]) -> String {
    let out = Command::new("xprop").args(["-id", id]).args(names).output().expect("xprop is needed (scripts/setup.sh installs x11-utils)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The dialog titled `title` belongs to the app's window, as a person
/// expects of a save or open dialog: it is modal (the window takes no input
/// until it is answered) and kept above the window, whose title it names.
fn assert_dialog_belongs_to_window(title: &str) {
    let found = Command::new("xdotool").args(["search", "--sync", "--onlyvisible", "--name", title]).output().unwrap();
    let found = String::from_utf8_lossy(&found.stdout).into_owned();
    let dialog = found.lines().next().unwrap_or_else(|| panic!("no window titled {title:?} appeared")).trim();
    let props = xprop(dialog, &["WM_TRANSIENT_FOR", "_NET_WM_STATE"]);
    assert!(props.contains("_NET_WM_STATE_MODAL"), "the dialog {title:?} is not modal:\n{props}");
    let owner = props
        .lines()
        .find_map(|l| l.split_once("WM_TRANSIENT_FOR(WINDOW): window id # ").map(|(_, id)| id.trim().to_owned()))
        .unwrap_or_else(|| panic!("the dialog {title:?} is not tied to any window:\n{props}"));
    let name = xprop(&owner, &["WM_NAME"]);
    assert!(name.contains("\"Meta opt-out\""), "the dialog {title:?} is tied to another window than the app's:\n{name}");
}

/// The record leaves the app only through the save dialog the app opens
/// itself: cancelled, nothing is written; answered, the record is where the
/// person said, readable by them only, and the window says where it went.
/// The open dialog brings a JSON export back in. Both belong to the window
/// and start in the person's documents folder.
#[test]
#[ignore = "needs a display, tauri-driver and WebKitWebDriver: run scripts/test.sh"]
fn the_save_and_open_dialogs_put_the_record_where_the_person_says() {
    // The desktop names a documents folder of its own, as xdg-user-dirs does.
    let app = App::start("dialogs", |config| {
        let home = config.parent().unwrap();
        std::fs::create_dir_all(home.join(".config")).unwrap();
        std::fs::create_dir_all(home.join("Papers")).unwrap();
        std::fs::write(home.join(".config/user-dirs.dirs"), "XDG_DOCUMENTS_DIR=\"$HOME/Papers\"\n").unwrap();
    });
    app.first_run("DE", &["facebook"], "Dialogs");
    let out = app.home.join("chosen");
    std::fs::create_dir_all(&out).unwrap();
    // Clicked from a task of the page's own, so that WebDriver does not wait
    // on a dialog it cannot see.
    let export = "document.getElementById('export-format').value = 'md'; setTimeout(() => document.getElementById('export-button').click(), 0)";

    app.js(export);
    assert_dialog_belongs_to_window("Save your record");
    answer_dialog("Save your record", &["key:Escape"]);
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 0, "a cancelled dialog wrote something");

    app.js(export);
    // The dialog proposes a name and selects it up to the extension; typing
    // a path replaces the selection, the extension stays.
    let typed = out.join("my-record");
    answer_dialog("Save your record", &[typed.to_str().unwrap(), "key:Return"]);
    let saved = out.join("my-record.md");
    let notice = app.wait_text("#notice", saved.to_str().unwrap());
    assert!(notice.contains("Dialogs"), "{notice}");
    let text = std::fs::read_to_string(&saved).unwrap();
    assert!(text.starts_with("# Record of privacy steps"), "{text}");
    let mode = std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&saved).unwrap().permissions());
    assert_eq!(mode & 0o777, 0o600, "the record must be readable by its owner only");
    app.screenshot("60-record-saved-through-the-dialog");

    // A name typed alone lands in the person's documents folder, not in the
    // folder the app happened to be started from.
    app.js(export);
    answer_dialog("Save your record", &["alone", "key:Return"]);
    app.wait_text("#notice", app.home.join("Papers/alone.md").to_str().unwrap());

    // A JSON export of the same record, brought back in: nothing new.
    let json = out.join("record.json");
    app.js("document.getElementById('export-format').value = 'json'; setTimeout(() => document.getElementById('export-button').click(), 0)");
    answer_dialog("Save your record", &[out.join("record").to_str().unwrap(), "key:Return"]);
    app.wait_text("#notice", json.to_str().unwrap());
    app.js("setTimeout(() => document.getElementById('import-button').click(), 0)");
    assert_dialog_belongs_to_window("Import a record");
    open_in_dialog("Import a record", &json);
    let said = app.wait_text("#notice", "Imported").replace(['\u{2068}', '\u{2069}'], "");
    assert!(said.contains("record.json") && said.contains("0 changes added"), "importing its own export adds nothing: {said}");
}

/// The overview names the person's own law, what it lets them ask of Meta,
/// the deadline, what comes before a complaint and the authority: for a
/// German Land and a US state, chosen where the country is.
#[test]
#[ignore = "needs a display, tauri-driver and WebKitWebDriver: run scripts/test.sh"]
fn the_overview_names_the_law_and_authority_of_a_land_or_state() {
    let app = App::start("land-and-state", |_| {});
    app.wait_text("#profile-title", "Welcome");
    // Germany asks for the Land; without one, Hamburg's authority, and why.
    app.click("#country option[value='DE']");
    let label = app.text("label[for='subdivision']");
    assert_eq!(label, "Land (federal state)");
    assert_eq!(app.find_all("#subdivision option").len(), 17, "16 Länder and 'not sure'");
    app.first_run("DE", &["whatsapp"], "Anna");
    let rights = app.wait_text(".rights", "Hamburg");
    assert!(rights.contains("which supervises Meta's office in Germany"), "{rights}");
    assert!(!rights.contains("Bundesbeauftragte für den Datenschutz"), "{rights}");
    // Bavaria: its own authority for companies, and no sentence about a default.
    app.click("#edit-profile");
    app.click("#subdivision option[value='DE-BY']");
    app.click("#profile-submit");
    let rights = app.wait_text(".rights", "Bavarian State Office for Data Protection Supervision");
    assert!(!rights.contains("You have not chosen"), "{rights}");
    app.screenshot("70-de-by-rights");
    // Florida: its law by name, each request it allows, the deadline and the appeal.
    app.click("#edit-profile");
    app.click("#country option[value='US']");
    assert_eq!(app.text("label[for='subdivision']"), "US state");
    app.click("#subdivision option[value='US-FL']");
    app.click("#platforms input[value='facebook']");
    app.click("#profile-submit");
    let rights = app.wait_text(".rights", "Florida Digital Bill of Rights");
    for want in [
        "There is no legal right here to object to AI training",
        "delete your personal data",
        "stop using your data for targeted advertising",
        "Meta must answer within 45 days; it may take 15 days more",
        "appeal to Meta first",
        "Attorney General",
    ] {
        assert!(rights.contains(want), "missing {want:?} in {rights}");
    }
    app.screenshot("71-us-fl-rights");
    app.assert_accessible("a state's rights");
    // The escalation guide sends a Floridian to their Attorney General's page.
    app.click("#flow-list [data-flow-id='escalate-to-authority'] .open-flow");
    app.click("#screen-walk .stepper [data-step-id='complain-to-your-attorney-general']");
    app.wait_for("#screen-walk article[data-step-id='complain-to-your-attorney-general'] .open-link");
    app.click("#screen-walk .open-link");
    assert!(app.opened(1)[0].starts_with("https://www.myfloridalegal.com/"), "{:?}", app.opened(1));
}

/// A name longer than the limit is kept whole and the form says so, and the
/// list of problems follows each fix instead of waiting for the next submit.
#[test]
#[ignore = "needs a display, tauri-driver and WebKitWebDriver: run scripts/test.sh"]
fn the_profile_form_keeps_a_long_name_and_follows_each_fix() {
    let app = App::start("long-name", |_| {});
    app.wait_text("#profile-title", "Welcome");
    app.js("document.getElementById('profile-name').value = ''; document.getElementById('profile-name').dispatchEvent(new Event('input'))");
    app.click("#profile-submit");
    app.wait_text("#profile-errors", "Choose the country you live in");
    assert_eq!(app.find_all("#profile-errors li").len(), 3, "country, apps and name");
    // Fixing the country takes it off the list at once.
    app.click("#country option[value='DE']");
    let errors = app.text("#profile-errors");
    assert!(!errors.contains("Choose the country"), "{errors}");
    assert_eq!(app.find_all("#profile-errors li").len(), 2);
    app.click("#platforms input[value='instagram']");
    assert_eq!(app.find_all("#profile-errors li").len(), 1);
    // 300 characters in three scripts and emoji: nothing is cut.
    app.js(r#"
        const long = 'Anna '.repeat(20) + 'مرحبا '.repeat(20) + '🙂'.repeat(80);
        const field = document.getElementById('profile-name');
        field.value = long;
        field.dispatchEvent(new Event('input'));
    "#);
    let kept = app.js("return [...document.getElementById('profile-name').value].length");
    assert_eq!(kept, 300, "the field keeps what was typed");
    assert_eq!(app.text("#profile-name-count"), "300 of 80 characters");
    app.click("#profile-submit");
    let errors = app.wait_text("#profile-errors", "at most 80 characters");
    assert!(errors.contains("this one has 300"), "{errors}");
    assert!(app.find_all("#screen-dashboard:not([hidden])").is_empty(), "no profile was made");
    app.screenshot("80-long-name");
    // Shortened, the problem leaves the list and the profile is made.
    app.js("const f = document.getElementById('profile-name'); f.value = 'Anna 🙂'; f.dispatchEvent(new Event('input'))");
    assert!(app.find_all("#profile-errors:not([hidden])").is_empty(), "the summary closes once all is fixed");
    app.click("#profile-submit");
    app.wait_for("#screen-dashboard:not([hidden]) #flow-list");
    assert!(app.text("#screen-dashboard").contains("Anna 🙂"));
}

/// Each change of screen or step starts at its heading, in view and
/// focused, however the person got there: from a scrolled-down overview by
/// mouse or by keyboard, and with Enter on Done.
#[test]
#[ignore = "needs a display, tauri-driver and WebKitWebDriver: run scripts/test.sh"]
fn every_new_screen_and_step_starts_at_its_heading() {
    let app = App::start("where-am-i", |_| {});
    app.post("/window/rect", json!({"width": 800, "height": 600}));
    app.first_run("IE", &["facebook", "instagram"], "Scroll");
    let heading_in_view = |id: &str| {
        let js = format!("const e = document.getElementById('{id}'); const r = e.getBoundingClientRect(); return [document.activeElement === e, r.top >= 0 && r.top < innerHeight / 3]");
        app.js(&js)
    };
    // By mouse, from the bottom of the overview.
    app.js("window.scrollTo(0, document.body.scrollHeight)");
    app.click("#flow-list [data-flow-id='object-ai-training'] .open-flow");
    app.wait_for("#screen-walk:not([hidden]) #walk-title");
    assert_eq!(heading_in_view("walk-title"), json!([true, true]));
    // Back, scrolled down again, and by keyboard.
    app.click("#screen-walk .back");
    app.wait_for("#screen-dashboard:not([hidden]) #flow-list");
    app.js("window.scrollTo(0, document.body.scrollHeight)");
    app.js("document.querySelector(\"[data-flow-id='request-deletion'] .open-flow\").focus({ preventScroll: true })");
    app.press(&["\u{E007}"]);
    app.wait_for("#screen-walk:not([hidden]) #walk-title");
    assert_eq!(heading_in_view("walk-title"), json!([true, true]));
    // Enter on Done, scrolled to the bottom of a long step: the next step's title.
    app.js("document.querySelector('#screen-walk .mark-done').focus()");
    app.press(&["\u{E007}"]);
    app.retry("#screen-walk .step-confirmation:not([hidden])", "no confirmation under the next step's title", |_| Some(()));
    assert_eq!(heading_in_view("step-title"), json!([true, true]));
    app.screenshot("81-next-step-at-its-heading");
}

/// Date fields are written in the system's language, as WebKitGTK does: a
/// Polish system gets day, month, year, and a date typed that way is kept.
#[test]
#[ignore = "needs a display, tauri-driver and WebKitWebDriver: run scripts/test.sh"]
fn a_polish_system_enters_dates_the_polish_way() {
    let home = fresh_home("pl-dates");
    let app = App::launch_with(home, &[("LANG", "pl_PL.UTF-8"), ("LC_ALL", "")]);
    app.wait_text("#profile-title", "Witaj");
    app.first_run("PL", &["instagram"], "Ania");
    app.click("#flow-list [data-flow-id='object-ai-training'] .open-flow");
    app.click("#screen-walk .stepper [data-step-id='object-on-instagram']");
    let input = "#screen-walk input[data-evidence='submitted-on']";
    app.wait_for(input);
    app.js(&format!("document.querySelector(\"{input}\").scrollIntoView({{block: 'center'}})"));
    app.type_text(input, "20.11.2026");
    let value = app.js(&format!("return document.querySelector(\"{input}\").value"));
    assert_eq!(value, "2026-11-20", "typed day, month, year");
    app.screenshot("82-polish-date");
}

/// A step's link goes to the phone as a QR code drawn in the window: it
/// reads back as exactly the allow-listed link the button would open, it
/// comes first when the person follows the steps on a phone, and a step
/// without a link shows none.
#[test]
#[ignore = "needs a display, tauri-driver and WebKitWebDriver: run scripts/test.sh"]
fn a_steps_link_goes_to_the_phone_as_a_qr_code() {
    let app = App::start("qr", |_| {});
    app.first_run("IE", &["facebook"], "Phone");
    // On a phone the code is the first offer.
    app.click("#nav-dashboard");
    app.click("#flow-list [data-flow-id='object-ai-training'] .open-flow");
    app.click("#screen-walk .device-switch input[value='ios']");
    app.click("#screen-walk .stepper [data-step-id='object-on-facebook']");
    let img = "#screen-walk article[data-step-id='object-on-facebook'] .qr img";
    app.wait_for(img);
    let alt = app.js(&format!("return document.querySelector(\"{img}\").alt"));
    assert_eq!(alt, "QR code of the link https://www.facebook.com/help/contact/6359191084165019");
    let button = app.text("#screen-walk .open-link");
    assert!(button.ends_with("on this computer"), "{button}");
    // Read the code off the screen as a phone would.
    app.js(&format!("document.querySelector(\"{img}\").scrollIntoView({{block: 'center'}})"));
    let rect = app.js(&format!("const r = document.querySelector(\"{img}\").getBoundingClientRect(); return [Math.round(r.x) - 10, Math.round(r.y) - 10, Math.round(r.width) + 20, Math.round(r.height) + 20]"));
    let r: Vec<i64> = serde_json::from_value(rect).unwrap();
    app.screenshot("83-qr-on-phone");
    let shot = artifacts().join("83-qr-on-phone.png");
    let crop = artifacts().join("83-qr-crop.png");
    let ok = Command::new("convert").arg(&shot).args(["-crop", &format!("{}x{}+{}+{}", r[2], r[3], r[0], r[1])]).arg(&crop).status().unwrap();
    assert!(ok.success());
    let read = Command::new("zbarimg").args(["--raw", "-q"]).arg(&crop).output().expect("zbarimg (zbar-tools) reads the code");
    assert_eq!(String::from_utf8_lossy(&read.stdout).trim(), "https://www.facebook.com/help/contact/6359191084165019");
    // On the computer the code waits for a click, and a step without a link has none.
    app.click("#screen-walk .device-switch input[value='desktop']");
    app.wait_for("#screen-walk .phone-link");
    assert!(app.find_all("#screen-walk .qr:not([hidden])").is_empty());
    app.click("#screen-walk .phone-link");
    app.wait_for("#screen-walk .qr:not([hidden]) img");
    app.click("#screen-walk .stepper [data-step-id='know-your-right']");
    app.wait_for("#screen-walk article[data-step-id='know-your-right']");
    assert!(app.find_all("#screen-walk .qr, #screen-walk .phone-link").is_empty(), "no link, no code");
    app.assert_accessible("the QR code");
}

/// Meta may take two more months if it says so: the person moves the reply
/// date on the overview, with why, and the first date stays beside it.
#[test]
#[ignore = "needs a display, tauri-driver and WebKitWebDriver: run scripts/test.sh"]
fn a_reply_date_is_moved_on_the_overview_and_keeps_its_first_date() {
    let app = App::start("move-date", |_| {});
    app.first_run("IE", &["facebook"], "Mover");
    app.click("#flow-list [data-flow-id='object-ai-training'] .open-flow");
    app.click("#screen-walk .stepper [data-step-id='object-on-facebook']");
    app.click("#screen-walk article[data-step-id='object-on-facebook'] .mark-done");
    app.wait_for("#screen-walk .record-confirmation:not([hidden])");
    app.click("#nav-dashboard");
    let item = "#screen-dashboard:not([hidden]) .follow-ups li[data-step='object-on-facebook']";
    app.wait_for(item);
    app.click(&format!("{item} .move"));
    let date = format!("{item} .move-date input[type='date']");
    // A date before the first is refused by the app with its reason, and nothing moves.
    app.js(&format!("const d = document.querySelector(\"{date}\"); d.min = ''; d.value = '2026-12-05'"));
    app.type_text(&format!("{item} .move-date input[type='text']"), "Meta needs two more months");
    app.click(&format!("{item} .move-date button[type='submit']"));
    app.wait_text("#notice", "is not after the date it moves");
    app.js(&format!("document.querySelector(\"{date}\").value = '2099-02-01'"));
    app.click(&format!("{item} .move-date button[type='submit']"));
    let text = app.wait_text(item, "moved: Meta needs two more months");
    // The first date is a month after the day the step was marked done: today.
    let first = meta_optout_core::Date::today().add_months(1).to_string();
    const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    let (y, m, d) = (&first[..4], first[5..7].parse::<usize>().unwrap(), first[8..].parse::<u32>().unwrap());
    let first = format!("first set for {} {d}, {y}", MONTHS[m - 1]);
    assert!(text.contains("February 1, 2099") && text.contains(&first), "{text}");
    app.screenshot("84-moved-date");
}

/// A screenshot of Meta's confirmation is attached from the window (the
/// native open dialog, answered from the keyboard), Meta's refusal is
/// recorded, the overview then offers the complaint, and the bundle for the
/// authority carries the file under its SHA-256.
#[test]
#[ignore = "needs a display, tauri-driver and WebKitWebDriver: run scripts/test.sh"]
fn a_file_is_attached_in_the_window_and_a_refusal_offers_the_complaint() {
    let app = App::start("attach", |_| {});
    app.first_run("PL", &["instagram"], "Ania");
    let shot = app.home.join("confirmation.png");
    std::fs::write(&shot, b"\x89PNG\r\n\x1a\nMeta's confirmation").unwrap();
    app.click("#flow-list [data-flow-id='object-ai-training'] .open-flow");
    app.click("#screen-walk .stepper [data-step-id='object-on-instagram']");
    let step = "#screen-walk article[data-step-id='object-on-instagram']";
    app.click(&format!("{step} .mark-done"));
    app.wait_for("#screen-walk .record-confirmation:not([hidden])");
    app.click("#screen-walk .stepper [data-step-id='object-on-instagram']");

    // Clicked from a task of the page's own, so that WebDriver does not wait
    // on a dialog it cannot see.
    app.js(&format!("setTimeout(() => document.querySelector(\"{step} .attach-file\").click(), 0)"));
    assert_dialog_belongs_to_window("Attach a file");
    open_in_dialog("Attach a file", &shot);
    let listed = app.wait_text(&format!("{step} .attachments li"), "confirmation.png");
    let sha = {
        use sha2::Digest;
        sha2::Sha256::digest(std::fs::read(&shot).unwrap()).iter().map(|b| format!("{b:02x}")).collect::<String>()
    };
    assert!(listed.contains(&sha[..16]), "the list shows the file's SHA-256: {listed}");
    let kept = app.home.join(".local/share/meta-optout/evidence").join(&sha);
    assert_eq!(std::fs::read(&kept).unwrap(), std::fs::read(&shot).unwrap(), "a copy is kept under its SHA-256");
    // The letter as sent is kept with the step too.
    app.click(&format!("{step} .keep-letter"));
    app.wait_text(&format!("{step} .attachments"), "letter-objection-en-");

    // Meta refused: the overview offers the complaint to the authority.
    app.js(&format!("const s = document.querySelector(\"{step} .reply select\"); s.value = 'refused'; s.dispatchEvent(new Event('change'))"));
    app.js(&format!("document.querySelector(\"{step} .reply input[type='date']\").value = '2026-12-01'"));
    app.type_text(&format!("{step} .reply textarea"), "We cannot act on your objection.");
    app.click(&format!("{step} .save-reply"));
    app.wait_text("#screen-walk .record-confirmation", "complaint");
    app.screenshot("90-attached-and-refused");
    app.click("#nav-dashboard");
    let item = "#screen-dashboard:not([hidden]) .follow-ups li[data-step='object-on-instagram']";
    assert!(app.wait_text(item, "Meta refused").contains("complain"));
    app.wait_for(&format!("{item} .escalate"));
    app.assert_accessible("dashboard after a refusal");
    app.screenshot("91-refusal-offers-the-complaint");

    // The bundle for the authority, saved through the dialog, verifies.
    let out = app.home.join("bundle");
    app.js("document.getElementById('export-format').value = 'bundle'; setTimeout(() => document.getElementById('export-button').click(), 0)");
    answer_dialog("Save your record", &[out.to_str().unwrap(), "key:Return"]);
    let saved = app.home.join("bundle.zip");
    app.wait_text("#notice", saved.to_str().unwrap());
    let verified = Command::new(env!("CARGO_BIN_EXE_meta-optout")).args(["verify", saved.to_str().unwrap()]).output().unwrap();
    let said = String::from_utf8_lossy(&verified.stdout);
    assert!(verified.status.success(), "{said}");
    assert!(said.contains("confirmation.png") && said.contains("record.pl.html"), "the file and the Polish page are in the bundle: {said}");
    assert!(said.contains("letter-objection-en-"), "the letter as sent is in the bundle: {said}");
}

/// A signed guide pack installed from Settings through the open dialog: the
/// page starts afresh on it, About names the pack and its signer, and the
/// overview asks to do again the step done before Meta changed it.
#[test]
#[ignore = "needs a display, tauri-driver and WebKitWebDriver: run scripts/test.sh"]
fn a_guide_pack_installed_from_settings_asks_to_redo_a_changed_step() {
    let bin = env!("CARGO_BIN_EXE_meta-optout");
    let mut pack = PathBuf::new();
    let app = App::start("guide-pack", |config| {
        let home = config.parent().unwrap();
        let cli = |args: &[&str]| {
            let o = Command::new(bin).env("META_OPTOUT_CONFIG_DIR", config).env("HOME", home).args(args).output().unwrap();
            assert!(o.status.success(), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
        };
        // A maintainer's key and pack: the built-in guides with a change log.
        let flows = home.join("maintainer/flows");
        std::fs::create_dir_all(home.join("maintainer")).unwrap();
        Command::new("cp").args(["-r", concat!(env!("CARGO_MANIFEST_DIR"), "/../flows")]).arg(&flows).status().unwrap();
        let log = r#"[{ "flow": "mute-meta-ai", "step": "mute-on-facebook", "date": "2026-12-03", "what": "Meta moved the switch into a new menu.", "redo": true }]"#;
        std::fs::write(flows.join("changes.json"), log).unwrap();
        let keys = home.join("maintainer/keys");
        cli(&["pack", "new-key", keys.to_str().unwrap()]);
        pack = home.join("guides-2026.12.1.mopack");
        let key = keys.join("meta-optout-guides.key");
        cli(&["pack", "build", flows.to_str().unwrap(), "--key", key.to_str().unwrap(), "--version", "2026.12.1", "--out", pack.to_str().unwrap()]);
        cli(&["trust", keys.join("meta-optout-guides.pub").to_str().unwrap()]);
        // Anna muted Meta AI in Facebook on 1 December, before Meta's change.
        let data = home.join(".local/share/meta-optout");
        cli(&["--data-dir", data.to_str().unwrap(), "profile", "add", "Anna", "--region", "DE", "--platforms", "facebook"]);
        cli(&["--data-dir", data.to_str().unwrap(), "mark", "mute-meta-ai/mute-on-facebook", "done"]);
        let file = data.join("progress.json");
        let mut doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        for e in doc["events"].as_array_mut().unwrap() {
            e["at"] = "2026-12-01T10:00:00Z".into();
        }
        std::fs::write(&file, doc.to_string()).unwrap();
    });
    app.wait_for("#screen-dashboard:not([hidden]) #flow-list");
    assert!(app.find_all(".changed li").is_empty(), "the built-in guides say nothing changed");
    app.click("#nav-settings");
    let before = app.wait_text("#guides-in-use", "built into the app");
    assert!(before.contains("built into the app"), "{before}");
    app.screenshot("94-settings-guides");
    app.js("setTimeout(() => document.getElementById('guides-update').click(), 0)");
    assert_dialog_belongs_to_window("Update guides from a file");
    open_in_dialog("Update guides from a file", &pack);
    let said = app.wait_text("#notice", "2026.12.1");
    assert!(said.contains("overview shows the steps"), "{said}");
    let item = app.wait_text("#screen-dashboard:not([hidden]) .changed li[data-step='mute-on-facebook']", "Do it again");
    assert!(item.contains("Meta moved the switch into a new menu."), "{item}");
    app.assert_accessible("overview after a guide update");
    app.screenshot("95-changed-since-you-did-it");
    app.click("#nav-about");
    let about = app.wait_text("#about-guides", "2026.12.1");
    app.screenshot("96-about-names-the-pack");
    assert!(about.contains("meta-optout guide packs") && about.contains("a key you added"), "{about}");
    // Done again: the note goes.
    app.click("#nav-dashboard");
    app.click(".changed li[data-step='mute-on-facebook'] button");
    app.click("#screen-walk article[data-step-id='mute-on-facebook'] .mark-done");
    app.click("#nav-dashboard");
    app.wait_for("#screen-dashboard:not([hidden]) #flow-list");
    std::thread::sleep(Duration::from_millis(300));
    assert!(app.find_all(".changed li").is_empty(), "marked again, the step is no longer to redo");
}
