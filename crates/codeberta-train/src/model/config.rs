//! The Hugging Face `config.json` of a RoBERTa sequence classifier, and our
//! size presets.

use std::collections::BTreeMap;
use std::path::Path;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Result, TrainError};

/// Hugging Face's `RobertaConfig` fields that shape the network. Unknown
/// fields (`transformers_version`, our `codeberta` settings, ...) are kept in
/// `extra` so a config read and written back loses nothing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RobertaConfig {
    #[serde(default = "default_architectures")]
    pub architectures: Vec<String>,
    #[serde(default = "default_model_type")]
    pub model_type: String,
    pub vocab_size: usize,
    pub hidden_size: usize,
    pub num_hidden_layers: usize,
    pub num_attention_heads: usize,
    pub intermediate_size: usize,
    #[serde(default = "default_hidden_act")]
    pub hidden_act: String,
    pub max_position_embeddings: usize,
    #[serde(default = "default_type_vocab_size")]
    pub type_vocab_size: usize,
    #[serde(default = "default_layer_norm_eps")]
    pub layer_norm_eps: f64,
    #[serde(default = "default_initializer_range")]
    pub initializer_range: f64,
    #[serde(default = "default_pad_token_id")]
    pub pad_token_id: u32,
    #[serde(default)]
    pub bos_token_id: u32,
    #[serde(default = "default_eos_token_id")]
    pub eos_token_id: u32,
    #[serde(default = "default_dropout")]
    pub hidden_dropout_prob: f64,
    #[serde(default = "default_dropout")]
    pub attention_probs_dropout_prob: f64,
    /// HF falls back to `hidden_dropout_prob` in the classification head
    /// when this is null.
    #[serde(default)]
    pub classifier_dropout: Option<f64>,
    /// HF does not always write `num_labels` (it derives it from
    /// `id2label`); [`RobertaConfig::from_json_str`] fills it in.
    #[serde(default)]
    pub num_labels: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id2label: Option<BTreeMap<u32, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label2id: Option<BTreeMap<String, u32>>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

fn default_architectures() -> Vec<String> {
    vec!["RobertaForSequenceClassification".to_string()]
}
fn default_model_type() -> String {
    "roberta".to_string()
}
fn default_hidden_act() -> String {
    "gelu".to_string()
}
fn default_type_vocab_size() -> usize {
    1
}
fn default_layer_norm_eps() -> f64 {
    1e-5
}
fn default_initializer_range() -> f64 {
    0.02
}
fn default_pad_token_id() -> u32 {
    1
}
fn default_eos_token_id() -> u32 {
    2
}
fn default_dropout() -> f64 {
    0.1
}

/// Model sizes we train. The vocabulary always comes from the tokenizer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    /// 2 layers, hidden 64: for tests, seconds to train.
    Tiny,
    /// 4 layers, hidden 256: the shipped detector's size.
    Small,
}

impl FromStr for Preset {
    type Err = TrainError;

    fn from_str(s: &str) -> Result<Self> {
        match s {
            "tiny" => Ok(Preset::Tiny),
            "small" => Ok(Preset::Small),
            other => Err(TrainError::Config(format!(
                "unknown model preset {other:?} (expected \"tiny\" or \"small\")"
            ))),
        }
    }
}

impl RobertaConfig {
    /// A config of the given size for `labels`, with RoBERTa's special token
    /// ids (`<s>`=0, `<pad>`=1, `</s>`=2).
    pub fn preset<S: AsRef<str>>(preset: Preset, vocab_size: usize, labels: &[S]) -> Self {
        // Positions start at pad_token_id + 1, so a model reading N tokens
        // needs N + 2 position rows, as in HF's 514 for 512 tokens.
        let (layers, hidden, heads, intermediate, max_positions) = match preset {
            Preset::Tiny => (2, 64, 2, 128, 258),
            Preset::Small => (4, 256, 4, 1024, 514),
        };
        let mut config = RobertaConfig {
            architectures: default_architectures(),
            model_type: default_model_type(),
            vocab_size,
            hidden_size: hidden,
            num_hidden_layers: layers,
            num_attention_heads: heads,
            intermediate_size: intermediate,
            hidden_act: default_hidden_act(),
            max_position_embeddings: max_positions,
            type_vocab_size: 1,
            layer_norm_eps: default_layer_norm_eps(),
            initializer_range: default_initializer_range(),
            pad_token_id: 1,
            bos_token_id: 0,
            eos_token_id: 2,
            hidden_dropout_prob: default_dropout(),
            attention_probs_dropout_prob: default_dropout(),
            classifier_dropout: None,
            num_labels: 0,
            id2label: None,
            label2id: None,
            extra: serde_json::Map::new(),
        };
        config.set_labels(labels);
        config
    }

    /// Sets `num_labels`, `id2label` and `label2id` from labels in class-index order.
    pub fn set_labels<S: AsRef<str>>(&mut self, labels: &[S]) {
        self.num_labels = labels.len();
        self.id2label = Some(
            labels
                .iter()
                .enumerate()
                .map(|(i, l)| (i as u32, l.as_ref().to_string()))
                .collect(),
        );
        self.label2id = Some(
            labels
                .iter()
                .enumerate()
                .map(|(i, l)| (l.as_ref().to_string(), i as u32))
                .collect(),
        );
    }

    /// Labels in class-index order, when the config names them.
    pub fn labels(&self) -> Option<Vec<String>> {
        self.id2label
            .as_ref()
            .map(|m| m.values().cloned().collect())
    }

