//! JSON Schemas generated from the Rust types. `flows/schema.json` is the
//! flow schema written out for editors; a test fails when it is stale.

use std::sync::OnceLock;

use serde_json::Value;

use crate::catalog::{PlatformCatalog, RegionCatalog};
use crate::model::Flow;

fn generate<T: schemars::JsonSchema>() -> Value {
    serde_json::to_value(schemars::schema_for!(T)).unwrap_or(Value::Null)
}

/// The schema of a flow file.
pub fn flow() -> &'static Value {
    static S: OnceLock<Value> = OnceLock::new();
    S.get_or_init(generate::<Flow>)
}

/// The schema of `regions.json`.
pub fn regions() -> &'static Value {
    static S: OnceLock<Value> = OnceLock::new();
    S.get_or_init(generate::<RegionCatalog>)
}

/// The schema of `platforms.json`.
pub fn platforms() -> &'static Value {
    static S: OnceLock<Value> = OnceLock::new();
    S.get_or_init(generate::<PlatformCatalog>)
}

/// The schema of a flow translation file.
pub fn translation() -> &'static Value {
    static S: OnceLock<Value> = OnceLock::new();
    S.get_or_init(generate::<crate::i18n::FlowTranslation>)
}

/// The flow schema as it is stored in `flows/schema.json`.
pub fn flow_schema_text() -> String {
    let mut text = serde_json::to_string_pretty(flow()).unwrap_or_default();
    text.push('\n');
    text
}
