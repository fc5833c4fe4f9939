//! Files built into the binary (see build.rs): packed into a brotli stream,
//! unpacked the first time one of them is read, then kept for the life of
//! the process. The decoder is the one Tauri itself carries.

use std::sync::OnceLock;

/// Some files packed into one stream, and where each lies once unpacked.
pub struct Pack {
    packed: &'static [u8],
    /// Each file's name and the byte range of its content, unpacked.
    files: &'static [(&'static str, usize, usize)],
    unpacked: OnceLock<Vec<u8>>,
}

impl Pack {
    pub(crate) const fn new(packed: &'static [u8], files: &'static [(&'static str, usize, usize)]) -> Self {
        Pack { packed, files, unpacked: OnceLock::new() }
    }

    /// The files' names, without unpacking anything.
    pub fn names(&'static self) -> impl Iterator<Item = &'static str> {
        self.files.iter().map(|f| f.0)
    }

    /// The content of the `n`th file. A pack that does not unpack reads as
    /// empty files, which then fail to parse like any broken file.
    pub fn bytes(&'static self, n: usize) -> &'static [u8] {
        let unpacked = self.unpacked.get_or_init(|| {
            let mut unpacked = Vec::with_capacity(self.files.last().map_or(0, |f| f.2));
            match brotli_decompressor::BrotliDecompress(&mut &self.packed[..], &mut unpacked) {
                Ok(()) => unpacked,
                Err(_) => Vec::new(),
            }
        });
        self.files.get(n).and_then(|&(_, start, end)| unpacked.get(start..end)).unwrap_or_default()
    }

    /// The text of the `n`th file; empty if it is not UTF-8.
    pub fn text(&'static self, n: usize) -> &'static str {
        std::str::from_utf8(self.bytes(n)).unwrap_or_default()
    }

    /// The position of the file called `name`.
    pub fn position(&'static self, name: &str) -> Option<usize> {
        self.names().position(|n| n == name)
    }

    /// The text of the file called `name`.
    pub fn get(&'static self, name: &str) -> Option<&'static str> {
        self.position(name).map(|n| self.text(n))
    }
}
