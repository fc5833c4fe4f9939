//! The declarative flow format: what a flow author writes in `flows/*.json`.
//!
//! These types are the single source of truth: `flows/schema.json` is
//! generated from them, and the checker walks that same schema, so editors,
//! `meta-optout check` and the app can never disagree about the format.
//!
//! Every human string is reachable by a stable key made of ids (see
//! [`Flow::texts`]), so translations can live beside the flows without
//! touching their structure, and progress survives a reworded step.

use serde::{Deserialize, Serialize};

/// One task a person can do, as ordered steps.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Flow {
    /// Editor hint pointing at `schema.json`; ignored by the app.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Stable id in kebab-case; the file is named after it (`ID.json`).
    pub id: String,
    /// Short imperative title shown in lists.
    pub title: String,
    /// One or two sentences: what this achieves and what it cannot.
    pub summary: String,
    /// What kind of task this is; orders flows on the dashboard.
    pub category: Category,
    /// The day an author last checked every step against Meta's screens (YYYY-MM-DD).
    pub last_verified: String,
    /// How sure the authors are of the flow as a whole.
    pub confidence: Confidence,
    /// Who the flow is for. Empty lists mean no restriction.
    #[serde(default, skip_serializing_if = "Conditions::is_empty")]
    pub applies: Conditions,
    /// Where the facts come from. Steps cite these by id.
    pub sources: Vec<Source>,
    /// Points that hold for the whole flow (limits, disagreements between sources).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub caveats: Vec<Caveat>,
    /// The steps, in the order a person follows them.
    pub steps: Vec<Step>,
}

/// The kind of task, in the order the dashboard shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Objection,
    Mute,
    Tracking,
    Deletion,
    /// Protecting children and teens.
    Family,
    Escalation,
}

/// How sure the authors are that an instruction or link matches what Meta shows today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    High,
    Medium,
    Low,
    Unverified,
}

/// A Meta product a person may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Platform {
    Facebook,
    Instagram,
    Whatsapp,
    Messenger,
    Threads,
}

impl Platform {
    pub const ALL: [Platform; 5] =
        [Platform::Facebook, Platform::Instagram, Platform::Whatsapp, Platform::Messenger, Platform::Threads];

    pub fn id(self) -> &'static str {
        match self {
            Platform::Facebook => "facebook",
            Platform::Instagram => "instagram",
            Platform::Whatsapp => "whatsapp",
            Platform::Messenger => "messenger",
            Platform::Threads => "threads",
        }
    }

    pub fn parse(s: &str) -> Option<Platform> {
        Platform::ALL.into_iter().find(|p| p.id().eq_ignore_ascii_case(s.trim()))
    }

    /// The product's own name, the same in every language.
    pub fn name(self) -> &'static str {
        match self {
            Platform::Facebook => "Facebook",
            Platform::Instagram => "Instagram",
            Platform::Whatsapp => "WhatsApp",
            Platform::Messenger => "Messenger",
            Platform::Threads => "Threads",
        }
    }
}

/// The device a person follows the instructions on: `desktop` is a web
/// browser on a computer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Device {
    Desktop,
    Ios,
    Android,
}

impl Device {
    pub const ALL: [Device; 3] = [Device::Desktop, Device::Ios, Device::Android];

    pub fn id(self) -> &'static str {
        match self {
            Device::Desktop => "desktop",
            Device::Ios => "ios",
            Device::Android => "android",
        }
    }

    pub fn parse(s: &str) -> Option<Device> {
        Device::ALL.into_iter().find(|d| d.id().eq_ignore_ascii_case(s.trim()))
    }
}

/// What a law lets a person ask of Meta. Frameworks in the region catalog
/// list the rights they give; flows select steps by them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Right {
    /// Object to processing based on the company's legitimate interests (AI training among it).
    Object,
    Delete,
    Access,
    Correct,
    OptOutTargetedAds,
    OptOutSale,
    OptOutProfiling,
    /// Appeal to the company after it refuses a request.
    Appeal,
}

impl Right {
    pub const ALL: [Right; 8] = [
        Right::Object,
        Right::Delete,
        Right::Access,
        Right::Correct,
        Right::OptOutTargetedAds,
        Right::OptOutSale,
        Right::OptOutProfiling,
        Right::Appeal,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Right::Object => "object",
            Right::Delete => "delete",
            Right::Access => "access",
            Right::Correct => "correct",
            Right::OptOutTargetedAds => "opt-out-targeted-ads",
            Right::OptOutSale => "opt-out-sale",
            Right::OptOutProfiling => "opt-out-profiling",
            Right::Appeal => "appeal",
        }
    }
}

