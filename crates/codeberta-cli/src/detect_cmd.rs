//! `codeberta detect`: one JSON object (or table row) per input; bad inputs
//! are reported and skipped, never fatal.

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context};
use clap::Args;
use codeberta_core::text_input::{self, DecodedText};
use codeberta_core::{Detection, Detector, DetectorOptions};
use serde::Serialize;

use codeberta_core::bundle::default_model_dir;

#[derive(Args, Debug)]
pub struct DetectArgs {
    /// Model bundle folder [default: $CODEBERTA_MODEL, else models/default].
    #[arg(long)]
    model: Option<PathBuf>,
    /// Number of ranked alternatives to report.
    #[arg(long, default_value_t = 3)]
    top: usize,
    /// One JSON object per input per line.
    #[arg(long)]
    json: bool,
    /// Read input paths, one per line, from FILE (`-` for standard input).
    #[arg(long, value_name = "FILE|-")]
    files_from: Option<PathBuf>,
    /// Read at most this many KiB of each input.
    #[arg(long, default_value_t = 64, value_name = "KIB")]
    max_kib: usize,
    /// Inference threads [default: all cores].
    #[arg(long)]
    threads: Option<usize>,
    /// Inputs per model run; `ms` is then the batch's time shared out per input.
    #[arg(long, default_value_t = 1)]
    batch: usize,
    /// Abstain below this confidence [default: the model's].
    #[arg(long)]
    threshold: Option<f32>,
    /// Ignore shebangs, modelines and strict JSON; use the model alone.
    #[arg(long)]
    no_rules: bool,
    /// Files to classify; `-` reads standard input. None: standard input.
    paths: Vec<PathBuf>,
}

/// One output line of `--json`.
#[derive(Serialize)]
struct Record<'a> {
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    detection: Option<DetectionOut<'a>>,
}

#[derive(Serialize)]
struct DetectionOut<'a> {
    language: Option<&'a str>,
    confidence: f32,
    alternatives: Vec<GuessOut<'a>>,
    ms: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    evidence: Option<codeberta_core::Evidence>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    truncated: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    lossy: bool,
}

#[derive(Serialize)]
struct GuessOut<'a> {
    language: &'a str,
    confidence: f32,
}

/// An input read and decoded, waiting for its batch.
struct Item {
    path: String,
    outcome: Result<Loaded, String>,
}

enum Loaded {
    Text {
        decoded: DecodedText,
        truncated: bool,
    },
    Rejected(Detection),
}

