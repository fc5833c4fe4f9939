//! The command line's grammar, as data: each subcommand with its arguments
//! and their help. One table both parses and prints the help, so the two
//! cannot drift apart. Long options only (`--name VALUE`, `--name=VALUE`),
//! `--` ends them; `-h`/`--help` anywhere, `-V`/`--version` at the top.

use std::ffi::OsString;
use std::fmt::Write;

use meta_optout_core::suggest::did_you_mean;

pub struct Command {
    /// The words that select it, e.g. `["profile", "add"]`.
    pub path: &'static [&'static str],
    pub about: &'static str,
    /// The full description for `--help`; empty when `about` says it all.
    pub long_about: &'static str,
    pub args: &'static [Arg],
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A value in its place, e.g. `mark STEP STATUS`.
    Positional,
    /// `--name VALUE`, given at most once.
    Value,
    /// `--name VALUE`, as often as needed.
    Values,
    /// `--name`, no value.
    Flag,
}

pub struct Arg {
    pub name: &'static str,
    /// What the value is called in help, e.g. `CODE`.
    pub value_name: &'static str,
    pub help: &'static str,
    pub kind: Kind,
    pub required: bool,
    /// Shown in help; the command applies it.
    pub default: &'static str,
    /// A file or folder: any bytes the system allows, not only UTF-8.
    pub path: bool,
}

impl Arg {
    pub const fn positional(name: &'static str, value_name: &'static str, help: &'static str) -> Arg {
        Arg { name, value_name, help, kind: Kind::Positional, required: true, default: "", path: false }
    }
    pub const fn value(name: &'static str, value_name: &'static str, help: &'static str) -> Arg {
        Arg { name, value_name, help, kind: Kind::Value, required: false, default: "", path: false }
    }
    pub const fn values(name: &'static str, value_name: &'static str, help: &'static str) -> Arg {
        Arg { name, value_name, help, kind: Kind::Values, required: false, default: "", path: false }
    }
    pub const fn flag(name: &'static str, help: &'static str) -> Arg {
        Arg { name, value_name: "", help, kind: Kind::Flag, required: false, default: "", path: false }
    }
    pub const fn required(self) -> Arg {
        Arg { required: true, ..self }
    }
    pub const fn optional(self) -> Arg {
        Arg { required: false, ..self }
    }
    pub const fn path(self) -> Arg {
        Arg { path: true, ..self }
    }
    pub const fn default(self, default: &'static str) -> Arg {
        Arg { default, ..self }
    }

    /// As usage and help show it: `<FLOW/STEP>`, `--region <CODE>`, `--json`.
    fn shown(&self) -> String {
        match self.kind {
            Kind::Positional if self.required => format!("<{}>", self.value_name),
            Kind::Positional => format!("[{}]", self.value_name),
            Kind::Flag => format!("--{}", self.name),
            Kind::Value | Kind::Values => format!("--{} <{}>", self.name, self.value_name),
        }
    }
}

/// The whole grammar: the program, its global options and its subcommands.
pub struct Program {
    pub name: &'static str,
    pub version: &'static str,
    pub about: &'static str,
    pub long_about: &'static str,
    pub after_help: &'static str,
    /// Options every subcommand takes, before or after its name.
    pub global: &'static [Arg],
    pub commands: &'static [Command],
}

/// The arguments given to one subcommand.
pub struct Matches {
    pub command: &'static Command,
    given: Vec<(&'static str, OsString)>,
}

impl Matches {
    /// A value given once (UTF-8 was checked when parsing).
    pub fn one(&self, name: &str) -> Option<String> {
        self.given.iter().rev().find(|(n, _)| *n == name).map(|(_, v)| v.to_string_lossy().into_owned())
    }

    /// Every value given for `name`, in order.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.given.iter().filter(|(n, _)| *n == name).map(|(_, v)| v.to_string_lossy().into_owned()).collect()
    }

    pub fn path(&self, name: &str) -> Option<std::path::PathBuf> {
        self.given.iter().rev().find(|(n, _)| *n == name).map(|(_, v)| v.into())
    }

    pub fn flag(&self, name: &str) -> bool {
        self.given.iter().any(|(n, _)| *n == name)
    }

    /// The subcommand's words joined, e.g. `profile add`.
    pub fn name(&self) -> String {
        self.command.path.join(" ")
    }
}

/// What the command line asks for.
pub enum Parsed {
    Run(Matches),
    /// Text for standard output, then exit 0.
    Print(String),
}

/// A command line that cannot be run; printed with the usage, exit 2.
#[derive(Debug)]
pub struct UsageError(pub String);

