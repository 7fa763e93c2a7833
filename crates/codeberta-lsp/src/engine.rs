//! The model being served: the base detector plus, once corrections exist, a
//! learned head. Swapped as a whole behind an `Arc`, so a request always sees
//! one consistent model and a failed reload leaves the last good one serving.

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use codeberta_core::bundle::{MODEL_FILE, TOKENIZER_FILE};
use codeberta_core::tokenize::prefix_at_char_boundary;
use codeberta_core::{evidence, CoreError, Detector, DetectorOptions};
use serde::{Deserialize, Serialize};

use crate::learning::features::extract;
use crate::learning::head::Head;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Guess {
    pub language_id: String,
    pub confidence: f32,
}

/// Ranked guesses, or why there are none.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Classification {
    pub guesses: Vec<Guess>,
    /// `binary`, `empty` or `shebang`/`modeline`/... when a rule decided.
    pub reason: Option<String>,
}

pub struct Served {
    pub detector: Arc<Detector>,
    /// Identifies the base model, so a persisted head is only reused on it.
    pub fingerprint: String,
    pub head: Option<Arc<Head>>,
}

impl Served {
    pub fn base_labels(&self) -> Vec<String> {
        self.detector
            .bundle()
            .labels
            .ids()
            .map(str::to_string)
            .collect()
    }

    /// Blocking: runs the model. Only the first `max_bytes` of `text` count.
    pub fn classify(
        &self,
        text: &str,
        top_k: usize,
        max_bytes: usize,
    ) -> Result<Classification, CoreError> {
        let text = prefix_at_char_boundary(text, max_bytes);
        if text.contains('\0') {
            return Ok(rejected("binary"));
        }
        if text.trim().is_empty() {
            return Ok(rejected("empty"));
        }
        if self.detector.options().use_rules {
            if let Some(hit) = evidence::find(text) {
                return Ok(Classification {
                    guesses: vec![Guess {
                        language_id: hit.language,
                        confidence: 1.0,
                    }],
                    reason: Some(format!("{:?}", hit.evidence).to_lowercase()),
                });
            }
        }
        let base = self.detector.probabilities(text)?;
        let (labels, probs) = match &self.head {
            Some(head) => (
                head.labels.clone(),
                head.probabilities(&base, &extract(text)),
            ),
            None => (self.base_labels(), base),
        };
        let mut guesses: Vec<Guess> = labels
            .into_iter()
            .zip(probs)
            .map(|(language_id, confidence)| Guess {
                language_id,
                confidence,
            })
            .collect();
        guesses.sort_by(|a, b| b.confidence.total_cmp(&a.confidence));
        guesses.truncate(top_k.max(1));
        Ok(Classification {
            guesses,
            reason: None,
        })
    }
}

fn rejected(reason: &str) -> Classification {
    Classification {
        guesses: Vec::new(),
        reason: Some(reason.to_string()),
    }
}

pub struct Engine {
    served: RwLock<Arc<Served>>,
    model_dir: PathBuf,
    options: DetectorOptions,
}

impl Engine {
    pub fn load(model_dir: &Path, options: DetectorOptions) -> Result<Self, CoreError> {
        let served = load_served(model_dir, &options)?;
        Ok(Self {
            served: RwLock::new(Arc::new(served)),
            model_dir: model_dir.to_path_buf(),
            options,
        })
    }

    pub fn model_dir(&self) -> &Path {
        &self.model_dir
    }

    pub fn current(&self) -> Arc<Served> {
        match self.served.read() {
            Ok(g) => g.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    fn replace(&self, served: Served) {
        let served = Arc::new(served);
        match self.served.write() {
            Ok(mut g) => *g = served,
            Err(poisoned) => *poisoned.into_inner() = served,
        }
    }

    /// Serves `head` on the current base model, unless the base changed
    /// since the head was trained. Returns whether it was installed.
    pub fn install_head(&self, head: Option<Arc<Head>>) -> bool {
        let now = self.current();
        if let Some(h) = &head {
            if h.base_fingerprint != now.fingerprint {
                return false;
            }
        }
        self.replace(Served {
            detector: now.detector.clone(),
            fingerprint: now.fingerprint.clone(),
            head,
        });
        true
    }

    /// Blocking. Loads the base model again after its files changed. On
    /// failure the last good model keeps serving. Returns `Ok(true)` when a
    /// different model was installed (the head is dropped then).
    pub fn reload_base(&self) -> Result<bool, CoreError> {
        let fresh = load_served(&self.model_dir, &self.options)?;
        let now = self.current();
        if fresh.fingerprint == now.fingerprint {
            return Ok(false);
        }
        self.replace(fresh);
        Ok(true)
    }
}

fn load_served(dir: &Path, options: &DetectorOptions) -> Result<Served, CoreError> {
    let detector = Detector::load(dir, options.clone())?;
    let fingerprint = fingerprint(&detector, dir);
    Ok(Served {
        detector: Arc::new(detector),
        fingerprint,
        head: None,
    })
}

fn fingerprint(detector: &Detector, dir: &Path) -> String {
    let stamp = |file: &str| {
        std::fs::metadata(dir.join(file))
            .map(|m| {
                let mtime = m
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_nanos());
                format!("{}@{mtime}", m.len())
            })
            .unwrap_or_default()
    };
    let labels: Vec<&str> = detector.bundle().labels.ids().collect();
    format!(
        "{}|{}|{}",
        labels.join(","),
        stamp(MODEL_FILE),
        stamp(TOKENIZER_FILE)
    )
}
