//! The changes a person makes, checked against the loaded flows before they
//! are recorded: the same rules for the window and the command line.

use std::collections::BTreeMap;
use std::path::Path;

use super::evidence;
use super::model::{AttachChange, Attached, Change, Outcome, ProfileChange, ReplyChange, State, Status, StepChange};
use super::store::{update, Progress, ProgressError};
use crate::date::Date;
use crate::load::FlowSet;
use crate::model::{EvidenceKind, Platform, Step};
use crate::select::Query;
use crate::suggest::did_you_mean;

const MAX_NAME: usize = 80;
const MAX_TEXT: usize = 10_000;
/// A pasted answer from Meta; a longer one belongs in an attached email.
const MAX_REPLY: usize = 100_000;

fn invalid(msg: impl Into<String>) -> ProgressError {
    ProgressError::Invalid(msg.into())
}

/// Creates a profile: a name the person picks, their region and platforms,
/// and, if they give it, the account concerned (username or sign-in email).
pub fn add_profile(
    dir: &Path,
    set: &FlowSet,
    name: &str,
    region: &str,
    platforms: &[Platform],
    account: Option<&str>,
) -> Result<Progress, ProgressError> {
    let (name, region, platforms) = check_profile_fields(set, name, region, platforms)?;
    let account = check_account(account)?.flatten();
    update(dir, |state| {
        if let Some(existing) = state.profiles.iter().find(|p| p.name.eq_ignore_ascii_case(&name)) {
            return Err(invalid(format!("there is already a profile called \"{}\"", existing.name)));
        }
        Ok(vec![Change::Profile(ProfileChange { profile: state.next_profile_id(), name, region, platforms, account })])
    })
}

/// `None`: not given (kept as it is); `Some(None)`: cleared.
fn check_account(account: Option<&str>) -> Result<Option<Option<String>>, ProgressError> {
    let Some(a) = account.map(str::trim) else { return Ok(None) };
    if a.chars().count() > 254 || a.chars().any(char::is_control) {
        return Err(invalid("the account must be at most 254 characters on one line: the username or email used on Meta"));
    }
    Ok(Some(Some(a.to_owned()).filter(|a| !a.is_empty())))
}

fn check_profile_fields(
    set: &FlowSet,
    name: &str,
    region: &str,
    platforms: &[Platform],
) -> Result<(String, String, Vec<Platform>), ProgressError> {
    let name = name.trim().to_owned();
    if name.is_empty() || name.chars().count() > MAX_NAME || name.chars().any(char::is_control) {
        return Err(invalid(format!("a profile name must be 1 to {MAX_NAME} characters without line breaks")));
    }
    let region = set
        .catalog
        .region(region)
        .ok_or_else(|| invalid(format!("`{region}` is not a region this app knows; see `meta-optout regions`")))?
        .code
        .clone();
    if platforms.is_empty() {
        return Err(invalid("name at least one platform: facebook, instagram, whatsapp, messenger or threads"));
    }
    let mut platforms = platforms.to_vec();
    platforms.sort();
    platforms.dedup();
    Ok((name, region, platforms))
}

/// Changes a profile's name, region, platforms or account (`None` keeps it). Its marks stay; steps that
/// no longer apply show as from an earlier version.
pub fn update_profile(
    dir: &Path,
    set: &FlowSet,
    profile: &str,
    name: &str,
    region: &str,
    platforms: &[Platform],
    account: Option<&str>,
) -> Result<Progress, ProgressError> {
    let (name, region, platforms) = check_profile_fields(set, name, region, platforms)?;
    let account = check_account(account)?;
    update(dir, |state| {
        let id = pick_profile(state, Some(profile))?;
        if let Some(other) = state.profiles.iter().find(|p| p.id != id && p.name.eq_ignore_ascii_case(&name)) {
            return Err(invalid(format!("there is already a profile called \"{}\"", other.name)));
        }
        let now = state.profiles.iter().find(|p| p.id == id).expect("picked from the state");
        let account = account.unwrap_or_else(|| now.account.clone());
        if now.name == name && now.region == region && now.platforms == platforms && now.account == account {
            return Ok(vec![]);
        }
        Ok(vec![Change::Profile(ProfileChange { profile: id, name, region, platforms, account })])
    })
}

