//! Structural checking of a JSON document against the JSON Schema generated
//! from the Rust types: wrong types, unknown fields, missing fields and
//! values outside an enumeration, all of them, each with its path.
//!
//! Only the schema keywords the generator emits are understood: `$ref`,
//! `type`, `enum`, `const`, `anyOf`/`oneOf`, `properties`, `required`,
//! `additionalProperties`, `items`, `minimum`, `maximum`.

use serde_json::Value;

use crate::json_path::{push_index, push_key};
use crate::suggest::did_you_mean;

/// One structural problem. `at_key` places it on the member's key (unknown
/// fields) rather than on its value.
#[derive(Debug, Clone, PartialEq)]
pub struct ShapeIssue {
    pub path: String,
    pub at_key: bool,
    pub message: String,
}

/// Every structural problem of `value` against the root `schema`.
pub fn check(value: &Value, schema: &Value) -> Vec<ShapeIssue> {
    let mut walker = Walker { defs: schema.get("$defs"), out: Vec::new() };
    walker.walk(value, schema, "$");
    walker.out
}

struct Walker<'s> {
    defs: Option<&'s Value>,
    out: Vec<ShapeIssue>,
}

impl<'s> Walker<'s> {
    fn resolve(&self, mut s: &'s Value) -> &'s Value {
        // Bounded: a schema made by the generator never chains refs deeply.
        for _ in 0..8 {
            let Some(name) = s.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/$defs/")) else {
                break;
            };
            match self.defs.and_then(|d| d.get(name)) {
                Some(target) => s = target,
                None => break,
            }
        }
        s
    }

    /// The closed set of values a schema allows, if it is an enumeration.
    fn enumeration(&self, s: &'s Value) -> Option<Vec<&'s Value>> {
        let s = self.resolve(s);
        if let Some(values) = s.get("enum").and_then(Value::as_array) {
            return Some(values.iter().collect());
        }
        if let Some(c) = s.get("const") {
            return Some(vec![c]);
        }
        let branches = s.get("oneOf").or_else(|| s.get("anyOf"))?.as_array()?;
        let mut all = Vec::new();
        for b in branches {
            all.extend(self.enumeration(b)?);
        }
        Some(all)
    }

    fn issue(&mut self, path: &str, at_key: bool, message: String) {
        self.out.push(ShapeIssue { path: path.to_owned(), at_key, message });
    }

    fn walk(&mut self, v: &Value, s: &'s Value, path: &str) {
        let s = self.resolve(s);
        if let Some(allowed) = self.enumeration(s) {
            if !allowed.contains(&v) {
                let names: Vec<&str> = allowed.iter().filter_map(|a| a.as_str()).collect();
                let hint = v.as_str().map(|x| did_you_mean(x, names.iter().copied())).unwrap_or_default();
                self.issue(path, false, format!("{} is not one of: {}{hint}", describe(v), names.join(", ")));
            }
            return;
        }
        if let Some(branches) = s.get("anyOf").or_else(|| s.get("oneOf")).and_then(Value::as_array) {
            let non_null: Vec<&Value> = branches.iter().filter(|b| !is_null_schema(self.resolve(b))).collect();
            if v.is_null() && non_null.len() < branches.len() {
                return;
            }
            let fitting = non_null.iter().find(|b| type_fits(v, self.resolve(b)));
            match fitting.or(if non_null.len() == 1 { non_null.first() } else { None }) {
                Some(b) => self.walk(v, b, path),
                None => self.issue(path, false, format!("expected {}, found {}", expected_any(&non_null, self), describe(v))),
            }
            return;
        }
        if !type_fits(v, s) {
            let want = s.get("type").map(expected_type).unwrap_or_else(|| "another kind of value".into());
            self.issue(path, false, format!("expected {want}, found {}", describe(v)));
            return;
        }
        match v {
            Value::Object(map) => self.object(map, s, path),
            Value::Array(items) => {
                if let Some(item_schema) = s.get("items") {
                    for (i, item) in items.iter().enumerate() {
                        self.walk(item, item_schema, &push_index(path, i));
                    }
                }
            }
            Value::Number(n) => {
                let min = s.get("minimum").and_then(Value::as_f64);
                let max = s.get("maximum").and_then(Value::as_f64);
                let x = n.as_f64().unwrap_or(0.0);
                if min.is_some_and(|m| x < m) || max.is_some_and(|m| x > m) {
                    self.issue(path, false, format!("{n} is out of range"));
                }
            }
            _ => {}
        }
    }

    fn object(&mut self, map: &serde_json::Map<String, Value>, s: &'s Value, path: &str) {
        let props = s.get("properties").and_then(Value::as_object);
        if let Some(required) = s.get("required").and_then(Value::as_array) {
            for name in required.iter().filter_map(Value::as_str) {
                if !map.contains_key(name) {
                    self.issue(path, false, format!("missing required field `{name}`"));
                }
            }
        }
        for (key, val) in map {
            let child = push_key(path, key);
            if let Some(ps) = props.and_then(|p| p.get(key)) {
                self.walk(val, ps, &child);
                continue;
            }
            match s.get("additionalProperties") {
                Some(Value::Bool(false)) => {
                    let known = props.map(|p| p.keys().map(String::as_str).collect::<Vec<_>>()).unwrap_or_default();
                    let mut msg = format!("unknown field `{key}`{}", did_you_mean(key, known.iter().copied()));
                    if !msg.ends_with("?)") && !known.is_empty() {
                        msg.push_str(&format!("; known fields: {}", known.join(", ")));
                    }
                    self.issue(&child, true, msg);
                }
                Some(extra @ Value::Object(_)) => self.walk(val, extra, &child),
                _ => {}
            }
        }
    }
}

fn is_null_schema(s: &Value) -> bool {
    s.get("type").and_then(Value::as_str) == Some("null")
}

fn type_name_fits(v: &Value, t: &str) -> bool {
    match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        "number" => v.is_number(),
        "integer" => v.is_u64() || v.is_i64(),
        _ => true,
    }
}

fn type_fits(v: &Value, s: &Value) -> bool {
    match s.get("type") {
        Some(Value::String(t)) => type_name_fits(v, t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(|t| type_name_fits(v, t)),
        _ => true,
    }
}

fn type_phrase(t: &str) -> &'static str {
    match t {
        "object" => "an object",
        "array" => "a list",
        "string" => "a string",
        "boolean" => "true or false",
        "null" => "null",
        "number" => "a number",
        "integer" => "a whole number",
        _ => "a value",
    }
}

fn expected_type(t: &Value) -> String {
    match t {
        Value::String(t) => type_phrase(t).to_owned(),
        Value::Array(ts) => {
            let names: Vec<&str> = ts.iter().filter_map(Value::as_str).filter(|t| *t != "null").map(type_phrase).collect();
            names.join(" or ")
        }
        _ => "a value".to_owned(),
    }
}

fn expected_any(branches: &[&Value], w: &Walker<'_>) -> String {
    let names: Vec<String> = branches.iter().filter_map(|b| w.resolve(b).get("type").map(expected_type)).collect();
    if names.is_empty() { "another kind of value".into() } else { names.join(" or ") }
}

/// A short description of a value for messages, with long strings cut.
pub fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) => {
            let cut: String = s.chars().take(40).collect();
            let more = if cut.len() < s.len() { "…" } else { "" };
            format!("{}{more}", Value::String(cut))
        }
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}
