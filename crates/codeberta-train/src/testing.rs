//! Fixtures for other crates' tests: a complete, loadable bundle with a
//! random model, so no test needs a download or a training run.

use std::path::{Path, PathBuf};

use candle_core::Device;
use codeberta_core::{InferenceSettings, LabelSet};

use crate::bundle_writer::{write_bundle, BundleExtras};
use crate::error::{Result, TrainError};
use crate::model::{Preset, RobertaClassifier, RobertaConfig};
use crate::tokenizer_train::{train_tokenizer, TokenizerTrainingOptions};

/// Texts the tokenizer learns from when the caller gives none.
pub const DEFAULT_SAMPLE_TEXTS: [&str; 6] = [
    "def main():\n    print('hello world')\n    return 0\n",
    "#include <stdio.h>\nint main(void) {\n    printf(\"hello\\n\");\n    return 0;\n}\n",
    "public class Main {\n    public static void main(String[] args) {\n        System.out.println(\"hi\");\n    }\n}\n",
    "const x = require('x');\nfunction f(a, b) { return a + b; }\nmodule.exports = { f };\n",
    "{\n  \"name\": \"demo\",\n  \"version\": \"1.0.0\",\n  \"private\": true\n}\n",
    "name: build\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n",
];

/// Trains a small tokenizer on `sample_texts` (the built-in samples when
/// empty), builds a randomly initialised classifier of `preset` size over
/// `labels`, and writes a full bundle to `dir`. The same seed and texts give
/// the same weights.
pub fn random_bundle(
    dir: &Path,
    labels: &[&str],
    preset: Preset,
    seed: u64,
    sample_texts: &[&str],
) -> Result<PathBuf> {
    let label_set = LabelSet::from_ids(labels)
        .map_err(|e| TrainError::Bundle(format!("invalid labels: {e}")))?;
    let texts: &[&str] = if sample_texts.is_empty() {
        &DEFAULT_SAMPLE_TEXTS
    } else {
        sample_texts
    };
    let options = TokenizerTrainingOptions {
        vocab_size: 512,
        min_frequency: 2,
    };
    let tokenizer = train_tokenizer(texts.iter(), &options)?;
    let config = RobertaConfig::preset(preset, tokenizer.get_vocab_size(true), labels);
    let model = RobertaClassifier::random(&config, &Device::Cpu, seed)?;
    let settings = InferenceSettings {
        max_length: InferenceSettings::default()
            .max_length
            .min(config.max_sequence_length()),
        ..InferenceSettings::default()
    };
    let extras = BundleExtras {
        card: format!(
            "# Random test model\n\nA {preset:?} RoBERTa classifier with random weights \
             (seed {seed}) over {} labels. For tests only: its guesses mean nothing.\n",
            labels.len()
        ),
        metrics: serde_json::json!({ "random_init": true, "seed": seed }),
        manifest: Vec::new(),
    };
    write_bundle(dir, &model, &tokenizer, &label_set, &settings, &extras)
}
