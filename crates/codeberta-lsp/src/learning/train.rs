//! Fitting the residual head: full-batch Adam on cross-entropy, corrections
//! and anchors weighted as two equal halves, L2 pulling towards the base
//! model.

use std::sync::atomic::{AtomicBool, Ordering};

use super::features::Features;
use super::head::{argmax, prior, softmax, Head};

#[derive(Debug, Clone)]
pub enum Target {
    /// A correction: this label index.
    Label(usize),
    /// An anchor: the base model's distribution over the base labels.
    Soft(Vec<f32>),
}

#[derive(Debug, Clone)]
pub struct Example {
    pub x: Features,
    /// Base model probabilities, in base label order.
    pub base: Vec<f32>,
    pub target: Target,
}

#[derive(Debug, Clone, Copy)]
pub struct TrainConfig {
    pub epochs: usize,
    pub learning_rate: f32,
    pub l2: f32,
}

impl TrainConfig {
    /// After a new correction, starting from the current head.
    pub const INCREMENTAL: TrainConfig = TrainConfig {
        epochs: 120,
        learning_rate: 0.1,
        l2: 1e-4,
    };
    /// `codeberta.retrain`: from zero, longer.
    pub const FULL: TrainConfig = TrainConfig {
        epochs: 400,
        learning_rate: 0.05,
        l2: 1e-4,
    };
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum TrainError {
    #[error("training was cancelled")]
    Cancelled,
}

pub struct TrainInput<'a> {
    pub base_fingerprint: &'a str,
    pub labels: Vec<String>,
    pub base_labels: usize,
    pub examples: &'a [Example],
    pub init: Option<&'a Head>,
    pub config: TrainConfig,
    pub cancel: &'a AtomicBool,
}

pub fn train(
    input: TrainInput<'_>,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Head, TrainError> {
    let TrainInput {
        base_fingerprint,
        labels,
        base_labels,
        examples,
        init,
        config,
        cancel,
    } = input;
    let k = labels.len();
    let mut columns: Vec<u32> = examples
        .iter()
        .flat_map(|e| e.x.idx.iter().copied())
        .collect();
    columns.sort_unstable();
    columns.dedup();
    let a = columns.len();
    let compact: Vec<Vec<(usize, f32)>> = examples
        .iter()
        .map(|e| {
            e.x.idx
                .iter()
                .zip(&e.x.val)
                .filter_map(|(i, v)| columns.binary_search(i).ok().map(|c| (c, *v)))
                .collect()
        })
        .collect();
    let priors: Vec<Vec<f32>> = examples
        .iter()
        .map(|e| (0..k).map(|j| prior(&e.base, j, base_labels)).collect())
        .collect();
    let n_corr = examples
        .iter()
        .filter(|e| matches!(e.target, Target::Label(_)))
        .count();
    let n_anchor = examples.len() - n_corr;
    let weight_of = |t: &Target| match t {
        Target::Label(_) => 1.0 / n_corr.max(1) as f32,
        Target::Soft(_) => 1.0 / n_anchor.max(1) as f32,
    };

    let mut w = vec![0f32; k * a];
    let mut b = vec![0f32; k];
    if let Some(init) = init.filter(|h| h.is_consistent()) {
        warm_start(init, &labels, &columns, &mut w, &mut b);
    }
    let mut adam_w = Adam::new(w.len());
    let mut adam_b = Adam::new(b.len());
    let mut gw = vec![0f32; w.len()];
    let mut gb = vec![0f32; k];
    let mut target = vec![0f32; k];
    for epoch in 0..config.epochs {
        if cancel.load(Ordering::Relaxed) {
            return Err(TrainError::Cancelled);
        }
        gw.iter_mut().zip(&w).for_each(|(g, w)| *g = config.l2 * w);
        gb.iter_mut().zip(&b).for_each(|(g, b)| *g = config.l2 * b);
        for ((e, x), pri) in examples.iter().zip(&compact).zip(&priors) {
            let logits: Vec<f32> = (0..k)
                .map(|j| pri[j] + b[j] + x.iter().map(|(c, v)| w[j * a + c] * v).sum::<f32>())
                .collect();
            let p = softmax(&logits);
            target.iter_mut().for_each(|t| *t = 0.0);
            match &e.target {
                Target::Label(l) => {
                    if let Some(t) = target.get_mut(*l) {
                        *t = 1.0;
                    }
                }
                Target::Soft(s) => target.iter_mut().zip(s).for_each(|(t, s)| *t = *s),
            }
            let weight = weight_of(&e.target);
            for j in 0..k {
                let g = (p[j] - target[j]) * weight;
                gb[j] += g;
                for (c, v) in x {
                    gw[j * a + c] += g * v;
                }
            }
        }
        adam_w.step(&mut w, &gw, config.learning_rate);
        adam_b.step(&mut b, &gb, config.learning_rate);
        progress(epoch + 1, config.epochs);
    }
    Ok(Head {
        base_fingerprint: base_fingerprint.to_string(),
        labels,
        base_labels,
        columns,
        weights: w,
        bias: b,
        trained_on: n_corr,
    })
}

