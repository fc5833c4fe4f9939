//! The record as Markdown, a printable HTML page, CSV and JSON. Everything a
//! person typed is escaped for the format it lands in.

use std::fmt::Write;

use super::record::{ProfileRecord, Record, StepRecord};
use crate::progress::{Change, Status};

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
    Csv,
    Json,
    /// The follow-ups as a calendar (RFC 5545), for the person's calendar app.
    Calendar,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s.trim().to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "html" => Some(Format::Html),
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            "ics" | "ical" | "calendar" => Some(Format::Calendar),
            _ => None,
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Calendar => "ics",
        }
    }
}

/// Room for the text of `r`, so a long history is not copied as it grows.
fn capacity(r: &Record<'_>, per_event: usize) -> usize {
    4096 + per_event * r.profiles.iter().map(|p| p.history.len()).sum::<usize>()
}

pub fn render(record: &Record<'_>, format: Format) -> String {
    match format {
        Format::Markdown => markdown(record),
        Format::Html => html(record),
        Format::Csv => csv(record),
        Format::Calendar => super::calendar::ics(record),
        Format::Json => {
            let mut bytes = Vec::with_capacity(capacity(record, 450));
            let _ = serde_json::to_writer_pretty(&mut bytes, record);
            bytes.push(b'\n');
            String::from_utf8(bytes).unwrap_or_default()
        }
    }
}

fn status_word(s: Status) -> &'static str {
    match s {
        Status::Todo => "to do",
        Status::Done => "done",
        Status::Skipped => "skipped",
        Status::Waiting => "waiting",
    }
}

fn platforms(p: &ProfileRecord<'_>) -> String {
    p.profile.platforms.iter().map(|x| x.id()).collect::<Vec<_>>().join(", ")
}

/// One line describing a history event, for the printed forms, into `line`.
fn describe_change(c: &Change, line: &mut String) {
    line.clear();
    match c {
        Change::Profile(p) => {
            let _ = write!(line, "profile \"{}\": region {}, platforms ", p.name, p.region);
            for (i, x) in p.platforms.iter().enumerate() {
                line.push_str(if i > 0 { ", " } else { "" });
                line.push_str(x.id());
            }
        }
        Change::Step(s) => {
            let _ = write!(line, "{}/{}: {}", s.flow, s.step, status_word(s.status));
            if let Some(r) = &s.reason {
                let _ = write!(line, " (reason: {r})");
            }
            if let Some(u) = &s.until {
                let _ = write!(line, " until {u}");
            }
            for (k, v) in &s.evidence {
                let _ = write!(line, "; {k}: {v}");
            }
            if let Some(n) = &s.note {
                let _ = write!(line, "; note: {n}");
            }
        }
    }
}

/// What was recorded for a step, one item each: text escaped by `escape`,
/// dates written by `day` (HTML keeps `2026-11-20` on one line, so that a
/// narrow column never breaks it at its hyphens).
fn step_details(st: &StepRecord, escape: fn(&str) -> String, day: fn(&str) -> String) -> Vec<String> {
    let value = |v: &str| if crate::date::Date::parse(v).is_ok() { day(v) } else { escape(v) };
    let mut details = Vec::new();
    if let Some(r) = &st.reason {
        details.push(format!("reason: {}", escape(r)));
    }
    if let Some(u) = &st.until {
        details.push(format!("until {}", value(u)));
    }
    for e in &st.evidence {
        details.push(format!("{}: {}", escape(&e.label), value(&e.value)));
    }
    if let Some(n) = &st.note {
        details.push(format!("note: {}", escape(n)));
    }
    if let Some(d) = &st.follow_up_due {
        details.push(format!("follow-up due {}", value(d)));
    }
    details
}

fn html_day(v: &str) -> String {
    format!("<span class=\"nowrap\">{}</span>", esc(v))
}

/// Escapes text for Markdown: backslash before every character that could
/// start markup, and line breaks folded, so a note stays inside its cell.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    md_into(&mut out, text);
    out
}

fn md_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '!' | '(' | ')' | '{' | '}' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {}
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
}

