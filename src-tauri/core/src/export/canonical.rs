//! The text an export's digest covers.
//!
//! Version 2 and later: the JSON Canonicalization Scheme (RFC 8785), so that
//! anyone can recompute the digest with any JCS implementation. Version 1
//! exports were hashed over an earlier canonical form (object keys sorted by
//! their bytes, no whitespace, scalars as `serde_json` writes them); they are
//! still checked that way, so a record exported then still verifies.

use serde_json::Value;

/// The canonical text of `value` without its top-level `skip` member, in the
/// form its format `version` uses.
pub fn to_vec(value: &Value, skip: &str, version: u64) -> Result<Vec<u8>, String> {
    let mut owned;
    let mut value = value;
    if value.get(skip).is_some() {
        owned = value.clone();
        if let Some(map) = owned.as_object_mut() {
            map.remove(skip);
        }
        value = &owned;
    }
    if version <= 1 {
        let mut out = Vec::with_capacity(4096);
        sorted_by_bytes(value, &mut out).map_err(|e| e.to_string())?;
        Ok(out)
    } else {
        serde_json_canonicalizer::to_vec(value).map_err(|e| e.to_string())
    }
}

/// The version 1 form.
fn sorted_by_bytes(v: &Value, out: &mut Vec<u8>) -> serde_json::Result<()> {
    match v {
        Value::Object(map) => {
            let mut members: Vec<_> = map.iter().collect();
            members.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            out.push(b'{');
            for (i, (k, v)) in members.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                serde_json::to_writer(&mut *out, k)?;
                out.push(b':');
                sorted_by_bytes(v, out)?;
            }
            out.push(b'}');
        }
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                sorted_by_bytes(item, out)?;
            }
            out.push(b']');
        }
        scalar => serde_json::to_writer(&mut *out, scalar)?,
    }
    Ok(())
}
