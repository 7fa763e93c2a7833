//! The fine-tuning loop of the original script, in candle.
//!
//! Differences from the original, on purpose:
//! - Frozen layers run without dropout (as a fixed feature extractor). The
//!   original left them in train mode, so their dropout still fired; turning
//!   it off is what makes their outputs cacheable, and the cache is what
//!   makes a frozen-base run fast: every sample's frozen-prefix output is
//!   computed once and reused by every epoch and every validation pass.
//! - Batches are padded to their longest member, not to `max_length`, and
//!   group similar lengths (the mask makes the logits the same).
//! - Leftover accumulated gradients at the end of an epoch are applied
//!   rather than carried into the next epoch.
//! - Learning-rate schedule, clipping and AdamW follow PyTorch/HF exactly
//!   (see [`optim`]).

pub mod config;
pub mod optim;
mod outputs;
pub mod setup;
mod state;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use candle_core::{Device, Tensor, Var};
use codeberta_core::tokenize::TextEncoder;
use serde::Serialize;

pub use config::{InitMode, TrainConfig};
pub use outputs::{write_report_files, OutputPaths, REPORT_FILE};
pub use state::TrainState;

use crate::data::{
    encode_texts, labelled_mixed_windows, load_corpus, pad_batch, plan_batches, stratified_split,
    Corpus, EncodedSet, LabelStats,
};
use crate::error::{Result, TrainError};
use crate::metrics::{fit_temperature, ClassificationReport, EpochRecord};
use crate::model::{autocast, RobertaClassifier};
use crate::tokenizer_train::save_tokenizer;
use optim::{clip_factor, global_norm, lr_factor, warmup_steps, AdamW, AdamWParams};

/// What the loop reports as it goes. Every event also lands, as one JSON
/// object per line, in `OUT/train-log.jsonl`.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    Info {
        message: String,
    },
    Corpus {
        labels: Vec<String>,
        stats: Vec<LabelStats>,
        train: usize,
        validation: usize,
    },
    Batch {
        epoch: usize,
        epochs: usize,
        batch: usize,
        batches: usize,
        loss: f64,
        accuracy: f64,
        learning_rate: f64,
        samples_per_second: f64,
    },
    Epoch {
        record: EpochRecord,
        improved: bool,
    },
    Done {
        best_epoch: usize,
        stopped_early: bool,
        interrupted: bool,
        temperature: f64,
    },
}

/// The result of [`train`].
#[derive(Debug, Clone)]
pub struct TrainOutcome {
    pub history: Vec<EpochRecord>,
    /// 1-based epoch whose weights were kept.
    pub best_epoch: usize,
    pub stopped_early: bool,
    /// Stopped by `stop_after_epochs`: only the checkpoint was written.
    pub interrupted: bool,
    pub report: Option<ClassificationReport>,
    pub temperature: f64,
    pub outputs: Option<OutputPaths>,
}

/// Trainable/frozen split: `Some(k)` freezes the embeddings and encoder
/// layers `0..k`; `None` trains everything.
pub fn frozen_layers(cfg: &TrainConfig, num_layers: usize) -> Option<usize> {
    cfg.freeze_base_model
        .then(|| num_layers.saturating_sub(cfg.unfreeze_last_n_layers))
}

/// Mean cross-entropy of `logits` `[batch, classes]` against one-hot rows.
/// Written from differentiable ops (the max is detached: it only keeps
/// `exp` finite).
pub fn cross_entropy(logits: &Tensor, onehot: &Tensor) -> Result<Tensor> {
    let max = logits.max_keepdim(1)?.detach();
    let shifted = logits.broadcast_sub(&max)?;
    let lse = shifted.exp()?.sum_keepdim(1)?.log()?;
    let logp = shifted.broadcast_sub(&lse)?;
    let batch = logits.dim(0)?.max(1);
    Ok((logp * onehot)?
        .sum_all()?
        .affine(-1.0 / batch as f64, 0.0)?)
}

fn onehot(labels: &[usize], classes: usize, device: &Device) -> Result<Tensor> {
    let mut v = vec![0f32; labels.len() * classes];
    for (r, &l) in labels.iter().enumerate() {
        v[r * classes + l] = 1.0;
    }
    Ok(Tensor::from_vec(v, (labels.len(), classes), device)?)
}