fn markdown(r: &Record<'_>) -> String {
    let mut o = String::with_capacity(capacity(r, 160));
    let _ = writeln!(o, "# Record of privacy steps\n");
    let _ = writeln!(o, "Generated {} by {}.  ", r.generated_at, r.generated_by);
    let _ = writeln!(o, "Integrity: SHA-256 `{}` (the `digest` of the JSON export of the same record).\n", r.digest);
    for p in &r.profiles {
        let _ = writeln!(o, "## {}\n", md(&p.profile.name));
        let _ = writeln!(o, "- Region: {} ({})", md(&p.region_name), p.profile.region);
        let _ = writeln!(o, "- Law: {}", md(&p.framework_name));
        if let Some(a) = &p.authority {
            let _ = writeln!(o, "- Authority: {} <{}>", md(&a.name), a.url);
        }
        let _ = writeln!(o, "- Platforms: {}", platforms(p));
        let _ = writeln!(o, "- Profile created: {}\n", p.profile.created);
        let s = &p.summary;
        let _ = writeln!(
            o,
            "**Summary:** {} done, {} skipped, {} waiting, {} to do, {} overdue.\n",
            s.done, s.skipped, s.waiting, s.todo, s.overdue
        );
        if !p.follow_ups.is_empty() {
            let _ = writeln!(o, "### Follow-ups\n\n| Due | What | |\n|---|---|---|");
            for f in &p.follow_ups {
                let state = if f.days_left < 0 { "overdue" } else { "open" };
                let moved = match (&f.first_due, &f.reason) {
                    (Some(first), Some(why)) => format!(" (moved from {first}: {})", md(why)),
                    _ => String::new(),
                };
                let _ = writeln!(o, "| {}{moved} | {} | {state} |", f.due, md(&f.title));
            }
            o.push('\n');
        }
        for f in &p.flows {
            let _ = writeln!(o, "### {} (`{}`, instructions checked {})\n", md(&f.title), f.id, f.last_verified);
            let _ = writeln!(o, "| Step | Status | Changed | Details |\n|---|---|---|---|");
            for st in &f.steps {
                let mut details = step_details(st, md, md);
                if let Some(v) = st.followed_version.as_ref().filter(|v| **v != f.last_verified) {
                    details.push(format!("followed the version checked {v}"));
                }
                let _ = writeln!(
                    o,
                    "| {} (`{}`) | {} | {} | {} |",
                    md(&st.title),
                    st.id,
                    status_word(st.status),
                    st.changed.as_deref().unwrap_or(""),
                    details.join("; ")
                );
            }
            let _ = writeln!(o, "\nSources: {}\n", f.sources.iter().map(|s| format!("{} ({}) <{}>", md(&s.title), s.date.as_deref().unwrap_or("undated"), s.url)).collect::<Vec<_>>().join("; "));
        }
        if !p.earlier.is_empty() {
            let _ = writeln!(o, "### Steps from an earlier version of the flows\n");
            for e in &p.earlier {
                let _ = writeln!(o, "- `{}/{}`: {} ({})", e.change.flow, e.change.step, status_word(e.change.status), e.changed);
            }
            o.push('\n');
        }
        let _ = writeln!(o, "### History\n\n| # | When | Change |\n|---|---|---|");
        let mut line = String::new();
        for e in &p.history {
            describe_change(&e.change, &mut line);
            let _ = write!(o, "| {} | {} | ", e.seq, e.at);
            md_into(&mut o, &line);
            o.push_str(" |\n");
        }
        o.push('\n');
    }
    o
}

/// Escapes text for HTML content and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    esc_into(&mut out, text);
    out
}

fn esc_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

const CSS: &str = "body{font:11pt/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;color:#111;max-width:60rem;margin:2rem auto;padding:0 1rem}\
h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:2px solid #1d3557;padding-bottom:.2rem;margin-top:2rem}h3{font-size:1.05rem;margin-top:1.5rem}\
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.3rem .45rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}\
th{background:#eef1f5}.digest{font-family:ui-monospace,monospace;font-size:.85rem;overflow-wrap:anywhere}.muted{color:#444}\
.overdue{font-weight:700}.done{color:#1d5c3a}.nowrap{white-space:nowrap}.steps td:first-child{width:32%}.steps td:nth-child(3){width:11rem}@media print{body{margin:0;max-width:none}h2{break-before:page}h2:first-of-type{break-before:auto}tr{break-inside:avoid}}";

