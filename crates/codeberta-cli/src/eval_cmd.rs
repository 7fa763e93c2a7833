//! `codeberta eval`: the training report for any labelled folder, measured
//! through the same `Detector` (ONNX Runtime) users get.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::Args;
use codeberta_core::bundle::METRICS_FILE;
use codeberta_core::{Detector, DetectorOptions};
use codeberta_train::data::{load_corpus, stratified_split};
use codeberta_train::metrics::ClassificationReport;
use codeberta_train::train::write_report_files;

use codeberta_core::bundle::default_model_dir;

/// Predicted label for inputs the detector turned away (empty, binary).
const NO_ANSWER: &str = "(none)";

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// Model bundle folder [default: $CODEBERTA_MODEL, else models/default].
    #[arg(long)]
    model: Option<PathBuf>,
    /// Labelled data: DIR/<label>/<files>.
    #[arg(long, value_name = "DIR")]
    data: PathBuf,
    /// Only the validation split the bundle was trained with (same seed and
    /// fraction, read from its metrics.json), to reproduce its report.
    #[arg(long)]
    validation_split: bool,
    /// Model only: no shebang, modeline or strict-JSON rules.
    #[arg(long)]
    no_rules: bool,
    /// Inference threads [default: all cores].
    #[arg(long)]
    threads: Option<usize>,
    /// Inputs per model run.
    #[arg(long, default_value_t = 16)]
    batch: usize,
    /// Also write report.txt, confusion-matrix.svg and metrics.json here.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Print the report as JSON instead of text.
    #[arg(long)]
    json: bool,
}

pub fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let model = args.model.clone().unwrap_or_else(default_model_dir);
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let detector = Detector::load(
        &model,
        DetectorOptions {
            top_k: 1,
            intra_threads: threads,
            abstain_threshold: None,
            use_rules: !args.no_rules,
            max_batch: args.batch.max(1),
        },
    )
    .with_context(|| format!("cannot load the model bundle at {}", model.display()))?;
    let bundle_labels: Vec<String> = detector.bundle().labels.ids().map(str::to_string).collect();
    let corpus = load_corpus(&args.data, Some(&bundle_labels), true)
        .with_context(|| format!("cannot read {}", args.data.display()))?;

    let indices: Vec<usize> = if args.validation_split {
        let (seed, fraction) = training_split(&model)?;
        let labels: Vec<usize> = corpus.samples.iter().map(|s| s.label).collect();
        stratified_split(&labels, fraction, seed).1
    } else {
        (0..corpus.samples.len()).collect()
    };
    if indices.is_empty() {
        bail!("no files to evaluate in {}", args.data.display());
    }

    let mut labels = corpus.labels.clone();
    let mut truth = Vec::with_capacity(indices.len());
    let mut predicted = Vec::with_capacity(indices.len());
    let mut abstained = 0usize;
    for chunk in indices.chunks(64) {
        let texts: Vec<&str> = chunk
            .iter()
            .map(|&i| corpus.samples[i].text.as_str())
            .collect();
        let detections = detector.detect_batch(&texts)?;
        for (&i, d) in chunk.iter().zip(&detections) {
            if d.language.is_none() {
                abstained += 1;
            }
            // The top guess even when the detector abstains: the report
            // measures the classifier; abstentions are counted apart.
            let guess = d
                .alternatives
                .first()
                .map_or(NO_ANSWER, |g| g.language.as_str());
            let index = match labels.iter().position(|l| l == guess) {
                Some(p) => p,
                None => {
                    labels.push(guess.to_string());
                    labels.len() - 1
                }
            };
            truth.push(corpus.samples[i].label);
            predicted.push(index);
        }
    }
    let report = ClassificationReport::new(&labels, &truth, &predicted);
    let heading = format!(
        "{} on {}{} ({} files, {} below the abstain threshold{})",
        model.display(),
        args.data.display(),
        if args.validation_split {
            " (validation split)"
        } else {
            ""
        },
        indices.len(),
        abstained,
        if args.no_rules { ", model only" } else { "" }
    );
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!("{heading}\n\n{}", report.to_text());
    }
    for s in corpus.stats.iter().filter(|s| s.skipped_non_utf8 > 0) {
        eprintln!(
            "{}: {} files not UTF-8, skipped",
            s.label, s.skipped_non_utf8
        );
    }
    if let Some(out) = &args.out {
        write_report_files(out, &report, &heading)?;
        let metrics = serde_json::json!({
            "model": model,
            "data": args.data,
            "validation_split": args.validation_split,
            "abstained": abstained,
            "report": report,
        });
        let path = out.join(METRICS_FILE);
        std::fs::write(&path, serde_json::to_string_pretty(&metrics)?)
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Seed and validation fraction of the run that wrote the bundle.
fn training_split(model: &std::path::Path) -> anyhow::Result<(u64, f64)> {
    let path = model.join(METRICS_FILE);
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("--validation-split needs {}", path.display()))?;
    let metrics: serde_json::Value = serde_json::from_str(&text)?;
    let config = &metrics["config"];
    match (config["seed"].as_u64(), config["validation_split"].as_f64()) {
        (Some(seed), Some(fraction)) => Ok((seed, fraction)),
        _ => bail!(
            "{} does not record the training seed and validation_split",
            path.display()
        ),
    }
}
