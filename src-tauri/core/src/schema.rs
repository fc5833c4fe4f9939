//! The JSON Schemas of the documents the app reads, generated from the Rust
//! types. `flows/schema.json` (flows, for editors) and `schemas/` (catalogs
//! and translations) hold them as generated; the app reads those copies, so
//! it carries no schema generator, and a test fails when one is stale.

use std::sync::OnceLock;

use serde_json::Value;

use crate::load::BUNDLED;

/// A stored schema, as built into the binary.
fn text(name: &str) -> &'static str {
    BUNDLED.get(name).unwrap_or_default()
}

fn parse(name: &str) -> Value {
    // A stored schema that does not parse fails every test that loads a flow.
    serde_json::from_slice(text(name).as_bytes()).unwrap_or(Value::Null)
}

/// The schema of a flow file.
pub fn flow() -> &'static Value {
    static S: OnceLock<Value> = OnceLock::new();
    S.get_or_init(|| parse("schemas/flow.json"))
}

/// The schema of `regions.json`.
pub fn regions() -> &'static Value {
    static S: OnceLock<Value> = OnceLock::new();
    S.get_or_init(|| parse("schemas/regions.json"))
}

/// The schema of `platforms.json`.
pub fn platforms() -> &'static Value {
    static S: OnceLock<Value> = OnceLock::new();
    S.get_or_init(|| parse("schemas/platforms.json"))
}

/// The schema of a flow translation file.
pub fn translation() -> &'static Value {
    static S: OnceLock<Value> = OnceLock::new();
    S.get_or_init(|| parse("schemas/translation.json"))
}

/// The flow schema as it is stored in `flows/schema.json`.
pub fn flow_schema_text() -> &'static str {
    text("schemas/flow.json")
}

/// Fresh schemas from the Rust types, as the stored files hold them.
#[cfg(feature = "generate-schema")]
pub mod generate {
    use crate::catalog::{PlatformCatalog, RegionCatalog};
    use crate::i18n::FlowTranslation;
    use crate::model::Flow;

    fn text<T: schemars::JsonSchema>() -> String {
        // Through a `Value`, so that keys come out sorted.
        let value = serde_json::to_value(schemars::schema_for!(T)).unwrap_or_default();
        let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Each stored schema (path from the repository's root) and its fresh text.
    pub fn all() -> [(&'static str, String); 4] {
        [
            ("flows/schema.json", text::<Flow>()),
            ("src-tauri/core/schemas/regions.json", text::<RegionCatalog>()),
            ("src-tauri/core/schemas/platforms.json", text::<PlatformCatalog>()),
            ("src-tauri/core/schemas/translation.json", text::<FlowTranslation>()),
        ]
    }
}
