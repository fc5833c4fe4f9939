//! The record as Markdown, a printable HTML page, CSV and JSON. The printed
//! forms are in the record's language, with dates and times in the person's
//! time zone and format; the JSON keeps every value as recorded (UTC, ISO
//! 8601). Everything a person typed is escaped for the format it lands in.

use std::fmt::Write;

use chrono::{DateTime, FixedOffset, Local, NaiveDate, NaiveDateTime, TimeZone, Utc};

use super::record::{FlowRecord, ProfileRecord, Record, StepRecord};
use crate::i18n::Words;
use crate::progress::evidence::FileState;
use crate::progress::{Change, Outcome, Status};

/// The export formats, each with the names the command line takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
    Csv,
    Json,
    /// The follow-ups as a calendar (RFC 5545), for the person's calendar app.
    Calendar,
    /// A zip for an authority: the record as HTML and JSON, every attached
    /// file, and `SHA256SUMS` (see `bundle`).
    Bundle,
}

impl Format {
    pub const ALL: [Format; 6] = [Format::Markdown, Format::Html, Format::Csv, Format::Json, Format::Calendar, Format::Bundle];

    pub fn parse(s: &str) -> Option<Format> {
        match s.trim().to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "html" => Some(Format::Html),
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            "ics" | "ical" | "calendar" => Some(Format::Calendar),
            "bundle" | "zip" => Some(Format::Bundle),
            _ => None,
        }
    }

    /// The name the command line shows for it.
    pub fn id(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Calendar => "ics",
            Format::Bundle => "bundle",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Bundle => "zip",
            other => other.id(),
        }
    }
}

/// Whose clock the printed times follow.
#[derive(Debug, Clone, Copy)]
pub enum Zone {
    /// This machine's time zone (the `TZ` variable where it is set).
    Local,
    /// A fixed offset, for reproducible output.
    Fixed(FixedOffset),
}

impl Zone {
    pub fn utc() -> Zone {
        Zone::Fixed(FixedOffset::east_opt(0).expect("0 is a valid offset"))
    }

    /// A fixed offset east of UTC, in minutes (for tests and reproducible output).
    pub fn east_minutes(minutes: i32) -> Option<Zone> {
        FixedOffset::east_opt(minutes * 60).map(Zone::Fixed)
    }

    fn name(self) -> String {
        match self {
            Zone::Fixed(o) if o.local_minus_utc() == 0 => "UTC".into(),
            Zone::Fixed(o) => format!("UTC{o}"),
            Zone::Local => std::env::var("TZ")
                .ok()
                .map(|t| t.trim_start_matches(':').to_owned())
                .filter(|t| !t.is_empty() && !t.starts_with('/'))
                .or_else(|| iana_time_zone::get_timezone().ok())
                .unwrap_or_else(|| format!("UTC{}", Local::now().offset())),
        }
    }
}

/// Writes dates and times for the person reading: their zone, their format.
struct Clock {
    zone: Zone,
    date_format: String,
    time_format: String,
}

impl Clock {
    /// `2026-11-20T09:30:00Z` as a local date and time; a plain date
    /// (`2026-11-20`) as a date; anything else as it is.
    fn show(&self, value: &str) -> String {
        if let Ok(t) = NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M:%SZ") {
            let utc = Utc.from_utc_datetime(&t);
            let fmt = format!("{} {}", self.date_format, self.time_format);
            return match self.zone {
                Zone::Local => DateTime::<Local>::from(utc).format(&fmt).to_string(),
                Zone::Fixed(o) => utc.with_timezone(&o).format(&fmt).to_string(),
            };
        }
        match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
            Ok(d) if value.len() == 10 => d.format(&self.date_format).to_string(),
            _ => value.to_owned(),
        }
    }
}

/// Room for the text of `r`, so a long history is not copied as it grows.
fn capacity(r: &Record<'_>, per_event: usize) -> usize {
    4096 + per_event * r.profiles.iter().map(|p| p.history.len()).sum::<usize>()
}

