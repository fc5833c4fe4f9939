//! The window's IPC commands. Each one translates its arguments into a core
//! call and maps the error; the work happens in `meta_optout_core`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock, RwLock};

use meta_optout_core::export::{self, Format, ImportReport};
use meta_optout_core::load::{self, FlowSet};
use meta_optout_core::progress::{self, Mark, Progress, ProfileReport, Status};
use meta_optout_core::catalog::{CompanyFirst, Coverage, Deadline, DefaultAuthority};
use meta_optout_core::model::{Confidence, Device, Platform, Right};
use meta_optout_core::select::{self, FlowSummary, FlowView};
use meta_optout_core::{date, dirs, guides, i18n, Date};
use serde::Serialize;
use tauri::State;

use crate::error::Error;
use crate::file_dialog::{self, Ask, Dialog};
use crate::query::query;

/// What the window needs for its whole life: the loaded flows, what went
/// wrong loading the user's own flows (shown, never fatal), and where
/// progress is kept.
pub struct AppState {
    /// Loaded once at start; replaced whole when the person installs a
    /// guide pack or rolls one back.
    flows: Arc<OnceLock<RwLock<Arc<Flows>>>>,
    /// Where progress.json lives; `None` when no folder could be found.
    pub data_dir: Option<PathBuf>,
}

pub struct Flows {
    set: FlowSet,
    problems: Vec<String>,
    guides: guides::InUse,
}

impl std::ops::Deref for Flows {
    type Target = FlowSet;
    fn deref(&self) -> &FlowSet {
        &self.set
    }
}

impl AppState {
    /// Starts loading the bundled flows and the person's own (from
    /// `user_dir`) on a thread of their own. Loading takes 3 to 6 ms, which
    /// would otherwise come before GTK and WebKit start; the first command
    /// to need the flows comes hundreds of milliseconds later, and waits for
    /// them if it must.
    pub fn load(user_dir: Option<PathBuf>, data_dir: Option<PathBuf>) -> Self {
        let flows = Arc::new(OnceLock::new());
        let cell = Arc::clone(&flows);
        let dir = user_dir.clone();
        let spawned = std::thread::Builder::new().name("load flows".into()).spawn(move || {
            // A loader that panicked would leave every command waiting for
            // ever: end the app instead, as a panic before the window did.
            let load = std::panic::AssertUnwindSafe(|| load_into(&cell, dir.as_deref()));
            if std::panic::catch_unwind(load).is_err() {
                std::process::exit(101);
            }
        });
        if spawned.is_err() {
            load_into(&flows, user_dir.as_deref());
        }
        AppState { flows, data_dir }
    }

    /// The loaded flows; the first call may wait for the loader.
    pub fn set(&self) -> Arc<Flows> {
        Arc::clone(&self.flows.wait().read().unwrap_or_else(std::sync::PoisonError::into_inner))
    }

    fn problems(&self) -> Vec<String> {
        self.set().problems.clone()
    }

    /// Loads the guides again (after an update or a rollback).
    fn reload(&self) {
        let fresh = Arc::new(loaded_flows(dirs::user_flows_dir().as_deref()));
        if let Some(lock) = self.flows.get() {
            *lock.write().unwrap_or_else(std::sync::PoisonError::into_inner) = fresh;
        }
    }
}

fn loaded_flows(user_dir: Option<&Path>) -> Flows {
    let config = dirs::config_dir();
    let (loaded, active) = guides::load(config.as_deref(), user_dir, false);
    let problems: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    for p in &problems {
        eprintln!("meta-optout: {p}");
    }
    Flows { set: loaded.set, problems, guides: guides::in_use(config.as_deref(), active.as_ref()) }
}

fn load_into(cell: &OnceLock<RwLock<Arc<Flows>>>, user_dir: Option<&Path>) {
    let _ = cell.set(RwLock::new(Arc::new(loaded_flows(user_dir))));
}

