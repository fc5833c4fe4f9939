//! Checking flow and catalog files: every problem in every file, each
//! placed precisely enough for an author to fix it without guessing.
//!
//! Syntax and type problems are reported as `FILE:LINE:COL: $.path: message`;
//! problems of meaning (a duplicate id, an unknown region, a link off the
//! allow-list) as `FILE: $.path: message`.

mod meaning;
pub mod shape;

use std::fmt;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::json_path::{Pos, Positions};

pub use meaning::{check_catalog, check_flow, dangling_next_flows, duplicate_flow_ids};

/// Flow and catalog files larger than this are refused unread: real ones are
/// a few kilobytes, and a hostile 100 MB file must not be loaded into memory.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The file as the user named it (a path, or `bundled/NAME` for built-in flows).
    pub file: String,
    /// Line and column, for syntax and type problems.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// Where in the document, as `$.steps[3].id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    pub message: String,
}

impl Problem {
    /// A problem with the whole file (unreadable, too large).
    pub fn file(file: &str, message: impl Into<String>) -> Problem {
        Problem { file: file.to_owned(), line: None, column: None, path: None, message: message.into() }
    }

    /// A problem of meaning at a path.
    pub fn at_path(file: &str, path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem { file: file.to_owned(), line: None, column: None, path: Some(path.into()), message: message.into() }
    }

    /// A syntax or type problem at a position.
    pub fn at_pos(file: &str, pos: Pos, path: Option<String>, message: impl Into<String>) -> Problem {
        Problem { file: file.to_owned(), line: Some(pos.line), column: Some(pos.col), path, message: message.into() }
    }

    /// Puts problems in the order they are reported: by file, then by line
    /// and column. One order for every list, and one copy of the sort.
    pub fn sort(problems: &mut [Problem]) {
        problems.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let (Some(l), Some(c)) = (self.line, self.column) {
            write!(f, ":{l}:{c}")?;
        }
        f.write_str(": ")?;
        if let Some(p) = &self.path {
            write!(f, "{p}: ")?;
        }
        f.write_str(&self.message)
    }
}

/// Parses `text` as a `T`, checking it against `schema` first so that every
/// structural problem is reported, not only the first one serde meets.
pub fn parse_document<T: DeserializeOwned>(file: &str, text: &str, schema: &serde_json::Value) -> Result<T, Vec<Problem>> {
    let value: serde_json::Value = match serde_json::from_slice(text.as_bytes()) {
        Ok(v) => v,
        Err(e) => {
            let pos = Pos { line: e.line().max(1), col: e.column().max(1) };
            return Err(vec![Problem::at_pos(file, pos, None, syntax_message(&e))]);
        }
    };
    let positions = Positions::scan(text);
    let mut problems: Vec<Problem> = positions
        .duplicate_keys
        .iter()
        .map(|(path, pos)| {
            Problem::at_pos(file, *pos, Some(path.clone()), "this key appears twice in the same object; only one is kept")
        })
        .collect();
    for issue in shape::check(&value, schema) {
        let pos = if issue.at_key { positions.key(&issue.path) } else { positions.value(&issue.path) };
        problems.push(Problem::at_pos(file, pos, Some(issue.path), issue.message));
    }
    if !problems.is_empty() {
        Problem::sort(&mut problems);
        return Err(problems);
    }
    drop(value);
    serde_json::from_slice(text.as_bytes()).map_err(|e| vec![Problem::at_pos(file, Pos { line: e.line().max(1), col: e.column().max(1) }, None, e.to_string())])
}

/// serde_json's message without its trailing " at line L column C", which
/// the problem already carries.
fn syntax_message(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let msg = match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_owned(),
        None => msg,
    };
    if msg.contains("recursion limit") {
        return "nested too deeply (more than 128 levels); flow files are a few levels deep".to_owned();
    }
    format!("invalid JSON: {msg}")
}

/// Whether an id is kebab-case ASCII: `object-ai-training`, `step-2`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.split('-').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}