/// Frozen-prefix outputs, one `[len, hidden]` tensor per sample.
struct PrefixCache {
    rows: Vec<Tensor>,
}

impl PrefixCache {
    fn build(
        model: &RobertaClassifier,
        set: &EncodedSet,
        split: usize,
        batch_size: usize,
        pad: u32,
    ) -> Result<Self> {
        let mut rows: Vec<Option<Tensor>> = vec![None; set.len()];
        for batch in plan_batches(&set.lengths(), batch_size, false, 0, 0) {
            let ids: Vec<&[u32]> = batch.iter().map(|&i| set.ids[i].as_slice()).collect();
            let padded = pad_batch(&ids, pad, model.device())?;
            // Detached: a cached row must not carry the autograd graph of
            // the frozen layers, or every training step would backpropagate
            // through them again (and the cache would hold every batch's
            // activations).
            let hidden = model
                .encode_prefix(&padded.input_ids, &padded.attention_mask, split, false)?
                .detach();
            for (r, &i) in batch.iter().enumerate() {
                rows[i] = Some(hidden.get(r)?.narrow(0, 0, set.ids[i].len())?.copy()?);
            }
        }
        let rows = rows
            .into_iter()
            .map(|r| r.ok_or_else(|| TrainError::Data("a sample missed the cache".into())))
            .collect::<Result<_>>()?;
        Ok(Self { rows })
    }

    /// `[batch, longest, hidden]`, zero-padded: padded positions are masked
    /// out of attention and never reach the `<s>` output the head reads.
    fn batch(&self, indices: &[usize], seq_len: usize) -> Result<Tensor> {
        let rows = indices
            .iter()
            .map(|&i| {
                let row = &self.rows[i];
                let len = row.dim(0)?;
                Ok(row.pad_with_zeros(0, 0, seq_len - len)?)
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Tensor::stack(&rows, 0)?)
    }
}

/// Logits for `indices` of `set`; `train` turns dropout on in the trainable part.
fn logits_for(
    model: &RobertaClassifier,
    set: &EncodedSet,
    indices: &[usize],
    frozen: Option<usize>,
    cache: Option<&PrefixCache>,
    train: bool,
) -> Result<Tensor> {
    let ids: Vec<&[u32]> = indices.iter().map(|&i| set.ids[i].as_slice()).collect();
    let padded = pad_batch(&ids, model.config().pad_token_id, model.device())?;
    let Some(split) = frozen else {
        return model.forward(&padded.input_ids, &padded.attention_mask, train);
    };
    let hidden = match cache {
        Some(c) => c.batch(indices, padded.seq_len)?,
        None => model
            .encode_prefix(&padded.input_ids, &padded.attention_mask, split, false)?
            .detach(),
    };
    model.forward_from(&hidden, &padded.attention_mask, split, train)
}

/// Loss, predictions and logits over a whole set, without dropout.
pub struct Evaluation {
    pub loss: f64,
    pub accuracy: f64,
    pub predictions: Vec<usize>,
    pub logits: Vec<Vec<f32>>,
}

fn evaluate(
    model: &RobertaClassifier,
    set: &EncodedSet,
    frozen: Option<usize>,
    cache: Option<&PrefixCache>,
    batch_size: usize,
) -> Result<Evaluation> {
    let n = set.len();
    let mut logits = vec![Vec::new(); n];
    for batch in plan_batches(&set.lengths(), batch_size, false, 0, 0) {
        let out = logits_for(model, set, &batch, frozen, cache, false)?.to_vec2::<f32>()?;
        for (row, &i) in out.into_iter().zip(&batch) {
            logits[i] = row;
        }
    }
    let predictions: Vec<usize> = logits.iter().map(|r| argmax(r)).collect();
    let correct = predictions
        .iter()
        .zip(&set.labels)
        .filter(|(p, t)| p == t)
        .count();
    Ok(Evaluation {
        loss: crate::metrics::nll(&logits, &set.labels, 1.0),
        accuracy: if n == 0 {
            0.0
        } else {
            correct as f64 / n as f64
        },
        predictions,
        logits,
    })
}

pub fn argmax(row: &[f32]) -> usize {
    row.iter()
        .enumerate()
        .fold((0, f32::NEG_INFINITY), |best, (i, &v)| {
            if v > best.1 {
                (i, v)
            } else {
                best
            }
        })
        .0
}

fn snapshot(model: &RobertaClassifier) -> Result<Vec<(String, Tensor)>> {
    model
        .named_vars()
        .into_iter()
        .map(|(name, var)| Ok((name, var.as_tensor().copy()?)))
        .collect()
}

fn restore(model: &RobertaClassifier, weights: &[(String, Tensor)]) -> Result<()> {
    for ((name, var), (saved_name, tensor)) in model.named_vars().iter().zip(weights) {
        if name != saved_name {
            return Err(TrainError::Config(format!(
                "saved weights name {saved_name}, the model {name}"
            )));
        }
        var.set(tensor)?;
    }
    Ok(())
}

/// Emits events to the caller and to the JSON-lines log.
struct Log<'a> {
    file: Option<std::fs::File>,
    sink: &'a mut dyn FnMut(&Event),
}

