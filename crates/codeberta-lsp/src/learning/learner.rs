//! Retraining from the corrections store: builds examples (cached features
//! and base probabilities), trains, validates against the model being served,
//! persists, and swaps the new head in only if it is not worse.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};

use codeberta_core::tokenize::prefix_at_char_boundary;

use crate::corrections::atomic::{create_private_dir, write_atomic};
use crate::corrections::{CorrectionsStore, LoadReport};
use crate::engine::{Engine, Served};
use crate::learning::anchors::ANCHORS;
use crate::learning::features::{extract, Features};
use crate::learning::head::Head;
use crate::learning::train::{
    agreement, train, Example, Target, TrainConfig, TrainError, TrainInput,
};

/// Anchor agreement may drop by at most this much (0.5 points).
const MAX_ANCHOR_DROP: f32 = 0.005;
/// Corrections are classified on this prefix, like documents.
const TEXT_PREFIX: usize = 64 * 1024;
const HEAD_FILE: &str = "head.json";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Warm start from the served head, skip when nothing changed.
    Incremental,
    /// From zero, always.
    Full,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Unchanged,
    /// No corrections: the base model serves alone.
    Cleared,
    Installed {
        corrections: usize,
        labels: usize,
        accuracy: f32,
        anchor_agreement: f32,
        persist_error: Option<String>,
    },
    Rejected(String),
}