/// The record in `format` (not `Bundle`, which is a zip: see `bundle`).
pub fn render(record: &Record<'_>, format: Format, zone: Zone) -> String {
    let words = Words::record(&record.locale);
    let clock = Clock { zone, date_format: words.word("record-date-format"), time_format: words.word("record-time-format") };
    match format {
        Format::Markdown => Printed { w: &words, clock: &clock, markup: &MARKDOWN }.document(record),
        Format::Html | Format::Bundle => Printed { w: &words, clock: &clock, markup: &HTML }.document(record),
        Format::Csv => csv(record, &words, &clock),
        Format::Calendar => super::calendar::ics(record),
        Format::Json => {
            let mut bytes = Vec::with_capacity(capacity(record, 450));
            let _ = serde_json::to_writer_pretty(&mut bytes, record);
            bytes.push(b'\n');
            String::from_utf8(bytes).unwrap_or_default()
        }
    }
}

fn status_id(s: Status) -> &'static str {
    match s {
        Status::Todo => "record-status-todo",
        Status::Done => "record-status-done",
        Status::Skipped => "record-status-skipped",
        Status::Waiting => "record-status-waiting",
    }
}

fn outcome_id(o: Outcome) -> &'static str {
    match o {
        Outcome::Accepted => "record-outcome-accepted",
        Outcome::Refused => "record-outcome-refused",
        Outcome::AskedForMore => "record-outcome-asked-for-more",
        Outcome::NoAnswer => "record-outcome-no-answer",
    }
}

fn size_text(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{:.0} KB", (bytes as f64 / 1024.0).ceil())
    }
}

fn platforms(p: &ProfileRecord<'_>) -> String {
    p.profile.platforms.iter().map(|x| x.name()).collect::<Vec<_>>().join(", ")
}

/// One line describing a history event, in plain text.
fn describe_change(c: &Change, w: &Words, clock: &Clock) -> String {
    match c {
        Change::Profile(p) => {
            let names: Vec<&str> = p.platforms.iter().map(|x| x.name()).collect();
            let mut line = w.get("record-change-profile", &[("name", &p.name), ("region", &p.region), ("platforms", &names.join(", "))]);
            if let Some(a) = &p.account {
                line.push_str("; ");
                line.push_str(&w.get("record-change-account", &[("account", a)]));
            }
            line
        }
        Change::Step(s) => {
            let mut line = format!("{}/{}: {}", s.flow, s.step, w.word(status_id(s.status)));
            if let Some(r) = &s.reason {
                let _ = write!(line, "; {}", w.get("record-reason", &[("text", r)]));
            }
            if let Some(u) = &s.until {
                let _ = write!(line, "; {}", w.get("record-until", &[("date", &clock.show(u))]));
            }
            for (k, v) in &s.evidence {
                let _ = write!(line, "; {k}: {}", clock.show(v));
            }
            if let Some(n) = &s.note {
                let _ = write!(line, "; {}", w.get("record-note", &[("text", n)]));
            }
            line
        }
        Change::Attach(a) => {
            format!("{}/{}: {}", a.flow, a.step, w.get("record-change-attach", &[("name", &a.name), ("sha256", &a.sha256)]))
        }
        Change::Reply(r) => {
            let mut line = format!("{}/{}: {}", r.flow, r.step, w.get("record-reply", &[("outcome", &w.word(outcome_id(r.outcome)))]));
            if let Some(d) = &r.received {
                let _ = write!(line, ", {}", w.get("record-reply-received", &[("date", &clock.show(d))]));
            }
            line
        }
    }
}

