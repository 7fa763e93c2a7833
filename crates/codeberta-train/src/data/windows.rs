//! Snippet windows: runs of consecutive lines cut from a file, so that the
//! model also learns from what users paste (a few lines, often mid-file)
//! rather than only from file beginnings.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// Window lengths, in lines, are drawn uniformly from this range.
pub const WINDOW_LINES: std::ops::RangeInclusive<usize> = 3..=40;

/// Tries per window before giving up on a file that is mostly blank.
const ATTEMPTS: usize = 8;

/// Short windows span this many lines before their byte cap...
pub const SHORT_WINDOW_LINES: std::ops::RangeInclusive<usize> = 1..=8;
/// ...and are cut to this many bytes: what a pasted line or two weighs.
pub const SHORT_WINDOW_BYTES: std::ops::RangeInclusive<usize> = 48..=256;

/// Non-blank characters a window must hold to say anything.
const MIN_CONTENT_CHARS: usize = 16;

fn has_content(window: &str) -> bool {
    window.chars().filter(|c| !c.is_whitespace()).count() >= MIN_CONTENT_CHARS
}

/// Up to `count` windows of `text`, each holding some non-blank content.
/// The same `seed` gives the same windows.
pub fn snippet_windows(text: &str, count: usize, seed: u64) -> Vec<String> {
    sample_windows(text, count, seed, *WINDOW_LINES.start(), |rng, lines| {
        let len = rng.random_range(WINDOW_LINES).min(lines.len());
        let start = rng.random_range(0..=lines.len() - len);
        lines[start..start + len].join("\n")
    })
}

/// Up to `count` short windows of `text`: 1-8 consecutive lines from a
/// line start, cut to 48-256 bytes at a character boundary, as editors
/// see a buffer that holds a line or two. The same `seed` gives the same
/// windows.
pub fn short_windows(text: &str, count: usize, seed: u64) -> Vec<String> {
    sample_windows(text, count, seed, 1, |rng, lines| {
        let len = rng.random_range(SHORT_WINDOW_LINES).min(lines.len());
        let start = rng.random_range(0..=lines.len() - len);
        let cap = rng.random_range(SHORT_WINDOW_BYTES);
        let joined = lines[start..start + len].join("\n");
        codeberta_core::tokenize::prefix_at_char_boundary(&joined, cap).to_string()
    })
}

/// `count` draws of `draw` from `text`'s lines (none below `min_lines`),
/// each retried until it has content or its attempts run out.
fn sample_windows(
    text: &str,
    count: usize,
    seed: u64,
    min_lines: usize,
    draw: impl Fn(&mut StdRng, &[&str]) -> String,
) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    if lines.is_empty() || lines.len() < min_lines {
        return Vec::new();
    }
    let mut rng = StdRng::seed_from_u64(seed);
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        if let Some(w) = (0..ATTEMPTS)
            .map(|_| draw(&mut rng, &lines))
            .find(|w| has_content(w))
        {
            out.push(w);
        }
    }
    out
}

