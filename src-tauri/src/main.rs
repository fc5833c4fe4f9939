//! meta-optout: one binary. With no arguments it opens the window; with a
//! subcommand (`check`, `list`, …) it works headless, for flow authors and
//! for scripts.

// On Windows the binary is a GUI program, so that starting it from the Start
// menu opens no console window; the subcommands attach to the console they
// were started from instead (see `windows_console`).
#![cfg_attr(windows, windows_subsystem = "windows")]

mod app;
mod args;
mod cli;
mod commands;
mod dispatch;
mod error;
mod file_dialog;
mod guides_cmd;
mod progress_cmd;
mod query;
#[cfg(unix)]
mod single_instance;
#[cfg(windows)]
mod windows_console;
mod window_files;

use std::process::ExitCode;

fn main() -> ExitCode {
    if std::env::args_os().len() <= 1 {
        app::run();
        ExitCode::SUCCESS
    } else {
        #[cfg(windows)]
        windows_console::attach_to_parent();
        cli::run()
    }
}
