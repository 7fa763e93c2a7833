//! Building blocks of the encoder, written only from candle ops that have a
//! backward pass (candle's fused softmax and LayerNorm kernels do not).

use candle_core::{DType, Tensor, D};
use candle_nn::{Init, VarBuilder};

use super::{autocast, fused};
use crate::error::Result;

/// `y = x W^T + b` with HF's `[out, in]` weight layout.
#[derive(Debug, Clone)]
pub struct Linear {
    pub weight: Tensor,
    pub bias: Tensor,
}

impl Linear {
    pub fn new(vb: &VarBuilder, in_dim: usize, out_dim: usize) -> Result<Self> {
        Ok(Self {
            weight: vb.get_with_hints((out_dim, in_dim), "weight", Init::Const(0.))?,
            bias: vb.get_with_hints(out_dim, "bias", Init::Const(0.))?,
        })
    }

    pub fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        if fused::enabled(xs) {
            return Ok(fused::linear(xs, &self.weight, &self.bias)?);
        }
        // One 2-D GEMM over all tokens is faster than a batched matmul
        // against a broadcast weight.
        let dims = xs.dims();
        let in_dim = dims[dims.len() - 1];
        let rows = xs.elem_count() / in_dim.max(1);
        let flat = xs.reshape((rows, in_dim))?;
        let ys = autocast::matmul(&flat, &self.weight.t()?)?.broadcast_add(&self.bias)?;
        let mut out_dims = dims.to_vec();
        let last = out_dims.len() - 1;
        out_dims[last] = self.bias.dim(0)?;
        Ok(ys.reshape(out_dims)?)
    }

    /// `gelu(forward(xs))`, one fused op on the CPU.
    pub fn forward_gelu(&self, xs: &Tensor) -> Result<Tensor> {
        if fused::enabled(xs) {
            return Ok(fused::linear_gelu(xs, &self.weight, &self.bias)?);
        }
        gelu(&self.forward(xs)?)
    }
}

#[derive(Debug, Clone)]
pub struct LayerNorm {
    pub weight: Tensor,
    pub bias: Tensor,
    pub eps: f64,
}

impl LayerNorm {
    pub fn new(vb: &VarBuilder, dim: usize, eps: f64) -> Result<Self> {
        Ok(Self {
            weight: vb.get_with_hints(dim, "weight", Init::Const(1.))?,
            bias: vb.get_with_hints(dim, "bias", Init::Const(0.))?,
            eps,
        })
    }

    pub fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        if fused::enabled(xs) {
            return Ok(fused::layer_norm(xs, &self.weight, &self.bias, self.eps)?);
        }
        self.forward_reference(xs)
    }

    /// `forward(dropout(xs, p) + residual)`, one fused op on the CPU.
    pub fn forward_residual(
        &self,
        xs: &Tensor,
        residual: &Tensor,
        p: f64,
        train: bool,
    ) -> Result<Tensor> {
        if fused::enabled(xs) {
            let p = if train { p.max(0.0) } else { 0.0 };
            return Ok(fused::residual_layer_norm(
                xs,
                residual,
                &self.weight,
                &self.bias,
                self.eps,
                p,
            )?);
        }
        self.forward(&(dropout(xs, p, train)? + residual)?)
    }

    /// The same LayerNorm from candle's primitive ops (any device).
    pub fn forward_reference(&self, xs: &Tensor) -> Result<Tensor> {
        let mean = xs.mean_keepdim(D::Minus1)?;
        let centered = xs.broadcast_sub(&mean)?;
        let var = centered.sqr()?.mean_keepdim(D::Minus1)?;
        let normed = centered.broadcast_div(&(var + self.eps)?.sqrt()?)?;
        Ok(normed
            .broadcast_mul(&self.weight)?
            .broadcast_add(&self.bias)?)
    }
}

/// Softmax over the last axis. The max is detached: subtracting it only
/// keeps `exp` finite and does not change the result, so it needs no gradient.
pub fn softmax_last_dim(xs: &Tensor) -> Result<Tensor> {
    let max = xs.max_keepdim(D::Minus1)?.detach();
    let exp = xs.broadcast_sub(&max)?.exp()?;
    let sum = exp.sum_keepdim(D::Minus1)?;
    Ok(exp.broadcast_div(&sum)?)
}

/// `dropout(softmax(scores + bias), p)` over the last axis: attention
/// probabilities from `[batch, heads, q, k]` scores and a `[batch, 1, 1, k]`
/// additive mask. On the CPU the model takes `fused::qkv_attention` instead.
pub fn attention_probs(scores: &Tensor, bias: &Tensor, p: f64, train: bool) -> Result<Tensor> {
    dropout(&softmax_last_dim(&scores.broadcast_add(bias)?)?, p, train)
}

/// HF's `"gelu"`: the exact erf form, not the tanh approximation.
pub fn gelu(xs: &Tensor) -> Result<Tensor> {
    if fused::enabled(xs) {
        return Ok(fused::gelu(xs)?);
    }
    Ok(xs.gelu_erf()?)
}

