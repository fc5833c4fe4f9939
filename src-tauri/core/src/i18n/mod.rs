//! The languages the app speaks, and the translations of flow text.
//!
//! English is the source: flows are written in it, and every other locale
//! falls back to it string by string. The window's own words are Fluent
//! files beside the page; this module deals with the flows' words.

mod flows;
mod pseudo;
mod words;

pub use flows::{DocText, FlowTranslation, MenuLabel, MenuLabelStatus, TranslationDocument, Translated, Translations};
pub use pseudo::pseudo;
pub use words::{record_source, Words};

use sha2::{Digest, Sha256};

/// A locale the window, the flows and the letters are offered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Locale {
    /// BCP 47 tag, e.g. `pt-BR`.
    pub id: &'static str,
    /// The language's own name for itself, as a chooser shows it.
    pub name: &'static str,
}

/// The language flows are written in.
pub const SOURCE: &str = "en";

/// A made-up locale (accented, about 40% longer than English) that shows
/// untranslated strings and clipped layouts at a glance.
pub const PSEUDO: &str = "en-XA";

pub const LOCALES: &[Locale] = &[
    Locale { id: "en", name: "English" },
    Locale { id: "de", name: "Deutsch" },
    Locale { id: "fr", name: "Français" },
    Locale { id: "es", name: "Español" },
    Locale { id: "it", name: "Italiano" },
    Locale { id: "nl", name: "Nederlands" },
    Locale { id: "pl", name: "Polski" },
    Locale { id: "pt-BR", name: "Português (Brasil)" },
];

/// The locales that have translation files (all but the source).
pub fn translated_locales() -> impl Iterator<Item = &'static str> {
    LOCALES.iter().map(|l| l.id).filter(|id| *id != SOURCE)
}

/// Whether the app can show `id` (the pseudo-locale included).
pub fn is_known(id: &str) -> bool {
    id == PSEUDO || LOCALES.iter().any(|l| l.id == id)
}

/// The supported locale closest to a system or browser tag such as
/// `de_AT.UTF-8`, `pt-PT` or `C`; English when nothing matches.
pub fn negotiate(tag: &str) -> &'static str {
    let tag = tag.split(['.', '@']).next().unwrap_or("").replace('_', "-");
    if tag.eq_ignore_ascii_case(PSEUDO) {
        return PSEUDO;
    }
    if let Some(l) = LOCALES.iter().find(|l| l.id.eq_ignore_ascii_case(&tag)) {
        return l.id;
    }
    let language = tag.split('-').next().unwrap_or("").to_ascii_lowercase();
    // Portuguese is offered as spoken in Brazil, the largest group with an
    // objection right; it beats an English fallback for anyone in Portugal.
    LOCALES
        .iter()
        .find(|l| l.id.split('-').next() == Some(language.as_str()))
        .map_or(SOURCE, |l| l.id)
}

/// The locale the system asks for, from the usual environment variables.
pub fn system_locale() -> &'static str {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .map_or(SOURCE, |v| negotiate(&v))
}

/// What a translation records of the English it was made from: the first 16
/// hex digits of its SHA-256, enough to notice any change.
pub fn text_hash(english: &str) -> String {
    let digest = Sha256::digest(english.as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_system_tags() {
        assert_eq!(negotiate("de_AT.UTF-8"), "de");
        assert_eq!(negotiate("pt_BR.UTF-8"), "pt-BR");
        assert_eq!(negotiate("pt-PT"), "pt-BR");
        assert_eq!(negotiate("fr"), "fr");
        assert_eq!(negotiate("C.UTF-8"), "en");
        assert_eq!(negotiate("sv_SE"), "en");
        assert_eq!(negotiate("en-XA"), PSEUDO);
    }

    #[test]
    fn hash_is_stable() {
        assert_eq!(text_hash("Settings"), text_hash("Settings"));
        assert_ne!(text_hash("Settings"), text_hash("Settings "));
        assert_eq!(text_hash("").len(), 16);
    }
}
