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
/// GTK wants its dialogs made on the main thread; the answer is awaited on
/// the calling thread (a command's own, see `dispatch`), so the window stays
/// responsive meanwhile.
pub fn ask(app: &tauri::AppHandle, dialog: AsyncFileDialog, ask: Ask) -> Option<PathBuf> {
    type Answer = Pin<Box<dyn Future<Output = Option<FileHandle>> + Send>>;
    let (tx, rx) = oneshot::channel::<Answer>();
    app.run_on_main_thread(move || {
        let _ = tx.send(match ask {
            Ask::Save { file_name } => Box::pin(dialog.set_file_name(file_name).save_file()),
            Ask::Open => Box::pin(dialog.pick_file()),
        });
    })
    .ok()?;
    let answer = rx.blocking_recv().ok()?;
    tauri::async_runtime::block_on(answer).map(|f| f.path().to_path_buf())
}