/// Takes back the last change to a step by recording the state it had
/// before (or "to do"). The history keeps both.
pub fn undo(dir: &Path, profile: &str, flow: &str, step: &str) -> Result<Progress, ProgressError> {
    let (flow, step) = (flow.to_owned(), step.to_owned());
    update(dir, |state| {
        let id = pick_profile(state, Some(profile))?;
        let current = state
            .step(&id, &flow, &step)
            .ok_or_else(|| invalid(format!("nothing to undo for {flow}/{step}")))?;
        // Replay the events up to the current one to find the state before it.
        let previous = state.history(&id, &flow, &step).into_iter().rev().find(|c| c != &&current.change);
        let restored = previous.cloned().unwrap_or_else(|| StepChange {
            status: Status::Todo,
            note: None,
            reason: None,
            until: None,
            evidence: BTreeMap::new(),
            follow_up_due: None,
            follow_up_extended_to: None,
            follow_up_reason: None,
            ..current.change.clone()
        });
        Ok(vec![Change::Step(restored)])
    })
}

/// Moves a step's follow-up to a later date, with why (Meta said within the
/// first month that it needs two more, or the person wants more time). The
/// first date stays in the record beside the new one.
pub fn extend_follow_up(
    dir: &Path,
    set: &FlowSet,
    profile: Option<&str>,
    flow: &str,
    step: &str,
    to: &str,
    reason: &str,
    today: Date,
) -> Result<Progress, ProgressError> {
    let (flow_def, step_def) = find_step(set, flow, step)?;
    let to_date = Date::parse(to).map_err(|e| invalid(format!("--extend-to `{to}` {e}")))?;
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(invalid("say why the date moves, e.g. --reason \"Meta wrote on 2 December that it needs two more months\""));
    }
    if reason.chars().count() > MAX_TEXT {
        return Err(invalid(format!("the reason is longer than {MAX_TEXT} characters")));
    }
    if to_date < today {
        return Err(invalid(format!("--extend-to {to} is in the past; give a date from {today} on")));
    }
    let (flow_id, step_id) = (flow_def.flow.id.clone(), step_def.id.clone());
    update(dir, |state| {
        let id = pick_profile(state, profile)?;
        let current = state
            .step(&id, &flow_id, &step_id)
            .filter(|s| s.change.status == Status::Done)
            .and_then(|s| s.change.follow_up_due.as_ref().map(|due| (s, due.clone())))
            .ok_or_else(|| invalid(format!("step `{flow_id}/{step_id}` has no date to move: it is not done, or sets no follow-up")))?;
        let (st, due) = current;
        if Date::parse(&due).is_ok_and(|d| to_date <= d) {
            return Err(invalid(format!("--extend-to {to} is not after the date it moves, {due}; an extension moves it later")));
        }
        let mut change = st.change.clone();
        change.follow_up_extended_to = Some(to_date.to_string());
        change.follow_up_reason = Some(reason.to_owned());
        Ok(vec![Change::Step(change)])
    })
}

/// A change to one step, as asked for.
#[derive(Debug, Clone, Default)]
pub struct Mark {
    /// Profile name or id; may be left out when there is only one profile.
    pub profile: Option<String>,
    pub flow: String,
    pub step: String,
    pub status: Option<Status>,
    /// `Some("")` clears the note; `None` keeps it.
    pub note: Option<String>,
    pub reason: Option<String>,
    pub until: Option<String>,
    /// Evidence values by id; an empty value removes one.
    pub evidence: BTreeMap<String, String>,
}

