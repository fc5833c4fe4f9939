//! The headless side of the binary: checking flows, listing what applies,
//! printing the schema and the allow-list.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use meta_optout_core::load::{self, Loaded};
use meta_optout_core::{dirs, guides, i18n, links, region_view, schema, select, Date};

use crate::args::{Arg, Command, Parsed, Program};
use crate::progress_cmd;
use crate::query::query;

const DATA_DIR: Arg =
    Arg::value("data-dir", "DIR", "Folder holding progress.json (default: META_OPTOUT_DATA_DIR, else ~/.local/share/meta-optout)").path();
const JSON: Arg = Arg::flag("json", "Print JSON");
const FORMAT_HELP: &str = "md, html, csv, json, ics (the dates to keep, as a calendar) or bundle (a zip for an authority)";

static PROGRAM: Program = Program {
    name: "meta-optout",
    version: env!("CARGO_PKG_VERSION"),
    about: "Take back control of how Meta uses your data for AI.",
    long_about: "Take back control of how Meta uses your data for AI.\n\n\
        Run without arguments to open the window. The subcommands below work without a window.",
    after_help: "Flows live in the app (built in) and in the user flows folder, which adds to or replaces \
        them by id:\n  $XDG_CONFIG_HOME/meta-optout/flows (or META_OPTOUT_CONFIG_DIR/flows)",
    global: &[DATA_DIR],
    commands: &[
        Command {
            path: &["check"],
            about: "Check flow files and report every problem, one per line",
            long_about: "Check flow files and report every problem, one per line.\n\n\
                Without DIR, checks what the app would load: the built-in flows and the user flows folder. \
                With DIR, checks that folder as a flow author has it (its own regions.json and platforms.json \
                if present, and schema.json for staleness).\n\n\
                Problems print as FILE:LINE:COL: message (syntax and types) or FILE: $.path: message (meaning). \
                Exit status: 0 when there is no problem, 1 otherwise.",
            args: &[Arg::positional("dir", "DIR", "A flows folder to check").optional().path()],
        },
        Command {
            path: &["list"],
            about: "List the flows that apply to a region, platform and device",
            long_about: "",
            args: &[
                Arg::value("region", "CODE", "Region code: a country (DE, GB, BR) or US state (US-CA); see `meta-optout regions`"),
                Arg::values("platform", "ID", "Platform: facebook, instagram, whatsapp, messenger or threads (repeat, or separate with commas)"),
                Arg::value("device", "D", "Device you follow the steps on: desktop, ios or android"),
                Arg::value("locale", "LOCALE", "Language of the titles: en, de, fr, es, it, nl, pl or pt-BR").default("en"),
                Arg::flag("json", "Print JSON: the applicable flows, each with id, title and its applicable steps"),
            ],
        },
        Command {
            path: &["show"],
            about: "Print a guide as a person sees it: every step that applies, with its text, links, notes and sources",
            long_about: "Print a guide as a person in REGION using PLATFORM on DEVICE sees it: every step that \
                applies, with its text, where to find it in Meta's menus, the instructions for that device, the link, \
                the authority, the notes that apply, how sure we are and the sources. The window shows the same.\n\n\
                Exit status: 0 when the guide applies, 1 when it does not apply to that person, 2 for a bad argument.",
            args: &[
                Arg::positional("flow", "FLOW", "The guide's id (see `meta-optout list`)"),
                Arg::value("region", "CODE", "Region code: a country (PL, GB), a US state (US-FL) or a German Land (DE-BY)").required(),
                Arg::values("platform", "ID", "Platform: facebook, instagram, whatsapp, messenger or threads (repeat, or separate with commas)").required(),
                Arg::value("device", "D", "Device you follow the steps on: desktop, ios or android").required(),
                Arg::value("locale", "LOCALE", "Language: en, de, fr, es, it, nl, pl or pt-BR").default("en"),
                Arg::flag("json", "Print JSON: the guide as the window receives it"),
            ],
        },
        Command {
            path: &["translate"],
            about: "Print a flow's translation file for a locale, ready to translate",
            long_about: "Print a flow's translation file for a locale, ready to translate.\n\n\
                Current translations are kept; every string that is missing or stale carries the English text \
                and the hash of that English (`from`). Replace each such text with its translation and save the \
                result as flows/translations/LOCALE/FLOW.json; `meta-optout check flows` then reports what is \
                still missing, unknown or stale.",
            args: &[
                Arg::positional("locale", "LOCALE", "de, fr, es, it, nl, pl or pt-BR"),
                Arg::positional("flow", "FLOW", "The flow's id (see `meta-optout list`)"),
            ],
        },
        Command { path: &["regions"], about: "List the region codes and the law that applies in each", long_about: "", args: &[JSON] },
        Command { path: &["schema"], about: "Print the JSON Schema of flow files (as stored in flows/schema.json)", long_about: "", args: &[] },
        Command { path: &["hosts"], about: "Print the hosts that links in flows may point to", long_about: "", args: &[] },
        Command { path: &["profile"], about: "Create or list profiles (an account you opt out for)", long_about: "", args: &[] },
        Command {
            path: &["profile", "add"],
            about: "Add a profile",
            long_about: "",
            args: &[
                Arg::positional("name", "NAME", "A name you pick, e.g. \"Personal Facebook\""),
                Arg::value("region", "CODE", "Where you live: a country code (DE) or US state (US-CA)").required(),
                Arg::values("platforms", "LIST", "The platforms of this account, separated by commas").required(),
                Arg::value("account", "NAME", "The account concerned: the username or email you use on Meta (shown in the record)"),
            ],
        },
        Command { path: &["profile", "list"], about: "List the profiles", long_about: "", args: &[JSON] },
        Command {
            path: &["mark"],
            about: "Record where you stand on a step",
            long_about: "Record where you stand on a step.\n\n\
                Exits 0 only once the change is safely on disk. A step marked done that has a follow-up \
                (Meta's one-month reply, the 30-day deletion grace) gets its due date.",
            args: &[
                Arg::positional("step", "FLOW/STEP", "The step, as FLOW/STEP (see `meta-optout list`)"),
                Arg::positional("status", "STATUS", "todo, done, skipped (needs --reason) or waiting (needs --until)"),
                Arg::value("profile", "NAME", "Profile name; may be left out when there is only one"),
                Arg::value("note", "TEXT", "A note to keep with the step (\"\" removes it)"),
                Arg::value("reason", "TEXT", "Why the step is skipped"),
                Arg::value("until", "DATE", "Until when the step waits (YYYY-MM-DD)"),
                Arg::values("evidence", "ID=VALUE", "Evidence the step asks for, as ID=VALUE (repeatable), e.g. submitted-on=2026-11-20"),
            ],
        },
        Command {
            path: &["followup"],
            about: "Move a step's follow-up to a later date, with why",
            long_about: "Move a step's follow-up to a later date, with why: Meta may take two more months to answer \
                an objection if it says so within the first, or you may want more time. The first date stays in the \
                record and the calendar beside the new one. The new date must lie after the one it moves and not in \
                the past; nothing changes otherwise.",
            args: &[
                Arg::positional("step", "FLOW/STEP", "The step whose follow-up moves, as FLOW/STEP"),
                Arg::value("extend-to", "DATE", "The new date (YYYY-MM-DD)").required(),
                Arg::value("reason", "TEXT", "Why the date moves").required(),
                Arg::value("profile", "NAME", "Profile name; may be left out when there is only one"),
            ],
        },
        Command {
            path: &["status"],
            about: "Show where each profile stands",
            long_about: "",
            args: &[
                Arg::value("profile", "NAME", "Only this profile"),
                Arg::flag("json", "Print JSON: each profile with each flow and step id and its status"),
            ],
        },
        Command { path: &["recover"], about: "Move a damaged progress.json aside (kept byte for byte) and start afresh", long_about: "", args: &[] },
        Command {
            path: &["export"],
            about: "Export the record of your steps (for yourself or a data protection authority)",
            long_about: "Export the record of your steps: the account concerned, where you live and its law and \
                authority, each guide and step you acted on with its status, dates, notes, evidence, attached files and \
                Meta's answer, the sources behind each step, the follow-ups and the full history. The printed forms are \
                in your language and local time; JSON keeps every value as recorded, is lossless and can be imported \
                again. A bundle is a zip for an authority: the record as HTML and JSON (and as HTML in the authority's \
                language), every attached file and SHA256SUMS; `meta-optout verify` checks it.",
            args: &[
                Arg::value("format", "FORMAT", FORMAT_HELP).required(),
                Arg::value("profile", "NAME", "Only this profile (default: all)"),
                Arg::value("locale", "LOCALE", "Language of the record: en, de, fr, es, it, nl, pl or pt-BR (default: the system's)"),
                Arg::value("out", "FILE", "Write to FILE instead of standard output (a bundle needs it)").path(),
            ],
        },
        Command {
            path: &["attach"],
            about: "Attach a file to a step as evidence (a screenshot, the confirmation email, a PDF)",
            long_about: "Attach a file to a step as evidence: a screenshot of Meta's confirmation (.png, .jpg, .webp, \
                .gif), the confirmation email (.eml), a PDF or a text file, at most 25 MB. A copy is kept in the data \
                folder under its SHA-256, readable by you only and never changed; the history records its name, size, \
                type and SHA-256. The original is left where it is.",
            args: &[
                Arg::positional("step", "FLOW/STEP", "The step, as FLOW/STEP (see `meta-optout list`)"),
                Arg::positional("file", "FILE", "The file to attach").path(),
                Arg::value("profile", "NAME", "Profile name; may be left out when there is only one"),
            ],
        },
        Command {
            path: &["reply"],
            about: "Record what Meta answered to a request",
            long_about: "Record what Meta answered to a step's request (an objection, a deletion request): the outcome, \
                the day it came and its text. The overview then offers what comes next: refused, or no answer by the \
                deadline, offers the complaint to your authority; asked for more offers the step again. Attach the \
                email itself with `meta-optout attach`.",
            args: &[
                Arg::positional("step", "FLOW/STEP", "The step the answer is to, as FLOW/STEP"),
                Arg::value("outcome", "OUTCOME", "accepted, refused, asked-for-more or no-answer").required(),
                Arg::value("received", "DATE", "The day the answer came (YYYY-MM-DD; default: today, none for no-answer)"),
                Arg::value("text", "FILE", "A text file holding the answer as Meta wrote it").path(),
                Arg::value("profile", "NAME", "Profile name; may be left out when there is only one"),
            ],
        },
        Command {
            path: &["verify"],
            about: "Check a bundle or a JSON export: every file and the record's digest",
            long_about: "Check a bundle (zip) or a JSON export and name every file or field that does not match: each \
                file against SHA256SUMS, the JSON record against its digest (RFC 8785), and each attached file the record \
                lists against its SHA-256. Exit status: 0 only when everything matches, 1 otherwise.",
            args: &[Arg::positional("file", "FILE", "A bundle (.zip) or JSON export made by `meta-optout export`").path()],
        },
        Command {
            path: &["calendar"],
            about: "Write the dates to keep (Meta's reply deadlines, deletion grace periods) as a calendar file",
            long_about: "Write the dates to keep as an RFC 5545 calendar (.ics) that calendar apps import: one all-day \
                event per open follow-up, with what to do that day and a reminder the day before. Each event keeps its \
                identity from one export to the next, so importing a newer file updates the dates instead of adding \
                copies, and a date that no longer stands comes as cancelled.",
            args: &[
                Arg::value("profile", "NAME", "Only this profile (default: all)"),
                Arg::value("out", "FILE", "Write to FILE.ics instead of standard output").path(),
            ],
        },
        Command {
            path: &["update"],
            about: "Install corrected guides from a signed guide pack, or roll the last update back",
            long_about: "Install corrected guides from a guide pack file (FILE), without a new app and without going \
                online. The pack's signature is checked first, with the project's key or one you added with \
                `meta-optout trust`; then it must be newer than the guides in use, fit this version of the app and \
                pass `check`. It is installed beside the built-in guides in one atomic switch: a failed or interrupted \
                update leaves the guides as they were. --rollback goes back to the guides in use before the last update.",
            args: &[
                Arg::positional("file", "FILE", "A guide pack (.mopack)").optional().path(),
                Arg::flag("rollback", "Go back to the guides in use before the last update"),
            ],
        },
        Command {
            path: &["trust"],
            about: "Add, list or remove the keys whose guide packs you accept",
            long_about: "Add a minisign public key (KEYFILE, a .pub file) whose signature you accept on guide packs, list \
                the keys (--list) or remove one you added (--remove ID). The project's own key is built in and always \
                trusted. A signature proves who made a pack and that it was not changed since; it does not prove that \
                its instructions are right, so trust only keys of people you trust.",
            args: &[
                Arg::positional("keyfile", "KEYFILE", "A minisign public key file to trust").optional().path(),
                Arg::flag("list", "List the trusted keys"),
                Arg::value("remove", "ID", "Remove the key you added with this id"),
            ],
        },
        Command { path: &["pack"], about: "For maintainers: make a signing key, build and sign a guide pack", long_about: "", args: &[] },
        Command {
            path: &["pack", "new-key"],
            about: "Write a new key pair: DIR/meta-optout-guides.pub to give out, and the secret key beside it",
            long_about: "Write a new minisign key pair into DIR: meta-optout-guides.pub, the public key people add with \
                `meta-optout trust`, and meta-optout-guides.key, the secret key, readable by you only. Keep the secret \
                key out of any repository; whoever holds it can sign packs in your name.",
            args: &[Arg::positional("dir", "DIR", "Where to write the two files").path()],
        },
        Command {
            path: &["pack", "build"],
            about: "Build a signed guide pack from a flows folder",
            long_about: "Build a guide pack from FLOWS_DIR (the flows, regions.json, platforms.json, translations/ and \
                the change log changes.json, if any), after checking it as `meta-optout check FLOWS_DIR` does, and sign \
                it with the secret key.",
            args: &[
                Arg::positional("dir", "FLOWS_DIR", "The flows folder to pack").path(),
                Arg::value("key", "SECRET_KEY_FILE", "The secret key to sign with").required().path(),
                Arg::value("version", "V", "The pack's version, dotted numbers higher than the last, e.g. 2026.12.1").required(),
                Arg::value("out", "FILE", "Where to write the pack (.mopack)").required().path(),
                Arg::value("min-app", "VERSION", "The oldest app version that reads it").default(env!("CARGO_PKG_VERSION")),
            ],
        },
        Command {
            path: &["import"],
            about: "Import a JSON export or a bundle, merging it with the progress already here",
            long_about: "Import a JSON export or a bundle, merging it with the progress already here. A bundle's \
                attached files are kept in the data folder again; it is imported only when every check of \
                `meta-optout verify` passes. Nothing changes when anything is refused.",
            args: &[Arg::positional("file", "FILE", "A JSON export or a bundle made by `meta-optout export`").path()],
        },
    ],
};

