//! Reading and writing corrections. Each correction is one JSON file
//! `<dir>/<language>/<millis>-<hash>.json`; the `language` inside the file is
//! authoritative, so files dropped anywhere under the folder count.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use codeberta_core::languages::is_valid_label;
use serde::{Deserialize, Serialize};

use super::atomic::{create_private_dir, write_atomic};

/// Files bigger than this are not corrections anyone wrote by hand or by us.
const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "invalid language id {0:?}: use letters, digits and - _ + # . only \
         (no path separators, no leading dot, at most 64 bytes)"
    )]
    InvalidLabel(String),
    #[error("the correction has no text")]
    EmptyText,
    #[error("cannot write the correction to {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot encode the correction: {0}")]
    Encode(#[from] serde_json::Error),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    /// The document text (a prefix of it for big documents).
    pub text: String,
    /// The language the user chose.
    pub language: String,
    /// The document's language id before the correction, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// What codeberta suggested, if anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested: Option<String>,
    /// Seconds since the Unix epoch.
    #[serde(default)]
    pub timestamp: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// `command`, `inferred` or absent for hand-written files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl Correction {
    pub fn validate(&self) -> Result<(), StoreError> {
        if !is_valid_label(&self.language) {
            return Err(StoreError::InvalidLabel(self.language.clone()));
        }
        if self.text.trim().is_empty() {
            return Err(StoreError::EmptyText);
        }
        Ok(())
    }

    pub fn now() -> u64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0)
    }
}

/// What a scan of the folder found.
#[derive(Debug, Default)]
pub struct LoadReport {
    /// Sorted by path, so the same folder gives the same order.
    pub corrections: Vec<(PathBuf, Correction)>,
    /// Files that could not be used, with the reason.
    pub errors: Vec<(PathBuf, String)>,
}

impl LoadReport {
    /// Identifies the set of corrections, to skip retraining on no-op events.
    pub fn fingerprint(&self) -> u64 {
        let mut h = DefaultHasher::new();
        for (_, c) in &self.corrections {
            c.text.hash(&mut h);
            c.language.hash(&mut h);
        }
        h.finish()
    }
}

#[derive(Debug, Clone)]
pub struct CorrectionsStore {
    dir: PathBuf,
}

impl CorrectionsStore {
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Validates and durably writes one correction; returns its path.
    pub fn record(&self, correction: &Correction) -> Result<PathBuf, StoreError> {
        correction.validate()?;
        let folder = self.dir.join(&correction.language);
        let write_err = |path: &Path, source| StoreError::Write {
            path: path.to_path_buf(),
            source,
        };
        create_private_dir(&folder).map_err(|e| write_err(&folder, e))?;
        let mut h = DefaultHasher::new();
        correction.text.hash(&mut h);
        correction.language.hash(&mut h);
        let millis = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_millis())
            .unwrap_or(0);
        let path = folder.join(format!("{millis}-{:016x}.json", h.finish()));
        let bytes = serde_json::to_vec_pretty(correction)?;
        write_atomic(&path, &bytes).map_err(|e| write_err(&path, e))?;
        Ok(path)
    }

    /// Reads every `*.json` file up to two levels deep. A missing folder is
    /// an empty store.
    pub fn load(&self) -> LoadReport {
        let mut report = LoadReport::default();
        let mut files = Vec::new();
        collect_json_files(&self.dir, 0, &mut files);
        files.sort();
        for path in files {
            match read_one(&path) {
                Ok(c) => report.corrections.push((path, c)),
                Err(reason) => report.errors.push((path, reason)),
            }
        }
        report
    }
}

fn collect_json_files(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue; // temp files of atomic writes, editor swap files
        }
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() && depth < 1 {
            collect_json_files(&path, depth + 1, out);
        } else if kind.is_file() && name.ends_with(".json") {
            out.push(path);
        }
    }
}

fn read_one(path: &Path) -> Result<Correction, String> {
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!("file is larger than {MAX_FILE_BYTES} bytes"));
    }
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let correction: Correction =
        serde_json::from_slice(&bytes).map_err(|e| format!("not a correction: {e}"))?;
    correction.validate().map_err(|e| e.to_string())?;
    Ok(correction)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(language: &str) -> Correction {
        Correction {
            text: "rule a -> b\n".into(),
            language: language.into(),
            previous: Some("plaintext".into()),
            suggested: Some("python".into()),
            timestamp: 1,
            uri: Some("file:///x".into()),
            source: Some("command".into()),
        }
    }

    #[test]
    fn round_trips_and_skips_corrupt_files() {
        let tmp = tempfile::tempdir().unwrap();
        let store = CorrectionsStore::new(tmp.path().join("corrections"));
        assert!(store.load().corrections.is_empty());
        let path = store.record(&sample("mydsl")).unwrap();
        assert!(path.starts_with(store.dir().join("mydsl")));
        std::fs::write(store.dir().join("broken.json"), b"{not json").unwrap();
        std::fs::write(
            store.dir().join("badlabel.json"),
            br#"{"text":"x","language":"../etc"}"#,
        )
        .unwrap();
        std::fs::write(
            store.dir().join("hand.json"),
            br#"{"text":"fn main() {}","language":"rust"}"#,
        )
        .unwrap();
        let report = store.load();
        let langs: Vec<&str> = report
            .corrections
            .iter()
            .map(|(_, c)| c.language.as_str())
            .collect();
        assert_eq!(langs, ["rust", "mydsl"]);
        assert_eq!(report.corrections[1].1, sample("mydsl"));
        assert_eq!(report.errors.len(), 2);
    }

    #[test]
    fn rejects_path_like_labels_with_a_clear_error() {
        let tmp = tempfile::tempdir().unwrap();
        let store = CorrectionsStore::new(tmp.path().to_path_buf());
        for bad in ["../x", "a/b", "..", ".hidden", ""] {
            let err = store.record(&sample(bad)).unwrap_err();
            assert!(matches!(err, StoreError::InvalidLabel(_)), "{bad}: {err}");
            assert!(err.to_string().contains("invalid language id"));
        }
        assert!(std::fs::read_dir(tmp.path()).unwrap().next().is_none());
    }

    #[test]
    fn failed_write_is_an_error_not_a_panic() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("file");
        std::fs::write(&file, b"x").unwrap();
        let store = CorrectionsStore::new(file.join("corrections"));
        assert!(matches!(
            store.record(&sample("rust")),
            Err(StoreError::Write { .. })
        ));
    }

    #[test]
    fn fingerprint_follows_content() {
        let tmp = tempfile::tempdir().unwrap();
        let store = CorrectionsStore::new(tmp.path().to_path_buf());
        let empty = store.load().fingerprint();
        store.record(&sample("rust")).unwrap();
        let one = store.load().fingerprint();
        assert_ne!(empty, one);
        assert_eq!(one, store.load().fingerprint());
    }
}
