use candle_core::{DType, Device, Tensor};
use candle_nn::{AdamW, Optimizer, ParamsAdamW};

use super::*;

const VOCAB: usize = 50;

fn tiny(labels: usize) -> RobertaConfig {
    let names: Vec<String> = (0..labels).map(|i| format!("l{i}")).collect();
    RobertaConfig::preset(Preset::Tiny, VOCAB, &names)
}

fn batch(rows: &[&[u32]]) -> (Tensor, Tensor) {
    let width = rows.iter().map(|r| r.len()).max().unwrap_or(0);
    let mut ids = Vec::new();
    let mut mask = Vec::new();
    for row in rows {
        for i in 0..width {
            ids.push(row.get(i).copied().unwrap_or(1));
            mask.push(u32::from(i < row.len()));
        }
    }
    let dev = Device::Cpu;
    (
        Tensor::from_vec(ids, (rows.len(), width), &dev).unwrap(),
        Tensor::from_vec(mask, (rows.len(), width), &dev).unwrap(),
    )
}

fn max_abs_diff(a: &Tensor, b: &Tensor) -> f32 {
    (a - b)
        .unwrap()
        .abs()
        .unwrap()
        .flatten_all()
        .unwrap()
        .max(0)
        .unwrap()
        .to_scalar::<f32>()
        .unwrap()
}

#[test]
fn every_parameter_gets_a_gradient() {
    let model = RobertaClassifier::random(&tiny(3), &Device::Cpu, 7).unwrap();
    let vars = model.named_vars();
    // 5 embedding tensors, 16 per layer, 4 in the head.
    assert_eq!(vars.len(), 5 + 16 * 2 + 4);

    let (ids, mask) = batch(&[&[0, 5, 6, 7, 2], &[0, 9, 2], &[0, 11, 12, 13, 14]]);
    let targets = Tensor::new(&[0u32, 2, 1], &Device::Cpu).unwrap();
    let logits = model.forward(&ids, &mask, true).unwrap();
    let loss = candle_nn::loss::cross_entropy(&logits, &targets).unwrap();
    let grads = loss.backward().unwrap();

    let without: Vec<&str> = vars
        .iter()
        .filter(|(_, var)| {
            grads.get(var.as_tensor()).is_none_or(|g| {
                g.abs()
                    .unwrap()
                    .sum_all()
                    .unwrap()
                    .to_scalar::<f32>()
                    .unwrap()
                    == 0.0
            })
        })
        .map(|(name, _)| name.as_str())
        .collect();
    assert!(without.is_empty(), "no gradient for {without:?}");
}

#[test]
fn position_ids_skip_padding() {
    let ids = Tensor::new(&[[0u32, 5, 6, 2, 1, 1], [0, 2, 1, 1, 1, 1]], &Device::Cpu).unwrap();
    let pos = position_ids(&ids, 1).unwrap().to_vec2::<u32>().unwrap();
    assert_eq!(pos, vec![vec![2, 3, 4, 5, 1, 1], vec![2, 3, 1, 1, 1, 1]]);
    let ids64 = ids.to_dtype(DType::I64).unwrap();
    let pos64 = position_ids(&ids64, 1).unwrap().to_vec2::<u32>().unwrap();
    assert_eq!(pos64, pos);
}

#[test]
fn padding_does_not_change_logits() {
    let model = RobertaClassifier::random(&tiny(4), &Device::Cpu, 3).unwrap();
    let short: &[u32] = &[0, 8, 9, 10, 2];
    let (alone_ids, alone_mask) = batch(&[short]);
    let (ids, mask) = batch(&[short, &[0, 20, 21, 22, 23, 24, 25, 26, 2]]);
    let alone = model.forward(&alone_ids, &alone_mask, false).unwrap();
    let padded = model
        .forward(&ids, &mask, false)
        .unwrap()
        .narrow(0, 0, 1)
        .unwrap();
    let diff = max_abs_diff(&alone, &padded);
    assert!(diff < 1e-5, "padding moved the logits by {diff}");

    // The mask must matter: reading the pads as tokens changes the answer.
    let unmasked = model
        .forward(&ids, &mask.ones_like().unwrap(), false)
        .unwrap()
        .narrow(0, 0, 1)
        .unwrap();
    assert!(max_abs_diff(&alone, &unmasked) > 1e-4);
}

