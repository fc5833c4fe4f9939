//! Flow translations: `translations/<locale>/<flow-id>.json` beside the
//! flows, one string per text key of [`Flow::texts`], each with the hash of
//! the English it was made from. A translator never edits a flow's structure,
//! and a string whose English has changed since is noticed (stale) and not
//! shown until it is translated again.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::{is_known, pseudo, text_hash, translated_locales, PSEUDO, SOURCE};
use crate::check::Problem;
use crate::model::Flow;
use crate::suggest::did_you_mean;

/// One translation file: the strings of one flow in one locale.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FlowTranslation {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The locale, the same as the file's folder (e.g. `de`, `pt-BR`).
    pub locale: String,
    /// The flow's id, the same as the file's name.
    pub flow: String,
    /// Translated strings by text key (e.g. `steps.submit.title`).
    pub strings: BTreeMap<String, Translated>,
}

/// One translated string.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Translated {
    pub text: String,
    /// `text_hash` of the English text this was translated from.
    pub from: String,
    /// For menu labels only: the page of Meta's own help in this language
    /// that shows the label. Without it the label is shown as unconfirmed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmed_by: Option<String>,
}

/// How sure a menu label in the language of the person's Meta app is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MenuLabelStatus {
    /// The flow's own English label.
    Source,
    /// Seen on Meta's help pages in that language.
    Confirmed,
    /// Translated by us; Meta's wording may differ.
    Unconfirmed,
    /// No label is known in that language: the English one is shown.
    English,
}

/// A menu label as the person's Meta app may show it, with the English one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MenuLabel {
    pub label: String,
    pub english: String,
    pub status: MenuLabelStatus,
}

/// Strings of one flow in one locale, by text key.
type Strings = BTreeMap<String, Translated>;

/// Every loaded translation, by locale then flow then key. A locale's files
/// are parsed the first time it is asked for: the window needs one or two
/// of the eight, and start-up should not pay for the rest.
#[derive(Debug, Clone, Default)]
pub struct Translations {
    locales: BTreeMap<String, LocaleFiles>,
    /// The flows the files may translate.
    flows: Vec<String>,
}

#[derive(Debug, Clone, Default)]
struct LocaleFiles {
    docs: Vec<TranslationDocument>,
    parsed: OnceLock<BTreeMap<String, Strings>>,
}

/// A translation file's text with the name it is reported under and the
/// locale folder it was found in.
#[derive(Debug, Clone)]
pub struct TranslationDocument {
    pub name: String,
    pub folder_locale: String,
    pub file_stem: String,
    pub text: DocText,
}

/// A file's text: as read from a folder, or the `n`th bundled translation,
/// which stays packed until a language other than English is wanted.
#[derive(Debug, Clone)]
pub enum DocText {
    Plain(String),
    Bundled(usize),
}

impl DocText {
    pub fn read(&self) -> Cow<'_, str> {
        match self {
            DocText::Plain(s) => Cow::Borrowed(s),
            DocText::Bundled(n) => Cow::Borrowed(crate::load::BUNDLED_TRANSLATIONS.text(*n)),
        }
    }
}

fn is_menu_key(key: &str) -> bool {
    key.contains(".menu_path.")
}

