//! Everything a finished run leaves in `--out`.

use std::path::{Path, PathBuf};

use codeberta_core::{InferenceSettings, LabelSet};
use serde::Serialize;
use tokenizers::Tokenizer;

use super::config::TrainConfig;
use crate::bundle_writer::{write_bundle, BundleExtras};
use crate::data::LabelStats;
use crate::error::{Result, TrainError};
use crate::metrics::{ClassificationReport, EpochRecord};
use crate::model::RobertaClassifier;
use crate::report::{confusion_svg, training_curves_svg};
use crate::tokenizer_train::save_tokenizer;

pub const METRICS_FILE: &str = "metrics.json";
pub const REPORT_FILE: &str = "report.txt";
pub const CURVES_FILE: &str = "training-curves.svg";
pub const CONFUSION_FILE: &str = "confusion-matrix.svg";
pub const PREDICTIONS_FILE: &str = "validation-predictions.jsonl";

#[derive(Debug, Clone, Serialize)]
pub struct RunSummary {
    pub data: PathBuf,
    pub config: TrainConfig,
    pub labels: Vec<String>,
    pub stats: Vec<LabelStats>,
    pub train_files: usize,
    pub validation_files: usize,
    pub history: Vec<EpochRecord>,
    pub best_epoch: usize,
    pub stopped_early: bool,
    pub temperature: f64,
    pub max_length: usize,
    pub source: String,
    pub frozen_layers: Option<usize>,
    /// On the validation files, with the kept weights.
    pub report: Option<ClassificationReport>,
    pub predictions: Vec<FilePrediction>,
}

/// One line of `validation-predictions.jsonl`.
#[derive(Debug, Clone, Serialize)]
pub struct FilePrediction {
    /// Relative to the data folder it came from.
    pub path: String,
    pub label: String,
    pub predicted: String,
    /// Calibrated probability of `predicted`.
    pub confidence: f32,
}

#[derive(Debug, Clone)]
pub struct OutputPaths {
    pub model: PathBuf,
    pub config: PathBuf,
    pub tokenizer: PathBuf,
    pub metrics: PathBuf,
    pub report: PathBuf,
    pub curves: PathBuf,
    pub confusion: Option<PathBuf>,
    pub bundle: PathBuf,
}

fn write(path: &Path, text: &str) -> Result<()> {
    std::fs::write(path, text).map_err(|e| TrainError::io("cannot write output", path, e))
}

/// `report.txt` and `confusion-matrix.svg` for a report (also used by eval).
pub fn write_report_files(
    dir: &Path,
    report: &ClassificationReport,
    heading: &str,
) -> Result<(PathBuf, PathBuf)> {
    std::fs::create_dir_all(dir).map_err(|e| TrainError::io("cannot create folder", dir, e))?;
    let text_path = dir.join(REPORT_FILE);
    write(&text_path, &format!("{heading}\n\n{}", report.to_text()))?;
    let svg_path = dir.join(CONFUSION_FILE);
    write(&svg_path, &confusion_svg(report, heading))?;
    Ok((text_path, svg_path))
}

fn card(run: &RunSummary) -> String {
    let c = &run.config;
    let mut s = format!(
        "# codeberta language classifier\n\n\
         RoBERTa sequence classifier over {} labels: {}.\n\n\
         ## Training\n\n\
         - Data: `{}` ({} training files, {} validation files)\n\
         - Start: {}\n\
         - Frozen: {}\n\
         - max_length {}, batch_size {}, epochs {} (best: {}{}), learning_rate {}, \
         warmup_ratio {}, weight_decay {}, dropout {}, max_grad_norm {}, \
         gradient_accumulation_steps {}, seed {}\n\
         - Softmax temperature fitted on validation: {:.4}\n\n",
        run.labels.len(),
        run.labels.join(", "),
        run.data.display(),
        run.train_files,
        run.validation_files,
        run.source,
        match run.frozen_layers {
            Some(k) => format!("embeddings and the first {k} encoder layers"),
            None => "nothing (full fine-tune)".into(),
        },
        run.max_length,
        c.batch_size,
        c.epochs,
        run.best_epoch,
        if run.stopped_early {
            ", stopped early"
        } else {
            ""
        },
        c.learning_rate,
        c.warmup_ratio,
        c.weight_decay,
        c.dropout,
        c.max_grad_norm,
        c.gradient_accumulation_steps,
        c.seed,
        run.temperature,
    );
    s += "## Files per label\n\n| label | files | skipped (not UTF-8) |\n|---|---|---|\n";
    for st in &run.stats {
        s += &format!(
            "| {} | {} | {} |\n",
            st.label, st.files, st.skipped_non_utf8
        );
    }
    s += "\n## Validation\n\n";
    match &run.report {
        Some(r) => s += &format!("```\n{}```\n", r.to_text()),
        None => s += "No validation files: no held-out numbers.\n",
    }
    s += "\n## Limits\n\nNumbers above come from a split of the same corpus, not from an \
          independent test set. train-manifest.txt lists the sha256 of every file used.\n";
    s
}

pub fn write_outputs(
    out: &Path,
    model: &RobertaClassifier,
    tokenizer: &Tokenizer,
    run: &RunSummary,
    manifest: Vec<String>,
) -> Result<OutputPaths> {
    let model_path = out.join("model.safetensors");
    model.save_safetensors(&model_path)?;
    let config_path = out.join("config.json");
    write(&config_path, &model.config().to_json_string()?)?;
    let tokenizer_path = out.join("tokenizer.json");
    save_tokenizer(tokenizer, &tokenizer_path)?;

    let metrics = serde_json::json!({
        "labels": run.labels,
        "history": run.history,
        "best_epoch": run.best_epoch,
        "stopped_early": run.stopped_early,
        "temperature": run.temperature,
        "validation": run.report,
        "corpus": run.stats,
        "train_files": run.train_files,
        "validation_files": run.validation_files,
        "config": run.config,
        "max_length": run.max_length,
    });
    let metrics_path = out.join(METRICS_FILE);
    write(
        &metrics_path,
        &serde_json::to_string_pretty(&metrics).map_err(|e| TrainError::json("metrics", e))?,
    )?;
    let mut lines = String::new();
    for p in &run.predictions {
        lines += &serde_json::to_string(p).map_err(|e| TrainError::json("prediction", e))?;
        lines.push('\n');
    }
    write(&out.join(PREDICTIONS_FILE), &lines)?;
    let curves = out.join(CURVES_FILE);
    write(&curves, &training_curves_svg(&run.history))?;
    let (report_path, confusion) = match &run.report {
        Some(r) => {
            let (t, c) = write_report_files(out, r, "validation set")?;
            (t, Some(c))
        }
        None => {
            let p = out.join(REPORT_FILE);
            write(&p, "no validation files\n")?;
            (p, None)
        }
    };

    let labels = LabelSet::from_ids(&run.labels)
        .map_err(|e| TrainError::Bundle(format!("invalid labels: {e}")))?;
    let settings = InferenceSettings {
        max_length: run.max_length,
        temperature: run.temperature as f32,
        skip_license_header: run.config.skip_license_header,
        ..InferenceSettings::default()
    };
    let extras = BundleExtras {
        card: card(run),
        metrics,
        manifest,
    };
    let bundle = write_bundle(
        &super::bundle_dir(out),
        model,
        tokenizer,
        &labels,
        &settings,
        &extras,
    )?;
    Ok(OutputPaths {
        model: model_path,
        config: config_path,
        tokenizer: tokenizer_path,
        metrics: metrics_path,
        report: report_path,
        curves,
        confusion,
        bundle,
    })
}
