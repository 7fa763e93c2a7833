//! AdamW, the learning-rate schedule and gradient clipping, written out so
//! their formulas are testable and their state can be saved for resume.
//!
//! candle-nn's `AdamW` applies one weight decay to every var it holds and
//! keeps its moments private; PyTorch recipes (and the original script) use
//! two parameter groups, decaying weights but not biases or LayerNorm
//! scales, and resuming needs the moments. Hence our own.

use std::collections::HashMap;
use std::path::Path;

use std::sync::Mutex;

use candle_core::{Tensor, Var};
use rayon::prelude::*;

use crate::error::{Result, TrainError};
use crate::model::fused;

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

/// L2 norm over all tensors together. On the CPU each tensor's sum of
/// squares is one pass, accumulated in f64.
pub fn global_norm(grads: &[Tensor]) -> Result<f64> {
    let squares = |g: &Tensor| -> Result<f64> {
        Ok(if fused::enabled(g) {
            fused::with_f32(g, |data| Ok(sum_of_squares(data)))?
        } else {
            g.sqr()?.sum_all()?.to_scalar::<f32>()? as f64
        })
    };
    // Tensors side by side (most are too small to split), but summed in
    // their order, so the norm does not depend on the thread count.
    let parts: Vec<f64> = if rayon::current_num_threads() > 1 && grads.iter().all(fused::enabled) {
        grads.par_iter().map(squares).collect::<Result<_>>()?
    } else {
        grads.iter().map(squares).collect::<Result<_>>()?
    };
    Ok(parts.iter().fold(0f64, |total, p| total + p).sqrt())
}

fn sum_of_squares(data: &[f32]) -> f64 {
    let part = |chunk: &[f32]| {
        let mut acc = [0f32; 8];
        let lanes = chunk.chunks_exact(8);
        let mut s = lanes
            .remainder()
            .iter()
            .map(|v| (v * v) as f64)
            .sum::<f64>();
        for c in lanes {
            for j in 0..8 {
                acc[j] += c[j] * c[j];
            }
        }
        s += acc.iter().map(|&a| a as f64).sum::<f64>();
        s
    };
    // Both paths add the same chunk sums in the same order.
    const CHUNK: usize = 4096;
    if data.len() >= 1 << 18 && rayon::current_num_threads() > 1 {
        let parts: Vec<f64> = data.par_chunks(CHUNK).map(part).collect();
        parts.iter().sum()
    } else {
        data.chunks(CHUNK).map(part).sum()
    }
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

/// First and second moments of one parameter: plain vectors updated in
/// place on the CPU (one fused pass per step), tensors elsewhere.
enum Moments {
    Host { m: Vec<f32>, v: Vec<f32> },
    Device { m: Tensor, v: Tensor },
}

struct Slot {
    name: String,
    var: Var,
    decay: bool,
    moments: Moments,
}

fn zero_moments(var: &Var) -> Result<Moments> {
    let t = var.as_tensor();
    Ok(if fused::enabled(t) && t.is_contiguous() {
        Moments::Host {
            m: vec![0f32; t.elem_count()],
            v: vec![0f32; t.elem_count()],
        }
    } else {
        let zeros = t.zeros_like()?;
        Moments::Device {
            m: zeros.clone(),
            v: zeros,
        }
    })
}

/// The per-step constants of one AdamW update, in the precision the tensor
/// path computes them (each `Tensor * f64` is an f32 affine `x * a + 0`).
#[derive(Clone, Copy)]
struct StepConsts {
    /// Gradient scale (clipping), when one applies.
    scale: Option<f32>,
    /// `1 - lr * weight_decay`, for decayed parameters.
    decay: Option<f32>,
    beta1: f32,
    one_minus_beta1: f32,
    beta2: f32,
    one_minus_beta2: f32,
    inv_sqrt_bc2: f32,
    eps: f32,
    step_size: f32,
}

impl StepConsts {
    /// One element: updates `m` and `v` and returns the new parameter. The
    /// same operations, in the same order and precision, as the tensor path
    /// in [`AdamW::step_tensors`].
    #[inline(always)]
    fn update(&self, theta: f32, g: f32, m: &mut f32, v: &mut f32) -> f32 {
        let g = match self.scale {
            Some(s) => g * s + 0.0,
            None => g,
        };
        let theta = match self.decay {
            Some(d) => theta * d + 0.0,
            None => theta,
        };
        *m = (*m * self.beta1 + 0.0) + (g * self.one_minus_beta1 + 0.0);
        *v = (*v * self.beta2 + 0.0) + ((g * g) * self.one_minus_beta2 + 0.0);
        let denom = (v.sqrt() * self.inv_sqrt_bc2 + 0.0) * 1.0 + self.eps;
        let update = (*m / denom) * self.step_size + 0.0;
        theta - update
    }
}

/// Matching chunks of parameter, gradient, first and second moment.
type Chunks<'a> = (((&'a mut [f32], &'a [f32]), &'a mut [f32]), &'a mut [f32]);

