//! meta-optout: one binary. With no arguments it opens the window; with a
//! subcommand (`check`, `list`, …) it works headless, for flow authors and
//! for scripts.

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
mod window_files;

use std::process::ExitCode;

fn main() -> ExitCode {
    if std::env::args_os().len() <= 1 {
        app::run();
        ExitCode::SUCCESS
    } else {
        cli::run()
    }
}