pub fn run(args: DetectArgs) -> anyhow::Result<ExitCode> {
    let inputs = collect_inputs(&args)?;
    let model = args.model.clone().unwrap_or_else(default_model_dir);
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let options = DetectorOptions {
        top_k: args.top.max(1),
        intra_threads: threads,
        abstain_threshold: args.threshold,
        use_rules: !args.no_rules,
        max_batch: args.batch.max(1),
    };
    // Core's error already names the bundle folder and the problem.
    let detector = Detector::load(&model, options).context("cannot load the model")?;
    let max_bytes = args.max_kib.saturating_mul(1024);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if !args.json {
        writeln!(
            out,
            "{:<40} {:<16} {:>6}  {:<36} {:>8}",
            "PATH", "LANGUAGE", "CONF", "ALTERNATIVES", "MS"
        )?;
    }
    let mut failures = 0usize;
    let mut batch: Vec<Item> = Vec::new();
    for path in &inputs {
        batch.push(read_item(path, max_bytes));
        if batch.len() >= args.batch.max(1) {
            failures += flush(&detector, &mut batch, args.json, &mut out)?;
        }
    }
    failures += flush(&detector, &mut batch, args.json, &mut out)?;
    out.flush()?;
    if failures > 0 {
        eprintln!(
            "codeberta: {failures} of {} inputs could not be classified",
            inputs.len()
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn collect_inputs(args: &DetectArgs) -> anyhow::Result<Vec<PathBuf>> {
    let mut inputs = args.paths.clone();
    if let Some(list) = &args.files_from {
        let reader: Box<dyn BufRead> = if list.as_os_str() == "-" {
            if inputs.iter().any(|p| p.as_os_str() == "-") {
                bail!("`--files-from -` and a `-` input both want standard input");
            }
            Box::new(std::io::BufReader::new(std::io::stdin()))
        } else {
            let f = std::fs::File::open(list)
                .with_context(|| format!("cannot open the list {}", list.display()))?;
            Box::new(std::io::BufReader::new(f))
        };
        for line in reader.split(b'\n') {
            let line = line.context("cannot read the --files-from list")?;
            let line = String::from_utf8_lossy(&line);
            let line = line.trim_end_matches('\r');
            if !line.trim().is_empty() {
                inputs.push(PathBuf::from(line));
            }
        }
    } else if inputs.is_empty() {
        inputs.push(PathBuf::from("-"));
    }
    if inputs.iter().filter(|p| p.as_os_str() == "-").count() > 1 {
        bail!("standard input (`-`) can be read only once");
    }
    Ok(inputs)
}

fn read_item(path: &std::path::Path, max_bytes: usize) -> Item {
    let name = path.to_string_lossy().into_owned();
    let read = if path.as_os_str() == "-" {
        text_input::read_prefix_from(std::io::stdin().lock(), max_bytes)
    } else if path.is_dir() {
        Err(std::io::Error::other("is a directory"))
    } else {
        text_input::read_prefix(path, max_bytes)
    };
    let outcome = match read {
        Err(e) => Err(e.to_string()),
        Ok((bytes, truncated)) => Ok(match text_input::decode(&bytes) {
            Ok(decoded) => Loaded::Text { decoded, truncated },
            Err(reason) => Loaded::Rejected(rejected(reason)),
        }),
    };
    Item {
        path: name,
        outcome,
    }
}

fn rejected(reason: text_input::Rejection) -> Detection {
    Detection {
        language: None,
        confidence: 0.0,
        alternatives: Vec::new(),
        evidence: None,
        reason: Some(reason.into()),
    }
}

/// Classifies the batch, prints a record per item, returns how many failed.
fn flush(
    detector: &Detector,
    batch: &mut Vec<Item>,
    json: bool,
    out: &mut impl Write,
) -> anyhow::Result<usize> {
    if batch.is_empty() {
        return Ok(0);
    }
    let texts: Vec<&str> = batch
        .iter()
        .filter_map(|it| match &it.outcome {
            Ok(Loaded::Text { decoded, .. }) => Some(decoded.text.as_str()),
            _ => None,
        })
        .collect();
    let start = Instant::now();
    let detected = if texts.is_empty() {
        Ok(Vec::new())
    } else {
        detector.detect_batch(&texts)
    };
    let per_item_ms = start.elapsed().as_secs_f64() * 1000.0 / texts.len().max(1) as f64;
    let mut detected = match detected {
        Ok(d) => d.into_iter().map(Ok).collect::<Vec<_>>(),
        Err(e) => texts.iter().map(|_| Err(e.to_string())).collect(),
    }
    .into_iter();
    let mut failures = 0;
    for item in batch.drain(..) {
        let (result, truncated, lossy, ms) = match item.outcome {
            Err(e) => (Err(e), false, false, 0.0),
            Ok(Loaded::Rejected(d)) => (Ok(d), false, false, 0.0),
            Ok(Loaded::Text { decoded, truncated }) => {
                let r = detected
                    .next()
                    .unwrap_or_else(|| Err("internal error: result missing".into()));
                (r, truncated, decoded.lossy, per_item_ms)
            }
        };
        if result.is_err() {
            failures += 1;
        }
        write_record(out, &item.path, result, truncated, lossy, ms, json)?;
    }
    Ok(failures)
}

fn write_record(
    out: &mut impl Write,
    path: &str,
    result: Result<Detection, String>,
    truncated: bool,
    lossy: bool,
    ms: f64,
    json: bool,
) -> anyhow::Result<()> {
    let rec = match &result {
        Err(e) => Record {
            path,
            error: Some(e.clone()),
            detection: None,
        },
        Ok(d) => Record {
            path,
            error: None,
            detection: Some(DetectionOut {
                language: d.language.as_deref(),
                confidence: round4(d.confidence),
                alternatives: d
                    .alternatives
                    .iter()
                    .map(|g| GuessOut {
                        language: &g.language,
                        confidence: round4(g.confidence),
                    })
                    .collect(),
                ms: (ms * 1000.0).round() / 1000.0,
                reason: d.reason.map(|r| r.as_str()),
                evidence: d.evidence,
                truncated,
                lossy,
            }),
        },
    };
    if json {
        serde_json::to_writer(&mut *out, &rec)?;
        writeln!(out)?;
        return Ok(());
    }
    match rec.detection {
        None => writeln!(out, "{path:<40} error: {}", rec.error.unwrap_or_default())?,
        Some(d) => {
            let lang = d.language.unwrap_or(d.reason.unwrap_or("-"));
            let alts: Vec<String> = d
                .alternatives
                .iter()
                .skip(1)
                .map(|g| format!("{} {:.2}", g.language, g.confidence))
                .collect();
            writeln!(
                out,
                "{path:<40} {lang:<16} {:>6.3}  {:<36} {:>8.2}",
                d.confidence,
                alts.join(", "),
                d.ms
            )?;
        }
    }
    Ok(())
}

fn round4(x: f32) -> f32 {
    (x * 10000.0).round() / 10000.0
}
