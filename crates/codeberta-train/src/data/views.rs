//! Evaluation views of a labelled file: the whole file, a window of N
//! consecutive lines, or a buffer of at most N bytes, each cut at a seeded
//! random position, the way users paste code into an editor.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use codeberta_core::tokenize::prefix_at_char_boundary;

/// How much of each file an evaluation shows the detector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Full,
    Lines(usize),
    Bytes(usize),
}

impl View {
    /// `full`, `lines10`, `bytes128`.
    pub fn name(self) -> String {
        match self {
            View::Full => "full".into(),
            View::Lines(n) => format!("lines{n}"),
            View::Bytes(n) => format!("bytes{n}"),
        }
    }

    /// The evaluation set: whole files, 5/10/20-line windows, <=128 B buffers.
    pub fn standard() -> Vec<View> {
        vec![
            View::Full,
            View::Lines(5),
            View::Lines(10),
            View::Lines(20),
            View::Bytes(128),
        ]
    }

    /// The part of `text` this view shows; `seed` picks the position.
    /// Windows avoid blank stretches when the file has anything else.
    pub fn cut(self, text: &str, seed: u64) -> String {
        let lines: Vec<&str> = text.lines().collect();
        let mut rng = StdRng::seed_from_u64(seed);
        let substantive = |s: &str| s.chars().filter(|c| !c.is_whitespace()).count() >= 8;
        match self {
            View::Full => text.to_string(),
            View::Lines(n) => {
                if lines.len() <= n {
                    return text.to_string();
                }
                let mut window = String::new();
                for _ in 0..8 {
                    let start = rng.random_range(0..=lines.len() - n);
                    window = lines[start..start + n].join("\n");
                    if substantive(&window) {
                        break;
                    }
                }
                window
            }
            View::Bytes(max) => {
                if text.len() <= max {
                    return text.to_string();
                }
                let mut buffer = String::new();
                for _ in 0..8 {
                    let start = rng.random_range(0..lines.len().max(1));
                    buffer = lines_up_to(&lines[start.min(lines.len())..], max);
                    if substantive(&buffer) {
                        break;
                    }
                }
                buffer
            }
        }
    }
}

impl std::str::FromStr for View {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let number = |rest: &str| {
            rest.parse::<usize>()
                .ok()
                .filter(|&n| n > 0)
                .ok_or_else(|| format!("bad view {s:?}"))
        };
        if s == "full" {
            Ok(View::Full)
        } else if let Some(rest) = s.strip_prefix("lines") {
            number(rest).map(View::Lines)
        } else if let Some(rest) = s.strip_prefix("bytes") {
            number(rest).map(View::Bytes)
        } else {
            Err(format!(
                "unknown view {s:?} (full, linesN or bytesN, e.g. lines10, bytes128)"
            ))
        }
    }
}

/// Whole lines from the start of `lines` while they fit in `max` bytes; a
/// first line longer than that is cut at a char boundary.
fn lines_up_to(lines: &[&str], max: usize) -> String {
    let mut out = String::new();
    for line in lines {
        let extra = if out.is_empty() { 0 } else { 1 } + line.len();
        if out.len() + extra > max {
            if out.is_empty() {
                out.push_str(prefix_at_char_boundary(line, max));
            }
            break;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn views_cut_what_they_say() {
        let text: String = (0..200)
            .map(|i| format!("let value_{i} = {i};\n"))
            .collect();
        assert_eq!(View::Full.cut(&text, 1), text);
        let w = View::Lines(10).cut(&text, 1);
        assert_eq!(w.lines().count(), 10);
        assert!(text.contains(&w));
        assert_eq!(w, View::Lines(10).cut(&text, 1));
        let b = View::Bytes(128).cut(&text, 2);
        assert!(b.len() <= 128 && !b.is_empty() && text.contains(&b));
        let long_line = "é".repeat(300);
        let c = View::Bytes(128).cut(&format!("{long_line}\n{long_line}\n"), 3);
        assert!(c.len() <= 128 && c.chars().all(|ch| ch == 'é'));
        assert_eq!(View::Lines(5).cut("a\nb\n", 1), "a\nb\n");
        assert_eq!("lines10".parse::<View>().unwrap(), View::Lines(10));
        assert_eq!("bytes128".parse::<View>().unwrap(), View::Bytes(128));
        assert!("lines0".parse::<View>().is_err() && "x".parse::<View>().is_err());
    }
}
