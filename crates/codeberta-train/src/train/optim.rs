//! AdamW, the learning-rate schedule and gradient clipping, written out so
//! their formulas are testable and their state can be saved for resume.
//!
//! candle-nn's `AdamW` applies one weight decay to every var it holds and
//! keeps its moments private; PyTorch recipes (and the original script) use
//! two parameter groups, decaying weights but not biases or LayerNorm
//! scales, and resuming needs the moments. Hence our own.

use std::collections::HashMap;
use std::path::Path;

use candle_core::{Tensor, Var};

use crate::error::{Result, TrainError};

/// Whether `name` (an HF tensor name) gets weight decay: not biases, not
/// LayerNorm weights, as in the usual `no_decay = ["bias", "LayerNorm.weight"]`.
pub fn decays(name: &str) -> bool {
    !(name.ends_with(".bias") || name.contains("LayerNorm."))
}

/// `lr(step) / base_lr` of Hugging Face's `get_linear_schedule_with_warmup`:
/// `step / warmup` during warmup, then linear decay to 0 at `total`. `step`
/// counts optimizer steps from 0, so as in HF the first update of a run with
/// warmup uses a learning rate of 0.
pub fn lr_factor(step: usize, warmup: usize, total: usize) -> f64 {
    if step < warmup {
        return step as f64 / warmup.max(1) as f64;
    }
    let remaining = total.saturating_sub(step) as f64;
    (remaining / total.saturating_sub(warmup).max(1) as f64).max(0.0)
}

/// Warmup steps for `ratio` of `total`, rounded down like `int(total * ratio)`.
pub fn warmup_steps(total: usize, ratio: f64) -> usize {
    (total as f64 * ratio.max(0.0)).floor() as usize
}

/// The factor `clip_grad_norm_` multiplies every gradient by: `max_norm /
/// (norm + 1e-6)` when that is below 1, else 1. `max_norm <= 0` disables it.
pub fn clip_factor(total_norm: f64, max_norm: f64) -> f64 {
    if max_norm <= 0.0 || !total_norm.is_finite() {
        return 1.0;
    }
    (max_norm / (total_norm + 1e-6)).min(1.0)
}

