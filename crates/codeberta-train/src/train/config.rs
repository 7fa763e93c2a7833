//! The original script's `ModelConfig`, field for field with its defaults,
//! plus what a reproducible Rust run needs (seed, device, threads, ...).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Result, TrainError};

/// Where the starting weights come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum InitMode {
    /// A Hugging Face RoBERTa checkpoint folder named by `model_name`.
    #[default]
    Pretrained,
    /// Random weights of size `arch` and a tokenizer trained on the training split.
    Scratch,
}

impl std::str::FromStr for InitMode {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "pretrained" => Ok(Self::Pretrained),
            "scratch" => Ok(Self::Scratch),
            other => Err(format!("unknown init {other:?} (pretrained or scratch)")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TrainConfig {
    // --- The original ModelConfig ---
    /// HF checkpoint folder (`config.json`, `model.safetensors`, `tokenizer.json`).
    pub model_name: String,
    pub max_length: usize,
    pub batch_size: usize,
    pub epochs: usize,
    pub learning_rate: f64,
    pub warmup_ratio: f64,
    pub max_grad_norm: f64,
    pub early_stopping_patience: usize,
    pub validation_split: f64,
    pub freeze_base_model: bool,
    pub unfreeze_last_n_layers: usize,
    pub weight_decay: f64,
    /// Hidden and attention dropout, as the original passes it to HF.
    pub dropout: f64,
    pub gradient_accumulation_steps: usize,

    // --- Ours ---
    pub init: InitMode,
    /// `tiny`, `small` or a `config.json` path; used with `init = scratch`.
    pub arch: String,
    /// Tokenizer vocabulary bound with `init = scratch`.
    pub vocab_size: usize,
    /// Seeds the split, the shuffles and a scratch model's weights.
    pub seed: u64,
    /// `cpu`, `cuda` or `auto`.
    pub device: String,
    /// Matrix products in `f32`, in `bf16` (mixed precision, CUDA only) or
    /// `auto` (bf16 on CUDA, f32 on the CPU), as the original script's
    /// autocast runs only on CUDA.
    pub precision: String,
    /// CPU threads (None: every core).
    pub threads: Option<usize>,
    /// Use this labelled folder for validation instead of splitting the training data.
    pub validation_data: Option<PathBuf>,
    /// Keep what the frozen layers compute in memory, up to this many MiB.
    pub cache_frozen_mib: usize,
    /// Progress line every this many batches.
    pub log_every: usize,
    /// Stop (as if interrupted) once this many epochs are done; the checkpoint
    /// stays for `--resume`. For tests and time-boxed runs.
    pub stop_after_epochs: Option<usize>,
    /// Wall-clock budget in minutes: after an epoch, if another one (at the
    /// mean epoch time so far) would overrun it, training ends there as it
    /// would at the last epoch (best weights, bundle, reports).
    pub max_minutes: Option<f64>,
    /// Skip each text's leading license comment block, in training and (the
    /// bundle says so) at inference.
    pub skip_license_header: bool,
    /// Extra training samples per file: windows of consecutive lines (3 to
    /// 40, seeded), so that snippets and short buffers are in distribution.
    /// Validation keeps whole files.
    pub snippet_windows: usize,
    /// Extra training samples per file: a line or a few cut to 48-256 bytes
    /// (seeded), what a pasted fragment weighs.
    pub short_windows: usize,
}

impl Default for TrainConfig {
    fn default() -> Self {
        Self {
            model_name: "huggingface/CodeBERTa-small-v1".into(),
            max_length: 512,
            batch_size: 16,
            epochs: 3,
            learning_rate: 2e-5,
            warmup_ratio: 0.1,
            max_grad_norm: 1.0,
            early_stopping_patience: 3,
            validation_split: 0.1,
            freeze_base_model: true,
            unfreeze_last_n_layers: 2,
            weight_decay: 0.01,
            dropout: 0.1,
            gradient_accumulation_steps: 1,
            init: InitMode::Pretrained,
            arch: "tiny".into(),
            vocab_size: 8192,
            seed: 42,
            device: "auto".into(),
            precision: "auto".into(),
            threads: None,
            validation_data: None,
            cache_frozen_mib: 4096,
            log_every: 10,
            stop_after_epochs: None,
            max_minutes: None,
            skip_license_header: false,
            snippet_windows: 0,
            short_windows: 0,
        }
    }
}

impl TrainConfig {
    /// Reads a JSON (`.json`) or TOML (anything else) file; missing fields
    /// keep their defaults, unknown ones are an error.
    pub fn from_file(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| TrainError::io("cannot read training config", path, e))?;
        let is_json = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        let config: Self = if is_json {
            serde_json::from_str(&text)
                .map_err(|e| TrainError::json(format!("training config {}", path.display()), e))?
        } else {
            toml::from_str(&text).map_err(|e| {
                TrainError::Config(format!("training config {}: {e}", path.display()))
            })?
        };
        Ok(config)
    }

    pub fn validate(&self) -> Result<()> {
        let fail = |m: String| Err(TrainError::Config(m));
        if self.batch_size == 0 || self.epochs == 0 || self.gradient_accumulation_steps == 0 {
            return fail(
                "batch_size, epochs and gradient_accumulation_steps must be positive".into(),
            );
        }
        if self.max_length < 3 {
            return fail(format!(
                "max_length {} leaves no room for text",
                self.max_length
            ));
        }
        if !(0.0..1.0).contains(&self.validation_split) {
            return fail(format!(
                "validation_split {} is outside [0, 1)",
                self.validation_split
            ));
        }
        if !(0.0..=1.0).contains(&self.warmup_ratio) {
            return fail(format!(
                "warmup_ratio {} is outside [0, 1]",
                self.warmup_ratio
            ));
        }
        if !(0.0..1.0).contains(&self.dropout) {
            return fail(format!("dropout {} is outside [0, 1)", self.dropout));
        }
        if !(self.learning_rate > 0.0 && self.learning_rate.is_finite()) {
            return fail(format!(
                "learning_rate {} must be positive",
                self.learning_rate
            ));
        }
        if self
            .max_minutes
            .is_some_and(|m| !(m > 0.0 && m.is_finite()))
        {
            return fail("max_minutes must be a positive number".into());
        }
        if !matches!(self.precision.as_str(), "auto" | "f32" | "bf16") {
            return fail(format!(
                "unknown precision {:?} (auto, f32 or bf16)",
                self.precision
            ));
        }
        if self.weight_decay < 0.0 || self.max_grad_norm < 0.0 {
            return fail("weight_decay and max_grad_norm must not be negative".into());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_original_model_config() {
        let c = TrainConfig::default();
        assert_eq!(c.model_name, "huggingface/CodeBERTa-small-v1");
        assert_eq!((c.max_length, c.batch_size, c.epochs), (512, 16, 3));
        assert_eq!(
            (c.learning_rate, c.warmup_ratio, c.max_grad_norm),
            (2e-5, 0.1, 1.0)
        );
        assert_eq!((c.early_stopping_patience, c.validation_split), (3, 0.1));
        assert!(c.freeze_base_model);
        assert_eq!(c.unfreeze_last_n_layers, 2);
        assert_eq!((c.weight_decay, c.dropout), (0.01, 0.1));
        assert_eq!(c.gradient_accumulation_steps, 1);
        c.validate().unwrap();
    }

    #[test]
    fn reads_json_and_toml_files_over_defaults() {
        let tmp = tempfile::tempdir().unwrap();
        let json = tmp.path().join("c.json");
        std::fs::write(&json, r#"{"epochs": 7, "init": "scratch"}"#).unwrap();
        let c = TrainConfig::from_file(&json).unwrap();
        assert_eq!((c.epochs, c.init, c.batch_size), (7, InitMode::Scratch, 16));
        let toml_path = tmp.path().join("c.toml");
        std::fs::write(
            &toml_path,
            "learning_rate = 0.001\nfreeze_base_model = false\n",
        )
        .unwrap();
        let c = TrainConfig::from_file(&toml_path).unwrap();
        assert_eq!(c.learning_rate, 1e-3);
        assert!(!c.freeze_base_model);
        std::fs::write(&json, r#"{"epoch": 7}"#).unwrap();
        assert!(TrainConfig::from_file(&json).is_err());
    }
}