/// The fused in-place update of one parameter (`theta`) from its gradient.
struct FusedUpdate<'a> {
    consts: StepConsts,
    m: Mutex<&'a mut [f32]>,
    v: Mutex<&'a mut [f32]>,
}

impl candle_core::InplaceOp2 for FusedUpdate<'_> {
    fn name(&self) -> &'static str {
        "codeberta-adamw"
    }

    fn cpu_fwd(
        &self,
        s1: &mut candle_core::CpuStorage,
        l1: &candle_core::Layout,
        s2: &candle_core::CpuStorage,
        l2: &candle_core::Layout,
    ) -> candle_core::Result<()> {
        let (Some((t0, t1)), Some((g0, g1))) = (l1.contiguous_offsets(), l2.contiguous_offsets())
        else {
            candle_core::bail!("adamw: non-contiguous parameter or gradient");
        };
        let theta = match s1 {
            candle_core::CpuStorage::F32(d) => &mut d[t0..t1],
            _ => candle_core::bail!("adamw: parameter is not f32"),
        };
        let g = &s2.as_slice::<f32>()?[g0..g1];
        let (Ok(mut m), Ok(mut v)) = (self.m.lock(), self.v.lock()) else {
            candle_core::bail!("adamw: poisoned moments");
        };
        let (m, v): (&mut [f32], &mut [f32]) = (&mut m, &mut v);
        if g.len() != theta.len() || m.len() != theta.len() || v.len() != theta.len() {
            candle_core::bail!("adamw: gradient or moments of the wrong size");
        }
        let c = self.consts;
        let run = |(((t, g), m), v): Chunks<'_>| {
            for (((t, g), m), v) in t.iter_mut().zip(g).zip(m.iter_mut()).zip(v.iter_mut()) {
                *t = c.update(*t, *g, m, v);
            }
        };
        const CHUNK: usize = 1 << 14;
        if theta.len() >= 1 << 16 && rayon::current_num_threads() > 1 {
            theta
                .par_chunks_mut(CHUNK)
                .zip(g.par_chunks(CHUNK))
                .zip(m.par_chunks_mut(CHUNK))
                .zip(v.par_chunks_mut(CHUNK))
                .for_each(run);
        } else {
            run((((theta, g), m), v));
        }
        Ok(())
    }
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
                Ok(Slot {
                    decay: decays(&name),
                    moments: zero_moments(&var)?,
                    name,
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
        self.step_scaled(grads, None, lr)
    }

    /// [`Self::step`] with every gradient multiplied by `scale` first (the
    /// clipping factor), without materialising the scaled gradients: the
    /// result is the same as `step(&grads.map(|g| g * scale), lr)`.
    pub fn step_scaled(&mut self, grads: &[Tensor], scale: Option<f64>, lr: f64) -> Result<()> {
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
        let update = |slot: &mut Slot, g: &Tensor| -> Result<()> {
            let decay = (slot.decay && p.weight_decay != 0.0).then_some(1.0 - lr * p.weight_decay);
            match &mut slot.moments {
                Moments::Host { m, v } => {
                    let consts = StepConsts {
                        scale: scale.map(|s| s as f32),
                        decay: decay.map(|d| d as f32),
                        beta1: p.beta1 as f32,
                        one_minus_beta1: (1.0 - p.beta1) as f32,
                        beta2: p.beta2 as f32,
                        one_minus_beta2: (1.0 - p.beta2) as f32,
                        inv_sqrt_bc2: (1.0 / bc2.sqrt()) as f32,
                        eps: p.eps as f32,
                        step_size: (lr / bc1) as f32,
                    };
                    let g = g.contiguous()?;
                    slot.var.as_tensor().inplace_op2(
                        &g,
                        &FusedUpdate {
                            consts,
                            m: Mutex::new(m.as_mut_slice()),
                            v: Mutex::new(v.as_mut_slice()),
                        },
                    )?;
                }
                Moments::Device { m, v } => {
                    let g = match scale {
                        Some(s) => (g * s)?,
                        None => g.clone(),
                    };
                    Self::step_tensors(&slot.var, &g, m, v, p, decay, bc1, bc2, lr)?;
                }
            }
            Ok(())
        };
        // Every element's update depends on that element alone, so updating
        // parameters side by side (most are biases and norms, too small to
        // split on their own) gives the same bits as one after another.
        let host = self
            .slots
            .iter()
            .all(|s| matches!(s.moments, Moments::Host { .. }));
        if host && rayon::current_num_threads() > 1 {
            self.slots
                .par_iter_mut()
                .zip(grads.par_iter())
                .try_for_each(|(slot, g)| update(slot, g))?;
        } else {
            for (slot, g) in self.slots.iter_mut().zip(grads) {
                update(slot, g)?;
            }
        }
        Ok(())
    }

    /// The update from tensor ops (any device).
    #[allow(clippy::too_many_arguments)]
    fn step_tensors(
        var: &Var,
        g: &Tensor,
        m: &mut Tensor,
        v: &mut Tensor,
        p: AdamWParams,
        decay: Option<f64>,
        bc1: f64,
        bc2: f64,
        lr: f64,
    ) -> Result<()> {
        let mut theta = var.as_tensor().clone();
        if let Some(d) = decay {
            theta = theta.affine(d, 0.0)?;
        }
        *m = ((&*m * p.beta1)? + (g * (1.0 - p.beta1))?)?;
        *v = ((&*v * p.beta2)? + (g.sqr()? * (1.0 - p.beta2))?)?;
        let denom = ((v.sqrt()? / bc2.sqrt())? + p.eps)?;
        let update = ((&*m / &denom)? * (lr / bc1))?;
        var.set(&(theta - update)?)?;
        Ok(())
    }

    /// Moments as `m.<name>` / `v.<name>` tensors, for a checkpoint.
    pub fn save(&self, path: &Path) -> Result<()> {
        let mut tensors = HashMap::new();
        for s in &self.slots {
            let (m, v) = match &s.moments {
                Moments::Host { m, v } => (
                    Tensor::from_slice(m, s.var.shape(), s.var.device())?,
                    Tensor::from_slice(v, s.var.shape(), s.var.device())?,
                ),
                Moments::Device { m, v } => (m.clone(), v.clone()),
            };
            tensors.insert(format!("m.{}", s.name), m);
            tensors.insert(format!("v.{}", s.name), v);
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
            let m = take(format!("m.{}", s.name))?;
            let v = take(format!("v.{}", s.name))?;
            match &mut s.moments {
                Moments::Host { m: hm, v: hv } => {
                    *hm = m.flatten_all()?.to_vec1::<f32>()?;
                    *hv = v.flatten_all()?.to_vec1::<f32>()?;
                }
                Moments::Device { m: dm, v: dv } => {
                    *dm = m;
                    *dv = v;
                }
            }
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
    fn the_fused_cpu_update_equals_the_tensor_ops_bit_for_bit() {
        let dev = Device::Cpu;
        let init: Vec<f32> = (0..3000)
            .map(|i| ((i * 37 % 101) as f32 - 50.0) * 0.013)
            .collect();
        // Big enough to be split over threads (when there are several).
        let big: Vec<f32> = (0..300 * 300)
            .map(|i| ((i * 53 % 211) as f32 - 105.0) * 0.007)
            .collect();
        let make = || {
            let w = Var::from_vec(init.clone(), (30, 100), &dev).unwrap();
            let b = Var::from_vec(init[..100].to_vec(), 100, &dev).unwrap();
            let e = Var::from_vec(big.clone(), (300, 300), &dev).unwrap();
            let opt = AdamW::new(
                vec![
                    ("l.weight".into(), w.clone()),
                    ("l.bias".into(), b.clone()),
                    ("e.weight".into(), e.clone()),
                ],
                AdamWParams::default(),
            )
            .unwrap();
            (w, b, e, opt)
        };
        let (w1, b1, e1, mut fused) = make();
        let (w2, b2, e2, mut tensors) = make();
        assert!(fused
            .slots
            .iter()
            .all(|s| matches!(s.moments, Moments::Host { .. })));
        for s in &mut tensors.slots {
            let zeros = s.var.as_tensor().zeros_like().unwrap();
            s.moments = Moments::Device {
                m: zeros.clone(),
                v: zeros,
            };
        }
        for step in 0..4 {
            let gw: Vec<f32> = init
                .iter()
                .map(|v| (v * (step as f32 + 1.5)).sin())
                .collect();
            let gw = Tensor::from_vec(gw, (30, 100), &dev).unwrap();
            let gb = Tensor::from_vec(init[200..300].to_vec(), 100, &dev).unwrap();
            let ge: Vec<f32> = big
                .iter()
                .map(|v| (v * (step as f32 + 0.5)).cos())
                .collect();
            let ge = Tensor::from_vec(ge, (300, 300), &dev).unwrap();
            let scale = (step % 2 == 0).then_some(0.37);
            let lr = 1e-3 * (step + 1) as f64;
            fused
                .step_scaled(&[gw.clone(), gb.clone(), ge.clone()], scale, lr)
                .unwrap();
            tensors.step_scaled(&[gw, gb, ge], scale, lr).unwrap();
        }
        let bits = |t: &Tensor| -> Vec<u32> {
            let v = t.flatten_all().unwrap().to_vec1::<f32>().unwrap();
            v.iter().map(|x| x.to_bits()).collect()
        };
        assert_eq!(bits(w1.as_tensor()), bits(w2.as_tensor()));
        assert_eq!(bits(b1.as_tensor()), bits(b2.as_tensor()));
        assert_eq!(bits(e1.as_tensor()), bits(e2.as_tensor()));
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
