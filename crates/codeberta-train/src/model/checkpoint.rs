//! safetensors checkpoints with HF tensor names.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use candle_core::{DType, Tensor};

use super::roberta::RobertaClassifier;
use crate::error::{Result, TrainError};

/// What a checkpoint load matched.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoadReport {
    /// Head weights absent from the file (a pretrained encoder without a
    /// classifier): they keep their current values.
    pub missing_head: Vec<String>,
    /// Tensors in the file the classifier has no use for (`lm_head.*`,
    /// `pooler.*`, buffers).
    pub unused: Vec<String>,
    /// Output-projection tensors of a classifier trained for another label
    /// count: they keep their fresh values, as `ignore_mismatched_sizes`
    /// does in transformers (`name: file shape -> model shape`).
    pub resized_head: Vec<String>,
}

impl RobertaClassifier {
    /// Random head, weights from an HF checkpoint (a fine-tuned classifier or
    /// a pretrained encoder such as CodeBERTa-small-v1's `model.safetensors`).
    pub fn from_safetensors(
        config: &super::RobertaConfig,
        path: &Path,
        device: &candle_core::Device,
        seed: u64,
    ) -> Result<(Self, LoadReport)> {
        let model = Self::random(config, device, seed)?;
        let report = model.load_safetensors(path)?;
        Ok((model, report))
    }

    /// Sets weights from a safetensors file. Every encoder and embedding
    /// tensor must be present with the right shape; head tensors may be
    /// missing, and the output projection may be sized for other labels.
    pub fn load_safetensors(&self, path: &Path) -> Result<LoadReport> {
        let fail = |reason: String| TrainError::Checkpoint {
            path: PathBuf::from(path),
            reason,
        };
        let tensors =
            candle_core::safetensors::load(path, self.device()).map_err(|e| fail(e.to_string()))?;
        let mut used = BTreeSet::new();
        let mut report = LoadReport::default();
        let mut missing = Vec::new();
        let vars = self.named_vars();
        // Check everything before touching any weight, so a bad file leaves
        // the model as it was.
        let mut updates = Vec::with_capacity(vars.len());
        for (name, var) in &vars {
            match find_tensor(&tensors, name) {
                Some((found, tensor)) => {
                    if tensor.dims() != var.dims() && name.starts_with("classifier.out_proj.") {
                        used.insert(found.to_string());
                        report.resized_head.push(format!(
                            "{found}: {:?} -> {:?}",
                            tensor.dims(),
                            var.dims()
                        ));
                        continue;
                    }
                    if tensor.dims() != var.dims() {
                        return Err(fail(format!(
                            "{found} has shape {:?}, the model expects {:?}",
                            tensor.dims(),
                            var.dims()
                        )));
                    }
                    used.insert(found.to_string());
                    updates.push((var, tensor.to_dtype(DType::F32)?));
                }
                None if name.starts_with("classifier.") => report.missing_head.push(name.clone()),
                None => missing.push(name.clone()),
            }
        }
        if !missing.is_empty() {
            return Err(fail(format!("missing tensors: {}", missing.join(", "))));
        }
        for (var, tensor) in updates {
            var.set(&tensor)?;
        }
        report.unused = tensors
            .keys()
            .filter(|k| !used.contains(k.as_str()))
            .cloned()
            .collect();
        report.unused.sort();
        Ok(report)
    }

    /// Writes every weight under its HF name.
    pub fn save_safetensors(&self, path: &Path) -> Result<()> {
        let tensors: HashMap<String, Tensor> = self
            .named_vars()
            .into_iter()
            .map(|(name, var)| (name, var.as_tensor().clone()))
            .collect();
        candle_core::safetensors::save(&tensors, path).map_err(|e| TrainError::Checkpoint {
            path: PathBuf::from(path),
            reason: format!("cannot write: {e}"),
        })
    }
}

/// The checkpoint tensor for one of our names, accepting the spellings HF
/// checkpoints use: without the `roberta.` prefix (saved from a bare
/// `RobertaModel`) and the old LayerNorm `gamma`/`beta`.
fn find_tensor<'a>(
    tensors: &'a HashMap<String, Tensor>,
    name: &str,
) -> Option<(&'a str, &'a Tensor)> {
    let bare = name.strip_prefix("roberta.");
    let legacy = name
        .strip_suffix("LayerNorm.weight")
        .map(|stem| format!("{stem}LayerNorm.gamma"))
        .or_else(|| {
            name.strip_suffix("LayerNorm.bias")
                .map(|stem| format!("{stem}LayerNorm.beta"))
        });
    let legacy_bare = legacy
        .as_deref()
        .and_then(|l| l.strip_prefix("roberta."))
        .map(str::to_string);
    let candidates = [
        Some(name.to_string()),
        bare.map(str::to_string),
        legacy,
        legacy_bare,
    ];
    candidates
        .into_iter()
        .flatten()
        .find_map(|c| tensors.get_key_value(c.as_str()))
        .map(|(k, t)| (k.as_str(), t))
}
