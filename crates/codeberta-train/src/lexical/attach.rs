//! Adds a trained lexical expert and its fitted combination weights to a
//! copy of an existing bundle.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use codeberta_core::bundle::{CARD_FILE, CONFIG_FILE, LEXICAL_FILE, MANIFEST_FILE, METRICS_FILE};
use codeberta_core::lexical::{extract_text, Features, LexicalHead};
use codeberta_core::{Detector, DetectorOptions};
use rayon::prelude::*;
use serde::Serialize;

use super::combine::{fit_weights, CombinationFit};
use super::sgd::{train_head, SgdOptions};
use crate::bundle_writer::{publish_bundle, write_text};
use crate::data::{file_windows, labelled_windows};
use crate::error::{Result, TrainError};

/// Seeds the validation windows apart from the training windows.
const FIT_WINDOW_SEED: u64 = 0x05EE_DF17;

#[derive(Debug, Clone, Default)]
pub struct LexicalRunOptions {
    pub sgd: SgdOptions,
    /// Extra training samples per file, as `TrainConfig::snippet_windows`.
    pub snippet_windows: usize,
    /// Extra training samples per file of a line or two (1-8 lines cut to
    /// 48-256 bytes), as a buffer holding a pasted line shows.
    pub short_windows: usize,
    /// Seeded 3-40-line windows of each validation file that the
    /// combination is fitted on besides the file itself.
    pub fit_windows: usize,
    /// Train (and ship) an expert that reads texts past their leading
    /// license header.
    pub skip_license_header: bool,
    /// Where the training files were read from, for the manifest heading.
    pub data: PathBuf,
    /// Replaces the bundle's abstain threshold when set.
    pub abstain_threshold: Option<f32>,
}

/// One training file of the lexical expert.
#[derive(Debug, Clone)]
pub struct TrainFile<'a> {
    pub text: &'a str,
    /// Index in the bundle's label order.
    pub label: usize,
    /// Its `train-manifest.txt` line (`sha256  label  path`).
    pub manifest_line: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct LexicalRun {
    pub bundle: PathBuf,
    pub train_samples: usize,
    pub fit: CombinationFit,
}

/// Trains the lexical head on `train`, fits the combination on `validation`
/// (text, label index in the bundle's order), and writes `bundle` plus both
/// to `out` (which may be `bundle` itself; it is replaced atomically). The
/// files it trained on are appended to the manifest.
pub fn attach_lexical(
    bundle: &Path,
    out: &Path,
    train: &[TrainFile<'_>],
    validation: &[(&str, usize)],
    opts: &LexicalRunOptions,
) -> Result<LexicalRun> {
    let base = load_detector(bundle)?;
    let labels = base.bundle().labels.len();
    let train = not_validated(train, validation);
    let samples: Vec<(Features, usize)> = train
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, f)| {
            let (text, label) = (f.text, f.label);
            let windows = file_windows(
                text,
                opts.snippet_windows,
                opts.short_windows,
                opts.sgd.seed,
                i,
            );
            let (dim, skip) = (opts.sgd.dim, opts.skip_license_header);
            std::iter::once(extract_text(text, dim, skip))
                .chain(
                    windows
                        .iter()
                        .map(|w| extract_text(w, dim, skip))
                        .collect::<Vec<_>>(),
                )
                .map(move |f| (f, label))
        })
        .collect();
    let head = train_head(&samples, labels, &opts.sgd)?
        .with_license_header_skipped(opts.skip_license_header);
    let bytes = head
        .to_safetensors()
        .map_err(|e| TrainError::Bundle(e.to_string()))?;
    // The bundle ships the head quantized: fit the combination on the
    // expert users get, not on its f32 original.
    let shipped = LexicalHead::from_safetensors(&bytes, Path::new(LEXICAL_FILE))
        .map_err(TrainError::Bundle)?;
    let lines = manifest_lines(train.iter().copied());
    let trained = TrainedHead::new(&shipped, &bytes, samples.len(), &lines);
    finish(&base, bundle, out, &trained, validation, opts)
}