pub fn dropout(xs: &Tensor, p: f64, train: bool) -> Result<Tensor> {
    if !train || p <= 0.0 {
        return Ok(xs.clone());
    }
    if fused::enabled(xs) {
        return Ok(fused::dropout(xs, p)?);
    }
    Ok(candle_nn::ops::dropout(xs, p as f32)?)
}

/// Turns a `[batch, seq]` 0/1 mask of any dtype into f32.
pub fn mask_to_f32(mask: &Tensor) -> Result<Tensor> {
    Ok(if mask.dtype() == DType::F32 {
        mask.clone()
    } else {
        mask.to_dtype(DType::F32)?
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::{Device, Var};

    fn close(a: &[f32], b: &[f32], tol: f32) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| (x - y).abs() <= tol)
    }

    #[test]
    fn softmax_matches_the_definition_and_has_gradients() {
        let x = Var::new(&[[1f32, 2., 3.], [0., 0., -1e4]], &Device::Cpu).unwrap();
        let y = softmax_last_dim(x.as_tensor()).unwrap();
        let rows = y.to_vec2::<f32>().unwrap();
        let e = [1f32.exp(), 2f32.exp(), 3f32.exp()];
        let s: f32 = e.iter().sum();
        assert!(close(&rows[0], &[e[0] / s, e[1] / s, e[2] / s], 1e-6));
        assert!(close(&rows[1], &[0.5, 0.5, 0.0], 1e-6));
        let target = Tensor::new(&[[0f32, 0., 1.], [1., 0., 0.]], &Device::Cpu).unwrap();
        let loss = (y * target).unwrap().sum_all().unwrap();
        let grads = loss.backward().unwrap();
        let g = grads.get(x.as_tensor()).unwrap().to_vec2::<f32>().unwrap();
        // d softmax_k / d x_j = s_k (delta_kj - s_j)
        let p: Vec<f32> = e.iter().map(|v| v / s).collect();
        let expected: Vec<f32> = (0..3)
            .map(|j| p[2] * (if j == 2 { 1.0 } else { 0.0 } - p[j]))
            .collect();
        assert!(close(&g[0], &expected, 1e-6), "{:?} vs {expected:?}", g[0]);
    }

    #[test]
    fn layer_norm_normalises_the_last_axis() {
        let dev = Device::Cpu;
        let ln = LayerNorm {
            weight: Tensor::new(&[1f32, 1., 1., 1.], &dev).unwrap(),
            bias: Tensor::new(&[0f32, 0., 0., 1.], &dev).unwrap(),
            eps: 0.0,
        };
        let x = Tensor::new(&[[1f32, 2., 3., 4.]], &dev).unwrap();
        let y = ln.forward(&x).unwrap().to_vec2::<f32>().unwrap();
        let sd = 1.25f32.sqrt();
        let expected = [-1.5 / sd, -0.5 / sd, 0.5 / sd, 1.5 / sd + 1.0];
        assert!(close(&y[0], &expected, 1e-5), "{:?}", y[0]);
    }

    #[test]
    fn gelu_and_layer_norm_gradients_match_finite_differences() {
        let dev = Device::Cpu;
        let ln = LayerNorm {
            weight: Tensor::new(&[0.5f32, 2.0, -1.0], &dev).unwrap(),
            bias: Tensor::new(&[0.1f32, 0.0, 0.3], &dev).unwrap(),
            eps: 1e-5,
        };
        let weights = Tensor::new(&[[0.3f32, -1.2, 0.7]], &dev).unwrap();
        let loss = |x: &Tensor| -> Tensor {
            let y = gelu(&ln.forward(x).unwrap()).unwrap();
            (y * &weights).unwrap().sum_all().unwrap()
        };
        let point = [0.4f32, -0.9, 1.3];
        let x = Var::new(&[point], &dev).unwrap();
        let analytic = loss(x.as_tensor()).backward().unwrap();
        let analytic = analytic
            .get(x.as_tensor())
            .unwrap()
            .to_vec2::<f32>()
            .unwrap();
        for i in 0..3 {
            let h = 1e-2f32;
            let mut up = point;
            up[i] += h;
            let mut down = point;
            down[i] -= h;
            let at = |p: [f32; 3]| {
                loss(&Tensor::new(&[p], &dev).unwrap())
                    .to_scalar::<f32>()
                    .unwrap()
            };
            let numeric = (at(up) - at(down)) / (2.0 * h);
            assert!(
                (numeric - analytic[0][i]).abs() < 2e-3,
                "d/dx{i}: numeric {numeric}, backward {}",
                analytic[0][i]
            );
        }
    }

    #[test]
    fn gelu_is_the_erf_form() {
        let x = Tensor::new(&[-1f32, 0.5, 2.0], &Device::Cpu).unwrap();
        let y = gelu(&x).unwrap().to_vec1::<f32>().unwrap();
        // 0.5 x (1 + erf(x / sqrt 2)), erf values from tables.
        let expected = [
            -0.5 * (1.0 - 0.682_689_5),
            0.5 * 0.5 * (1.0 + 0.382_924_9),
            0.5 * 2.0 * (1.0 + 0.954_499_7),
        ];
        assert!(close(&y, &expected, 1e-5), "{y:?}");
    }
}
