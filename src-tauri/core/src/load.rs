//! Loading flows: the bundled set, a folder an author is working on, and the
//! app's view (bundled flows, then the user folder replacing them by id).
//!
//! Loading and checking are one pipeline, so what `meta-optout check` passes
//! is exactly what the app will load.

use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::catalog::{Catalog, PlatformCatalog, RegionCatalog};
use crate::check::{self, parse_document, Problem, MAX_FILE_BYTES};
use crate::date::Date;
use crate::i18n::{DocText, TranslationDocument, Translations};
use crate::model::Flow;
use crate::schema;

use crate::pack::Pack;
include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

pub const REGIONS_FILE: &str = "regions.json";
pub const PLATFORMS_FILE: &str = "platforms.json";
pub const SCHEMA_FILE: &str = "schema.json";
/// The folder beside the flows that holds `<locale>/<flow-id>.json`.
pub const TRANSLATIONS_DIR: &str = "translations";

/// A folder with more flow files than this is refused past the limit, so a
/// hostile folder cannot make start-up unbounded.
pub const MAX_FLOW_FILES: usize = 1000;

/// Where a loaded flow came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    Bundled,
    /// An installed guide pack (the file's path in its folder).
    Pack(PathBuf),
    /// The user flows folder (the file's path).
    User(PathBuf),
}

#[derive(Debug, Clone)]
pub struct LoadedFlow {
    pub flow: Flow,
    pub origin: Origin,
}

/// Valid flows, ordered by category then id, with the catalogs.
#[derive(Debug, Clone)]
pub struct FlowSet {
    pub catalog: Catalog,
    pub flows: Vec<LoadedFlow>,
    pub translations: Translations,
    /// What Meta changed since earlier guides, step by step (a pack's or the
    /// bundled set's `changes.json`).
    pub changes: Vec<crate::guides::GuideChange>,
}

impl FlowSet {
    pub fn get(&self, id: &str) -> Option<&LoadedFlow> {
        self.flows.iter().find(|f| f.flow.id == id)
    }
}

/// The result of loading: what loaded, and every problem met on the way.
#[derive(Debug)]
pub struct Loaded {
    pub set: FlowSet,
    pub problems: Vec<Problem>,
    /// Missing, unknown and stale translations. They never stop a flow from
    /// loading (English stands in), so they are kept apart from `problems`.
    pub translation_problems: Vec<Problem>,
    /// How many flow files were read.
    pub files: usize,
}

/// A file's text with the name it is reported under.
struct Document {
    name: String,
    file_name: String,
    text: String,
}

impl Document {
    fn stem(&self) -> Option<&str> {
        self.file_name.strip_suffix(".json")
    }
}

/// The bundled flows and catalogs whose names `wanted` accepts.
fn bundled_documents(wanted: impl Fn(&str) -> bool) -> Vec<Document> {
    BUNDLED
        .names()
        .enumerate()
        .filter(|(_, name)| !name.contains('/') && wanted(name))
        .map(|(n, name)| Document { name: format!("bundled/{name}"), file_name: name.to_owned(), text: BUNDLED.text(n).to_owned() })
        .collect()
}

/// Reads every `*.json` file of a folder (not hidden ones, not sub-folders),
/// sorted by name; unreadable, oversized and non-UTF-8 files become problems.
fn read_folder(dir: &Path, problems: &mut Vec<Problem>) -> Vec<Document> {
    let shown = dir.display().to_string();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push(Problem::file(&shown, format!("cannot read this folder: {e}")));
            return Vec::new();
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.ends_with(".json") && !name.starts_with('.') && !p.is_dir()
        })
        .collect();
    paths.sort();
    if paths.len() > MAX_FLOW_FILES {
        problems.push(Problem::file(
            &shown,
            format!("holds {} JSON files; only the first {MAX_FLOW_FILES} were read", paths.len()),
        ));
        paths.truncate(MAX_FLOW_FILES);
    }
    paths.iter().filter_map(|p| read_document(p, problems)).collect()
}

