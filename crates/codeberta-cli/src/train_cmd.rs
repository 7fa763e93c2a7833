//! `codeberta train`: the original CodeBERTa fine-tuning script as a command.
//! Every field of its `ModelConfig` is a flag with the same default; a
//! `--config` file (JSON or TOML, same field names) sets them too, and flags
//! win over the file.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use codeberta_train::train::{self, Event, InitMode, TrainConfig};

#[derive(Args, Debug)]
pub struct TrainArgs {
    /// Training data: DIR/<label>/<files>.
    #[arg(long, value_name = "DIR")]
    data: PathBuf,
    /// Output folder: checkpoint, bundle/, metrics.json, report, pictures.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// JSON (.json) or TOML file with any of the settings below.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Continue the run in --out/checkpoint.
    #[arg(long)]
    resume: bool,

    /// Base model: a local Hugging Face RoBERTa checkpoint folder
    /// (config.json, model.safetensors, tokenizer.json)
    /// [default: huggingface/CodeBERTa-small-v1].
    #[arg(long = "model", alias = "model-name", value_name = "DIR")]
    model_name: Option<String>,
    /// `pretrained` (--model) or `scratch` (--arch, new tokenizer) [default: pretrained].
    #[arg(long)]
    init: Option<InitMode>,
    /// Size of a scratch model: tiny, small or a config.json [default: tiny].
    #[arg(long)]
    arch: Option<String>,
    /// Vocabulary bound of a scratch tokenizer [default: 8192].
    #[arg(long)]
    vocab_size: Option<usize>,

    /// Tokens per input, special tokens included [default: 512].
    #[arg(long)]
    max_length: Option<usize>,
    /// [default: 16]
    #[arg(long)]
    batch_size: Option<usize>,
    /// [default: 3]
    #[arg(long)]
    epochs: Option<usize>,
    /// Peak learning rate [default: 2e-5].
    #[arg(long)]
    learning_rate: Option<f64>,
    /// Share of the steps spent warming up [default: 0.1].
    #[arg(long)]
    warmup_ratio: Option<f64>,
    /// Global gradient-norm clip, 0 = off [default: 1.0].
    #[arg(long)]
    max_grad_norm: Option<f64>,
    /// Epochs without validation improvement before stopping [default: 3].
    #[arg(long)]
    early_stopping_patience: Option<usize>,
    /// Share of each label held out for validation [default: 0.1].
    #[arg(long)]
    validation_split: Option<f64>,
    /// Freeze the embeddings and all but the last N encoder layers [default: true].
    #[arg(long, value_name = "BOOL")]
    freeze_base_model: Option<bool>,
    /// N for --freeze-base-model [default: 2].
    #[arg(long)]
    unfreeze_last_n_layers: Option<usize>,
    /// AdamW decoupled weight decay (not on biases and LayerNorm) [default: 0.01].
    #[arg(long)]
    weight_decay: Option<f64>,
    /// Hidden and attention dropout [default: 0.1].
    #[arg(long)]
    dropout: Option<f64>,
    /// [default: 1]
    #[arg(long)]
    gradient_accumulation_steps: Option<usize>,

    /// Seeds the split, shuffles and scratch weights [default: 42].
    #[arg(long)]
    seed: Option<u64>,
    /// cpu, cuda (needs a build with --features cuda) or auto [default: auto].
    #[arg(long)]
    device: Option<String>,
    /// Matrix products in f32, bf16 (mixed precision, CUDA only) or auto (bf16 on CUDA) [default: auto].
    #[arg(long)]
    precision: Option<String>,
    /// CPU threads [default: all cores].
    #[arg(long)]
    threads: Option<usize>,
    /// Validate on this labelled folder instead of a split of --data.
    #[arg(long, value_name = "DIR")]
    validation_data: Option<PathBuf>,
    /// Memory for caching frozen-layer outputs, MiB [default: 4096].
    #[arg(long)]
    cache_frozen_mib: Option<usize>,
    /// Progress every N batches [default: 10].
    #[arg(long)]
    log_every: Option<usize>,
    /// Skip each file's leading license comment block, here and at inference [default: false].
    #[arg(long, value_name = "BOOL")]
    skip_license_header: Option<bool>,
    /// Extra training samples per file: random windows of 3-40 lines [default: 0].
    #[arg(long, value_name = "N")]
    snippet_windows: Option<usize>,
    /// Extra training samples per file: 1-8 lines cut to 48-256 bytes [default: 0].
    #[arg(long, value_name = "N")]
    short_windows: Option<usize>,
    /// Stop after N epochs as if interrupted, keeping the checkpoint for --resume.
    #[arg(long, hide = true)]
    stop_after_epochs: Option<usize>,
    /// Wall-clock budget: finish (best weights, bundle, reports) after the
    /// epoch that leaves no time for another.
    #[arg(long, value_name = "MINUTES")]
    max_minutes: Option<f64>,
    /// Print every event as a JSON line on standard output.
    #[arg(long)]
    json: bool,
    /// No progress output.
    #[arg(long, short)]
    quiet: bool,
}