impl Log<'_> {
    fn emit(&mut self, event: Event) {
        if let Some(f) = &mut self.file {
            if let Ok(line) = serde_json::to_string(&event) {
                // The log is a convenience; a full disk shows up elsewhere.
                let _ = writeln!(f, "{line}");
            }
        }
        (self.sink)(&event);
    }

    fn info(&mut self, message: impl Into<String>) {
        self.emit(Event::Info {
            message: message.into(),
        });
    }
}

/// Sets the CPU thread count for candle's matrix products and our fused
/// kernels (both run on rayon's global pool). Call before any tensor work.
/// Also calls [`quiet_elementwise_pool`].
pub fn set_threads(threads: usize) {
    let n = threads.max(1);
    std::env::set_var("RAYON_NUM_THREADS", n.to_string());
    // Fails only when a pool already exists; candle reads the variable anyway.
    let _ = rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .build_global();
    quiet_elementwise_pool();
}

/// Keeps candle's element-wise thread pool (`CANDLE_NUM_THREADS`, separate
/// from rayon's) at one thread, i.e. no worker threads, unless the variable is
/// already set. Its threads spin-wait at a barrier after every op: on a
/// machine whose cores are busy with other work, two threads measured ten
/// times slower than one, with ten times the CPU time (docs/training.md,
/// "Throughput"). Matrix products and the fused kernels still use
/// `--threads`. Call before any tensor work: candle sizes that pool once.
pub fn quiet_elementwise_pool() {
    if std::env::var_os("CANDLE_NUM_THREADS").is_none() {
        std::env::set_var("CANDLE_NUM_THREADS", "1");
    }
}

/// Tells glibc's allocator to keep freed memory in the process (no heap
/// trimming, no separate mappings for large blocks). A training step frees
/// and re-allocates the same activation-sized buffers every step; by default
/// glibc hands large ones back to the kernel, so every step pays page faults
/// and kernel page zeroing again: a third of a step of the tiny config at
/// sequence length 256, measured with `perf` (docs/training.md,
/// "Throughput"). The cost is a resident size that stays at its peak until
/// the process exits, which suits a training run but not a long-lived host
/// (an editor server), so [`train`] leaves it to the binary. No-op off glibc.
pub fn keep_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        use std::os::raw::c_int;
        extern "C" {
            fn mallopt(param: c_int, value: c_int) -> c_int;
        }
        // glibc's <malloc.h>.
        const M_TRIM_THRESHOLD: c_int = -1;
        const M_MMAP_MAX: c_int = -4;
        // SAFETY: mallopt only changes allocator tunables; glibc takes the
        // arena lock, so it is safe to call at any time from any thread. A
        // refused value (return 0) leaves the default in place.
        unsafe {
            mallopt(M_TRIM_THRESHOLD, c_int::MAX);
            mallopt(M_MMAP_MAX, 0);
        }
    }
}