/// The framework id of regions where no law gives a right that reaches Meta.
pub const NO_FRAMEWORK: &str = "none";

/// Who a flow or step is for. Within a list any entry matches; across lists all must.
/// An empty (or absent) list places no restriction.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Conditions {
    /// Platforms any of which the person uses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub platforms: Vec<Platform>,
    /// Framework ids from the region catalog, one of which covers the person's region.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub frameworks: Vec<String>,
    /// Framework ids excluded even when another condition matches.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_frameworks: Vec<String>,
    /// Rights, any of which the law of the person's region gives and which apply today.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rights: Vec<Right>,
    /// Rights none of which the law of the person's region may give today
    /// (`["object"]`: for people who cannot object).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_rights: Vec<Right>,
    /// Region codes from the catalog (`DE`, `US-CA`). A country also matches its subdivisions (`US` matches `US-CA`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<String>,
    /// Region codes excluded even when another condition matches.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_regions: Vec<String>,
    /// Devices on which the step can be done at all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub devices: Vec<Device>,
}

impl Conditions {
    pub fn is_empty(&self) -> bool {
        *self == Conditions::default()
    }
}

/// A public page the facts come from.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Short id steps use to cite this source.
    pub id: String,
    /// The page (https).
    pub url: String,
    /// The page's title or a short description of it.
    pub title: String,
    /// When the page was published or last updated (YYYY-MM-DD), never the
    /// day it was read; absent when the page gives no date, which the app says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// A limit, a warning, or a place where sources disagree.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Caveat {
    /// Stable id within its flow or step.
    pub id: String,
    pub text: String,
    /// Who reads it, like a step's: a note about one country's law is shown
    /// only to people there.
    #[serde(default, skip_serializing_if = "Conditions::is_empty")]
    pub applies: Conditions,
}

/// Something that may differ by device. Lookup order for a device: the
/// device's own entry, then `mobile` (for iOS and Android), then `all`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PerDevice {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mobile: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desktop: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ios: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub android: Option<Vec<String>>,
}

impl PerDevice {
    pub fn is_empty(&self) -> bool {
        *self == PerDevice::default()
    }

    /// The entry that applies on `device`, following the lookup order.
    pub fn for_device(&self, device: Device) -> Option<&[String]> {
        self.entry_for_device(device).map(|(_, lines)| lines)
    }

    /// Like [`Self::for_device`], with the name of the entry used.
    pub fn entry_for_device(&self, device: Device) -> Option<(&'static str, &[String])> {
        let (name, own) = match device {
            Device::Desktop => ("desktop", &self.desktop),
            Device::Ios => ("ios", &self.ios),
            Device::Android => ("android", &self.android),
        };
        let mobile = if device == Device::Desktop { &None } else { &self.mobile };
        own.as_deref()
            .map(|l| (name, l))
            .or(mobile.as_deref().map(|l| ("mobile", l)))
            .or(self.all.as_deref().map(|l| ("all", l)))
    }

    /// Every entry with its key, in a fixed order.
    pub fn entries_mut(&mut self) -> impl Iterator<Item = (&'static str, &mut Vec<String>)> {
        [
            ("all", &mut self.all),
            ("mobile", &mut self.mobile),
            ("desktop", &mut self.desktop),
            ("ios", &mut self.ios),
            ("android", &mut self.android),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.as_mut().map(|v| (k, v)))
    }

    /// Every entry with its key, in a fixed order.
    pub fn entries(&self) -> impl Iterator<Item = (&'static str, &[String])> {
        [
            ("all", &self.all),
            ("mobile", &self.mobile),
            ("desktop", &self.desktop),
            ("ios", &self.ios),
            ("android", &self.android),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.as_deref().map(|v| (k, v)))
    }
}

/// A link into Meta's settings or an authority's site, opened in the person's browser.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// https URL on an allow-listed Meta or authority host.
    pub url: String,
    /// Button text; "Open in browser" when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// How sure the authors are that this exact URL still works; the step's confidence when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
}

/// Which authority a step sends the person to; the app takes its name and
/// link from the region catalog, so one step serves every region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum AuthorityChoice {
    /// The person's own national or state authority.
    Regional,
    /// The authority that leads on Meta for the person's framework (the Irish DPC under the GDPR).
    Lead,
}

/// What a field of evidence holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum EvidenceKind {
    Text,
    Date,
    Reference,
    Email,
}

/// Something the person should write down once the step is done.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// Stable id within the step; progress stores values under it.
    pub id: String,
    pub kind: EvidenceKind,
    pub label: String,
    /// A hint shown under the field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

