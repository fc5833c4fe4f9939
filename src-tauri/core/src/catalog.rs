//! The catalogs beside the flows: regions with their legal framework and
//! authority (`regions.json`), and the platforms (`platforms.json`).

use serde::{Deserialize, Serialize};

use crate::model::{Confidence, Device, Framework, Period, Platform};

/// `regions.json`: what law covers a place and who enforces it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RegionCatalog {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub frameworks: Vec<FrameworkInfo>,
    pub authorities: Vec<Authority>,
    pub regions: Vec<Region>,
}

/// A legal framework and what it lets a person do about Meta's AI training.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FrameworkInfo {
    pub id: Framework,
    pub name: String,
    /// Whether the law gives a right to object to processing for AI training.
    pub objection_right: bool,
    /// How long Meta has to answer a request under this law, when the law says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_within: Option<Period>,
    /// Plain words on what is and is not possible under this law.
    pub summary: String,
    /// The authority that leads on Meta for every region of this framework (the Irish DPC for the GDPR).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_authority: Option<String>,
}

/// A data-protection authority or regulator people can complain to.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Authority {
    pub id: String,
    pub name: String,
    /// Its home page (https, allow-listed host).
    pub url: String,
    /// Its complaint form or page, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complaint_url: Option<String>,
    /// Languages it accepts complaints in (ISO 639-1), its own first.
    pub languages: Vec<String>,
    /// How sure the authors are of these links.
    pub confidence: Confidence,
}

/// A country (ISO 3166-1 alpha-2) or a subdivision (ISO 3166-2, e.g. `US-CA`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub code: String,
    pub name: String,
    pub framework: Framework,
    /// The national or state authority, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority: Option<String>,
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
    /// Looks a region up by code, ignoring case and surrounding space.
    pub fn region(&self, code: &str) -> Option<&Region> {
        let code = code.trim();
        self.regions.regions.iter().find(|r| r.code.eq_ignore_ascii_case(code))
    }

    pub fn framework(&self, id: Framework) -> Option<&FrameworkInfo> {
        self.regions.frameworks.iter().find(|f| f.id == id)
    }

    pub fn authority(&self, id: &str) -> Option<&Authority> {
        self.regions.authorities.iter().find(|a| a.id == id)
    }

    /// The authority a step's choice names for a region, if the catalog has one.
    pub fn authority_for(&self, region: &Region, choice: crate::model::AuthorityChoice) -> Option<&Authority> {
        let id = match choice {
            crate::model::AuthorityChoice::Regional => region.authority.as_deref(),
            crate::model::AuthorityChoice::Lead => self.framework(region.framework)?.lead_authority.as_deref(),
        };
        self.authority(id?)
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