/// Trains on `data` (`DIR/<label>/<files>`), writing everything into `out`.
/// `resume`: continue from `out/checkpoint`.
pub fn train(
    data: &Path,
    out: &Path,
    cfg: &TrainConfig,
    resume: bool,
    sink: &mut dyn FnMut(&Event),
) -> Result<TrainOutcome> {
    cfg.validate()?;
    match cfg.threads {
        Some(t) => set_threads(t),
        None => quiet_elementwise_pool(),
    }
    let device = setup::select_device(&cfg.device)?;
    let _autocast = autocast::enter(setup::matmul_dtype(&cfg.precision, &device)?);
    std::fs::create_dir_all(out)
        .map_err(|e| TrainError::io("cannot create output folder", out, e))?;
    let checkpoint_dir = out.join("checkpoint");
    let log_path = out.join("train-log.jsonl");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .append(resume)
        .write(true)
        .truncate(!resume)
        .open(&log_path)
        .map_err(|e| TrainError::io("cannot open training log", &log_path, e))?;
    let mut log = Log {
        file: Some(file),
        sink,
    };

    let previous = if resume {
        Some(TrainState::load(&checkpoint_dir)?)
    } else {
        None
    };
    if let Some(p) = &previous {
        check_resume_config(&p.config, cfg)?;
    }
    let fixed_labels = previous.as_ref().map(|s| s.labels.clone());
    let corpus = load_corpus(data, fixed_labels.as_deref(), false)?;
    let labels = corpus.labels.clone();
    let sample_labels: Vec<usize> = corpus.samples.iter().map(|s| s.label).collect();

    let (train_idx, val_idx, val_corpus) = match &cfg.validation_data {
        Some(dir) => {
            let v = load_corpus(dir, Some(&labels), false)?;
            let all: Vec<usize> = (0..v.samples.len()).collect();
            ((0..corpus.samples.len()).collect(), all, Some(v))
        }
        None => {
            let (t, v) = stratified_split(&sample_labels, cfg.validation_split, cfg.seed);
            (t, v, None)
        }
    };
    let val_source: &Corpus = val_corpus.as_ref().unwrap_or(&corpus);
    log.emit(Event::Corpus {
        labels: labels.clone(),
        stats: corpus.stats.clone(),
        train: train_idx.len(),
        validation: val_idx.len(),
    });
    for s in &corpus.stats {
        log.info(format!(
            "{}: {} files ({} not UTF-8, skipped)",
            s.label, s.files, s.skipped_non_utf8
        ));
    }

    let train_texts: Vec<&str> = train_idx
        .iter()
        .map(|&i| corpus.samples[i].text.as_str())
        .collect();
    let (model, tokenizer, source) = match &previous {
        Some(_) => {
            let (m, t) = state::load_model(&checkpoint_dir, &device)?;
            (m, t, "resumed checkpoint".to_string())
        }
        None => {
            let start = setup::starting_point(cfg, &labels, &train_texts, &device)?;
            if let Some(report) = &start.load_report {
                if !report.missing_head.is_empty() {
                    log.info("classification head initialised randomly (not in the checkpoint)");
                }
                if !report.resized_head.is_empty() {
                    log.info(format!(
                        "the checkpoint's classifier has another label count; its output \
                         projection is initialised randomly for {} labels ({})",
                        labels.len(),
                        report.resized_head.join("; ")
                    ));
                }
            }
            (start.model, start.tokenizer, start.source)
        }
    };
    log.info(format!("model: {source}"));
    let max_length = cfg.max_length.min(model.config().max_sequence_length());
    if max_length < cfg.max_length {
        log.info(format!(
            "max_length {} exceeds the model's {} positions; using {max_length}",
            cfg.max_length,
            model.config().max_sequence_length()
        ));
    }

    // The exact encoder inference uses, reading the tokenizer we ship.
    let tokenizer_path = out.join("tokenizer.json");
    save_tokenizer(&tokenizer, &tokenizer_path)?;
    let encoder = TextEncoder::load(&tokenizer_path, max_length)
        .map_err(|e| TrainError::Tokenizer(e.to_string()))?
        .with_license_header_skipped(cfg.skip_license_header);
    let encode = |source: &Corpus, idx: &[usize]| {
        let texts: Vec<&str> = idx
            .iter()
            .map(|&i| source.samples[i].text.as_str())
            .collect();
        let labels: Vec<usize> = idx.iter().map(|&i| source.samples[i].label).collect();
        encode_texts(&encoder, &texts, &labels)
    };
    let mut train_set = encode(&corpus, &train_idx)?;
    if cfg.snippet_windows > 0 || cfg.short_windows > 0 {
        let files = train_idx.iter().map(|&i| {
            let s = &corpus.samples[i];
            (i, s.text.as_str(), s.label)
        });
        let (texts, labels): (Vec<String>, Vec<usize>) =
            labelled_mixed_windows(files, cfg.snippet_windows, cfg.short_windows, cfg.seed)
                .into_iter()
                .unzip();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let windows = encode_texts(&encoder, &refs, &labels)?;
        log.info(format!(
            "{} snippet and short windows added to training",
            windows.len()
        ));
        train_set.ids.extend(windows.ids);
        train_set.labels.extend(windows.labels);
    }
    let val_set = encode(val_source, &val_idx)?;

    let num_layers = model.config().num_hidden_layers;
    let frozen = frozen_layers(cfg, num_layers);
    let trainable: Vec<Var> = model.trainable_vars(frozen);
    let trainable_ids: Vec<_> = trainable.iter().map(|v| v.as_tensor().id()).collect();
    let named: Vec<(String, Var)> = model
        .named_vars()
        .into_iter()
        .filter(|(_, v)| trainable_ids.contains(&v.as_tensor().id()))
        .collect();
    let total_params: usize = model.named_vars().iter().map(|(_, v)| v.elem_count()).sum();
    let trainable_params: usize = named.iter().map(|(_, v)| v.elem_count()).sum();
    log.info(format!(
        "trainable parameters: {trainable_params} of {total_params} ({:.2}%); frozen layers: {}",
        100.0 * trainable_params as f64 / total_params.max(1) as f64,
        match frozen {
            Some(k) => format!("embeddings + {k} of {num_layers} encoder layers"),
            None => "none".into(),
        }
    ));
    if cfg.init == InitMode::Scratch && frozen.is_some() {
        log.info("note: freezing a randomly initialised base; pass --freeze-base-model false to train it all");
    }
    let trainable_vars: Vec<Var> = named.iter().map(|(_, v)| v.clone()).collect();
    let mut optimizer = AdamW::new(
        named,
        AdamWParams {
            weight_decay: cfg.weight_decay,
            ..AdamWParams::default()
        },
    )?;

    let batches_per_epoch = train_set.len().div_ceil(cfg.batch_size);
    let steps_per_epoch = batches_per_epoch.div_ceil(cfg.gradient_accumulation_steps);
    let total_steps = steps_per_epoch * cfg.epochs;
    let warmup = warmup_steps(total_steps, cfg.warmup_ratio);

    let mut st = match previous {
        Some(s) => {
            optimizer.load(&checkpoint_dir.join(state::OPTIMIZER_FILE), s.global_step)?;
            log.info(format!(
                "resuming after epoch {} (step {})",
                s.epochs_done, s.global_step
            ));
            s
        }
        None => TrainState::new(labels.clone(), cfg.clone()),
    };
    let mut best_weights = if st.best_epoch > 0 {
        state::load_weights(&checkpoint_dir.join(state::BEST_FILE), &device)?
    } else {
        snapshot(&model)?
    };

    // Frozen prefix outputs, when they fit the budget.
    let hidden = model.config().hidden_size;
    let cache_bytes: usize = (train_set.lengths().iter().sum::<usize>()
        + val_set.lengths().iter().sum::<usize>())
        * hidden
        * 4;
    let (train_cache, val_cache) = match frozen {
        Some(split) if cache_bytes <= cfg.cache_frozen_mib << 20 => {
            let started = Instant::now();
            let pad = model.config().pad_token_id;
            let t = PrefixCache::build(&model, &train_set, split, cfg.batch_size, pad)?;
            let v = PrefixCache::build(&model, &val_set, split, cfg.batch_size, pad)?;
            log.info(format!(
                "cached frozen-layer outputs: {:.1} MiB in {:.1}s",
                cache_bytes as f64 / (1 << 20) as f64,
                started.elapsed().as_secs_f64()
            ));
            (Some(t), Some(v))
        }
        Some(_) => {
            log.info(format!(
                "frozen-layer cache would need {} MiB > --cache-frozen-mib {}; recomputing",
                cache_bytes >> 20,
                cfg.cache_frozen_mib
            ));
            (None, None)
        }
        None => (None, None),
    };
    // Validation runs after every epoch and once more on the restored best weights.
    let validate = || -> Result<Option<Evaluation>> {
        if val_set.is_empty() {
            return Ok(None);
        }
        evaluate(&model, &val_set, frozen, val_cache.as_ref(), cfg.batch_size).map(Some)
    };

    let classes = labels.len();
    let mut stopped_early = false;
    let mut interrupted = false;
    let loop_started = Instant::now();
    let first_epoch = st.epochs_done;
    for epoch in st.epochs_done..cfg.epochs {
        if st.bad_epochs >= cfg.early_stopping_patience.max(1) && !val_set.is_empty() {
            stopped_early = true;
            break;
        }
        let started = Instant::now();
        let plan = plan_batches(&train_set.lengths(), cfg.batch_size, true, cfg.seed, epoch);
        // Dropout masks (CPU kernels) depend only on (seed, epoch, batch), so
        // a resumed run draws the ones the uninterrupted run drew.
        crate::model::fused::seed_dropout(
            cfg.seed ^ (epoch as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15),
        );
        let mut accumulated: Option<Vec<Tensor>> = None;
        let mut micro = 0usize;
        let (mut loss_sum, mut correct, mut seen) = (0f64, 0usize, 0usize);
        let mut lr = 0.0;
        for (b, indices) in plan.iter().enumerate() {
            let logits = logits_for(
                &model,
                &train_set,
                indices,
                frozen,
                train_cache.as_ref(),
                true,
            )?;
            let batch_labels: Vec<usize> = indices.iter().map(|&i| train_set.labels[i]).collect();
            let target = onehot(&batch_labels, classes, &device)?;
            let loss = cross_entropy(&logits, &target)?;
            let scaled = loss.affine(1.0 / cfg.gradient_accumulation_steps as f64, 0.0)?;
            let grads = scaled.backward()?;
            let step_grads = trainable_vars
                .iter()
                .map(|v| match grads.get(v.as_tensor()) {
                    Some(g) => Ok(g.clone()),
                    None => Ok(v.as_tensor().zeros_like()?),
                })
                .collect::<Result<Vec<_>>>()?;
            accumulated = Some(match accumulated.take() {
                None => step_grads,
                Some(acc) => acc
                    .iter()
                    .zip(&step_grads)
                    .map(|(a, g)| Ok((a + g)?))
                    .collect::<Result<Vec<_>>>()?,
            });
            micro += 1;
            let last = b + 1 == plan.len();
            if micro == cfg.gradient_accumulation_steps || last {
                if let Some(grads) = accumulated.take() {
                    let factor = clip_factor(global_norm(&grads)?, cfg.max_grad_norm);
                    lr = cfg.learning_rate * lr_factor(optimizer.step_count(), warmup, total_steps);
                    // Clipping scales the gradients inside the update.
                    optimizer.step_scaled(&grads, (factor < 1.0).then_some(factor), lr)?;
                }
                micro = 0;
            }
            let loss_value = loss.to_scalar::<f32>()? as f64;
            let rows = logits.to_vec2::<f32>()?;
            correct += rows
                .iter()
                .zip(&batch_labels)
                .filter(|(r, &y)| argmax(r) == y)
                .count();
            loss_sum += loss_value * indices.len() as f64;
            seen += indices.len();
            if cfg.log_every > 0 && ((b + 1) % cfg.log_every == 0 || last) {
                log.emit(Event::Batch {
                    epoch: epoch + 1,
                    epochs: cfg.epochs,
                    batch: b + 1,
                    batches: plan.len(),
                    loss: loss_sum / seen.max(1) as f64,
                    accuracy: correct as f64 / seen.max(1) as f64,
                    learning_rate: lr,
                    samples_per_second: seen as f64 / started.elapsed().as_secs_f64().max(1e-9),
                });
            }
        }
        let train_seconds = started.elapsed().as_secs_f64();
        let val = validate()?;
        let record = EpochRecord {
            epoch: epoch + 1,
            train_loss: loss_sum / seen.max(1) as f64,
            train_accuracy: correct as f64 / seen.max(1) as f64,
            val_loss: val.as_ref().map(|v| v.loss),
            val_accuracy: val.as_ref().map(|v| v.accuracy),
            val_macro_f1: val.as_ref().map(|v| {
                ClassificationReport::new(&labels, &val_set.labels, &v.predictions).macro_f1
            }),
            learning_rate: lr,
            seconds: started.elapsed().as_secs_f64(),
            train_samples_per_second: seen as f64 / train_seconds.max(1e-9),
        };
        // No validation data: the latest epoch is the best we know.
        let improved = match record.val_loss {
            Some(l) => l < st.best_val_loss,
            None => true,
        };
        if improved {
            st.best_val_loss = record.val_loss.unwrap_or(f64::INFINITY);
            st.best_epoch = epoch + 1;
            st.bad_epochs = 0;
            best_weights = snapshot(&model)?;
        } else {
            st.bad_epochs += 1;
        }
        st.epochs_done = epoch + 1;
        st.global_step = optimizer.step_count();
        st.history.push(record.clone());
        log.emit(Event::Epoch { record, improved });
        state::save_checkpoint(
            &checkpoint_dir,
            &st,
            &model,
            &tokenizer,
            &optimizer,
            improved.then_some(best_weights.as_slice()),
        )?;
        if let Some(limit) = cfg.max_minutes {
            let used = loop_started.elapsed().as_secs_f64();
            let per_epoch = used / (epoch + 1 - first_epoch) as f64;
            if st.epochs_done < cfg.epochs && used + per_epoch > limit * 60.0 {
                log.info(format!(
                    "time budget: {:.1} of {limit} minutes used and an epoch takes {:.1}; \
                     finishing after epoch {}",
                    used / 60.0,
                    per_epoch / 60.0,
                    st.epochs_done
                ));
                break;
            }
        }
        if cfg.stop_after_epochs.is_some_and(|n| st.epochs_done >= n) && st.epochs_done < cfg.epochs
        {
            interrupted = true;
            break;
        }
        if st.bad_epochs >= cfg.early_stopping_patience.max(1) && val.is_some() {
            stopped_early = st.epochs_done < cfg.epochs;
            if stopped_early {
                log.info(format!(
                    "early stopping: no validation improvement for {} epochs",
                    st.bad_epochs
                ));
            }
            break;
        }
    }
    if interrupted {
        log.emit(Event::Done {
            best_epoch: st.best_epoch,
            stopped_early: false,
            interrupted: true,
            temperature: 1.0,
        });
        return Ok(TrainOutcome {
            history: st.history.clone(),
            best_epoch: st.best_epoch,
            stopped_early: false,
            interrupted: true,
            report: None,
            temperature: 1.0,
            outputs: None,
        });
    }

    restore(&model, &best_weights)?;
    let final_eval = validate()?;
    let temperature = final_eval
        .as_ref()
        .map_or(1.0, |e| fit_temperature(&e.logits, &val_set.labels));
    let report = final_eval
        .as_ref()
        .map(|e| ClassificationReport::new(&labels, &val_set.labels, &e.predictions));
    let predictions: Vec<outputs::FilePrediction> = final_eval
        .as_ref()
        .map(|e| {
            val_idx
                .iter()
                .zip(&e.predictions)
                .zip(&e.logits)
                .map(|((&i, &p), row)| outputs::FilePrediction {
                    path: val_source.samples[i].path.clone(),
                    label: labels[val_source.samples[i].label].clone(),
                    predicted: labels[p].clone(),
                    confidence: codeberta_core::detector::softmax(row, temperature as f32)[p],
                })
                .collect()
        })
        .unwrap_or_default();
    let mut manifest = corpus.manifest(train_idx.iter().copied());
    if let Some(v) = &val_corpus {
        manifest.extend(v.manifest(0..v.samples.len()));
    } else {
        manifest.extend(corpus.manifest(val_idx.iter().copied()));
    }
    let run = outputs::RunSummary {
        data: data.to_path_buf(),
        config: cfg.clone(),
        labels: labels.clone(),
        stats: corpus.stats.clone(),
        train_files: train_idx.len(),
        validation_files: val_idx.len(),
        history: st.history.clone(),
        best_epoch: st.best_epoch,
        stopped_early,
        temperature,
        max_length,
        source,
        frozen_layers: frozen,
        report: report.clone(),
        predictions,
    };
    let paths = outputs::write_outputs(out, &model, &tokenizer, &run, manifest)?;
    log.emit(Event::Done {
        best_epoch: st.best_epoch,
        stopped_early,
        interrupted: false,
        temperature,
    });
    Ok(TrainOutcome {
        history: st.history,
        best_epoch: run.best_epoch,
        stopped_early,
        interrupted: false,
        report,
        temperature,
        outputs: Some(paths),
    })
}

