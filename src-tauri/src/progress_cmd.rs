//! The progress subcommands: each turns its arguments into a core call and
//! its result into text (or JSON) for the terminal.

use std::collections::BTreeMap;
use std::path::Path;

use meta_optout_core::load::FlowSet;
use meta_optout_core::export::{self, Format};
use meta_optout_core::progress::{self, Mark, Progress, Status};
use meta_optout_core::{date, Date};

use crate::args::Matches;
use crate::cli::json;
use crate::query::platforms_of;

const NO_PROFILE: &str = "No profile yet. Add one with `meta-optout profile add NAME --region CODE --platforms LIST`.\n";

/// `profile add NAME --region CODE --platforms LIST`.
pub fn profile_add(dir: &Path, set: &FlowSet, m: &Matches) -> Result<String, String> {
    let (name, region) = (m.one("name").unwrap_or_default(), m.one("region").unwrap_or_default());
    let platforms = platforms_of(&m.all("platforms")).map_err(|e| e.to_string())?;
    let p = progress::add_profile(dir, set, &name, &region, &platforms).map_err(|e| e.to_string())?;
    let added = p.state.profiles.last().expect("just added");
    Ok(format!("added profile \"{}\" ({}) in {}\n", added.name, added.region, p.path.display()))
}

/// `profile list [--json]`.
pub fn profile_list(dir: &Path, as_json: bool) -> Result<String, String> {
    let p = Progress::open(dir).map_err(|e| e.to_string())?;
    if as_json {
        return Ok(json(&p.state.profiles));
    }
    if p.state.profiles.is_empty() {
        return Ok(NO_PROFILE.into());
    }
    Ok(p.state
        .profiles
        .iter()
        .map(|x| {
            let platforms: Vec<&str> = x.platforms.iter().map(|p| p.id()).collect();
            format!("{}  ({}; {})\n", x.name, x.region, platforms.join(", "))
        })
        .collect())
}

/// `mark FLOW/STEP STATUS [--note …] [--evidence ID=VALUE …]`.
pub fn mark(dir: &Path, set: &FlowSet, m: &Matches) -> Result<String, String> {
    let (target, status) = (m.one("step").unwrap_or_default(), m.one("status").unwrap_or_default());
    let (profile, note, reason, until) = (m.one("profile"), m.one("note"), m.one("reason"), m.one("until"));
    let evidence = m.all("evidence");
    let (flow, step) = target.split_once('/').ok_or_else(|| format!("`{target}` is not FLOW/STEP, e.g. object-ai-training/object-on-facebook"))?;
    let status = Status::parse(&status).ok_or_else(|| format!("`{status}` is not a status: todo, done, skipped or waiting"))?;
    let mut values = BTreeMap::new();
    for e in &evidence {
        let (k, v) = e.split_once('=').ok_or_else(|| format!("--evidence `{e}` is not ID=VALUE"))?;
        values.insert(k.trim().to_owned(), v.trim().to_owned());
    }
    let m = Mark { profile, flow: flow.to_owned(), step: step.to_owned(), status: Some(status), note, reason, until, evidence: values };
    let p = progress::mark(dir, set, m).map_err(|e| e.to_string())?;
    let st = p.state.steps.values().max_by_key(|s| s.seq).expect("a mark exists");
    let mut out = format!("{flow}/{step}: {}", status.id());
    if let Some(due) = &st.change.follow_up_due {
        out.push_str(&format!(" (follow-up due {due})"));
    }
    out.push('\n');
    Ok(out)
}

pub fn followup(dir: &Path, set: &FlowSet, m: &Matches) -> Result<String, String> {
    let target = m.one("step").unwrap_or_default();
    let (flow, step) = target.split_once('/').ok_or_else(|| format!("`{target}` is not FLOW/STEP, e.g. object-ai-training/object-on-facebook"))?;
    let to = m.one("extend-to").ok_or("give the new date with --extend-to YYYY-MM-DD")?;
    let reason = m.one("reason").unwrap_or_default();
    let p = progress::extend_follow_up(dir, set, m.one("profile").as_deref(), flow, step, &to, &reason, Date::today()).map_err(|e| e.to_string())?;
    let st = p.state.steps.values().max_by_key(|s| s.seq).expect("the extension was recorded");
    Ok(format!(
        "{flow}/{step}: follow-up moved to {} (first due {})\n",
        st.change.follow_up_extended_to.as_deref().unwrap_or(""),
        st.change.follow_up_due.as_deref().unwrap_or("")
    ))
}

