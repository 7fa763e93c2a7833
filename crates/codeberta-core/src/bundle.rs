//! The model bundle: the folder `codeberta detect`, the LSP and `train` agree on.
//!
//! ```text
//! models/<name>/ model.onnx  tokenizer.json  labels.json  config.json
//!                card.md  metrics.json  train-manifest.txt
//! ```
//! `config.json` is a Hugging Face RoBERTa config with one extra object,
//! `"codeberta"`, holding [`InferenceSettings`].

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{CoreError, Result};
use crate::languages::{is_valid_label, nvim_filetype, Language};

pub const MODEL_FILE: &str = "model.onnx";
pub const TOKENIZER_FILE: &str = "tokenizer.json";
pub const LABELS_FILE: &str = "labels.json";
pub const CONFIG_FILE: &str = "config.json";
pub const CARD_FILE: &str = "card.md";
pub const METRICS_FILE: &str = "metrics.json";
pub const MANIFEST_FILE: &str = "train-manifest.txt";
/// Optional: the lexical expert (see [`crate::lexical`]).
pub const LEXICAL_FILE: &str = "lexical.safetensors";

/// Files without which a bundle cannot classify anything.
pub const REQUIRED_FILES: [&str; 4] = [MODEL_FILE, TOKENIZER_FILE, LABELS_FILE, CONFIG_FILE];

/// How to feed the ONNX graph and read its answer; stored under `"codeberta"` in config.json.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct InferenceSettings {
    /// Bundle format version; bumped on incompatible changes.
    pub format_version: u32,
    /// Maximum tokens per input, special tokens included.
    pub max_length: usize,
    pub input_names: Vec<String>,
    pub output_name: String,
    /// Softmax temperature fitted on validation data (1.0 = uncalibrated).
    pub temperature: f32,
    /// Below this top probability the detector abstains (`language: null`).
    pub abstain_threshold: f32,
    /// The model was trained on texts with their leading license comment
    /// block skipped, so inference skips it too.
    pub skip_license_header: bool,
    /// Present when the bundle ships a lexical expert in `lexical.safetensors`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lexical: Option<LexicalWeights>,
}

/// How the transformer and the lexical expert are combined:
/// `model_weight * log p_model + lexical_weight * log p_lexical`, fitted on
/// validation data.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LexicalWeights {
    pub model_weight: f32,
    pub lexical_weight: f32,
}

impl Default for InferenceSettings {
    fn default() -> Self {
        InferenceSettings {
            format_version: 1,
            max_length: 256,
            input_names: vec!["input_ids".into(), "attention_mask".into()],
            output_name: "logits".into(),
            temperature: 1.0,
            abstain_threshold: 0.5,
            skip_license_header: false,
            lexical: None,
        }
    }
}

/// The subset of config.json that inference needs.
#[derive(Debug, Clone, Deserialize)]
struct ConfigFile {
    #[serde(default = "default_pad")]
    pad_token_id: i64,
    num_labels: Option<usize>,
    #[serde(default)]
    codeberta: InferenceSettings,
}

fn default_pad() -> i64 {
    1
}

/// One label as stored in labels.json; its position is its logit index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabelEntry {
    /// VS Code language identifier.
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Neovim filetype for this label.
    pub nvim_filetype: String,
}

/// The ordered label list of a model.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabelSet {
    pub labels: Vec<LabelEntry>,
}

impl LabelSet {
    /// Builds a label set from ids, filling names and Neovim filetypes from the known table.
    pub fn from_ids<S: AsRef<str>>(ids: &[S]) -> Result<Self> {
        let labels = ids
            .iter()
            .map(|id| {
                let id = id.as_ref();
                let known = Language::lookup(id);
                LabelEntry {
                    id: id.to_string(),
                    name: known.map(|l| l.name.to_string()),
                    nvim_filetype: nvim_filetype(id),
                }
            })
            .collect();
        let set = LabelSet { labels };
        set.validate()?;
        Ok(set)
    }

