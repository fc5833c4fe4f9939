//! Where the app keeps the user's files. Computed here rather than by the
//! window toolkit so that the CLI and the window agree without a window.

use std::env;
use std::path::PathBuf;

const APP_DIR: &str = "meta-optout";

fn non_empty(var: &str) -> Option<PathBuf> {
    env::var_os(var).filter(|v| !v.is_empty()).map(PathBuf::from)
}

/// The configuration folder: `META_OPTOUT_CONFIG_DIR`, else the platform's
/// (`$XDG_CONFIG_HOME/meta-optout` or `~/.config/meta-optout` on Linux).
pub fn config_dir() -> Option<PathBuf> {
    if let Some(dir) = non_empty("META_OPTOUT_CONFIG_DIR") {
        return Some(dir);
    }
    let base = if cfg!(windows) {
        non_empty("APPDATA")
    } else if cfg!(target_os = "macos") {
        non_empty("HOME").map(|h| h.join("Library/Application Support"))
    } else {
        non_empty("XDG_CONFIG_HOME").or_else(|| non_empty("HOME").map(|h| h.join(".config")))
    };
    base.map(|b| b.join(APP_DIR))
}

/// The user flows folder: flows here add to or replace the bundled ones by id.
pub fn user_flows_dir() -> Option<PathBuf> {
    config_dir().map(|d| d.join("flows"))
}

/// The data folder holding `progress.json`: `explicit` (from `--data-dir`),
/// else `META_OPTOUT_DATA_DIR`, else the platform's
/// (`$XDG_DATA_HOME/meta-optout` or `~/.local/share/meta-optout` on Linux).
pub fn data_dir(explicit: Option<&std::path::Path>) -> Option<PathBuf> {
    if let Some(dir) = explicit {
        return Some(dir.to_owned());
    }
    if let Some(dir) = non_empty("META_OPTOUT_DATA_DIR") {
        return Some(dir);
    }
    let base = if cfg!(windows) {
        non_empty("LOCALAPPDATA").or_else(|| non_empty("APPDATA"))
    } else if cfg!(target_os = "macos") {
        non_empty("HOME").map(|h| h.join("Library/Application Support"))
    } else {
        non_empty("XDG_DATA_HOME").or_else(|| non_empty("HOME").map(|h| h.join(".local/share")))
    };
    base.map(|b| b.join(APP_DIR))
}

/// Creates a folder (and its parents) readable by its owner only. Every
/// folder the app creates for the user's data goes through here.
///
/// Windows has no mode bits: there the folders are in the user's profile
/// (`%LOCALAPPDATA%`, `%APPDATA%`), whose access list admits only the user,
/// SYSTEM and the administrators, and what is created inside inherits it.
pub fn create_private_dir(dir: &std::path::Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}
