//! Package-held-out split: evaluation must see projects the model never
//! trained on, so whole packages go to one side, never single files.
//!
//! Per label, packages are ordered by seeded rank and moved to the held-out
//! side until it holds at least `fraction` of the label's files, always
//! leaving at least one package for training. A label with a single package
//! cannot be split by package; it falls back to its folders (the directory
//! of each file inside the package, so a sub-project or test suite stays
//! whole), and a label whose files all sit in one folder falls back to
//! single files. The fallback used is reported per label.

use std::collections::BTreeMap;

use super::collect::{folder, Candidate};
use super::select::rank;

pub const TRAIN: &str = "train";
pub const HELDOUT: &str = "heldout";

/// How a label was split.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SplitUnit {
    Package,
    Directory,
    File,
}

impl SplitUnit {
    pub fn as_str(self) -> &'static str {
        match self {
            SplitUnit::Package => "package",
            SplitUnit::Directory => "directory (single package)",
            SplitUnit::File => "file (single package, single folder)",
        }
    }
}

/// The split of one label.
#[derive(Debug, Clone)]
pub struct LabelSplit {
    pub label: String,
    pub unit: SplitUnit,
    pub heldout_groups: Vec<String>,
    pub train_files: usize,
    pub heldout_files: usize,
}

fn group_key(c: &Candidate, unit: SplitUnit) -> String {
    match unit {
        SplitUnit::Package => c.package.clone(),
        SplitUnit::Directory => {
            format!("{}:{}", c.package, folder(&c.path))
        }
        SplitUnit::File => format!("{}:{}", c.package, c.path),
    }
}

/// Assigns every file to `train` or `heldout`. Returns the pairs (sorted like
/// the input) and a per-label summary.
pub fn split(
    files: &[Candidate],
    fraction: f64,
    seed: u64,
) -> (Vec<(String, Candidate)>, Vec<LabelSplit>) {
    let mut by_label: BTreeMap<&str, Vec<&Candidate>> = BTreeMap::new();
    for c in files {
        by_label.entry(&c.label).or_default().push(c);
    }
    let mut heldout_keys: BTreeMap<(String, String), ()> = BTreeMap::new();
    let mut units = BTreeMap::new();
    let mut summaries = Vec::new();
    for (label, cs) in &by_label {
        let count_groups = |unit| {
            cs.iter()
                .map(|c| group_key(c, unit))
                .collect::<std::collections::BTreeSet<_>>()
                .len()
        };
        let unit = if count_groups(SplitUnit::Package) >= 2 {
            SplitUnit::Package
        } else if count_groups(SplitUnit::Directory) >= 2 {
            SplitUnit::Directory
        } else {
            SplitUnit::File
        };
        let mut groups: BTreeMap<String, usize> = BTreeMap::new();
        for c in cs {
            *groups.entry(group_key(c, unit)).or_default() += 1;
        }
        let mut order: Vec<(&String, usize)> = groups.iter().map(|(k, n)| (k, *n)).collect();
        order.sort_by_cached_key(|(k, _)| (rank(seed, &format!("{label}\u{0}{k}")), (*k).clone()));
        let total = cs.len();
        let target = (fraction * total as f64).ceil() as usize;
        let mut held = 0;
        let mut held_groups = Vec::new();
        for (k, n) in &order {
            if held >= target || fraction <= 0.0 || order.len() - held_groups.len() <= 1 {
                break;
            }
            // A group that alone would take most of the label stays in
            // training: better a smaller held-out side than a starved
            // training side.
            if held + n > total / 2 {
                continue;
            }
            held += n;
            held_groups.push((*k).clone());
            heldout_keys.insert((label.to_string(), (*k).clone()), ());
        }
        held_groups.sort();
        units.insert(label.to_string(), unit);
        summaries.push(LabelSplit {
            label: label.to_string(),
            unit,
            heldout_groups: held_groups,
            train_files: total - held,
            heldout_files: held,
        });
    }
    let assigned = files
        .iter()
        .map(|c| {
            let unit = units.get(&c.label).copied().unwrap_or(SplitUnit::Package);
            let side = if heldout_keys.contains_key(&(c.label.clone(), group_key(c, unit))) {
                HELDOUT
            } else {
                TRAIN
            };
            (side.to_string(), c.clone())
        })
        .collect();
    (assigned, summaries)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(label: &str, package: &str, path: &str, i: usize) -> Candidate {
        Candidate {
            label: label.into(),
            package: package.into(),
            path: path.into(),
            sha256: format!("{i:064x}"),
            bytes: 100,
        }
    }

    #[test]
    fn packages_never_straddle() {
        let mut files = Vec::new();
        let mut i = 0;
        for p in ["a", "b", "c", "d", "e", "f"] {
            for _ in 0..10 {
                files.push(cand("go", p, &format!("x/{i}.go"), i));
                i += 1;
            }
        }
        let (assigned, summary) = split(&files, 0.15, 3);
        assert_eq!(summary[0].unit, SplitUnit::Package);
        assert!(
            summary[0].heldout_files >= 9 && summary[0].heldout_files <= 30,
            "{summary:?}"
        );
        for p in ["a", "b", "c", "d", "e", "f"] {
            let sides: std::collections::BTreeSet<_> = assigned
                .iter()
                .filter(|(_, c)| c.package == p)
                .map(|(s, _)| s.clone())
                .collect();
            assert_eq!(sides.len(), 1, "package {p} on both sides");
        }
        assert_eq!(split(&files, 0.15, 3).0, assigned);
    }

    #[test]
    fn single_package_falls_back_to_directories_then_files() {
        let files: Vec<_> = (0..20)
            .map(|i| cand("nim", "nim", &format!("lib/d{}/f{i}.nim", i % 4), i))
            .collect();
        let (assigned, summary) = split(&files, 0.2, 1);
        assert_eq!(summary[0].unit, SplitUnit::Directory);
        assert!(summary[0].heldout_files > 0 && summary[0].train_files > 0);
        let held_dirs: std::collections::BTreeSet<_> = assigned
            .iter()
            .filter(|(s, _)| s == HELDOUT)
            .map(|(_, c)| {
                c.path
                    .rsplit_once('/')
                    .map(|x| x.0.to_string())
                    .unwrap_or_default()
            })
            .collect();
        for (s, c) in &assigned {
            let d = c
                .path
                .rsplit_once('/')
                .map(|x| x.0.to_string())
                .unwrap_or_default();
            assert_eq!(held_dirs.contains(&d), s == HELDOUT);
        }
        let flat: Vec<_> = (0..10)
            .map(|i| cand("x", "p", &format!("f{i}"), i))
            .collect();
        let (_, summary) = split(&flat, 0.2, 1);
        assert_eq!(summary[0].unit, SplitUnit::File);
        assert_eq!(summary[0].heldout_files, 2);
    }
}
