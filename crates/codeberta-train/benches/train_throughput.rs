//! Training throughput (samples/s) of our candle RoBERTa on the CPU: one
//! full optimizer step (forward, cross-entropy, backward, clipping, AdamW)
//! per batch of random token ids, as `codeberta train` does it.
//!
//! `cargo bench -p codeberta-train --bench train_throughput [-- FILTER...]`
//! Environment: `BENCH_STEPS` (timed steps per case, default 5),
//! `RAYON_NUM_THREADS` (threads, set up as `codeberta train --threads`
//! does), `CANDLE_NUM_THREADS` (candle's element-wise pool; default 1, see
//! `train::quiet_elementwise_pool`), `BENCH_DEFAULT_MALLOC=1` (leave glibc's
//! trimming on, unlike `codeberta train`, which calls `train::keep_freed_memory`),
//! `BENCH_PHASES` (also print the time per
//! phase of a step), `CODEBERTA_UNFUSED=1` (candle's primitive ops instead of
//! the fused CPU kernels). `bench/pytorch_reference.py` runs the same
//! cases with PyTorch + transformers for comparison, `bench/compare.py` runs
//! both side by side.
//!
//! Prints samples/s (wall clock) and samples per CPU-second (all threads'
//! CPU time): on a shared machine the second is what the work costs, the
//! first also counts waiting for a core.

use std::time::Instant;

use candle_core::{Device, Tensor, Var};
use codeberta_train::model::{Preset, RobertaClassifier, RobertaConfig};
use codeberta_train::train::cross_entropy;
use codeberta_train::train::optim::{clip_factor, global_norm, AdamW, AdamWParams};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

struct Case {
    name: &'static str,
    config: RobertaConfig,
    batch: usize,
    seq: usize,
    /// Some(n): freeze the embeddings and all but the last n layers.
    unfrozen: Option<usize>,
    /// With `unfrozen`: feed prefix outputs computed once (the trainer's
    /// frozen-layer cache) rather than recomputing the frozen layers.
    cache: bool,
}

fn codeberta_small(labels: &[&str]) -> RobertaConfig {
    let mut c = RobertaConfig::preset(Preset::Small, 52_000, labels);
    c.num_hidden_layers = 6;
    c.hidden_size = 768;
    c.num_attention_heads = 12;
    c.intermediate_size = 3072;
    c
}

