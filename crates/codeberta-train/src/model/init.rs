//! Seeded random initialisation as HF's `RobertaPreTrainedModel._init_weights`.
//! candle's CPU generator cannot be seeded, so the numbers come from `rand`.

use candle_core::Tensor;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::roberta::RobertaClassifier;
use crate::error::Result;

impl RobertaClassifier {
    /// A freshly initialised classifier: normal(0, initializer_range)
    /// weights, zero biases, unit LayerNorm scales, zero padding rows.
    pub fn random(
        config: &super::RobertaConfig,
        device: &candle_core::Device,
        seed: u64,
    ) -> Result<Self> {
        let model = Self::new(config, candle_nn::VarMap::new(), device)?;
        model.init_weights(seed)?;
        Ok(model)
    }

    /// Overwrites every weight; the same seed gives the same weights.
    pub fn init_weights(&self, seed: u64) -> Result<()> {
        let std = self.config().initializer_range;
        let pad = self.config().pad_token_id as usize;
        let mut rng = StdRng::seed_from_u64(seed);
        for (name, var) in self.named_vars() {
            let shape = var.shape().clone();
            let count = shape.elem_count();
            let values: Vec<f32> = if name.ends_with("LayerNorm.weight") {
                vec![1.0; count]
            } else if name.ends_with(".bias") {
                vec![0.0; count]
            } else {
                let mut values: Vec<f32> =
                    (0..count).map(|_| normal(&mut rng) * std as f32).collect();
                // HF zeroes the padding_idx row of both embedding tables.
                let padded_table = name.ends_with("word_embeddings.weight")
                    || name.ends_with("position_embeddings.weight");
                if padded_table {
                    let width = shape.dims()[1];
                    values[pad * width..(pad + 1) * width].fill(0.0);
                }
                values
            };
            var.set(&Tensor::from_vec(values, shape, self.device())?)?;
        }
        Ok(())
    }
}

/// Standard normal sample (Box-Muller), avoiding a rand_distr dependency.
fn normal(rng: &mut StdRng) -> f32 {
    let u1: f64 = 1.0 - rng.random::<f64>();
    let u2: f64 = rng.random::<f64>();
    ((-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()) as f32
}
