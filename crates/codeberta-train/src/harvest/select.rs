//! From candidates to the corpus: dedupe by content across everything, cap
//! per label and per package, seeded sampling, and the provenance manifest.
//!
//! Sampling uses no RNG: a file's rank is `sha256(seed ":" file_sha256)`, a
//! pure function of the seed and the content, so the choice is stable across
//! platforms, crate versions and the order in which packages were read.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use sha2::{Digest, Sha256};

use super::collect::{file_name, folder, BlobStore, Candidate};
use super::error::{HarvestError, Result};

/// Limits of the selection.
#[derive(Debug, Clone, Copy)]
pub struct Caps {
    /// Most files per label.
    pub per_label: usize,
    /// Most files one package may give one label, so one project cannot
    /// dominate a label.
    pub per_package: usize,
    pub seed: u64,
}

/// Seeded rank of a key.
pub fn rank(seed: u64, key: &str) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(seed.to_string().as_bytes());
    h.update(b":");
    h.update(key.as_bytes());
    h.finalize().into()
}

/// Keeps the first occurrence of every content hash in (label, package,
/// path) order: identical files (licences, copied helpers, the same header
/// in two packages) must neither be counted twice nor straddle a split.
pub fn dedupe(mut candidates: Vec<Candidate>) -> (Vec<Candidate>, usize) {
    candidates.sort();
    let mut seen = HashSet::new();
    let before = candidates.len();
    candidates.retain(|c| seen.insert(c.sha256.clone()));
    let dropped = before - candidates.len();
    (candidates, dropped)
}

/// Chooses up to `per_label` files per label: packages take turns (in name
/// order), each giving its next file in seeded rank order, until the label is
/// full or every package is exhausted or at its own cap. Taking turns spreads
/// a label over as many projects as exist before any one gives more.
pub fn select(candidates: &[Candidate], caps: Caps) -> Vec<Candidate> {
    let mut by_label: BTreeMap<&str, BTreeMap<&str, Vec<&Candidate>>> = BTreeMap::new();
    for c in candidates {
        by_label
            .entry(&c.label)
            .or_default()
            .entry(&c.package)
            .or_default()
            .push(c);
    }
    let mut out = Vec::new();
    for packages in by_label.values_mut() {
        for files in packages.values_mut() {
            *files = spread_over_folders(files, caps.seed);
            files.truncate(caps.per_package);
        }
        let mut taken = 0;
        let mut round = 0;
        'outer: loop {
            let mut any = false;
            for files in packages.values() {
                if let Some(c) = files.get(round) {
                    if taken == caps.per_label {
                        break 'outer;
                    }
                    out.push((*c).clone());
                    taken += 1;
                    any = true;
                }
            }
            if !any {
                break;
            }
            round += 1;
        }
    }
    out.sort();
    out
}

/// A package's files in the order it gives them: its folders take turns
/// (in seeded order), each giving its next file in seeded rank order. One
/// folder of near-identical files (forty locale tables, a generated test
/// suite) would otherwise fill a package's share by rank alone; taking turns
/// spreads the share over as much of the package's code as exists.
fn spread_over_folders<'a>(files: &[&'a Candidate], seed: u64) -> Vec<&'a Candidate> {
    let mut by_folder: BTreeMap<([u8; 32], &str), Vec<&'a Candidate>> = BTreeMap::new();
    for c in files {
        let folder = folder(&c.path);
        by_folder
            .entry((rank(seed, folder), folder))
            .or_default()
            .push(c);
    }
    for group in by_folder.values_mut() {
        group.sort_by_cached_key(|c| (rank(seed, &c.sha256), c.path.clone()));
    }
    let mut out = Vec::with_capacity(files.len());
    let mut round = 0;
    while out.len() < files.len() {
        for group in by_folder.values() {
            if let Some(c) = group.get(round) {
                out.push(*c);
            }
        }
        round += 1;
    }
    out
}

/// File name of a corpus file: hash prefix for uniqueness, then the original
/// base name (kept for humans; training reads content only).
pub fn corpus_file_name(c: &Candidate) -> String {
    let base = file_name(&c.path);
    let safe: String = base
        .chars()
        .map(|ch| {
            if ch.is_ascii_alphanumeric() || matches!(ch, '.' | '-' | '_' | '+') {
                ch
            } else {
                '_'
            }
        })
        .take(80)
        .collect();
    let safe = safe.trim_start_matches('.');
    format!(
        "{}_{}",
        &c.sha256[..16],
        if safe.is_empty() { "file" } else { safe }
    )
}