/// How one printed form writes its parts: the record's structure is the
/// same in Markdown and HTML, only the markup differs.
struct Markup {
    escape: fn(&str) -> String,
    /// A date or time that must not break across lines.
    keep: fn(&str) -> String,
    head: fn(&mut String, &Words, &str),
    foot: &'static str,
    h1: (&'static str, &'static str),
    h2: (&'static str, &'static str),
    h3: (&'static str, &'static str),
    para: (&'static str, &'static str),
    list: (&'static str, &'static str),
    item: (&'static str, &'static str),
    table: fn(&mut String, &[String]),
    row: fn(&mut String, &[String]),
    table_end: &'static str,
    code: (&'static str, &'static str),
    cell_break: &'static str,
}

const MARKDOWN: Markup = Markup {
    escape: md,
    keep: md,
    head: |_, _, _| {},
    foot: "",
    h1: ("# ", "\n\n"),
    h2: ("## ", "\n\n"),
    h3: ("### ", "\n\n"),
    para: ("", "\n\n"),
    list: ("", "\n"),
    item: ("- ", "\n"),
    table: |o, cols| {
        let _ = writeln!(o, "| {} |\n|{}", cols.join(" | "), "---|".repeat(cols.len()));
    },
    row: |o, cells| {
        let _ = writeln!(o, "| {} |", cells.join(" | "));
    },
    table_end: "\n",
    code: ("`", "`"),
    cell_break: "; ",
};

const HTML: Markup = Markup {
    escape: esc,
    keep: |v| format!("<span class=\"nowrap\">{}</span>", esc(v)),
    head: |o, w, lang| {
        let title = esc(&w.word("record-title"));
        let _ = write!(
            o,
            "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n<title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
            esc(lang)
        );
    },
    foot: "</body>\n</html>\n",
    h1: ("<h1>", "</h1>\n"),
    h2: ("<h2>", "</h2>\n"),
    h3: ("<h3>", "</h3>\n"),
    para: ("<p>", "</p>\n"),
    list: ("<ul>\n", "</ul>\n"),
    item: ("<li>", "</li>\n"),
    table: |o, cols| {
        o.push_str("<table class=\"steps\"><thead><tr>");
        for c in cols {
            let _ = write!(o, "<th>{c}</th>");
        }
        o.push_str("</tr></thead><tbody>\n");
    },
    row: |o, cells| {
        o.push_str("<tr>");
        for c in cells {
            let _ = write!(o, "<td>{c}</td>");
        }
        o.push_str("</tr>\n");
    },
    table_end: "</tbody></table>\n",
    code: ("<code>", "</code>"),
    cell_break: "<br>",
};

struct Printed<'a> {
    w: &'a Words,
    clock: &'a Clock,
    markup: &'a Markup,
}

