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
    /// A file kept as evidence for a step (a screenshot, an email, a PDF).
    /// Attachments add up; none is ever replaced.
    Attach(AttachChange),
    /// What Meta answered to a step's request; the last one stands.
    Reply(ReplyChange),
}

impl Change {
    /// The profile this change belongs to.
    pub fn profile(&self) -> &str {
        match self {
            Change::Profile(p) => &p.profile,
            Change::Step(s) => &s.profile,
            Change::Attach(a) => &a.profile,
            Change::Reply(r) => &r.profile,
        }
    }

    pub fn set_profile(&mut self, id: &str) {
        let slot = match self {
            Change::Profile(p) => &mut p.profile,
            Change::Step(s) => &mut s.profile,
            Change::Attach(a) => &mut a.profile,
            Change::Reply(r) => &mut r.profile,
        };
        id.clone_into(slot);
    }

    /// The kind of change and the step it is about (none for a profile's own).
    pub fn subject(&self) -> Option<(&'static str, &str, &str)> {
        match self {
            Change::Profile(_) => None,
            Change::Step(s) => Some(("step", &s.flow, &s.step)),
            Change::Attach(a) => Some(("attach", &a.flow, &a.step)),
            Change::Reply(r) => Some(("reply", &r.flow, &r.step)),
        }
    }
}

/// A file attached to a step. The file itself is kept in the data folder
/// under its SHA-256; this is what the history says of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttachChange {
    pub profile: String,
    pub flow: String,
    pub step: String,
    /// The file's name where the person picked it (no folder).
    pub name: String,
    pub size: u64,
    /// Its media type, e.g. `image/png`, `message/rfc822`.
    pub media_type: String,
    /// SHA-256 of its content, lower-case hex.
    pub sha256: String,
}

/// How Meta answered a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Accepted,
    Refused,
    AskedForMore,
    NoAnswer,
}

impl Outcome {
    pub const ALL: [Outcome; 4] = [Outcome::Accepted, Outcome::Refused, Outcome::AskedForMore, Outcome::NoAnswer];

    pub fn id(self) -> &'static str {
        match self {
            Outcome::Accepted => "accepted",
            Outcome::Refused => "refused",
            Outcome::AskedForMore => "asked-for-more",
            Outcome::NoAnswer => "no-answer",
        }
    }
}

impl std::str::FromStr for Outcome {
    type Err = String;
    fn from_str(s: &str) -> Result<Outcome, String> {
        Outcome::ALL.into_iter().find(|o| o.id() == s.trim()).ok_or_else(|| {
            let ids: Vec<&str> = Outcome::ALL.iter().map(|o| o.id()).collect();
            format!("`{s}` is not an outcome; use one of: {}", ids.join(", "))
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReplyChange {
    pub profile: String,
    pub flow: String,
    pub step: String,
    pub outcome: Outcome,
    /// The day the answer came (YYYY-MM-DD); none for `no-answer`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received: Option<String>,
    /// The answer's text as the person pasted it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// An attachment as it stands, with when it was added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attached {
    #[serde(flatten)]
    pub file: AttachChange,
    pub at: String,
}

/// A reply as it stands, with when it was recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Replied {
    #[serde(flatten)]
    pub reply: ReplyChange,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileChange {
    /// Stable id (`p1`, `p2`, …); the name may change.
    pub profile: String,
    pub name: String,
    pub region: String,
    pub platforms: Vec<Platform>,
    /// The account concerned, as the person knows it on Meta (a username or
    /// the email they sign in with), so a record says whose data it is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
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
    pub attachments: BTreeMap<StepKey, Vec<Attached>>,
    pub replies: BTreeMap<StepKey, Replied>,
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
                    existing.account = p.account.clone();
                }
                None => self.profiles.push(Profile {
                    id: p.profile.clone(),
                    name: p.name.clone(),
                    region: p.region.clone(),
                    platforms: p.platforms.clone(),
                    account: p.account.clone(),
                    created: e.at.clone(),
                }),
            },
            Change::Step(s) => {
                self.history.push(s.clone());
                let key = (s.profile.clone(), s.flow.clone(), s.step.clone());
                self.steps.insert(key, StepState { change: s.clone(), changed: e.at.clone(), seq: e.seq });
            }
            Change::Attach(a) => {
                let key = (a.profile.clone(), a.flow.clone(), a.step.clone());
                let list = self.attachments.entry(key).or_default();
                // The same file twice on one step is one attachment.
                if !list.iter().any(|x| x.file.sha256 == a.sha256) {
                    list.push(Attached { file: a.clone(), at: e.at.clone() });
                }
            }
            Change::Reply(r) => {
                let key = (r.profile.clone(), r.flow.clone(), r.step.clone());
                self.replies.insert(key, Replied { reply: r.clone(), at: e.at.clone() });
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

    pub fn attachments(&self, profile: &str, flow: &str, step: &str) -> &[Attached] {
        self.attachments.get(&(profile.to_owned(), flow.to_owned(), step.to_owned())).map_or(&[], Vec::as_slice)
    }

    pub fn reply(&self, profile: &str, flow: &str, step: &str) -> Option<&Replied> {
        self.replies.get(&(profile.to_owned(), flow.to_owned(), step.to_owned()))
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
