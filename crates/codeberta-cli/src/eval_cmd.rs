//! `codeberta eval`: the training report for any labelled folder, measured
//! through the same `Detector` (ONNX Runtime) users get.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::Args;
use codeberta_core::bundle::METRICS_FILE;
use codeberta_core::{Detector, DetectorOptions};
use codeberta_train::data::{load_corpus, stratified_split, View};
use codeberta_train::metrics::ClassificationReport;
use codeberta_train::train::{write_report_files, REPORT_FILE};

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
    /// What each file shows the detector: full, linesN (a window of N
    /// consecutive lines) or bytesN (a buffer of at most N bytes), cut at
    /// seeded random positions [default: full,lines5,lines10,lines20,bytes128].
    #[arg(long, value_delimiter = ',')]
    views: Vec<View>,
    /// Seeds the window positions.
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// Also write every misclassified input here, one JSON object per line:
    /// view, path, truth, predicted, confidence and the text it saw.
    #[arg(long, value_name = "FILE")]
    errors: Option<PathBuf>,
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

    let views = if args.views.is_empty() {
        View::standard()
    } else {
        args.views.clone()
    };
    let mut errors = match &args.errors {
        Some(path) => Some(std::io::BufWriter::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => None,
    };
    let mut results = Vec::with_capacity(views.len());
    for &view in &views {
        let texts: Vec<String> = indices
            .iter()
            .map(|&i| view.cut(&corpus.samples[i].text, args.seed ^ i as u64))
            .collect();
        let truth: Vec<usize> = indices.iter().map(|&i| corpus.samples[i].label).collect();
        let (result, guesses) = evaluate(&detector, &corpus.labels, view, &texts, &truth)?;
        if let Some(w) = errors.as_mut() {
            for ((&i, text), (guess, confidence)) in indices.iter().zip(&texts).zip(&guesses) {
                let sample = &corpus.samples[i];
                let truth = &corpus.labels[sample.label];
                if guess != truth {
                    let line = serde_json::json!({
                        "view": result.view,
                        "path": sample.path,
                        "truth": truth,
                        "predicted": guess,
                        "confidence": confidence,
                        "text": text,
                    });
                    writeln!(w, "{line}").context("cannot write the errors file")?;
                }
            }
        }
        results.push(result);
    }
    if let Some(mut w) = errors {
        w.flush().context("cannot write the errors file")?;
    }

    let heading = format!(
        "{} on {}{} ({} files{})",
        model.display(),
        args.data.display(),
        if args.validation_split {
            " (validation split)"
        } else {
            ""
        },
        indices.len(),
        if args.no_rules { ", model only" } else { "" }
    );
    let text = render(&heading, &results);
    let printed = if args.json {
        serde_json::to_string_pretty(&metrics_json(&model, &args, &results))?
    } else {
        text.clone()
    };
    // A closed pipe (`| head`) is the reader's choice, not an error.
    let _ = writeln!(std::io::stdout().lock(), "{printed}");
    for s in corpus.stats.iter().filter(|s| s.skipped_non_utf8 > 0) {
        eprintln!(
            "{}: {} files not UTF-8, skipped",
            s.label, s.skipped_non_utf8
        );
    }
    if let Some(out) = &args.out {
        let first = &results[0];
        write_report_files(
            out,
            &first.report,
            &format!("{heading}, view {}", first.view),
        )?;
        let report = out.join(REPORT_FILE);
        std::fs::write(&report, &text)
            .with_context(|| format!("cannot write {}", report.display()))?;
        let path = out.join(METRICS_FILE);
        let metrics = metrics_json(&model, &args, &results);
        std::fs::write(&path, serde_json::to_string_pretty(&metrics)?)
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// One input's top guess and its confidence.
type Guess = (String, f32);

/// One view's outcome.
struct ViewResult {
    view: String,
    report: ClassificationReport,
    abstained: usize,
}

fn evaluate(
    detector: &Detector,
    corpus_labels: &[String],
    view: View,
    texts: &[String],
    truth: &[usize],
) -> anyhow::Result<(ViewResult, Vec<Guess>)> {
    let mut labels = corpus_labels.to_vec();
    let mut predicted = Vec::with_capacity(texts.len());
    let mut guesses = Vec::with_capacity(texts.len());
    let mut abstained = 0usize;
    for chunk in texts.chunks(64) {
        let refs: Vec<&str> = chunk.iter().map(String::as_str).collect();
        for d in detector.detect_batch(&refs)? {
            if d.language.is_none() {
                abstained += 1;
            }
            // The top guess even when the detector abstains: the report
            // measures the classifier; abstentions are counted apart.
            let (guess, confidence) = d
                .alternatives
                .first()
                .map_or((NO_ANSWER, 0.0), |g| (g.language.as_str(), g.confidence));
            guesses.push((guess.to_string(), confidence));
            let index = match labels.iter().position(|l| l == guess) {
                Some(p) => p,
                None => {
                    labels.push(guess.to_string());
                    labels.len() - 1
                }
            };
            predicted.push(index);
        }
    }
    let result = ViewResult {
        view: view.name(),
        report: ClassificationReport::new(&labels, truth, &predicted),
        abstained,
    };
    Ok((result, guesses))
}

/// Summary per view, hard pairs, top confusions, per-label recall per view,
/// then the first view's full report.
fn render(heading: &str, results: &[ViewResult]) -> String {
    let mut out = format!(
        "{heading}

{:<10} {:>9} {:>9} {:>10}
",
        "view", "accuracy", "macro-F1", "abstained"
    );
    for r in results {
        out += &format!(
            "{:<10} {:>8.2}% {:>9.4} {:>10}
",
            r.view,
            100.0 * r.report.accuracy,
            r.report.macro_f1,
            r.abstained
        );
    }
    out += "
hard pairs (files of either label; accuracy; a->b, b->a)
";
    for r in results {
        for p in r.report.hard_pairs() {
            out += &format!(
                "{:<10} {:>22} {:>5} {:>7.2}% {:>4} {:>4}
",
                r.view,
                format!("{}/{}", p.a, p.b),
                p.files,
                100.0 * p.accuracy,
                p.a_as_b,
                p.b_as_a
            );
        }
    }
    out += "
top confusions (true -> predicted: files)
";
    for r in results {
        let top: Vec<String> = r
            .report
            .top_confusions(8)
            .iter()
            .map(|c| format!("{}->{}: {}", c.truth, c.predicted, c.count))
            .collect();
        out += &format!(
            "{:<10} {}
",
            r.view,
            top.join(", ")
        );
    }
    out += &format!(
        "
recall per label and view
{:>18}",
        ""
    );
    for r in results {
        out += &format!(" {:>9}", r.view);
    }
    out += "\n";
    if let Some(first) = results.first() {
        for (i, m) in first.report.per_label.iter().enumerate() {
            if m.support == 0 {
                continue;
            }
            out += &format!("{:>18}", m.label);
            for r in results {
                out += &format!(" {:>8.1}%", 100.0 * r.report.per_label[i].recall);
            }
            out += "\n";
        }
        out += &format!("\n{} view\n\n{}", first.view, first.report.to_text());
    }
    out
}

fn metrics_json(
    model: &std::path::Path,
    args: &EvalArgs,
    results: &[ViewResult],
) -> serde_json::Value {
    let views: serde_json::Map<String, serde_json::Value> = results
        .iter()
        .map(|r| {
            (
                r.view.clone(),
                serde_json::json!({
                    "accuracy": r.report.accuracy,
                    "macro_f1": r.report.macro_f1,
                    "abstained": r.abstained,
                    "hard_pairs": r.report.hard_pairs(),
                    "top_confusions": r.report.top_confusions(20),
                    "report": r.report,
                }),
            )
        })
        .collect();
    serde_json::json!({
        "model": model,
        "data": args.data,
        "validation_split": args.validation_split,
        "rules": !args.no_rules,
        "seed": args.seed,
        "views": views,
    })
}

/// Seed and validation fraction of the run that wrote the bundle.
pub(crate) fn training_split(model: &std::path::Path) -> anyhow::Result<(u64, f64)> {
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
