//! One window per data folder: two windows writing the same progress file
//! would each show a stale picture of it. A second start finds the first
//! through a socket in the data folder, asks it to come to the front, and
//! exits.

use std::io::{Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::Path;

use tauri::{AppHandle, Manager};

const SOCKET: &str = "window.sock";

pub enum Claim {
    /// This is the first window; it listens for later starts.
    First(Option<UnixListener>),
    /// Another window has the folder and was asked to come forward.
    AlreadyRunning,
}

pub fn claim(data_dir: &Path) -> Claim {
    let path = data_dir.join(SOCKET);
    if let Ok(mut other) = UnixStream::connect(&path) {
        let _ = other.write_all(b"focus\n");
        let mut ack = [0u8; 2];
        // Only a live window answers; a stale socket file does not.
        if other.read_exact(&mut ack).is_ok() && &ack == b"ok" {
            return Claim::AlreadyRunning;
        }
    }
    if meta_optout_core::dirs::create_private_dir(data_dir).is_err() || path.as_os_str().len() > 100 {
        // Without a socket there is no single-instance guard, but progress
        // stays safe: every write holds the file lock.
        return Claim::First(None);
    }
    let _ = std::fs::remove_file(&path);
    Claim::First(UnixListener::bind(&path).ok())
}

pub fn serve(listener: UnixListener, app: AppHandle) {
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut stream = stream;
            let mut buf = [0u8; 6];
            if stream.read_exact(&mut buf).is_ok() && &buf == b"focus\n" {
                let _ = stream.write_all(b"ok");
                if let Some(w) = app.get_webview_window("main") {
                    let _ = w.unminimize();
                    let _ = w.show();
                    let _ = w.set_focus();
                }
            }
        }
    });
}