/// Defaults, then the config file, then the flags given.
pub fn resolve_config(args: &TrainArgs) -> anyhow::Result<TrainConfig> {
    let mut cfg = match &args.config {
        Some(path) => TrainConfig::from_file(path)?,
        None => TrainConfig::default(),
    };
    macro_rules! overlay {
        ($($field:ident),*) => {
            $( if let Some(v) = args.$field.clone() { cfg.$field = v; } )*
        };
    }
    overlay!(
        model_name,
        init,
        arch,
        vocab_size,
        max_length,
        batch_size,
        epochs,
        learning_rate,
        warmup_ratio,
        max_grad_norm,
        early_stopping_patience,
        validation_split,
        freeze_base_model,
        unfreeze_last_n_layers,
        weight_decay,
        dropout,
        gradient_accumulation_steps,
        seed,
        device,
        precision,
        cache_frozen_mib,
        log_every,
        skip_license_header,
        snippet_windows,
        short_windows
    );
    if args.threads.is_some() {
        cfg.threads = args.threads;
    }
    if args.validation_data.is_some() {
        cfg.validation_data = args.validation_data.clone();
    }
    if args.max_minutes.is_some() {
        cfg.max_minutes = args.max_minutes;
    }
    if args.stop_after_epochs.is_some() {
        cfg.stop_after_epochs = args.stop_after_epochs;
    }
    cfg.validate()?;
    Ok(cfg)
}

pub fn run(args: TrainArgs) -> anyhow::Result<ExitCode> {
    let cfg = resolve_config(&args)?;
    let tty = std::io::stderr().is_terminal();
    let (json, quiet) = (args.json, args.quiet);
    let mut sink = |event: &Event| {
        if json {
            if let Ok(line) = serde_json::to_string(event) {
                println!("{line}");
            }
        }
        if quiet {
            return;
        }
        let mut err = std::io::stderr().lock();
        // Progress output is best effort: a closed stderr must not stop training.
        let _ = match event {
            Event::Info { message } => writeln!(err, "{message}"),
            Event::Corpus {
                train,
                validation,
                labels,
                ..
            } => writeln!(
                err,
                "{} labels ({}); {train} training files, {validation} validation files",
                labels.len(),
                labels.join(", ")
            ),
            Event::Batch {
                epoch,
                epochs,
                batch,
                batches,
                loss,
                accuracy,
                learning_rate,
                samples_per_second,
            } => {
                let width = 24;
                let filled = width * batch / (*batches).max(1);
                let line = format!(
                    "epoch {epoch}/{epochs} [{}{}] {batch}/{batches} loss {loss:.4} acc {accuracy:.4} \
                     lr {learning_rate:.2e} {samples_per_second:.1} samples/s",
                    "#".repeat(filled),
                    ".".repeat(width - filled)
                );
                if tty {
                    write!(err, "\r{line}\x1b[K")
                } else {
                    writeln!(err, "{line}")
                }
            }
            Event::Epoch { record, improved } => {
                if tty {
                    let _ = writeln!(err);
                }
                writeln!(
                    err,
                    "epoch {} done in {:.1}s: train loss {:.4} acc {:.4}; validation loss {} acc {}{}",
                    record.epoch,
                    record.seconds,
                    record.train_loss,
                    record.train_accuracy,
                    record.val_loss.map_or("-".into(), |v| format!("{v:.4}")),
                    record.val_accuracy.map_or("-".into(), |v| format!("{v:.4}")),
                    if *improved { " (best so far)" } else { "" }
                )
            }
            Event::Done {
                best_epoch,
                stopped_early,
                interrupted,
                temperature,
            } => writeln!(
                err,
                "{}; kept epoch {best_epoch}{}; temperature {temperature:.3}",
                if *interrupted {
                    "stopped as asked (resume with --resume)"
                } else {
                    "done"
                },
                if *stopped_early {
                    " (early stopping)"
                } else {
                    ""
                }
            ),
        };
    };
    // This process exists to train: keep freed activation buffers instead
    // of returning them to the kernel every step.
    train::keep_freed_memory();
    let outcome = train::train(&args.data, &args.out, &cfg, args.resume, &mut sink)
        .with_context(|| format!("training on {} failed", args.data.display()))?;
    if let (Some(report), false) = (&outcome.report, json) {
        println!(
            "validation report (epoch {}):\n\n{}",
            outcome.best_epoch,
            report.to_text()
        );
    }
    if let (Some(paths), false) = (&outcome.outputs, quiet) {
        eprintln!(
            "wrote {} (bundle), {}, {}, {}",
            paths.bundle.display(),
            paths.metrics.display(),
            paths.report.display(),
            paths.curves.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}
