//! The record's follow-ups as a calendar (RFC 5545): one all-day event per
//! date to keep, with what to do then and a reminder the day before, so the
//! dates reach the person's calendar even when the app stays closed.
//!
//! Each event's UID is made of the profile, flow and step, so importing a
//! newer export updates the same events instead of adding copies, and a
//! follow-up that no longer stands (its step undone) is sent as cancelled.
//! An all-day event ends the day after it starts, as RFC 5545 counts.

use std::collections::BTreeMap;

use chrono::{NaiveDate, TimeZone, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, EventStatus, Trigger};

use super::record::{ProfileRecord, Record};
use crate::model::FollowUpKind;
use crate::progress::Change;

fn day(iso: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d").ok()
}

fn uid(profile: &str, flow: &str, step: &str) -> String {
    format!("{profile}.{flow}.{step}@meta-optout")
}

/// What to do on the day, in plain words.
fn what_to_do(kind: Option<FollowUpKind>) -> &'static str {
    match kind {
        Some(FollowUpKind::ReplyDue) => {
            "Meta's answer is due. If it has not answered, or refused, escalate: open meta-optout and follow the guide to complain to your data protection authority."
        }
        Some(FollowUpKind::GraceEnds) => {
            "The grace period of the deletion ends. Do not log in to the account before this date: logging in cancels the deletion."
        }
        _ => "Check whether Meta has answered, and open meta-optout for what to do next.",
    }
}

fn events_of(p: &ProfileRecord<'_>, stamp: chrono::DateTime<Utc>, out: &mut Vec<Event>) {
    let who = format!("Profile: {} ({}).", p.profile.name, p.region_name);
    let mut open = std::collections::HashSet::new();
    for f in &p.follow_ups {
        let Some(date) = day(&f.due) else { continue };
        open.insert((f.flow.clone(), f.step.clone()));
        let moved = match (&f.first_due, &f.reason) {
            (Some(first), Some(why)) => format!(" The date first set was {first}; it was moved: {why}."),
            _ => String::new(),
        };
        let mut alarm = Alarm::display(&format!("Tomorrow: {}", f.title), Trigger::before_start(chrono::Duration::days(1)));
        out.push(
            Event::new()
                .uid(&uid(&p.profile.id, &f.flow, &f.step))
                .timestamp(stamp)
                .summary(&format!("{} ({})", f.title, p.profile.name))
                .description(&format!("{}{moved} {} Guide: {}, step: {}.", what_to_do(f.kind), who, f.flow, f.step))
                .starts(date)
                .ends(date.succ_opt().unwrap_or(date))
                .status(EventStatus::Confirmed)
                .alarm(alarm.done())
                .done(),
        );
    }
    // Follow-ups the history once set that no longer stand: cancelled, under
    // the same UID, so a calendar that imported them drops them.
    let mut last_due: BTreeMap<(String, String), String> = BTreeMap::new();
    for e in &p.history {
        if let Change::Step(s) = &e.change {
            if let Some(due) = &s.follow_up_due {
                last_due.insert((s.flow.clone(), s.step.clone()), due.clone());
            }
        }
    }
    for ((flow, step), due) in last_due {
        if open.contains(&(flow.clone(), step.clone())) {
            continue;
        }
        let Some(date) = day(&due) else { continue };
        out.push(
            Event::new()
                .uid(&uid(&p.profile.id, &flow, &step))
                .timestamp(stamp)
                .summary(&format!("Cancelled: {flow}/{step} ({})", p.profile.name))
                .description(&format!("This date no longer stands: the step was undone or changed. {who}"))
                .starts(date)
                .ends(date.succ_opt().unwrap_or(date))
                .status(EventStatus::Cancelled)
                .done(),
        );
    }
}

/// The calendar of `record`'s follow-ups, stamped with its generation time.
pub fn ics(record: &Record<'_>) -> String {
    let stamp = chrono::DateTime::parse_from_rfc3339(&record.generated_at)
        .map(|d| d.with_timezone(&Utc))
        .unwrap_or_else(|_| Utc.timestamp_opt(0, 0).single().unwrap_or_default());
    let mut events = Vec::new();
    for p in &record.profiles {
        events_of(p, stamp, &mut events);
    }
    let mut calendar = Calendar::new();
    calendar.name("meta-optout: dates to keep");
    for e in events {
        calendar.push(e);
    }
    without_alarm_ids(&calendar.done().to_string())
}

/// RFC 5545 gives an alarm no UID or DTSTAMP of its own; the writer adds a
/// random UID and the time of writing to each, which would make every export
/// differ from the last. They are left out.
fn without_alarm_ids(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_alarm = false;
    let mut skipping = false;
    for line in text.split_inclusive("\r\n") {
        if line.starts_with(' ') {
            // A folded continuation belongs to the line before it.
            if !skipping {
                out.push_str(line);
            }
            continue;
        }
        skipping = false;
        if line.starts_with("BEGIN:VALARM") {
            in_alarm = true;
        } else if line.starts_with("END:VALARM") {
            in_alarm = false;
        } else if in_alarm && (line.starts_with("UID:") || line.starts_with("DTSTAMP:")) {
            skipping = true;
            continue;
        }
        out.push_str(line);
    }
    out
}