/// Manifest header; one row per corpus file.
pub const MANIFEST_HEADER: &str = "label\tpackage\tpath\tsha256\tbytes\tfile\n";

/// Writes `OUT/<subdir>/<label>/<file>` for each selected file (`subdir`
/// empty for an unsplit corpus) and returns the manifest rows.
pub fn write_files(out: &Path, blobs: &BlobStore, files: &[(String, Candidate)]) -> Result<String> {
    let mut manifest = String::new();
    for (subdir, c) in files {
        let dir = if subdir.is_empty() {
            out.join(&c.label)
        } else {
            out.join(subdir).join(&c.label)
        };
        std::fs::create_dir_all(&dir)
            .map_err(|e| HarvestError::io("creating label folder", &dir, e))?;
        let name = corpus_file_name(c);
        let dest = dir.join(&name);
        let src = blobs.path(&c.sha256);
        std::fs::copy(&src, &dest).map_err(|e| HarvestError::io("copying corpus file", &src, e))?;
        let rel = if subdir.is_empty() {
            format!("{}/{name}", c.label)
        } else {
            format!("{subdir}/{}/{name}", c.label)
        };
        manifest.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{rel}\n",
            c.label,
            c.package,
            tsv_safe(&c.path),
            c.sha256,
            c.bytes
        ));
    }
    Ok(manifest)
}

fn tsv_safe(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(label: &str, package: &str, i: usize) -> Candidate {
        Candidate {
            label: label.into(),
            package: package.into(),
            path: format!("p/{i}.x"),
            sha256: format!(
                "{:064x}",
                (label.len() * 1_000_003 + package.len() * 10_007 + i) as u128
            ),
            bytes: 100,
        }
    }

    #[test]
    fn dedupe_keeps_first_in_order() {
        let mut a = cand("c", "zpkg", 1);
        let mut b = cand("c", "apkg", 2);
        b.sha256 = a.sha256.clone();
        a.path = "z".into();
        let (kept, dropped) = dedupe(vec![a, b]);
        assert_eq!(dropped, 1);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].package, "apkg");
    }

    #[test]
    fn caps_spread_across_packages() {
        let mut all = Vec::new();
        for i in 0..100 {
            all.push(cand("c", "big", i));
        }
        for i in 0..5 {
            all.push(cand("c", "small", i));
        }
        let sel = select(
            &all,
            Caps {
                per_label: 30,
                per_package: 20,
                seed: 7,
            },
        );
        assert_eq!(sel.len(), 25);
        assert_eq!(sel.iter().filter(|c| c.package == "small").count(), 5);
        assert_eq!(sel.iter().filter(|c| c.package == "big").count(), 20);
        let sel = select(
            &all,
            Caps {
                per_label: 8,
                per_package: 20,
                seed: 7,
            },
        );
        assert_eq!(sel.len(), 8);
        assert_eq!(sel.iter().filter(|c| c.package == "small").count(), 4);
    }

    #[test]
    fn a_package_share_spreads_over_its_folders() {
        let mut all = Vec::new();
        for i in 0..40 {
            let mut c = cand("javascript", "app", i);
            c.path = format!("src/lang/{i}.js");
            all.push(c);
        }
        for i in 40..43 {
            let mut c = cand("javascript", "app", i);
            c.path = format!("src/ui/{i}.js");
            all.push(c);
        }
        let mut archived = cand("javascript", "app", 43);
        archived.path = "app.tar.gz!app/core.js".into();
        all.push(archived);
        let sel = select(
            &all,
            Caps {
                per_label: 100,
                per_package: 8,
                seed: 3,
            },
        );
        assert_eq!(sel.len(), 8);
        let from = |prefix: &str| sel.iter().filter(|c| c.path.starts_with(prefix)).count();
        assert_eq!(from("src/ui/"), 3);
        assert_eq!(from("app.tar.gz!"), 1);
        assert_eq!(from("src/lang/"), 4);
    }

    #[test]
    fn seed_changes_sample_and_is_stable() {
        let all: Vec<_> = (0..50).map(|i| cand("c", "p", i)).collect();
        let caps = Caps {
            per_label: 10,
            per_package: 10,
            seed: 1,
        };
        assert_eq!(select(&all, caps), select(&all, caps));
        let mut rev = all.clone();
        rev.reverse();
        assert_eq!(select(&all, caps), select(&rev, caps));
        assert_ne!(select(&all, caps), select(&all, Caps { seed: 2, ..caps }));
    }
}
