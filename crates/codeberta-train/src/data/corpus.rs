//! Reading `DIR/<label>/<files>`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use codeberta_core::languages::{canonical_id, is_valid_label, ORIGINAL_EIGHT};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::{Result, TrainError};

/// One readable training file.
#[derive(Debug, Clone)]
pub struct Sample {
    /// Path relative to the corpus root, `/`-separated.
    pub path: String,
    /// Index into [`Corpus::labels`].
    pub label: usize,
    pub text: String,
    /// Hex sha256 of the file's bytes, for the bundle's train-manifest.txt.
    pub sha256: String,
}

/// What the loader saw for one label, as the original logs per language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct LabelStats {
    pub label: String,
    /// Folder names that map onto this label (`yml` and `yaml` both give `yaml`).
    pub folders: Vec<String>,
    pub files: usize,
    pub skipped_non_utf8: usize,
}

#[derive(Debug, Clone)]
pub struct Corpus {
    /// Labels in class-index order.
    pub labels: Vec<String>,
    pub samples: Vec<Sample>,
    pub stats: Vec<LabelStats>,
}

impl Corpus {
    pub fn label_counts(&self) -> Vec<usize> {
        let mut counts = vec![0; self.labels.len()];
        for s in &self.samples {
            counts[s.label] += 1;
        }
        counts
    }

    /// `sha256  label  path` lines, sorted by path.
    pub fn manifest(&self, indices: impl IntoIterator<Item = usize>) -> Vec<String> {
        let mut lines: Vec<(String, String)> = indices
            .into_iter()
            .filter_map(|i| self.samples.get(i))
            .map(|s| {
                (
                    s.path.clone(),
                    format!("{}  {}  {}", s.sha256, self.labels[s.label], s.path),
                )
            })
            .collect();
        lines.sort();
        lines.into_iter().map(|(_, l)| l).collect()
    }
}

/// Orders labels like the original: its eight languages first in its order
/// (when present), then every other label sorted.
pub fn label_order<S: AsRef<str>>(present: &[S]) -> Vec<String> {
    let mut rest: Vec<String> = present.iter().map(|s| s.as_ref().to_string()).collect();
    rest.sort();
    rest.dedup();
    let mut ordered: Vec<String> = ORIGINAL_EIGHT
        .iter()
        .map(|l| canonical_id(l).to_string())
        .filter(|l| rest.contains(l))
        .collect();
    rest.retain(|l| !ordered.contains(l));
    ordered.extend(rest);
    ordered
}

/// Loads every file under `DIR/<folder>/` (recursively, hidden entries
/// skipped). The folder name, through `canonical_id`, is the label. Files
/// that are not valid UTF-8 are skipped and counted, as the original does.
///
/// `fixed_labels`: use this label order (a base model's or a bundle's)
/// instead of deriving one; folders outside it are an error unless
/// `allow_unknown` is set, in which case they are appended.
pub fn load_corpus(
    dir: &Path,
    fixed_labels: Option<&[String]>,
    allow_unknown: bool,
) -> Result<Corpus> {
    let entries = read_dir_sorted(dir)?;
    // label -> folders
    let mut folders: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for path in entries {
        if !path.is_dir() {
            continue;
        }
        let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .map(str::to_string)
        else {
            continue;
        };
        if name.starts_with('.') {
            continue;
        }
        let label = canonical_id(&name).to_string();
        if !is_valid_label(&label) {
            return Err(TrainError::Data(format!(
                "folder {name:?} in {} is not a valid language label",
                dir.display()
            )));
        }
        folders.entry(label).or_default().push(path);
    }
    if folders.is_empty() {
        return Err(TrainError::Data(format!(
            "{} has no label folders (expected DIR/<label>/<files>)",
            dir.display()
        )));
    }
    let present: Vec<String> = folders.keys().cloned().collect();
    let labels = match fixed_labels {
        Some(fixed) => {
            let mut labels = fixed.to_vec();
            let unknown: Vec<&String> = present.iter().filter(|l| !fixed.contains(l)).collect();
            if !unknown.is_empty() && !allow_unknown {
                return Err(TrainError::Data(format!(
                    "folders {unknown:?} are not among the model's labels {fixed:?}"
                )));
            }
            labels.extend(unknown.into_iter().cloned());
            labels
        }
        None => label_order(&present),
    };

    let mut samples = Vec::new();
    let mut stats: Vec<LabelStats> = labels
        .iter()
        .map(|l| LabelStats {
            label: l.clone(),
            ..LabelStats::default()
        })
        .collect();
    for (label, dirs) in &folders {
        let index = labels
            .iter()
            .position(|l| l == label)
            .ok_or_else(|| TrainError::Data(format!("label {label} lost its index")))?;
        for folder in dirs {
            let folder_name = folder
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            stats[index].folders.push(folder_name.clone());
            let mut files = Vec::new();
            collect_files(folder, &mut files)?;
            for file in files {
                let bytes = std::fs::read(&file)
                    .map_err(|e| TrainError::io("cannot read training file", &file, e))?;
                let sha256 = hex(&Sha256::digest(&bytes));
                match String::from_utf8(bytes) {
                    Ok(text) => {
                        let rel = file.strip_prefix(dir).unwrap_or(&file);
                        let path = rel
                            .components()
                            .map(|c| c.as_os_str().to_string_lossy())
                            .collect::<Vec<_>>()
                            .join("/");
                        samples.push(Sample {
                            path,
                            label: index,
                            text,
                            sha256,
                        });
                        stats[index].files += 1;
                    }
                    Err(_) => stats[index].skipped_non_utf8 += 1,
                }
            }
        }
    }
    if samples.is_empty() {
        return Err(TrainError::Data(format!(
            "no readable UTF-8 files under {}",
            dir.display()
        )));
    }
    Ok(Corpus {
        labels,
        samples,
        stats,
    })
}

