//! Fitting the residual head: full-batch Adam on cross-entropy, corrections
//! and anchors weighted as two equal halves, L2 pulling towards the base
//! model.
//!
//! Only the rows of labels some correction names are trained: a correction
//! says what its text is, not what every other text is. The rows of all
//! other base labels stay zero, so among themselves those labels rank every
//! text exactly as the base model does, and no label gets a learned bias
//! except a new one (a few corrections do not change the base model's
//! priors). Measured on the 4,924-file held-out set with the default model
//! (docs/lsp.md): training every row after five corrections of a new DSL
//! label moved 58 base predictions between base labels (-0.51 points);
//! with this restriction none moved (-0.00 points, and none went to the new
//! label either).

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

    // Which rows learn: the labels corrections name. Which biases: only new
    // labels' (a base label's prior is the base model's).
    let mut trainable = vec![false; k];
    for e in examples {
        if let Target::Label(l) = e.target {
            if let Some(t) = trainable.get_mut(l) {
                *t = true;
            }
        }
    }
    let learns_bias = |j: usize| trainable[j] && j >= base_labels;
    let rows: Vec<usize> = (0..k).filter(|&j| trainable[j]).collect();

    let mut w = vec![0f32; k * a];
    let mut b = vec![0f32; k];
    if let Some(init) = init.filter(|h| h.is_consistent()) {
        warm_start(init, &labels, &columns, &mut w, &mut b);
        // What an earlier head learned for labels no correction names any
        // more (or base biases) goes back to the base model.
        for j in 0..k {
            if !trainable[j] {
                w[j * a..(j + 1) * a].iter_mut().for_each(|v| *v = 0.0);
            }
            if !learns_bias(j) {
                b[j] = 0.0;
            }
        }
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
            // Frozen rows are zero: their logit is the prior.
            let mut logits = pri.clone();
            for &j in &rows {
                logits[j] += b[j] + x.iter().map(|(c, v)| w[j * a + c] * v).sum::<f32>();
            }
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
            for &j in &rows {
                let g = (p[j] - target[j]) * weight;
                if learns_bias(j) {
                    gb[j] += g;
                }
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
    fn only_the_rows_corrections_name_learn() {
        // Three base labels, one new; corrections name the new label and
        // base label 1, never 0 or 2.
        let labels: Vec<String> = ["a", "b", "c", "new"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let base = vec![0.5, 0.3, 0.2];
        let mut examples = Vec::new();
        for i in 0..4 {
            examples.push(Example {
                x: extract(&format!("stage s{i} <- source://x{i} @every {i}m\n")),
                base: base.clone(),
                target: Target::Label(3),
            });
        }
        examples.push(Example {
            x: extract("let b = quux(b);\n"),
            base: base.clone(),
            target: Target::Label(1),
        });
        examples.push(Example {
            x: extract("plain anchor text here\n"),
            base: base.clone(),
            target: Target::Soft(base.clone()),
        });
        // A warm start from a head that had learned something for label 0.
        let mut stale = Head {
            base_fingerprint: "fp".into(),
            labels: labels.clone(),
            base_labels: 3,
            columns: vec![],
            weights: vec![],
            bias: vec![1.0, 1.0, 1.0, 1.0],
            trained_on: 1,
        };
        stale.columns = {
            let mut c = examples[0].x.idx.clone();
            c.sort_unstable();
            c.dedup();
            c
        };
        stale.weights = vec![0.5; labels.len() * stale.columns.len()];
        let cancel = AtomicBool::new(false);
        let head = train(
            TrainInput {
                base_fingerprint: "fp",
                labels,
                base_labels: 3,
                examples: &examples,
                init: Some(&stale),
                config: TrainConfig::INCREMENTAL,
                cancel: &cancel,
            },
            &mut |_, _| {},
        )
        .unwrap();
        let a = head.columns.len();
        let row = |j: usize| &head.weights[j * a..(j + 1) * a];
        assert!(row(0).iter().chain(row(2)).all(|w| *w == 0.0));
        assert!(row(1).iter().any(|w| *w != 0.0) && row(3).iter().any(|w| *w != 0.0));
        // No base label keeps a bias; the new one learns one.
        assert_eq!(&head.bias[..3], &[0.0, 0.0, 0.0]);
        // So on any text, labels 0 and 2 keep the base model's ratio.
        let p = head.probabilities(&base, &extract("something else entirely\n"));
        assert!((p[0] / p[2] - 0.5 / 0.2).abs() < 1e-4, "{p:?}");
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