    pub fn head_dim(&self) -> usize {
        self.hidden_size / self.num_attention_heads.max(1)
    }

    /// The longest input (special tokens included) the position table allows.
    pub fn max_sequence_length(&self) -> usize {
        self.max_position_embeddings
            .saturating_sub(self.pad_token_id as usize + 1)
    }

    pub fn classifier_dropout_prob(&self) -> f64 {
        self.classifier_dropout.unwrap_or(self.hidden_dropout_prob)
    }

    pub fn from_json_str(text: &str) -> Result<Self> {
        let mut config: RobertaConfig =
            serde_json::from_str(text).map_err(|e| TrainError::json("RoBERTa config", e))?;
        if config.num_labels == 0 {
            config.num_labels = config.id2label.as_ref().map_or(0, |m| m.len());
        }
        config.validate()?;
        Ok(config)
    }

    pub fn from_file(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| TrainError::io("cannot read model config", path, e))?;
        Self::from_json_str(&text)
    }

    pub fn to_json_string(&self) -> Result<String> {
        serde_json::to_string_pretty(self).map_err(|e| TrainError::json("RoBERTa config", e))
    }

    /// Rejects configs our network or our ONNX export would get wrong.
    pub fn validate(&self) -> Result<()> {
        let fail = |msg: String| Err(TrainError::Config(msg));
        if self.vocab_size == 0 || self.hidden_size == 0 || self.num_hidden_layers == 0 {
            return fail("vocab_size, hidden_size and num_hidden_layers must be positive".into());
        }
        if self.num_attention_heads == 0
            || !self.hidden_size.is_multiple_of(self.num_attention_heads)
        {
            return fail(format!(
                "hidden_size {} is not a multiple of num_attention_heads {}",
                self.hidden_size, self.num_attention_heads
            ));
        }
        if self.hidden_act != "gelu" {
            return fail(format!(
                "hidden_act {:?} is not supported (only erf \"gelu\")",
                self.hidden_act
            ));
        }
        if self.type_vocab_size == 0 {
            return fail("type_vocab_size must be at least 1".into());
        }
        if self.max_position_embeddings <= self.pad_token_id as usize + 1 {
            return fail(format!(
                "max_position_embeddings {} leaves no room after pad_token_id {}",
                self.max_position_embeddings, self.pad_token_id
            ));
        }
        if self.pad_token_id as usize >= self.vocab_size {
            return fail("pad_token_id is outside the vocabulary".into());
        }
        if self.num_labels == 0 {
            return fail("num_labels must be positive".into());
        }
        if let Some(id2label) = &self.id2label {
            let dense = id2label.keys().copied().eq(0..self.num_labels as u32);
            if !dense {
                return fail(format!(
                    "id2label must name classes 0..{} exactly",
                    self.num_labels
                ));
            }
        }
        for p in [
            self.hidden_dropout_prob,
            self.attention_probs_dropout_prob,
            self.classifier_dropout_prob(),
        ] {
            if !(0.0..1.0).contains(&p) {
                return fail(format!("dropout probability {p} is outside [0, 1)"));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_an_hf_config_without_num_labels() {
        let text = r#"{
            "architectures": ["RobertaForSequenceClassification"],
            "attention_probs_dropout_prob": 0.1, "bos_token_id": 0, "eos_token_id": 2,
            "hidden_act": "gelu", "hidden_dropout_prob": 0.1, "hidden_size": 768,
            "initializer_range": 0.02, "intermediate_size": 3072, "layer_norm_eps": 1e-05,
            "max_position_embeddings": 514, "model_type": "roberta",
            "num_attention_heads": 12, "num_hidden_layers": 6, "pad_token_id": 1,
            "type_vocab_size": 1, "vocab_size": 52000,
            "id2label": {"0": "go", "1": "java", "2": "javascript"},
            "label2id": {"go": 0, "java": 1, "javascript": 2},
            "transformers_version": "4.40.0"
        }"#;
        let config = RobertaConfig::from_json_str(text).unwrap();
        assert_eq!(config.num_labels, 3);
        assert_eq!(config.labels().unwrap(), ["go", "java", "javascript"]);
        assert_eq!(config.head_dim(), 64);
        assert_eq!(config.max_sequence_length(), 512);
        assert_eq!(config.extra["transformers_version"], "4.40.0");

        let again = RobertaConfig::from_json_str(&config.to_json_string().unwrap()).unwrap();
        assert_eq!(again, config);
    }

    #[test]
    fn rejects_what_the_network_cannot_compute() {
        let mut config = RobertaConfig::preset(Preset::Tiny, 100, &["a", "b"]);
        config.validate().unwrap();
        config.hidden_act = "gelu_new".into();
        assert!(config.validate().is_err());
        let mut config = RobertaConfig::preset(Preset::Tiny, 100, &["a", "b"]);
        config.num_attention_heads = 3;
        assert!(config.validate().is_err());
        let config = RobertaConfig::preset(Preset::Tiny, 100, &[] as &[&str]);
        assert!(config.validate().is_err());
    }

    #[test]
    fn presets_parse_by_name() {
        assert_eq!("tiny".parse::<Preset>().unwrap(), Preset::Tiny);
        assert_eq!("small".parse::<Preset>().unwrap(), Preset::Small);
        assert!("huge".parse::<Preset>().is_err());
    }
}
