//! Problems of meaning: things the schema cannot say, such as unique ids,
//! real dates, known regions, reachable steps and links on the allow-list.

use std::collections::{HashMap, HashSet};

use super::{is_valid_id, Problem};
use crate::catalog::{region_covers, Catalog, Deadline, PlatformCatalog, RegionCatalog};
use crate::date::Date;
use crate::links::{check_link, check_url_form};
use crate::iso3166;
use crate::model::{Conditions, Confidence, Device, Flow, PerDevice, Platform, Step, NO_FRAMEWORK};

/// Collects problems for one file, with paths relative to its root.
struct Report<'a> {
    file: &'a str,
    out: Vec<Problem>,
}

impl Report<'_> {
    fn add(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.out.push(Problem::at_path(self.file, path, message));
    }

    fn id(&mut self, path: &str, id: &str) {
        if !is_valid_id(id) {
            self.add(path, format!("`{id}` is not a valid id: use lowercase letters, digits and single hyphens (e.g. `submit-form`)"));
        }
    }

    fn text(&mut self, path: &str, text: &str) {
        if text.trim().is_empty() {
            self.add(path, "must not be empty");
        }
    }

    /// A date that must exist and must not lie ahead of `today`.
    fn past_date(&mut self, path: &str, value: &str, today: Date) {
        match Date::parse(value) {
            Err(e) => self.add(path, format!("`{value}` {e}")),
            Ok(d) if d > today => self.add(path, format!("`{value}` is in the future")),
            Ok(_) => {}
        }
    }

    /// A cited page, in a flow or the catalog: an id, a title, a real date
    /// if any, and an https URL to the page itself, not a site's home page.
    fn source(&mut self, p: &str, id: &str, url: &str, title: &str, date: Option<&str>, today: Date) {
        self.id(&format!("{p}.id"), id);
        self.text(&format!("{p}.title"), title);
        if let Some(date) = date {
            self.past_date(&format!("{p}.date"), date, today);
        }
        match check_url_form(url) {
            Err(e) => self.add(format!("{p}.url"), format!("`{url}` {e}")),
            Ok(_) if !has_path(url) => self.add(
                format!("{p}.url"),
                format!("`{url}` is a site's home page or an index of posts; cite the page that states the fact"),
            ),
            Ok(_) => {}
        }
    }

    /// Ids in a list must be unique; reports each repeat once.
    fn unique<'i>(&mut self, path: &str, ids: impl Iterator<Item = &'i str>, what: &str) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            if let Some(first) = seen.insert(id, i) {
                self.add(format!("{path}[{i}].id"), format!("duplicate {what} id `{id}` (first used at {path}[{first}])"));
                seen.insert(id, first);
            }
        }
    }
}

/// Meaning problems of one flow. `stem` is the file name without `.json`.
pub fn check_flow(file: &str, stem: Option<&str>, flow: &Flow, catalog: &Catalog, today: Date) -> Vec<Problem> {
    let mut r = Report { file, out: Vec::new() };
    r.id("$.id", &flow.id);
    if let Some(stem) = stem.filter(|s| *s != flow.id) {
        r.add("$.id", format!("flow id `{}` does not match the file name `{stem}.json`; store each flow as ID.json", flow.id));
    }
    r.text("$.title", &flow.title);
    r.text("$.summary", &flow.summary);
    r.past_date("$.last_verified", &flow.last_verified, today);

    if flow.sources.is_empty() {
        r.add("$.sources", "at least one source is required: say where the facts come from");
    }
    r.unique("$.sources", flow.sources.iter().map(|s| s.id.as_str()), "source");
    for (i, s) in flow.sources.iter().enumerate() {
        r.source(&format!("$.sources[{i}]"), &s.id, &s.url, &s.title, s.date.as_deref(), today);
    }
    let source_ids: HashSet<&str> = flow.sources.iter().map(|s| s.id.as_str()).collect();

    r.unique("$.caveats", flow.caveats.iter().map(|c| c.id.as_str()), "caveat");
    for (i, c) in flow.caveats.iter().enumerate() {
        r.id(&format!("$.caveats[{i}].id"), &c.id);
        r.text(&format!("$.caveats[{i}].text"), &c.text);
        // A note narrows who reads it; it is not a step, so only its codes are checked.
        conditions(&mut r, &format!("$.caveats[{i}].applies"), &c.applies, None, catalog);
    }
    conditions(&mut r, "$.applies", &flow.applies, None, catalog);

    if flow.steps.is_empty() {
        r.add("$.steps", "a flow needs at least one step");
    }
    r.unique("$.steps", flow.steps.iter().map(|s| s.id.as_str()), "step");
    for (i, step) in flow.steps.iter().enumerate() {
        check_step(&mut r, &format!("$.steps[{i}]"), step, flow, &source_ids, catalog);
    }
    r.out
}