/// Gives `bundle` (a transformer, maybe with an older lexical expert) the
/// lexical expert of `donor` unchanged instead of training one, fits the
/// combination anew on `validation`, and writes the result to `out`. For a
/// retrained transformer beside an expert that took long to train. `train`
/// and `opts.data` must be what the donor's expert was trained on (they go
/// into the manifest; nothing is trained), against the same validation
/// files; both bundles must have the same labels in the same order.
pub fn reuse_lexical(
    bundle: &Path,
    out: &Path,
    donor: &Path,
    train: &[TrainFile<'_>],
    validation: &[(&str, usize)],
    opts: &LexicalRunOptions,
) -> Result<LexicalRun> {
    let base = load_detector(bundle)?;
    let donor_bundle = codeberta_core::ModelBundle::open(donor)
        .map_err(|e| TrainError::Bundle(format!("{}: {e}", donor.display())))?;
    let ids = |l: &codeberta_core::LabelSet| l.ids().map(str::to_string).collect::<Vec<_>>();
    if ids(&donor_bundle.labels) != ids(&base.bundle().labels) {
        return Err(TrainError::Bundle(format!(
            "{} and {} have different labels or label order",
            donor.display(),
            bundle.display()
        )));
    }
    let path = donor.join(LEXICAL_FILE);
    let bytes = std::fs::read(&path).map_err(|e| TrainError::io("cannot read", &path, e))?;
    let head = LexicalHead::from_safetensors(&bytes, &path).map_err(TrainError::Bundle)?;
    if head.labels() != base.bundle().labels.len() {
        return Err(TrainError::Bundle(format!(
            "{} has {} labels, the bundle {}",
            path.display(),
            head.labels(),
            base.bundle().labels.len()
        )));
    }
    // What the donor's expert saw, as its own metrics recorded it.
    let samples = std::fs::read_to_string(donor.join(METRICS_FILE))
        .ok()
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
        .and_then(|m| m["lexical"]["train_samples"].as_u64())
        .map_or(train.len(), |n| n as usize);
    let lines = manifest_lines(not_validated(train, validation).into_iter());
    let trained = TrainedHead::new(&head, &bytes, samples, &lines);
    finish(&base, bundle, out, &trained, validation, opts)
}

/// The training files whose text is not a validation file's: the expert
/// never trains on a text the combination is validated on.
fn not_validated<'a, 'b>(
    train: &'a [TrainFile<'b>],
    validation: &[(&str, usize)],
) -> Vec<&'a TrainFile<'b>> {
    let held: HashSet<&str> = validation.iter().map(|(t, _)| *t).collect();
    train.iter().filter(|f| !held.contains(f.text)).collect()
}

const MANIFEST_HEADING: &str = "# lexical expert training files";

fn manifest_heading(data: &Path) -> String {
    format!(
        "{MANIFEST_HEADING} not listed above, read from {}",
        data.display()
    )
}

/// The files' manifest lines by path, as `Corpus::manifest` orders the
/// transformer's part.
fn manifest_lines<'a>(files: impl Iterator<Item = &'a TrainFile<'a>>) -> Vec<&'a str> {
    let mut lines: Vec<&str> = files.map(|f| f.manifest_line.as_str()).collect();
    lines.sort_by_key(|l| l.splitn(3, "  ").nth(2));
    lines
}

/// A lexical head ready to go into a bundle.
struct TrainedHead<'a> {
    head: &'a LexicalHead,
    /// Its `lexical.safetensors`.
    bytes: &'a [u8],
    /// Training samples it saw (files, or files and windows).
    samples: usize,
    manifest_lines: &'a [&'a str],
}

impl<'a> TrainedHead<'a> {
    fn new(
        head: &'a LexicalHead,
        bytes: &'a [u8],
        samples: usize,
        manifest_lines: &'a [&'a str],
    ) -> Self {
        Self {
            head,
            bytes,
            samples,
            manifest_lines,
        }
    }
}

fn load_detector(dir: &Path) -> Result<Detector> {
    Detector::load(dir, DetectorOptions::default())
        .map_err(|e| TrainError::Bundle(format!("{}: {e}", dir.display())))
}

