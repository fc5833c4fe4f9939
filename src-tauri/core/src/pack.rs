//! Files built into the binary (see build.rs): packed into a brotli stream,
//! unpacked the first time one of them is read, then kept for the life of
//! the process. The decoder is the one that already unpacks the window's
//! own files.

use std::sync::OnceLock;

/// Some files packed into one stream, and where each lies once unpacked.
pub struct Pack {
    packed: &'static [u8],
    /// Each file's name and the byte range of its text, unpacked.
    files: &'static [(&'static str, usize, usize)],
    text: OnceLock<String>,
}

impl Pack {
    pub(crate) const fn new(packed: &'static [u8], files: &'static [(&'static str, usize, usize)]) -> Self {
        Pack { packed, files, text: OnceLock::new() }
    }

    /// The files' names, without unpacking anything.
    pub fn names(&'static self) -> impl Iterator<Item = &'static str> {
        self.files.iter().map(|f| f.0)
    }

    /// The text of the `n`th file. A pack that does not unpack to UTF-8 reads
    /// as empty files, which then fail to parse like any broken file.
    pub fn text(&'static self, n: usize) -> &'static str {
        let text = self.text.get_or_init(|| {
            let mut unpacked = Vec::with_capacity(self.files.last().map_or(0, |f| f.2));
            match brotli_decompressor::BrotliDecompress(&mut &self.packed[..], &mut unpacked) {
                Ok(()) => String::from_utf8(unpacked).unwrap_or_default(),
                Err(_) => String::new(),
            }
        });
        self.files.get(n).and_then(|&(_, start, end)| text.get(start..end)).unwrap_or("")
    }

    /// The text of the file called `name`.
    pub fn get(&'static self, name: &str) -> Option<&'static str> {
        self.names().position(|n| n == name).map(|n| self.text(n))
    }
}
