//! The record a person exports: everything they did, when, with what
//! evidence, following which instructions, and a digest that lets anyone
//! check a copy against the JSON export.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::catalog::Authority;
use crate::date::Date;
use crate::load::FlowSet;
use crate::model::Source;
use crate::progress::{report, Change, Counts, Event, FollowUpReport, Profile, Progress, StepState, Status};

pub const FORMAT: &str = "meta-optout-record";
pub const VERSION: u32 = 1;

/// The whole export. The JSON form of this is lossless: `history` holds every
/// event of each exported profile, which is what an import replays.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Record<'a> {
    pub format: String,
    pub version: u32,
    pub generated_at: String,
    pub generated_by: String,
    pub profiles: Vec<ProfileRecord<'a>>,
    /// SHA-256 of the canonical JSON of everything else (see [`digest`]).
    pub digest: String,
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
    /// The `last_verified` of the flow when the step was recorded: which
    /// version of the instructions the person followed.
    pub followed_version: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EvidenceRecord {
    pub id: String,
    pub label: String,
    pub value: String,
}

/// Builds the record of `profiles` (all when empty), as of `today`, stamped `generated_at`.
pub fn build<'a>(set: &FlowSet, progress: &'a Progress, profiles: &[&Profile], today: Date, generated_at: &str) -> Record<'a> {
    let profiles = profiles
        .iter()
        .map(|profile| {
            let r = report(set, progress, profile, today);
            let region = set.catalog.region(&profile.region);
            let framework = region.and_then(|r| set.catalog.framework_of(r));
            let authority: Option<&Authority> = region.and_then(|r| r.authority.as_deref()).and_then(|a| set.catalog.authority(a));
            let flows = r
                .flows
                .iter()
                .map(|f| {
                    let flow = &set.get(&f.id).expect("reported flows are loaded").flow;
                    FlowRecord {
                        id: f.id.clone(),
                        title: f.title.clone(),
                        last_verified: f.last_verified.clone(),
                        // Only the pages behind the steps this person has,
                        // not every source of the guide (a Polish record
                        // cites no Californian regulation).
                        sources: flow
                            .sources
                            .iter()
                            .filter(|src| {
                                f.steps.iter().any(|s| flow.step(&s.id).is_some_and(|st| st.sources.contains(&src.id)))
                            })
                            .cloned()
                            .collect(),
                        steps: f
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
                                StepRecord {
                                    id: s.id.clone(),
                                    title: s.title.clone(),
                                    status: s.status,
                                    changed: s.changed.clone(),
                                    note: rec.and_then(|c| c.note.clone()),
                                    reason: rec.and_then(|c| c.reason.clone()),
                                    until: rec.and_then(|c| c.until.clone()),
                                    evidence,
                                    follow_up_due: rec.and_then(|c| c.follow_up_due.clone()),
                                    followed_version: rec.and_then(|c| c.flow_verified.clone()),
                                }
                            })
                            .collect(),
                    }
                })
                .collect();
            let history = progress
                .events
                .iter()
                .filter(|e| match &e.change {
                    Change::Profile(p) => p.profile == profile.id,
                    Change::Step(s) => s.profile == profile.id,
                })
                .map(Cow::Borrowed)
                .collect();
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
                follow_ups: r.follow_ups,
                flows,
                earlier: r.earlier,
                history,
            }
        })
        .collect();
    let mut record = Record {
        format: FORMAT.to_owned(),
        version: VERSION,
        generated_at: generated_at.to_owned(),
        generated_by: format!("meta-optout {}", env!("CARGO_PKG_VERSION")),
        profiles,
        digest: String::new(),
    };
    record.digest = digest(&record);
    record
}

/// SHA-256 (hex) of the record's canonical JSON without its `digest`:
/// object keys sorted, no spaces, so the same content always hashes the same
/// whatever wrote the file. The typed record and the `Value` read back from
/// its JSON give the same digest.
pub fn digest<T: Serialize + ?Sized>(record: &T) -> String {
    let text = super::canonical::to_vec(record, Some("digest")).unwrap_or_default();
    Sha256::digest(&text).iter().map(|b| format!("{b:02x}")).collect()
}