#[test]
fn dropout_only_when_training() {
    let mut config = tiny(2);
    config.hidden_dropout_prob = 0.5;
    let model = RobertaClassifier::random(&config, &Device::Cpu, 1).unwrap();
    let (ids, mask) = batch(&[&[0, 5, 6, 7, 8, 9, 2]]);
    let a = model.forward(&ids, &mask, false).unwrap();
    let b = model.forward(&ids, &mask, false).unwrap();
    assert_eq!(max_abs_diff(&a, &b), 0.0);
    let c = model.forward(&ids, &mask, true).unwrap();
    assert!(max_abs_diff(&a, &c) > 0.0);
}

#[test]
fn init_follows_hf_and_the_seed() {
    let config = tiny(2);
    let a = RobertaClassifier::random(&config, &Device::Cpu, 42).unwrap();
    let b = RobertaClassifier::random(&config, &Device::Cpu, 42).unwrap();
    let c = RobertaClassifier::random(&config, &Device::Cpu, 43).unwrap();
    let word = |m: &RobertaClassifier| m.embeddings.word.clone();
    assert_eq!(max_abs_diff(&word(&a), &word(&b)), 0.0);
    assert!(max_abs_diff(&word(&a), &word(&c)) > 0.0);

    let pad_row = word(&a).get(1).unwrap().abs().unwrap().sum_all().unwrap();
    assert_eq!(pad_row.to_scalar::<f32>().unwrap(), 0.0);
    let ln = a.embeddings.layer_norm.weight.to_vec1::<f32>().unwrap();
    assert!(ln.iter().all(|&v| v == 1.0));
    let std = word(&a)
        .flatten_all()
        .unwrap()
        .sqr()
        .unwrap()
        .mean_all()
        .unwrap()
        .sqrt()
        .unwrap()
        .to_scalar::<f32>()
        .unwrap();
    assert!((std - 0.02).abs() < 0.002, "std {std}");
}

#[test]
fn checkpoints_round_trip_with_hf_names() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("model.safetensors");
    let config = tiny(3);
    let original = RobertaClassifier::random(&config, &Device::Cpu, 5).unwrap();
    original.save_safetensors(&path).unwrap();

    let (loaded, report) =
        RobertaClassifier::from_safetensors(&config, &path, &Device::Cpu, 6).unwrap();
    assert_eq!(report, LoadReport::default());
    let (ids, mask) = batch(&[&[0, 5, 6, 2], &[0, 7, 2]]);
    let a = original.forward(&ids, &mask, false).unwrap();
    let b = loaded.forward(&ids, &mask, false).unwrap();
    assert_eq!(max_abs_diff(&a, &b), 0.0);

    let names: Vec<String> = original.named_vars().into_iter().map(|(n, _)| n).collect();
    for expected in [
        "roberta.embeddings.word_embeddings.weight",
        "roberta.embeddings.LayerNorm.bias",
        "roberta.encoder.layer.1.attention.self.query.weight",
        "roberta.encoder.layer.0.attention.output.LayerNorm.weight",
        "roberta.encoder.layer.1.intermediate.dense.bias",
        "roberta.encoder.layer.0.output.dense.weight",
        "roberta.encoder.layer.1.output.LayerNorm.bias",
        "classifier.dense.weight",
        "classifier.out_proj.bias",
    ] {
        assert!(names.iter().any(|n| n == expected), "missing {expected}");
    }
}

#[test]
fn a_classifier_for_other_labels_keeps_its_encoder_and_gets_a_fresh_projection() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("model.safetensors");
    let three = RobertaClassifier::random(&tiny(3), &Device::Cpu, 5).unwrap();
    three.save_safetensors(&path).unwrap();

    let (five, report) =
        RobertaClassifier::from_safetensors(&tiny(5), &path, &Device::Cpu, 6).unwrap();
    assert_eq!(report.resized_head.len(), 2, "{report:?}");
    assert!(report
        .resized_head
        .iter()
        .all(|r| r.starts_with("classifier.out_proj.")));
    assert!(report.missing_head.is_empty() && report.unused.is_empty());
    assert_eq!(
        max_abs_diff(&five.embeddings.word, &three.embeddings.word),
        0.0
    );
    let (ids, mask) = batch(&[&[0, 5, 6, 2]]);
    assert_eq!(five.forward(&ids, &mask, false).unwrap().dims(), &[1, 5]);
}

