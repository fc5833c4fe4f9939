//! What progress is: an append-only list of events. The current state of
//! every profile and step is a fold over them, so the history is the record
//! and can never disagree with it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::Platform;

/// Where a person stands on one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Todo,
    Done,
    /// Not done on purpose; `reason` says why (e.g. not applicable).
    Skipped,
    /// Waiting for something, `until` a date (e.g. Meta's reply).
    Waiting,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::Todo => "todo",
            Status::Done => "done",
            Status::Skipped => "skipped",
            Status::Waiting => "waiting",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        [Status::Todo, Status::Done, Status::Skipped, Status::Waiting].into_iter().find(|x| x.id() == s.trim())
    }
}

/// One recorded change, with when it happened and its place in the order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// 1, 2, 3, … in the order the changes were made.
    pub seq: u64,
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    pub at: String,
    pub change: Change,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Change {
    /// A profile was created, or its name, region or platforms changed.
    Profile(ProfileChange),
    /// A step's state: every event is a full snapshot, so the last one wins.
    Step(StepChange),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileChange {
    /// Stable id (`p1`, `p2`, …); the name may change.
    pub profile: String,
    pub name: String,
    pub region: String,
    pub platforms: Vec<Platform>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepChange {
    pub profile: String,
    pub flow: String,
    pub step: String,
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Why a step was skipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Until when a step waits (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    /// Values of the step's evidence fields, by evidence id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub evidence: BTreeMap<String, String>,
    /// The `last_verified` of the flow as the person followed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_verified: Option<String>,
    /// When the step's follow-up falls due (YYYY-MM-DD), set when it is done:
    /// the date the law or the guide sets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up_due: Option<String>,
    /// A later date the person moved the follow-up to (Meta said it needs
    /// longer, as the law allows), with why; `follow_up_due` keeps the first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up_extended_to: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up_reason: Option<String>,
}

/// A profile as it stands now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub id: String,
    pub name: String,
    pub region: String,
    pub platforms: Vec<Platform>,
    /// When the profile was created.
    pub created: String,
}

/// A step's state as it stands now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepState {
    #[serde(flatten)]
    pub change: StepChange,
    /// When it last changed.
    pub changed: String,
    pub seq: u64,
}

/// Which step of which flow, for which profile.
pub type StepKey = (String, String, String);

/// Everything as it stands after all events.
#[derive(Debug, Clone, Default)]
pub struct State {
    pub profiles: Vec<Profile>,
    pub steps: BTreeMap<StepKey, StepState>,
    pub last_seq: u64,
    /// Every step change in order, for undo.
    history: Vec<StepChange>,
}

impl State {
    pub fn fold(events: &[Event]) -> State {
        let mut state = State::default();
        for e in events {
            state.apply(e);
        }
        state
    }

    pub fn apply(&mut self, e: &Event) {
        self.last_seq = self.last_seq.max(e.seq);
        match &e.change {
            Change::Profile(p) => match self.profiles.iter_mut().find(|x| x.id == p.profile) {
                Some(existing) => {
                    existing.name = p.name.clone();
                    existing.region = p.region.clone();
                    existing.platforms = p.platforms.clone();
                }
                None => self.profiles.push(Profile {
                    id: p.profile.clone(),
                    name: p.name.clone(),
                    region: p.region.clone(),
                    platforms: p.platforms.clone(),
                    created: e.at.clone(),
                }),
            },
            Change::Step(s) => {
                self.history.push(s.clone());
                let key = (s.profile.clone(), s.flow.clone(), s.step.clone());
                self.steps.insert(key, StepState { change: s.clone(), changed: e.at.clone(), seq: e.seq });
            }
        }
    }

    /// A profile by name (ignoring case) or id.
    pub fn profile(&self, name_or_id: &str) -> Option<&Profile> {
        let wanted = name_or_id.trim();
        self.profiles.iter().find(|p| p.id == wanted || p.name.eq_ignore_ascii_case(wanted))
    }

    /// Every recorded state of one step, oldest first.
    pub fn history(&self, profile: &str, flow: &str, step: &str) -> Vec<&StepChange> {
        self.history.iter().filter(|c| c.profile == profile && c.flow == flow && c.step == step).collect()
    }

    pub fn step(&self, profile: &str, flow: &str, step: &str) -> Option<&StepState> {
        self.steps.get(&(profile.to_owned(), flow.to_owned(), step.to_owned()))
    }

    /// The steps of one profile, in flow and step id order.
    pub fn steps_of<'a>(&'a self, profile: &'a str) -> impl Iterator<Item = &'a StepState> + 'a {
        self.steps.iter().filter(move |(k, _)| k.0 == profile).map(|(_, v)| v)
    }

    /// The id the next profile gets.
    pub fn next_profile_id(&self) -> String {
        let n = self.profiles.iter().filter_map(|p| p.id.strip_prefix('p')?.parse::<u64>().ok()).max().unwrap_or(0);
        format!("p{}", n + 1)
    }
}
