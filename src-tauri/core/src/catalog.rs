//! The catalogs beside the flows: the laws, authorities, Meta's companies and
//! every region of the world (`regions.json`), and the platforms
//! (`platforms.json`).
//!
//! A framework says what a person can do under one law, as data: the rights
//! it gives against Meta, the reply deadline, what must happen before an
//! authority takes a complaint, and from when it applies. Every fact cites a
//! source from the catalog's own list, so the checker can refuse a claim
//! without one.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::model::{Confidence, Device, Platform, Right};

/// `regions.json`: what law covers a place, who enforces it, and which of
/// Meta's companies answers there.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RegionCatalog {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Every page the catalog's facts come from; entries cite them by id.
    pub sources: Vec<CatalogSource>,
    pub frameworks: Vec<FrameworkInfo>,
    pub authorities: Vec<Authority>,
    /// Meta's companies that receive objections and requests, by platform and law.
    pub controllers: Vec<Controller>,
    pub regions: Vec<Region>,
}

/// A public page the catalog cites.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CatalogSource {
    pub id: String,
    /// The page itself (https, with a path): never a home page or an index.
    pub url: String,
    pub title: String,
    /// When the page was published or last updated (YYYY-MM-DD); absent when
    /// the page gives no date, which the app then says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// Whether a law reaches Meta at all (thresholds, exemptions, reach abroad).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Coverage {
    Yes,
    No,
    /// Sources do not settle whether the law binds Meta; the app says so.
    Unclear,
}

/// A span of time a law sets, with the source that states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    #[serde(default, skip_serializing_if = "is_zero")]
    pub months: u32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub days: u32,
    /// Days counted as business days (California, Colombia).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub business_days: u32,
    /// The id of the source that states this deadline.
    pub source: String,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl Deadline {
    pub fn is_empty(&self) -> bool {
        self.months == 0 && self.days == 0 && self.business_days == 0
    }

    /// Plain English, for the command line and the record.
    pub fn describe(&self) -> String {
        let plural = |n: u32, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut parts = Vec::new();
        if self.months > 0 {
            parts.push(plural(self.months, "month", "months"));
        }
        if self.days > 0 {
            parts.push(plural(self.days, "day", "days"));
        }
        if self.business_days > 0 {
            parts.push(plural(self.business_days, "business day", "business days"));
        }
        parts.join(" and ")
    }
}

/// What a person must do with Meta before an authority takes a complaint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum CompanyFirstKind {
    /// The law gives an appeal to the company after a refusal, and the
    /// regulator expects it to have been used.
    Appeal,
    /// The person complains to the company first (the UK since the Data (Use
    /// and Access) Act, Brazil, Türkiye).
    Complain,
}

/// The step with Meta that comes before the authority, and its deadlines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CompanyFirst {
    pub kind: CompanyFirstKind,
    /// How long Meta has to acknowledge the complaint or appeal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledge_within: Option<Deadline>,
    /// How long Meta has to decide on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer_within: Option<Deadline>,
    /// The source that states the rule.
    pub source: String,
}

/// One law and what it lets a person do about Meta.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FrameworkInfo {
    /// Stable id in kebab-case (`gdpr`, `us-fl-fdbr`); flows select by it.
    pub id: String,
    /// The law's usual name, as written in the law (a proper name: not translated).
    pub name: String,
    /// What a person can ask of Meta under this law. Empty: no right that reaches Meta.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rights: Vec<Right>,
    /// How long Meta has to answer a request, when the law says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_within: Option<Deadline>,
    /// How much longer Meta may take, when it says so in time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension: Option<Deadline>,
    /// Opt-outs of sale or sharing take effect within this (California's 15 business days).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opt_out_within: Option<Deadline>,
    /// What must happen with Meta before the authority takes a complaint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_first: Option<CompanyFirst>,
    /// The day the rights took or take effect (YYYY-MM-DD). Before it, the app
    /// says "from DATE" and offers none of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_force_from: Option<String>,
    pub covers_meta: Coverage,
    /// Plain English: what is and is not possible, and where sources disagree.
    pub summary: String,
    /// The authority that leads on Meta for every region of this framework (the Irish DPC for the GDPR).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_authority: Option<String>,
    /// How sure the authors are of this reading of the law.
    pub confidence: Confidence,
    /// Ids of the catalog sources that back it.
    pub sources: Vec<String>,
}

impl FrameworkInfo {
    /// Whether the law's rights apply on `today`.
    pub fn in_force(&self, today: Date) -> bool {
        self.in_force_from.as_deref().and_then(|d| Date::parse(d).ok()).is_none_or(|from| from <= today)
    }

    /// The rights a person can use today: none before the law applies, none
    /// if it does not reach Meta.
    pub fn rights_on(&self, today: Date) -> &[Right] {
        if self.in_force(today) && self.covers_meta != Coverage::No {
            &self.rights
        } else {
            &[]
        }
    }
}

/// A data-protection authority or regulator people can complain to.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Authority {
    pub id: String,
    /// Its name in its own language.
    pub name: String,
    /// Its name in English, where that differs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    /// Its home page (https, its own host, which joins the link allow-list).
    pub url: String,
    /// Its complaint form or page, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complaint_url: Option<String>,
    /// Languages it accepts complaints in (ISO 639-1), its own first.
    pub languages: Vec<String>,
    /// How sure the authors are of these links.
    pub confidence: Confidence,
    /// Why it is unverified or low, or what to look for on its page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub sources: Vec<String>,
}

