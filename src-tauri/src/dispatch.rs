//! Where the window's commands run.
//!
//! Tauri runs a plain (non-async) command on the main thread, the one that
//! also draws the window, and a command that reads or fsyncs the progress
//! file must never freeze it. So every command runs on one worker thread
//! instead, in the order the page sent them: a step marked done and then
//! undone is saved in that order. The two that wait on the person in a file
//! dialog get a thread each, so the window keeps answering meanwhile.
//!
//! The commands are plain functions rather than async ones because each
//! async command is a future of its own, for which Tauri and tokio build a
//! task's machinery: the nine that were async cost about 80 KB of the
//! binary, where one queue costs a few.

use std::sync::{mpsc, Arc};

use tauri::ipc::Invoke;
use tauri::Runtime;

/// The commands that wait for the person's answer in a dialog.
const WAIT_ON_PERSON: [&str; 4] = ["export_record", "import_record", "attach_file", "update_guides"];

/// Wraps the handler that `generate_handler!` builds so that it runs off the
/// main thread, as described above. Tauri has checked the command against
/// the capabilities before it reaches this.
pub fn off_main_thread<R: Runtime>(
    handler: impl Fn(Invoke<R>) -> bool + Send + Sync + 'static,
) -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    let handler = Arc::new(handler);
    let (queue, jobs) = mpsc::channel::<Invoke<R>>();
    let worker = Arc::clone(&handler);
    let started = std::thread::Builder::new()
        .name("commands".into())
        .spawn(move || jobs.into_iter().for_each(|invoke| run(&*worker, invoke)));
    if let Err(e) = &started {
        eprintln!("meta-optout: could not start the thread that runs the window's commands ({e})");
    }
    move |invoke| {
        let refuse = invoke.resolver.clone();
        if WAIT_ON_PERSON.contains(&invoke.message.command()) {
            let handler = Arc::clone(&handler);
            if let Err(e) = std::thread::Builder::new().spawn(move || run(&*handler, invoke)) {
                refuse.reject(format!("could not start the dialog's thread ({e})"));
            }
        } else if queue.send(invoke).is_err() {
            refuse.reject("the app cannot run commands: its worker thread did not start");
        }
        true
    }
}

/// Runs one command, answering for it if the handler does not know it.
fn run<R: Runtime>(handler: &dyn Fn(Invoke<R>) -> bool, invoke: Invoke<R>) {
    let (resolver, command) = (invoke.resolver.clone(), invoke.message.command().to_owned());
    if !handler(invoke) {
        resolver.reject(format!("Command {command} not found"));
    }
}
