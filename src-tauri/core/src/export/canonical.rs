//! Canonical JSON, the text an export's digest covers: object keys sorted by
//! their bytes, no whitespace, every scalar written exactly as `serde_json`
//! writes it. It is written straight from any `Serialize` value, so a record
//! of 100,000 events is hashed without first building a `Value` tree, and a
//! parsed `Value` (on import) gives the same bytes as the typed record did.

use std::fmt;
use std::ops::Range;

use serde::ser::{self, Serialize};
use serde_json::Value;

#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// The canonical text of `value`, leaving out the top-level member `skip`.
pub fn to_vec<T: Serialize + ?Sized>(value: &T, skip: Option<&'static str>) -> Result<Vec<u8>, Error> {
    let mut out = Vec::with_capacity(4096);
    value.serialize(Canon { out: &mut out, skip })?;
    Ok(out)
}

/// Scalars are left to `serde_json`, so that numbers and string escapes are
/// byte for byte what it writes for a `Value`.
fn scalar<T: Serialize + ?Sized>(out: &mut Vec<u8>, v: &T) -> Result<(), Error> {
    serde_json::to_writer(out, v).map_err(|e| Error(e.to_string()))
}

struct Canon<'a> {
    out: &'a mut Vec<u8>,
    /// A member left out of this object (only ever the top level).
    skip: Option<&'static str>,
}

impl<'a> Canon<'a> {
    fn inner(out: &'a mut Vec<u8>) -> Self {
        Canon { out, skip: None }
    }

    /// `{"variant":` before a variant's content; the content closes it.
    fn open_variant(&mut self, variant: &str) -> Result<(), Error> {
        self.out.push(b'{');
        scalar(self.out, variant)?;
        self.out.push(b':');
        Ok(())
    }
}

impl<'a> ser::Serializer for Canon<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Seq<'a>;
    type SerializeTuple = Seq<'a>;
    type SerializeTupleStruct = Seq<'a>;
    type SerializeTupleVariant = Seq<'a>;
    type SerializeMap = Obj<'a>;
    type SerializeStruct = Obj<'a>;
    type SerializeStructVariant = Obj<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        scalar(self.out, &v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        scalar(self.out, &v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        scalar(self.out, &v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        scalar(self.out, &v)
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        scalar(self.out, &v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        scalar(self.out, &v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        scalar(self.out, &v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        scalar(self.out, &v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        scalar(self.out, &v)
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        scalar(self.out, &v)
    }
    // A `Value` keeps every float as f64, so an f32 is written as one.
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        scalar(self.out, &f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        scalar(self.out, &v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        scalar(self.out, &v)
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        scalar(self.out, v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        scalar(self.out, v)
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), Error> {
        scalar(self.out, variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.open_variant(variant)?;
        value.serialize(Canon::inner(self.out))?;
        self.out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'a>, Error> {
        Ok(Seq::open(self.out, b""))
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Seq<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(mut self, _: &'static str, _: u32, variant: &'static str, _: usize) -> Result<Seq<'a>, Error> {
        self.open_variant(variant)?;
        Ok(Seq::open(self.out, b"}"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Obj<'a>, Error> {
        Ok(Obj::open(self.out, self.skip, b""))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Obj<'a>, Error> {
        Ok(Obj::open(self.out, self.skip, b""))
    }
    fn serialize_struct_variant(mut self, _: &'static str, _: u32, variant: &'static str, _: usize) -> Result<Obj<'a>, Error> {
        self.open_variant(variant)?;
        Ok(Obj::open(self.out, None, b"}"))
    }
}

/// An array: items are written in order, straight into the output.
pub struct Seq<'a> {
    out: &'a mut Vec<u8>,
    first: bool,
    /// Written after `]`: closes a tuple variant's `{"variant":`.
    tail: &'static [u8],
}

impl<'a> Seq<'a> {
    fn open(out: &'a mut Vec<u8>, tail: &'static [u8]) -> Self {
        out.push(b'[');
        Seq { out, first: true, tail }
    }

    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
        value.serialize(Canon::inner(self.out))
    }

    fn close(self) -> Result<(), Error> {
        self.out.push(b']');
        self.out.extend_from_slice(self.tail);
        Ok(())
    }
}

impl ser::SerializeSeq for Seq<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.item(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeTuple for Seq<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.item(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeTupleStruct for Seq<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.item(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeTupleVariant for Seq<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.item(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

/// A struct's field names are static; a map's keys are made on the fly.
enum Key {
    Static(&'static str),
    Owned(String),
}

impl Key {
    fn as_str(&self) -> &str {
        match self {
            Key::Static(s) => s,
            Key::Owned(s) => s,
        }
    }
}

/// An object. Members are written as they come, each `"key":value` noted by
/// its range; if the keys did not come in order, the members are put in
/// order when the object closes. Structs and maps both end up here.
pub struct Obj<'a> {
    out: &'a mut Vec<u8>,
    /// Where the first member starts, just after `{`.
    start: usize,
    members: Vec<(Key, Range<usize>)>,
    in_order: bool,
    skip: Option<&'static str>,
    key: Option<Key>,
    /// Written after `}`: closes a struct variant's `{"variant":`.
    tail: &'static [u8],
}

impl<'a> Obj<'a> {
    fn open(out: &'a mut Vec<u8>, skip: Option<&'static str>, tail: &'static [u8]) -> Self {
        out.push(b'{');
        let start = out.len();
        Obj { out, start, members: Vec::new(), in_order: true, skip, key: None, tail }
    }

    fn member<T: Serialize + ?Sized>(&mut self, key: Key, value: &T) -> Result<(), Error> {
        if self.skip == Some(key.as_str()) {
            return Ok(());
        }
        if let Some((last, _)) = self.members.last() {
            // Equal keys also leave the fast path: the last one must win.
            self.in_order &= last.as_str() < key.as_str();
            self.out.push(b',');
        }
        let from = self.out.len();
        scalar(self.out, key.as_str())?;
        self.out.push(b':');
        value.serialize(Canon::inner(self.out))?;
        self.members.push((key, from..self.out.len()));
        Ok(())
    }

    fn close(mut self) -> Result<(), Error> {
        if !self.in_order {
            let written = self.out.split_off(self.start);
            // A stable sort, then the last of equal keys, as a `Value` map keeps it.
            self.members.sort_by(|a, b| a.0.as_str().cmp(b.0.as_str()));
            let mut first = true;
            for (i, (key, range)) in self.members.iter().enumerate() {
                if self.members.get(i + 1).is_some_and(|(next, _)| next.as_str() == key.as_str()) {
                    continue;
                }
                if !first {
                    self.out.push(b',');
                }
                first = false;
                self.out.extend_from_slice(&written[range.start - self.start..range.end - self.start]);
            }
        }
        self.out.push(b'}');
        self.out.extend_from_slice(self.tail);
        Ok(())
    }
}

impl ser::SerializeStruct for Obj<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.member(Key::Static(key), value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeStructVariant for Obj<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.member(Key::Static(key), value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeMap for Obj<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        // A key must come out as a string, as in `serde_json`; numbers are
        // written as their text. Maps are rare and small here.
        let key = match serde_json::to_value(key).map_err(|e| Error(e.to_string()))? {
            Value::String(s) => s,
            Value::Number(n) => n.to_string(),
            _ => return Err(Error("a map key must be a string".into())),
        };
        self.key = Some(Key::Owned(key));
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let key = self.key.take().ok_or_else(|| Error("a map value came without its key".into()))?;
        self.member(key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}