fn check_step(r: &mut Report<'_>, p: &str, step: &Step, flow: &Flow, sources: &HashSet<&str>, catalog: &Catalog) {
    r.id(&format!("{p}.id"), &step.id);
    r.text(&format!("{p}.title"), &step.title);
    if let Some(body) = &step.body {
        r.text(&format!("{p}.body"), body);
    }
    conditions(r, &format!("{p}.applies"), &step.applies, Some(&flow.applies), catalog);

    for (field, per) in [("menu_path", &step.menu_path), ("instructions", &step.instructions)] {
        per_device(r, &format!("{p}.{field}"), per);
    }
    let devices: Vec<Device> =
        if step.applies.devices.is_empty() { flow.applies.devices.clone() } else { step.applies.devices.clone() };
    let devices = if devices.is_empty() { Device::ALL.to_vec() } else { devices };
    if step.instructions.is_empty() {
        if step.body.is_none() && step.link.is_none() && step.authority.is_none() {
            r.add(format!("{p}.instructions"), "the step says nothing to do: give instructions, a body or a link");
        }
    } else {
        let missing: Vec<&str> =
            devices.iter().filter(|d| step.instructions.for_device(**d).is_none()).map(|d| d.id()).collect();
        if !missing.is_empty() {
            r.add(
                format!("{p}.instructions"),
                format!(
                    "no instructions for {}: add them (or `all`/`mobile`), or limit the step with `applies.devices`",
                    missing.join(", ")
                ),
            );
        }
    }

    if step.link.is_some() && step.authority.is_some() {
        r.add(format!("{p}.authority"), "give either `link` or `authority`, not both: a step opens one page");
    }
    if let Some(link) = &step.link {
        if let Err(e) = check_link(&link.url) {
            r.add(format!("{p}.link.url"), format!("`{}` {e}", link.url));
        }
        if let Some(label) = &link.label {
            r.text(&format!("{p}.link.label"), label);
        }
    }
    for (i, s) in step.sources.iter().enumerate() {
        if !sources.contains(s.as_str()) {
            let hint = crate::suggest::did_you_mean(s, sources.iter().copied());
            r.add(format!("{p}.sources[{i}]"), format!("cites unknown source `{s}`{hint}"));
        }
    }
    r.unique(&format!("{p}.caveats"), step.caveats.iter().map(|c| c.id.as_str()), "caveat");
    for (i, c) in step.caveats.iter().enumerate() {
        r.id(&format!("{p}.caveats[{i}].id"), &c.id);
        r.text(&format!("{p}.caveats[{i}].text"), &c.text);
        conditions(r, &format!("{p}.caveats[{i}].applies"), &c.applies, None, catalog);
    }
    r.unique(&format!("{p}.evidence"), step.evidence.iter().map(|e| e.id.as_str()), "evidence");
    for (i, e) in step.evidence.iter().enumerate() {
        r.id(&format!("{p}.evidence[{i}].id"), &e.id);
        r.text(&format!("{p}.evidence[{i}].label"), &e.label);
    }
    if let Some(f) = &step.follow_up {
        if f.after.months == 0 && f.after.days == 0 {
            r.add(format!("{p}.follow_up.after"), "a follow-up must fall due later than the step: give months or days");
        }
        r.text(&format!("{p}.follow_up.title"), &f.title);
    }
}