    pub fn len(&self) -> usize {
        self.labels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    pub fn id(&self, index: usize) -> Option<&str> {
        self.labels.get(index).map(|l| l.id.as_str())
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.labels.iter().position(|l| l.id == id)
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.labels.iter().map(|l| l.id.as_str())
    }

    /// Non-empty, unique, and every id a valid label.
    pub fn validate(&self) -> Result<()> {
        if self.labels.is_empty() {
            return Err(CoreError::InvalidLabel {
                label: String::new(),
                why: "a label set needs at least one label",
            });
        }
        let mut seen = HashSet::new();
        for l in &self.labels {
            if !is_valid_label(&l.id) {
                return Err(CoreError::InvalidLabel {
                    label: l.id.clone(),
                    why: "labels are 1-64 ASCII letters, digits or - _ + # . and never a path",
                });
            }
            if !seen.insert(l.id.as_str()) {
                return Err(CoreError::InvalidLabel {
                    label: l.id.clone(),
                    why: "duplicate label",
                });
            }
        }
        Ok(())
    }

    pub fn to_json(&self) -> String {
        // Serialising plain strings and vectors cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// A bundle folder whose metadata has been read and checked; the ONNX graph
/// itself is checked when a session is made from it.
#[derive(Debug, Clone)]
pub struct ModelBundle {
    pub dir: PathBuf,
    pub labels: LabelSet,
    pub settings: InferenceSettings,
    pub pad_token_id: i64,
}

impl ModelBundle {
    /// Reads and validates labels.json and config.json; checks every required file exists.
    pub fn open(dir: &Path) -> Result<Self> {
        if !dir.is_dir() {
            return Err(CoreError::BundleMismatch {
                dir: dir.to_path_buf(),
                detail: "not a directory (expected a model bundle folder with model.onnx, \
                         tokenizer.json, labels.json and config.json)"
                    .into(),
            });
        }
        for file in REQUIRED_FILES {
            if !dir.join(file).is_file() {
                return Err(CoreError::MissingBundleFile {
                    dir: dir.to_path_buf(),
                    file,
                });
            }
        }
        let labels: LabelSet = read_json(dir, LABELS_FILE)?;
        labels
            .validate()
            .map_err(|e| CoreError::InvalidBundleFile {
                dir: dir.to_path_buf(),
                file: LABELS_FILE,
                detail: e.to_string(),
            })?;
        let config: ConfigFile = read_json(dir, CONFIG_FILE)?;
        if let Some(n) = config.num_labels {
            if n != labels.len() {
                return Err(CoreError::BundleMismatch {
                    dir: dir.to_path_buf(),
                    detail: format!(
                        "config.json says num_labels = {n} but labels.json lists {}",
                        labels.len()
                    ),
                });
            }
        }
        let s = &config.codeberta;
        let bad = |detail: String| CoreError::InvalidBundleFile {
            dir: dir.to_path_buf(),
            file: CONFIG_FILE,
            detail,
        };
        if s.max_length < 3 {
            return Err(bad(format!(
                "codeberta.max_length {} is below 3",
                s.max_length
            )));
        }
        if !(s.temperature.is_finite() && s.temperature > 0.0) {
            return Err(bad(format!(
                "codeberta.temperature {} must be > 0",
                s.temperature
            )));
        }
        if !(0.0..=1.0).contains(&s.abstain_threshold) {
            return Err(bad(format!(
                "codeberta.abstain_threshold {} must lie in [0, 1]",
                s.abstain_threshold
            )));
        }
        if let Some(w) = s.lexical {
            let ok = |v: f32| v.is_finite() && v >= 0.0;
            if !(ok(w.model_weight) && ok(w.lexical_weight)) {
                return Err(bad(format!(
                    "codeberta.lexical weights {} and {} must be finite and not negative",
                    w.model_weight, w.lexical_weight
                )));
            }
            if !dir.join(LEXICAL_FILE).is_file() {
                return Err(CoreError::MissingBundleFile {
                    dir: dir.to_path_buf(),
                    file: LEXICAL_FILE,
                });
            }
        }
        if s.input_names.len() != 2 {
            return Err(bad(
                "codeberta.input_names must name input_ids and attention_mask".into(),
            ));
        }
        Ok(ModelBundle {
            dir: dir.to_path_buf(),
            labels,
            settings: config.codeberta,
            pad_token_id: config.pad_token_id,
        })
    }

    pub fn path(&self, file: &str) -> PathBuf {
        self.dir.join(file)
    }
}

/// Where the CLI and the language server look when no model is named:
/// `$CODEBERTA_MODEL`, then `models/default` under the current directory, then
/// the `models/default` of the repository these binaries were built from.
pub fn default_model_dir() -> PathBuf {
    if let Some(p) = std::env::var_os("CODEBERTA_MODEL").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    let local = PathBuf::from("models/default");
    if local.is_dir() {
        return local;
    }
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    crate_dir
        .ancestors()
        .nth(2)
        .unwrap_or(crate_dir)
        .join("models")
        .join("default")
}

fn read_json<T: serde::de::DeserializeOwned>(dir: &Path, file: &'static str) -> Result<T> {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).map_err(|e| CoreError::InvalidBundleFile {
        dir: dir.to_path_buf(),
        file,
        detail: format!("cannot read as UTF-8 text: {e}"),
    })?;
    serde_json::from_str(&text).map_err(|e| CoreError::InvalidBundleFile {
        dir: dir.to_path_buf(),
        file,
        detail: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_minimal(dir: &Path, labels: &str, config: &str) {
        std::fs::write(dir.join(MODEL_FILE), b"x").unwrap();
        std::fs::write(dir.join(TOKENIZER_FILE), b"{}").unwrap();
        std::fs::write(dir.join(LABELS_FILE), labels).unwrap();
        std::fs::write(dir.join(CONFIG_FILE), config).unwrap();
    }

    fn labels_json(ids: &[&str]) -> String {
        LabelSet::from_ids(ids).unwrap().to_json()
    }

    #[test]
    fn opens_valid_metadata() {
        let d = tempfile::tempdir().unwrap();
        write_minimal(
            d.path(),
            &labels_json(&["c", "python"]),
            r#"{"num_labels": 2}"#,
        );
        let b = ModelBundle::open(d.path()).unwrap();
        assert_eq!(b.labels.len(), 2);
        assert_eq!(b.settings, InferenceSettings::default());
        assert_eq!(b.labels.labels[1].nvim_filetype, "python");
    }

    #[test]
    fn names_the_missing_file() {
        let d = tempfile::tempdir().unwrap();
        write_minimal(d.path(), &labels_json(&["c"]), "{}");
        std::fs::remove_file(d.path().join(TOKENIZER_FILE)).unwrap();
        let e = ModelBundle::open(d.path()).unwrap_err();
        assert!(
            matches!(
                e,
                CoreError::MissingBundleFile {
                    file: TOKENIZER_FILE,
                    ..
                }
            ),
            "{e}"
        );
        assert!(e.to_string().contains("tokenizer.json"));
    }

    #[test]
    fn rejects_label_count_mismatch() {
        let d = tempfile::tempdir().unwrap();
        write_minimal(d.path(), &labels_json(&["c", "go"]), r#"{"num_labels": 3}"#);
        let e = ModelBundle::open(d.path()).unwrap_err();
        assert!(e.to_string().contains("num_labels = 3"), "{e}");
    }

    #[test]
    fn rejects_corrupt_and_hostile_labels() {
        let d = tempfile::tempdir().unwrap();
        write_minimal(d.path(), "{not json", "{}");
        let e = ModelBundle::open(d.path()).unwrap_err();
        assert!(
            matches!(
                e,
                CoreError::InvalidBundleFile {
                    file: LABELS_FILE,
                    ..
                }
            ),
            "{e}"
        );
        write_minimal(
            d.path(),
            r#"{"labels":[{"id":"../etc","nvim_filetype":"x"}]}"#,
            "{}",
        );
        let e = ModelBundle::open(d.path()).unwrap_err();
        assert!(e.to_string().contains("../etc"), "{e}");
        write_minimal(d.path(), r#"{"labels":[]}"#, "{}");
        assert!(ModelBundle::open(d.path()).is_err());
    }

    #[test]
    fn rejects_bad_settings() {
        let d = tempfile::tempdir().unwrap();
        write_minimal(
            d.path(),
            &labels_json(&["c"]),
            r#"{"codeberta": {"temperature": 0}}"#,
        );
        let e = ModelBundle::open(d.path()).unwrap_err();
        assert!(e.to_string().contains("temperature"), "{e}");
    }
}