impl Printed<'_> {
    fn t(&self, id: &str, args: &[(&str, &str)]) -> String {
        (self.markup.escape)(&self.w.get(id, args))
    }

    /// A date or time in the reader's format, kept on one line.
    fn when(&self, value: &str) -> String {
        (self.markup.keep)(&self.clock.show(value))
    }

    fn wrap(o: &mut String, tags: (&str, &str), text: &str) {
        o.push_str(tags.0);
        o.push_str(text);
        o.push_str(tags.1);
    }

    fn document(&self, r: &Record<'_>) -> String {
        let m = self.markup;
        let e = m.escape;
        let mut o = String::with_capacity(capacity(r, 200));
        (m.head)(&mut o, self.w, &r.locale);
        Self::wrap(&mut o, m.h1, &self.t("record-title", &[]));
        let generated = self.w.get("record-generated", &[("when", &self.clock.show(&r.generated_at)), ("app", &r.generated_by)]);
        let times = self.w.get("record-times", &[("zone", &self.clock.zone.name())]);
        Self::wrap(&mut o, m.para, &format!("{} {}", e(&generated), e(&times)));
        let digest = format!("{}{}{}", m.code.0, e(&r.digest), m.code.1);
        let integrity = e(&self.w.get("record-integrity", &[("digest", "\u{1}")])).replace('\u{1}', &digest);
        Self::wrap(&mut o, m.para, &format!("{integrity} {}", self.t("record-verify-how", &[])));
        for p in &r.profiles {
            self.profile(&mut o, p);
        }
        o.push_str(m.foot);
        o
    }

    fn profile(&self, o: &mut String, p: &ProfileRecord<'_>) {
        let m = self.markup;
        let e = m.escape;
        Self::wrap(o, m.h2, &e(&p.profile.name));
        o.push_str(m.list.0);
        let account = p.profile.account.clone().unwrap_or_else(|| self.w.word("record-account-none"));
        let mut facts = vec![
            (self.t("record-account", &[]), e(&account)),
            (self.t("record-region", &[]), format!("{} ({})", e(&p.region_name), e(&p.profile.region))),
            (self.t("record-law", &[]), e(&p.framework_name)),
        ];
        if let Some(a) = &p.authority {
            facts.push((self.t("record-authority", &[]), format!("{}, {}", e(&a.name), e(&a.url))));
        }
        facts.push((self.t("record-platforms", &[]), e(&platforms(p))));
        facts.push((self.t("record-profile-created", &[]), self.when(&p.profile.created)));
        for (label, value) in facts {
            Self::wrap(o, m.item, &format!("{label}: {value}"));
        }
        o.push_str(m.list.1);
        let s = &p.summary;
        let n = |v: usize| v.to_string();
        let summary = self.t(
            "record-summary",
            &[("done", &n(s.done)), ("skipped", &n(s.skipped)), ("waiting", &n(s.waiting)), ("todo", &n(s.todo)), ("overdue", &n(s.overdue))],
        );
        Self::wrap(o, m.para, &summary);
        if !p.follow_ups.is_empty() {
            Self::wrap(o, m.h3, &self.t("record-follow-ups", &[]));
            (m.table)(o, &[self.t("record-due", &[]), self.t("record-what", &[]), self.t("record-state", &[])]);
            for f in &p.follow_ups {
                let mut due = self.when(&f.due);
                if let (Some(first), Some(why)) = (&f.first_due, &f.reason) {
                    due = format!("{due} ({})", self.t("record-moved", &[("date", &self.clock.show(first)), ("reason", why)]));
                }
                let state = match f.outcome {
                    Some(o) => self.t("record-reply", &[("outcome", &self.w.word(outcome_id(o)))]),
                    None if f.days_left < 0 => self.t("record-overdue", &[]),
                    None => self.t("record-open", &[]),
                };
                (m.row)(o, &[due, e(&f.title), state]);
            }
            o.push_str(m.table_end);
        }
        for f in &p.flows {
            self.flow(o, f);
        }
        if !p.changed_since.is_empty() {
            Self::wrap(o, m.h3, &self.t("record-changed-since", &[]));
            o.push_str(m.list.0);
            for a in &p.changed_since {
                let line = self.t("record-changed-since-item", &[("step", &a.title), ("done", &self.clock.show(&a.done_at)), ("date", &self.clock.show(&a.changed_on)), ("what", &a.what)]);
                Self::wrap(o, m.item, &line);
            }
            o.push_str(m.list.1);
        }
        if !p.earlier.is_empty() {
            Self::wrap(o, m.h3, &self.t("record-earlier", &[]));
            o.push_str(m.list.0);
            for st in &p.earlier {
                let line = format!("{}/{}: {} ({})", st.change.flow, st.change.step, self.w.word(status_id(st.change.status)), self.clock.show(&st.changed));
                Self::wrap(o, m.item, &e(&line));
            }
            o.push_str(m.list.1);
        }
        Self::wrap(o, m.h3, &self.t("record-history", &[]));
        (m.table)(o, &["#".into(), self.t("record-when", &[]), self.t("record-change", &[])]);
        for ev in &p.history {
            (m.row)(o, &[ev.seq.to_string(), self.when(&ev.at), e(&describe_change(&ev.change, self.w, self.clock))]);
        }
        o.push_str(m.table_end);
    }

    /// A guide: the steps acted on in a table, each with what was recorded
    /// and the numbers of the sources behind it; the untouched ones named in
    /// one line; then the sources, numbered.
    fn flow(&self, o: &mut String, f: &FlowRecord) {
        let m = self.markup;
        let e = m.escape;
        Self::wrap(o, m.h3, &self.t("record-guide", &[("title", &f.title), ("date", &self.clock.show(&f.last_verified))]));
        let (touched, untouched): (Vec<&StepRecord>, Vec<&StepRecord>) = f.steps.iter().partition(|s| s.touched());
        if !touched.is_empty() {
            let cols = [self.t("record-step", &[]), self.t("record-status", &[]), self.t("record-changed", &[]), self.t("record-details", &[])];
            (m.table)(o, &cols);
            for st in &touched {
                let mut details = self.details(st, f);
                let mut numbers: Vec<usize> = st.sources.iter().filter_map(|id| f.sources.iter().position(|s| &s.id == id)).collect();
                numbers.sort_unstable();
                let cited: Vec<String> = numbers.iter().map(|i| format!("[{}]", i + 1)).collect();
                if !cited.is_empty() {
                    details.push(format!("{} {}", self.t("record-sources", &[]), cited.join(" ")));
                }
                let changed = st.changed.as_deref().map(|c| self.when(c)).unwrap_or_default();
                (m.row)(o, &[e(&st.title), self.t(status_id(st.status), &[]), changed, details.join(m.cell_break)]);
            }
            o.push_str(m.table_end);
        }
        if !untouched.is_empty() {
            let names: Vec<&str> = untouched.iter().map(|s| s.title.as_str()).collect();
            Self::wrap(o, m.para, &self.t("record-not-started", &[("steps", &names.join("; "))]));
        }
        if !f.sources.is_empty() {
            let undated = self.w.word("record-undated");
            let list: Vec<String> = f
                .sources
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let date = s.date.as_deref().map_or_else(|| undated.clone(), |d| self.clock.show(d));
                    format!("[{}] {} ({}), {}", i + 1, e(&s.title), e(&date), e(&s.url))
                })
                .collect();
            Self::wrap(o, m.para, &format!("{}: {}", self.t("record-sources", &[]), list.join(m.cell_break)));
        }
    }

    /// What was recorded for a step, one item each, escaped.
    fn details(&self, st: &StepRecord, f: &FlowRecord) -> Vec<String> {
        let e = self.markup.escape;
        let value = |v: &str| if crate::date::Date::parse(v).is_ok() { self.when(v) } else { e(v) };
        let mut d = Vec::new();
        if let Some(r) = &st.reason {
            d.push(self.t("record-reason", &[("text", r)]));
        }
        if let Some(u) = &st.until {
            d.push(self.t("record-until", &[("date", &self.clock.show(u))]));
        }
        for ev in &st.evidence {
            d.push(format!("{}: {}", e(&ev.label), value(&ev.value)));
        }
        if let Some(n) = &st.note {
            d.push(self.t("record-note", &[("text", n)]));
        }
        if let Some(due) = st.follow_up_extended_to.as_ref().or(st.follow_up_due.as_ref()) {
            let mut line = self.t("record-follow-up-due", &[("date", &self.clock.show(due))]);
            if let (Some(first), Some(why), Some(_)) = (&st.follow_up_due, &st.follow_up_reason, &st.follow_up_extended_to) {
                line = format!("{line} ({})", self.t("record-moved", &[("date", &self.clock.show(first)), ("reason", why)]));
            }
            d.push(line);
        }
        if let Some(r) = &st.reply {
            let mut line = self.t("record-reply", &[("outcome", &self.w.word(outcome_id(r.reply.outcome)))]);
            if let Some(day) = &r.reply.received {
                line = format!("{line}, {}", self.t("record-reply-received", &[("date", &self.clock.show(day))]));
            }
            d.push(line);
            if let Some(text) = &r.reply.text {
                d.push(self.t("record-reply-text", &[("text", text)]));
            }
        }
        for a in &st.attachments {
            let file = &a.attached.file;
            d.push(self.t(
                "record-attachment",
                &[
                    ("name", &file.name),
                    ("size", &size_text(file.size)),
                    ("type", &file.media_type),
                    ("sha256", &file.sha256),
                    ("when", &self.clock.show(&a.attached.at)),
                ],
            ));
            match a.state {
                FileState::Kept => {}
                FileState::Missing => d.push(self.t("record-attachment-missing", &[])),
                FileState::Altered => d.push(self.t("record-attachment-altered", &[])),
            }
        }
        if let Some(v) = st.followed_version.as_ref().filter(|v| **v != f.last_verified) {
            d.push(self.t("record-followed-version", &[("date", &self.clock.show(v))]));
        }
        d
    }
}

