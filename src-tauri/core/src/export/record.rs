//! The record a person exports: everything they did, when, with what
//! evidence, following which instructions, and a digest that lets anyone
//! check a copy against the JSON export.

use std::borrow::Cow;
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::catalog::Authority;
use crate::date::Date;
use crate::load::FlowSet;
use crate::model::Source;
use crate::progress::evidence::{self, FileState};
use crate::progress::{report, Attached, Counts, Event, FollowUpReport, Profile, Progress, Replied, StepState, Status};

pub const FORMAT: &str = "meta-optout-record";
/// 2: the digest is over the record's RFC 8785 canonical form; profiles
/// carry the account concerned, steps their attachments and Meta's reply.
pub const VERSION: u32 = 2;

/// The whole export. The JSON form of this is lossless: `history` holds every
/// event of each exported profile, which is what an import replays.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Record<'a> {
    pub format: String,
    pub version: u32,
    pub generated_at: String,
    pub generated_by: String,
    /// The language its words are in (absent in version 1: English).
    #[serde(default = "english")]
    pub locale: String,
    pub profiles: Vec<ProfileRecord<'a>>,
    /// SHA-256 of the canonical JSON of everything else (see [`digest`]).
    pub digest: String,
}

fn english() -> String {
    crate::i18n::SOURCE.to_owned()
}

impl Record<'_> {
    /// The record with its own copy of every history event.
    pub fn into_owned(self) -> Record<'static> {
        Record {
            profiles: self
                .profiles
                .into_iter()
                .map(|p| ProfileRecord { history: p.history.into_iter().map(|e| Cow::Owned(e.into_owned())).collect(), ..p })
                .collect(),
            ..self
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProfileRecord<'a> {
    pub profile: Profile,
    pub region_name: String,
    pub framework: String,
    pub framework_name: String,
    pub authority: Option<AuthorityRecord>,
    pub summary: Counts,
    pub follow_ups: Vec<FollowUpReport>,
    pub flows: Vec<FlowRecord>,
    /// Marks on steps the current flows no longer have or no longer apply.
    pub earlier: Vec<StepState>,
    /// Steps done before Meta changed them (the guides' change log).
    #[serde(default)]
    pub changed_since: Vec<crate::guides::Affected>,
    /// Every change to this profile, oldest first: borrowed from the
    /// progress when built (a long history is not copied), owned when read.
    pub history: Vec<Cow<'a, Event>>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AuthorityRecord {
    pub name: String,
    pub url: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FlowRecord {
    pub id: String,
    pub title: String,
    /// The flow's `last_verified` in this version of the app.
    pub last_verified: String,
    /// The pages behind the steps this person has acted on.
    pub sources: Vec<Source>,
    pub steps: Vec<StepRecord>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StepRecord {
    pub id: String,
    pub title: String,
    pub status: Status,
    pub changed: Option<String>,
    pub note: Option<String>,
    pub reason: Option<String>,
    pub until: Option<String>,
    pub evidence: Vec<EvidenceRecord>,
    pub follow_up_due: Option<String>,
    /// The later date it was moved to, and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up_extended_to: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up_reason: Option<String>,
    /// The `last_verified` of the flow when the step was recorded: which
    /// version of the instructions the person followed.
    pub followed_version: Option<String>,
    /// The ids of the sources (in the flow's `sources`) that back this step.
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub attachments: Vec<AttachmentRecord>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<Replied>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EvidenceRecord {
    pub id: String,
    pub label: String,
    pub value: String,
}

/// A file attached to a step, and whether the kept copy still matches.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AttachmentRecord {
    #[serde(flatten)]
    pub attached: Attached,
    pub state: FileState,
}

/// Builds the record of `profiles` (all when empty), as of `today`, stamped
/// `generated_at`, with the guides' words in `locale`. `data_dir` is where
/// attached files are kept (each is checked against its digest).
pub fn build<'a>(
    set: &FlowSet,
    progress: &'a Progress,
    profiles: &[&Profile],
    today: Date,
    generated_at: &str,
    locale: &str,
    data_dir: &Path,
) -> Record<'a> {
    let locale = crate::i18n::negotiate(locale);
    let profiles = profiles
        .iter()
        .map(|profile| {
            let r = report(set, progress, profile, today);
            let region = set.catalog.region(&profile.region);
            let framework = region.and_then(|r| set.catalog.framework_of(r));
            let authority: Option<&Authority> = region.and_then(|r| r.authority.as_deref()).and_then(|a| set.catalog.authority(a));
            let flows: Vec<FlowRecord> = r
                .flows
                .iter()
                .map(|f| {
                    let flow = set.translations.localize(&set.get(&f.id).expect("reported flows are loaded").flow, locale);
                    let steps: Vec<StepRecord> = f
                        .steps
                        .iter()
                        .map(|s| {
                            let step = flow.step(&s.id);
                            let rec = s.record.as_ref();
                            let evidence = rec
                                .map(|c| {
                                    c.evidence
                                        .iter()
                                        .map(|(id, value)| EvidenceRecord {
                                            id: id.clone(),
                                            label: step
                                                .and_then(|st| st.evidence.iter().find(|e| &e.id == id))
                                                .map_or_else(|| id.clone(), |e| e.label.clone()),
                                            value: value.clone(),
                                        })
                                        .collect()
                                })
                                .unwrap_or_default();
                            let attachments = progress
                                .state
                                .attachments(&profile.id, &f.id, &s.id)
                                .iter()
                                .map(|a| AttachmentRecord { attached: a.clone(), state: evidence::check(data_dir, &a.file.sha256) })
                                .collect();
                            StepRecord {
                                id: s.id.clone(),
                                title: step.map_or_else(|| s.title.clone(), |st| st.title.clone()),
                                status: s.status,
                                changed: s.changed.clone(),
                                note: rec.and_then(|c| c.note.clone()),
                                reason: rec.and_then(|c| c.reason.clone()),
                                until: rec.and_then(|c| c.until.clone()),
                                evidence,
                                follow_up_due: rec.and_then(|c| c.follow_up_due.clone()),
                                follow_up_extended_to: rec.and_then(|c| c.follow_up_extended_to.clone()),
                                follow_up_reason: rec.and_then(|c| c.follow_up_reason.clone()),
                                followed_version: rec.and_then(|c| c.flow_verified.clone()),
                                sources: step.map(|st| st.sources.clone()).unwrap_or_default(),
                                attachments,
                                reply: progress.state.reply(&profile.id, &f.id, &s.id).cloned(),
                            }
                        })
                        .collect();
                    // Only the pages behind the steps this person acted on, not
                    // every source of the guide (a Polish record cites no
                    // Californian regulation, and untouched steps cite nothing).
                    let sources = flow
                        .sources
                        .iter()
                        .filter(|src| steps.iter().any(|st| st.touched() && st.sources.contains(&src.id)))
                        .cloned()
                        .collect();
                    FlowRecord { id: f.id.clone(), title: flow.title.clone(), last_verified: f.last_verified.clone(), sources, steps }
                })
                .collect();
            let history = progress.events.iter().filter(|e| e.change.profile() == profile.id).map(Cow::Borrowed).collect();
            let mut follow_ups = r.follow_ups;
            for fu in &mut follow_ups {
                if let Some(t) = flows_title(&flows, &fu.flow, &fu.step) {
                    fu.title = t;
                }
            }
            ProfileRecord {
                profile: (*profile).clone(),
                region_name: region.map_or_else(|| profile.region.clone(), |r| r.name.clone()),
                framework: r.framework.clone(),
                framework_name: framework.map_or_else(String::new, |f| f.name.clone()),
                authority: authority.map(|a| AuthorityRecord {
                    name: a.name.clone(),
                    url: a.complaint_url.clone().unwrap_or_else(|| a.url.clone()),
                }),
                summary: r.summary,
                follow_ups,
                flows,
                earlier: r.earlier,
                changed_since: r.changed_since,
                history,
            }
        })
        .collect();
    let mut record = Record {
        format: FORMAT.to_owned(),
        version: VERSION,
        generated_at: generated_at.to_owned(),
        generated_by: format!("meta-optout {}", env!("CARGO_PKG_VERSION")),
        locale: locale.to_owned(),
        profiles,
        digest: String::new(),
    };
    record.digest = record.own_digest();
    record
}

