//! What the law of a region gives a person, resolved from the catalog: the
//! one view that `meta-optout regions`, the window's overview and the
//! record all read, so they cannot tell a person different things.

use serde::Serialize;

use crate::catalog::{Catalog, CatalogSource, CompanyFirst, Coverage, Deadline, DefaultAuthority, Region};
use crate::date::Date;
use crate::model::{Confidence, Platform, Right};

/// A region as the app sees it on one day.
#[derive(Debug, Clone, Serialize)]
pub struct RegionView {
    pub code: String,
    pub name: String,
    pub framework: FrameworkView,
    /// The rights a person here can use today (none before the law applies).
    pub rights: Vec<Right>,
    pub authority: Option<AuthorityView>,
    /// Why this authority, when the person has not chosen a subdivision.
    pub default_authority: Option<DefaultAuthority>,
    /// The subdivisions a person here may choose (`DE-HH`), when the catalog has them.
    pub subdivisions: Vec<String>,
    /// Who receives an objection or request, per platform.
    pub controllers: Vec<ControllerView>,
    pub note: Option<String>,
    pub sources: Vec<CatalogSource>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FrameworkView {
    pub id: String,
    pub name: String,
    /// Every right the law gives, in force or not.
    pub rights: Vec<Right>,
    pub reply_within: Option<Deadline>,
    pub extension: Option<Deadline>,
    pub opt_out_within: Option<Deadline>,
    pub company_first: Option<CompanyFirst>,
    pub in_force_from: Option<String>,
    /// Whether the law applies on the day of the view.
    pub in_force: bool,
    pub covers_meta: Coverage,
    pub summary: String,
    pub confidence: Confidence,
    pub sources: Vec<CatalogSource>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AuthorityView {
    pub id: String,
    pub name: String,
    pub name_en: Option<String>,
    /// The page a complaint starts from: the complaint page, else the home page.
    pub url: String,
    pub languages: Vec<String>,
    pub confidence: Confidence,
    pub note: Option<String>,
    pub sources: Vec<CatalogSource>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ControllerView {
    pub platform: Platform,
    pub id: String,
    pub entity: String,
    pub address: Vec<String>,
    pub confidence: Confidence,
    pub sources: Vec<CatalogSource>,
}

fn sources(catalog: &Catalog, ids: &[String]) -> Vec<CatalogSource> {
    ids.iter().filter_map(|id| catalog.source(id)).cloned().collect()
}

/// The view of one region on `today`.
pub fn region_view(catalog: &Catalog, region: &Region, today: Date) -> RegionView {
    let f = catalog.framework_of(region);
    let framework = FrameworkView {
        id: region.framework.clone(),
        name: f.map_or_else(String::new, |f| f.name.clone()),
        rights: f.map_or_else(Vec::new, |f| f.rights.clone()),
        reply_within: f.and_then(|f| f.reply_within.clone()),
        extension: f.and_then(|f| f.extension.clone()),
        opt_out_within: f.and_then(|f| f.opt_out_within.clone()),
        company_first: f.and_then(|f| f.company_first.clone()),
        in_force_from: f.and_then(|f| f.in_force_from.clone()),
        in_force: f.is_some_and(|f| f.in_force(today)),
        covers_meta: f.map_or(Coverage::No, |f| f.covers_meta),
        summary: f.map_or_else(String::new, |f| f.summary.clone()),
        confidence: f.map_or(Confidence::Unverified, |f| f.confidence),
        sources: f.map_or_else(Vec::new, |f| sources(catalog, &f.sources)),
    };
    let authority = region.authority.as_deref().and_then(|id| catalog.authority(id)).map(|a| AuthorityView {
        id: a.id.clone(),
        name: a.name.clone(),
        name_en: a.name_en.clone(),
        url: a.complaint_url.clone().unwrap_or_else(|| a.url.clone()),
        languages: a.languages.clone(),
        confidence: a.confidence,
        note: a.note.clone(),
        sources: sources(catalog, &a.sources),
    });
    let controllers = Platform::ALL
        .into_iter()
        .filter_map(|p| {
            let c = catalog.controller(Some(region), p)?;
            Some(ControllerView {
                platform: p,
                id: c.id.clone(),
                entity: c.entity.clone(),
                address: c.address.clone(),
                confidence: c.confidence,
                sources: sources(catalog, &c.sources),
            })
        })
        .collect();
    RegionView {
        code: region.code.clone(),
        name: region.name.clone(),
        rights: catalog.rights(region, today).to_vec(),
        framework,
        authority,
        default_authority: region.default_authority,
        subdivisions: catalog.subdivisions(&region.code).map(|s| s.code.clone()).collect(),
        controllers,
        note: region.note.clone(),
        sources: sources(catalog, &region.sources),
    }
}

/// Every region, in catalog order.
pub fn all(catalog: &Catalog, today: Date) -> Vec<RegionView> {
    catalog.regions.regions.iter().map(|r| region_view(catalog, r, today)).collect()
}

/// One line per region for `meta-optout regions`: code, name, law, what a
/// person can do, the deadline, and where to complain.
pub fn line(v: &RegionView) -> String {
    let rights = if v.rights.is_empty() {
        match (&v.framework.in_force_from, v.framework.in_force) {
            (Some(from), false) => format!("none yet (from {from})"),
            _ => "no right that reaches Meta".to_owned(),
        }
    } else {
        v.rights.iter().map(|r| r.id()).collect::<Vec<_>>().join(", ")
    };
    let mut parts = vec![format!("{:<6} {:<34} {:<14} {rights}", v.code, v.name, v.framework.id)];
    if let Some(d) = &v.framework.reply_within {
        let ext = v.framework.extension.as_ref().map(|e| format!(" (+{})", e.describe())).unwrap_or_default();
        parts.push(format!("reply {}{ext}", d.describe()));
    }
    if let Some(cf) = &v.framework.company_first {
        parts.push(match cf.kind {
            crate::catalog::CompanyFirstKind::Appeal => "appeal to Meta first".to_owned(),
            crate::catalog::CompanyFirstKind::Complain => "complain to Meta first".to_owned(),
        });
    }
    if v.framework.covers_meta == Coverage::Unclear {
        parts.push("reach over Meta unclear".to_owned());
    }
    if let Some(a) = &v.authority {
        parts.push(a.name_en.clone().unwrap_or_else(|| a.name.clone()));
    }
    if v.framework.confidence == Confidence::Unverified {
        parts.push("unverified".to_owned());
    }
    parts.join(" · ")
}
