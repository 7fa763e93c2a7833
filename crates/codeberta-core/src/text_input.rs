//! Turning raw bytes into text the detector can classify, or a reason not to.

use std::io::Read;
use std::path::Path;

use serde::Serialize;

/// Why an input gets no language at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rejection {
    /// NUL bytes: not text.
    Binary,
    /// Nothing but whitespace.
    Empty,
}

impl Rejection {
    pub fn as_str(self) -> &'static str {
        match self {
            Rejection::Binary => "binary",
            Rejection::Empty => "empty",
        }
    }
}

/// Text decoded from bytes, with what had to be done to get it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodedText {
    pub text: String,
    /// Invalid UTF-8 sequences were replaced with U+FFFD.
    pub lossy: bool,
}

/// Decodes bytes for classification: NUL bytes mean binary; invalid UTF-8 is
/// decoded lossily; an incomplete sequence at the very end (a cut made by a
/// read limit) is dropped rather than replaced.
pub fn decode(bytes: &[u8]) -> Result<DecodedText, Rejection> {
    if bytes.contains(&0) {
        return Err(Rejection::Binary);
    }
    let bytes = trim_incomplete_tail(bytes);
    let (text, lossy) = match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), false),
        Err(_) => (String::from_utf8_lossy(bytes).into_owned(), true),
    };
    if text.trim().is_empty() {
        return Err(Rejection::Empty);
    }
    Ok(DecodedText { text, lossy })
}

/// Drops a UTF-8 sequence cut short at the very end, which a read limit leaves behind.
fn trim_incomplete_tail(b: &[u8]) -> &[u8] {
    for i in (b.len().saturating_sub(3)..b.len()).rev() {
        let lead = b[i];
        if lead & 0xC0 == 0x80 {
            continue;
        }
        let need = match lead {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        };
        return if b.len() - i < need { &b[..i] } else { b };
    }
    b
}

/// Reads at most `max_bytes` from a file; returns the bytes and whether the file was longer.
pub fn read_prefix(path: &Path, max_bytes: usize) -> std::io::Result<(Vec<u8>, bool)> {
    let file = std::fs::File::open(path)?;
    read_prefix_from(file, max_bytes)
}

/// Reads at most `max_bytes` from a reader; returns the bytes and whether more followed.
pub fn read_prefix_from<R: Read>(reader: R, max_bytes: usize) -> std::io::Result<(Vec<u8>, bool)> {
    let mut buf = Vec::new();
    let limit = u64::try_from(max_bytes)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    reader.take(limit).read_to_end(&mut buf)?;
    let truncated = buf.len() > max_bytes;
    buf.truncate(max_bytes);
    Ok((buf, truncated))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nul_means_binary() {
        assert_eq!(decode(b"abc\0def"), Err(Rejection::Binary));
    }

    #[test]
    fn whitespace_is_empty() {
        assert_eq!(decode(b""), Err(Rejection::Empty));
        assert_eq!(decode(b" \n\t\r\n "), Err(Rejection::Empty));
    }

    #[test]
    fn invalid_utf8_is_lossy() {
        let d = decode(b"print(1)\xff\xfe\n").unwrap();
        assert!(d.lossy);
        assert!(d.text.starts_with("print(1)"));
        assert!(d.text.contains('\u{FFFD}'));
    }

    #[test]
    fn cut_multibyte_tail_is_dropped_not_replaced() {
        let s = "x = 'é'".as_bytes();
        let cut = &s[..s.len() - 2]; // splits the two-byte é
        let d = decode(cut).unwrap();
        assert_eq!(d.text, "x = '");
        assert!(!d.lossy);
    }

    #[test]
    fn read_prefix_reports_truncation() {
        let data = [b'a'; 100];
        let (b, t) = read_prefix_from(&data[..], 10).unwrap();
        assert_eq!((b.len(), t), (10, true));
        let (b, t) = read_prefix_from(&data[..], 100).unwrap();
        assert_eq!((b.len(), t), (100, false));
    }
}
