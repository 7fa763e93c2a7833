//! Classification metrics (sklearn's definitions) and the training history.

mod confusions;

pub use confusions::{Confusion, PairStats, HARD_PAIRS};

use serde::{Deserialize, Serialize};

/// One row of sklearn's `classification_report`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LabelMetrics {
    pub label: String,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub support: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClassificationReport {
    pub labels: Vec<String>,
    pub per_label: Vec<LabelMetrics>,
    pub accuracy: f64,
    pub macro_precision: f64,
    pub macro_recall: f64,
    pub macro_f1: f64,
    pub weighted_f1: f64,
    pub total: usize,
    /// `confusion[true][predicted]`.
    pub confusion: Vec<Vec<usize>>,
}

impl ClassificationReport {
    /// Metrics for class indices `truth` vs `predicted` over `labels`.
    /// Undefined ratios (no predictions or no support) count as 0, as
    /// sklearn's `zero_division=0`.
    pub fn new(labels: &[String], truth: &[usize], predicted: &[usize]) -> Self {
        let n = labels.len();
        let mut confusion = vec![vec![0usize; n]; n];
        for (&t, &p) in truth.iter().zip(predicted) {
            if t < n && p < n {
                confusion[t][p] += 1;
            }
        }
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let per_label: Vec<LabelMetrics> = (0..n)
            .map(|i| {
                let tp = confusion[i][i];
                let support: usize = confusion[i].iter().sum();
                let predicted: usize = confusion.iter().map(|row| row[i]).sum();
                let precision = ratio(tp, predicted);
                let recall = ratio(tp, support);
                let f1 = if precision + recall == 0.0 {
                    0.0
                } else {
                    2.0 * precision * recall / (precision + recall)
                };
                LabelMetrics {
                    label: labels[i].clone(),
                    precision,
                    recall,
                    f1,
                    support,
                }
            })
            .collect();
        let total = truth.len().min(predicted.len());
        let correct = (0..n).map(|i| confusion[i][i]).sum();
        let mean = |f: fn(&LabelMetrics) -> f64| {
            if n == 0 {
                0.0
            } else {
                per_label.iter().map(f).sum::<f64>() / n as f64
            }
        };
        let weighted_f1 = if total == 0 {
            0.0
        } else {
            per_label
                .iter()
                .map(|m| m.f1 * m.support as f64)
                .sum::<f64>()
                / total as f64
        };
        Self {
            labels: labels.to_vec(),
            accuracy: ratio(correct, total),
            macro_precision: mean(|m| m.precision),
            macro_recall: mean(|m| m.recall),
            macro_f1: mean(|m| m.f1),
            weighted_f1,
            total,
            per_label,
            confusion,
        }
    }

    /// The text sklearn's `classification_report(digits=4)` prints, followed
    /// by the confusion matrix.
    pub fn to_text(&self) -> String {
        let width = self
            .labels
            .iter()
            .map(String::len)
            .chain(["weighted avg".len()])
            .max()
            .unwrap_or(12);
        let mut out = format!(
            "{:>width$} {:>10} {:>10} {:>10} {:>10}\n\n",
            "", "precision", "recall", "f1-score", "support"
        );
        for m in &self.per_label {
            out += &format!(
                "{:>width$} {:>10.4} {:>10.4} {:>10.4} {:>10}\n",
                m.label, m.precision, m.recall, m.f1, m.support
            );
        }
        let weighted = |f: fn(&LabelMetrics) -> f64| {
            if self.total == 0 {
                0.0
            } else {
                self.per_label
                    .iter()
                    .map(|m| f(m) * m.support as f64)
                    .sum::<f64>()
                    / self.total as f64
            }
        };
        out += "\n";
        out += &format!(
            "{:>width$} {:>10} {:>10} {:>10.4} {:>10}\n",
            "accuracy", "", "", self.accuracy, self.total
        );
        out += &format!(
            "{:>width$} {:>10.4} {:>10.4} {:>10.4} {:>10}\n",
            "macro avg", self.macro_precision, self.macro_recall, self.macro_f1, self.total
        );
        out += &format!(
            "{:>width$} {:>10.4} {:>10.4} {:>10.4} {:>10}\n",
            "weighted avg",
            weighted(|m| m.precision),
            weighted(|m| m.recall),
            self.weighted_f1,
            self.total
        );
        out += "\nconfusion matrix (rows: true, columns: predicted)\n";
        let cell = self
            .confusion
            .iter()
            .flatten()
            .map(|c| c.to_string().len())
            .chain(self.labels.iter().map(|l| l.len().min(8)))
            .max()
            .unwrap_or(1);
        out += &format!("{:>width$}", "");
        for l in &self.labels {
            let short: String = l.chars().take(8).collect();
            out += &format!(" {short:>cell$}");
        }
        out += "\n";
        for (l, row) in self.labels.iter().zip(&self.confusion) {
            out += &format!("{l:>width$}");
            for c in row {
                out += &format!(" {c:>cell$}");
            }
            out += "\n";
        }
        out
    }
}

