//! "Meta changed this since you did it": a pack's change log names, per
//! step, what changed in Meta's apps and on what day, and whether a person
//! who did the step before then must do it again or should check it. The
//! steps concerned are worked out from the progress whenever it is shown,
//! so marking a step again clears its note, and the history keeps both.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::load::FlowSet;
use crate::progress::{Profile, Progress, Status};

/// The change log's file in a flows folder.
pub const CHANGES_FILE: &str = "changes.json";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideChange {
    pub flow: String,
    pub step: String,
    /// The day Meta changed it (YYYY-MM-DD).
    pub date: String,
    /// What changed, in a sentence a person reads.
    pub what: String,
    /// A step done before `date` must be done again.
    #[serde(default)]
    pub redo: bool,
    /// A step done before `date` should be checked.
    #[serde(default)]
    pub check: bool,
}

/// Reads a change log and checks each entry's date.
pub fn read_changes(text: &str) -> Result<Vec<GuideChange>, String> {
    let changes: Vec<GuideChange> = serde_json::from_str(text).map_err(|e| format!("not a change log ({e})"))?;
    for (i, c) in changes.iter().enumerate() {
        Date::parse(&c.date).map_err(|e| format!("entry {}: date `{}` {e}", i + 1, c.date))?;
        if c.what.trim().is_empty() {
            return Err(format!("entry {}: say what changed in `what`", i + 1));
        }
    }
    Ok(changes)
}

/// The problems of a change log against the flows it goes with.
pub fn check_changes(text: &str, set: &FlowSet) -> Vec<String> {
    let changes = match read_changes(text) {
        Ok(c) => c,
        Err(e) => return vec![e],
    };
    changes
        .iter()
        .enumerate()
        .filter_map(|(i, c)| match set.get(&c.flow) {
            None => Some(format!("entry {}: there is no flow `{}`", i + 1, c.flow)),
            Some(f) if f.flow.step(&c.step).is_none() => Some(format!("entry {}: flow `{}` has no step `{}`", i + 1, c.flow, c.step)),
            _ => None,
        })
        .collect()
}

/// A step the person did before Meta changed it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Affected {
    pub flow: String,
    pub step: String,
    pub title: String,
    /// When the person did it (UTC timestamp).
    pub done_at: String,
    pub changed_on: String,
    pub what: String,
    pub redo: bool,
    pub check: bool,
}

/// The steps of `profile` done before a change in `changes` says Meta
/// changed them.
pub fn affected(set: &FlowSet, changes: &[GuideChange], progress: &Progress, profile: &Profile) -> Vec<Affected> {
    let mut out: Vec<Affected> = Vec::new();
    for c in changes.iter().filter(|c| c.redo || c.check) {
        let Some(st) = progress.state.step(&profile.id, &c.flow, &c.step) else { continue };
        if st.change.status != Status::Done || st.changed.get(..10).is_none_or(|day| day >= c.date.as_str()) {
            continue;
        }
        // The latest change of a step is the one that counts.
        if let Some(prev) = out.iter_mut().find(|a| a.flow == c.flow && a.step == c.step) {
            if prev.changed_on < c.date {
                *prev = entry(set, c, &st.changed);
            }
            continue;
        }
        out.push(entry(set, c, &st.changed));
    }
    out
}

fn entry(set: &FlowSet, c: &GuideChange, done_at: &str) -> Affected {
    let title = set.get(&c.flow).and_then(|f| f.flow.step(&c.step)).map_or_else(|| c.step.clone(), |s| s.title.clone());
    Affected {
        flow: c.flow.clone(),
        step: c.step.clone(),
        title,
        done_at: done_at.to_owned(),
        changed_on: c.date.clone(),
        what: c.what.clone(),
        redo: c.redo,
        check: c.check,
    }
}