#[derive(Serialize)]
pub struct CatalogView {
    version: &'static str,
    regions: Vec<RegionView>,
    frameworks: Vec<FrameworkView>,
    authorities: Vec<AuthorityView>,
    controllers: Vec<ControllerView>,
    platforms: Vec<NamedView>,
    devices: Vec<&'static str>,
    /// The languages offered, and the one the system asks for.
    locales: &'static [i18n::Locale],
    system_locale: &'static str,
    problems: Vec<String>,
    /// Which guides are in use: built in, or an installed pack.
    guides: guides::InUse,
}

/// A region in the set-up screen's lists and the overview: its law and
/// authority by id, looked up in the lists beside it.
#[derive(Serialize)]
struct RegionView {
    code: String,
    name: String,
    framework: String,
    authority: Option<String>,
    default_authority: Option<DefaultAuthority>,
}

/// What a law lets a person do, as the overview words it.
#[derive(Serialize)]
struct FrameworkView {
    id: String,
    name: String,
    /// The rights in force today; `all_rights` lists them before the law applies.
    rights: Vec<Right>,
    all_rights: Vec<Right>,
    reply_within: Option<Deadline>,
    extension: Option<Deadline>,
    opt_out_within: Option<Deadline>,
    company_first: Option<CompanyFirst>,
    in_force_from: Option<String>,
    covers_meta: Coverage,
    confidence: Confidence,
}

#[derive(Serialize)]
struct AuthorityView {
    id: String,
    name: String,
    name_en: Option<String>,
    languages: Vec<String>,
    confidence: Confidence,
}

/// One of Meta's companies, for the letters' address.
#[derive(Serialize)]
struct ControllerView {
    entity: String,
    address: Vec<String>,
    platforms: Vec<Platform>,
    frameworks: Vec<String>,
}

#[derive(Serialize)]
struct NamedView {
    id: &'static str,
    name: String,
}

/// Everything the window needs for its first screen, in one round trip:
/// the catalog, every profile's progress (or why it could not be read) and
/// the guides for the profile it shows first.
#[derive(Serialize)]
pub struct FirstScreen {
    catalog: CatalogView,
    overview: Option<Overview>,
    progress_error: Option<Error>,
    /// The guides for `profile` (the remembered one if it still exists,
    /// else the first). Absent without a profile, or if its situation is no
    /// longer valid: the window then asks with `list_flows` and shows why.
    flows: Option<FirstFlows>,
}

#[derive(Serialize)]
struct FirstFlows {
    profile: String,
    flows: Vec<FlowSummary>,
}

/// The first screen's data. `profile` and `device` are the window's
/// remembered choices, `locale` the language it starts in.
#[tauri::command]
pub fn first_screen(
    state: State<'_, AppState>,
    profile: Option<String>,
    device: String,
    locale: Option<String>,
) -> Result<FirstScreen, Error> {
    let catalog = catalog(&state);
    let read = on_progress(&state, move |dir, set| {
        let p = Progress::open(dir)?;
        let shown = p.state.profiles.iter().find(|x| Some(&x.id) == profile.as_ref()).or(p.state.profiles.first());
        let flows = shown.and_then(|x| {
            let platforms: Vec<String> = x.platforms.iter().map(|p| p.id().to_owned()).collect();
            let flows = flows_for(set, &x.region, &platforms, &device, locale.as_deref()).ok()?;
            Some(FirstFlows { profile: x.id.clone(), flows })
        });
        Ok((overview(set, &p), flows))
    });
    Ok(match read {
        Ok((overview, flows)) => FirstScreen { catalog, overview: Some(overview), progress_error: None, flows },
        Err(e) => FirstScreen { catalog, overview: None, progress_error: Some(e), flows: None },
    })
}