#[test]
fn loads_a_pretrained_encoder_without_head() {
    // As a masked-LM checkpoint: old LayerNorm names, an LM head, no classifier.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pretrained.safetensors");
    let config = tiny(2);
    let source = RobertaClassifier::random(&config, &Device::Cpu, 9).unwrap();
    let mut tensors = std::collections::HashMap::new();
    for (name, var) in source.named_vars() {
        if name.starts_with("classifier.") {
            continue;
        }
        let name = name
            .replace("LayerNorm.weight", "LayerNorm.gamma")
            .replace("LayerNorm.bias", "LayerNorm.beta");
        tensors.insert(name, var.as_tensor().clone());
    }
    tensors.insert(
        "lm_head.bias".to_string(),
        Tensor::zeros(VOCAB, DType::F32, &Device::Cpu).unwrap(),
    );
    candle_core::safetensors::save(&tensors, &path).unwrap();

    let (model, report) =
        RobertaClassifier::from_safetensors(&config, &path, &Device::Cpu, 10).unwrap();
    assert_eq!(report.missing_head.len(), 4);
    assert_eq!(report.unused, vec!["lm_head.bias".to_string()]);
    assert_eq!(
        max_abs_diff(&model.embeddings.word, &source.embeddings.word),
        0.0
    );

    // An encoder tensor missing is an error, and leaves the model untouched.
    tensors.remove("roberta.encoder.layer.1.output.dense.weight");
    candle_core::safetensors::save(&tensors, &path).unwrap();
    let fresh = RobertaClassifier::random(&config, &Device::Cpu, 11).unwrap();
    let before = fresh.embeddings.word.copy().unwrap();
    let err = fresh.load_safetensors(&path).unwrap_err().to_string();
    assert!(err.contains("layer.1.output.dense.weight"), "{err}");
    assert_eq!(max_abs_diff(&fresh.embeddings.word, &before), 0.0);
}

#[test]
fn frozen_layers_get_no_gradient() {
    let model = RobertaClassifier::random(&tiny(2), &Device::Cpu, 2).unwrap();
    let trainable = model.trainable_vars(Some(1));
    // Layer 1 (16) and the head (4) stay trainable.
    assert_eq!(trainable.len(), 20);
    let (ids, mask) = batch(&[&[0, 5, 6, 2]]);
    let logits = model.forward_frozen(&ids, &mask, true, Some(1)).unwrap();
    let loss =
        candle_nn::loss::cross_entropy(&logits, &Tensor::new(&[1u32], &Device::Cpu).unwrap())
            .unwrap();
    let grads = loss.backward().unwrap();
    for (name, var) in model.named_vars() {
        let frozen = !trainable
            .iter()
            .any(|t| t.as_tensor().id() == var.as_tensor().id());
        assert_eq!(grads.get(var.as_tensor()).is_none(), frozen, "{name}");
    }
}

#[test]
fn a_few_adamw_steps_fit_a_toy_task() {
    let mut config = tiny(2);
    config.hidden_dropout_prob = 0.0;
    config.attention_probs_dropout_prob = 0.0;
    let model = RobertaClassifier::random(&config, &Device::Cpu, 4).unwrap();
    // Label 1 iff token 10 appears.
    let (ids, mask) = batch(&[&[0, 5, 6, 2], &[0, 10, 6, 2], &[0, 7, 10, 2], &[0, 7, 8, 2]]);
    let targets = Tensor::new(&[0u32, 1, 1, 0], &Device::Cpu).unwrap();
    let params = ParamsAdamW {
        lr: 1e-3,
        ..Default::default()
    };
    let mut opt = AdamW::new(model.trainable_vars(None), params).unwrap();
    let loss_at = |m: &RobertaClassifier| {
        let logits = m.forward(&ids, &mask, false).unwrap();
        candle_nn::loss::cross_entropy(&logits, &targets)
            .unwrap()
            .to_scalar::<f32>()
            .unwrap()
    };
    let first = loss_at(&model);
    for _ in 0..30 {
        let logits = model.forward(&ids, &mask, true).unwrap();
        let loss = candle_nn::loss::cross_entropy(&logits, &targets).unwrap();
        opt.backward_step(&loss).unwrap();
    }
    let last = loss_at(&model);
    assert!(last < first * 0.5, "loss went from {first} to {last}");
}

#[test]
fn rejects_sequences_longer_than_the_position_table() {
    let model = RobertaClassifier::random(&tiny(2), &Device::Cpu, 0).unwrap();
    let len = model.config().max_sequence_length() + 1;
    let ids = Tensor::ones((1, len), DType::U32, &Device::Cpu).unwrap();
    assert!(model.forward(&ids, &ids, false).is_err());
}