fn cases() -> Vec<Case> {
    let labels = codeberta_core::languages::ORIGINAL_EIGHT;
    let tiny = RobertaConfig::preset(Preset::Tiny, 8192, &labels);
    let small = RobertaConfig::preset(Preset::Small, 8192, &labels);
    let cb = codeberta_small(&labels);
    let case = |name, config: &RobertaConfig, batch, seq, unfrozen| Case {
        name,
        config: config.clone(),
        batch,
        seq,
        unfrozen,
        cache: true,
    };
    vec![
        case("tiny full b16x64", &tiny, 16, 64, None),
        case("tiny full b8x256", &tiny, 8, 256, None),
        case("small(4x256) full b16x64", &small, 16, 64, None),
        case("small(4x256) full b8x256", &small, 8, 256, None),
        case("codeberta-small(6x768) full b16x64", &cb, 16, 64, None),
        case("codeberta-small(6x768) full b8x256", &cb, 8, 256, None),
        case(
            "codeberta-small(6x768) frozen-4+cache b16x256",
            &cb,
            16,
            256,
            Some(2),
        ),
        Case {
            cache: false,
            ..case(
                "codeberta-small(6x768) frozen-4 recompute b16x256",
                &cb,
                16,
                256,
                Some(2),
            )
        },
    ]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let steps: usize = std::env::var("BENCH_STEPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    // The trainer's thread set-up (`--threads N`): RAYON_NUM_THREADS for
    // matrix products and fused kernels, no spinning element-wise pool
    // unless CANDLE_NUM_THREADS says otherwise.
    match std::env::var("RAYON_NUM_THREADS")
        .ok()
        .and_then(|s| s.parse::<usize>().ok())
    {
        Some(n) => codeberta_train::train::set_threads(n),
        None => codeberta_train::train::quiet_elementwise_pool(),
    }
    if std::env::var_os("BENCH_DEFAULT_MALLOC").is_none() {
        codeberta_train::train::keep_freed_memory();
    }
    let dev = Device::Cpu;
    println!(
        "threads: {} (element-wise pool: {}); timed steps per case: {steps}",
        candle_core::utils::get_num_threads(),
        std::env::var("CANDLE_NUM_THREADS").unwrap_or_default()
    );
    for case in cases() {
        if !filters.is_empty() && !filters.iter().any(|f| case.name.contains(f.as_str())) {
            continue;
        }
        let model = RobertaClassifier::random(&case.config, &dev, 0)?;
        let frozen = case
            .unfrozen
            .map(|n| case.config.num_hidden_layers.saturating_sub(n));
        let vars = model.trainable_vars(frozen);
        let ids: Vec<_> = vars.iter().map(|v| v.as_tensor().id()).collect();
        let named: Vec<(String, Var)> = model
            .named_vars()
            .into_iter()
            .filter(|(_, v)| ids.contains(&v.as_tensor().id()))
            .collect();
        let mut opt = AdamW::new(named, AdamWParams::default())?;
        let mut rng = StdRng::seed_from_u64(1);
        let vocab = case.config.vocab_size as u32;
        let tokens: Vec<u32> = (0..case.batch * case.seq)
            .map(|i| {
                if i % case.seq == 0 {
                    0
                } else {
                    rng.random_range(5..vocab)
                }
            })
            .collect();
        let input = Tensor::from_vec(tokens, (case.batch, case.seq), &dev)?;
        let mask = Tensor::ones((case.batch, case.seq), candle_core::DType::F32, &dev)?;
        let classes = case.config.num_labels;
        let mut onehot = vec![0f32; case.batch * classes];
        for r in 0..case.batch {
            onehot[r * classes + r % classes] = 1.0;
        }
        let target = Tensor::from_vec(onehot, (case.batch, classes), &dev)?;
        // The trainer computes frozen-prefix outputs once; so does this
        // (without the cache, it recomputes them every step, without dropout).
        let cached = match frozen {
            Some(split) if case.cache => Some((
                split,
                model.encode_prefix(&input, &mask, split, false)?.detach(),
            )),
            _ => None,
        };
        let phases = std::env::var_os("BENCH_PHASES").is_some();
        let mut spent = [0f64; 4];
        let mut step = || -> Result<(), Box<dyn std::error::Error>> {
            let t0 = Instant::now();
            let logits = match (&cached, frozen) {
                (Some((split, hidden)), _) => model.forward_from(hidden, &mask, *split, true)?,
                (None, Some(split)) => {
                    let hidden = model.encode_prefix(&input, &mask, split, false)?.detach();
                    model.forward_from(&hidden, &mask, split, true)?
                }
                (None, None) => model.forward(&input, &mask, true)?,
            };
            let loss = cross_entropy(&logits, &target)?;
            let t1 = Instant::now();
            let grads = loss.backward()?;
            let t2 = Instant::now();
            let g: Vec<Tensor> = vars
                .iter()
                .map(|v| grads.get(v.as_tensor()).cloned().ok_or("missing gradient"))
                .collect::<Result<_, _>>()?;
            // As torch's clip_grad_norm_, the factor always applies.
            let f = clip_factor(global_norm(&g)?, 1.0);
            let t3 = Instant::now();
            opt.step_scaled(&g, Some(f), 2e-5)?;
            let t4 = Instant::now();
            for (slot, (a, b)) in spent
                .iter_mut()
                .zip([(t0, t1), (t1, t2), (t2, t3), (t3, t4)])
            {
                *slot += (b - a).as_secs_f64();
            }
            Ok(())
        };
        step()?;
        let cpu_before = cpu_seconds();
        let started = Instant::now();
        for _ in 0..steps {
            step()?;
        }
        let secs = started.elapsed().as_secs_f64();
        let samples = (steps * case.batch) as f64;
        let cpu = match (cpu_before, cpu_seconds()) {
            (Some(a), Some(b)) if b > a => format!("; {:.2} samples/CPU-s", samples / (b - a)),
            _ => String::new(),
        };
        println!(
            "{:<48} {:>8.2} samples/s  ({:.0} ms/step{cpu})",
            case.name,
            samples / secs,
            1000.0 * secs / steps as f64
        );
        if phases {
            let per = |i: usize| 1000.0 * spent[i] / (steps + 1) as f64;
            println!(
                "    ms/step: forward+loss {:.0}, backward {:.0}, norm {:.0}, adamw {:.0}",
                per(0),
                per(1),
                per(2),
                per(3)
            );
        }
    }
    Ok(())
}

/// CPU time of all of this process's threads so far (Linux: the sum of
/// `/proc/self/task/*/schedstat`), to tell work from waiting on a shared
/// machine.
fn cpu_seconds() -> Option<f64> {
    let mut ns = 0u64;
    for task in std::fs::read_dir("/proc/self/task").ok()? {
        let stat = std::fs::read_to_string(task.ok()?.path().join("schedstat")).ok()?;
        ns += stat.split_whitespace().next()?.parse::<u64>().ok()?;
    }
    Some(ns as f64 * 1e-9)
}