/// Everything the set-up screen offers: regions, laws, platforms, devices.
fn catalog(state: &AppState) -> CatalogView {
    let flows = state.set();
    let c = &flows.catalog;
    let today = Date::today();
    CatalogView {
        version: env!("CARGO_PKG_VERSION"),
        regions: c
            .regions
            .regions
            .iter()
            .map(|r| RegionView {
                code: r.code.clone(),
                name: r.name.clone(),
                framework: r.framework.clone(),
                authority: r.authority.clone(),
                default_authority: r.default_authority,
            })
            .collect(),
        frameworks: c
            .regions
            .frameworks
            .iter()
            .map(|f| FrameworkView {
                id: f.id.clone(),
                name: f.name.clone(),
                rights: f.rights_on(today).to_vec(),
                all_rights: f.rights.clone(),
                reply_within: f.reply_within.clone(),
                extension: f.extension.clone(),
                opt_out_within: f.opt_out_within.clone(),
                company_first: f.company_first.clone(),
                in_force_from: f.in_force_from.clone(),
                covers_meta: f.covers_meta,
                confidence: f.confidence,
            })
            .collect(),
        authorities: c
            .regions
            .authorities
            .iter()
            .map(|a| AuthorityView {
                id: a.id.clone(),
                name: a.name.clone(),
                name_en: a.name_en.clone(),
                languages: a.languages.clone(),
                confidence: a.confidence,
            })
            .collect(),
        controllers: c
            .regions
            .controllers
            .iter()
            .map(|x| ControllerView {
                entity: x.entity.clone(),
                address: x.address.clone(),
                platforms: x.platforms.clone(),
                frameworks: x.frameworks.clone(),
            })
            .collect(),
        platforms: Platform::ALL
            .iter()
            .map(|p| NamedView { id: p.id(), name: c.platform(*p).map(|i| i.name.clone()).unwrap_or_default() })
            .collect(),
        devices: Device::ALL.iter().map(|d| d.id()).collect(),
        locales: i18n::LOCALES,
        system_locale: i18n::system_locale(),
        problems: state.problems(),
        guides: flows.guides.clone(),
    }
}

/// The flows that apply to a region, platforms and device.
#[tauri::command]
pub fn list_flows(
    state: State<'_, AppState>,
    region: String,
    platforms: Vec<String>,
    device: String,
    locale: Option<String>,
) -> Result<Vec<FlowSummary>, Error> {
    flows_for(&state.set(), &region, &platforms, &device, locale.as_deref())
}

/// The overview's guides for a situation, their texts in `locale`.
fn flows_for(set: &FlowSet, region: &str, platforms: &[String], device: &str, locale: Option<&str>) -> Result<Vec<FlowSummary>, Error> {
    let q = query(&set.catalog, Some(region), platforms, Some(device))?;
    let locale = known_locale(locale);
    Ok(select::list(set, &q, Date::today(), select::Lang { locale, meta_locale: locale }))
}

/// The page has drawn its first screen with real data: the moment the
/// start-up benchmark calls "interactive". Prints `ready` once when
/// META_OPTOUT_REPORT_READY is set, else does nothing.
#[tauri::command]
pub fn page_ready() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    if std::env::var_os("META_OPTOUT_REPORT_READY").is_some() {
        ONCE.call_once(|| eprintln!("ready"));
    }
}

/// One flow with its steps' instructions for the chosen device.
#[tauri::command]
pub fn get_flow(
    state: State<'_, AppState>,
    id: String,
    region: String,
    platforms: Vec<String>,
    device: String,
    locale: Option<String>,
    meta_locale: Option<String>,
) -> Result<FlowView, Error> {
    let set = state.set();
    let q = query(&set.catalog, Some(&region), &platforms, Some(&device))?;
    let device = q.device.unwrap_or(Device::Desktop);
    let locale = known_locale(locale.as_deref());
    let lang = select::Lang { locale, meta_locale: meta_locale.as_deref().map_or(locale, |m| known_locale(Some(m))) };
    select::view(&set, &id, &q, device, Date::today(), lang).ok_or(Error::FlowNotFound(id))
}

/// The page's locale if the app knows it; English otherwise, so a stale or
/// tampered choice never breaks a view.
fn known_locale(locale: Option<&str>) -> &'static str {
    locale.map_or(i18n::SOURCE, i18n::negotiate)
}

