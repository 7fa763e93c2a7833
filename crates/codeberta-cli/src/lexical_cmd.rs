//! `codeberta lexical`: train the lexical expert for an existing bundle and
//! fit how it combines with the transformer.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::Args;
use codeberta_core::bundle::default_model_dir;
use codeberta_core::ModelBundle;
use codeberta_train::data::{load_corpus, stratified_split};
use codeberta_train::lexical::{
    attach_lexical, reuse_lexical, LexicalRunOptions, SgdOptions, TrainFile,
};

use crate::eval_cmd::training_split;

#[derive(Args, Debug)]
pub struct LexicalArgs {
    /// The bundle to extend [default: $CODEBERTA_MODEL, else models/default].
    #[arg(long)]
    model: Option<PathBuf>,
    /// The bundle's training data: DIR/<label>/<files>.
    #[arg(long, value_name = "DIR")]
    data: PathBuf,
    /// Where to write the extended bundle [default: replace --model in place].
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Fit the combination on this labelled folder. Default: the validation
    /// split the bundle was trained with (seed and fraction from its
    /// metrics.json); the lexical expert never trains on those files.
    #[arg(long, value_name = "DIR")]
    validation_data: Option<PathBuf>,
    /// Extra training samples per file: random windows of 3-40 lines.
    #[arg(long, default_value_t = 2)]
    snippet_windows: usize,
    /// More training samples per file, of a line or two: 1-8 lines cut to
    /// 48-256 bytes.
    #[arg(long, default_value_t = 0)]
    short_windows: usize,
    /// Windows of each validation file the combination is also fitted on
    /// (seeded, 3-40 lines), since editors show snippets as well as files.
    #[arg(long, default_value_t = 2)]
    fit_windows: usize,
    /// Passes over the training samples.
    #[arg(long, default_value_t = 12)]
    epochs: usize,
    /// Initial SGD step.
    #[arg(long, default_value_t = 0.5)]
    learning_rate: f32,
    /// Per-epoch L2 shrink.
    #[arg(long, default_value_t = 1e-4)]
    l2: f32,
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Ship the average of the final epoch's SGD iterates, not the last one.
    #[arg(long, default_value_t = false, action = clap::ArgAction::Set, value_name = "BOOL")]
    average_final_epoch: bool,
    /// Independent SGD runs (seeds --seed, --seed + 1, ...), in parallel,
    /// whose weights are averaged into the expert.
    #[arg(long, default_value_t = 1)]
    sgd_runs: usize,
    /// Hash buckets of the features: more buckets, fewer collisions, a
    /// bigger `lexical.safetensors` (labels x buckets bytes).
    #[arg(long, default_value_t = codeberta_core::lexical::DIM)]
    hash_buckets: u32,
    /// Read each text past its leading license or copyright comment block,
    /// in training and in use (recorded in the expert's file): the header's
    /// prose names a project, not a language.
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, value_name = "BOOL")]
    skip_license_header: bool,
    /// Take this bundle's lexical expert as it is instead of training one,
    /// and only fit the combination: for a retrained transformer. --data and
    /// --validation-data must be what that expert was trained against.
    #[arg(long, value_name = "BUNDLE")]
    lexical_from: Option<PathBuf>,
    /// Set the bundle's abstain threshold (top probability below which
    /// `detect` answers null) [default: keep the bundle's].
    #[arg(long, value_name = "P")]
    abstain_threshold: Option<f32>,
}

pub fn run(args: LexicalArgs) -> anyhow::Result<ExitCode> {
    let model = args.model.clone().unwrap_or_else(default_model_dir);
    let bundle = ModelBundle::open(&model)
        .with_context(|| format!("cannot open the model bundle at {}", model.display()))?;
    let labels: Vec<String> = bundle.labels.ids().map(str::to_string).collect();
    let corpus = load_corpus(&args.data, Some(&labels), true)
        .with_context(|| format!("cannot read {}", args.data.display()))?;
    let label_of: Vec<usize> = corpus.samples.iter().map(|s| s.label).collect();
    let validation_corpus;
    let (train_idx, validation): (Vec<usize>, Vec<(&str, usize)>) = match &args.validation_data {
        Some(dir) => {
            validation_corpus = load_corpus(dir, Some(&labels), true)
                .with_context(|| format!("cannot read {}", dir.display()))?;
            let v = validation_corpus
                .samples
                .iter()
                .map(|s| (s.text.as_str(), s.label))
                .collect();
            ((0..corpus.samples.len()).collect(), v)
        }
        None => {
            let (seed, fraction) = training_split(&model)?;
            let (t, v) = stratified_split(&label_of, fraction, seed);
            let v = v
                .iter()
                .map(|&i| (corpus.samples[i].text.as_str(), corpus.samples[i].label))
                .collect();
            (t, v)
        }
    };
    if train_idx.is_empty() || validation.is_empty() {
        bail!("need both training and validation files");
    }
    let train: Vec<TrainFile<'_>> = train_idx
        .iter()
        .map(|&i| TrainFile {
            text: corpus.samples[i].text.as_str(),
            label: corpus.samples[i].label,
            manifest_line: corpus.manifest([i]).concat(),
        })
        .collect();
    let opts = LexicalRunOptions {
        sgd: SgdOptions {
            epochs: args.epochs,
            learning_rate: args.learning_rate,
            l2: args.l2,
            seed: args.seed,
            dim: args.hash_buckets,
            average_final_epoch: args.average_final_epoch,
            runs: args.sgd_runs,
        },
        snippet_windows: args.snippet_windows,
        short_windows: args.short_windows,
        fit_windows: args.fit_windows,
        skip_license_header: args.skip_license_header,
        data: args.data.clone(),
        abstain_threshold: args.abstain_threshold,
    };
    if let Some(p) = args.abstain_threshold {
        if !(0.0..=1.0).contains(&p) {
            bail!("--abstain-threshold {p} is outside [0, 1]");
        }
    }
    let out = args.out.clone().unwrap_or_else(|| model.clone());
    let run = match &args.lexical_from {
        Some(donor) => reuse_lexical(&model, &out, donor, &train, &validation, &opts)?,
        None => attach_lexical(&model, &out, &train, &validation, &opts)?,
    };
    let f = &run.fit;
    eprintln!(
        "lexical expert: {} training samples; on {} validation samples (files and windows): transformer {:.2}%, \
         lexical {:.2}%, combined {:.2}% (weights {} / {})",
        run.train_samples,
        f.samples,
        100.0 * f.model_accuracy,
        100.0 * f.lexical_accuracy,
        100.0 * f.combined_accuracy,
        f.weights.model_weight,
        f.weights.lexical_weight
    );
    println!("{}", serde_json::to_string(&run)?);
    Ok(ExitCode::SUCCESS)
}
