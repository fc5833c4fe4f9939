//! An empty Tauri window: the floor meta-optout is measured against. Its
//! page makes one IPC call, so "interactive" means the same thing for both.

#[tauri::command]
fn ready() {
    if std::env::var_os("META_OPTOUT_REPORT_READY").is_some() {
        eprintln!("ready");
    }
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!())
        .expect("the blank window opens");
}