/// Opens a step's link in the system browser. The page names the flow and
/// step, never a URL: the URL comes from the loaded flow and is checked
/// against the allow-list again right here.
#[tauri::command]
pub fn open_step_link(state: State<'_, AppState>, flow: String, step: String, region: String) -> Result<(), Error> {
    let set = state.set();
    let region = set.catalog.region(&region);
    let url = select::step_link(&set, &flow, &step, region).map_err(|e| {
        eprintln!("meta-optout: refused to open a link for {flow}/{step}: {e}");
        Error::LinkRefused(e.to_string())
    })?;
    open::that_detached(url.as_str()).map_err(|e| Error::OpenFailed(e.to_string()))
}

/// A step's link as a QR code for the phone: the same allow-listed URL that
/// `open_step_link` would open, drawn here and sent nowhere.
#[derive(Serialize)]
pub struct StepQr {
    url: String,
    svg: String,
}

#[tauri::command]
pub fn step_link_qr(state: State<'_, AppState>, flow: String, step: String, region: String) -> Result<StepQr, Error> {
    let set = state.set();
    let region = set.catalog.region(&region);
    let url = select::step_link(&set, &flow, &step, region).map_err(|e| Error::LinkRefused(e.to_string()))?;
    let svg = meta_optout_core::qr::svg(url.as_str()).ok_or_else(|| Error::LinkRefused(format!("`{url}` is too long for a QR code")))?;
    Ok(StepQr { url: url.to_string(), svg })
}

/// Every profile and where it stands.
#[derive(Serialize)]
pub struct Overview {
    profiles: Vec<ProfileReport>,
}

fn overview(set: &FlowSet, p: &Progress) -> Overview {
    let today = Date::today();
    Overview { profiles: p.state.profiles.iter().map(|x| progress::report(set, p, x, today)).collect() }
}

/// Progress file work, with the data folder and the loaded flows. Commands
/// run off the main thread (see `dispatch`), so a slow disk never freezes
/// the window.
fn on_progress<T>(state: &AppState, work: impl FnOnce(&std::path::Path, &FlowSet) -> Result<T, Error>) -> Result<T, Error> {
    let dir = state.data_dir.as_deref().ok_or(Error::NoDataDir)?;
    work(dir, &state.set())
}

/// Progress file work that ends with the progress as it now stands: the
/// overview the window shows after each change.
fn with_progress(
    state: State<'_, AppState>,
    work: impl FnOnce(&std::path::Path, &FlowSet) -> Result<Progress, progress::ProgressError>,
) -> Result<Overview, Error> {
    on_progress(&state, move |dir, set| Ok(overview(set, &work(dir, set)?)))
}

fn parse_platforms(platforms: &[String]) -> Result<Vec<Platform>, Error> {
    platforms.iter().map(|p| Platform::parse(p).ok_or_else(|| Error::UnknownPlatform(p.clone()))).collect()
}

#[tauri::command]
pub fn progress_overview(state: State<'_, AppState>) -> Result<Overview, Error> {
    with_progress(state, |dir, _| Progress::open(dir))
}

#[tauri::command]
pub fn add_profile(
    state: State<'_, AppState>,
    name: String,
    region: String,
    platforms: Vec<String>,
    account: Option<String>,
) -> Result<Overview, Error> {
    let platforms = parse_platforms(&platforms)?;
    with_progress(state, move |dir, set| progress::add_profile(dir, set, &name, &region, &platforms, account.as_deref()))
}

#[tauri::command]
pub fn update_profile(
    state: State<'_, AppState>,
    profile: String,
    name: String,
    region: String,
    platforms: Vec<String>,
    account: Option<String>,
) -> Result<Overview, Error> {
    let platforms = parse_platforms(&platforms)?;
    with_progress(state, move |dir, set| progress::update_profile(dir, set, &profile, &name, &region, &platforms, account.as_deref()))
}

