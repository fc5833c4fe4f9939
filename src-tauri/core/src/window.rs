//! The window's files (`ui/`), built into the binary and packed like the
//! flows (see build.rs). The shell serves them to the page; the words in
//! languages other than English are unpacked only when one is first asked
//! for.

use crate::pack::Pack;

include!(concat!(env!("OUT_DIR"), "/window.rs"));

/// The file at `path` in `ui/` (`/` between folders), as it was written.
pub fn file(path: &str) -> Option<&'static [u8]> {
    [&WINDOW, &WINDOW_TRANSLATIONS].into_iter().find_map(|pack| pack.position(path).map(|n| pack.bytes(n)))
}

/// Every file, by its path in `ui/`. Unpacks everything.
pub fn files() -> impl Iterator<Item = (&'static str, &'static [u8])> {
    [&WINDOW, &WINDOW_TRANSLATIONS].into_iter().flat_map(|pack| pack.names().enumerate().map(move |(n, name)| (name, pack.bytes(n))))
}