/// Which profile a request means.
fn pick_profile(state: &State, wanted: Option<&str>) -> Result<String, ProgressError> {
    match wanted {
        Some(w) => state.profile(w).map(|p| p.id.clone()).ok_or_else(|| {
            let names: Vec<&str> = state.profiles.iter().map(|p| p.name.as_str()).collect();
            invalid(format!("there is no profile \"{w}\"; profiles: {}", if names.is_empty() { "none yet".into() } else { names.join(", ") }))
        }),
        None => match state.profiles.as_slice() {
            [] => Err(invalid("there is no profile yet: create one with `meta-optout profile add NAME --region CODE --platforms LIST`")),
            [only] => Ok(only.id.clone()),
            many => Err(invalid(format!(
                "there are several profiles; say which with --profile ({})",
                many.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(", ")
            ))),
        },
    }
}

fn find_step<'s>(set: &'s FlowSet, flow: &str, step: &str) -> Result<(&'s crate::load::LoadedFlow, &'s Step), ProgressError> {
    let f = set.get(flow).ok_or_else(|| {
        let hint = did_you_mean(flow, set.flows.iter().map(|f| f.flow.id.as_str()));
        invalid(format!("there is no flow `{flow}`{hint}; see `meta-optout list`"))
    })?;
    let s = f.flow.step(step).ok_or_else(|| {
        let hint = did_you_mean(step, f.flow.steps.iter().map(|s| s.id.as_str()));
        invalid(format!("flow `{flow}` has no step `{step}`{hint}"))
    })?;
    Ok((f, s))
}

/// The profile a request means, when the step applies to it.
fn applicable(set: &FlowSet, state: &State, wanted: Option<&str>, flow: &crate::load::LoadedFlow, step: &Step) -> Result<String, ProgressError> {
    let profile_id = pick_profile(state, wanted)?;
    let profile = state.profiles.iter().find(|p| p.id == profile_id).expect("picked from the state");
    let region = set.catalog.region(&profile.region);
    let q = Query { region, platforms: profile.platforms.clone(), device: None };
    if q.steps(flow).is_some_and(|steps| steps.iter().any(|s| s.id == step.id)) {
        return Ok(profile_id);
    }
    Err(invalid(format!(
        "step `{}/{}` does not apply to profile \"{}\" ({}, {})",
        flow.flow.id,
        step.id,
        profile.name,
        profile.region,
        profile.platforms.iter().map(|p| p.id()).collect::<Vec<_>>().join(", ")
    )))
}

/// Attaches a file to a step: checks it, keeps a copy in the data folder
/// under its SHA-256, then records it in the history. A file refused by the
/// checks records nothing; a kept copy the history never names is harmless.
pub fn attach(dir: &Path, set: &FlowSet, profile: Option<&str>, flow: &str, step: &str, file: &Path) -> Result<(Progress, Attached), ProgressError> {
    let incoming = evidence::read(file)?;
    keep(dir, set, profile, flow, step, incoming)
}

/// Keeps a letter as the person sent it, as a text file attached to the step,
/// so the record and the bundle carry it.
pub fn keep_letter(dir: &Path, set: &FlowSet, profile: Option<&str>, flow: &str, step: &str, name: &str, text: &str) -> Result<(Progress, Attached), ProgressError> {
    let incoming = evidence::from_bytes(name.to_owned(), text.as_bytes().to_vec())
        .map_err(|why| invalid(format!("the letter was not kept: {why}. Nothing was recorded.")))?;
    keep(dir, set, profile, flow, step, incoming)
}

fn keep(dir: &Path, set: &FlowSet, profile: Option<&str>, flow: &str, step: &str, incoming: evidence::Incoming) -> Result<(Progress, Attached), ProgressError> {
    let (flow_def, step_def) = find_step(set, flow, step)?;
    // The step must apply before anything is copied.
    applicable(set, &Progress::open(dir)?.state, profile, flow_def, step_def)?;
    evidence::store(dir, &incoming)?;
    let progress = update(dir, |state| {
        let profile_id = applicable(set, state, profile, flow_def, step_def)?;
        let change = AttachChange {
            profile: profile_id,
            flow: flow_def.flow.id.clone(),
            step: step_def.id.clone(),
            name: incoming.name.clone(),
            size: incoming.bytes.len() as u64,
            media_type: incoming.media_type.to_owned(),
            sha256: incoming.sha256.clone(),
        };
        if state.attachments(&change.profile, &change.flow, &change.step).iter().any(|a| a.file.sha256 == change.sha256) {
            return Ok(vec![]);
        }
        Ok(vec![Change::Attach(change)])
    })?;
    let attached = progress
        .state
        .attachments
        .values()
        .flatten()
        .find(|a| a.file.sha256 == incoming.sha256 && a.file.flow == flow_def.flow.id && a.file.step == step_def.id)
        .cloned()
        .expect("just recorded");
    Ok((progress, attached))
}

