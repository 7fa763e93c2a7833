//! Multinomial logistic regression over sparse lexical features, by plain
//! SGD with class-balanced sample weights: the weights are few (labels x
//! 16,384) and the features L2-normalised, so this converges in a few
//! seconds of one core.

use codeberta_core::lexical::{log_softmax, Features, LexicalHead, DIM};
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
}

impl Default for SgdOptions {
    fn default() -> Self {
        SgdOptions {
            epochs: 12,
            learning_rate: 0.5,
            l2: 1e-4,
            seed: 42,
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
    let dim = DIM as usize;
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
    let mut weight = vec![0f32; labels * dim];
    let mut bias = vec![0f32; labels];
    let mut order: Vec<usize> = (0..samples.len()).collect();
    let mut rng = StdRng::seed_from_u64(opts.seed);
    let total = (opts.epochs.max(1) * samples.len()) as f32;
    let mut step = 0f32;
    let mut logits = vec![0f32; labels];
    for _ in 0..opts.epochs.max(1) {
        order.shuffle(&mut rng);
        for &s in &order {
            let (x, y) = &samples[s];
            let lr = opts.learning_rate * (1.0 - 0.9 * step / total);
            step += 1.0;
            for (k, out) in logits.iter_mut().enumerate() {
                let row = &weight[k * dim..(k + 1) * dim];
                *out = bias[k]
                    + x.idx
                        .iter()
                        .zip(&x.val)
                        .map(|(&i, &v)| row[i as usize] * v)
                        .sum::<f32>();
            }
            let logp = log_softmax(&logits);
            for k in 0..labels {
                let target = if k == *y { 1.0 } else { 0.0 };
                let g = class_weight[*y] * (logp[k].exp() - target);
                if g.abs() < 1e-7 {
                    continue;
                }
                bias[k] -= lr * g;
                let row = &mut weight[k * dim..(k + 1) * dim];
                for (&i, &v) in x.idx.iter().zip(&x.val) {
                    row[i as usize] -= lr * g * v;
                }
            }
        }
        let shrink = 1.0 - opts.l2;
        weight.iter_mut().for_each(|w| *w *= shrink);
    }
    LexicalHead::new(weight, bias).map_err(|e| TrainError::Bundle(e.to_string()))
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
    }
}
