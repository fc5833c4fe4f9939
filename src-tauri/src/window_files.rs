//! Serves the page its files (`ui/`) from the packs the core builds into the
//! binary, instead of letting `generate_context!` embed them one by one:
//! packed together, the eight languages' words share one dictionary, which
//! makes the binary about 29 KB smaller. `frontendDist` in tauri.conf.json
//! still names `ui/`, for the Tauri CLI; the core's build script reads the
//! same folder itself.
//!
//! The page has no inline script or style (the CSP forbids both), so there
//! are no hashes to add to it; Tauri still sends the CSP with every page.

use std::borrow::Cow;

use meta_optout_core::window;
use tauri::utils::assets::{AssetKey, AssetsIter, CspHash};
use tauri::Runtime;

pub struct WindowFiles;

impl<R: Runtime> tauri::Assets<R> for WindowFiles {
    /// Called once the window exists, before its page is asked for: unpack
    /// the first screen's files meanwhile, off the page's critical path.
    fn setup(&self, _app: &tauri::App<R>) {
        let _ = std::thread::Builder::new().name("unpack window files".into()).spawn(|| window::file("index.html"));
    }

    fn get(&self, key: &AssetKey) -> Option<Cow<'_, [u8]>> {
        // Keys are absolute paths, `/index.html`.
        window::file(key.as_ref().trim_start_matches('/')).map(Cow::Borrowed)
    }

    fn iter(&self) -> Box<AssetsIter<'_>> {
        Box::new(window::files().map(|(name, bytes)| (Cow::Owned(format!("/{name}")), Cow::Borrowed(bytes))))
    }

    fn csp_hashes(&self, _html_path: &AssetKey) -> Box<dyn Iterator<Item = CspHash<'_>> + '_> {
        Box::new(std::iter::empty())
    }
}