fn per_device(r: &mut Report<'_>, p: &str, per: &PerDevice) {
    for (device, lines) in per.entries() {
        if lines.is_empty() {
            r.add(format!("{p}.{device}"), "must not be an empty list; leave it out instead");
        }
        for (i, line) in lines.iter().enumerate() {
            r.text(&format!("{p}.{device}[{i}]"), line);
        }
    }
    if per.mobile.is_some() && per.ios.is_some() && per.android.is_some() {
        r.add(format!("{p}.mobile"), "is never used, because both `ios` and `android` are given");
    }
}

/// Checks region codes, and that a step's conditions can match at all
/// within its flow's.
fn conditions(r: &mut Report<'_>, p: &str, c: &Conditions, flow: Option<&Conditions>, catalog: &Catalog) {
    for (field, id, i) in c.frameworks.iter().enumerate().map(|(i, f)| ("frameworks", f, i)).chain(c.not_frameworks.iter().enumerate().map(|(i, f)| ("not_frameworks", f, i))) {
        if catalog.framework(id).is_none() {
            let near = crate::suggest::did_you_mean(id, catalog.regions.frameworks.iter().map(|f| f.id.as_str()));
            r.add(
                format!("{p}.{field}[{i}]"),
                format!("unknown framework `{id}`{near}; frameworks are the ids in regions.json (`meta-optout regions --json`)"),
            );
        }
    }
    for (field, codes) in [("regions", &c.regions), ("not_regions", &c.not_regions)] {
        for (i, code) in codes.iter().enumerate() {
            if catalog.region(code).is_none() {
                let mut msg = format!("unknown region `{code}`");
                // A country's name points to its code; near-miss codes only
                // for subdivisions, since any two letters are one edit apart.
                let by_name = catalog.regions.regions.iter().find(|r| r.name.eq_ignore_ascii_case(code.trim()));
                let codes = catalog.regions.regions.iter().map(|r| r.code.as_str());
                let near = by_name.map(|r| r.code.as_str()).or_else(|| {
                    if code.len() > 2 { crate::suggest::closest(code, codes) } else { None }
                });
                if let Some(near) = near {
                    msg.push_str(&format!(" (did you mean `{near}`?)"));
                }
                msg.push_str("; regions are ISO 3166 codes from regions.json, such as `DE` or `US-CA`");
                r.add(format!("{p}.{field}[{i}]"), msg);
            } else if code.as_str() != code.to_ascii_uppercase() {
                r.add(format!("{p}.{field}[{i}]"), format!("write region codes in capitals: `{}`", code.to_ascii_uppercase()));
            }
        }
    }
    let Some(flow) = flow else { return };
    let checks = [
        ("platforms", never_meet(&c.platforms, &flow.platforms, |a, b| a == b, |x| x.id().to_owned())),
        ("frameworks", never_meet(&c.frameworks, &flow.frameworks, |a, b| a == b, Clone::clone)),
        ("rights", never_meet(&c.rights, &flow.rights, |a, b| a == b, |x| x.id().to_owned())),
        ("devices", never_meet(&c.devices, &flow.devices, |a, b| a == b, |x| x.id().to_owned())),
        ("regions", never_meet(&c.regions, &flow.regions, |s, f| region_covers(f, s) || region_covers(s, f), Clone::clone)),
    ];
    for (what, names) in checks {
        if let Some((step, flow)) = names {
            r.add(
                format!("{p}.{what}"),
                format!(
                    "the step is limited to {what} {} but the flow only to {}: it can never be shown",
                    step.join(", "),
                    flow.join(", ")
                ),
            );
        }
    }
}

/// When a step and its flow both restrict the same field and no entry of
/// the step's meets one of the flow's, both lists by name.
fn never_meet<T>(
    step: &[T],
    flow: &[T],
    meets: impl Fn(&T, &T) -> bool,
    name: impl Fn(&T) -> String,
) -> Option<(Vec<String>, Vec<String>)> {
    let disjoint = !step.is_empty() && !flow.is_empty() && !step.iter().any(|s| flow.iter().any(|f| meets(s, f)));
    disjoint.then(|| (step.iter().map(&name).collect(), flow.iter().map(&name).collect()))
}