fn html(r: &Record<'_>) -> String {
    let mut o = String::with_capacity(capacity(r, 190));
    let _ = write!(
        o,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n<title>Record of privacy steps</title>\n<style>{CSS}</style>\n</head>\n<body>\n<h1>Record of privacy steps</h1>\n<p class=\"muted\">Generated {} by {}.</p>\n<p>Integrity: SHA-256 <span class=\"digest\">{}</span> (the <code>digest</code> of the JSON export of the same record).</p>\n",
        esc(&r.generated_at),
        esc(&r.generated_by),
        esc(&r.digest)
    );
    for p in &r.profiles {
        let _ = writeln!(o, "<h2>{}</h2>\n<ul>\n<li>Region: {} ({})</li>\n<li>Law: {}</li>", esc(&p.profile.name), esc(&p.region_name), esc(&p.profile.region), esc(&p.framework_name));
        if let Some(a) = &p.authority {
            let _ = writeln!(o, "<li>Authority: {} ({})</li>", esc(&a.name), esc(&a.url));
        }
        let s = &p.summary;
        let _ = write!(
            o,
            "<li>Platforms: {}</li>\n<li>Profile created: {}</li>\n</ul>\n<p><strong>Summary:</strong> {} done, {} skipped, {} waiting, {} to do, {} overdue.</p>\n",
            esc(&platforms(p)),
            esc(&p.profile.created),
            s.done,
            s.skipped,
            s.waiting,
            s.todo,
            s.overdue
        );
        if !p.follow_ups.is_empty() {
            o.push_str("<h3>Follow-ups</h3>\n<table><thead><tr><th>Due</th><th>What</th><th></th></tr></thead><tbody>\n");
            for f in &p.follow_ups {
                let (class, state) = if f.days_left < 0 { ("overdue", "overdue") } else { ("", "open") };
                let moved = match (&f.first_due, &f.reason) {
                    (Some(first), Some(why)) => format!(" (moved from {}: {})", html_day(first), esc(why)),
                    _ => String::new(),
                };
                let _ = writeln!(o, "<tr class=\"{class}\"><td>{}{moved}</td><td>{}</td><td>{state}</td></tr>", html_day(&f.due), esc(&f.title));
            }
            o.push_str("</tbody></table>\n");
        }
        for f in &p.flows {
            let _ = write!(
                o,
                "<h3>{} <span class=\"muted\">({}, instructions checked {})</span></h3>\n<table class=\"steps\"><thead><tr><th>Step</th><th class=\"nowrap\">Status</th><th>Changed</th><th>Details</th></tr></thead><tbody>\n",
                esc(&f.title),
                esc(&f.id),
                esc(&f.last_verified)
            );
            for st in &f.steps {
                let details = step_details(st, esc, html_day);
                let class = if st.status == Status::Done { " class=\"done nowrap\"" } else { " class=\"nowrap\"" };
                let _ = writeln!(
                    o,
                    "<tr><td>{} <span class=\"muted\">({})</span></td><td{class}>{}</td><td>{}</td><td>{}</td></tr>",
                    esc(&st.title),
                    esc(&st.id),
                    status_word(st.status),
                    esc(st.changed.as_deref().unwrap_or("")),
                    details.join("<br>")
                );
            }
            o.push_str("</tbody></table>\n<p class=\"muted\">Sources: ");
            let sources: Vec<String> = f.sources.iter().map(|s| format!("{} ({}), {}", esc(&s.title), esc(s.date.as_deref().unwrap_or("undated")), esc(&s.url))).collect();
            o.push_str(&sources.join("; "));
            o.push_str("</p>\n");
        }
        if !p.earlier.is_empty() {
            o.push_str("<h3>Steps from an earlier version of the flows</h3>\n<ul>\n");
            for e in &p.earlier {
                let _ = writeln!(o, "<li>{}/{}: {} ({})</li>", esc(&e.change.flow), esc(&e.change.step), status_word(e.change.status), esc(&e.changed));
            }
            o.push_str("</ul>\n");
        }
        o.push_str("<h3>History</h3>\n<table><thead><tr><th>#</th><th>When</th><th>Change</th></tr></thead><tbody>\n");
        let mut line = String::new();
        for e in &p.history {
            describe_change(&e.change, &mut line);
            let _ = write!(o, "<tr><td>{}</td><td>", e.seq);
            esc_into(&mut o, &e.at);
            o.push_str("</td><td>");
            esc_into(&mut o, &line);
            o.push_str("</td></tr>\n");
        }
        o.push_str("</tbody></table>\n");
    }
    o.push_str("</body>\n</html>\n");
    o
}

/// Quotes a CSV field, and defuses text a spreadsheet would run as a formula.
fn cell(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

fn csv(r: &Record<'_>) -> String {
    let mut o = String::from(
        "profile,region,law,flow,flow_title,instructions_checked,step,step_title,status,changed,reason,until,evidence,note,follow_up_due\r\n",
    );
    for p in &r.profiles {
        for f in &p.flows {
            for st in &f.steps {
                let evidence: Vec<String> = st.evidence.iter().map(|e| format!("{}: {}", e.label, e.value)).collect();
                let row = [
                    p.profile.name.as_str(),
                    p.profile.region.as_str(),
                    p.framework.as_str(),
                    f.id.as_str(),
                    f.title.as_str(),
                    st.followed_version.as_deref().unwrap_or(&f.last_verified),
                    st.id.as_str(),
                    st.title.as_str(),
                    status_word(st.status),
                    st.changed.as_deref().unwrap_or(""),
                    st.reason.as_deref().unwrap_or(""),
                    st.until.as_deref().unwrap_or(""),
                    &evidence.join("; "),
                    st.note.as_deref().unwrap_or(""),
                    st.follow_up_due.as_deref().unwrap_or(""),
                ];
                o.push_str(&row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(","));
                o.push_str("\r\n");
            }
        }
    }
    o
}
