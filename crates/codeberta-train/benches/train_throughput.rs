//! Training throughput (samples/s) of our candle RoBERTa on the CPU: one
//! full optimizer step (forward, cross-entropy, backward, clipping, AdamW)
//! per batch of random token ids, as `codeberta train` does it.
//!
//! `cargo bench -p codeberta-train --bench train_throughput [-- FILTER...]`
//! Environment: `BENCH_STEPS` (timed steps per case, default 5),
//! `RAYON_NUM_THREADS` (threads). `bench/pytorch_reference.py` runs the same
//! cases with PyTorch + transformers for comparison.

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
    /// Some(n): freeze all but the last n layers and feed cached prefix outputs.
    unfrozen: Option<usize>,
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
    let dev = Device::Cpu;
    println!(
        "threads: {}; timed steps per case: {steps}",
        candle_core::utils::get_num_threads()
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
        // The trainer computes frozen-prefix outputs once; so does this.
        let cached = match frozen {
            Some(split) => Some((split, model.encode_prefix(&input, &mask, split, false)?)),
            None => None,
        };
        let mut step = || -> Result<(), Box<dyn std::error::Error>> {
            let logits = match &cached {
                Some((split, hidden)) => model.forward_from(hidden, &mask, *split, true)?,
                None => model.forward(&input, &mask, true)?,
            };
            let loss = cross_entropy(&logits, &target)?;
            let grads = loss.backward()?;
            let g: Vec<Tensor> = vars
                .iter()
                .map(|v| grads.get(v.as_tensor()).cloned().ok_or("missing gradient"))
                .collect::<Result<_, _>>()?;
            let f = clip_factor(global_norm(&g)?, 1.0);
            let g: Vec<Tensor> = g.iter().map(|t| t * f).collect::<Result<_, _>>()?;
            opt.step(&g, 2e-5)?;
            Ok(())
        };
        step()?;
        let started = Instant::now();
        for _ in 0..steps {
            step()?;
        }
        let secs = started.elapsed().as_secs_f64();
        println!(
            "{:<48} {:>8.1} samples/s  ({:.0} ms/step)",
            case.name,
            (steps * case.batch) as f64 / secs,
            1000.0 * secs / steps as f64
        );
    }
    Ok(())
}