/// Settings a resumed run may change: they do not alter what the
/// checkpointed run computed (`epochs` extends or shortens the schedule).
const RESUMABLE_CHANGES: [&str; 9] = [
    "epochs",
    "max_minutes",
    "threads",
    "device",
    "precision",
    "log_every",
    "cache_frozen_mib",
    "stop_after_epochs",
    "early_stopping_patience",
];

/// A resumed run continues the same run, so anything else must match.
fn check_resume_config(saved: &TrainConfig, now: &TrainConfig) -> Result<()> {
    let as_map = |c: &TrainConfig| match serde_json::to_value(c) {
        Ok(serde_json::Value::Object(m)) => Ok(m),
        Ok(_) => Err(TrainError::Config(
            "training config is not an object".into(),
        )),
        Err(e) => Err(TrainError::json("training config", e)),
    };
    let (saved, now) = (as_map(saved)?, as_map(now)?);
    let differing: Vec<String> = saved
        .iter()
        .filter(|(k, _)| !RESUMABLE_CHANGES.contains(&k.as_str()))
        .filter(|(k, v)| now.get(k.as_str()) != Some(v))
        .map(|(k, v)| {
            let new = now
                .get(k.as_str())
                .map_or("-".to_string(), |n| n.to_string());
            format!("{k} (checkpoint {v}, now {new})")
        })
        .collect();
    if differing.is_empty() {
        return Ok(());
    }
    Err(TrainError::Config(format!(
        "--resume continues the checkpointed run, but these settings differ: {}. \
         Resume with the same settings (only {} may change) or train into a new --out.",
        differing.join(", "),
        RESUMABLE_CHANGES.join(", ")
    )))
}