/// A record as its digest covers it: every member but `digest`, in the
/// order and form `Record` serializes them.
#[derive(Serialize)]
struct Covered<'r, 'a> {
    format: &'r str,
    version: u32,
    generated_at: &'r str,
    generated_by: &'r str,
    locale: &'r str,
    profiles: &'r [ProfileRecord<'a>],
}

impl Record<'_> {
    /// The digest of a record of this version, written straight from the
    /// typed record (a long history is not first copied into a `Value`).
    fn own_digest(&self) -> String {
        let covered = Covered {
            format: &self.format,
            version: self.version,
            generated_at: &self.generated_at,
            generated_by: &self.generated_by,
            locale: &self.locale,
            profiles: &self.profiles,
        };
        let text = serde_json_canonicalizer::to_vec(&covered).unwrap_or_default();
        Sha256::digest(&text).iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// A follow-up is named after its step, in the record's language.
fn flows_title(flows: &[FlowRecord], flow: &str, step: &str) -> Option<String> {
    let f = flows.iter().find(|f| f.id == flow)?;
    f.steps.iter().find(|s| s.id == step).map(|s| s.title.clone())
}

impl StepRecord {
    /// Whether the person did anything with this step.
    pub fn touched(&self) -> bool {
        self.status != Status::Todo || self.note.is_some() || !self.evidence.is_empty() || !self.attachments.is_empty() || self.reply.is_some()
    }
}

/// SHA-256 (hex) of the record's canonical JSON without its `digest`, in
/// the canonical form of the record's own `version` (see `canonical`). The
/// typed record and the `Value` read back from its JSON give the same digest.
pub fn digest<T: Serialize + ?Sized>(record: &T) -> String {
    let Ok(value) = serde_json::to_value(record) else { return String::new() };
    let version = value.get("version").and_then(serde_json::Value::as_u64).unwrap_or(u64::from(VERSION));
    let text = super::canonical::to_vec(&value, "digest", version).unwrap_or_default();
    Sha256::digest(&text).iter().map(|b| format!("{b:02x}")).collect()
}
