//! Mixed precision for matrix products, as PyTorch's `autocast` does it:
//! while a [`Guard`] is alive on this thread, the encoder's matrix products
//! take bf16 inputs and give f32 results; weights, gradients, optimizer state,
//! LayerNorm, softmax and the loss stay f32. bf16 keeps f32's exponent range,
//! so no loss scaling is needed (the original script's fp16 needs its
//! `GradScaler`).

use std::cell::Cell;

use candle_core::{DType, Tensor};

use crate::error::Result;

thread_local! {
    static MATMUL_DTYPE: Cell<Option<DType>> = const { Cell::new(None) };
}

/// Restores the previous setting when dropped.
#[must_use = "autocast ends when the guard is dropped"]
pub struct Guard {
    previous: Option<DType>,
}

impl Drop for Guard {
    fn drop(&mut self) {
        MATMUL_DTYPE.with(|c| c.set(self.previous));
    }
}

/// Runs this thread's matrix products in `dtype` (None: as the inputs are).
pub fn enter(dtype: Option<DType>) -> Guard {
    Guard {
        previous: MATMUL_DTYPE.with(|c| c.replace(dtype)),
    }
}

/// The dtype matrix products run in on this thread, if autocast is on.
pub fn matmul_dtype() -> Option<DType> {
    MATMUL_DTYPE.with(Cell::get)
}

/// `a.matmul(b)`, in the autocast dtype when one is set; the result has
/// `a`'s dtype. Gradients flow back through the casts to the f32 inputs.
pub fn matmul(a: &Tensor, b: &Tensor) -> Result<Tensor> {
    match matmul_dtype() {
        Some(dt) if dt != a.dtype() => Ok(a
            .to_dtype(dt)?
            .matmul(&b.to_dtype(dt)?)?
            .to_dtype(a.dtype())?),
        _ => Ok(a.matmul(b)?),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::{Device, Var};

    #[test]
    fn guard_scopes_the_setting_and_gradients_reach_f32_weights() {
        assert_eq!(matmul_dtype(), None);
        let a = Var::from_vec(vec![1f32, 2., 3., 4.], (2, 2), &Device::Cpu).unwrap();
        let b = Tensor::new(&[[0.5f32, -1.], [2., 0.25]], &Device::Cpu).unwrap();
        let exact = a.as_tensor().matmul(&b).unwrap();
        {
            let _g = enter(Some(DType::BF16));
            assert_eq!(matmul_dtype(), Some(DType::BF16));
            {
                let _inner = enter(None);
                assert_eq!(matmul_dtype(), None);
            }
            assert_eq!(matmul_dtype(), Some(DType::BF16));
            let mixed = matmul(a.as_tensor(), &b).unwrap();
            assert_eq!(mixed.dtype(), DType::F32);
            // These values are exact in bf16.
            assert_eq!(
                mixed.to_vec2::<f32>().unwrap(),
                exact.to_vec2::<f32>().unwrap()
            );
            let grads = mixed.sum_all().unwrap().backward().unwrap();
            let g = grads.get(a.as_tensor()).unwrap();
            assert_eq!(g.dtype(), DType::F32);
            assert_eq!(
                g.to_vec2::<f32>().unwrap(),
                vec![vec![-0.5f32, 2.25], vec![-0.5, 2.25]]
            );
        }
        assert_eq!(matmul_dtype(), None);
    }

    #[test]
    fn bf16_rounding_is_visible_on_inexact_values() {
        let a = Tensor::new(&[[1.0f32 + 1.0 / 512.0]], &Device::Cpu).unwrap();
        let b = Tensor::new(&[[1.0f32]], &Device::Cpu).unwrap();
        let _g = enter(Some(DType::BF16));
        let y = matmul(&a, &b).unwrap().to_vec2::<f32>().unwrap()[0][0];
        assert_eq!(y, 1.0, "bf16 has 8 mantissa bits: 1 + 2^-9 rounds to 1");
    }
}
