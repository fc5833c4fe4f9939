//! The desktop window.

use meta_optout_core::dirs;

use crate::commands::{self, AppState};
use crate::dispatch;
#[cfg(unix)]
use crate::single_instance;

/// WebKit keeps its own folders (web storage, caches) under the app's
/// identifier; the page's remembered choices live there. Make them readable
/// by the user only, like progress.json.
fn keep_webview_folders_private(app: &tauri::App) {
    use tauri::Manager;
    let paths = app.path();
    for dir in [paths.app_data_dir(), paths.app_local_data_dir(), paths.app_cache_dir()].into_iter().flatten() {
        let _ = meta_optout_core::dirs::create_private_dir(&dir);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700));
        }
    }
}

/// The page runs a few dozen kilobytes of the app's own script, which
/// JavaScriptCore's JIT compilers do not speed up in any way a person would
/// notice. They are the engine's largest attack surface and cost about 8 MiB
/// in the web process, so the window interprets its script instead. WebKit's
/// web process inherits this from us; a value set by the person wins.
fn interpret_javascript() {
    if std::env::var_os("JSC_useJIT").is_none() {
        // Before any thread exists: setting the environment is safe here.
        std::env::set_var("JSC_useJIT", "false");
    }
}

pub fn run() {
    interpret_javascript();
    let data_dir = dirs::data_dir(None);
    #[cfg(unix)]
    let listener = match data_dir.as_deref().map(single_instance::claim) {
        Some(single_instance::Claim::AlreadyRunning) => {
            eprintln!("meta-optout: already open; brought its window to the front");
            return;
        }
        Some(single_instance::Claim::First(listener)) => listener,
        None => None,
    };
    let state = AppState::load(dirs::user_flows_dir(), data_dir);
    let builder = tauri::Builder::default();
    // Windows has no socket file to find the first window by; Tauri's plugin
    // holds a named mutex for the app instead (one window per user rather
    // than per data folder) and hands a second start over to the first.
    #[cfg(windows)]
    let builder = builder.plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
        use tauri::Manager;
        if let Some(w) = app.get_webview_window("main") {
            let _ = w.unminimize();
            let _ = w.show();
            let _ = w.set_focus();
        }
    }));
    let result = builder
        .manage(state)
        .setup(move |app| {
            #[cfg(unix)]
            if let Some(listener) = listener {
                single_instance::serve(listener, app.handle().clone());
            }
            keep_webview_folders_private(app);
            Ok(())
        })
        .invoke_handler(dispatch::off_main_thread(tauri::generate_handler![
            commands::first_screen,
            commands::list_flows,
            commands::get_flow,
            commands::open_step_link,
            commands::step_link_qr,
            commands::progress_overview,
            commands::add_profile,
            commands::update_profile,
            commands::mark_step,
            commands::undo_step,
            commands::extend_follow_up,
            commands::recover_progress,
            commands::export_record,
            commands::attach_file,
            commands::record_reply,
            commands::keep_letter,
            commands::update_guides,
            commands::rollback_guides,
            commands::import_record,
            commands::page_ready,
        ]))
        .run(tauri::generate_context!(assets = crate::window_files::WindowFiles));
    if let Err(e) = result {
        eprintln!("meta-optout: the window could not be opened: {e}");
        std::process::exit(1);
    }
}
