//! The save and open dialogs of export and import. The app opens them
//! itself, so the page holds no dialog or file-system permission, and it
//! talks to the native toolkit directly instead of through a plugin whose
//! commands and file-system layer the window never uses.

use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;

use rfd::{AsyncFileDialog, FileHandle};
use tokio::sync::oneshot;

/// Which dialog to show.
pub enum Ask {
    /// Where to save a new file, proposing `file_name`.
    Save { file_name: String },
    /// Which existing file to open.
    Open,
}

/// Shows `dialog` and waits for the person's answer; `None` when they cancel
/// or the dialog could not be shown.
///
/// GTK wants its dialogs made on the main thread, and the answer is awaited
/// on a thread of its own so that the window stays responsive meanwhile.
pub async fn ask(app: &tauri::AppHandle, dialog: AsyncFileDialog, ask: Ask) -> Option<PathBuf> {
    let (tx, rx) = oneshot::channel();
    app.run_on_main_thread(move || {
        let answer: Pin<Box<dyn Future<Output = Option<FileHandle>> + Send>> = match ask {
            Ask::Save { file_name } => Box::pin(dialog.set_file_name(file_name).save_file()),
            Ask::Open => Box::pin(dialog.pick_file()),
        };
        std::thread::spawn(move || {
            let picked = tauri::async_runtime::block_on(answer);
            let _ = tx.send(picked.map(|f| f.path().to_path_buf()));
        });
    })
    .ok()?;
    rx.await.ok().flatten()
}