/// Flows that reuse an id already used by an earlier file. `flows` pairs
/// each flow with its file; the first file keeps the id.
pub fn duplicate_flow_ids(flows: &[(&str, &Flow)]) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut seen: HashMap<&str, &str> = HashMap::new();
    for (file, flow) in flows {
        match seen.get(flow.id.as_str()) {
            Some(first) => {
                out.push(Problem::at_path(file, "$.id", format!("duplicate flow id `{}`, also used by {first}", flow.id)))
            }
            None => {
                seen.insert(&flow.id, file);
            }
        }
    }
    out
}

/// Follow-ups that name a flow which does not exist.
pub fn dangling_next_flows(flows: &[(&str, &Flow)]) -> Vec<Problem> {
    let ids: HashSet<&str> = flows.iter().map(|(_, f)| f.id.as_str()).collect();
    let mut out = Vec::new();
    for (file, flow) in flows {
        for (i, step) in flow.steps.iter().enumerate() {
            if let Some(next) = step.follow_up.as_ref().and_then(|f| f.next_flow.as_deref()) {
                if !ids.contains(next) {
                    out.push(Problem::at_path(
                        file,
                        format!("$.steps[{i}].follow_up.next_flow"),
                        format!("names flow `{next}`, which does not exist"),
                    ));
                }
            }
        }
    }
    out
}