impl Program {
    fn global_arg(&self, name: &str) -> Option<&'static Arg> {
        self.global.iter().find(|a| a.name == name)
    }

    /// The subcommands one level below `path` (top level when empty).
    fn children(&self, path: &[&str]) -> Vec<&'static Command> {
        let commands: &'static [Command] = self.commands;
        commands.iter().filter(|c| c.path.len() == path.len() + 1 && c.path[..path.len()] == *path).collect()
    }

    fn find(&self, path: &[&str]) -> Option<&'static Command> {
        self.commands.iter().find(|c| c.path == path)
    }

    pub fn parse(&'static self, args: impl IntoIterator<Item = OsString>) -> Result<Parsed, UsageError> {
        let mut path: Vec<&'static str> = Vec::new();
        let mut given: Vec<(&'static str, OsString)> = Vec::new();
        let mut positionals: Vec<OsString> = Vec::new();
        let mut only_positionals = false;
        let mut args = args.into_iter();
        let mut help_path: Option<Vec<&'static str>> = None;
        while let Some(raw) = args.next() {
            let text = raw.to_string_lossy().into_owned();
            let current = self.find(&path);
            let is_group = current.is_none() || !self.children(&path).is_empty();
            if only_positionals || !text.starts_with('-') || text == "-" {
                if is_group && positionals.is_empty() {
                    // A word that picks a subcommand (or `help SUBCOMMAND`).
                    if text == "help" && path.is_empty() {
                        let words: Vec<String> = args.by_ref().map(|a| a.to_string_lossy().into_owned()).collect();
                        let mut target = Vec::new();
                        for w in &words {
                            match self.children(&target).into_iter().find(|c| c.path.last() == Some(&w.as_str())) {
                                Some(c) => target = c.path.to_vec(),
                                None => return Err(self.unknown_command(&target, w)),
                            }
                        }
                        return Ok(Parsed::Print(self.help(&target)));
                    }
                    match self.children(&path).into_iter().find(|c| c.path.last() == Some(&text.as_str())) {
                        Some(c) => {
                            path = c.path.to_vec();
                            continue;
                        }
                        None => return Err(self.unknown_command(&path, &text)),
                    }
                }
                positionals.push(raw);
                continue;
            }
            if text == "--" {
                only_positionals = true;
                continue;
            }
            if text == "-h" || text == "--help" {
                help_path.get_or_insert_with(|| path.clone());
                continue;
            }
            if (text == "-V" || text == "--version") && path.is_empty() {
                return Ok(Parsed::Print(format!("{} {}\n", self.name, self.version)));
            }
            let Some(body) = text.strip_prefix("--") else {
                return Err(self.unexpected(&path, &text, None));
            };
            let (name, inline) = match body.split_once('=') {
                Some((n, v)) => (n, Some(v.to_owned())),
                None => (body, None),
            };
            let own = current.and_then(|c| c.args.iter().find(|a| a.kind != Kind::Positional && a.name == name));
            let Some(arg) = own.or_else(|| self.global_arg(name)) else {
                return Err(self.unexpected(&path, &text, Some(name)));
            };
            if arg.kind == Kind::Flag {
                if inline.is_some() {
                    return Err(UsageError(format!("unexpected value for '--{name}': it takes none")));
                }
                given.push((arg.name, OsString::new()));
                continue;
            }
            let value = match inline {
                Some(v) => raw_value_after_equals(&raw).unwrap_or_else(|| v.into()),
                None => match args.next() {
                    Some(v) => v,
                    None => return Err(UsageError(format!("a value is required for '{}' but none was supplied", arg.shown()))),
                },
            };
            if arg.kind == Kind::Value && given.iter().any(|(n, _)| *n == arg.name) {
                return Err(UsageError(format!("the argument '{}' cannot be used more than once", arg.shown())));
            }
            if !arg.path && value.to_str().is_none() {
                return Err(UsageError(format!("the value of '{}' is not valid UTF-8", arg.shown())));
            }
            given.push((arg.name, value));
        }
        if let Some(p) = help_path {
            return Ok(Parsed::Print(self.help(&p)));
        }
        let command = match self.find(&path) {
            Some(c) if self.children(&path).is_empty() => c,
            _ => {
                let mut text = format!("'{}' needs a subcommand; they are:\n", self.usage_name(&path));
                for c in self.children(&path) {
                    let _ = writeln!(text, "  {}", c.path.last().unwrap_or(&""));
                }
                text.push_str(&format!("\nUsage: {}", self.usage(&path)));
                return Err(UsageError(text.trim_end().to_owned()));
            }
        };
        let slots: Vec<&Arg> = command.args.iter().filter(|a| a.kind == Kind::Positional).collect();
        if positionals.len() > slots.len() {
            let extra = positionals[slots.len()].to_string_lossy().into_owned();
            return Err(self.unexpected(&path, &extra, None));
        }
        for (slot, value) in slots.iter().zip(positionals) {
            if !slot.path && value.to_str().is_none() {
                return Err(UsageError(format!("the value of '{}' is not valid UTF-8", slot.shown())));
            }
            given.push((slot.name, value));
        }
        let missing: Vec<String> =
            command.args.iter().filter(|a| a.required && !given.iter().any(|(n, _)| *n == a.name)).map(Arg::shown).collect();
        if !missing.is_empty() {
            return Err(UsageError(format!(
                "the following required arguments were not provided:\n  {}\n\nUsage: {}",
                missing.join("\n  "),
                self.usage(&path)
            )));
        }
        Ok(Parsed::Run(Matches { command, given }))
    }

    fn usage_name(&self, path: &[&str]) -> String {
        std::iter::once(self.name).chain(path.iter().copied()).collect::<Vec<_>>().join(" ")
    }

    fn usage(&self, path: &[&str]) -> String {
        let mut usage = format!("{} [OPTIONS]", self.usage_name(path));
        match self.find(path) {
            Some(c) if self.children(path).is_empty() => {
                for a in c.args.iter().filter(|a| a.required || a.kind == Kind::Positional) {
                    usage.push(' ');
                    usage.push_str(&a.shown());
                }
            }
            _ => usage.push_str(" <COMMAND>"),
        }
        usage
    }

    fn unknown_command(&self, path: &[&str], word: &str) -> UsageError {
        let names = self.children(path).into_iter().filter_map(|c| c.path.last().copied());
        UsageError(format!("unrecognized subcommand '{word}'{}\n\nUsage: {}", did_you_mean(word, names), self.usage(path)))
    }

    fn unexpected(&self, path: &[&str], token: &str, option: Option<&str>) -> UsageError {
        let mut hint = String::new();
        if let Some(name) = option {
            let own = self.find(path).map(|c| c.args).unwrap_or(&[]);
            let names = own.iter().chain(self.global).filter(|a| a.kind != Kind::Positional).map(|a| a.name);
            hint = did_you_mean(name, names).replacen('`', "`--", 1);
        }
        UsageError(format!("unexpected argument '{token}'{hint}\n\nUsage: {}", self.usage(path)))
    }

    /// The help of the program (empty path), a group, or a subcommand.
    pub fn help(&self, path: &[&str]) -> String {
        let mut out = String::new();
        let command = self.find(path);
        let (about, long) = match command {
            Some(c) => (c.about, c.long_about),
            None => (self.about, self.long_about),
        };
        let _ = writeln!(out, "{}\n", if long.is_empty() { about } else { long });
        let _ = writeln!(out, "Usage: {}\n", self.usage(path));
        let mut sections: Vec<(&str, Vec<(String, String)>)> = Vec::new();
        let children: Vec<(String, String)> =
            self.children(path).into_iter().map(|c| (c.path.last().unwrap_or(&"").to_string(), c.about.to_owned())).collect();
        if !children.is_empty() {
            sections.push(("Commands", children));
        }
        let args = command.map(|c| c.args).unwrap_or(&[]);
        let described = |a: &Arg| {
            let default = if a.default.is_empty() { String::new() } else { format!(" [default: {}]", a.default) };
            format!("{}{default}", a.help)
        };
        let positionals: Vec<(String, String)> =
            args.iter().filter(|a| a.kind == Kind::Positional).map(|a| (a.shown(), described(a))).collect();
        if !positionals.is_empty() {
            sections.push(("Arguments", positionals));
        }
        let mut options: Vec<(String, String)> =
            args.iter().chain(self.global).filter(|a| a.kind != Kind::Positional).map(|a| (format!("    {}", a.shown()), described(a))).collect();
        options.push(("-h, --help".into(), "Print help".into()));
        if path.is_empty() {
            options.push(("-V, --version".into(), "Print version".into()));
        }
        sections.push(("Options", options));
        let width = sections.iter().flat_map(|(_, rows)| rows.iter().map(|(l, _)| l.chars().count())).max().unwrap_or(0);
        for (title, rows) in sections {
            let _ = writeln!(out, "{title}:");
            for (left, right) in rows {
                let _ = writeln!(out, "  {left:<width$}  {right}");
            }
            out.push('\n');
        }
        if path.is_empty() && !self.after_help.is_empty() {
            let _ = writeln!(out, "{}", self.after_help);
        }
        out.trim_end().to_owned() + "\n"
    }
}

/// The value of `--name=VALUE` as the system gave it, so that a path after
/// `=` keeps bytes that are not UTF-8.
#[cfg(unix)]
fn raw_value_after_equals(raw: &OsString) -> Option<OsString> {
    use std::os::unix::ffi::{OsStrExt, OsStringExt};
    let bytes = raw.as_bytes();
    let at = bytes.iter().position(|b| *b == b'=')?;
    Some(OsString::from_vec(bytes[at + 1..].to_vec()))
}

#[cfg(not(unix))]
fn raw_value_after_equals(_: &OsString) -> Option<OsString> {
    None
}