/// The seed of file `index`'s windows under a run's `seed`: apart for every
/// file, the same on every rerun.
pub fn window_seed(seed: u64, index: usize) -> u64 {
    seed ^ (index as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// Up to `count` windows of each `(index, text, label)` file, with its
/// label; file `index` is windowed with [`window_seed`]`(seed, index)`.
pub fn labelled_windows<'a>(
    files: impl IntoIterator<Item = (usize, &'a str, usize)>,
    count: usize,
    seed: u64,
) -> Vec<(String, usize)> {
    labelled_mixed_windows(files, count, 0, seed)
}

/// Short windows are drawn under their own seed, so that adding them leaves
/// a run's snippet windows as they were.
pub const SHORT_WINDOW_SEED: u64 = 0x5407_7BAD;

/// Up to `snippets` snippet windows and then up to `shorts` short windows
/// of file `index` of a run seeded with `seed`: the snippet windows seeded
/// with [`window_seed`]`(seed, index)`, the short ones with
/// [`window_seed`]`(seed ^ SHORT_WINDOW_SEED, index)`.
pub fn file_windows(
    text: &str,
    snippets: usize,
    shorts: usize,
    seed: u64,
    index: usize,
) -> Vec<String> {
    let mut windows = snippet_windows(text, snippets, window_seed(seed, index));
    windows.extend(short_windows(
        text,
        shorts,
        window_seed(seed ^ SHORT_WINDOW_SEED, index),
    ));
    windows
}

/// [`file_windows`] of each `(index, text, label)` file, with its label.
pub fn labelled_mixed_windows<'a>(
    files: impl IntoIterator<Item = (usize, &'a str, usize)>,
    snippets: usize,
    shorts: usize,
    seed: u64,
) -> Vec<(String, usize)> {
    files
        .into_iter()
        .flat_map(|(index, text, label)| {
            file_windows(text, snippets, shorts, seed, index)
                .into_iter()
                .map(move |w| (w, label))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_windows_are_seeded_capped_line_starts() {
        let text: String = (0..60)
            .map(|i| format!("let value_{i} = compute(\"é{i}\", {i}) + other_{i};\n"))
            .collect();
        let a = short_windows(&text, 12, 5);
        assert_eq!(a, short_windows(&text, 12, 5));
        assert_ne!(a, short_windows(&text, 12, 6));
        assert_eq!(a.len(), 12);
        for w in &a {
            assert!(w.len() <= *SHORT_WINDOW_BYTES.end(), "{w:?}");
            assert!(w.starts_with("let value_"), "{w:?}");
            assert!(text.contains(w.as_str()));
        }
        assert!(short_windows("a\n", 3, 1).is_empty());
        assert!(short_windows("", 3, 1).is_empty());
    }

    #[test]
    fn windows_are_seeded_runs_of_the_files_lines() {
        let text: String = (0..100).map(|i| format!("line number {i}\n")).collect();
        let a = snippet_windows(&text, 3, 7);
        assert_eq!(a.len(), 3);
        assert_eq!(a, snippet_windows(&text, 3, 7));
        assert_ne!(a, snippet_windows(&text, 3, 8));
        for w in &a {
            let n = w.lines().count();
            assert!(WINDOW_LINES.contains(&n), "{n} lines");
            assert!(text.contains(w.as_str()));
        }
        assert!(snippet_windows("a\nb\n", 2, 1).is_empty());
        assert!(snippet_windows("\n\n\n\n\n\n", 2, 1).is_empty());
    }

    #[test]
    fn mixed_windows_add_short_ones_after_the_unchanged_snippets() {
        let a: String = (0..80)
            .map(|i| format!("alpha line {i} of the first file\n"))
            .collect();
        let b: String = (0..80)
            .map(|i| format!("beta row {i} in the second file\n"))
            .collect();
        let files = || [(0, a.as_str(), 3), (1, b.as_str(), 5)];
        let snippets = labelled_windows(files(), 2, 9);
        assert_eq!(labelled_mixed_windows(files(), 2, 0, 9), snippets);
        let mixed = labelled_mixed_windows(files(), 2, 4, 9);
        assert_eq!(mixed.len(), 12);
        assert_eq!(mixed[..2], snippets[..2]);
        assert_eq!(mixed[6..8], snippets[2..4]);
        for (i, (w, label)) in mixed.iter().enumerate() {
            let (text, want) = if i < 6 { (&a, 3) } else { (&b, 5) };
            assert_eq!(*label, want);
            assert!(text.contains(w.as_str()), "{w:?}");
            if i % 6 >= 2 {
                assert!(w.len() <= *SHORT_WINDOW_BYTES.end(), "{w:?}");
            }
        }
        assert_eq!(mixed, labelled_mixed_windows(files(), 2, 4, 9));
    }
}