/// What Meta answered, as asked to be recorded.
#[derive(Debug, Clone)]
pub struct Reply {
    pub profile: Option<String>,
    pub flow: String,
    pub step: String,
    pub outcome: Outcome,
    /// YYYY-MM-DD; today when left out (except for `no-answer`).
    pub received: Option<String>,
    pub text: Option<String>,
}

/// Records Meta's answer to a step's request. Only a step that waits for an
/// answer (one with a follow-up) takes one, and only once it is done.
pub fn reply(dir: &Path, set: &FlowSet, r: Reply, today: Date) -> Result<Progress, ProgressError> {
    let (flow_def, step_def) = find_step(set, &r.flow, &r.step)?;
    if step_def.follow_up.is_none() {
        return Err(invalid(format!("step `{}/{}` sends no request, so there is no answer to record", flow_def.flow.id, step_def.id)));
    }
    let received = match (&r.received, r.outcome) {
        (Some(d), _) => {
            let date = Date::parse(d).map_err(|e| invalid(format!("--received `{d}` {e}")))?;
            if date > today {
                return Err(invalid(format!("--received {d} is in the future; give the day the answer came")));
            }
            Some(date.to_string())
        }
        (None, Outcome::NoAnswer) => None,
        (None, _) => Some(today.to_string()),
    };
    let text = r.text.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned);
    if text.as_ref().is_some_and(|t| t.chars().count() > MAX_REPLY) {
        return Err(invalid(format!("the answer's text is longer than {MAX_REPLY} characters; attach the email as a file instead")));
    }
    update(dir, |state| {
        let profile_id = applicable(set, state, r.profile.as_deref(), flow_def, step_def)?;
        let done = state.step(&profile_id, &flow_def.flow.id, &step_def.id).is_some_and(|s| s.change.status == Status::Done);
        if !done {
            return Err(invalid(format!(
                "step `{}/{}` is not done yet: mark it done when the request is sent, then record the answer",
                flow_def.flow.id, step_def.id
            )));
        }
        let change = ReplyChange { profile: profile_id, flow: flow_def.flow.id.clone(), step: step_def.id.clone(), outcome: r.outcome, received, text };
        if state.reply(&change.profile, &change.flow, &change.step).is_some_and(|x| x.reply == change) {
            return Ok(vec![]);
        }
        Ok(vec![Change::Reply(change)])
    })
}