/// Writes to stdout, treating a closed pipe (`| head`) as success.
pub(crate) fn print(text: &str) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("meta-optout: cannot write output: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Pretty JSON with a final newline, as every `--json` prints it.
pub(crate) fn json<T: serde::Serialize>(value: &T) -> String {
    let mut s = serde_json::to_string_pretty(value).unwrap_or_default();
    s.push('\n');
    s
}

pub fn run() -> ExitCode {
    let m = match PROGRAM.parse(std::env::args_os().skip(1)) {
        Ok(Parsed::Run(m)) => m,
        Ok(Parsed::Print(text)) => return print(&text),
        Err(e) => {
            eprintln!("error: {}\n\nFor more information, try '--help'.", e.0);
            return ExitCode::from(2);
        }
    };
    let data_dir = m.path("data-dir");
    let name = m.name();
    match name.as_str() {
        "check" => check(m.path("dir")),
        "list" => list(m.one("region"), m.all("platform"), m.one("device"), &m.one("locale").unwrap_or_else(|| "en".into()), m.flag("json")),
        "show" => show(
            &m.one("flow").unwrap_or_default(),
            m.one("region").as_deref(),
            &m.all("platform"),
            m.one("device").as_deref(),
            &m.one("locale").unwrap_or_else(|| "en".into()),
            m.flag("json"),
        ),
        "translate" => translate(&m.one("locale").unwrap_or_default(), &m.one("flow").unwrap_or_default()),
        "regions" => regions(m.flag("json")),
        "schema" => print(schema::flow_schema_text()),
        "hosts" => {
            let mut text = String::from("# Meta\n");
            links::META_HOSTS.iter().for_each(|h| text.push_str(&format!("{h}\n")));
            text.push_str("# Data-protection authorities and regulators\n");
            links::CATALOG_AUTHORITY_HOSTS.iter().for_each(|h| text.push_str(&format!("{h}\n")));
            print(&text)
        }
        "profile add" => with_data(data_dir, |dir, set| progress_cmd::profile_add(dir, set, &m)),
        "profile list" => with_data(data_dir, |dir, _| progress_cmd::profile_list(dir, m.flag("json"))),
        "mark" => with_data(data_dir, |dir, set| progress_cmd::mark(dir, set, &m)),
        "followup" => with_data(data_dir, |dir, set| progress_cmd::followup(dir, set, &m)),
        "status" => with_data(data_dir, |dir, set| progress_cmd::status(dir, set, m.one("profile").as_deref(), m.flag("json"))),
        "recover" => with_data(data_dir, |dir, _| progress_cmd::recover(dir)),
        "export" => with_data(data_dir, |dir, set| {
            progress_cmd::export(dir, set, &m.one("format").unwrap_or_default(), m.one("profile"), m.one("locale"), m.path("out").as_deref())
        }),
        "calendar" => with_data(data_dir, |dir, set| progress_cmd::export(dir, set, "ics", m.one("profile"), None, m.path("out").as_deref())),
        "attach" => with_data(data_dir, |dir, set| progress_cmd::attach(dir, set, &m)),
        "reply" => with_data(data_dir, |dir, set| progress_cmd::reply(dir, set, &m)),
        "verify" => progress_cmd::verify(&m.path("file").unwrap_or_default()),
        "update" => crate::guides_cmd::update(m.path("file").as_deref(), m.flag("rollback")),
        "trust" => crate::guides_cmd::trust(m.path("keyfile").as_deref(), m.flag("list"), m.one("remove").as_deref()),
        "pack new-key" => crate::guides_cmd::new_key(&m.path("dir").unwrap_or_default()),
        "pack build" => crate::guides_cmd::build(
            &m.path("dir").unwrap_or_default(),
            &m.path("key").unwrap_or_default(),
            &m.one("version").unwrap_or_default(),
            &m.one("min-app").unwrap_or_else(|| env!("CARGO_PKG_VERSION").to_owned()),
            &m.path("out").unwrap_or_default(),
        ),
        "import" => with_data(data_dir, |dir, _| progress_cmd::import(dir, &m.path("file").unwrap_or_default())),
        other => unreachable!("`{other}` is in the grammar but has no handler"),
    }
}

/// The guides the app uses: an installed pack or the built-in ones, then
/// the user flows folder.
fn in_use() -> Loaded {
    guides::load(dirs::config_dir().as_deref(), dirs::user_flows_dir().as_deref(), false).0
}

/// Runs a progress command with the data folder and the flows the app loads.
fn with_data(
    explicit: Option<PathBuf>,
    run: impl FnOnce(&std::path::Path, &load::FlowSet) -> Result<String, String>,
) -> ExitCode {
    let Some(dir) = dirs::data_dir(explicit.as_deref()) else {
        eprintln!("meta-optout: no data folder: set HOME, META_OPTOUT_DATA_DIR or --data-dir");
        return ExitCode::from(2);
    };
    let loaded = in_use();
    match run(&dir, &loaded.set) {
        Ok(text) => print(&text),
        Err(msg) => {
            eprintln!("meta-optout: {msg}");
            ExitCode::FAILURE
        }
    }
}

fn check(dir: Option<PathBuf>) -> ExitCode {
    let (loaded, what): (Loaded, String) = match &dir {
        Some(d) if !d.is_dir() => {
            eprintln!("meta-optout: {}: not a folder; give a folder of flow files", d.display());
            return ExitCode::from(2);
        }
        Some(d) => (load::check_folder(d), d.display().to_string()),
        None => {
            let user = dirs::user_flows_dir();
            let what = match &user {
                Some(u) if u.is_dir() => format!("the built-in flows and {}", u.display()),
                _ => "the built-in flows; no user flows folder".to_owned(),
            };
            (guides::load(dirs::config_dir().as_deref(), user.as_deref(), true).0, what)
        }
    };
    let flows = loaded.set.flows.len();
    let translations = loaded.set.translations.len();
    if loaded.problems.is_empty() && loaded.translation_problems.is_empty() {
        let files = loaded.files;
        return print(&format!(
            "ok: {} in {}, {}, no problems ({what})\n",
            plural(flows, "flow"),
            plural(files, "file"),
            plural(translations, "translation file")
        ));
    }
    let mut text = String::new();
    for p in loaded.problems.iter().chain(&loaded.translation_problems) {
        text.push_str(&format!("{p}\n"));
    }
    print(&text);
    let (n, t) = (loaded.problems.len(), loaded.translation_problems.len());
    eprintln!("meta-optout: {} and {} in {what}", plural(n, "problem"), plural(t, "translation problem"));
    ExitCode::FAILURE
}

fn translate(locale: &str, flow: &str) -> ExitCode {
    let loaded = load::load_bundled();
    let Some(f) = loaded.set.get(flow) else {
        let ids = loaded.set.flows.iter().map(|f| f.flow.id.as_str());
        eprintln!("meta-optout: there is no flow `{flow}`{}", meta_optout_core::suggest::did_you_mean(flow, ids));
        return ExitCode::from(2);
    };
    if !i18n::translated_locales().any(|l| l == locale) {
        let all: Vec<&str> = i18n::translated_locales().collect();
        eprintln!("meta-optout: `{locale}` is not a locale to translate into; they are: {}", all.join(", "));
        return ExitCode::from(2);
    }
    print(&json(&loaded.set.translations.template(&f.flow, locale)))
}

fn list(region: Option<String>, platforms: Vec<String>, device: Option<String>, locale: &str, as_json: bool) -> ExitCode {
    let loaded = in_use();
    for p in &loaded.problems {
        eprintln!("meta-optout: skipped: {p}");
    }
    let q = match situation(&loaded.set, region.as_deref(), &platforms, device.as_deref(), locale) {
        Ok(q) => q,
        Err(code) => return code,
    };
    let flows = select::list(&loaded.set, &q, Date::today(), select::Lang { locale, meta_locale: locale });
    if as_json {
        return print(&json(&flows));
    }
    let mut text = String::new();
    if let Some(r) = q.region {
        let law = loaded.set.catalog.framework_of(r).map(|f| f.name.as_str()).unwrap_or("");
        text.push_str(&format!("{} ({}): {law}\n\n", r.name, r.code));
    }
    if flows.is_empty() {
        text.push_str("No flow applies to this choice.\n");
    }
    for f in &flows {
        let stale = if f.stale { "  [may be out of date]" } else { "" };
        text.push_str(&format!("{}  {}  (verified {}){stale}\n", f.id, f.title, f.last_verified));
        for s in &f.steps {
            text.push_str(&format!("    {}/{}  {}\n", f.id, s.id, s.title));
        }
    }
    print(&text)
}

/// The person's situation and language from the command line, or the exit
/// code after saying which value is wrong.
fn situation<'s>(
    set: &'s load::FlowSet,
    region: Option<&str>,
    platforms: &[String],
    device: Option<&str>,
    locale: &str,
) -> Result<select::Query<'s>, ExitCode> {
    let q = query(&set.catalog, region, platforms, device).map_err(|e| {
        match e {
            crate::error::Error::UnknownRegion(_) => eprintln!("meta-optout: {e} See `meta-optout regions` for the list."),
            e => eprintln!("meta-optout: {e}"),
        }
        ExitCode::from(2)
    })?;
    if !i18n::is_known(locale) {
        let all: Vec<&str> = i18n::LOCALES.iter().map(|l| l.id).collect();
        eprintln!("meta-optout: unknown locale `{locale}`; the app speaks {}", all.join(", "));
        return Err(ExitCode::from(2));
    }
    Ok(q)
}