/// Parses one locale's files, keeping those that name that locale and a
/// known flow. With `problems`, each file is read with line-and-path
/// reporting and every problem is kept; without, in one pass, silently.
fn parse_locale(docs: &[TranslationDocument], ids: &[String], mut problems: Option<&mut Vec<Problem>>) -> BTreeMap<String, Strings> {
    let mut out = BTreeMap::new();
    let thorough = problems.is_some();
    let mut report = |p: Problem| {
        if let Some(list) = problems.as_deref_mut() {
            list.push(p);
        }
    };
    for doc in docs {
        let text = doc.text.read();
        let parsed = if thorough {
            crate::check::parse_document::<FlowTranslation>(&doc.name, &text, crate::schema::translation())
        } else {
            serde_json::from_slice::<FlowTranslation>(text.as_bytes()).map_err(|_| Vec::new())
        };
        let t = match parsed {
            Ok(t) => t,
            Err(found) => {
                found.into_iter().for_each(&mut report);
                continue;
            }
        };
        if t.locale != doc.folder_locale {
            report(Problem::at_path(
                &doc.name,
                "$.locale",
                format!("says `{}` but the file is in the `{}` folder", t.locale, doc.folder_locale),
            ));
            continue;
        }
        if t.flow != doc.file_stem {
            report(Problem::at_path(
                &doc.name,
                "$.flow",
                format!("says `{}` but the file is named `{}.json`; name it after the flow", t.flow, doc.file_stem),
            ));
            continue;
        }
        if !ids.contains(&t.flow) {
            let hint = did_you_mean(&t.flow, ids.iter().map(String::as_str));
            report(Problem::at_path(&doc.name, "$.flow", format!("there is no flow `{}`{hint}", t.flow)));
            continue;
        }
        out.insert(t.flow, t.strings);
    }
    out
}

impl Translations {
    /// Takes translation files. With `thorough` (for `check`), every file is
    /// parsed now and every problem reported with its line and path: shape
    /// problems, and files for an unknown locale or flow, which are left
    /// out. Otherwise (the window, start-up) files are only sorted by locale
    /// and parsed on first use, and one that does not read cleanly is simply
    /// left out, English standing in.
    pub fn parse(docs: Vec<TranslationDocument>, flows: &[&Flow], problems: &mut Vec<Problem>, thorough: bool) -> Translations {
        let locales: Vec<&str> = translated_locales().collect();
        let mut out = Translations { flows: flows.iter().map(|f| f.id.clone()).collect(), ..Translations::default() };
        for doc in docs {
            if !locales.contains(&doc.folder_locale.as_str()) {
                let hint = did_you_mean(&doc.folder_locale, locales.iter().copied());
                problems.push(Problem::file(
                    &doc.name,
                    format!("`{}` is not a locale the app offers{hint}; they are: {}", doc.folder_locale, locales.join(", ")),
                ));
                continue;
            }
            out.locales.entry(doc.folder_locale.clone()).or_default().docs.push(doc);
        }
        if thorough {
            for files in out.locales.values_mut() {
                let parsed = parse_locale(&files.docs, &out.flows, Some(&mut *problems));
                let _ = files.parsed.set(parsed);
            }
        }
        out
    }

    /// The strings of one flow in one locale, parsing the locale on first use.
    fn strings(&self, locale: &str, flow: &str) -> Option<&Strings> {
        let files = self.locales.get(locale)?;
        files.parsed.get_or_init(|| parse_locale(&files.docs, &self.flows, None)).get(flow)
    }

    /// Missing, unknown and stale strings of every locale, each with its file
    /// and key. `file_of(locale, flow)` names where a translation lives.
    pub fn check(&self, flows: &[&Flow], file_of: &dyn Fn(&str, &str) -> String) -> Vec<Problem> {
        let mut problems = Vec::new();
        for flow in flows {
            // The English texts and their hashes, once for every locale.
            let texts = flow.texts();
            let hashes: Vec<String> = texts.iter().map(|t| text_hash(&t.text)).collect();
            let keys: BTreeSet<&str> = texts.iter().map(|t| t.key.as_str()).collect();
            for locale in translated_locales() {
                let file = file_of(locale, &flow.id);
                let Some(strings) = self.strings(locale, &flow.id) else {
                    problems.push(Problem::file(
                        &file,
                        format!("missing: `{}` has no {locale} translation ({} strings)", flow.id, texts.len()),
                    ));
                    continue;
                };
                for (t, hash) in texts.iter().zip(&hashes) {
                    let path = format!("$.strings[\"{}\"]", t.key);
                    match strings.get(&t.key) {
                        None => problems.push(Problem::at_path(&file, path, format!("missing: the English reads \"{}\"", t.text))),
                        Some(tr) if &tr.from != hash => problems.push(Problem::at_path(
                            &file,
                            path,
                            format!("stale: translated from an older English text; it now reads \"{}\" (hash {hash})", t.text),
                        )),
                        Some(tr) if tr.text.trim().is_empty() => {
                            problems.push(Problem::at_path(&file, path, "is empty; remove it to fall back to English"));
                        }
                        Some(_) => {}
                    }
                }
                for (key, tr) in strings {
                    let path = format!("$.strings[\"{key}\"]");
                    if !keys.contains(key.as_str()) {
                        let hint = did_you_mean(key, keys.iter().copied());
                        problems.push(Problem::at_path(&file, path, format!("unknown: the flow has no text with this key{hint}")));
                    } else if let Some(url) = &tr.confirmed_by {
                        if !is_menu_key(key) {
                            problems.push(Problem::at_path(
                                &file,
                                format!("{path}.confirmed_by"),
                                "only menu labels are confirmed against Meta's help pages",
                            ));
                        } else if let Err(e) = crate::links::check_link(url) {
                            problems.push(Problem::at_path(&file, format!("{path}.confirmed_by"), format!("`{url}` {e}")));
                        }
                    }
                }
            }
        }
        problems
    }

