//! Writes a model bundle: the folder codeberta-core's `ModelBundle` opens.

use std::path::{Path, PathBuf};

use codeberta_core::bundle::{
    ModelBundle, CARD_FILE, CONFIG_FILE, LABELS_FILE, MANIFEST_FILE, METRICS_FILE, MODEL_FILE,
    TOKENIZER_FILE,
};
use codeberta_core::{InferenceSettings, LabelSet};
use tokenizers::Tokenizer;

use crate::error::{Result, TrainError};
use crate::model::RobertaClassifier;
use crate::onnx::{export_onnx, ATTENTION_MASK, INPUT_IDS, LOGITS};
use crate::tokenizer_train::{save_tokenizer, PAD_TOKEN};

/// The human- and audit-facing files of a bundle.
#[derive(Debug, Clone, Default)]
pub struct BundleExtras {
    /// card.md: what the model is, how it was trained, its limits.
    pub card: String,
    /// metrics.json.
    pub metrics: serde_json::Value,
    /// train-manifest.txt, one line each (e.g. `sha256  label  path`).
    pub manifest: Vec<String>,
}

/// Writes `model.onnx, tokenizer.json, labels.json, config.json, card.md,
/// metrics.json, train-manifest.txt` into `dir`.
///
/// The files are written to a sibling staging folder, checked with
/// `ModelBundle::open`, then moved into place, so a watcher never sees half a
/// bundle. An existing `dir` is replaced.
pub fn write_bundle(
    dir: &Path,
    model: &RobertaClassifier,
    tokenizer: &Tokenizer,
    labels: &LabelSet,
    settings: &InferenceSettings,
    extras: &BundleExtras,
) -> Result<PathBuf> {
    check_consistency(model, tokenizer, labels, settings)?;
    publish_bundle(dir, |staging| {
        write_files(staging, model, tokenizer, labels, settings, extras)
    })
}