fn show(flow: &str, region: Option<&str>, platforms: &[String], device: Option<&str>, locale: &str, as_json: bool) -> ExitCode {
    let loaded = in_use();
    for p in &loaded.problems {
        eprintln!("meta-optout: skipped: {p}");
    }
    let set = &loaded.set;
    if set.get(flow).is_none() {
        let ids = set.flows.iter().map(|f| f.flow.id.as_str());
        eprintln!("meta-optout: there is no guide `{flow}`{}; `meta-optout list` shows them", meta_optout_core::suggest::did_you_mean(flow, ids));
        return ExitCode::from(2);
    }
    let q = match situation(set, region, platforms, device, locale) {
        Ok(q) => q,
        Err(code) => return code,
    };
    let (Some(r), Some(d)) = (q.region, q.device) else { unreachable!("region and device are required arguments") };
    let lang = select::Lang { locale, meta_locale: locale };
    let who = format!("{} ({}), {}, {}", r.name, r.code, q.platforms.iter().map(|p| p.id()).collect::<Vec<_>>().join(", "), d.id());
    let Some(view) = select::view(set, flow, &q, d, Date::today(), lang) else {
        eprintln!("meta-optout: the guide `{flow}` does not apply to {who}; `meta-optout list` shows those that do");
        return ExitCode::FAILURE;
    };
    if as_json {
        return print(&json(&view));
    }
    print(&meta_optout_core::show::text(&view, &who))
}

fn regions(as_json: bool) -> ExitCode {
    let loaded = load::load_bundled();
    let views = region_view::all(&loaded.set.catalog, Date::today());
    if as_json {
        return print(&json(&views));
    }
    let mut text = String::new();
    for v in &views {
        text.push_str(&region_view::line(v));
        text.push('\n');
    }
    print(&text)
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}