fn read_dir_sorted(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| TrainError::io("cannot list data folder", dir, e))?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<std::io::Result<_>>()
        .map_err(|e| TrainError::io("cannot list data folder", dir, e))?;
    paths.sort();
    Ok(paths)
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for path in read_dir_sorted(dir)? {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            collect_files(&path, out)?;
        } else if path.is_file() {
            out.push(path);
        }
    }
    Ok(())
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(root: &Path, rel: &str, bytes: &[u8]) {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }

    #[test]
    fn labels_follow_the_original_order_then_sorted_extras() {
        let order = label_order(&["rust", "python", "yaml", "cpp", "go"]);
        assert_eq!(order, ["cpp", "python", "yaml", "go", "rust"]);
    }

    #[test]
    fn loads_folders_maps_yml_and_counts_non_utf8() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        write(root, "yml/a.yml", b"a: 1\n");
        write(root, "yaml/b.yaml", b"b: 2\n");
        write(root, "python/x.py", b"print(1)\n");
        write(root, "python/bad.py", &[0xff, 0xfe, 0x00, 0x41]);
        write(root, "python/sub/y.py", b"import os\n");
        write(root, "python/.hidden", b"nope");
        write(root, "zig/m.zig", b"const std = @import(\"std\");\n");
        write(root, "README", b"not a folder");
        let corpus = load_corpus(root, None, false).unwrap();
        assert_eq!(corpus.labels, ["python", "yaml", "zig"]);
        assert_eq!(corpus.label_counts(), [2, 2, 1]);
        let python = &corpus.stats[0];
        assert_eq!((python.files, python.skipped_non_utf8), (2, 1));
        assert_eq!(corpus.stats[1].folders, ["yaml", "yml"]);
        assert!(corpus.samples.iter().any(|s| s.path == "python/sub/y.py"));
        let manifest = corpus.manifest(0..corpus.samples.len());
        assert_eq!(manifest.len(), 5);
        // sha256 of "print(1)\n"
        let line = manifest
            .iter()
            .find(|l| l.ends_with("python/x.py"))
            .unwrap();
        assert_eq!(line.split_whitespace().next().unwrap().len(), 64);
    }

    #[test]
    fn fixed_labels_reject_or_append_unknown_folders() {
        let tmp = tempfile::tempdir().unwrap();
        write(tmp.path(), "python/x.py", b"x = 1\n");
        write(tmp.path(), "go/x.go", b"package main\n");
        let fixed = vec!["python".to_string(), "java".to_string()];
        assert!(load_corpus(tmp.path(), Some(&fixed), false).is_err());
        let corpus = load_corpus(tmp.path(), Some(&fixed), true).unwrap();
        assert_eq!(corpus.labels, ["python", "java", "go"]);
    }
}
