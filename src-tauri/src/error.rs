//! Errors the window can show: each serializes to `{ kind, message }`, where
//! `message` is a sentence a person can act on.

use serde::ser::SerializeStruct;

#[derive(Debug)]
pub enum Error {
    /// The region code is not in the catalog.
    UnknownRegion(String),
    UnknownPlatform(String),
    UnknownDevice(String),
    /// No such flow, or it does not apply to the chosen region and platforms.
    FlowNotFound(String),
    /// The link failed the allow-list or does not exist; nothing was opened.
    LinkRefused(String),
    /// The system could not start a browser.
    OpenFailed(String),
    /// Progress could not be read or saved; `damaged` when the file itself is
    /// the problem and moving it aside would help.
    Progress { message: String, damaged: bool },
    /// There is no data folder to keep progress in.
    NoDataDir,
    /// Exporting or importing a record failed; nothing was written.
    Export(String),
    /// A guide pack was refused or could not be installed; the guides in
    /// use are unchanged (the message says so).
    Guides(String),
}

impl From<meta_optout_core::progress::ProgressError> for Error {
    fn from(e: meta_optout_core::progress::ProgressError) -> Self {
        Error::Progress { damaged: e.is_damaged_file(), message: e.to_string() }
    }
}

impl Error {
    fn kind(&self) -> &'static str {
        match self {
            Error::UnknownRegion(_) => "unknown-region",
            Error::UnknownPlatform(_) => "unknown-platform",
            Error::UnknownDevice(_) => "unknown-device",
            Error::FlowNotFound(_) => "flow-not-found",
            Error::LinkRefused(_) => "link-refused",
            Error::OpenFailed(_) => "open-failed",
            Error::Progress { damaged: true, .. } => "progress-damaged",
            Error::Progress { .. } => "progress",
            Error::NoDataDir => "no-data-dir",
            Error::Export(_) => "export",
            Error::Guides(_) => "guides",
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::UnknownRegion(c) => {
                write!(f, "`{c}` is not a region this app knows; regions are codes such as DE, GB or US-CA.")
            }
            Error::UnknownPlatform(p) => {
                write!(f, "`{p}` is not a platform this app knows (facebook, instagram, whatsapp, messenger, threads).")
            }
            Error::UnknownDevice(d) => write!(f, "`{d}` is not a device this app knows (desktop, ios, android)."),
            Error::FlowNotFound(id) => {
                write!(f, "The guide `{id}` does not exist or does not apply to your country and apps. Go back to the list.")
            }
            Error::LinkRefused(why) => write!(f, "This link was not opened for your safety: {why}."),
            Error::OpenFailed(why) => {
                write!(f, "Your browser could not be started ({why}). Follow the menu path in the app instead.")
            }
            Error::Progress { message, .. } => {
                let mut chars = message.chars();
                let first = chars.next().map(|c| c.to_uppercase().collect::<String>()).unwrap_or_default();
                write!(f, "{first}{}", chars.as_str())
            }
            Error::Export(why) => write!(f, "The record could not be saved or read: {why}."),
            Error::Guides(why) => {
                let mut chars = why.chars();
                let first = chars.next().map(|c| c.to_uppercase().collect::<String>()).unwrap_or_default();
                write!(f, "{first}{}", chars.as_str())
            }
            Error::NoDataDir => f.write_str(
                "There is no folder to keep your progress in: set HOME or META_OPTOUT_DATA_DIR and start the app again.",
            ),
        }
    }
}

impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Error", 2)?;
        st.serialize_field("kind", self.kind())?;
        st.serialize_field("message", &self.to_string())?;
        st.end()
    }
}