/// The default output sub-folder for the bundle.
pub fn bundle_dir(out: &Path) -> PathBuf {
    out.join("bundle")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Preset, RobertaConfig};

    #[test]
    fn cached_prefix_rows_carry_no_autograd_graph() {
        let config = RobertaConfig::preset(Preset::Tiny, 50, &["a", "b"]);
        let model = RobertaClassifier::random(&config, &Device::Cpu, 3).unwrap();
        let set = EncodedSet {
            ids: vec![vec![0, 7, 9, 2], vec![0, 11, 2]],
            labels: vec![0, 1],
        };
        let cache = PrefixCache::build(&model, &set, 1, 2, 1).unwrap();
        assert!(cache.rows.iter().all(|r| !r.track_op()));
        let hidden = cache.batch(&[0, 1], 4).unwrap();
        assert!(!hidden.track_op());
    }

    #[test]
    fn frozen_layer_count_follows_the_original_flags() {
        let mut cfg = TrainConfig::default();
        assert_eq!(frozen_layers(&cfg, 6), Some(4));
        cfg.unfreeze_last_n_layers = 9;
        assert_eq!(frozen_layers(&cfg, 6), Some(0));
        cfg.freeze_base_model = false;
        assert_eq!(frozen_layers(&cfg, 6), None);
    }

    #[test]
    fn cross_entropy_matches_the_definition() {
        let dev = Device::Cpu;
        let logits = Tensor::new(&[[2f32, 0.0, -1.0], [0.5, 0.5, 0.5]], &dev).unwrap();
        let target = onehot(&[0, 2], 3, &dev).unwrap();
        let got = cross_entropy(&logits, &target)
            .unwrap()
            .to_scalar::<f32>()
            .unwrap();
        let rows = logits.to_vec2::<f32>().unwrap();
        let want = crate::metrics::nll(&rows, &[0, 2], 1.0);
        assert!((got as f64 - want).abs() < 1e-6, "{got} vs {want}");
    }
}
