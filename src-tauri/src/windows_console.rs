//! A GUI-subsystem program starts without a console, so a subcommand run
//! from Command Prompt or PowerShell would print nowhere. It borrows the
//! console of the program that started it, if there is one, for the standard
//! streams that were not already given to it (a redirect to a file or a pipe
//! keeps working as it is).

use std::fs::OpenOptions;
use std::os::windows::io::IntoRawHandle;

use windows_sys::Win32::Foundation::INVALID_HANDLE_VALUE;
use windows_sys::Win32::System::Console::{
    AttachConsole, GetStdHandle, SetStdHandle, ATTACH_PARENT_PROCESS, STD_ERROR_HANDLE, STD_HANDLE,
    STD_INPUT_HANDLE, STD_OUTPUT_HANDLE,
};

fn missing(which: STD_HANDLE) -> bool {
    // SAFETY: GetStdHandle only reads the process's handle table.
    let handle = unsafe { GetStdHandle(which) };
    handle.is_null() || handle == INVALID_HANDLE_VALUE
}

pub fn attach_to_parent() {
    let streams = [(STD_INPUT_HANDLE, "CONIN$"), (STD_OUTPUT_HANDLE, "CONOUT$"), (STD_ERROR_HANDLE, "CONOUT$")];
    if !streams.iter().any(|(which, _)| missing(*which)) {
        return;
    }
    // SAFETY: no arguments to check; fails harmlessly when the parent has no
    // console (started from Explorer) or we already have one.
    if unsafe { AttachConsole(ATTACH_PARENT_PROCESS) } == 0 {
        return;
    }
    for (which, device) in streams {
        if !missing(which) {
            continue;
        }
        if let Ok(file) = OpenOptions::new().read(true).write(true).open(device) {
            // The handle stays open for the life of the process, as a
            // standard stream's does.
            // SAFETY: a valid handle we own and hand over to the process.
            unsafe { SetStdHandle(which, file.into_raw_handle()) };
        }
    }
}