/// A change to one step from the walkthrough: a status, a note, a skip
/// reason, a waiting date, evidence. Absent fields keep what was recorded.
#[derive(serde::Deserialize)]
pub struct StepUpdate {
    profile: String,
    flow: String,
    step: String,
    status: Option<String>,
    note: Option<String>,
    reason: Option<String>,
    until: Option<String>,
    #[serde(default)]
    evidence: BTreeMap<String, String>,
}

#[tauri::command]
pub fn mark_step(state: State<'_, AppState>, update: StepUpdate) -> Result<Overview, Error> {
    let status = match update.status.as_deref() {
        Some(s) => Some(Status::parse(s).ok_or_else(|| Error::Progress { message: format!("`{s}` is not a status"), damaged: false })?),
        None => None,
    };
    let m = Mark {
        profile: Some(update.profile),
        flow: update.flow,
        step: update.step,
        status,
        note: update.note,
        reason: update.reason,
        until: update.until.filter(|u| !u.is_empty()),
        evidence: update.evidence,
    };
    with_progress(state, move |dir, set| progress::mark(dir, set, m))
}

#[tauri::command]
pub fn undo_step(state: State<'_, AppState>, profile: String, flow: String, step: String) -> Result<Overview, Error> {
    with_progress(state, move |dir, _| progress::undo(dir, &profile, &flow, &step))
}

/// Moves a step's follow-up to a later date, with why; the first date stays.
#[tauri::command]
pub fn extend_follow_up(state: State<'_, AppState>, profile: String, flow: String, step: String, to: String, reason: String) -> Result<Overview, Error> {
    with_progress(state, move |dir, set| progress::extend_follow_up(dir, set, Some(&profile), &flow, &step, &to, &reason, Date::today()))
}

/// Moves a damaged progress file aside (kept byte for byte), on the
/// person's explicit request, and says where it went.
#[tauri::command]
pub fn recover_progress(state: State<'_, AppState>) -> Result<String, Error> {
    on_progress(&state, |dir, _| Ok(progress::recover(dir)?.display().to_string()))
}

/// Asks where to save the record (a native dialog, run from here so the
/// page needs no file-system or dialog permission), writes it readable by
/// its owner only, and says where it went. `None` when the person cancels.
/// The record is in `locale`, the window's language.
#[tauri::command]
pub fn export_record(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    format: String,
    profile: String,
    locale: Option<String>,
) -> Result<Option<String>, Error> {
    let format = Format::parse(&format).ok_or_else(|| Error::Export(format!("`{format}` is not an export format")))?;
    let dir = state.data_dir.as_deref().ok_or(Error::NoDataDir)?;
    let name = Progress::open(dir)?.state.profile(&profile).map(|p| p.name.clone()).ok_or_else(|| Error::Export(format!("there is no profile \"{profile}\"")))?;
    let now = date::now_timestamp();
    let profiles = [profile];
    let request = export::Request {
        format,
        profiles: &profiles,
        locale: known_locale(locale.as_deref()),
        zone: export::Zone::Local,
        today: Date::today(),
        generated_at: &now,
    };
    let written = export::export(&state.set(), dir, &request).map_err(Error::Export)?;
    let safe_name: String = name.chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
    let what = if format == Format::Calendar { "dates" } else { "record" };
    let suggested = format!("meta-optout-{what}-{safe_name}-{}.{}", Date::today(), format.extension());
    let dialog = Dialog { title: "Save your record", filter: format.extension(), extensions: &[format.extension()] };
    let Some(path) = file_dialog::ask(&app, dialog, Ask::Save { file_name: suggested }) else { return Ok(None) };
    let shown = path.display().to_string();
    export::write_private(&path, &written.bytes).map_err(|e| Error::Export(format!("could not write {shown} ({e}); nothing was saved there")))?;
    Ok(Some(shown))
}

