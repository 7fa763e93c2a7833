//! Multinomial logistic regression over sparse lexical features, by plain
//! SGD with class-balanced sample weights: the weights are few (labels x
//! hash buckets) and the features L2-normalised, so an epoch over tens of
//! thousands of samples takes seconds.

use codeberta_core::lexical::{log_softmax, Features, LexicalHead, DIM, MAX_DIM};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::SeedableRng;
use rayon::prelude::*;

use crate::error::{Result, TrainError};

#[derive(Debug, Clone)]
pub struct SgdOptions {
    pub epochs: usize,
    /// Initial step; it decays linearly to a tenth of this.
    pub learning_rate: f32,
    /// L2 penalty per epoch, applied as a shrink of every weight.
    pub l2: f32,
    pub seed: u64,
    /// Hash buckets of the features (`codeberta_core::lexical::extract_dim`).
    pub dim: u32,
    /// Ship the average of the final epoch's iterates instead of the last
    /// one: the last few thousand steps of plain SGD move a small label's
    /// weights more than its data warrants.
    pub average_final_epoch: bool,
    /// Independent runs (seeds `seed`, `seed + 1`, ...), in parallel, whose
    /// weights are averaged.
    pub runs: usize,
}

impl Default for SgdOptions {
    fn default() -> Self {
        SgdOptions {
            epochs: 12,
            learning_rate: 0.5,
            l2: 1e-4,
            seed: 42,
            dim: DIM,
            average_final_epoch: false,
            runs: 1,
        }
    }
}

/// Trains a head for `labels` classes on `(features, label)` samples.
pub fn train_head(
    samples: &[(Features, usize)],
    labels: usize,
    opts: &SgdOptions,
) -> Result<LexicalHead> {
    if samples.is_empty() || labels == 0 {
        return Err(TrainError::Config(
            "the lexical head needs training samples".into(),
        ));
    }
    if let Some((_, l)) = samples.iter().find(|(_, l)| *l >= labels) {
        return Err(TrainError::Config(format!(
            "label index {l} out of range for {labels} labels"
        )));
    }
    if opts.dim == 0 || opts.dim > MAX_DIM {
        return Err(TrainError::Config(format!(
            "the lexical head needs 1 to {MAX_DIM} hash buckets, not {}",
            opts.dim
        )));
    }
    let dim = opts.dim as usize;
    if let Some(i) = samples
        .iter()
        .flat_map(|(x, _)| &x.idx)
        .find(|&&i| i >= opts.dim)
    {
        return Err(TrainError::Config(format!(
            "feature index {i} out of range for {dim} hash buckets"
        )));
    }
    let mut counts = vec![0usize; labels];
    for (_, l) in samples {
        counts[*l] += 1;
    }
    // Balanced: every label weighs as much in total, however many files it has.
    let class_weight: Vec<f32> = counts
        .iter()
        .map(|&c| {
            if c == 0 {
                0.0
            } else {
                samples.len() as f32 / (labels as f32 * c as f32)
            }
        })
        .collect();
    // Runs with different seeds differ in which label a short text leans
    // to; their average (the objective is convex) leans less.
    let runs: Vec<(Vec<f32>, Vec<f32>)> = (0..opts.runs.max(1) as u64)
        .into_par_iter()
        .map(|k| {
            sgd_run(
                samples,
                labels,
                dim,
                &class_weight,
                opts,
                opts.seed.wrapping_add(k),
            )
        })
        .collect();
    let share = 1.0 / runs.len() as f32;
    let mut weight_t = vec![0f32; dim * labels];
    let mut bias = vec![0f32; labels];
    for (w, b) in &runs {
        weight_t
            .iter_mut()
            .zip(w)
            .for_each(|(t, x)| *t += x * share);
        bias.iter_mut().zip(b).for_each(|(t, x)| *t += x * share);
    }
    let mut weight = vec![0f32; labels * dim];
    for (i, column) in weight_t.chunks_exact(labels).enumerate() {
        for (k, w) in column.iter().enumerate() {
            weight[k * dim + i] = *w;
        }
    }
    LexicalHead::with_dim(weight, bias, opts.dim).map_err(|e| TrainError::Bundle(e.to_string()))
}

/// One SGD run from zero weights, shuffled by `seed`: the feature-major
/// weights and the biases.
fn sgd_run(
    samples: &[(Features, usize)],
    labels: usize,
    dim: usize,
    class_weight: &[f32],
    opts: &SgdOptions,
    seed: u64,
) -> (Vec<f32>, Vec<f32>) {
    // Feature-major (`[dim, labels]`) while training: a sample's features
    // each touch one contiguous run of label weights instead of one cache
    // line per label, which matters once the table outgrows the caches.
    let mut weight_t = vec![0f32; dim * labels];
    let mut bias = vec![0f32; labels];
    let mut order: Vec<usize> = (0..samples.len()).collect();
    let mut rng = StdRng::seed_from_u64(seed);
    let epochs = opts.epochs.max(1);
    let total = (epochs * samples.len()) as f32;
    let mut step = 0f32;
    let mut logits = vec![0f32; labels];
    let mut grad = vec![0f32; labels];
    // The final epoch's average iterate is its starting point plus each of
    // its updates weighted by the share of the epoch it stays in (an update
    // at position p of n counts (n - p) / n): `average_*` start as a copy
    // and take the weighted updates, one more pass over the touched weights
    // per step.
    let mut average_weight = Vec::new();
    let mut average_bias = Vec::new();
    let n = samples.len() as f32;
    for epoch in 0..epochs {
        order.shuffle(&mut rng);
        let last = opts.average_final_epoch && epoch + 1 == epochs;
        if last {
            average_weight = weight_t.clone();
            average_bias = bias.clone();
        }
        for (position, &s) in order.iter().enumerate() {
            let (x, y) = &samples[s];
            let lr = opts.learning_rate * (1.0 - 0.9 * step / total);
            step += 1.0;
            logits.iter_mut().for_each(|l| *l = 0.0);
            for (&i, &v) in x.idx.iter().zip(&x.val) {
                let column = &weight_t[i as usize * labels..(i as usize + 1) * labels];
                for (l, w) in logits.iter_mut().zip(column) {
                    *l += w * v;
                }
            }
            for (l, b) in logits.iter_mut().zip(&bias) {
                *l += b;
            }
            let logp = log_softmax(&logits);
            for (k, g) in grad.iter_mut().enumerate() {
                let target = if k == *y { 1.0 } else { 0.0 };
                let raw = class_weight[*y] * (logp[k].exp() - target);
                *g = if raw.abs() < 1e-7 { 0.0 } else { lr * raw };
            }
            descend(&mut weight_t, &mut bias, x, &grad, 1.0);
            if last {
                let stays = (n - position as f32) / n;
                descend(&mut average_weight, &mut average_bias, x, &grad, stays);
            }
        }
        if last {
            weight_t = std::mem::take(&mut average_weight);
            bias = std::mem::take(&mut average_bias);
        }
        let shrink = 1.0 - opts.l2;
        weight_t.iter_mut().for_each(|w| *w *= shrink);
    }
    (weight_t, bias)
}

