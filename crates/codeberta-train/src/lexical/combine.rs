//! Fitting the combination `a * log p_model + b * log p_lexical` on
//! validation data: a small grid, scored by negative log-likelihood so that
//! the combined confidences stay calibrated.

use codeberta_core::lexical::{combine_log_probs, log_softmax};
use codeberta_core::{ExpertLogits, LexicalWeights};
use serde::Serialize;

const MODEL_WEIGHTS: [f32; 9] = [0.0, 0.1, 0.2, 0.3, 0.5, 0.7, 1.0, 1.4, 2.0];
const LEXICAL_WEIGHTS: [f32; 9] = [0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0];

/// One validation file: model logits, lexical logits, true label.
type Pair<'a> = (&'a [f32], &'a [f32], usize);

/// The fitted weights and what each expert scores on the same data.
#[derive(Debug, Clone, Serialize)]
pub struct CombinationFit {
    pub weights: LexicalWeights,
    pub samples: usize,
    pub model_accuracy: f64,
    pub lexical_accuracy: f64,
    pub combined_accuracy: f64,
    pub combined_nll: f64,
}

/// Picks the weights with the lowest mean NLL; `temperature` is the model's own.
pub fn fit_weights(experts: &[ExpertLogits], truth: &[usize], temperature: f32) -> CombinationFit {
    let pairs: Vec<Pair<'_>> = experts
        .iter()
        .zip(truth)
        .filter_map(|(e, &t)| Some((e.model.as_slice(), e.lexical.as_deref()?, t)))
        .collect();
    let score = |a: f32, b: f32| -> (f64, f64) {
        let mut nll = 0f64;
        let mut right = 0usize;
        for (m, l, t) in &pairs {
            let s = log_softmax(&combine_log_probs(m, temperature, l, a, b));
            nll -= f64::from(s[*t].max(-50.0));
            right += usize::from(argmax(&s) == *t);
        }
        let n = pairs.len().max(1) as f64;
        (nll / n, right as f64 / n)
    };
    let mut best = (f64::INFINITY, 0.0, 1.0, 1.0);
    for &a in &MODEL_WEIGHTS {
        for &b in &LEXICAL_WEIGHTS {
            if a == 0.0 && b == 0.0 {
                continue;
            }
            let (nll, acc) = score(a, b);
            if nll < best.0 {
                best = (nll, acc, a, b);
            }
        }
    }
    let n = pairs.len().max(1) as f64;
    let acc_of = |pick: &dyn Fn(&Pair<'_>) -> usize| {
        pairs.iter().filter(|p| pick(p) == p.2).count() as f64 / n
    };
    CombinationFit {
        weights: LexicalWeights {
            model_weight: best.2,
            lexical_weight: best.3,
        },
        samples: pairs.len(),
        model_accuracy: acc_of(&|p| argmax(p.0)),
        lexical_accuracy: acc_of(&|p| argmax(p.1)),
        combined_accuracy: best.1,
        combined_nll: best.0,
    }
}

fn argmax(v: &[f32]) -> usize {
    v.iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map_or(0, |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefers_the_expert_that_is_right() {
        // The model is always wrong, the lexical expert always right.
        let experts: Vec<ExpertLogits> = (0..20)
            .map(|i| {
                let t = i % 2;
                let mut m = vec![0.0; 2];
                m[1 - t] = 3.0;
                let mut l = vec![0.0; 2];
                l[t] = 3.0;
                ExpertLogits {
                    model: m,
                    lexical: Some(l),
                }
            })
            .collect();
        let truth: Vec<usize> = (0..20).map(|i| i % 2).collect();
        let fit = fit_weights(&experts, &truth, 1.0);
        assert_eq!(fit.weights.model_weight, 0.0);
        assert!(fit.weights.lexical_weight > 0.0);
        assert_eq!((fit.model_accuracy, fit.lexical_accuracy), (0.0, 1.0));
        assert_eq!(fit.combined_accuracy, 1.0);
    }
}
