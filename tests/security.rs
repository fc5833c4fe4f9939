//! The protections the app declares, checked where they are declared: each
//! test fails when a protection is removed or widened. Behaviour under attack
//! is tested elsewhere (hostile flows end to end, link tricks in the core,
//! damaged files, the crash test, the connection audit).

use std::path::{Path, PathBuf};

use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").canonicalize().unwrap()
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap()
}

/// The commands the shell registers with `generate_handler!`.
fn registered_commands() -> Vec<String> {
    let app = read("src-tauri/src/app.rs");
    let list = app.split("generate_handler![").nth(1).unwrap().split(']').next().unwrap();
    list.split(',').map(|c| c.trim().trim_start_matches("commands::").to_owned()).filter(|c| !c.is_empty()).collect()
}

#[test]
fn the_window_may_call_the_apps_own_commands_and_nothing_else() {
    let dir = root().join("src-tauri/capabilities");
    let files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(files.len(), 1, "one capability file: {files:?}");
    let cap: Value = serde_json::from_str(&std::fs::read_to_string(&files[0]).unwrap()).unwrap();
    assert_eq!(cap["windows"], serde_json::json!(["main"]));
    assert!(cap.get("remote").is_none(), "no remote origin may use the IPC");
    let mut granted: Vec<String> = cap["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let p = p.as_str().expect("plain permission identifiers, no scoped objects");
            assert!(!p.contains(':'), "{p}: no core or plugin permission is granted");
            p.strip_prefix("allow-").unwrap_or_else(|| panic!("{p}: only allow-<command>")).replace('-', "_")
        })
        .collect();
    let mut commands = registered_commands();
    granted.sort();
    commands.sort();
    assert_eq!(granted, commands, "capabilities and registered commands must match one to one");
    let build = read("src-tauri/build.rs");
    for c in &commands {
        assert!(build.contains(&format!("\"{c}\"")), "{c} must be in the app manifest, so that it needs a permission");
    }
}

#[test]
fn the_commands_that_wait_on_a_dialog_are_registered_ones() {
    // They run on threads of their own; a name that no longer matches would
    // make the window's other commands wait behind an open dialog.
    let dispatch = read("src-tauri/src/dispatch.rs");
    let line = dispatch.lines().find(|l| l.starts_with("const WAIT_ON_PERSON")).expect("dispatch.rs names them");
    let named: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
    assert!(!named.is_empty(), "{line}");
    let commands = registered_commands();
    for c in named {
        assert!(commands.iter().any(|r| r == c), "{c} is not a registered command");
    }
}

#[test]
fn the_content_security_policy_allows_nothing_remote_and_no_inline_script() {
    let conf: Value = serde_json::from_str(&read("src-tauri/tauri.conf.json")).unwrap();
    assert_eq!(conf["app"]["withGlobalTauri"], false);
    let csp = conf["app"]["security"]["csp"].as_str().expect("a CSP is set");
    let directives: Vec<&str> = csp.split(';').map(str::trim).collect();
    assert!(directives.contains(&"default-src 'self'"), "{csp}");
    assert!(directives.contains(&"script-src 'self'"), "{csp}");
    assert!(directives.contains(&"object-src 'none'"), "{csp}");
    for bad in ["unsafe-eval", "unsafe-inline", "*", "https:", "data: 'self'", "blob:"] {
        assert!(!csp.contains(bad), "{bad} in {csp}");
    }
    let origins: Vec<&str> = csp.split([' ', ';']).filter(|w| w.starts_with("http")).collect();
    assert_eq!(origins, ["http://ipc.localhost"], "the only origin besides the app is Tauri's IPC");
    assert!(conf["plugins"].as_object().is_none_or(|p| p.is_empty()), "no plugin configuration widens anything");
    assert!(conf["bundle"]["createUpdaterArtifacts"] == false, "no updater: the app never calls home");
}

#[test]
fn no_plugin_and_nothing_that_reaches_the_network_is_linked() {
    // The page reaches no plugin: its commands are the app's own, and the
    // app opens its file dialogs itself. The one plugin linked, on Windows
    // only, keeps one window per user and gives the page no command (the
    // capability grants app commands only, see above). The lockfile names
    // every package of the build, indirect ones included, so a plugin
    // cannot sneak in behind another.
    const ALLOWED: &[&str] = &["name = \"tauri-plugin-single-instance\""];
    let lock = read("Cargo.lock");
    let plugins: Vec<&str> = lock.lines().filter(|l| l.starts_with("name = \"tauri-plugin-") && !ALLOWED.contains(l)).collect();
    assert!(plugins.is_empty(), "no other Tauri plugin may be linked: {plugins:?}");
    let manifest = read("src-tauri/Cargo.toml") + &read("Cargo.toml") + &read("src-tauri/core/Cargo.toml");
    for dependency in ["reqwest", "hyper"] {
        assert!(!manifest.contains(dependency), "{dependency} must not be a dependency");
    }
}

#[test]
fn the_page_never_parses_text_as_html_and_loads_nothing_remote() {
    for entry in std::fs::read_dir(root().join("ui/js")).unwrap() {
        let path = entry.unwrap().path();
        let js = std::fs::read_to_string(&path).unwrap();
        for sink in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "setAttribute('on", "srcdoc"] {
            assert!(!js.contains(sink), "{}: uses {sink}", path.display());
        }
    }
    for file in ["ui/index.html", "ui/css/app.css"] {
        let text = read(file);
        assert!(!text.contains("http://") && !text.contains("https://") && !text.contains("@import"), "{file} loads something remote");
        assert!(!text.contains("<script>"), "{file} has inline script");
    }
}

#[test]
fn links_open_only_through_the_command_that_takes_flow_and_step_ids() {
    let commands = read("src-tauri/src/commands.rs");
    let open = commands.split("pub fn open_step_link(").nth(1).unwrap().split(')').next().unwrap();
    assert!(!open.contains("url"), "the command must not take a URL: {open}");
    assert_eq!(commands.matches("open::that").count(), 1, "one place opens URLs");
    assert!(commands.contains("select::step_link("), "the URL comes from the loaded flow, checked again");
    let js = std::fs::read_dir(root().join("ui/js")).unwrap().map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap()).collect::<String>();
    assert!(!js.contains("window.open") && !js.contains("location.href ="), "the page opens nothing itself");
}
