//! Hashed bag of lexical unigrams, bigrams, line ends, identifier-shape
//! trigrams and indentation styles: cheap, language-agnostic and
//! stable across runs (FNV-1a, not the std hasher), so a persisted head keeps
//! its meaning after a restart or a Rust upgrade.

use crate::tokenize::prefix_at_char_boundary;

/// Default hash buckets. Collisions only cost a little accuracy; a head
/// records its own bucket count (its weight's width), so heads trained with
/// another count keep working.
pub const DIM: u32 = 1 << 14;
/// Most buckets a head may have: 2^20 x 59 labels is already 59 MiB of int8.
pub const MAX_DIM: u32 = 1 << 20;
/// Text beyond this prefix adds little and costs time.
const MAX_BYTES: usize = 16 * 1024;

/// A sparse, L2-normalised feature vector; `idx` is sorted and unique.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Features {
    pub idx: Vec<u32>,
    pub val: Vec<f32>,
}

/// Features in [`DIM`] buckets.
pub fn extract(text: &str) -> Features {
    extract_dim(text, DIM)
}

/// Features in `dim` buckets of `text`, or of `text` past its leading
/// license header: the header's prose names a project, not a language.
pub fn extract_text(text: &str, dim: u32, skip_license_header: bool) -> Features {
    if skip_license_header {
        extract_dim(&crate::license_header::skip_license_header(text), dim)
    } else {
        extract_dim(text, dim)
    }
}

/// Features in `dim` buckets (`dim` >= 1; 0 is treated as 1).
pub fn extract_dim(text: &str, dim: u32) -> Features {
    let dim = u64::from(dim.max(1));
    let bucket = |h: u64| (h % dim) as u32;
    let text = prefix_at_char_boundary(text, MAX_BYTES);
    let mut hashes: Vec<u32> = Vec::new();
    let line_end = fnv(b"\x01line-end");
    for line in text.lines() {
        let mut prev: Option<u64> = Some(fnv(b"\x01line-start"));
        // The same line with identifiers replaced by their shape
        // (`snake_case`, `camelCase`, ...): patterns such as `name := value`
        // or `Name(` carry over between projects where the names do not.
        let mut shapes: [u64; 2] = [fnv(b"\x02line-start"); 2];
        for token in tokens(line) {
            let h = fnv(token.as_bytes());
            hashes.push(bucket(h));
            if let Some(p) = prev {
                hashes.push(bucket(p.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ h));
            }
            prev = Some(h);
            let s = shape(token).map_or(h, |s| fnv(s.as_bytes()));
            hashes.push(bucket(mix3(shapes[0], shapes[1], s)));
            shapes = [shapes[1], s];
        }
        if let Some(p) = prev.filter(|_| !line.trim().is_empty()) {
            hashes.push(bucket(p.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ line_end));
        }
        if let Some(indent) = indent_kind(line) {
            hashes.push(bucket(fnv(indent.as_bytes())));
        }
    }
    hashes.sort_unstable();
    let mut f = Features::default();
    for h in hashes {
        if f.idx.last() == Some(&h) {
            if let Some(v) = f.val.last_mut() {
                *v += 1.0;
            }
        } else {
            f.idx.push(h);
            f.val.push(1.0);
        }
    }
    for v in &mut f.val {
        *v = v.ln_1p();
    }
    let norm = f.val.iter().map(|v| v * v).sum::<f32>().sqrt();
    if norm > 0.0 {
        for v in &mut f.val {
            *v /= norm;
        }
    }
    f
}

/// Words (letters, digits, `_`) and single punctuation characters.
fn tokens(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = line;
    std::iter::from_fn(move || {
        rest = rest.trim_start();
        let first = rest.chars().next()?;
        let len = if first.is_alphanumeric() || first == '_' {
            rest.find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len())
        } else {
            first.len_utf8()
        };
        let (token, tail) = rest.split_at(len);
        rest = tail;
        Some(token)
    })
}

/// The shape of a word token, or `None` for punctuation (kept as itself).
fn shape(token: &str) -> Option<&'static str> {
    let first = token.chars().next()?;
    if !(first.is_alphanumeric() || first == '_') {
        return None;
    }
    let has_lower = token.chars().any(char::is_lowercase);
    let has_upper = token.chars().any(char::is_uppercase);
    let underscore = token.contains('_');
    Some(if first.is_ascii_digit() {
        "\x03num"
    } else if !has_upper {
        if underscore {
            "\x03snake"
        } else {
            "\x03lower"
        }
    } else if !has_lower {
        if token.chars().count() == 1 {
            "\x03upper1"
        } else {
            "\x03UPPER"
        }
    } else if first.is_uppercase() {
        "\x03Pascal"
    } else {
        "\x03camel"
    })
}

/// Leading whitespace style: tabs, or the number of spaces modulo 8.
fn indent_kind(line: &str) -> Option<&'static str> {
    let spaces = line.len() - line.trim_start_matches(' ').len();
    if line.starts_with('\t') {
        Some("\x04indent-tab")
    } else if spaces == 0 || line.trim().is_empty() {
        None
    } else {
        Some(
            [
                "\x04i8", "\x04i1", "\x04i2", "\x04i3", "\x04i4", "\x04i5", "\x04i6", "\x04i7",
            ][spaces % 8],
        )
    }
}

fn mix3(a: u64, b: u64, c: u64) -> u64 {
    (a.wrapping_mul(0xC2B2_AE3D_27D4_EB4F) ^ b).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ c
}

fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalised_sorted_and_deterministic() {
        let f = extract("def f(x):\n    return x + 1\n");
        assert_eq!(f, extract("def f(x):\n    return x + 1\n"));
        assert!(f.idx.windows(2).all(|w| w[0] < w[1]));
        let norm: f32 = f.val.iter().map(|v| v * v).sum();
        assert!((norm - 1.0).abs() < 1e-4);
        assert!(extract("   \n").idx.is_empty());
        let wide = extract_dim("def f(x):\n    return x + 1\n", 1 << 16);
        assert!(wide.idx.iter().all(|&i| i < 1 << 16));
        assert!(wide.idx.iter().any(|&i| i >= DIM));
    }

    #[test]
    fn prefix_respects_char_boundaries() {
        assert_eq!(prefix_at_char_boundary("héllo", 2), "h");
        assert_eq!(prefix_at_char_boundary("héllo", 3), "hé");
        assert_eq!(prefix_at_char_boundary("abc", 10), "abc");
    }
}
