//! The resumable checkpoint in `OUT/checkpoint/`: current weights, AdamW
//! moments, the best weights so far, and the counters of the run. The
//! shuffle order of an epoch depends only on (seed, epoch), so a run resumed
//! at an epoch boundary repeats the uninterrupted one (exactly, when dropout
//! is 0: candle's CPU random generator cannot be seeded).

use std::collections::HashMap;
use std::path::Path;

use candle_core::{Device, Tensor};
use serde::{Deserialize, Serialize};
use tokenizers::Tokenizer;

use super::config::TrainConfig;
use super::optim::AdamW;
use crate::error::{Result, TrainError};
use crate::metrics::EpochRecord;
use crate::model::{RobertaClassifier, RobertaConfig};
use crate::tokenizer_train::save_tokenizer;

pub const STATE_FILE: &str = "state.json";
pub const MODEL_FILE: &str = "model.safetensors";
pub const OPTIMIZER_FILE: &str = "optimizer.safetensors";
pub const BEST_FILE: &str = "best.safetensors";
pub const CONFIG_FILE: &str = "config.json";
pub const TOKENIZER_FILE: &str = "tokenizer.json";

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TrainState {
    pub labels: Vec<String>,
    pub config: TrainConfig,
    pub epochs_done: usize,
    pub global_step: usize,
    /// Infinite until a validation pass; JSON keeps that as null.
    #[serde(
        serialize_with = "finite_or_null",
        deserialize_with = "null_as_infinity"
    )]
    pub best_val_loss: f64,
    /// 1-based; 0 before the first epoch ends.
    pub best_epoch: usize,
    pub bad_epochs: usize,
    pub history: Vec<EpochRecord>,
}

impl TrainState {
    pub fn new(labels: Vec<String>, config: TrainConfig) -> Self {
        Self {
            labels,
            config,
            epochs_done: 0,
            global_step: 0,
            best_val_loss: f64::INFINITY,
            best_epoch: 0,
            bad_epochs: 0,
            history: Vec::new(),
        }
    }

    pub fn load(dir: &Path) -> Result<Self> {
        let path = dir.join(STATE_FILE);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| TrainError::io("cannot read the checkpoint to resume", &path, e))?;
        serde_json::from_str(&text).map_err(|e| TrainError::json("checkpoint state", e))
    }
}

fn finite_or_null<S: serde::Serializer>(v: &f64, s: S) -> std::result::Result<S::Ok, S::Error> {
    if v.is_finite() {
        s.serialize_some(v)
    } else {
        s.serialize_none()
    }
}

fn null_as_infinity<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<f64, D::Error> {
    Ok(Option::<f64>::deserialize(d)?.unwrap_or(f64::INFINITY))
}

fn write(path: &Path, text: &str) -> Result<()> {
    std::fs::write(path, text).map_err(|e| TrainError::io("cannot write checkpoint", path, e))
}

/// Writes the checkpoint; `best` when these are new best weights.
pub fn save_checkpoint(
    dir: &Path,
    state: &TrainState,
    model: &RobertaClassifier,
    tokenizer: &Tokenizer,
    optimizer: &AdamW,
    best: Option<&[(String, Tensor)]>,
) -> Result<()> {
    std::fs::create_dir_all(dir)
        .map_err(|e| TrainError::io("cannot create checkpoint folder", dir, e))?;
    model.save_safetensors(&dir.join(MODEL_FILE))?;
    optimizer.save(&dir.join(OPTIMIZER_FILE))?;
    if let Some(best) = best {
        let map: HashMap<String, Tensor> = best.iter().cloned().collect();
        let path = dir.join(BEST_FILE);
        candle_core::safetensors::save(&map, &path).map_err(|e| TrainError::Checkpoint {
            path: path.clone(),
            reason: format!("cannot write: {e}"),
        })?;
    }
    write(&dir.join(CONFIG_FILE), &model.config().to_json_string()?)?;
    save_tokenizer(tokenizer, &dir.join(TOKENIZER_FILE))?;
    // state.json last: its presence says the rest is complete.
    let text =
        serde_json::to_string_pretty(state).map_err(|e| TrainError::json("checkpoint state", e))?;
    write(&dir.join(STATE_FILE), &text)
}

pub fn load_model(dir: &Path, device: &Device) -> Result<(RobertaClassifier, Tokenizer)> {
    let config = RobertaConfig::from_file(&dir.join(CONFIG_FILE))?;
    let model = RobertaClassifier::new(&config, candle_nn::VarMap::new(), device)?;
    model.load_safetensors(&dir.join(MODEL_FILE))?;
    let path = dir.join(TOKENIZER_FILE);
    let tokenizer = Tokenizer::from_file(&path)
        .map_err(|e| TrainError::Tokenizer(format!("{}: {e}", path.display())))?;
    Ok((model, tokenizer))
}

/// Weights in name order, as `snapshot` makes them.
pub fn load_weights(path: &Path, device: &Device) -> Result<Vec<(String, Tensor)>> {
    let map = candle_core::safetensors::load(path, device).map_err(|e| TrainError::Checkpoint {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })?;
    let mut weights: Vec<(String, Tensor)> = map.into_iter().collect();
    weights.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(weights)
}