/// Takes `scale` times the step `grad` (one entry per label) for the
/// sample `x` from feature-major weights and the biases.
fn descend(weight_t: &mut [f32], bias: &mut [f32], x: &Features, grad: &[f32], scale: f32) {
    let labels = bias.len();
    for (b, g) in bias.iter_mut().zip(grad) {
        *b -= g * scale;
    }
    for (&i, &v) in x.idx.iter().zip(&x.val) {
        let column = &mut weight_t[i as usize * labels..(i as usize + 1) * labels];
        for (w, g) in column.iter_mut().zip(grad) {
            *w -= g * v * scale;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use codeberta_core::lexical::extract;

    #[test]
    fn separates_two_toy_languages() {
        let mut samples = Vec::new();
        for i in 0..40 {
            samples.push((extract(&format!("def f{i}(x):\n    return x\n")), 0));
            samples.push((extract(&format!("fn f{i}(x: u8) -> u8 {{ x }}\n")), 1));
        }
        let head = train_head(&samples, 2, &SgdOptions::default()).unwrap();
        let py = head.logits(&extract("def g(y):\n    return y\n"));
        let rs = head.logits(&extract("fn g(y: u8) -> u8 { y }\n"));
        assert!(py[0] > py[1] && rs[1] > rs[0]);
        assert!(train_head(&samples, 1, &SgdOptions::default()).is_err());
        let narrow = SgdOptions {
            dim: 8,
            ..SgdOptions::default()
        };
        assert!(train_head(&samples, 2, &narrow).is_err());
    }

    /// One sample per label and one epoch: the first step's update stays
    /// for the whole epoch, the second's for half of it.
    #[test]
    fn averaging_weighs_each_update_by_how_long_it_stays() {
        let one_hot = |i: u32| Features {
            idx: vec![i],
            val: vec![1.0],
        };
        let samples = vec![(one_hot(1), 0), (one_hot(2), 1)];
        let opts = |average_final_epoch| SgdOptions {
            epochs: 1,
            l2: 0.0,
            average_final_epoch,
            ..SgdOptions::default()
        };
        let last = train_head(&samples, 2, &opts(false)).unwrap();
        let averaged = train_head(&samples, 2, &opts(true)).unwrap();
        // Step 1, from zero weights: softmax 1/2 each, so the first label's
        // bias moves up by lr0/2 and the other's down. Step 2 sees only
        // those biases (its features' weights are still zero) and moves the
        // first label's bias down by lr1 * p, p = softmax(lr0/2, -lr0/2)[0].
        let (lr0, lr1) = (0.5f32, 0.5 * (1.0 - 0.9 * 0.5));
        let p = 1.0 / (1.0 + (-lr0).exp());
        let step1 = lr0 / 2.0;
        let step2 = lr1 * p;
        let near = |got: f32, want: f32| (got - want).abs() < 1e-4;
        // Which label comes first is the shuffle's choice; the biases are
        // opposite, so their size is the same either way.
        assert!(
            near(last.bias()[0].abs(), step1 - step2),
            "{:?}",
            last.bias()
        );
        assert!(
            near(averaged.bias()[0].abs(), step1 - step2 / 2.0),
            "{:?}",
            averaged.bias()
        );
        assert!(near(averaged.bias()[0], -averaged.bias()[1]));
    }

    #[test]
    fn runs_are_averaged() {
        let mut samples = Vec::new();
        for i in 0..20 {
            samples.push((extract(&format!("def f{i}(x):\n    return x\n")), 0));
            samples.push((extract(&format!("fn f{i}(x: u8) -> u8 {{ x }}\n")), 1));
        }
        let with = |seed, runs| {
            let opts = SgdOptions {
                epochs: 2,
                seed,
                runs,
                ..SgdOptions::default()
            };
            train_head(&samples, 2, &opts).unwrap()
        };
        let (a, b, both) = (with(7, 1), with(8, 1), with(7, 2));
        assert_ne!(a.weight(), b.weight());
        for ((x, y), z) in a.weight().iter().zip(b.weight()).zip(both.weight()) {
            assert!(((x + y) / 2.0 - z).abs() < 1e-6);
        }
        for ((x, y), z) in a.bias().iter().zip(b.bias()).zip(both.bias()) {
            assert!(((x + y) / 2.0 - z).abs() < 1e-6);
        }
    }
}
