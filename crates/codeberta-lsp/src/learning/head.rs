//! The learned residual head: `logit_k = prior_k + W_k·x + b_k`, where
//! `prior_k` is the base model's log-probability for base labels and a fixed
//! low prior for labels the base model does not have. With `W = 0, b = 0` it
//! reproduces the base model exactly, which is what regularisation pulls
//! towards.

use serde::{Deserialize, Serialize};

use super::features::Features;

/// Prior log-probability of a label the base model does not know.
pub const NEW_LABEL_PRIOR: f32 = -6.9; // ln(0.001)
/// Floor for base probabilities before the log.
const MIN_PROB: f32 = 1e-6;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Head {
    /// Identifies the base model this head was trained on.
    pub base_fingerprint: String,
    /// All labels: the base model's in its order, then new ones.
    pub labels: Vec<String>,
    pub base_labels: usize,
    /// Sorted feature ids that have weights; all others weigh zero.
    pub columns: Vec<u32>,
    /// `labels.len() x columns.len()`, row-major.
    pub weights: Vec<f32>,
    pub bias: Vec<f32>,
    /// How many corrections it was trained on, for status messages.
    pub trained_on: usize,
}

impl Head {
    /// Checks the shapes, since a persisted head may be hand-edited or stale.
    pub fn is_consistent(&self) -> bool {
        let k = self.labels.len();
        self.base_labels <= k
            && self.bias.len() == k
            && self.weights.len() == k * self.columns.len()
            && self.columns.windows(2).all(|w| w[0] < w[1])
            && self.weights.iter().chain(&self.bias).all(|v| v.is_finite())
    }

    pub fn logits(&self, base_probs: &[f32], x: &Features) -> Vec<f32> {
        let a = self.columns.len();
        let hits: Vec<(usize, f32)> = x
            .idx
            .iter()
            .zip(&x.val)
            .filter_map(|(i, v)| self.columns.binary_search(i).ok().map(|c| (c, *v)))
            .collect();
        (0..self.labels.len())
            .map(|k| {
                let prior = prior(base_probs, k, self.base_labels);
                let row = &self.weights[k * a..(k + 1) * a];
                prior + self.bias[k] + hits.iter().map(|(c, v)| row[*c] * v).sum::<f32>()
            })
            .collect()
    }

    pub fn probabilities(&self, base_probs: &[f32], x: &Features) -> Vec<f32> {
        softmax(&self.logits(base_probs, x))
    }
}

/// The fixed part of label `k`'s logit.
pub fn prior(base_probs: &[f32], k: usize, base_labels: usize) -> f32 {
    if k < base_labels {
        base_probs.get(k).copied().unwrap_or(0.0).max(MIN_PROB).ln()
    } else {
        NEW_LABEL_PRIOR
    }
}

pub fn softmax(logits: &[f32]) -> Vec<f32> {
    let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let exps: Vec<f32> = logits.iter().map(|l| (l - max).exp()).collect();
    let sum: f32 = exps.iter().sum();
    exps.iter().map(|e| e / sum).collect()
}

pub fn argmax(values: &[f32]) -> Option<usize> {
    values
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map(|(i, _)| i)
}
