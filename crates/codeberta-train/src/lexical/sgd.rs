//! Multinomial logistic regression over sparse lexical features, by plain
//! SGD with class-balanced sample weights: the weights are few (labels x
//! hash buckets) and the features L2-normalised, so an epoch over tens of
//! thousands of samples takes seconds.

use codeberta_core::lexical::{log_softmax, Features, LexicalHead, DIM, MAX_DIM};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::SeedableRng;

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
}

impl Default for SgdOptions {
    fn default() -> Self {
        SgdOptions {
            epochs: 12,
            learning_rate: 0.5,
            l2: 1e-4,
            seed: 42,
            dim: DIM,
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
    // Feature-major (`[dim, labels]`) while training: a sample's features
    // each touch one contiguous run of label weights instead of one cache
    // line per label, which matters once the table outgrows the caches.
    let mut weight_t = vec![0f32; dim * labels];
    let mut bias = vec![0f32; labels];
    let mut order: Vec<usize> = (0..samples.len()).collect();
    let mut rng = StdRng::seed_from_u64(opts.seed);
    let total = (opts.epochs.max(1) * samples.len()) as f32;
    let mut step = 0f32;
    let mut logits = vec![0f32; labels];
    let mut grad = vec![0f32; labels];
    for _ in 0..opts.epochs.max(1) {
        order.shuffle(&mut rng);
        for &s in &order {
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
            for (b, g) in bias.iter_mut().zip(&grad) {
                *b -= g;
            }
            for (&i, &v) in x.idx.iter().zip(&x.val) {
                let column = &mut weight_t[i as usize * labels..(i as usize + 1) * labels];
                for (w, g) in column.iter_mut().zip(&grad) {
                    *w -= g * v;
                }
            }
        }
        let shrink = 1.0 - opts.l2;
        weight_t.iter_mut().for_each(|w| *w *= shrink);
    }
    let mut weight = vec![0f32; labels * dim];
    for (i, column) in weight_t.chunks_exact(labels).enumerate() {
        for (k, w) in column.iter().enumerate() {
            weight[k * dim + i] = *w;
        }
    }
    LexicalHead::with_dim(weight, bias, opts.dim).map_err(|e| TrainError::Bundle(e.to_string()))
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
}