/// Fits the combination of `base`'s transformer and `trained` on
/// `validation` and publishes `bundle` with both into `out`.
fn finish(
    base: &Detector,
    bundle: &Path,
    out: &Path,
    trained: &TrainedHead<'_>,
    validation: &[(&str, usize)],
    opts: &LexicalRunOptions,
) -> Result<LexicalRun> {
    let head = trained.head;
    // Editors show whole files and pasted snippets, and the experts' balance
    // differs between the two: fit on each file and on seeded windows of it.
    let files = validation
        .iter()
        .enumerate()
        .map(|(i, &(text, label))| (i, text, label));
    let windows = labelled_windows(files, opts.fit_windows, FIT_WINDOW_SEED);
    let texts: Vec<&str> = validation
        .iter()
        .map(|(t, _)| *t)
        .chain(windows.iter().map(|(w, _)| w.as_str()))
        .collect();
    let truth: Vec<usize> = validation
        .iter()
        .map(|(_, l)| *l)
        .chain(windows.iter().map(|(_, l)| *l))
        .collect();
    let mut experts = base
        .expert_logits(&texts)
        .map_err(|e| TrainError::Bundle(e.to_string()))?;
    experts
        .par_iter_mut()
        .zip(texts.par_iter())
        .for_each(|(e, t)| e.lexical = Some(head.logits(&head.features(t))));
    let fit = fit_weights(&experts, &truth, base.bundle().settings.temperature);

    publish_bundle(out, |staging| {
        copy_bundle_files(bundle, staging)?;
        std::fs::write(staging.join(LEXICAL_FILE), trained.bytes)
            .map_err(|e| TrainError::io("cannot write", staging.join(LEXICAL_FILE), e))?;
        edit_json(&staging.join(CONFIG_FILE), |config| {
            config["codeberta"]["lexical"] = serde_json::to_value(fit.weights)
                .map_err(|e| TrainError::json("lexical weights", e))?;
            if let Some(p) = opts.abstain_threshold {
                config["codeberta"]["abstain_threshold"] = serde_json::json!(p);
            }
            Ok(())
        })?;
        if staging.join(METRICS_FILE).is_file() {
            edit_json(&staging.join(METRICS_FILE), |metrics| {
                metrics["lexical"] = serde_json::json!({
                    "train_samples": trained.samples,
                    "fit": fit,
                });
                Ok(())
            })?;
        }
        append_manifest(
            &staging.join(MANIFEST_FILE),
            trained.manifest_lines,
            &manifest_heading(&opts.data),
        )?;
        let card = std::fs::read_to_string(staging.join(CARD_FILE)).unwrap_or_default();
        write_text(
            &staging.join(CARD_FILE),
            &(card + &card_section(&fit, head.skips_license_header())),
        )
    })?;
    load_detector(out)?;
    Ok(LexicalRun {
        bundle: out.to_path_buf(),
        train_samples: trained.samples,
        fit,
    })
}

/// Keeps the transformer's part (everything before an earlier lexical
/// heading) and appends this run's files.
fn append_manifest(path: &Path, lines: &[&str], heading: &str) -> Result<()> {
    let old = std::fs::read_to_string(path).unwrap_or_default();
    let mut text = match old.find(MANIFEST_HEADING) {
        Some(at) => old[..at].to_string(),
        None => old,
    };
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    // A file the transformer's list already names is not listed twice.
    let listed: HashSet<String> = text
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_string)
        .collect();
    text += heading;
    text.push('\n');
    for line in lines {
        if line
            .split_whitespace()
            .next()
            .is_some_and(|sha| !listed.contains(sha))
        {
            text += line;
            text.push('\n');
        }
    }
    write_text(path, &text)
}

fn copy_bundle_files(from: &Path, to: &Path) -> Result<()> {
    let entries =
        std::fs::read_dir(from).map_err(|e| TrainError::io("cannot read bundle", from, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| TrainError::io("cannot read bundle", from, e))?;
        let path = entry.path();
        if path.is_file() && entry.file_name() != LEXICAL_FILE {
            let dest = to.join(entry.file_name());
            std::fs::copy(&path, &dest)
                .map_err(|e| TrainError::io("cannot copy bundle file", &path, e))?;
        }
    }
    Ok(())
}

fn edit_json(path: &Path, edit: impl FnOnce(&mut serde_json::Value) -> Result<()>) -> Result<()> {
    let text = std::fs::read_to_string(path).map_err(|e| TrainError::io("cannot read", path, e))?;
    let mut value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| TrainError::json(path.display().to_string(), e))?;
    if !value.is_object() {
        return Err(TrainError::Bundle(format!(
            "{} is not a JSON object",
            path.display()
        )));
    }
    edit(&mut value)?;
    let text = serde_json::to_string_pretty(&value)
        .map_err(|e| TrainError::json(path.display().to_string(), e))?;
    write_text(path, &text)
}

fn card_section(fit: &CombinationFit, skips_license_header: bool) -> String {
    let reads = if skips_license_header {
        " of each text past its leading license header"
    } else {
        ""
    };
    format!(
        "\n## Lexical expert\n\n\
         `{LEXICAL_FILE}`: a linear classifier over hashed words, word pairs, line ends, \
         identifier-shape trigrams and indentation styles{reads}, \
         combined with the transformer as `{} * log p_model + {} * log p_lexical` \
         (weights fitted on {} validation samples: files and seeded windows of them). \
         On those samples: transformer alone \
         {:.2}%, lexical alone {:.2}%, combined {:.2}%.\n",
        fit.weights.model_weight,
        fit.weights.lexical_weight,
        fit.samples,
        100.0 * fit.model_accuracy,
        100.0 * fit.lexical_accuracy,
        100.0 * fit.combined_accuracy
    )
}