/// Asks for a file (a native dialog) and attaches it to a step as evidence.
/// `None` when the person cancels.
#[tauri::command]
pub fn attach_file(app: tauri::AppHandle, state: State<'_, AppState>, profile: String, flow: String, step: String) -> Result<Option<Overview>, Error> {
    let extensions = progress::evidence::extensions();
    let dialog = Dialog { title: "Attach a file", filter: "Screenshot, email or PDF", extensions: &extensions };
    let Some(path) = file_dialog::ask(&app, dialog, Ask::Open) else { return Ok(None) };
    with_progress(state, move |dir, set| progress::attach(dir, set, Some(&profile), &flow, &step, &path).map(|(p, _)| p)).map(Some)
}

#[derive(Serialize)]
pub struct GuidesUpdated {
    guides: guides::InUse,
    /// What the pack says Meta changed, step by step.
    changes: Vec<guides::GuideChange>,
}

/// Asks for a guide pack (a native dialog) and installs it as `update FILE`
/// does; the window then uses the new guides. `None` when the person cancels.
#[tauri::command]
pub fn update_guides(app: tauri::AppHandle, state: State<'_, AppState>) -> Result<Option<GuidesUpdated>, Error> {
    let config = dirs::config_dir().ok_or(Error::Guides("there is no configuration folder to keep guides in: set HOME".into()))?;
    let dialog = Dialog { title: "Update guides from a file", filter: "Guide pack", extensions: &["mopack"] };
    let Some(path) = file_dialog::ask(&app, dialog, Ask::Open) else { return Ok(None) };
    let (keys, _) = guides::trusted_keys(Some(&config));
    let dir = guides::guides_dir(&config);
    let pack = guides::install(&dir, &path, &keys, load::BUILTIN_GUIDES_DATE, env!("CARGO_PKG_VERSION"), &date::now_timestamp()).map_err(Error::Guides)?;
    state.reload();
    Ok(Some(GuidesUpdated { guides: state.set().guides.clone(), changes: pack.manifest.changes }))
}

/// Goes back to the guides in use before the last update.
#[tauri::command]
pub fn rollback_guides(state: State<'_, AppState>) -> Result<guides::InUse, Error> {
    let config = dirs::config_dir().ok_or(Error::Guides("there is no configuration folder: set HOME".into()))?;
    guides::rollback(&guides::guides_dir(&config)).map_err(Error::Guides)?;
    state.reload();
    Ok(state.set().guides.clone())
}

/// Keeps a letter as the person sent it, attached to its step as a text file.
#[tauri::command]
pub fn keep_letter(state: State<'_, AppState>, profile: String, flow: String, step: String, name: String, text: String) -> Result<Overview, Error> {
    with_progress(state, move |dir, set| progress::keep_letter(dir, set, Some(&profile), &flow, &step, &name, &text).map(|(p, _)| p))
}

/// Records Meta's answer to a step's request.
#[tauri::command]
pub fn record_reply(
    state: State<'_, AppState>,
    profile: String,
    flow: String,
    step: String,
    outcome: String,
    received: Option<String>,
    text: Option<String>,
) -> Result<Overview, Error> {
    let outcome: progress::Outcome = outcome.parse().map_err(|e: String| Error::Progress { message: e, damaged: false })?;
    let reply = progress::Reply { profile: Some(profile), flow, step, outcome, received: received.filter(|r| !r.is_empty()), text };
    with_progress(state, move |dir, set| progress::reply(dir, set, reply, Date::today()))
}

#[derive(Serialize)]
pub struct Imported {
    file: String,
    report: ImportReport,
    overview: Overview,
}

/// Asks for a JSON export and merges it into the progress here.
#[tauri::command]
pub fn import_record(app: tauri::AppHandle, state: State<'_, AppState>) -> Result<Option<Imported>, Error> {
    let dir = state.data_dir.as_deref().ok_or(Error::NoDataDir)?;
    let dialog = Dialog { title: "Import a record", filter: "JSON export or bundle", extensions: &["json", "zip"] };
    let Some(path) = file_dialog::ask(&app, dialog, Ask::Open) else { return Ok(None) };
    let (p, report) = export::import_file(dir, &path)?;
    Ok(Some(Imported { file: path.display().to_string(), report, overview: overview(&state.set(), &p) }))
}
