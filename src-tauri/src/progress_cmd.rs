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
    let p = progress::add_profile(dir, set, &name, &region, &platforms, m.one("account").as_deref()).map_err(|e| e.to_string())?;
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
            if let Some(o) = f.outcome {
                when.push_str(&format!("; Meta's answer: {}", o.id()));
            }
            match f.action {
                Some(progress::Action::Escalate) => when.push_str(&format!("; next: complain to your authority ({})", f.next_flow.as_deref().unwrap_or(""))),
                Some(progress::Action::Answer) => when.push_str(&format!("; next: answer Meta ({}/{})", f.flow, f.step)),
                None => {}
            }
            out.push_str(&format!("  ! {} ({when})\n", f.title));
        }
        for c in &r.changed_since {
            let todo = if c.redo { "do it again" } else { "check it" };
            out.push_str(&format!(
                "  ! {todo}: {} ({}/{}), done {}, changed by Meta on {}: {}\n",
                c.title,
                c.flow,
                c.step,
                c.done_at.get(..10).unwrap_or(&c.done_at),
                c.changed_on,
                c.what
            ));
        }
        for f in &r.flows {
            out.push_str(&format!("  {}  {}/{}\n", f.id, f.done, f.total));
            for st in &f.steps {
                out.push_str(&format!("    [{:<7}] {}  {}\n", st.status.id(), st.id, st.title));
                if let Some(reply) = &st.reply {
                    out.push_str(&format!("              Meta's answer: {}", reply.reply.outcome.id()));
                    if let Some(d) = &reply.reply.received {
                        out.push_str(&format!(", received {d}"));
                    }
                    out.push('\n');
                }
                for a in &st.attachments {
                    let state = match a.state {
                        progress::evidence::FileState::Kept => String::new(),
                        progress::evidence::FileState::Missing => "  MISSING from the data folder".into(),
                        progress::evidence::FileState::Altered => "  ALTERED: no longer matches its SHA-256".into(),
                    };
                    out.push_str(&format!("              file {} ({} bytes) SHA-256 {}{state}\n", a.attached.file.name, a.attached.file.size, a.attached.file.sha256));
                }
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

/// The step of a `FLOW/STEP` argument.
fn flow_step(target: &str) -> Result<(&str, &str), String> {
    target.split_once('/').ok_or_else(|| format!("`{target}` is not FLOW/STEP, e.g. object-ai-training/object-on-facebook"))
}

pub fn export(dir: &Path, set: &FlowSet, format: &str, profile: Option<String>, locale: Option<String>, out: Option<&Path>) -> Result<String, String> {
    let format = Format::parse(format).ok_or_else(|| {
        let ids: Vec<&str> = Format::ALL.iter().map(|f| f.id()).collect();
        format!("`{format}` is not an export format: {}", ids.join(", "))
    })?;
    if format == Format::Bundle && out.is_none() {
        return Err("a bundle is a zip file: say where to write it with --out FILE.zip".into());
    }
    let locale = match locale {
        Some(l) if !meta_optout_core::i18n::is_known(&l) => {
            let all: Vec<&str> = meta_optout_core::i18n::LOCALES.iter().map(|l| l.id).collect();
            return Err(format!("unknown locale `{l}`; the app speaks {}", all.join(", ")));
        }
        Some(l) => l,
        None => meta_optout_core::i18n::system_locale().to_owned(),
    };
    let profiles: Vec<String> = profile.into_iter().collect();
    let now = date::now_timestamp();
    let request = export::Request { format, profiles: &profiles, locale: &locale, zone: export::Zone::Local, today: Date::today(), generated_at: &now };
    let written = export::export(set, dir, &request)?;
    for p in &written.problems {
        eprintln!("meta-optout: warning: {p}");
    }
    let Some(path) = out else { return Ok(String::from_utf8_lossy(&written.bytes).into_owned()) };
    export::write_private(path, &written.bytes).map_err(|e| format!("could not write {} ({e}); nothing was saved there", path.display()))?;
    match format {
        Format::Calendar => {
            let n = written.dates;
            eprintln!("meta-optout: wrote {} ({n} date{} to keep)", path.display(), if n == 1 { "" } else { "s" });
        }
        Format::Bundle => {
            let n = written.files;
            eprintln!("meta-optout: wrote {} ({n} attached file{}; record SHA-256 {})", path.display(), if n == 1 { "" } else { "s" }, written.digest);
        }
        _ => eprintln!("meta-optout: wrote {} (SHA-256 {})", path.display(), written.digest),
    }
    Ok(String::new())
}

/// `attach FLOW/STEP FILE [--profile NAME]`.
pub fn attach(dir: &Path, set: &FlowSet, m: &Matches) -> Result<String, String> {
    let target = m.one("step").unwrap_or_default();
    let (flow, step) = flow_step(&target)?;
    let file = m.path("file").unwrap_or_default();
    let (_, a) = progress::attach(dir, set, m.one("profile").as_deref(), flow, step, &file).map_err(|e| e.to_string())?;
    Ok(format!("{flow}/{step}: attached {} ({} bytes, {}), SHA-256 {}\n", a.file.name, a.file.size, a.file.media_type, a.file.sha256))
}

/// The most a `--text` file may hold: a pasted answer, not a mailbox.
const MAX_TEXT_FILE: u64 = 1024 * 1024;

/// `reply FLOW/STEP --outcome OUTCOME [--received DATE] [--text FILE]`.
pub fn reply(dir: &Path, set: &FlowSet, m: &Matches) -> Result<String, String> {
    use std::io::Read;
    let target = m.one("step").unwrap_or_default();
    let (flow, step) = flow_step(&target)?;
    let outcome: progress::Outcome = m.one("outcome").unwrap_or_default().parse()?;
    let text = match m.path("text") {
        None => None,
        Some(path) => {
            let shown = path.display();
            let meta = std::fs::metadata(&path).map_err(|e| format!("--text {shown} cannot be read ({e}); nothing was recorded"))?;
            if !meta.is_file() {
                return Err(format!("--text {shown} is not a file; nothing was recorded"));
            }
            let mut bytes = Vec::new();
            std::fs::File::open(&path)
                .and_then(|f| f.take(MAX_TEXT_FILE + 1).read_to_end(&mut bytes))
                .map_err(|e| format!("--text {shown} cannot be read ({e}); nothing was recorded"))?;
            if bytes.len() as u64 > MAX_TEXT_FILE {
                return Err(format!("--text {shown} is larger than 1 MB; attach it with `meta-optout attach` instead; nothing was recorded"));
            }
            Some(String::from_utf8(bytes).map_err(|_| format!("--text {shown} is not UTF-8 text; attach it with `meta-optout attach` instead; nothing was recorded"))?)
        }
    };
    let r = progress::Reply { profile: m.one("profile"), flow: flow.to_owned(), step: step.to_owned(), outcome, received: m.one("received"), text };
    let p = progress::reply(dir, set, r, Date::today()).map_err(|e| e.to_string())?;
    let profile = p.events.last().map(|e| e.change.profile().to_owned()).unwrap_or_default();
    let saved = p.state.reply(&profile, flow, step).ok_or("the answer was not recorded")?;
    let next = match outcome {
        progress::Outcome::Accepted => "nothing more is owed on this request",
        progress::Outcome::AskedForMore => "answer Meta's question: the step is offered again on the overview",
        progress::Outcome::Refused | progress::Outcome::NoAnswer => "the overview offers the complaint to your data protection authority",
    };
    let received = saved.reply.received.as_deref().map(|d| format!(", received {d}")).unwrap_or_default();
    Ok(format!("{flow}/{step}: Meta's answer recorded: {}{received}; {next}\n", outcome.id()))
}

/// `verify FILE`: exit 0 only when everything matches.
pub fn verify(file: &Path) -> std::process::ExitCode {
    let v = export::verify(file);
    let mut out = String::new();
    for c in &v.checked {
        out.push_str(&format!("ok: {c}\n"));
    }
    for p in &v.problems {
        out.push_str(&format!("MISMATCH: {p}\n"));
    }
    if v.ok() {
        out.push_str(&format!("{}: everything matches\n", file.display()));
        print!("{out}");
        std::process::ExitCode::SUCCESS
    } else {
        print!("{out}");
        eprintln!("meta-optout: {}: {} problem{}", file.display(), v.problems.len(), if v.problems.len() == 1 { "" } else { "s" });
        std::process::ExitCode::FAILURE
    }
}

pub fn import(dir: &Path, file: &Path) -> Result<String, String> {
    let name = file.display().to_string();
    let (_, report) = export::import_file(dir, file).map_err(|e| e.to_string())?;
    let mut out = format!("imported {name}: {} change{} added", report.events_added, if report.events_added == 1 { "" } else { "s" });
    if report.files_added > 0 {
        out.push_str(&format!(", {} attached file{} kept", report.files_added, if report.files_added == 1 { "" } else { "s" }));
    }
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
