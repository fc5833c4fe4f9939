//! The save and open dialogs of export and import. The app opens them
//! itself, so the page holds no dialog or file-system permission, and it
//! talks to the native toolkit directly instead of through a plugin whose
//! commands and file-system layer the window never uses.
//!
//! Each dialog belongs to the window: it stays above it, and the window
//! takes no input until it is answered, so a second export cannot start
//! while the first asks where to go.

use std::path::PathBuf;

use tauri::Manager;
use tokio::sync::oneshot;

/// Which dialog to show.
pub enum Ask {
    /// Where to save a new file, proposing `file_name`.
    Save { file_name: String },
    /// Which existing file to open.
    Open,
}

/// A dialog's title and the kinds of file it offers, by extension.
pub struct Dialog<'a> {
    pub title: &'a str,
    pub filter: &'a str,
    pub extensions: &'a [&'a str],
}

/// Shows GTK's file chooser and waits for the person's answer; `None` when
/// they cancel or the dialog could not be shown.
///
/// The chooser is made on the main thread, where the app runs GTK (a dialog
/// library would run GTK on a second thread of its own, which GTK does not
/// allow, and could not tie the dialog to the window). The answer is awaited
/// on the calling thread (a command's own, see `dispatch`), so the window
/// keeps drawing meanwhile.
#[cfg(any(target_os = "linux", target_os = "dragonfly", target_os = "freebsd", target_os = "netbsd", target_os = "openbsd"))]
pub fn ask(app: &tauri::AppHandle, dialog: Dialog<'_>, ask: Ask) -> Option<PathBuf> {
    use std::cell::RefCell;

    use gtk::prelude::*;

    let (tx, rx) = oneshot::channel::<Option<PathBuf>>();
    let window = app.get_webview_window("main");
    let (title, filter) = (dialog.title.to_owned(), dialog.filter.to_owned());
    // GTK's patterns tell case apart; a camera's `IMG.JPG` must show too.
    let patterns: Vec<String> =
        dialog.extensions.iter().flat_map(|e| [format!("*.{}", e.to_lowercase()), format!("*.{}", e.to_uppercase())]).collect();
    app.run_on_main_thread(move || {
        let parent = window.and_then(|w| w.gtk_window().ok());
        let action = match ask {
            Ask::Save { .. } => gtk::FileChooserAction::Save,
            Ask::Open => gtk::FileChooserAction::Open,
        };
        // No button labels given: GTK's own, in the desktop's language.
        let chooser = gtk::FileChooserNative::new(Some(&title), parent.as_ref(), action, None, None);
        chooser.set_modal(true);
        let files = gtk::FileFilter::new();
        files.set_name(Some(&filter));
        for pattern in &patterns {
            files.add_pattern(pattern);
        }
        chooser.add_filter(files);
        // GTK would start in the folder the app was started from; a record
        // belongs with the person's documents.
        let start = gtk::glib::user_special_dir(gtk::glib::UserDirectory::Documents).filter(|d| d.is_dir()).unwrap_or_else(gtk::glib::home_dir);
        chooser.set_current_folder(start);
        if let Ask::Save { file_name } = ask {
            chooser.set_do_overwrite_confirmation(true);
            chooser.set_current_name(&file_name);
        }
        // GTK keeps no reference to a native dialog while it is shown: the
        // handler holds one beside the answer's sender, and lets both go
        // with the answer.
        let pending = RefCell::new(Some((tx, chooser.clone())));
        chooser.connect_response(move |c, response| {
            if let Some((tx, _shown)) = pending.borrow_mut().take() {
                let _ = tx.send((response == gtk::ResponseType::Accept).then(|| c.filename()).flatten());
            }
        });
        chooser.show();
    })
    .ok()?;
    rx.blocking_recv().ok().flatten()
}

/// Shows the system's dialog through rfd, tied to the window, and waits
/// for the answer as above.
#[cfg(not(any(target_os = "linux", target_os = "dragonfly", target_os = "freebsd", target_os = "netbsd", target_os = "openbsd")))]
pub fn ask(app: &tauri::AppHandle, dialog: Dialog<'_>, ask: Ask) -> Option<PathBuf> {
    use std::future::Future;
    use std::pin::Pin;

    use rfd::{AsyncFileDialog, FileHandle};

    type Answer = Pin<Box<dyn Future<Output = Option<FileHandle>> + Send>>;
    let (tx, rx) = oneshot::channel::<Answer>();
    let window = app.get_webview_window("main");
    let mut picker = AsyncFileDialog::new().set_title(dialog.title).add_filter(dialog.filter, dialog.extensions);
    app.run_on_main_thread(move || {
        if let Some(w) = &window {
            picker = picker.set_parent(w);
        }
        let _ = tx.send(match ask {
            Ask::Save { file_name } => Box::pin(picker.set_file_name(file_name).save_file()),
            Ask::Open => Box::pin(picker.pick_file()),
        });
    })
    .ok()?;
    let answer = rx.blocking_recv().ok()?;
    tauri::async_runtime::block_on(answer).map(|f| f.path().to_path_buf())
}
