//! Every language the app offers is complete: the window's words
//! (`ui/locales/<locale>/*.ftl`) have every message of the English with the
//! same attributes and no variable the app does not pass, and the bundled
//! flows have a current translation of every string in every locale.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use fluent_syntax::parser;
use meta_optout_core::i18n::{self, LOCALES, SOURCE};
use meta_optout_core::load::check_app;
use meta_optout_core::window;

/// The Fluent files of each language: the window's and the letters' beside
/// the page, the exported record's in the core. For the record every
/// variable must be kept: each carries a fact (a date, a digest).
const FILES: &[(&str, &str, bool)] = &[("ui/locales", "app.ftl", false), ("ui/locales", "letters.ftl", false), ("src-tauri/core/locales", "record.ftl", true)];

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/locales")
}

fn files_dir(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(dir)
}

/// What the test compares per message: has a value, its attribute names,
/// the variables it uses.
#[derive(Debug, PartialEq)]
struct Shape {
    value: bool,
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
}

fn variables_of_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            variables_of_expression(expression, out);
        }
    }
}

fn variables_of_expression(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            variables_of_inline(selector, out);
            for v in variants {
                variables_of_pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => variables_of_inline(i, out),
    }
}

fn variables_of_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                variables_of_inline(a, out);
            }
            for a in &arguments.named {
                variables_of_inline(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => variables_of_expression(expression, out),
        _ => {}
    }
}

/// The messages and terms of one file, or the parse errors with line numbers.
fn read(path: &Path) -> Result<BTreeMap<String, Shape>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let resource = parser::parse(text.as_str()).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|e| {
                let line = text[..e.pos.start.min(text.len())].matches('\n').count() + 1;
                format!("{}:{line}: {:?}", path.display(), e.kind)
            })
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    let mut shapes = BTreeMap::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        let mut variables = BTreeSet::new();
        if let Some(v) = value {
            variables_of_pattern(v, &mut variables);
        }
        for a in attributes.iter() {
            variables_of_pattern(&a.value, &mut variables);
        }
        let attributes = attributes.iter().map(|a| a.id.name.to_string()).collect();
        if shapes.insert(id.clone(), Shape { value: value.is_some(), attributes, variables }).is_some() {
            return Err(format!("{}: `{id}` is defined twice", path.display()));
        }
    }
    Ok(shapes)
}

#[test]
fn every_locale_has_every_message_of_the_window_the_letters_and_the_record() {
    let mut problems = Vec::new();
    for &(dir, file, every_variable) in FILES {
        let english = read(&files_dir(dir).join(SOURCE).join(file)).unwrap();
        assert!(english.len() >= 3, "{file}: the English file looks empty");
        for locale in i18n::translated_locales() {
            let path = files_dir(dir).join(locale).join(file);
            let theirs = match read(&path) {
                Ok(t) => t,
                Err(e) => {
                    problems.push(e);
                    continue;
                }
            };
            for (id, shape) in &english {
                match theirs.get(id) {
                    None => problems.push(format!("{locale}/{file}: `{id}` is missing")),
                    Some(t) => {
                        if t.value != shape.value || t.attributes != shape.attributes {
                            problems.push(format!("{locale}/{file}: `{id}` has other attributes than the English"));
                        }
                        for v in t.variables.difference(&shape.variables) {
                            problems.push(format!("{locale}/{file}: `{id}` uses ${v}, which the app never passes"));
                        }
                        if every_variable {
                            for v in shape.variables.difference(&t.variables) {
                                problems.push(format!("{locale}/{file}: `{id}` leaves out ${v}"));
                            }
                        }
                    }
                }
            }
            for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
                problems.push(format!("{locale}/{file}: `{id}` is not in the English file (renamed or removed?)"));
            }
        }
    }
    assert!(problems.is_empty(), "{} locale problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_locale_folders_are_the_offered_locales() {
    let mut on_disk: Vec<String> = std::fs::read_dir(locales_dir())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut offered: Vec<String> = LOCALES.iter().map(|l| l.id.to_owned()).collect();
    offered.sort();
    assert_eq!(on_disk, offered, "ui/locales must hold one folder per offered locale");
    // The window lists the same locales before the catalog arrives.
    let main = std::fs::read_to_string(locales_dir().join("../js/main.js")).unwrap();
    for l in LOCALES {
        assert!(main.contains(&format!("'{}'", l.id)), "ui/js/main.js does not list {}", l.id);
    }
}

#[test]
fn the_bundled_flows_are_fully_translated_and_current() {
    let loaded = check_app(None);
    let problems: Vec<String> = loaded.translation_problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{} translation problems:\n{}", problems.len(), problems.join("\n"));
    // And every locale has a file for every flow (a missing one is a problem above).
    let flows = loaded.set.flows.len();
    for locale in i18n::translated_locales() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../flows/translations").join(locale);
        let files = std::fs::read_dir(&dir).map(|d| d.count()).unwrap_or(0);
        assert_eq!(files, flows, "{}", dir.display());
    }
}

#[test]
fn a_locale_asked_for_by_the_system_finds_the_nearest_offered_one() {
    assert_eq!(i18n::negotiate("de_AT.UTF-8"), "de");
    assert_eq!(i18n::negotiate("pt_PT"), "pt-BR");
    assert_eq!(i18n::negotiate("pt-BR"), "pt-BR");
    assert_eq!(i18n::negotiate("sv_SE.UTF-8"), "en");
    assert_eq!(i18n::negotiate("C.UTF-8"), "en");
    assert_eq!(i18n::negotiate(""), "en");
}

