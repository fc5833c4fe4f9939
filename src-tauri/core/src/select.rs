//! Which flows and steps apply to a person, and the views of them that the
//! window and `meta-optout list --json` show.

use serde::Serialize;

use crate::catalog::{region_covers, Region};
use crate::date::Date;
use crate::load::{FlowSet, LoadedFlow, Origin};
use crate::i18n::{MenuLabel, SOURCE};
use crate::model::{Caveat, Category, Conditions, Confidence, Device, Evidence, FollowUp, LetterKind, Platform, Source, Step};

/// A flow whose `last_verified` is older than this is shown as possibly out of date.
pub const STALE_AFTER_DAYS: i64 = 180;

/// Who is asking. `None` or an empty list places no restriction, so a query
/// with nothing set shows every flow.
#[derive(Debug, Clone, Default)]
pub struct Query<'a> {
    pub region: Option<&'a Region>,
    pub platforms: Vec<Platform>,
    pub device: Option<Device>,
}

impl Query<'_> {
    fn framework(&self) -> Option<&str> {
        self.region.map(|r| r.framework.as_str())
    }

    /// Whether conditions admit this query.
    pub fn admits(&self, c: &Conditions) -> bool {
        let code = self.region.map(|r| r.code.as_str());
        let platforms = c.platforms.is_empty()
            || self.platforms.is_empty()
            || c.platforms.iter().any(|p| self.platforms.contains(p));
        let frameworks = c.frameworks.is_empty() || self.framework().is_none_or(|f| c.frameworks.iter().any(|x| x == f));
        let rights = c.rights.is_empty() || self.region.is_none_or(|r| c.rights.iter().any(|x| r.rights.contains(x)));
        let excluded_framework = self.framework().is_some_and(|f| c.not_frameworks.iter().any(|x| x == f));
        let excluded_right = self.region.is_some_and(|r| c.not_rights.iter().any(|x| r.rights.contains(x)));
        let regions = c.regions.is_empty() || code.is_none_or(|code| c.regions.iter().any(|r| region_covers(r, code)));
        let excluded = code.is_some_and(|code| c.not_regions.iter().any(|r| region_covers(r, code)));
        let devices = c.devices.is_empty() || self.device.is_none_or(|d| c.devices.contains(&d));
        platforms && frameworks && rights && regions && !excluded && !excluded_framework && !excluded_right && devices
    }

    /// The steps of a flow that apply, or `None` when the flow does not
    /// apply (or none of its steps does).
    pub fn steps<'f>(&self, flow: &'f LoadedFlow) -> Option<Vec<&'f Step>> {
        if !self.admits(&flow.flow.applies) {
            return None;
        }
        let steps: Vec<&Step> = flow.flow.steps.iter().filter(|s| self.admits(&s.applies)).collect();
        (!steps.is_empty()).then_some(steps)
    }
}

/// The languages a view is shown in: the window's, and the one the person's
/// Meta app is set to (for menu labels).
#[derive(Debug, Clone, Copy)]
pub struct Lang<'a> {
    pub locale: &'a str,
    pub meta_locale: &'a str,
}

impl Default for Lang<'_> {
    fn default() -> Self {
        Lang { locale: SOURCE, meta_locale: SOURCE }
    }
}