/// Meaning problems of the two catalogs. `regions_text` is the file as
/// read, so that each problem carries its line.
pub fn check_catalog(
    regions_file: &str,
    regions_text: &str,
    regions: &RegionCatalog,
    platforms_file: &str,
    platforms: &PlatformCatalog,
) -> Vec<Problem> {
    let mut r = Report { file: regions_file, out: Vec::new() };
    let c = regions;
    let today = Date::today();

    // Sources: each a specific page with a real date.
    r.unique("$.sources", c.sources.iter().map(|s| s.id.as_str()), "source");
    for (i, s) in c.sources.iter().enumerate() {
        r.source(&format!("$.sources[{i}]"), &s.id, &s.url, &s.title, s.date.as_deref(), today);
    }
    let source_ids: HashSet<&str> = c.sources.iter().map(|s| s.id.as_str()).collect();
    let cite = |r: &mut Report<'_>, path: String, ids: &[String], required: bool| {
        if required && ids.is_empty() {
            r.add(path.clone(), "cites no source: say where the facts come from");
        }
        for (j, id) in ids.iter().enumerate() {
            if !source_ids.contains(id.as_str()) {
                r.add(format!("{path}[{j}]"), format!("unknown source `{id}`; sources are listed under $.sources"));
            }
        }
    };
    let deadline = |r: &mut Report<'_>, path: String, d: &Deadline| {
        if d.is_empty() {
            r.add(path.clone(), "a deadline of no time: give months, days or business_days");
        }
        if !source_ids.contains(d.source.as_str()) {
            r.add(format!("{path}.source"), format!("unknown source `{}`: a deadline needs a source", d.source));
        }
    };

    r.unique("$.authorities", c.authorities.iter().map(|a| a.id.as_str()), "authority");
    let authority_ids: HashSet<&str> = c.authorities.iter().map(|a| a.id.as_str()).collect();

    r.unique("$.frameworks", c.frameworks.iter().map(|f| f.id.as_str()), "framework");
    if !c.frameworks.iter().any(|f| f.id == NO_FRAMEWORK) {
        r.add("$.frameworks", format!("framework `{NO_FRAMEWORK}` (no law that reaches Meta) is not described"));
    }
    for (i, f) in c.frameworks.iter().enumerate() {
        let p = format!("$.frameworks[{i}]");
        r.id(&format!("{p}.id"), &f.id);
        r.text(&format!("{p}.name"), &f.name);
        r.text(&format!("{p}.summary"), &f.summary);
        let mut seen = HashSet::new();
        for (j, right) in f.rights.iter().enumerate() {
            if !seen.insert(right) {
                r.add(format!("{p}.rights[{j}]"), format!("right `{}` is listed twice", right.id()));
            }
        }
        if f.id == NO_FRAMEWORK && !f.rights.is_empty() {
            r.add(format!("{p}.rights"), "the framework for no law gives no rights");
        }
        for (field, d) in [("reply_within", &f.reply_within), ("extension", &f.extension), ("opt_out_within", &f.opt_out_within)] {
            if let Some(d) = d {
                deadline(&mut r, format!("{p}.{field}"), d);
            }
        }
        if f.extension.is_some() && f.reply_within.is_none() {
            r.add(format!("{p}.extension"), "an extension of no deadline: give reply_within too");
        }
        if let Some(cf) = &f.company_first {
            if !source_ids.contains(cf.source.as_str()) {
                r.add(format!("{p}.company_first.source"), format!("unknown source `{}`", cf.source));
            }
            for (field, d) in [("acknowledge_within", &cf.acknowledge_within), ("answer_within", &cf.answer_within)] {
                if let Some(d) = d {
                    deadline(&mut r, format!("{p}.company_first.{field}"), d);
                }
            }
        }
        if let Some(d) = &f.in_force_from {
            if let Err(e) = Date::parse(d) {
                r.add(format!("{p}.in_force_from"), format!("`{d}` {e}"));
            }
        }
        if let Some(a) = f.lead_authority.as_deref().filter(|a| !authority_ids.contains(a)) {
            r.add(format!("{p}.lead_authority"), format!("unknown authority `{a}`"));
        }
        cite(&mut r, format!("{p}.sources"), &f.sources, true);
    }
    let framework_ids: HashSet<&str> = c.frameworks.iter().map(|f| f.id.as_str()).collect();

    for (i, a) in c.authorities.iter().enumerate() {
        let p = format!("$.authorities[{i}]");
        r.id(&format!("{p}.id"), &a.id);
        r.text(&format!("{p}.name"), &a.name);
        for (field, url) in [("url", Some(&a.url)), ("complaint_url", a.complaint_url.as_ref())] {
            if let Some(Err(e)) = url.map(|u| check_link(u)) {
                r.add(format!("{p}.{field}"), format!("`{}` {e}", url.map(String::as_str).unwrap_or_default()));
            }
        }
        if a.languages.is_empty() {
            r.add(format!("{p}.languages"), "name at least one language it takes complaints in");
        }
        for (j, lang) in a.languages.iter().enumerate() {
            if lang.len() != 2 || !lang.bytes().all(|b| b.is_ascii_lowercase()) {
                r.add(format!("{p}.languages[{j}]"), format!("`{lang}` is not a two-letter ISO 639-1 language code"));
            }
        }
        if matches!(a.confidence, Confidence::Unverified | Confidence::Low) && a.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
            r.add(format!("{p}.note"), "an unverified or low-confidence authority says why in a note");
        }
        cite(&mut r, format!("{p}.sources"), &a.sources, true);
    }

    r.unique("$.controllers", c.controllers.iter().map(|x| x.id.as_str()), "controller");
    for (i, x) in c.controllers.iter().enumerate() {
        let p = format!("$.controllers[{i}]");
        r.id(&format!("{p}.id"), &x.id);
        r.text(&format!("{p}.entity"), &x.entity);
        if x.address.iter().all(|l| l.trim().is_empty()) {
            r.add(format!("{p}.address"), "give the company's postal address");
        }
        if x.platforms.is_empty() {
            r.add(format!("{p}.platforms"), "name at least one platform");
        }
        for (j, f) in x.frameworks.iter().enumerate() {
            if !framework_ids.contains(f.as_str()) {
                r.add(format!("{p}.frameworks[{j}]"), format!("unknown framework `{f}`"));
            }
        }
        cite(&mut r, format!("{p}.sources"), &x.sources, true);
    }
    for platform in Platform::ALL {
        if !c.controllers.iter().any(|x| x.frameworks.is_empty() && x.platforms.contains(&platform)) {
            r.add("$.controllers", format!("no controller for `{}` where no other entry applies (one with no frameworks)", platform.id()));
        }
    }

    let mut codes: HashMap<&str, usize> = HashMap::new();
    for (i, region) in c.regions.iter().enumerate() {
        let p = format!("$.regions[{i}]");
        if !is_region_code(&region.code) {
            r.add(format!("{p}.code"), format!("`{}` is not an ISO 3166 code such as `DE` or `US-CA`", region.code));
        } else if !(iso3166::is_country(&region.code) || iso3166::is_subdivision(&region.code)) {
            r.add(format!("{p}.code"), format!("`{}` is not an ISO 3166-1 country or a known ISO 3166-2 subdivision", region.code));
        }
        if let Some(first) = codes.insert(&region.code, i) {
            r.add(format!("{p}.code"), format!("duplicate region `{}` (first at $.regions[{first}])", region.code));
        }
        r.text(&format!("{p}.name"), &region.name);
        if !framework_ids.contains(region.framework.as_str()) {
            let near = crate::suggest::did_you_mean(&region.framework, framework_ids.iter().copied());
            r.add(format!("{p}.framework"), format!("unknown framework `{}`{near}", region.framework));
        }
        if let Some(a) = region.authority.as_deref().filter(|a| !authority_ids.contains(a)) {
            r.add(format!("{p}.authority"), format!("unknown authority `{a}`"));
        }
        // A note is backed by the region's own sources, or by those of the
        // framework and authority it explains.
        let backed = c.frameworks.iter().any(|f| f.id == region.framework && !f.sources.is_empty())
            || c.authorities.iter().any(|a| Some(a.id.as_str()) == region.authority.as_deref() && !a.sources.is_empty());
        cite(&mut r, format!("{p}.sources"), &region.sources, region.note.is_some() && !backed);
    }
    for (i, region) in c.regions.iter().enumerate() {
        if let Some((country, _)) = region.code.split_once('-') {
            if !codes.contains_key(country) {
                r.add(format!("$.regions[{i}].code"), format!("subdivision of `{country}`, which is not in the catalog"));
            }
        } else if region.default_authority.is_some() && !c.regions.iter().any(|s| s.code.starts_with(&format!("{}-", region.code))) {
            r.add(format!("$.regions[{i}].default_authority"), "only a country whose subdivisions are in the catalog has a default authority");
        }
    }
    // Meaning problems carry the line of the value they are about.
    let positions = if r.out.is_empty() { None } else { crate::json_path::Positions::scan_if_valid(regions_text) };
    let mut out: Vec<Problem> = r
        .out
        .into_iter()
        .map(|p| match (&positions, &p.path) {
            (Some(pos), Some(path)) => Problem::at_pos(&p.file, pos.value(path), Some(path.clone()), p.message),
            _ => p,
        })
        .collect();

    let mut r = Report { file: platforms_file, out: Vec::new() };
    r.unique("$.platforms", platforms.platforms.iter().map(|p| p.id.id()), "platform");
    for p in Platform::ALL {
        if !platforms.platforms.iter().any(|x| x.id == p) {
            r.add("$.platforms", format!("platform `{}` is not described", p.id()));
        }
    }
    for (i, p) in platforms.platforms.iter().enumerate() {
        r.text(&format!("$.platforms[{i}].name"), &p.name);
        if p.devices.is_empty() {
            r.add(format!("$.platforms[{i}].devices"), "name at least one device");
        }
    }
    out.extend(r.out);
    out
}

/// Whether a URL names a page below its host, not the bare site.
pub(crate) fn has_path(url: &str) -> bool {
    // A bare list of posts is an index, not the page that states a fact.
    const INDEXES: &[&str] = &["blog", "news", "press", "newsroom", "articles", "insights", "en", "de", "fr"];
    url::Url::parse(url).is_ok_and(|u| {
        let path = u.path().trim_matches('/');
        (!path.is_empty() && !INDEXES.contains(&path)) || u.query().is_some()
    })
}

fn is_region_code(code: &str) -> bool {
    let b = code.as_bytes();
    let country = b.len() >= 2 && b[..2].iter().all(u8::is_ascii_uppercase);
    match b.len() {
        2 => country,
        4..=6 => {
            country && b[2] == b'-' && b[3..].iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        }
        _ => false,
    }
}
