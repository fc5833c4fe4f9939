//! The window's IPC commands. Each one translates its arguments into a core
//! call and maps the error; the work happens in `meta_optout_core`.

use meta_optout_core::load::FlowSet;
use meta_optout_core::model::{Device, Platform};
use meta_optout_core::select::{self, FlowSummary, FlowView};
use meta_optout_core::Date;
use serde::Serialize;
use tauri::State;

use crate::error::Error;
use crate::query::query;

/// What the window needs for its whole life: the loaded flows and what went
/// wrong loading the user's own flows (shown, never fatal).
pub struct AppState {
    pub set: FlowSet,
    pub problems: Vec<String>,
}

#[derive(Serialize)]
pub struct CatalogView {
    version: &'static str,
    regions: Vec<RegionView>,
    frameworks: Vec<FrameworkView>,
    platforms: Vec<NamedView>,
    devices: Vec<&'static str>,
    problems: Vec<String>,
}

#[derive(Serialize)]
struct RegionView {
    code: String,
    name: String,
    framework: &'static str,
}

#[derive(Serialize)]
struct FrameworkView {
    id: &'static str,
    name: String,
    objection_right: bool,
    summary: String,
}

#[derive(Serialize)]
struct NamedView {
    id: &'static str,
    name: String,
}

/// Everything the set-up screen offers: regions, laws, platforms, devices.
#[tauri::command]
pub fn catalog(state: State<'_, AppState>) -> CatalogView {
    let c = &state.set.catalog;
    CatalogView {
        version: env!("CARGO_PKG_VERSION"),
        regions: c
            .regions
            .regions
            .iter()
            .map(|r| RegionView { code: r.code.clone(), name: r.name.clone(), framework: r.framework.id() })
            .collect(),
        frameworks: c
            .regions
            .frameworks
            .iter()
            .map(|f| FrameworkView {
                id: f.id.id(),
                name: f.name.clone(),
                objection_right: f.objection_right,
                summary: f.summary.clone(),
            })
            .collect(),
        platforms: Platform::ALL
            .iter()
            .map(|p| NamedView { id: p.id(), name: c.platform(*p).map(|i| i.name.clone()).unwrap_or_default() })
            .collect(),
        devices: Device::ALL.iter().map(|d| d.id()).collect(),
        problems: state.problems.clone(),
    }
}

/// The flows that apply to a region, platforms and device.
#[tauri::command]
pub fn list_flows(
    state: State<'_, AppState>,
    region: String,
    platforms: Vec<String>,
    device: String,
) -> Result<Vec<FlowSummary>, Error> {
    let q = query(&state.set.catalog, Some(&region), &platforms, Some(&device))?;
    Ok(select::list(&state.set, &q, Date::today()))
}

/// One flow with its steps' instructions for the chosen device.
#[tauri::command]
pub fn get_flow(
    state: State<'_, AppState>,
    id: String,
    region: String,
    platforms: Vec<String>,
    device: String,
) -> Result<FlowView, Error> {
    let q = query(&state.set.catalog, Some(&region), &platforms, Some(&device))?;
    let device = q.device.unwrap_or(Device::Desktop);
    select::view(&state.set, &id, &q, device, Date::today()).ok_or(Error::FlowNotFound(id))
}

/// Opens a step's link in the system browser. The page names the flow and
/// step, never a URL: the URL comes from the loaded flow and is checked
/// against the allow-list again right here.
#[tauri::command]
pub fn open_step_link(state: State<'_, AppState>, flow: String, step: String, region: String) -> Result<(), Error> {
    let region = state.set.catalog.region(&region);
    let url = select::step_link(&state.set, &flow, &step, region).map_err(|e| {
        eprintln!("meta-optout: refused to open a link for {flow}/{step}: {e}");
        Error::LinkRefused(e.to_string())
    })?;
    open::that_detached(url.as_str()).map_err(|e| Error::OpenFailed(e.to_string()))
}
