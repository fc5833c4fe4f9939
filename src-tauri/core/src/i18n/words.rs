//! The app's own words outside the window: the exported record's headings,
//! labels and sentences, as Fluent messages in `core/locales/<locale>/`.
//! A message missing in a language falls back to the English one.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

use super::SOURCE;

/// The record's words in every language, built into the binary.
const RECORD: &[(&str, &str)] = &[
    ("en", include_str!("../../locales/en/record.ftl")),
    ("de", include_str!("../../locales/de/record.ftl")),
    ("fr", include_str!("../../locales/fr/record.ftl")),
    ("es", include_str!("../../locales/es/record.ftl")),
    ("it", include_str!("../../locales/it/record.ftl")),
    ("nl", include_str!("../../locales/nl/record.ftl")),
    ("pl", include_str!("../../locales/pl/record.ftl")),
    ("pt-BR", include_str!("../../locales/pt-BR/record.ftl")),
];

/// The Fluent source of the record's words in `locale`, for the checks.
pub fn record_source(locale: &str) -> Option<&'static str> {
    RECORD.iter().find(|(l, _)| *l == locale).map(|(_, s)| *s)
}

pub struct Words {
    pub locale: &'static str,
    bundle: FluentBundle<FluentResource>,
    english: Option<Box<Words>>,
}

impl Words {
    /// The record's words in `locale` (any tag: negotiated to one the app has).
    pub fn record(locale: &str) -> Words {
        let locale = super::negotiate(locale);
        let locale = if locale == super::PSEUDO { SOURCE } else { locale };
        Words::of(locale)
    }

    fn of(locale: &'static str) -> Words {
        let source = record_source(locale).unwrap_or(RECORD[0].1);
        let lang = locale.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![lang]);
        // The text lands in files and terminals, where the invisible
        // direction marks around each value would only show as noise.
        bundle.set_use_isolating(false);
        // The built-in files are checked by the tests; a bad line only loses itself.
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
        let english = (locale != SOURCE).then(|| Box::new(Words::of(SOURCE)));
        Words { locale, bundle, english }
    }

    /// The message `id` with `args` filled in; the English one when this
    /// language lacks it; the id itself when no language has it.
    pub fn get(&self, id: &str, args: &[(&str, &str)]) -> String {
        if let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) {
            let mut fa = FluentArgs::new();
            for (k, v) in args {
                fa.set(*k, *v);
            }
            let mut errors = Vec::new();
            return self.bundle.format_pattern(pattern, Some(&fa), &mut errors).into_owned();
        }
        match &self.english {
            Some(en) => en.get(id, args),
            None => id.to_owned(),
        }
    }

    pub fn word(&self, id: &str) -> String {
        self.get(id, &[])
    }
}