pub fn status(dir: &Path, set: &FlowSet, profile: Option<&str>, as_json: bool) -> Result<String, String> {
    let p = Progress::open(dir).map_err(|e| e.to_string())?;
    let profiles: Vec<_> = match profile {
        Some(name) => vec![p.state.profile(name).ok_or_else(|| format!("there is no profile \"{name}\""))?.clone()],
        None => p.state.profiles.clone(),
    };
    let today = Date::today();
    let reports: Vec<_> = profiles.iter().map(|x| progress::report(set, &p, x, today)).collect();
    if as_json {
        return Ok(json(&serde_json::json!({ "profiles": reports })));
    }
    if reports.is_empty() {
        return Ok(NO_PROFILE.into());
    }
    let mut out = String::new();
    for r in &reports {
        let s = &r.summary;
        out.push_str(&format!(
            "{} ({}): {} done, {} skipped, {} waiting, {} to do, {} overdue\n",
            r.profile.name, r.profile.region, s.done, s.skipped, s.waiting, s.todo, s.overdue
        ));
        for f in &r.follow_ups {
            let mut when = if f.days_left < 0 { format!("overdue since {}", f.due) } else { format!("due {}", f.due) };
            if let (Some(first), Some(why)) = (&f.first_due, &f.reason) {
                when.push_str(&format!("; moved from {first}: {why}"));
            }
            out.push_str(&format!("  ! {} ({when})\n", f.title));
        }
        for f in &r.flows {
            out.push_str(&format!("  {}  {}/{}\n", f.id, f.done, f.total));
            for st in &f.steps {
                out.push_str(&format!("    [{:<7}] {}  {}\n", st.status.id(), st.id, st.title));
            }
        }
        for e in &r.earlier {
            out.push_str(&format!(
                "  from an earlier version: {}/{} [{}] {}\n",
                e.change.flow,
                e.change.step,
                e.change.status.id(),
                e.changed
            ));
        }
    }
    Ok(out)
}

pub fn recover(dir: &Path) -> Result<String, String> {
    let aside = progress::recover(dir).map_err(|e| e.to_string())?;
    Ok(format!("moved the damaged file to {}; a fresh progress file starts with your next change\n", aside.display()))
}

pub fn export(dir: &Path, set: &FlowSet, format: &str, profile: Option<&str>, out: Option<&Path>) -> Result<String, String> {
    let format = Format::parse(format).ok_or_else(|| format!("`{format}` is not an export format: md, html, csv, json or ics"))?;
    let p = Progress::open(dir).map_err(|e| e.to_string())?;
    let profiles: Vec<_> = match profile {
        Some(name) => vec![p.state.profile(name).ok_or_else(|| format!("there is no profile \"{name}\""))?],
        None => p.state.profiles.iter().collect(),
    };
    if profiles.is_empty() {
        return Err("there is nothing to export yet: no profile has been created".into());
    }
    let record = export::build(set, &p, &profiles, Date::today(), &date::now_timestamp());
    let text = export::render(&record, format);
    match out {
        None => Ok(text),
        Some(path) => {
            export::write_private(path, text.as_bytes()).map_err(|e| format!("could not write {}: {e}", path.display()))?;
            if format == Format::Calendar {
                let events = text.matches("BEGIN:VEVENT").count();
                eprintln!("meta-optout: wrote {} ({events} date{} to keep)", path.display(), if events == 1 { "" } else { "s" });
            } else {
                eprintln!("meta-optout: wrote {} (SHA-256 {})", path.display(), record.digest);
            }
            Ok(String::new())
        }
    }
}

pub fn import(dir: &Path, file: &Path) -> Result<String, String> {
    let name = file.display().to_string();
    let record = export::read_export_file(file).map_err(|e| e.to_string())?;
    let (_, report) = export::import(dir, &record).map_err(|e| e.to_string())?;
    let mut out = format!("imported {name}: {} change{} added", report.events_added, if report.events_added == 1 { "" } else { "s" });
    if !report.profiles_added.is_empty() {
        out.push_str(&format!("; new profiles: {}", report.profiles_added.join(", ")));
    }
    if !report.profiles_merged.is_empty() {
        out.push_str(&format!("; merged into: {}", report.profiles_merged.join(", ")));
    }
    out.push('\n');
    for c in &report.conflicts {
        out.push_str(&format!("  differed: {c}\n"));
    }
    Ok(out)
}