/// Escapes text for Markdown: backslash before every character that could
/// start markup, and line breaks folded, so a note stays inside its cell.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
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
    out
}

/// Escapes text for HTML content and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
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
    out
}

const CSS: &str = "body{font:11pt/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;color:#111;max-width:60rem;margin:2rem auto;padding:0 1rem}\
h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:2px solid #1d3557;padding-bottom:.2rem;margin-top:2rem}h3{font-size:1.05rem;margin-top:1.5rem}\
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.3rem .45rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}\
th{background:#eef1f5}code{font-family:ui-monospace,monospace;font-size:.85rem;overflow-wrap:anywhere}\
.nowrap{white-space:nowrap}.steps th,.steps td:nth-child(2){white-space:nowrap}.steps td:first-child{width:30%}@media print{body{margin:0;max-width:none}h2{break-before:page}h2:first-of-type{break-before:auto}tr{break-inside:avoid}}";

/// Quotes a CSV field, and defuses text a spreadsheet would run as a formula.
fn cell(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

const CSV_COLUMNS: &[&str] = &[
    "profile",
    "account",
    "region",
    "law",
    "guide",
    "guide-title",
    "instructions-checked",
    "step",
    "step-title",
    "status",
    "changed",
    "reason",
    "until",
    "evidence",
    "note",
    "follow-up-due",
    "reply",
    "reply-received",
    "attachments",
];

fn csv(r: &Record<'_>, w: &Words, clock: &Clock) -> String {
    let heads: Vec<String> = CSV_COLUMNS.iter().map(|c| cell(&w.word(&format!("record-col-{c}")))).collect();
    let mut o = heads.join(",");
    o.push_str("\r\n");
    let opt = |v: &Option<String>| v.as_deref().map(|d| clock.show(d)).unwrap_or_default();
    for p in &r.profiles {
        for f in &p.flows {
            for st in &f.steps {
                let evidence: Vec<String> = st.evidence.iter().map(|e| format!("{}: {}", e.label, clock.show(&e.value))).collect();
                let files: Vec<String> = st.attachments.iter().map(|a| format!("{} ({})", a.attached.file.name, a.attached.file.sha256)).collect();
                let row = [
                    p.profile.name.clone(),
                    p.profile.account.clone().unwrap_or_default(),
                    p.profile.region.clone(),
                    p.framework_name.clone(),
                    f.id.clone(),
                    f.title.clone(),
                    clock.show(st.followed_version.as_deref().unwrap_or(&f.last_verified)),
                    st.id.clone(),
                    st.title.clone(),
                    w.word(status_id(st.status)),
                    opt(&st.changed),
                    st.reason.clone().unwrap_or_default(),
                    opt(&st.until),
                    evidence.join("; "),
                    st.note.clone().unwrap_or_default(),
                    opt(&st.follow_up_extended_to.clone().or_else(|| st.follow_up_due.clone())),
                    st.reply.as_ref().map(|x| w.word(outcome_id(x.reply.outcome))).unwrap_or_default(),
                    st.reply.as_ref().map(|x| opt(&x.reply.received)).unwrap_or_default(),
                    files.join("; "),
                ];
                o.push_str(&row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(","));
                o.push_str("\r\n");
            }
        }
    }
    o
}
