//! The exported ONNX graph, run by ONNX Runtime through codeberta-core,
//! must give the candle model's logits.

use candle_core::{Device, Tensor};
use codeberta_core::onnx_session::OnnxClassifier;
use codeberta_train::model::{Preset, RobertaClassifier, RobertaConfig};
use codeberta_train::onnx::export_onnx;
use ndarray::Array2;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

const TOLERANCE: f32 = 1e-4;
const VOCAB: usize = 300;
const PAD: i64 = 1;

/// Rows of `<s> tokens </s>` of random lengths up to `max_len`, padded; the
/// first row always has the full length so every batch has real padding
/// elsewhere once it has two rows.
fn random_batch(rng: &mut StdRng, batch: usize, max_len: usize) -> (Array2<i64>, Array2<i64>) {
    let mut ids = Array2::from_elem((batch, max_len), PAD);
    let mut mask = Array2::zeros((batch, max_len));
    for row in 0..batch {
        let len = if row == 0 {
            max_len
        } else {
            rng.random_range(1..=max_len)
        };
        for col in 0..len {
            ids[[row, col]] = match col {
                0 => 0,
                c if c == len - 1 && len > 1 => 2,
                _ => rng.random_range(5..VOCAB as i64),
            };
            mask[[row, col]] = 1;
        }
    }
    (ids, mask)
}

fn to_tensor(a: &Array2<i64>) -> Tensor {
    let (rows, cols) = a.dim();
    Tensor::from_vec(
        a.iter().copied().collect::<Vec<i64>>(),
        (rows, cols),
        &Device::Cpu,
    )
    .unwrap()
}

/// Gives every weight, LayerNorm scales and biases included, values of
/// order 0.1-1, so logits are large enough that a wrong node shows.
fn scramble(model: &RobertaClassifier, rng: &mut StdRng) {
    for (name, var) in model.named_vars() {
        let shape = var.shape().clone();
        let base = if name.ends_with("LayerNorm.weight") {
            1.0
        } else {
            0.0
        };
        let values: Vec<f32> = (0..shape.elem_count())
            .map(|_| base + rng.random_range(-0.3f32..0.3))
            .collect();
        var.set(&Tensor::from_vec(values, shape, &Device::Cpu).unwrap())
            .unwrap();
    }
}

fn check(model: &RobertaClassifier, rng: &mut StdRng, min_spread: f32) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("model.onnx");
    export_onnx(model, &path).unwrap();
    let session = OnnxClassifier::load(&path, 1).unwrap_or_else(|e| panic!("{e}"));

    for (batch, len) in [(1, 1), (1, 9), (3, 16), (5, 33), (2, 256), (8, 4)] {
        let (ids, mask) = random_batch(rng, batch, len);
        let expected = model
            .forward(&to_tensor(&ids), &to_tensor(&mask), false)
            .unwrap()
            .to_vec2::<f32>()
            .unwrap();
        let got = session.logits(&ids, &mask).unwrap();
        assert_eq!(got.dim(), (batch, model.config().num_labels));
        let mut worst = 0f32;
        let mut spread = 0f32;
        for (r, row) in expected.iter().enumerate() {
            for (c, &want) in row.iter().enumerate() {
                worst = worst.max((got[[r, c]] - want).abs());
                spread = spread.max(want.abs());
            }
        }
        assert!(
            worst <= TOLERANCE,
            "batch {batch} x {len}: max |candle - ort| = {worst}"
        );
        // Near-zero logits would make the comparison vacuous.
        assert!(
            spread >= min_spread,
            "logits too small to compare: {spread}"
        );
    }
}

#[test]
fn onnx_runtime_matches_candle_on_a_fresh_model() {
    let config = RobertaConfig::preset(Preset::Tiny, VOCAB, &["a", "b", "c", "d", "e"]);
    let model = RobertaClassifier::random(&config, &Device::Cpu, 17).unwrap();
    check(&model, &mut StdRng::seed_from_u64(1), 1e-3);
}

#[test]
fn onnx_runtime_matches_candle_with_large_weights() {
    let config = RobertaConfig::preset(Preset::Tiny, VOCAB, &["a", "b", "c"]);
    let model = RobertaClassifier::random(&config, &Device::Cpu, 18).unwrap();
    let mut rng = StdRng::seed_from_u64(2);
    scramble(&model, &mut rng);
    check(&model, &mut rng, 0.1);
}

#[test]
fn onnx_runtime_matches_candle_with_other_shapes() {
    // Four heads of width 8 and three layers catch head-split mistakes
    // that two heads might hide.
    let mut config = RobertaConfig::preset(Preset::Tiny, VOCAB, &["a", "b"]);
    config.num_hidden_layers = 3;
    config.num_attention_heads = 4;
    config.hidden_size = 32;
    config.intermediate_size = 48;
    config.layer_norm_eps = 1e-12;
    let model = RobertaClassifier::random(&config, &Device::Cpu, 19).unwrap();
    let mut rng = StdRng::seed_from_u64(3);
    scramble(&model, &mut rng);
    check(&model, &mut rng, 0.1);
}