/// What one epoch did; the `history` of metrics.json.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EpochRecord {
    /// 1-based.
    pub epoch: usize,
    pub train_loss: f64,
    pub train_accuracy: f64,
    pub val_loss: Option<f64>,
    pub val_accuracy: Option<f64>,
    pub val_macro_f1: Option<f64>,
    /// Learning rate of the epoch's last update.
    pub learning_rate: f64,
    pub seconds: f64,
    pub train_samples_per_second: f64,
}

/// Mean cross-entropy of `logits` rows against `truth` at `temperature`.
pub fn nll(logits: &[Vec<f32>], truth: &[usize], temperature: f64) -> f64 {
    if logits.is_empty() {
        return 0.0;
    }
    let t = temperature.max(1e-6);
    let total: f64 = logits
        .iter()
        .zip(truth)
        .map(|(row, &y)| {
            let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max) as f64;
            let lse = row
                .iter()
                .map(|&l| ((l as f64 - max) / t).exp())
                .sum::<f64>()
                .ln();
            lse - (row[y] as f64 - max) / t
        })
        .sum();
    total / logits.len() as f64
}

/// The softmax temperature minimising validation NLL: golden-section search
/// over `ln T` in `[ln 0.05, ln 20]` (NLL is unimodal in T for fixed logits
/// in practice, and a 1-D search needs no gradient code).
pub fn fit_temperature(logits: &[Vec<f32>], truth: &[usize]) -> f64 {
    if logits.is_empty() {
        return 1.0;
    }
    let f = |log_t: f64| nll(logits, truth, log_t.exp());
    let (mut a, mut b) = (0.05f64.ln(), 20f64.ln());
    let phi = (5f64.sqrt() - 1.0) / 2.0;
    let mut c = b - phi * (b - a);
    let mut d = a + phi * (b - a);
    let (mut fc, mut fd) = (f(c), f(d));
    for _ in 0..80 {
        if fc < fd {
            b = d;
            d = c;
            fd = fc;
            c = b - phi * (b - a);
            fc = f(c);
        } else {
            a = c;
            c = d;
            fc = fd;
            d = a + phi * (b - a);
            fd = f(d);
        }
    }
    ((a + b) / 2.0).exp()
}

/// Softmax in f64 of a row of logits.
pub fn softmax64(row: &[f32]) -> Vec<f64> {
    let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max) as f64;
    let e: Vec<f64> = row.iter().map(|&v| (v as f64 - max).exp()).collect();
    let s: f64 = e.iter().sum();
    e.into_iter().map(|v| v / s).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn matches_hand_computed_sklearn_numbers() {
        // y_true = [0,0,1,1,2], y_pred = [0,1,1,1,0]
        let r = ClassificationReport::new(
            &labels(&["a", "b", "c"]),
            &[0, 0, 1, 1, 2],
            &[0, 1, 1, 1, 0],
        );
        assert_eq!(
            r.confusion,
            vec![vec![1, 1, 0], vec![0, 2, 0], vec![1, 0, 0]]
        );
        assert!((r.accuracy - 0.6).abs() < 1e-12);
        let a = &r.per_label[0];
        assert!((a.precision - 0.5).abs() < 1e-12 && (a.recall - 0.5).abs() < 1e-12);
        let b = &r.per_label[1];
        assert!((b.precision - 2.0 / 3.0).abs() < 1e-12 && b.recall == 1.0);
        assert!((b.f1 - 0.8).abs() < 1e-12);
        assert_eq!((r.per_label[2].f1, r.per_label[2].support), (0.0, 1));
        assert!((r.macro_f1 - (0.5 + 0.8 + 0.0) / 3.0).abs() < 1e-12);
        assert!((r.weighted_f1 - (0.5 * 2.0 + 0.8 * 2.0) / 5.0).abs() < 1e-12);
        let text = r.to_text();
        assert!(
            text.contains("macro avg") && text.contains("0.8000"),
            "{text}"
        );
    }

    #[test]
    fn temperature_fit_recovers_a_known_scale() {
        // Labels drawn so that softmax(z) is calibrated; the logits handed
        // in are 3z, so the best temperature is 3.
        let mut logits = Vec::new();
        let mut truth = Vec::new();
        for i in 0..300 {
            let z = [(i % 7) as f32 * 0.3, 0.5, -0.2];
            let p: Vec<f64> = crate::metrics::softmax64(&z);
            // Deterministic "sampling": spread counts by the probabilities.
            let u = ((i * 7919) % 1000) as f64 / 1000.0;
            let y = if u < p[0] {
                0
            } else if u < p[0] + p[1] {
                1
            } else {
                2
            };
            logits.push(z.iter().map(|v| v * 3.0).collect());
            truth.push(y);
        }
        let t = fit_temperature(&logits, &truth);
        assert!((t - 3.0).abs() < 0.6, "fitted {t}");
        assert!(nll(&logits, &truth, t) <= nll(&logits, &truth, 1.0));
    }
}