impl Outcome {
    pub fn message(&self) -> String {
        match self {
            Outcome::Unchanged => "codeberta: corrections unchanged".into(),
            Outcome::Cleared => "codeberta: no corrections; serving the base model".into(),
            Outcome::Installed {
                corrections,
                labels,
                accuracy,
                anchor_agreement,
                persist_error,
            } => {
                let mut m = format!(
                    "codeberta: learned model installed ({corrections} corrections, {labels} labels, \
                     {:.0}% of corrections right, {:.1}% agreement with the base model)",
                    accuracy * 100.0,
                    anchor_agreement * 100.0
                );
                if let Some(e) = persist_error {
                    m.push_str(&format!("; not saved: {e}"));
                }
                m
            }
            Outcome::Rejected(why) => format!("codeberta: learned model rejected: {why}"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LearnError {
    #[error(transparent)]
    Train(#[from] TrainError),
    #[error("the model failed on a correction: {0}")]
    Model(#[from] codeberta_core::CoreError),
}

/// (text hash, base fingerprint) -> features and base probabilities.
type FeatureCache = HashMap<(u64, String), (Features, Vec<f32>)>;

pub struct Learner {
    engine: Arc<Engine>,
    store: Mutex<CorrectionsStore>,
    learned_dir: PathBuf,
    cache: Mutex<FeatureCache>,
    /// (corrections fingerprint, base fingerprint) of the last training.
    last: Mutex<Option<(u64, String)>>,
    /// Serialises training runs; the background loop and the command share it.
    busy: Mutex<()>,
}

impl Learner {
    pub fn new(engine: Arc<Engine>, store: CorrectionsStore, learned_dir: PathBuf) -> Self {
        Self {
            engine,
            store: Mutex::new(store),
            learned_dir,
            cache: Mutex::new(HashMap::new()),
            last: Mutex::new(None),
            busy: Mutex::new(()),
        }
    }

    pub fn store(&self) -> CorrectionsStore {
        lock(&self.store).clone()
    }

    pub fn set_store(&self, store: CorrectionsStore) {
        *lock(&self.store) = store;
        *lock(&self.last) = None;
    }

    /// Blocking. Serves the persisted head of an earlier run if it fits the
    /// base model. Returns a message for the log.
    pub fn restore(&self) -> Option<String> {
        let path = self.learned_dir.join(HEAD_FILE);
        let bytes = std::fs::read(&path).ok()?;
        let head: Head = match serde_json::from_slice(&bytes) {
            Ok(h) => h,
            Err(e) => return Some(format!("codeberta: ignoring {}: {e}", path.display())),
        };
        let served = self.engine.current();
        let base = served.base_labels();
        if !head.is_consistent()
            || head.labels.get(..head.base_labels) != Some(&base[..])
            || head.base_labels != base.len()
        {
            return Some(format!(
                "codeberta: ignoring {}: it does not fit the base model",
                path.display()
            ));
        }
        let n = head.trained_on;
        self.engine
            .install_head(Some(Arc::new(head)))
            .then(|| format!("codeberta: restored the learned model ({n} corrections)"))
    }

    /// Blocking. Retrains from the store as it is now.
    pub fn retrain(
        &self,
        mode: Mode,
        cancel: &AtomicBool,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<(Outcome, LoadReport), LearnError> {
        let _busy = lock(&self.busy);
        let report = self.store().load();
        let served = self.engine.current();
        let key = (report.fingerprint(), served.fingerprint.clone());
        if mode == Mode::Incremental && lock(&self.last).as_ref() == Some(&key) {
            return Ok((Outcome::Unchanged, report));
        }
        let outcome = self.retrain_on(&report, &served, mode, cancel, progress)?;
        *lock(&self.last) = Some(key);
        Ok((outcome, report))
    }

    fn retrain_on(
        &self,
        report: &LoadReport,
        served: &Served,
        mode: Mode,
        cancel: &AtomicBool,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Outcome, LearnError> {
        if report.corrections.is_empty() {
            self.engine.install_head(None);
            let _ = std::fs::remove_file(self.learned_dir.join(HEAD_FILE));
            return Ok(Outcome::Cleared);
        }
        let base = served.base_labels();
        let mut labels = base.clone();
        for (_, c) in &report.corrections {
            if !labels.contains(&c.language) {
                labels.push(c.language.clone());
            }
        }
        let mut examples = Vec::new();
        for (_, c) in &report.corrections {
            let (x, probs) = self.features(served, &c.text)?;
            let l = labels.iter().position(|l| l == &c.language).unwrap_or(0);
            examples.push(Example {
                x,
                base: probs,
                target: Target::Label(l),
            });
        }
        let n_corr = examples.len();
        for anchor in ANCHORS {
            let (x, probs) = self.features(served, anchor)?;
            examples.push(Example {
                x,
                target: Target::Soft(probs.clone()),
                base: probs,
            });
        }
        let (config, init) = match mode {
            Mode::Incremental => (TrainConfig::INCREMENTAL, served.head.as_deref()),
            Mode::Full => (TrainConfig::FULL, None),
        };
        let head = train(
            TrainInput {
                base_fingerprint: &served.fingerprint,
                labels: labels.clone(),
                base_labels: base.len(),
                examples: &examples,
                init,
                config,
                cancel,
            },
            progress,
        )?;

        let (corr, anchors): (Vec<&Example>, Vec<&Example>) = examples
            .iter()
            .partition(|e| matches!(e.target, Target::Label(_)));
        let new_predict = |e: &Example| head.probabilities(&e.base, &e.x);
        let old_predict = |e: &Example| current_probabilities(served, &labels, e);
        let (acc_new, acc_old) = (
            agreement(&corr, &new_predict),
            agreement(&corr, &old_predict),
        );
        let (anc_new, anc_old) = (
            agreement(&anchors, &new_predict),
            agreement(&anchors, &old_predict),
        );
        if acc_new < acc_old {
            return Ok(Outcome::Rejected(format!(
                "it gets {:.0}% of the corrections right, the served model {:.0}%",
                acc_new * 100.0,
                acc_old * 100.0
            )));
        }
        if anc_new + MAX_ANCHOR_DROP < anc_old {
            return Ok(Outcome::Rejected(format!(
                "it agrees with the base model on {:.1}% of the reference texts, the served model on {:.1}%",
                anc_new * 100.0,
                anc_old * 100.0
            )));
        }
        let persist_error = self.persist(&head).err().map(|e| e.to_string());
        let installed = self.engine.install_head(Some(Arc::new(head)));
        if !installed {
            return Ok(Outcome::Rejected(
                "the base model changed during training".into(),
            ));
        }
        Ok(Outcome::Installed {
            corrections: n_corr,
            labels: labels.len(),
            accuracy: acc_new,
            anchor_agreement: anc_new,
            persist_error,
        })
    }

    fn features(&self, served: &Served, text: &str) -> Result<(Features, Vec<f32>), LearnError> {
        let text = prefix_at_char_boundary(text, TEXT_PREFIX);
        let mut h = DefaultHasher::new();
        text.hash(&mut h);
        let key = (h.finish(), served.fingerprint.clone());
        if let Some(hit) = lock(&self.cache).get(&key) {
            return Ok(hit.clone());
        }
        let value = (extract(text), served.detector.probabilities(text)?);
        lock(&self.cache).insert(key, value.clone());
        Ok(value)
    }

    fn persist(&self, head: &Head) -> std::io::Result<()> {
        create_private_dir(&self.learned_dir)?;
        let bytes = serde_json::to_vec(head).map_err(std::io::Error::other)?;
        write_atomic(&self.learned_dir.join(HEAD_FILE), &bytes)
    }
}

/// What the served model says about `e`, laid out over `labels`.
fn current_probabilities(served: &Served, labels: &[String], e: &Example) -> Vec<f32> {
    let (names, probs) = match &served.head {
        Some(h) => (h.labels.clone(), h.probabilities(&e.base, &e.x)),
        None => (served.base_labels(), e.base.clone()),
    };
    labels
        .iter()
        .map(|l| {
            names
                .iter()
                .position(|n| n == l)
                .and_then(|i| probs.get(i).copied())
                .unwrap_or(0.0)
        })
        .collect()
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}