/// Copies what an earlier head learned for the labels and columns both share.
fn warm_start(init: &Head, labels: &[String], columns: &[u32], w: &mut [f32], b: &mut [f32]) {
    let a = columns.len();
    let ia = init.columns.len();
    for (j, label) in labels.iter().enumerate() {
        let Some(ij) = init.labels.iter().position(|l| l == label) else {
            continue;
        };
        b[j] = init.bias[ij];
        for (c, col) in columns.iter().enumerate() {
            if let Ok(ic) = init.columns.binary_search(col) {
                w[j * a + c] = init.weights[ij * ia + ic];
            }
        }
    }
}

struct Adam {
    m: Vec<f32>,
    v: Vec<f32>,
    t: i32,
}

impl Adam {
    fn new(n: usize) -> Self {
        Self {
            m: vec![0.0; n],
            v: vec![0.0; n],
            t: 0,
        }
    }

    fn step(&mut self, params: &mut [f32], grads: &[f32], lr: f32) {
        const B1: f32 = 0.9;
        const B2: f32 = 0.999;
        self.t += 1;
        let c1 = 1.0 - B1.powi(self.t);
        let c2 = 1.0 - B2.powi(self.t);
        for i in 0..params.len() {
            let g = grads[i];
            self.m[i] = B1 * self.m[i] + (1.0 - B1) * g;
            self.v[i] = B2 * self.v[i] + (1.0 - B2) * g * g;
            params[i] -= lr * (self.m[i] / c1) / ((self.v[i] / c2).sqrt() + 1e-8);
        }
    }
}

/// Share of `examples` whose top label under `predict` is their target's top.
pub fn agreement(examples: &[&Example], predict: &dyn Fn(&Example) -> Vec<f32>) -> f32 {
    if examples.is_empty() {
        return 1.0;
    }
    let hits = examples
        .iter()
        .filter(|e| {
            let want = match &e.target {
                Target::Label(l) => Some(*l),
                Target::Soft(s) => argmax(s),
            };
            argmax(&predict(e)) == want
        })
        .count();
    hits as f32 / examples.len() as f32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::learning::features::extract;

    #[test]
    fn learns_a_new_label_and_keeps_the_anchors() {
        let labels = vec![
            "python".to_string(),
            "json".to_string(),
            "mydsl".to_string(),
        ];
        let mut examples = Vec::new();
        for i in 0..5 {
            examples.push(Example {
                x: extract(&format!("rule r{i} when temp > {i} then alarm ring{i}\n")),
                base: vec![0.7, 0.3],
                target: Target::Label(2),
            });
        }
        for (text, base) in [
            ("def f(x):\n    return x\n", vec![0.9, 0.1]),
            ("{\"a\": 1, \"b\": [true]}\n", vec![0.2, 0.8]),
        ] {
            examples.push(Example {
                x: extract(text),
                target: Target::Soft(base.clone()),
                base,
            });
        }
        let cancel = AtomicBool::new(false);
        let head = train(
            TrainInput {
                base_fingerprint: "fp",
                labels,
                base_labels: 2,
                examples: &examples,
                init: None,
                config: TrainConfig::INCREMENTAL,
                cancel: &cancel,
            },
            &mut |_, _| {},
        )
        .unwrap();
        assert!(head.is_consistent());
        let held_out = extract("rule r9 when temp > 40 then alarm ring7\n");
        assert_eq!(argmax(&head.probabilities(&[0.7, 0.3], &held_out)), Some(2));
        let anchors: Vec<&Example> = examples[5..].iter().collect();
        let agree = agreement(&anchors, &|e| head.probabilities(&e.base, &e.x));
        assert_eq!(agree, 1.0);
    }

    #[test]
    fn cancellation_stops_training() {
        let cancel = AtomicBool::new(true);
        let result = train(
            TrainInput {
                base_fingerprint: "fp",
                labels: vec!["a".into()],
                base_labels: 1,
                examples: &[],
                init: None,
                config: TrainConfig::FULL,
                cancel: &cancel,
            },
            &mut |_, _| {},
        );
        assert_eq!(result.unwrap_err(), TrainError::Cancelled);
    }
}