#[test]
fn the_window_gets_each_locale_from_the_built_in_translations() {
    // The window's load reads translations lazily, from the compressed
    // copies in the binary: each locale must still come out whole.
    let set = meta_optout_core::load::load_bundled().set;
    let flow = &set.get("object-ai-training").unwrap().flow;
    for locale in i18n::translated_locales() {
        let file = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../flows/translations/{locale}/object-ai-training.json"));
        let doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        let localized = set.translations.localize(flow, locale);
        assert_eq!(localized.title, doc["strings"]["title"]["text"], "{locale}");
        let label = set.translations.menu_label(&flow.id, "steps.object-on-facebook.menu_path.desktop.1", "Settings & privacy", locale);
        assert_eq!(label.english, "Settings & privacy");
        assert_eq!(label.label, doc["strings"]["steps.object-on-facebook.menu_path.desktop.1"]["text"], "{locale}");
        assert_eq!(label.status, i18n::MenuLabelStatus::Unconfirmed, "{locale}");
    }
}

/// The characters a TrueType font maps to a glyph, from its format 4 cmap
/// subtable (the Basic Multilingual Plane, which is all the window writes).
fn font_characters(font: &[u8]) -> BTreeSet<char> {
    let u16_at = |at: usize| u16::from_be_bytes([font[at], font[at + 1]]);
    let u32_at = |at: usize| u32::from_be_bytes([font[at], font[at + 1], font[at + 2], font[at + 3]]) as usize;
    let cmap = (0..u16_at(4) as usize)
        .map(|i| 12 + 16 * i)
        .find(|&rec| &font[rec..rec + 4] == b"cmap")
        .map(|rec| u32_at(rec + 8))
        .expect("the font has a cmap table");
    let sub = (0..u16_at(cmap + 2) as usize)
        .map(|i| cmap + 4 + 8 * i)
        .map(|rec| cmap + u32_at(rec + 4))
        .find(|&sub| u16_at(sub) == 4)
        .expect("the font has a format 4 cmap subtable");
    let segs = u16_at(sub + 6) as usize / 2;
    let (ends, starts, deltas, ranges) = (sub + 14, sub + 16 + 2 * segs, sub + 16 + 4 * segs, sub + 16 + 6 * segs);
    let mut out = BTreeSet::new();
    for s in 0..segs {
        let (start, end, delta, range) = (u16_at(starts + 2 * s), u16_at(ends + 2 * s), u16_at(deltas + 2 * s), u16_at(ranges + 2 * s));
        for c in start..=end.min(0xfffe) {
            let glyph = if range == 0 {
                c.wrapping_add(delta)
            } else {
                match u16_at(ranges + 2 * s + range as usize + 2 * (c - start) as usize) {
                    0 => 0,
                    g => g.wrapping_add(delta),
                }
            };
            if glyph != 0 {
                out.extend(char::from_u32(c as u32));
            }
        }
    }
    out
}

#[test]
fn the_windows_own_fonts_have_every_letter_of_its_words_and_guides() {
    // The window's words and page as the app serves them, and every flow
    // and translation; each read once, for both faces.
    let mut texts: Vec<(String, String)> = window::files()
        .filter(|(name, _)| name.ends_with(".ftl") || *name == "index.html")
        .map(|(name, bytes)| (format!("ui/{name}"), String::from_utf8(bytes.to_vec()).unwrap()))
        .collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut stack = vec![root.join("flows")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.file_name().is_some_and(|n| n == "regions.json") {
                // Of the catalog the window writes the names of regions and
                // laws in its own font. Authorities' names in their own
                // language and script (Ελληνικά, Български) fall back to the
                // system's fonts, as any text the window's languages do not
                // need; the sources and notes are not shown in the window.
                let name = path.strip_prefix(&root).unwrap().display().to_string();
                let doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
                let names: Vec<&str> = ["regions", "frameworks"]
                    .iter()
                    .flat_map(|list| doc[*list].as_array().unwrap().iter())
                    .filter_map(|entry| entry["name"].as_str())
                    .collect();
                texts.push((name, names.join("\n")));
            } else if path.extension().is_some_and(|e| e == "json") {
                let name = path.strip_prefix(&root).unwrap().display().to_string();
                texts.push((name, std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    for face in ["sans.ttf", "sans-bold.ttf"] {
        let has = font_characters(window::file(&format!("fonts/{face}")).expect("the window serves its fonts"));
        assert!(has.contains(&'a') && has.contains(&'ł'), "ui/fonts/{face}: cmap not read");
        for (name, text) in &texts {
            let missing: BTreeSet<char> = text.chars().filter(|c| !c.is_control() && !has.contains(c)).collect();
            assert!(
                missing.is_empty(),
                "ui/fonts/{face} lacks {} used in {name}: add them to the characters in scripts/fonts.sh and run it",
                missing.iter().map(|c| format!("{c:?} (U+{:04X})", *c as u32)).collect::<Vec<_>>().join(", "),
            );
        }
    }
}

#[test]
fn a_menu_name_no_language_translates_is_not_marked_unconfirmed() {
    // "Messenger", "Meta AI", "(i)" read the same in every language: they are
    // Meta's own words, so the window shows them without the badge.
    let set = meta_optout_core::load::load_bundled().set;
    let mut same = 0;
    for locale in i18n::translated_locales() {
        for f in &set.flows {
            for s in &f.flow.steps {
                for (entry, lines) in s.menu_path.entries() {
                    for (i, english) in lines.iter().enumerate() {
                        let key = format!("steps.{}.menu_path.{entry}.{}", s.id, i + 1);
                        let label = set.translations.menu_label(&f.flow.id, &key, english, locale);
                        if label.label == *english {
                            same += 1;
                            assert_ne!(label.status, i18n::MenuLabelStatus::Unconfirmed, "{locale} {}/{key}: {english:?}", f.flow.id);
                        }
                    }
                }
            }
        }
    }
    assert!(same > 0, "no untranslated name found to check");
}