fn read_document(path: &Path, problems: &mut Vec<Problem>) -> Option<Document> {
    let name = path.display().to_string();
    let file_name = path.file_name()?.to_string_lossy().into_owned();
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => {
            problems.push(Problem::file(&name, format!("cannot read: {e}")));
            return None;
        }
    };
    // Read at most one byte past the limit: the size on disk may lie (a
    // growing file, a FIFO), the amount read cannot.
    let mut bytes = Vec::new();
    if let Err(e) = file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes) {
        problems.push(Problem::file(&name, format!("cannot read: {e}")));
        return None;
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        problems.push(Problem::file(&name, "is larger than 1 MiB; flow and catalog files are a few kilobytes, so it was not read"));
        return None;
    }
    match String::from_utf8(bytes) {
        Ok(text) => Some(Document { name, file_name, text }),
        Err(e) => {
            problems.push(Problem::file(&name, format!("is not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to())));
            None
        }
    }
}

/// Splits the catalog and schema files from the flow files.
fn take(docs: &mut Vec<Document>, file_name: &str) -> Option<Document> {
    let i = docs.iter().position(|d| d.file_name == file_name)?;
    Some(docs.remove(i))
}

/// Parses and checks the two catalogs; `None` when either does not parse.
fn load_catalog(regions: &Document, platforms: &Document, problems: &mut Vec<Problem>) -> Option<Catalog> {
    let r = parse_document::<RegionCatalog>(&regions.name, &regions.text, schema::regions());
    let p = parse_document::<PlatformCatalog>(&platforms.name, &platforms.text, schema::platforms());
    match (r, p) {
        (Ok(r), Ok(p)) => Some(checked_catalog(regions, platforms, r, p, problems)),
        (r, p) => {
            problems.extend(r.err().into_iter().flatten().chain(p.err().into_iter().flatten()));
            None
        }
    }
}

/// The catalogs once parsed: their meaning checked, each region's rights
/// worked out for today.
fn checked_catalog(regions_doc: &Document, platforms_doc: &Document, regions: RegionCatalog, platforms: PlatformCatalog, problems: &mut Vec<Problem>) -> Catalog {
    problems.extend(check::check_catalog(&regions_doc.name, &regions_doc.text, &regions, &platforms_doc.name, &platforms));
    let mut catalog = Catalog { regions, platforms };
    catalog.resolve(crate::date::Date::today());
    catalog
}

fn is_catalog(name: &str) -> bool {
    name == REGIONS_FILE || name == PLATFORMS_FILE
}

/// Reads a change log taken out of a folder's documents; a broken one is a
/// problem of its file and stands for no change.
fn change_log(doc: Option<Document>, problems: &mut Vec<Problem>) -> (Vec<crate::guides::GuideChange>, Option<Document>) {
    let Some(d) = doc else { return (Vec::new(), None) };
    match crate::guides::read_changes(&d.text) {
        Ok(c) => (c, Some(d)),
        Err(e) => {
            problems.push(Problem::file(&d.name, &e));
            (Vec::new(), None)
        }
    }
}

/// The change log's entries that name no loaded flow or step.
fn check_change_log(doc: Option<&Document>, set: &FlowSet, problems: &mut Vec<Problem>) {
    if let Some(d) = doc {
        for e in crate::guides::check_changes(&d.text, set) {
            problems.push(Problem::file(&d.name, &e));
        }
    }
}

/// The bundled catalogs. They are checked by the test suite, so failing
/// here would be a build defect; an empty catalog keeps the app alive.
/// `thorough` (for `check`) reads them as an author's files are read, with
/// every problem placed; the app reads the region catalog, which is large,
/// straight into its types and checks only its meaning, a tenth of the time.
fn bundled_catalog(problems: &mut Vec<Problem>, thorough: bool) -> Catalog {
    let mut docs = bundled_documents(is_catalog);
    let (r, p) = (take(&mut docs, REGIONS_FILE), take(&mut docs, PLATFORMS_FILE));
    let fast = |r: &Document, p: &Document, problems: &mut Vec<Problem>| {
        let regions = serde_json::from_str::<RegionCatalog>(&r.text).ok()?;
        let platforms = serde_json::from_str::<PlatformCatalog>(&p.text).ok()?;
        Some(checked_catalog(r, p, regions, platforms, problems))
    };
    r.zip(p)
        .and_then(|(r, p)| if thorough { load_catalog(&r, &p, problems) } else { fast(&r, &p, problems).or_else(|| load_catalog(&r, &p, problems)) })
        .unwrap_or_else(|| Catalog {
        regions: RegionCatalog {
            schema: None,
            sources: vec![],
            frameworks: vec![],
            authorities: vec![],
            controllers: vec![],
            regions: vec![],
        },
        platforms: PlatformCatalog { schema: None, platforms: vec![] },
    })
}

/// A flow file that parsed, with whether it also passed the meaning checks.
struct Parsed {
    name: String,
    flow: Flow,
    valid: bool,
}

/// Parses and checks flow documents one by one.
fn parse_flows(docs: Vec<Document>, catalog: &Catalog, problems: &mut Vec<Problem>) -> Vec<Parsed> {
    let today = Date::today();
    let mut flows = Vec::new();
    for doc in docs {
        match parse_document::<Flow>(&doc.name, &doc.text, schema::flow()) {
            Ok(flow) => {
                let found = check::check_flow(&doc.name, doc.stem(), &flow, catalog, today);
                let valid = found.is_empty();
                problems.extend(found);
                flows.push(Parsed { name: doc.name, flow, valid });
            }
            Err(found) => problems.extend(found),
        }
    }
    flows
}

/// Reports flow ids used by more than one parsed file (valid or not, so a
/// second problem in the same file cannot hide this one), and keeps the
/// valid flows whose id is not taken by an earlier file.
fn keep_unique_valid(parsed: Vec<Parsed>, problems: &mut Vec<Problem>) -> Vec<(String, Flow)> {
    let refs: Vec<(&str, &Flow)> = parsed.iter().map(|p| (p.name.as_str(), &p.flow)).collect();
    let dupes = check::duplicate_flow_ids(&refs);
    let kept = parsed
        .into_iter()
        .filter(|p| p.valid && !dupes.iter().any(|d| d.file == p.name))
        .map(|p| (p.name, p.flow))
        .collect();
    problems.extend(dupes);
    kept
}

/// Reads the translations that go with `flows`, from the bundled set and/or
/// a folder's `translations/`; when `thorough`, also checks them against
/// those flows (missing, stale, unknown), which start-up has no use for.
fn translations(
    bundled: bool,
    dirs: &[&Path],
    flows: &[LoadedFlow],
    problems: &mut Vec<Problem>,
    thorough: bool,
) -> (Translations, Vec<Problem>) {
    // A folder with no translations of its own is not being translated:
    // nothing to report as missing.
    if !bundled && !dirs.iter().any(|d| d.join(TRANSLATIONS_DIR).is_dir()) {
        return Default::default();
    }
    let mut docs = Vec::new();
    if bundled {
        docs.extend(BUNDLED_TRANSLATIONS.names().enumerate().map(|(n, path)| {
            let (locale, file) = path.split_once('/').unwrap_or(("", path));
            TranslationDocument {
                name: format!("bundled/{TRANSLATIONS_DIR}/{path}"),
                folder_locale: locale.to_owned(),
                file_stem: file.trim_end_matches(".json").to_owned(),
                text: DocText::Bundled(n),
            }
        }));
    }
    // Later folders replace earlier ones: a pack the bundled set, the user folder both.
    for root in dirs.iter().map(|d| d.join(TRANSLATIONS_DIR)).filter(|d| d.is_dir()) {
        let mut locales: Vec<PathBuf> = std::fs::read_dir(&root)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir() && !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
            .collect();
        locales.sort();
        for folder in locales {
            let locale = folder.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            // A user file replaces the bundled one for the same locale and flow.
            for d in read_folder(&folder, problems) {
                let stem = d.stem().unwrap_or_default().to_owned();
                docs.retain(|b: &TranslationDocument| !(b.folder_locale == locale && b.file_stem == stem));
                docs.push(TranslationDocument { name: d.name, folder_locale: locale.clone(), file_stem: stem, text: DocText::Plain(d.text) });
            }
        }
    }
    let refs: Vec<&Flow> = flows.iter().map(|f| &f.flow).collect();
    let mut translation_problems = Vec::new();
    let translations = Translations::parse(docs, &refs, &mut translation_problems, thorough);
    if !thorough {
        return (translations, Vec::new());
    }
    // Where each translation lives (or would live), for reports.
    let base = match dirs.last() {
        Some(d) if !bundled => d.join(TRANSLATIONS_DIR).display().to_string(),
        _ => format!("bundled/{TRANSLATIONS_DIR}"),
    };
    translation_problems.extend(translations.check(&refs, &|locale, flow| format!("{base}/{locale}/{flow}.json")));
    Problem::sort(&mut translation_problems);
    (translations, translation_problems)
}

fn finish(catalog: Catalog, mut flows: Vec<LoadedFlow>, mut problems: Vec<Problem>, files: usize, translations: (Translations, Vec<Problem>)) -> Loaded {
    flows.sort_by(|a, b| (a.flow.category, &a.flow.id).cmp(&(b.flow.category, &b.flow.id)));
    Problem::sort(&mut problems);
    let (translations, translation_problems) = translations;
    Loaded { set: FlowSet { catalog, flows, translations, changes: Vec::new() }, problems, translation_problems, files }
}

/// The flows built into the binary.
pub fn load_bundled() -> Loaded {
    load_app(None)
}

/// What the app loads: the bundled flows, then each valid flow of the user
/// folder (if given and present) added, or replacing a bundled one by id.
/// Translations are read but not checked: `translation_problems` stays
/// empty (see `check_app`).
pub fn load_app(user_dir: Option<&Path>) -> Loaded {
    load_app_with(None, user_dir, false)
}

/// Like `load_app`, with every translation checked too, for `check`.
pub fn check_app(user_dir: Option<&Path>) -> Loaded {
    load_app_with(None, user_dir, true)
}

/// Like `load_app`, on an installed guide pack's folder instead of the
/// bundled flows when one is in use (see `guides::active`).
pub fn load_installed(pack_dir: Option<&Path>, user_dir: Option<&Path>) -> Loaded {
    load_app_with(pack_dir, user_dir, false)
}

/// Like `check_app`, on an installed guide pack when one is in use.
pub fn check_installed(pack_dir: Option<&Path>, user_dir: Option<&Path>) -> Loaded {
    load_app_with(pack_dir, user_dir, true)
}

fn load_app_with(pack_dir: Option<&Path>, user_dir: Option<&Path>, thorough: bool) -> Loaded {
    let mut problems = Vec::new();
    let changes;
    let (catalog, mut flows, mut files) = match pack_dir {
        Some(dir) => {
            // A pack was checked whole when it was installed; it carries the
            // catalogs it was checked with.
            let mut docs = read_folder(dir, &mut problems);
            let regions = take(&mut docs, REGIONS_FILE);
            let platforms = take(&mut docs, PLATFORMS_FILE);
            let _ = take(&mut docs, SCHEMA_FILE);
            let log = take(&mut docs, crate::guides::CHANGES_FILE);
            changes = change_log(log, &mut problems).0;
            let catalog = match (&regions, &platforms) {
                (Some(r), Some(p)) => load_catalog(r, p, &mut problems),
                _ => None,
            }
            .unwrap_or_else(|| bundled_catalog(&mut problems, thorough));
            let files = docs.len();
            let parsed = parse_flows(docs, &catalog, &mut problems);
            let flows: Vec<LoadedFlow> = keep_unique_valid(parsed, &mut problems)
                .into_iter()
                .map(|(name, flow)| LoadedFlow { flow, origin: Origin::Pack(PathBuf::from(name)) })
                .collect();
            (catalog, flows, files)
        }
        None => {
            let catalog = bundled_catalog(&mut problems, thorough);
            let mut docs = bundled_documents(|name| !is_catalog(name));
            let log = take(&mut docs, crate::guides::CHANGES_FILE);
            changes = change_log(log, &mut problems).0;
            let files = docs.len();
            let parsed = parse_flows(docs, &catalog, &mut problems);
            let flows: Vec<LoadedFlow> = keep_unique_valid(parsed, &mut problems)
                .into_iter()
                .map(|(_, flow)| LoadedFlow { flow, origin: Origin::Bundled })
                .collect();
            (catalog, flows, files)
        }
    };
    if let Some(dir) = user_dir.filter(|d| d.is_dir()) {
        let mut docs = read_folder(dir, &mut problems);
        for ignored in [REGIONS_FILE, PLATFORMS_FILE, SCHEMA_FILE] {
            if let Some(d) = take(&mut docs, ignored) {
                problems.push(Problem::file(&d.name, "catalogs cannot be replaced from the user flows folder; this file is ignored"));
            }
        }
        files += docs.len();
        // Within the user folder an id may be used once; across folders a
        // user flow replacing a bundled one is the point.
        let parsed = parse_flows(docs, &catalog, &mut problems);
        for (name, flow) in keep_unique_valid(parsed, &mut problems) {
            flows.retain(|f| f.flow.id != flow.id);
            flows.push(LoadedFlow { flow, origin: Origin::User(PathBuf::from(name)) });
        }
    }
    let names: Vec<String> = flows.iter().map(origin_name).collect();
    let refs: Vec<(&str, &Flow)> = names.iter().map(String::as_str).zip(flows.iter().map(|f| &f.flow)).collect();
    problems.extend(check::dangling_next_flows(&refs));
    let dirs: Vec<&Path> = pack_dir.into_iter().chain(user_dir).collect();
    let translations = translations(pack_dir.is_none(), &dirs, &flows, &mut problems, thorough);
    let mut loaded = finish(catalog, flows, problems, files, translations);
    loaded.set.changes = changes;
    loaded
}

fn origin_name(f: &LoadedFlow) -> String {
    match &f.origin {
        Origin::Bundled => format!("bundled/{}.json", f.flow.id),
        Origin::Pack(p) | Origin::User(p) => p.display().to_string(),
    }
}

/// Checks a flows folder as an author has it: its own catalogs if present
/// (else the bundled ones), every flow file, and a stale `schema.json`.
pub fn check_folder(dir: &Path) -> Loaded {
    let mut problems = Vec::new();
    let mut docs = read_folder(dir, &mut problems);
    let regions = take(&mut docs, REGIONS_FILE);
    let platforms = take(&mut docs, PLATFORMS_FILE);
    let catalog = match (&regions, &platforms) {
        (Some(r), Some(p)) => load_catalog(r, p, &mut problems),
        (None, None) => Some(bundled_catalog(&mut problems, true)),
        (Some(d), None) | (None, Some(d)) => {
            problems.push(Problem::file(&d.name, "regions.json and platforms.json go together; the other one is missing"));
            None
        }
    };
    let (_, log) = change_log(take(&mut docs, crate::guides::CHANGES_FILE), &mut problems);
    if let Some(s) = take(&mut docs, SCHEMA_FILE) {
        let stale = serde_json::from_slice::<serde_json::Value>(s.text.as_bytes()).map(|v| &v != schema::flow()).unwrap_or(true);
        if stale {
            problems.push(Problem::file(
                &s.name,
                "is stale: it differs from the flow format this version reads; regenerate it with `meta-optout schema > schema.json`",
            ));
        }
    }
    let files = docs.len();
    let Some(catalog) = catalog else {
        // Without catalogs, regions cannot be checked: report what the
        // catalogs say and stop rather than flood the author with noise.
        return finish(bundled_catalog(&mut Vec::new(), false), Vec::new(), problems, files, Default::default());
    };
    let parsed = parse_flows(docs, &catalog, &mut problems);
    let flows = keep_unique_valid(parsed, &mut problems);
    let refs: Vec<(&str, &Flow)> = flows.iter().map(|(n, f)| (n.as_str(), f)).collect();
    problems.extend(check::dangling_next_flows(&refs));
    let flows: Vec<LoadedFlow> = flows.into_iter().map(|(n, flow)| LoadedFlow { flow, origin: Origin::User(PathBuf::from(n)) }).collect();
    let translations = translations(false, &[dir], &flows, &mut problems, true);
    let mut loaded = finish(catalog, flows, problems, files, translations);
    check_change_log(log.as_ref(), &loaded.set, &mut loaded.problems);
    if let Some(d) = &log {
        loaded.set.changes = crate::guides::read_changes(&d.text).unwrap_or_default();
    }
    loaded
}