/// What a follow-up waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum FollowUpKind {
    /// Meta owes a reply by the due date; past it, escalate.
    ReplyDue,
    /// A grace period ends on the due date (account deletion): do not log in before.
    GraceEnds,
    /// A plain reminder to come back and check.
    Reminder,
}

/// A span of calendar time. Months are counted as calendar months.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Period {
    #[serde(default)]
    pub months: u32,
    #[serde(default)]
    pub days: u32,
}

/// A deadline that starts when the step is marked done.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    pub kind: FollowUpKind,
    /// How long after the step is done the follow-up falls due.
    pub after: Period,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The flow to suggest once it is due (usually `escalate-to-authority`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_flow: Option<String>,
}

/// One thing to do.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Stable id in kebab-case. Progress is stored under it: never reuse one for a different action.
    pub id: String,
    pub title: String,
    /// What the step is for and what to expect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Who the step is for, within the flow's own conditions.
    #[serde(default, skip_serializing_if = "Conditions::is_empty")]
    pub applies: Conditions,
    /// Menu labels to tap or click, in order, as Meta shows them.
    #[serde(default, skip_serializing_if = "PerDevice::is_empty")]
    pub menu_path: PerDevice,
    /// Numbered instructions.
    #[serde(default, skip_serializing_if = "PerDevice::is_empty")]
    pub instructions: PerDevice,
    /// A deep link that saves the person the menu path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<Link>,
    /// Sends the person to a data-protection authority taken from the region
    /// catalog (its complaint page, else its home page) instead of a fixed link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority: Option<AuthorityChoice>,
    /// How sure the authors are that this step matches Meta's screens today.
    pub confidence: Confidence,
    /// Ids of the flow's sources that back this step.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub caveats: Vec<Caveat>,
    /// What to record once done (reference number, date of the confirmation email).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<FollowUp>,
    /// A ready text the window offers with this step, to paste into Meta's
    /// form or send to an authority, written in the window's locale files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letter: Option<LetterKind>,
}

/// Which ready text a step offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "generate-schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum LetterKind {
    /// The reasons for an objection, under the law of the person's region.
    Objection,
    /// A complaint to a data protection authority, filled from the record.
    Complaint,
}

/// A translatable string with the stable key it is known by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub key: String,
    pub text: String,
}

impl Flow {
    /// The step with this id.
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    /// Every human string of the flow with a key made only of ids and field
    /// names (and line numbers within a list), e.g. `steps.submit.title` or
    /// `steps.submit.instructions.ios.2`. Translators work against these keys.
    pub fn texts(&self) -> Vec<Text> {
        let mut out = Vec::new();
        self.clone().for_each_text_mut(&mut |key, text| out.push(Text { key, text: text.clone() }));
        out
    }

    /// Visits every human string with its key (see [`Flow::texts`]), so a
    /// translation can replace it in place without touching the structure.
    pub fn for_each_text_mut(&mut self, f: &mut dyn FnMut(String, &mut String)) {
        f("title".into(), &mut self.title);
        f("summary".into(), &mut self.summary);
        for c in &mut self.caveats {
            f(format!("caveats.{}", c.id), &mut c.text);
        }
        for s in &mut self.steps {
            let k = format!("steps.{}", s.id);
            f(format!("{k}.title"), &mut s.title);
            if let Some(body) = &mut s.body {
                f(format!("{k}.body"), body);
            }
            for (field, per) in [("menu_path", &mut s.menu_path), ("instructions", &mut s.instructions)] {
                for (device, lines) in per.entries_mut() {
                    for (i, line) in lines.iter_mut().enumerate() {
                        f(format!("{k}.{field}.{device}.{}", i + 1), line);
                    }
                }
            }
            if let Some(label) = s.link.as_mut().and_then(|l| l.label.as_mut()) {
                f(format!("{k}.link.label"), label);
            }
            for c in &mut s.caveats {
                f(format!("{k}.caveats.{}", c.id), &mut c.text);
            }
            for e in &mut s.evidence {
                f(format!("{k}.evidence.{}.label", e.id), &mut e.label);
                if let Some(hint) = &mut e.hint {
                    f(format!("{k}.evidence.{}.hint", e.id), hint);
                }
            }
            if let Some(fu) = &mut s.follow_up {
                f(format!("{k}.follow_up.title"), &mut fu.title);
                if let Some(text) = &mut fu.text {
                    f(format!("{k}.follow_up.text"), text);
                }
            }
        }
    }
}
