//! Text to token ids, the way the model was trained: the bundle's byte-level
//! BPE tokenizer with its `<s> ... </s>` post-processor, truncated to the
//! model's `max_length`.

use std::borrow::Cow;
use std::path::Path;

use tokenizers::{Tokenizer, TruncationDirection, TruncationParams, TruncationStrategy};

use crate::error::{CoreError, Result};
use crate::license_header::skip_license_header;

/// Bytes of text kept per token of `max_length` before tokenizing. Code
/// averages well under 8 bytes per BPE token, so the cut never drops text the
/// model would have seen, and a 64 KiB buffer costs no more than a 4 KiB one.
const BYTES_PER_TOKEN_BOUND: usize = 12;

pub struct TextEncoder {
    tokenizer: Tokenizer,
    max_length: usize,
    skip_license_header: bool,
}

impl std::fmt::Debug for TextEncoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TextEncoder")
            .field("max_length", &self.max_length)
            .field("skip_license_header", &self.skip_license_header)
            .finish()
    }
}

impl TextEncoder {
    pub fn load(path: &Path, max_length: usize) -> Result<Self> {
        let mut tokenizer = Tokenizer::from_file(path)
            .map_err(|e| CoreError::Tokenizer(format!("{}: {e}", path.display())))?;
        tokenizer.with_padding(None);
        tokenizer
            .with_truncation(Some(TruncationParams {
                max_length,
                strategy: TruncationStrategy::LongestFirst,
                stride: 0,
                direction: TruncationDirection::Right,
            }))
            .map_err(|e| CoreError::Tokenizer(e.to_string()))?;
        Ok(TextEncoder {
            tokenizer,
            max_length,
            skip_license_header: false,
        })
    }

    /// Skip a leading license comment block before tokenizing (see
    /// [`crate::license_header`]); a bundle says whether its model was trained so.
    pub fn with_license_header_skipped(mut self, skip: bool) -> Self {
        self.skip_license_header = skip;
        self
    }

    pub fn max_length(&self) -> usize {
        self.max_length
    }

    /// Token ids with special tokens, at most `max_length` of them.
    pub fn encode(&self, text: &str) -> Result<Vec<i64>> {
        let text = if self.skip_license_header {
            skip_license_header(text)
        } else {
            Cow::Borrowed(text)
        };
        let text = prefix_at_char_boundary(&text, self.max_length * BYTES_PER_TOKEN_BOUND);
        let enc = self
            .tokenizer
            .encode(text, true)
            .map_err(|e| CoreError::Tokenizer(e.to_string()))?;
        let mut ids: Vec<i64> = enc.get_ids().iter().map(|&i| i64::from(i)).collect();
        ids.truncate(self.max_length);
        Ok(ids)
    }

    pub fn vocab_size(&self) -> usize {
        self.tokenizer.get_vocab_size(true)
    }
}

/// The longest prefix of `text` no longer than `max_bytes` that ends on a char boundary.
pub fn prefix_at_char_boundary(text: &str, max_bytes: usize) -> &str {
    if text.len() <= max_bytes {
        return text;
    }
    let mut end = max_bytes;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::prefix_at_char_boundary;

    #[test]
    fn prefix_never_splits_a_char() {
        let s = "aé€😀";
        for n in 0..=s.len() + 2 {
            let p = prefix_at_char_boundary(s, n);
            assert!(p.len() <= n.min(s.len()));
            assert!(s.starts_with(p));
        }
    }
}