/// Records a change to a step. The result is durable when this returns.
pub fn mark(dir: &Path, set: &FlowSet, m: Mark) -> Result<Progress, ProgressError> {
    let (flow, step) = find_step(set, &m.flow, &m.step)?;
    for (text, what) in [(&m.note, "note"), (&m.reason, "reason")] {
        if text.as_ref().is_some_and(|t| t.chars().count() > MAX_TEXT) {
            return Err(invalid(format!("the {what} is longer than {MAX_TEXT} characters")));
        }
    }
    for (id, value) in &m.evidence {
        let field = step.evidence.iter().find(|e| &e.id == id).ok_or_else(|| {
            let ids: Vec<&str> = step.evidence.iter().map(|e| e.id.as_str()).collect();
            invalid(format!(
                "step `{}/{}` records no evidence `{id}`; it records: {}",
                flow.flow.id,
                step.id,
                if ids.is_empty() { "nothing".into() } else { ids.join(", ") }
            ))
        })?;
        if field.kind == EvidenceKind::Date && !value.is_empty() {
            Date::parse(value).map_err(|e| invalid(format!("{}: `{value}` {e}", field.label)))?;
        }
        if value.chars().count() > MAX_TEXT {
            return Err(invalid(format!("{}: longer than {MAX_TEXT} characters", field.label)));
        }
    }
    if let Some(until) = &m.until {
        Date::parse(until).map_err(|e| invalid(format!("--until `{until}` {e}")))?;
    }
    update(dir, |state| {
        let profile_id = applicable(set, state, m.profile.as_deref(), flow, step)?;
        let before = state.step(&profile_id, &flow.flow.id, &step.id).map(|s| &s.change);
        let status = m.status.or(before.map(|b| b.status)).unwrap_or(Status::Todo);
        let mut evidence = before.map(|b| b.evidence.clone()).unwrap_or_default();
        for (k, v) in &m.evidence {
            if v.is_empty() {
                evidence.remove(k);
            } else {
                evidence.insert(k.clone(), v.clone());
            }
        }
        let note = match &m.note {
            Some(n) if n.trim().is_empty() => None,
            Some(n) => Some(n.clone()),
            None => before.and_then(|b| b.note.clone()),
        };
        let reason = match status {
            Status::Skipped => {
                let r = m.reason.clone().or_else(|| before.filter(|b| b.status == Status::Skipped).and_then(|b| b.reason.clone()));
                Some(r.filter(|r| !r.trim().is_empty()).ok_or_else(|| {
                    invalid("say why the step is skipped, e.g. --reason \"not applicable: no Instagram account\"")
                })?)
            }
            _ => None,
        };
        let until = match status {
            Status::Waiting => Some(
                m.until
                    .clone()
                    .or_else(|| before.filter(|b| b.status == Status::Waiting).and_then(|b| b.until.clone()))
                    .ok_or_else(|| invalid("say until when with --until YYYY-MM-DD"))?,
            ),
            _ => None,
        };
        // A reply is owed from the day the request was sent: the step's first
        // date field (e.g. "submitted on") when filled in, else the day the
        // step was first marked done.
        let sent_on = step
            .evidence
            .iter()
            .find(|e| e.kind == crate::model::EvidenceKind::Date)
            .and_then(|e| evidence.get(&e.id))
            .and_then(|d| Date::parse(d).ok());
        let follow_up_due = match (status, &step.follow_up) {
            (Status::Done, Some(f)) => {
                let due = |from: Date| from.add_months(f.after.months).add_days(i64::from(f.after.days)).to_string();
                sent_on.map(due).or_else(|| before.filter(|b| b.status == Status::Done).and_then(|b| b.follow_up_due.clone())).or_else(|| Some(due(Date::today())))
            }
            _ => None,
        };
        // An extension stands while the step stays done with the same date.
        let extended = before.filter(|b| follow_up_due.is_some() && b.follow_up_due == follow_up_due);
        let change = StepChange {
            profile: profile_id.clone(),
            flow: flow.flow.id.clone(),
            step: step.id.clone(),
            status,
            note,
            reason,
            until,
            evidence,
            flow_verified: Some(flow.flow.last_verified.clone()),
            follow_up_extended_to: extended.and_then(|b| b.follow_up_extended_to.clone()),
            follow_up_reason: extended.and_then(|b| b.follow_up_reason.clone()),
            follow_up_due,
        };
        // Recording the same state again would only clutter the history,
        // unless Meta changed the step since it was recorded: marking it
        // again then says the person did it on the new menus.
        let redone = state.step(&profile_id, &flow.flow.id, &step.id).is_some_and(|st| {
            set.changes.iter().any(|c| c.flow == flow.flow.id && c.step == step.id && (c.redo || c.check) && st.changed.get(..10).is_some_and(|d| d < c.date.as_str()))
        });
        if before == Some(&change) && !redone {
            return Ok(vec![]);
        }
        Ok(vec![Change::Step(change)])
    })
}
