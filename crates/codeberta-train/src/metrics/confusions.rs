//! The mistakes worth reading: the most frequent confusions and the
//! language pairs known to be hard to tell apart.

use serde::Serialize;

use super::ClassificationReport;

/// Pairs reported on their own (issue: hard pairs improved deliberately).
pub const HARD_PAIRS: [(&str, &str); 11] = [
    ("c", "cpp"),
    ("objective-c", "cpp"),
    ("javascript", "typescript"),
    ("json", "javascript"),
    ("yaml", "markdown"),
    ("ini", "toml"),
    ("css", "scss"),
    ("css", "less"),
    ("scss", "less"),
    ("html", "markdown"),
    ("shellscript", "bat"),
];

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Confusion {
    pub truth: String,
    pub predicted: String,
    pub count: usize,
}

/// Files of `a` or `b`: how many, how many right, and each way's mix-ups.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairStats {
    pub a: String,
    pub b: String,
    pub files: usize,
    pub accuracy: f64,
    pub a_as_b: usize,
    pub b_as_a: usize,
}

impl ClassificationReport {
    /// Off-diagonal cells, largest first (ties by label order).
    pub fn top_confusions(&self, n: usize) -> Vec<Confusion> {
        let mut cells: Vec<Confusion> = Vec::new();
        for (t, row) in self.confusion.iter().enumerate() {
            for (p, &count) in row.iter().enumerate() {
                if t != p && count > 0 {
                    cells.push(Confusion {
                        truth: self.labels[t].clone(),
                        predicted: self.labels[p].clone(),
                        count,
                    });
                }
            }
        }
        cells.sort_by_key(|c| std::cmp::Reverse(c.count));
        cells.truncate(n);
        cells
    }

    /// `None` when either label is not in the report.
    pub fn pair(&self, a: &str, b: &str) -> Option<PairStats> {
        let i = self.labels.iter().position(|l| l == a)?;
        let j = self.labels.iter().position(|l| l == b)?;
        let files: usize =
            self.confusion[i].iter().sum::<usize>() + self.confusion[j].iter().sum::<usize>();
        let right = self.confusion[i][i] + self.confusion[j][j];
        Some(PairStats {
            a: a.to_string(),
            b: b.to_string(),
            files,
            accuracy: if files == 0 {
                0.0
            } else {
                right as f64 / files as f64
            },
            a_as_b: self.confusion[i][j],
            b_as_a: self.confusion[j][i],
        })
    }

    pub fn hard_pairs(&self) -> Vec<PairStats> {
        HARD_PAIRS
            .iter()
            .filter_map(|(a, b)| self.pair(a, b))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confusions_and_pairs_count_the_matrix() {
        let labels: Vec<String> = ["c", "cpp", "go"].iter().map(|s| s.to_string()).collect();
        // truth c: 3 right, 2 as cpp; cpp: 4 right, 1 as c; go: 1 as cpp.
        let truth = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2];
        let pred = [0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 1];
        let r = ClassificationReport::new(&labels, &truth, &pred);
        let top = r.top_confusions(2);
        assert_eq!(
            (
                top[0].truth.as_str(),
                top[0].predicted.as_str(),
                top[0].count
            ),
            ("c", "cpp", 2)
        );
        assert_eq!(top.len(), 2);
        let p = r.pair("c", "cpp").unwrap();
        assert_eq!((p.files, p.a_as_b, p.b_as_a), (10, 2, 1));
        assert!((p.accuracy - 0.7).abs() < 1e-12);
        assert!(r.pair("c", "rust").is_none());
        assert_eq!(r.hard_pairs().len(), 1);
    }
}