    /// The translation of one string, if there is a current one.
    fn fresh(&self, locale: &str, flow: &str, key: &str, english: &str) -> Option<&Translated> {
        let tr = self.strings(locale, flow)?.get(key)?;
        (tr.from == text_hash(english) && !tr.text.trim().is_empty()).then_some(tr)
    }

    /// The flow with every string in `locale` where a current translation
    /// exists, English elsewhere. Menu labels are left in English: they
    /// follow the language of the person's Meta app (see [`Self::menu_label`]).
    pub fn localize(&self, flow: &Flow, locale: &str) -> Flow {
        let mut out = flow.clone();
        if locale == SOURCE || !is_known(locale) {
            return out;
        }
        out.for_each_text_mut(&mut |key, text| {
            if is_menu_key(&key) {
                return;
            }
            if locale == PSEUDO {
                *text = pseudo(text);
            } else if let Some(tr) = self.fresh(locale, &flow.id, &key, text) {
                text.clone_from(&tr.text);
            }
        });
        out
    }

    /// A menu label in the language of the person's Meta app.
    pub fn menu_label(&self, flow: &str, key: &str, english: &str, meta_locale: &str) -> MenuLabel {
        let (label, status) = if meta_locale == SOURCE {
            (english.to_owned(), MenuLabelStatus::Source)
        } else if meta_locale == PSEUDO {
            (pseudo(english), MenuLabelStatus::Unconfirmed)
        } else {
            match self.fresh(meta_locale, flow, key, english) {
                Some(tr) if tr.confirmed_by.is_some() => (tr.text.clone(), MenuLabelStatus::Confirmed),
                // A name no language translates (Messenger, Meta AI, "(i)")
                // is Meta's own wording, not a guess of ours.
                Some(tr) if tr.text == english => (tr.text.clone(), MenuLabelStatus::Source),
                Some(tr) => (tr.text.clone(), MenuLabelStatus::Unconfirmed),
                None => (english.to_owned(), MenuLabelStatus::English),
            }
        };
        MenuLabel { label, english: english.to_owned(), status }
    }

    /// A translation file for `flow` in `locale` to hand to a translator:
    /// current strings kept, missing and stale ones in English with the hash
    /// of that English.
    pub fn template(&self, flow: &Flow, locale: &str) -> FlowTranslation {
        let strings = flow
            .texts()
            .into_iter()
            .map(|t| {
                let tr = self.fresh(locale, &flow.id, &t.key, &t.text).cloned();
                let tr = tr.unwrap_or_else(|| Translated { from: text_hash(&t.text), text: t.text, confirmed_by: None });
                (t.key, tr)
            })
            .collect();
        FlowTranslation { schema: None, locale: locale.to_owned(), flow: flow.id.clone(), strings }
    }

    /// How many translation files are loaded.
    pub fn len(&self) -> usize {
        self.locales.values().map(|l| l.docs.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.locales.is_empty()
    }
}
