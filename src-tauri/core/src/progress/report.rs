//! Where a profile stands: every applicable flow and step with its state,
//! what falls due, and marks on steps that no longer exist (kept and shown
//! as from an earlier version of a flow, never dropped).

use serde::Serialize;

use super::evidence::{self, FileState};
use super::model::{Attached, Outcome, Profile, Replied, Status, StepChange, StepState};
use super::store::Progress;
use crate::date::Date;
use crate::load::FlowSet;
use crate::model::{FollowUpKind, Platform};
use crate::select::Query;

#[derive(Debug, Clone, Serialize)]
pub struct ProfileReport {
    pub profile: Profile,
    pub framework: String,
    pub flows: Vec<FlowReport>,
    /// Marks on steps that are no longer in the flows as loaded, or no
    /// longer apply to this profile.
    pub earlier: Vec<StepState>,
    pub follow_ups: Vec<FollowUpReport>,
    pub summary: Counts,
    /// Steps done (or skipped) of those that apply, per platform of the profile.
    pub platforms: Vec<PlatformCount>,
    /// Steps done before Meta changed them, per the guides' change log.
    pub changed_since: Vec<crate::guides::Affected>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlatformCount {
    pub platform: Platform,
    pub done: usize,
    pub total: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct FlowReport {
    pub id: String,
    pub title: String,
    pub last_verified: String,
    pub steps: Vec<StepReport>,
    pub done: usize,
    pub total: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct StepReport {
    pub id: String,
    pub title: String,
    pub status: Status,
    /// When it last changed; absent for steps never touched.
    pub changed: Option<String>,
    #[serde(flatten)]
    pub record: Option<StepChange>,
    /// Files attached to the step, each with a quick check of its kept copy
    /// (present, same size); the record checks every digest.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<AttachmentState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply: Option<Replied>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AttachmentState {
    #[serde(flatten)]
    pub attached: Attached,
    pub state: FileState,
}

/// A deadline that came from a finished step, or a waiting step's date.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct FollowUpReport {
    pub flow: String,
    pub step: String,
    pub title: String,
    pub kind: Option<FollowUpKind>,
    /// The date it falls due: the extended one when it was moved.
    pub due: String,
    /// When it was moved: the date first set, and why it moved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_due: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Negative once overdue.
    pub days_left: i64,
    pub next_flow: Option<String>,
    /// What Meta answered, when the person recorded it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received: Option<String>,
    /// What the overview offers next, from the answer and the date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
}

/// The next thing to do about a follow-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    /// Refused, or no answer by the deadline: take it to the authority (the
    /// follow-up's `next_flow`).
    Escalate,
    /// Meta asked for more: go back to the step and answer.
    Answer,
}

#[derive(Debug, Clone, Default, Serialize, serde::Deserialize)]
pub struct Counts {
    pub todo: usize,
    pub done: usize,
    pub skipped: usize,
    pub waiting: usize,
    pub overdue: usize,
}

fn quick_check(progress: &Progress, file: &super::model::AttachChange) -> FileState {
    let Some(dir) = progress.path.parent() else { return FileState::Missing };
    match std::fs::metadata(evidence::stored_path(dir, &file.sha256)) {
        Ok(m) if m.len() == file.size => FileState::Kept,
        Ok(_) => FileState::Altered,
        Err(_) => FileState::Missing,
    }
}

pub fn report(set: &FlowSet, progress: &Progress, profile: &Profile, today: Date) -> ProfileReport {
    let region = set.catalog.region(&profile.region);
    let q = Query { region, platforms: profile.platforms.clone(), device: None };
    let mut counts = Counts::default();
    let mut follow_ups = Vec::new();
    let mut shown = Vec::new();
    let mut flows = Vec::new();
    for f in &set.flows {
        let Some(steps) = q.steps(f) else { continue };
        let mut reports = Vec::new();
        for s in steps {
            let state = progress.state.step(&profile.id, &f.flow.id, &s.id);
            shown.push((f.flow.id.as_str(), s.id.as_str()));
            let status = state.map_or(Status::Todo, |st| st.change.status);
            match status {
                Status::Todo => counts.todo += 1,
                Status::Done => counts.done += 1,
                Status::Skipped => counts.skipped += 1,
                Status::Waiting => counts.waiting += 1,
            }
            if let Some(st) = state {
                // The date the person moved it to, when they did; the first
                // one is reported beside it.
                let due = st.change.follow_up_extended_to.as_ref().or(st.change.follow_up_due.as_ref()).map(|d| (d, s.follow_up.as_ref()));
                let waiting = st.change.until.as_ref().filter(|_| status == Status::Waiting).map(|d| (d, None));
                let reply = progress.state.reply(&profile.id, &f.flow.id, &s.id).map(|r| &r.reply);
                // An accepted request needs nothing more: it leaves the list.
                let closed = reply.is_some_and(|r| r.outcome == Outcome::Accepted);
                if let Some((date, fu)) = due.or(waiting).filter(|_| !closed) {
                    if let Ok(d) = Date::parse(date) {
                        let days_left = today.days_until(d);
                        let outcome = reply.map(|r| r.outcome);
                        if days_left < 0 && outcome.is_none() {
                            counts.overdue += 1;
                        }
                        let next_flow = fu.and_then(|f| f.next_flow.clone());
                        let action = match outcome {
                            Some(Outcome::AskedForMore) => Some(Action::Answer),
                            Some(Outcome::Refused | Outcome::NoAnswer) => next_flow.as_ref().map(|_| Action::Escalate),
                            None if days_left < 0 => next_flow.as_ref().map(|_| Action::Escalate),
                            _ => None,
                        };
                        follow_ups.push(FollowUpReport {
                            flow: f.flow.id.clone(),
                            step: s.id.clone(),
                            title: fu.map_or_else(|| s.title.clone(), |f| f.title.clone()),
                            kind: fu.map(|f| f.kind),
                            due: date.clone(),
                            first_due: st.change.follow_up_extended_to.as_ref().and(st.change.follow_up_due.clone()),
                            reason: st.change.follow_up_extended_to.as_ref().and(st.change.follow_up_reason.clone()),
                            days_left,
                            next_flow,
                            outcome,
                            received: reply.and_then(|r| r.received.clone()),
                            action,
                        });
                    }
                }
            }
            reports.push(StepReport {
                id: s.id.clone(),
                title: s.title.clone(),
                status,
                changed: state.map(|st| st.changed.clone()),
                record: state.map(|st| st.change.clone()),
                attachments: progress
                    .state
                    .attachments(&profile.id, &f.flow.id, &s.id)
                    .iter()
                    .map(|a| AttachmentState { attached: a.clone(), state: quick_check(progress, &a.file) })
                    .collect(),
                reply: progress.state.reply(&profile.id, &f.flow.id, &s.id).cloned(),
            });
        }
        let done = reports.iter().filter(|r| matches!(r.status, Status::Done | Status::Skipped)).count();
        flows.push(FlowReport {
            id: f.flow.id.clone(),
            title: f.flow.title.clone(),
            last_verified: f.flow.last_verified.clone(),
            total: reports.len(),
            done,
            steps: reports,
        });
    }
    let earlier = progress
        .state
        .steps_of(&profile.id)
        .filter(|st| !shown.contains(&(st.change.flow.as_str(), st.change.step.as_str())))
        .cloned()
        .collect();
    follow_ups.sort_by_key(|f| f.days_left);
    let platforms = profile
        .platforms
        .iter()
        .map(|&platform| {
            let q = Query { region, platforms: vec![platform], device: None };
            let (mut done, mut total) = (0, 0);
            for f in &set.flows {
                for s in q.steps(f).unwrap_or_default() {
                    total += 1;
                    let status = progress.state.step(&profile.id, &f.flow.id, &s.id).map(|st| st.change.status);
                    done += usize::from(matches!(status, Some(Status::Done | Status::Skipped)));
                }
            }
            PlatformCount { platform, done, total }
        })
        .collect();
    ProfileReport {
        changed_since: crate::guides::affected(set, &set.changes, progress, profile),
        platforms,
        profile: profile.clone(),
        framework: region.map_or_else(|| crate::model::NO_FRAMEWORK.to_owned(), |r| r.framework.clone()),
        flows,
        earlier,
        follow_ups,
        summary: counts,
    }
}