/// L2 norm over all tensors together.
pub fn global_norm(grads: &[Tensor]) -> Result<f64> {
    let mut sum = 0f64;
    for g in grads {
        sum += g.sqr()?.sum_all()?.to_scalar::<f32>()? as f64;
    }
    Ok(sum.sqrt())
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AdamWParams {
    pub beta1: f64,
    pub beta2: f64,
    pub eps: f64,
    pub weight_decay: f64,
}

impl Default for AdamWParams {
    /// PyTorch's `torch.optim.AdamW` defaults, with the original's decay.
    fn default() -> Self {
        Self {
            beta1: 0.9,
            beta2: 0.999,
            eps: 1e-8,
            weight_decay: 0.01,
        }
    }
}

struct Slot {
    name: String,
    var: Var,
    decay: bool,
    m: Tensor,
    v: Tensor,
}

/// PyTorch's AdamW (decoupled decay, bias-corrected moments) over named vars.
pub struct AdamW {
    params: AdamWParams,
    slots: Vec<Slot>,
    /// Updates done so far.
    step: usize,
}

impl AdamW {
    pub fn new(vars: Vec<(String, Var)>, params: AdamWParams) -> Result<Self> {
        let slots = vars
            .into_iter()
            .map(|(name, var)| {
                let zeros = var.as_tensor().zeros_like()?;
                Ok(Slot {
                    decay: decays(&name),
                    name,
                    m: zeros.clone(),
                    v: zeros,
                    var,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Self {
            params,
            slots,
            step: 0,
        })
    }

    pub fn step_count(&self) -> usize {
        self.step
    }

    pub fn vars(&self) -> impl Iterator<Item = (&str, &Var)> {
        self.slots.iter().map(|s| (s.name.as_str(), &s.var))
    }

    /// One update with `grads[i]` for the i-th var, each already scaled
    /// (accumulation, clipping) as wanted.
    pub fn step(&mut self, grads: &[Tensor], lr: f64) -> Result<()> {
        if grads.len() != self.slots.len() {
            return Err(TrainError::Config(format!(
                "{} gradients for {} parameters",
                grads.len(),
                self.slots.len()
            )));
        }
        self.step += 1;
        let p = self.params;
        let t = self.step as i32;
        let bc1 = 1.0 - p.beta1.powi(t);
        let bc2 = 1.0 - p.beta2.powi(t);
        for (slot, g) in self.slots.iter_mut().zip(grads) {
            let mut theta = slot.var.as_tensor().clone();
            if slot.decay && p.weight_decay != 0.0 {
                theta = theta.affine(1.0 - lr * p.weight_decay, 0.0)?;
            }
            slot.m = ((&slot.m * p.beta1)? + (g * (1.0 - p.beta1))?)?;
            slot.v = ((&slot.v * p.beta2)? + (g.sqr()? * (1.0 - p.beta2))?)?;
            let denom = ((slot.v.sqrt()? / bc2.sqrt())? + p.eps)?;
            let update = ((&slot.m / &denom)? * (lr / bc1))?;
            slot.var.set(&(theta - update)?)?;
        }
        Ok(())
    }

    /// Moments as `m.<name>` / `v.<name>` tensors, for a checkpoint.
    pub fn save(&self, path: &Path) -> Result<()> {
        let mut tensors = HashMap::new();
        for s in &self.slots {
            tensors.insert(format!("m.{}", s.name), s.m.clone());
            tensors.insert(format!("v.{}", s.name), s.v.clone());
        }
        candle_core::safetensors::save(&tensors, path).map_err(|e| TrainError::Checkpoint {
            path: path.to_path_buf(),
            reason: format!("cannot write optimizer state: {e}"),
        })
    }

    /// Restores moments written by [`Self::save`] and the step count.
    pub fn load(&mut self, path: &Path, step: usize) -> Result<()> {
        let fail = |reason: String| TrainError::Checkpoint {
            path: path.to_path_buf(),
            reason,
        };
        let device = self
            .slots
            .first()
            .map(|s| s.var.device().clone())
            .unwrap_or(candle_core::Device::Cpu);
        let mut tensors =
            candle_core::safetensors::load(path, &device).map_err(|e| fail(e.to_string()))?;
        for s in &mut self.slots {
            let mut take = |key: String| {
                tensors
                    .remove(&key)
                    .filter(|t| t.dims() == s.var.dims())
                    .ok_or_else(|| fail(format!("{key} missing or of the wrong shape")))
            };
            s.m = take(format!("m.{}", s.name))?;
            s.v = take(format!("v.{}", s.name))?;
        }
        self.step = step;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::Device;

    #[test]
    fn schedule_warms_up_then_decays_linearly() {
        let (warmup, total) = (10, 110);
        assert_eq!(lr_factor(0, warmup, total), 0.0);
        assert!((lr_factor(5, warmup, total) - 0.5).abs() < 1e-12);
        assert_eq!(lr_factor(10, warmup, total), 1.0);
        assert!((lr_factor(60, warmup, total) - 0.5).abs() < 1e-12);
        assert_eq!(lr_factor(110, warmup, total), 0.0);
        assert_eq!(lr_factor(500, warmup, total), 0.0);
        // No warmup: full rate at once.
        assert_eq!(lr_factor(0, 0, 4), 1.0);
        assert_eq!(warmup_steps(95, 0.1), 9);
    }

    #[test]
    fn clipping_scales_to_the_max_norm_only_when_above() {
        assert_eq!(clip_factor(0.5, 1.0), 1.0);
        let f = clip_factor(4.0, 1.0);
        assert!((f * 4.0 - 1.0).abs() < 1e-6);
        assert_eq!(clip_factor(4.0, 0.0), 1.0);
        let g = [
            Tensor::new(&[3f32, 0.0], &Device::Cpu).unwrap(),
            Tensor::new(&[[4f32]], &Device::Cpu).unwrap(),
        ];
        assert!((global_norm(&g).unwrap() - 5.0).abs() < 1e-6);
    }

    #[test]
    fn decay_groups_exclude_biases_and_layer_norms() {
        assert!(decays(
            "roberta.encoder.layer.0.attention.self.query.weight"
        ));
        assert!(decays("roberta.embeddings.word_embeddings.weight"));
        assert!(!decays("roberta.encoder.layer.0.attention.self.query.bias"));
        assert!(!decays("roberta.embeddings.LayerNorm.weight"));
        assert!(!decays("roberta.encoder.layer.1.output.LayerNorm.bias"));
    }

    #[test]
    fn adamw_matches_the_pytorch_formula() {
        let dev = Device::Cpu;
        let w = Var::new(&[1.0f32, -2.0], &dev).unwrap();
        let b = Var::new(&[0.5f32], &dev).unwrap();
        let p = AdamWParams {
            weight_decay: 0.1,
            ..AdamWParams::default()
        };
        let mut opt = AdamW::new(
            vec![("l.weight".into(), w.clone()), ("l.bias".into(), b.clone())],
            p,
        )
        .unwrap();
        let lr = 0.01;
        let grads1 = [0.3f64, -0.4];
        let grads2 = [0.1f64, 0.2];
        let gb = [1.0f64, -1.0];
        // Reference, in f64, straight from the torch.optim.AdamW docs.
        let mut theta = [1.0f64, -2.0, 0.5];
        let (mut m, mut v) = ([0f64; 3], [0f64; 3]);
        for (t, (g1, g2)) in grads1.iter().zip(grads2).enumerate() {
            let g = [*g1, g2, gb[t]];
            let t = t as i32 + 1;
            for i in 0..3 {
                if i < 2 {
                    theta[i] *= 1.0 - lr * p.weight_decay;
                }
                m[i] = p.beta1 * m[i] + (1.0 - p.beta1) * g[i];
                v[i] = p.beta2 * v[i] + (1.0 - p.beta2) * g[i] * g[i];
                let mh = m[i] / (1.0 - p.beta1.powi(t));
                let vh = v[i] / (1.0 - p.beta2.powi(t));
                theta[i] -= lr * mh / (vh.sqrt() + p.eps);
            }
            let gw = Tensor::new(&[g[0] as f32, g[1] as f32], &dev).unwrap();
            let gbt = Tensor::new(&[g[2] as f32], &dev).unwrap();
            opt.step(&[gw, gbt], lr).unwrap();
        }
        let got_w = w.as_tensor().to_vec1::<f32>().unwrap();
        let got_b = b.as_tensor().to_vec1::<f32>().unwrap();
        for (got, want) in got_w.iter().chain(&got_b).zip(theta) {
            assert!((*got as f64 - want).abs() < 1e-6, "{got} vs {want}");
        }
        assert_eq!(opt.step_count(), 2);

        // Saved state restores the same next update.
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("opt.safetensors");
        opt.save(&path).unwrap();
        let w2 = Var::new(got_w.as_slice(), &dev).unwrap();
        let b2 = Var::new(got_b.as_slice(), &dev).unwrap();
        let mut restored = AdamW::new(
            vec![
                ("l.weight".into(), w2.clone()),
                ("l.bias".into(), b2.clone()),
            ],
            p,
        )
        .unwrap();
        restored.load(&path, 2).unwrap();
        let g = [
            Tensor::new(&[0.2f32, 0.2], &dev).unwrap(),
            Tensor::new(&[0.3f32], &dev).unwrap(),
        ];
        opt.step(&g, lr).unwrap();
        restored.step(&g, lr).unwrap();
        assert_eq!(
            w.as_tensor().to_vec1::<f32>().unwrap(),
            w2.as_tensor().to_vec1::<f32>().unwrap()
        );
    }
}
