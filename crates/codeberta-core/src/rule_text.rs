//! The part of a text that the rules after the experts read: a bound on
//! their work, so that a huge buffer costs no more than its first 64 KiB.

/// Text beyond this many bytes is not read by any rule.
pub const SCAN_LIMIT: usize = 64 * 1024;

/// `text`'s first [`SCAN_LIMIT`] bytes, cut at a character boundary.
pub fn scanned(text: &str) -> &str {
    crate::tokenize::prefix_at_char_boundary(text, SCAN_LIMIT)
}
