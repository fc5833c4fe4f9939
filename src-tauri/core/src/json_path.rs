//! Where things are in a JSON document: paths such as `$.steps[3].id`, and
//! the line and column at which each value and key starts.
//!
//! serde_json reports the first syntax error with its position but forgets
//! positions once a document parses. The checker wants every problem, each
//! with its position, so this module scans a document that is already known
//! to be valid JSON and records where every value and key begins.

use std::collections::HashMap;

/// Appends an object key to a path, quoting keys that are not plain names.
pub fn push_key(path: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '$')
        && !key.starts_with(|c: char| c.is_ascii_digit());
    if plain {
        format!("{path}.{key}")
    } else {
        format!("{path}[{}]", serde_json::Value::String(key.to_owned()))
    }
}

/// Appends an array index to a path.
pub fn push_index(path: &str, index: usize) -> String {
    format!("{path}[{index}]")
}

/// A 1-based line and column (the column counts characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

/// The positions of the values and keys of one document, by path.
#[derive(Debug, Default)]
pub struct Positions {
    values: HashMap<String, Pos>,
    keys: HashMap<String, Pos>,
    /// Keys that appear twice in the same object: serde_json silently keeps
    /// the last one, which would hide an author's mistake.
    pub duplicate_keys: Vec<(String, Pos)>,
}

impl Positions {
    /// Where the value at `path` starts, or the nearest enclosing value.
    pub fn value(&self, path: &str) -> Pos {
        let mut p = path;
        loop {
            if let Some(pos) = self.values.get(p) {
                return *pos;
            }
            match p.rfind(['.', '[']) {
                Some(i) if i > 0 => p = &p[..i],
                _ => return Pos { line: 1, col: 1 },
            }
        }
    }

    /// Where the key of the member at `path` starts (falls back to its value).
    pub fn key(&self, path: &str) -> Pos {
        self.keys.get(path).copied().unwrap_or_else(|| self.value(path))
    }

    /// Scans `text` if it parses as JSON (the scanner relies on that).
    pub fn scan_if_valid(text: &str) -> Option<Positions> {
        serde_json::from_slice::<serde::de::IgnoredAny>(text.as_bytes()).ok().map(|_| Positions::scan(text))
    }

    /// Scans `text`, which must already have parsed as JSON.
    pub fn scan(text: &str) -> Positions {
        let mut s = Scanner { b: text.as_bytes(), i: 0, line: 1, col: 1, out: Positions::default() };
        s.value("$".to_owned());
        s.out
    }
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
    line: usize,
    col: usize,
    out: Positions,
}

impl Scanner<'_> {
    fn pos(&self) -> Pos {
        Pos { line: self.line, col: self.col }
    }

    fn peek(&self) -> u8 {
        self.b.get(self.i).copied().unwrap_or(0)
    }

    fn bump(&mut self) {
        if let Some(&c) = self.b.get(self.i) {
            self.i += 1;
            if c == b'\n' {
                self.line += 1;
                self.col = 1;
            } else if c & 0xC0 != 0x80 {
                // Count a UTF-8 sequence once, at its first byte.
                self.col += 1;
            }
        }
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), b' ' | b'\t' | b'\n' | b'\r') {
            self.bump();
        }
    }

    fn value(&mut self, path: String) {
        self.skip_ws();
        let start = self.pos();
        match self.peek() {
            b'{' => self.object(&path),
            b'[' => self.array(&path),
            b'"' => {
                self.string();
            }
            _ => {
                while !matches!(self.peek(), b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r' | 0) {
                    self.bump();
                }
            }
        }
        self.out.values.insert(path, start);
    }

    fn object(&mut self, path: &str) {
        self.bump(); // {
        self.skip_ws();
        if self.peek() == b'}' {
            self.bump();
            return;
        }
        while self.i < self.b.len() {
            self.skip_ws();
            let key_pos = self.pos();
            let key = self.string();
            let child = push_key(path, &key);
            if self.out.keys.insert(child.clone(), key_pos).is_some() {
                self.out.duplicate_keys.push((child.clone(), key_pos));
            }
            self.skip_ws();
            self.bump(); // :
            self.value(child);
            if !self.separator() {
                break;
            }
        }
    }

    /// Consumes what follows a member or element; true when it was a comma.
    fn separator(&mut self) -> bool {
        self.skip_ws();
        let c = self.peek();
        self.bump();
        c == b','
    }

    fn array(&mut self, path: &str) {
        self.bump(); // [
        self.skip_ws();
        if self.peek() == b']' {
            self.bump();
            return;
        }
        let mut index = 0;
        while self.i < self.b.len() {
            self.value(push_index(path, index));
            index += 1;
            if !self.separator() {
                break;
            }
        }
    }

    /// Consumes a string literal and returns its decoded text.
    fn string(&mut self) -> String {
        let start = self.i;
        self.bump(); // opening quote
        while self.i < self.b.len() && self.peek() != b'"' {
            if self.peek() == b'\\' {
                self.bump();
            }
            self.bump();
        }
        self.bump(); // closing quote
        let raw = std::str::from_utf8(&self.b[start..self.i]).unwrap_or("\"\"");
        serde_json::from_slice(raw.as_bytes()).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_values_and_keys_by_path() {
        let text = "{\n  \"id\": \"x\",\n  \"steps\": [\n    {\"id\": 5},\n    {\"t\\u00e9\": []}\n  ]\n}";
        let p = Positions::scan(text);
        assert_eq!(p.value("$.id"), Pos { line: 2, col: 9 });
        assert_eq!(p.key("$.id"), Pos { line: 2, col: 3 });
        assert_eq!(p.value("$.steps[0].id"), Pos { line: 4, col: 12 });
        assert_eq!(p.key("$.steps[1][\"té\"]"), Pos { line: 5, col: 6 });
        // A path that does not exist falls back to its nearest parent.
        assert_eq!(p.value("$.steps[0].missing"), Pos { line: 4, col: 5 });
    }

    #[test]
    fn counts_columns_in_characters_and_reports_duplicate_keys() {
        let p = Positions::scan("{\"ä\": \"ö\", \"b\": 1, \"b\": 2}");
        assert_eq!(p.value("$.b"), Pos { line: 1, col: 25 });
        assert_eq!(p.duplicate_keys, vec![("$.b".to_owned(), Pos { line: 1, col: 20 })]);
    }

    #[test]
    fn quotes_keys_that_are_not_plain_names() {
        assert_eq!(push_key("$", "title"), "$.title");
        assert_eq!(push_key("$", "two words"), "$[\"two words\"]");
        assert_eq!(push_key("$", "1st"), "$[\"1st\"]");
    }
}