/// Fills a sibling staging folder with `fill`, checks that it opens as a
/// bundle, then swaps it in for `dir`: a watcher never sees half a bundle,
/// and a failure leaves `dir` as it was.
pub fn publish_bundle(dir: &Path, fill: impl FnOnce(&Path) -> Result<()>) -> Result<PathBuf> {
    let staging = sibling(dir, "staging")?;
    if staging.exists() {
        remove_dir(&staging)?;
    }
    std::fs::create_dir_all(&staging)
        .map_err(|e| TrainError::io("cannot create bundle folder", &staging, e))?;
    let written = fill(&staging).and_then(|()| {
        ModelBundle::open(&staging)
            .map(|_| ())
            .map_err(|e| TrainError::Bundle(format!("the written bundle does not open: {e}")))
    });
    if let Err(e) = written {
        // Best effort: the staging folder is ours and useless now.
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    swap_into_place(&staging, dir)?;
    Ok(dir.to_path_buf())
}

fn write_files(
    dir: &Path,
    model: &RobertaClassifier,
    tokenizer: &Tokenizer,
    labels: &LabelSet,
    settings: &InferenceSettings,
    extras: &BundleExtras,
) -> Result<()> {
    export_onnx(model, &dir.join(MODEL_FILE))?;
    save_tokenizer(tokenizer, &dir.join(TOKENIZER_FILE))?;
    write_text(&dir.join(LABELS_FILE), &labels.to_json())?;
    write_text(
        &dir.join(CONFIG_FILE),
        &bundle_config_json(model, labels, settings)?,
    )?;
    write_text(&dir.join(CARD_FILE), &extras.card)?;
    let metrics = serde_json::to_string_pretty(&extras.metrics)
        .map_err(|e| TrainError::json("metrics", e))?;
    write_text(&dir.join(METRICS_FILE), &metrics)?;
    let mut manifest = extras.manifest.join("\n");
    if !manifest.is_empty() {
        manifest.push('\n');
    }
    write_text(&dir.join(MANIFEST_FILE), &manifest)
}

/// The HF config with the bundle's labels and a `"codeberta"` object holding
/// the inference settings.
pub fn bundle_config_json(
    model: &RobertaClassifier,
    labels: &LabelSet,
    settings: &InferenceSettings,
) -> Result<String> {
    let mut config = model.config().clone();
    let ids: Vec<&str> = labels.ids().collect();
    config.set_labels(&ids);
    config.architectures = vec!["RobertaForSequenceClassification".to_string()];
    let settings =
        serde_json::to_value(settings).map_err(|e| TrainError::json("inference settings", e))?;
    config.extra.insert("codeberta".to_string(), settings);
    config.to_json_string()
}

/// Refuses a bundle whose parts would disagree at inference time.
fn check_consistency(
    model: &RobertaClassifier,
    tokenizer: &Tokenizer,
    labels: &LabelSet,
    settings: &InferenceSettings,
) -> Result<()> {
    let config = model.config();
    let fail = |msg: String| Err(TrainError::Bundle(msg));
    labels
        .validate()
        .map_err(|e| TrainError::Bundle(format!("invalid labels: {e}")))?;
    if labels.len() != config.num_labels {
        return fail(format!(
            "{} labels for a model with {} outputs",
            labels.len(),
            config.num_labels
        ));
    }
    if let Some(named) = config.labels() {
        let ids: Vec<&str> = labels.ids().collect();
        if named != ids {
            return fail(format!(
                "labels {ids:?} differ from the model's id2label {named:?}"
            ));
        }
    }
    let vocab = tokenizer.get_vocab_size(true);
    if vocab > config.vocab_size {
        return fail(format!(
            "the tokenizer has {vocab} tokens, the model's embeddings only {}",
            config.vocab_size
        ));
    }
    if tokenizer.token_to_id(PAD_TOKEN) != Some(config.pad_token_id) {
        return fail(format!(
            "the tokenizer's <pad> id is {:?}, the model's pad_token_id {}",
            tokenizer.token_to_id("<pad>"),
            config.pad_token_id
        ));
    }
    if settings.max_length > config.max_sequence_length() {
        return fail(format!(
            "max_length {} exceeds the model's {} positions",
            settings.max_length,
            config.max_sequence_length()
        ));
    }
    if settings.input_names != [INPUT_IDS, ATTENTION_MASK] || settings.output_name != LOGITS {
        return fail(format!(
            "settings name inputs {:?} and output {:?}; the export writes {INPUT_IDS:?}, \
             {ATTENTION_MASK:?} -> {LOGITS:?}",
            settings.input_names, settings.output_name
        ));
    }
    Ok(())
}

pub(crate) fn write_text(path: &Path, text: &str) -> Result<()> {
    std::fs::write(path, text).map_err(|e| TrainError::io("cannot write bundle file", path, e))
}

fn remove_dir(path: &Path) -> Result<()> {
    std::fs::remove_dir_all(path).map_err(|e| TrainError::io("cannot remove folder", path, e))
}

/// `<parent>/.<name>.<tag>-<pid>`: same filesystem, so renames are atomic.
fn sibling(dir: &Path, tag: &str) -> Result<PathBuf> {
    let name = dir
        .file_name()
        .ok_or_else(|| TrainError::Bundle(format!("{} has no folder name", dir.display())))?;
    let parent = dir.parent().unwrap_or_else(|| Path::new("."));
    let parent = if parent.as_os_str().is_empty() {
        Path::new(".")
    } else {
        parent
    };
    std::fs::create_dir_all(parent)
        .map_err(|e| TrainError::io("cannot create parent folder", parent, e))?;
    Ok(parent.join(format!(
        ".{}.{tag}-{}",
        name.to_string_lossy(),
        std::process::id()
    )))
}

/// Renames `staging` to `dir`. A directory cannot be renamed over a
/// non-empty one, so an old bundle is first moved aside, then deleted.
fn swap_into_place(staging: &Path, dir: &Path) -> Result<()> {
    let old = if dir.exists() {
        let old = sibling(dir, "old")?;
        if old.exists() {
            remove_dir(&old)?;
        }
        std::fs::rename(dir, &old)
            .map_err(|e| TrainError::io("cannot move the old bundle aside", dir, e))?;
        Some(old)
    } else {
        None
    };
    if let Err(e) = std::fs::rename(staging, dir) {
        if let Some(old) = &old {
            // Put the previous bundle back rather than leave nothing.
            let _ = std::fs::rename(old, dir);
        }
        return Err(TrainError::io(
            "cannot move the new bundle into place",
            dir,
            e,
        ));
    }
    if let Some(old) = old {
        remove_dir(&old)?;
    }
    Ok(())
}