/// One of Meta's companies, the one that receives objections and requests
/// for some platforms under some laws.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Controller {
    pub id: String,
    /// The legal entity, as its privacy policy names it.
    pub entity: String,
    /// Its postal address, one line per entry.
    pub address: Vec<String>,
    pub platforms: Vec<Platform>,
    /// The laws under which it answers; empty: everywhere no other entry covers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub frameworks: Vec<String>,
    pub confidence: Confidence,
    pub sources: Vec<String>,
}

/// Why a country without a chosen subdivision gets the authority it gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum DefaultAuthority {
    /// The authority where Meta has its office in the country (Hamburg in Germany).
    CompanySeat,
}

/// A country (ISO 3166-1 alpha-2) or a subdivision (ISO 3166-2, e.g. `US-CA`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub code: String,
    /// Its name in English; the window shows its own language's name.
    pub name: String,
    /// The id of the framework that gives people here their rights (`none` for none).
    pub framework: String,
    /// The authority people here complain to, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority: Option<String>,
    /// Set on a country whose subdivisions have authorities of their own: why
    /// this one applies when the person has not chosen a subdivision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_authority: Option<DefaultAuthority>,
    /// What is particular about this region (a territory under another
    /// country's law, a service that is blocked).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Sources for the region's own facts (the note, why its framework applies).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// The rights people here can use today, worked out from the framework
    /// when the catalog is loaded (see [`Catalog::resolve`]), so that every
    /// selection reads the same answer.
    #[serde(skip)]
    #[cfg_attr(feature = "generate-schema", schemars(skip))]
    pub rights: Vec<Right>,
}

/// `platforms.json`: display names and where each platform can be used.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PlatformCatalog {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub platforms: Vec<PlatformInfo>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PlatformInfo {
    pub id: Platform,
    pub name: String,
    /// Devices the platform can be used on.
    pub devices: Vec<Device>,
}

/// Both catalogs, as the app and the checker use them.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub regions: RegionCatalog,
    pub platforms: PlatformCatalog,
}

impl Catalog {
    /// Works out each region's rights on `today` (see [`Region::rights`]).
    pub fn resolve(&mut self, today: Date) {
        let rights: Vec<Vec<Right>> = self.regions.regions.iter().map(|r| self.rights(r, today).to_vec()).collect();
        for (region, rights) in self.regions.regions.iter_mut().zip(rights) {
            region.rights = rights;
        }
    }

    /// Looks a region up by code, ignoring case and surrounding space.
    pub fn region(&self, code: &str) -> Option<&Region> {
        let code = code.trim();
        self.regions.regions.iter().find(|r| r.code.eq_ignore_ascii_case(code))
    }

    pub fn framework(&self, id: &str) -> Option<&FrameworkInfo> {
        self.regions.frameworks.iter().find(|f| f.id == id)
    }

    /// The framework of a region.
    pub fn framework_of(&self, region: &Region) -> Option<&FrameworkInfo> {
        self.framework(&region.framework)
    }

    pub fn authority(&self, id: &str) -> Option<&Authority> {
        self.regions.authorities.iter().find(|a| a.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&CatalogSource> {
        self.regions.sources.iter().find(|s| s.id == id)
    }

    /// The subdivisions of a country that the catalog lists (`DE-HH` for `DE`).
    pub fn subdivisions<'a>(&'a self, country: &'a str) -> impl Iterator<Item = &'a Region> + 'a {
        self.regions.regions.iter().filter(move |r| r.code.len() > country.len() && region_covers(country, &r.code))
    }

    /// The authority a step's choice names for a region, if the catalog has one.
    pub fn authority_for(&self, region: &Region, choice: crate::model::AuthorityChoice) -> Option<&Authority> {
        let id = match choice {
            crate::model::AuthorityChoice::Regional => region.authority.as_deref(),
            crate::model::AuthorityChoice::Lead => self.framework_of(region)?.lead_authority.as_deref(),
        };
        self.authority(id?)
    }

    /// The company that receives an objection or request about `platform`
    /// from a person in `region`: the first entry for the region's framework,
    /// else the first that names no framework.
    pub fn controller(&self, region: Option<&Region>, platform: Platform) -> Option<&Controller> {
        let cs = &self.regions.controllers;
        let for_platform = |c: &&Controller| c.platforms.contains(&platform);
        region
            .and_then(|r| cs.iter().filter(for_platform).find(|c| c.frameworks.contains(&r.framework)))
            .or_else(|| cs.iter().filter(for_platform).find(|c| c.frameworks.is_empty()))
    }

    /// The rights a person in `region` can use on `today`.
    pub fn rights(&self, region: &Region, today: Date) -> &[Right] {
        self.framework_of(region).map_or(&[], |f| f.rights_on(today))
    }

    pub fn platform(&self, id: Platform) -> Option<&PlatformInfo> {
        self.platforms.platforms.iter().find(|p| p.id == id)
    }
}

/// Whether a condition's region code covers a person's region: the same
/// code, or the country of a subdivision (`US` covers `US-CA`).
pub fn region_covers(condition: &str, region: &str) -> bool {
    condition.eq_ignore_ascii_case(region)
        || (region.len() > condition.len()
            && region.as_bytes()[condition.len()] == b'-'
            && region[..condition.len()].eq_ignore_ascii_case(condition))
}

#[cfg(test)]
mod tests {
    use super::region_covers;

    #[test]
    fn a_country_covers_its_subdivisions_only() {
        assert!(region_covers("US", "US-CA"));
        assert!(region_covers("us-ca", "US-CA"));
        assert!(!region_covers("US-CA", "US"));
        assert!(!region_covers("U", "US-CA"));
        assert!(!region_covers("DE", "DK"));
    }
}
