//! A guide as plain text, for `meta-optout show`: everything the window
//! shows a person on one step after another, so that a guide can be followed
//! in a terminal and read by anyone checking what the window would say.

use std::fmt::Write;

use crate::i18n::MenuLabelStatus;
use crate::model::{Confidence, FollowUpKind, Period};
use crate::select::FlowView;

fn confidence(c: Confidence) -> &'static str {
    match c {
        Confidence::High => "high",
        Confidence::Medium => "medium",
        Confidence::Low => "low",
        Confidence::Unverified => "unverified",
    }
}

fn period(p: Period) -> String {
    let plural = |n: u32, one: &str| format!("{n} {one}{}", if n == 1 { "" } else { "s" });
    match (p.months, p.days) {
        (0, d) => plural(d, "day"),
        (m, 0) => plural(m, "month"),
        (m, d) => format!("{} and {}", plural(m, "month"), plural(d, "day")),
    }
}

/// The guide as it reads for the query it was made for.
pub fn text(v: &FlowView, who: &str) -> String {
    let mut o = String::new();
    let s = &v.summary;
    let _ = writeln!(o, "{}", s.title);
    let _ = writeln!(o, "For {who}. Checked {}, confidence {}{}.", s.last_verified, confidence(s.confidence), if s.stale { "; may be out of date" } else { "" });
    let _ = writeln!(o, "\n{}", s.summary);
    if !v.caveats.is_empty() {
        let _ = writeln!(o, "\nGood to know:");
        for c in &v.caveats {
            let _ = writeln!(o, "  - {}", c.text);
        }
    }
    for (n, step) in v.step_details.iter().enumerate() {
        let _ = writeln!(o, "\n{}. {}  [{} confidence]", n + 1, step.title, confidence(step.confidence));
        if let Some(body) = &step.body {
            let _ = writeln!(o, "   {body}");
        }
        if !step.menu_path.is_empty() {
            let labels: Vec<String> = step
                .menu_path
                .iter()
                .map(|l| match l.status {
                    MenuLabelStatus::Unconfirmed => format!("{} ({}, unconfirmed)", l.label, l.english),
                    _ => l.label.clone(),
                })
                .collect();
            let _ = writeln!(o, "   Where: {}", labels.join(" > "));
        }
        for (i, line) in step.instructions.iter().enumerate() {
            let _ = writeln!(o, "   {}. {line}", i + 1);
        }
        if let Some(a) = &step.authority {
            let _ = writeln!(o, "   Authority: {}", a.name);
        }
        if let Some(l) = &step.link {
            let label = l.label.as_deref().unwrap_or("Open in browser");
            let _ = writeln!(o, "   Link: {label}: {} ({} confidence)", l.url, confidence(l.confidence));
        }
        for c in &step.caveats {
            let _ = writeln!(o, "   Note: {}", c.text);
        }
        if !step.evidence.is_empty() {
            let kept: Vec<&str> = step.evidence.iter().map(|e| e.label.as_str()).collect();
            let _ = writeln!(o, "   Keep: {}", kept.join("; "));
        }
        if let Some(f) = &step.follow_up {
            let what = match f.kind {
                FollowUpKind::ReplyDue => "reply due",
                FollowUpKind::GraceEnds => "grace period ends",
                FollowUpKind::Reminder => "reminder",
            };
            let _ = writeln!(o, "   Then: {} ({what} {} after this step)", f.title, period(f.after));
        }
        let cited: Vec<String> = step
            .sources
            .iter()
            .filter_map(|id| v.sources.iter().find(|s| &s.id == id))
            .map(|s| format!("{} ({}) {}", s.title, s.date.as_deref().unwrap_or("undated"), s.url))
            .collect();
        if !cited.is_empty() {
            let _ = writeln!(o, "   Sources: {}", cited.join("; "));
        }
    }
    o
}
