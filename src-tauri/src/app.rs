//! The desktop window.

use meta_optout_core::{dirs, load};

use crate::commands::{self, AppState};

pub fn run() {
    let loaded = load::load_app(dirs::user_flows_dir().as_deref());
    let problems: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    for p in &problems {
        eprintln!("meta-optout: {p}");
    }
    let state = AppState { set: loaded.set, problems };
    let result = tauri::Builder::default()
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            commands::catalog,
            commands::list_flows,
            commands::get_flow,
            commands::open_step_link,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("meta-optout: the window could not be opened: {e}");
        std::process::exit(1);
    }
}