/// A flow in a list: enough to choose it.
#[derive(Debug, Clone, Serialize)]
pub struct FlowSummary {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub category: Category,
    pub last_verified: String,
    pub confidence: Confidence,
    /// `last_verified` is older than [`STALE_AFTER_DAYS`].
    pub stale: bool,
    pub origin: &'static str,
    /// Which of the person's apps the guide's steps are about.
    pub platforms: Vec<Platform>,
    pub steps: Vec<StepSummary>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StepSummary {
    pub id: String,
    pub title: String,
}

/// A flow as a person follows it on one device.
#[derive(Debug, Clone, Serialize)]
pub struct FlowView {
    #[serde(flatten)]
    pub summary: FlowSummary,
    pub sources: Vec<Source>,
    pub caveats: Vec<Caveat>,
    pub step_details: Vec<StepView>,
}

/// A step with its instructions resolved for one device.
#[derive(Debug, Clone, Serialize)]
pub struct StepView {
    pub id: String,
    pub title: String,
    pub body: Option<String>,
    /// Labels as the person's Meta app may show them, with the English ones.
    pub menu_path: Vec<MenuLabel>,
    pub instructions: Vec<String>,
    /// The link, shown so the person can see where it leads; the window
    /// opens it only by flow and step id, never by this text.
    pub link: Option<LinkView>,
    /// The authority this step sends the person to, resolved for their region.
    pub authority: Option<AuthorityView>,
    pub confidence: Confidence,
    pub sources: Vec<String>,
    pub caveats: Vec<Caveat>,
    pub evidence: Vec<Evidence>,
    pub follow_up: Option<FollowUp>,
    pub letter: Option<LetterKind>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AuthorityView {
    pub id: String,
    pub name: String,
    /// Languages it takes complaints in, its own first.
    pub languages: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LinkView {
    pub url: String,
    pub host: String,
    pub label: Option<String>,
    pub confidence: Confidence,
}

fn is_stale(last_verified: &str, today: Date) -> bool {
    Date::parse(last_verified).map(|d| d.days_until(today) > STALE_AFTER_DAYS).unwrap_or(true)
}

fn origin_name(o: &Origin) -> &'static str {
    match o {
        Origin::Bundled => "bundled",
        Origin::Pack(_) => "pack",
        Origin::User(_) => "user",
    }
}

/// `f` with its text in `locale` and the steps that apply to `q`, in the
/// same order as the English ones.
fn localized(set: &FlowSet, f: &LoadedFlow, q: &Query<'_>, locale: &str) -> Option<LoadedFlow> {
    q.steps(f)?;
    Some(LoadedFlow { flow: set.translations.localize(&f.flow, locale), origin: f.origin.clone() })
}

/// The person's apps that the shown steps are about: a step's own
/// platforms, else the flow's, else every app of the person's.
fn platforms_of(f: &LoadedFlow, steps: &[&Step], q: &Query<'_>) -> Vec<Platform> {
    let mut out: Vec<Platform> = Vec::new();
    for s in steps {
        let named = if !s.applies.platforms.is_empty() {
            &s.applies.platforms
        } else if !f.flow.applies.platforms.is_empty() {
            &f.flow.applies.platforms
        } else {
            &q.platforms
        };
        for p in named.iter().filter(|p| q.platforms.is_empty() || q.platforms.contains(p)) {
            if !out.contains(p) {
                out.push(*p);
            }
        }
    }
    out.sort();
    out
}

fn summary(f: &LoadedFlow, steps: &[&Step], q: &Query<'_>, today: Date) -> FlowSummary {
    FlowSummary {
        platforms: platforms_of(f, steps, q),
        id: f.flow.id.clone(),
        title: f.flow.title.clone(),
        summary: f.flow.summary.clone(),
        category: f.flow.category,
        last_verified: f.flow.last_verified.clone(),
        confidence: f.flow.confidence,
        stale: is_stale(&f.flow.last_verified, today),
        origin: origin_name(&f.origin),
        steps: steps.iter().map(|s| StepSummary { id: s.id.clone(), title: s.title.clone() }).collect(),
    }
}

/// The flows that apply to `q`, in dashboard order, in `lang.locale`.
pub fn list(set: &FlowSet, q: &Query<'_>, today: Date, lang: Lang<'_>) -> Vec<FlowSummary> {
    set.flows
        .iter()
        .filter_map(|f| localized(set, f, q, lang.locale))
        .filter_map(|f| q.steps(&f).map(|steps| summary(&f, &steps, q, today)))
        .collect()
}

/// One flow as `q` sees it on `device`; `None` when it does not apply.
pub fn view(set: &FlowSet, id: &str, q: &Query<'_>, device: Device, today: Date, lang: Lang<'_>) -> Option<FlowView> {
    let english = set.get(id)?;
    let f = &localized(set, english, q, lang.locale)?;
    let steps = q.steps(f)?;
    let step_details: Vec<StepView> = steps
        .iter()
        .map(|s| StepView {
            id: s.id.clone(),
            title: s.title.clone(),
            body: s.body.clone(),
            menu_path: menu_path(set, &english.flow, &s.id, device, lang.meta_locale),
            instructions: s.instructions.for_device(device).map(<[String]>::to_vec).unwrap_or_default(),
            link: resolve_link(set, s, q.region).ok().map(|(url, label, confidence)| LinkView {
                host: url.host_str().unwrap_or_default().to_owned(),
                url: url.to_string(),
                label,
                confidence,
            }),
            authority: s.authority.zip(q.region).and_then(|(choice, region)| {
                let a = set.catalog.authority_for(region, choice)?;
                Some(AuthorityView { id: a.id.clone(), name: a.name.clone(), languages: a.languages.clone() })
            }),
            confidence: s.confidence,
            sources: s.sources.clone(),
            caveats: s.caveats.iter().filter(|c| q.admits(&c.applies)).cloned().collect(),
            evidence: s.evidence.clone(),
            follow_up: s.follow_up.clone(),
            letter: s.letter,
        })
        .collect();
    // Only the sources that back what this person is shown.
    let cited: std::collections::HashSet<&str> = step_details.iter().flat_map(|s: &StepView| s.sources.iter().map(String::as_str)).collect();
    Some(FlowView {
        summary: summary(f, &steps, q, today),
        sources: f.flow.sources.iter().filter(|s| cited.contains(s.id.as_str())).cloned().collect(),
        caveats: f.flow.caveats.iter().filter(|c| q.admits(&c.applies)).cloned().collect(),
        step_details,
    })
}

/// A step's menu path on `device`, labelled in the language of the Meta app.
fn menu_path(set: &FlowSet, flow: &crate::model::Flow, step: &str, device: Device, meta_locale: &str) -> Vec<MenuLabel> {
    let Some(s) = flow.step(step) else { return Vec::new() };
    // The key names the entry the device falls back to, as the texts do.
    let Some((entry, lines)) = s.menu_path.entry_for_device(device) else { return Vec::new() };
    lines
        .iter()
        .enumerate()
        .map(|(i, english)| {
            let key = format!("steps.{step}.menu_path.{entry}.{}", i + 1);
            set.translations.menu_label(&flow.id, &key, english, meta_locale)
        })
        .collect()
}

/// The page a step opens: its own link, or its authority's complaint page
/// (else home page) for the region. Checked against the allow-list here.
fn resolve_link(set: &FlowSet, step: &Step, region: Option<&Region>) -> Result<(url::Url, Option<String>, Confidence), String> {
    let (raw, label, confidence) = match (&step.link, step.authority) {
        (Some(l), _) => (l.url.as_str(), l.label.clone(), l.confidence.unwrap_or(step.confidence)),
        (None, Some(choice)) => {
            let region = region.ok_or("choose your region first: the authority depends on it")?;
            let a = set
                .catalog
                .authority_for(region, choice)
                .ok_or_else(|| format!("no authority is known for {}", region.name))?;
            // No label: the window words it in the person's language.
            (a.complaint_url.as_deref().unwrap_or(&a.url), None, a.confidence)
        }
        (None, None) => return Err(String::new()),
    };
    let url = crate::links::check_link(raw).map_err(|e| format!("`{raw}` {e}"))?;
    Ok((url, label, confidence))
}

/// The link a step opens for a person in `region`, re-checked against the
/// allow-list at the moment of opening. This is the only way the app turns
/// flow data into a URL to open.
pub fn step_link(set: &FlowSet, flow_id: &str, step_id: &str, region: Option<&Region>) -> Result<url::Url, LinkRefusal> {
    let flow = set.get(flow_id).ok_or_else(|| LinkRefusal::UnknownFlow(flow_id.to_owned()))?;
    let step = flow.flow.step(step_id).ok_or_else(|| LinkRefusal::UnknownStep(flow_id.to_owned(), step_id.to_owned()))?;
    match resolve_link(set, step, region) {
        Ok((url, _, _)) => Ok(url),
        Err(why) if why.is_empty() => Err(LinkRefusal::NoLink(flow_id.to_owned(), step_id.to_owned())),
        Err(why) => Err(LinkRefusal::Refused(why)),
    }
}

/// Why a step's link was not opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkRefusal {
    UnknownFlow(String),
    UnknownStep(String, String),
    NoLink(String, String),
    Refused(String),
}

impl std::fmt::Display for LinkRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LinkRefusal::UnknownFlow(id) => write!(f, "there is no flow `{id}`"),
            LinkRefusal::UnknownStep(flow, step) => write!(f, "flow `{flow}` has no step `{step}`"),
            LinkRefusal::NoLink(flow, step) => write!(f, "step `{flow}/{step}` has no link to open"),
            LinkRefusal::Refused(why) => write!(f, "the link was not opened: {why}"),
        }
    }
}
