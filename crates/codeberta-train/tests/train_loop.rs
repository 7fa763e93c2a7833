//! The training loop end to end on generated corpora: it learns, it freezes
//! what it should, its schedule is the formula, early stopping keeps the best
//! epoch, and a resumed run is the uninterrupted run.

use std::collections::HashMap;
use std::path::Path;

use candle_core::{Device, Tensor};
use codeberta_train::data::{write_synthetic_corpus, SYNTHETIC_LABELS};
use codeberta_train::model::{RobertaClassifier, RobertaConfig};
use codeberta_train::train::optim::{lr_factor, warmup_steps};
use codeberta_train::train::{train, InitMode, TrainConfig, TrainOutcome};

/// Small enough for a 2-core CI machine: a 2-layer, 64-wide model on
/// 64-token inputs.
fn tiny_config() -> TrainConfig {
    TrainConfig {
        init: InitMode::Scratch,
        arch: "tiny".into(),
        vocab_size: 400,
        max_length: 64,
        batch_size: 8,
        epochs: 3,
        learning_rate: 3e-3,
        validation_split: 0.25,
        freeze_base_model: false,
        dropout: 0.0,
        threads: Some(1),
        log_every: 0,
        ..TrainConfig::default()
    }
}

fn run(data: &Path, out: &Path, cfg: &TrainConfig, resume: bool) -> TrainOutcome {
    train(data, out, cfg, resume, &mut |_| {}).unwrap()
}

fn load(path: &Path) -> HashMap<String, Tensor> {
    candle_core::safetensors::load(path, &Device::Cpu).unwrap()
}

fn same(a: &Tensor, b: &Tensor) -> bool {
    let a: Vec<f32> = a.flatten_all().unwrap().to_vec1().unwrap();
    let b: Vec<f32> = b.flatten_all().unwrap().to_vec1().unwrap();
    a.iter()
        .map(|v| v.to_bits())
        .eq(b.iter().map(|v| v.to_bits()))
}

#[test]
fn learns_well_above_chance_and_writes_every_output() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, out) = (tmp.path().join("data"), tmp.path().join("out"));
    write_synthetic_corpus(&data, &SYNTHETIC_LABELS, 32, 1).unwrap();
    let cfg = TrainConfig {
        epochs: 5,
        ..tiny_config()
    };
    let outcome = run(&data, &out, &cfg, false);

    let report = outcome.report.as_ref().unwrap();
    // Four balanced classes: chance is 0.25.
    assert!(
        report.accuracy >= 0.75,
        "accuracy {}\n{}",
        report.accuracy,
        report.to_text()
    );
    assert_eq!(report.total, 4 * 8);
    let first = &outcome.history[0];
    let last = outcome.history.last().unwrap();
    assert!(last.train_loss < first.train_loss, "{:?}", outcome.history);

    for file in [
        "model.safetensors",
        "config.json",
        "tokenizer.json",
        "metrics.json",
        "report.txt",
        "training-curves.svg",
        "confusion-matrix.svg",
        "validation-predictions.jsonl",
        "train-log.jsonl",
        "bundle/model.onnx",
        "bundle/card.md",
        "bundle/train-manifest.txt",
        "checkpoint/state.json",
    ] {
        assert!(out.join(file).is_file(), "{file} missing");
    }
    let manifest = std::fs::read_to_string(out.join("bundle/train-manifest.txt")).unwrap();
    assert_eq!(manifest.lines().count(), 4 * 32);
    let metrics: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("metrics.json")).unwrap()).unwrap();
    assert_eq!(metrics["history"].as_array().unwrap().len(), cfg.epochs);
    assert_eq!(
        metrics["validation"]["confusion"].as_array().unwrap().len(),
        4
    );

    // Each epoch's last update used the scheduled rate.
    let train_files = metrics["train_files"].as_u64().unwrap() as usize;
    let steps_per_epoch = train_files.div_ceil(cfg.batch_size);
    let total = steps_per_epoch * cfg.epochs;
    let warmup = warmup_steps(total, cfg.warmup_ratio);
    for record in &outcome.history {
        let step = record.epoch * steps_per_epoch - 1;
        let want = cfg.learning_rate * lr_factor(step, warmup, total);
        assert!(
            (record.learning_rate - want).abs() < 1e-15,
            "{record:?} vs {want}"
        );
    }
    let temperature = metrics["temperature"].as_f64().unwrap();
    assert!(temperature > 0.05 && temperature < 20.0);
}

#[test]
fn frozen_weights_stay_bit_identical_while_the_rest_moves() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, out) = (tmp.path().join("data"), tmp.path().join("out"));
    write_synthetic_corpus(&data, &SYNTHETIC_LABELS[..3], 10, 2).unwrap();
    let cfg = TrainConfig {
        epochs: 1,
        freeze_base_model: true,
        unfreeze_last_n_layers: 1,
        dropout: 0.1,
        ..tiny_config()
    };
    run(&data, &out, &cfg, false);
    // A scratch model starts from RobertaClassifier::random(config, seed).
    let config = RobertaConfig::from_file(&out.join("config.json")).unwrap();
    let initial = RobertaClassifier::random(&config, &Device::Cpu, cfg.seed).unwrap();
    let trained = load(&out.join("model.safetensors"));
    let (mut frozen, mut moved) = (0, 0);
    for (name, var) in initial.named_vars() {
        let after = &trained[&name];
        let is_frozen =
            name.starts_with("roberta.embeddings.") || name.starts_with("roberta.encoder.layer.0.");
        if is_frozen {
            assert!(same(var.as_tensor(), after), "{name} changed");
            frozen += 1;
        } else if !same(var.as_tensor(), after) {
            moved += 1;
        } else {
            // Everything trainable must have moved, except the key bias:
            // softmax ignores a shift shared by all keys, so its gradient is 0.
            assert!(
                name.ends_with("attention.self.key.bias"),
                "{name} did not move"
            );
        }
    }
    assert!(frozen > 10 && moved > 10, "frozen {frozen}, moved {moved}");
}

#[test]
fn early_stopping_fires_and_keeps_the_best_epoch() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, val, out) = (
        tmp.path().join("data"),
        tmp.path().join("val"),
        tmp.path().join("out"),
    );
    write_synthetic_corpus(&data, &SYNTHETIC_LABELS[..2], 20, 3).unwrap();
    // Validation files with their labels swapped: the better the model
    // learns the training data, the worse its validation loss.
    write_synthetic_corpus(&val, &SYNTHETIC_LABELS[..2], 6, 4).unwrap();
    std::fs::rename(val.join("python"), val.join("tmp")).unwrap();
    std::fs::rename(val.join("cpp"), val.join("python")).unwrap();
    std::fs::rename(val.join("tmp"), val.join("cpp")).unwrap();
    let cfg = TrainConfig {
        epochs: 8,
        early_stopping_patience: 2,
        validation_data: Some(val),
        warmup_ratio: 0.0,
        ..tiny_config()
    };
    let outcome = run(&data, &out, &cfg, false);
    assert!(outcome.stopped_early, "{:?}", outcome.history);
    let ran = outcome.history.len();
    assert_eq!(ran, outcome.best_epoch + cfg.early_stopping_patience);
    let losses: Vec<f64> = outcome
        .history
        .iter()
        .map(|r| r.val_loss.unwrap())
        .collect();
    let min = losses.iter().copied().fold(f64::INFINITY, f64::min);
    assert_eq!(losses[outcome.best_epoch - 1], min);
    // The kept weights are the best epoch's, not the last one's.
    let kept = load(&out.join("model.safetensors"));
    let best = load(&out.join("checkpoint/best.safetensors"));
    let last = load(&out.join("checkpoint/model.safetensors"));
    assert!(kept.iter().all(|(k, v)| same(v, &best[k])));
    assert!(kept.iter().any(|(k, v)| !same(v, &last[k])));
    let report = outcome.report.unwrap();
    let best_acc = outcome.history[outcome.best_epoch - 1]
        .val_accuracy
        .unwrap();
    assert_eq!(report.accuracy, best_acc);
}

#[test]
fn a_time_budget_ends_training_after_an_epoch_with_every_output() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, out) = (tmp.path().join("data"), tmp.path().join("out"));
    write_synthetic_corpus(&data, &SYNTHETIC_LABELS[..2], 8, 1).unwrap();
    // Any epoch takes longer than a microsecond-scale budget.
    let cfg = TrainConfig {
        epochs: 4,
        max_minutes: Some(1e-6),
        ..tiny_config()
    };
    let outcome = run(&data, &out, &cfg, false);
    assert_eq!(outcome.history.len(), 1);
    assert!(!outcome.interrupted && !outcome.stopped_early);
    assert!(outcome.report.is_some());
    assert!(out.join("bundle").join("model.onnx").is_file());
}

#[test]
fn a_resumed_run_repeats_the_uninterrupted_one() {
    resumed_run_repeats_the_uninterrupted_one(0.0);
}

/// On the CPU the fused dropout kernels are seeded from (seed, epoch).
#[test]
fn a_resumed_run_with_dropout_repeats_the_uninterrupted_one() {
    resumed_run_repeats_the_uninterrupted_one(0.1);
}

fn resumed_run_repeats_the_uninterrupted_one(dropout: f64) {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    write_synthetic_corpus(&data, &SYNTHETIC_LABELS[..3], 12, 5).unwrap();
    let cfg = TrainConfig {
        freeze_base_model: true,
        unfreeze_last_n_layers: 1,
        gradient_accumulation_steps: 2,
        dropout,
        ..tiny_config()
    };
    let whole = run(&data, &tmp.path().join("whole"), &cfg, false);

    let parts = tmp.path().join("parts");
    let stopped = run(
        &data,
        &parts,
        &TrainConfig {
            stop_after_epochs: Some(1),
            ..cfg.clone()
        },
        false,
    );
    assert!(stopped.interrupted && stopped.history.len() == 1);
    assert!(!parts.join("bundle").exists());
    // Another learning rate is another run: refused, and the checkpoint kept.
    let other = TrainConfig {
        learning_rate: cfg.learning_rate * 2.0,
        ..cfg.clone()
    };
    let refused = train(&data, &parts, &other, true, &mut |_| {}).unwrap_err();
    assert!(refused.to_string().contains("learning_rate"), "{refused}");
    let resumed = run(&data, &parts, &cfg, true);
    assert_eq!(resumed.history.len(), whole.history.len());
    for (a, b) in resumed.history.iter().zip(&whole.history) {
        // Summation order inside candle's kernels may differ in the last
        // bit between runs; the weights below must still come out identical.
        assert!((a.train_loss - b.train_loss).abs() < 1e-9, "{a:?} vs {b:?}");
        assert_eq!(a.val_loss, b.val_loss);
        assert_eq!(a.learning_rate, b.learning_rate);
    }
    let a = load(&parts.join("model.safetensors"));
    let b = load(&tmp.path().join("whole/model.safetensors"));
    assert!(a.iter().all(|(k, v)| same(v, &b[k])));
}

#[test]
fn pickle_checkpoints_and_missing_models_are_refused_clearly() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    write_synthetic_corpus(&data, &SYNTHETIC_LABELS[..2], 3, 6).unwrap();
    let base = tmp.path().join("base");
    std::fs::create_dir_all(&base).unwrap();
    std::fs::write(base.join("pytorch_model.bin"), b"not really").unwrap();
    let cfg = TrainConfig {
        init: InitMode::Pretrained,
        model_name: base.to_string_lossy().into_owned(),
        ..tiny_config()
    };
    let err = train(&data, &tmp.path().join("o"), &cfg, false, &mut |_| {}).unwrap_err();
    assert!(err.to_string().contains("pickle"), "{err}");
    let cfg = TrainConfig {
        init: InitMode::Pretrained,
        ..tiny_config()
    };
    let err = train(&data, &tmp.path().join("o"), &cfg, false, &mut |_| {}).unwrap_err();
    assert!(err.to_string().contains("--init scratch"), "{err}");
}

#[test]
fn fine_tunes_an_hf_encoder_checkpoint_folder_without_a_head() {
    use codeberta_train::model::Preset;
    use codeberta_train::tokenizer_train::{
        save_tokenizer, train_tokenizer, TokenizerTrainingOptions,
    };

    let tmp = tempfile::tempdir().unwrap();
    let (data, base, out) = (
        tmp.path().join("data"),
        tmp.path().join("base"),
        tmp.path().join("out"),
    );
    write_synthetic_corpus(&data, &SYNTHETIC_LABELS[..3], 10, 8).unwrap();
    // A pretrained encoder as HF saves a masked-LM model: no classifier
    // tensors, no labels in config.json.
    std::fs::create_dir_all(&base).unwrap();
    let texts = ["def f(x):\n    return x\n", "int main() { return 0; }\n"];
    let options = TokenizerTrainingOptions {
        vocab_size: 300,
        min_frequency: 1,
    };
    let tokenizer = train_tokenizer(texts.iter().cycle().take(20), &options).unwrap();
    save_tokenizer(&tokenizer, &base.join("tokenizer.json")).unwrap();
    let mut config = RobertaConfig::preset(Preset::Tiny, tokenizer.get_vocab_size(true), &["x"]);
    let encoder = RobertaClassifier::random(&config, &Device::Cpu, 77).unwrap();
    let tensors: HashMap<String, Tensor> = encoder
        .named_vars()
        .into_iter()
        .filter(|(n, _)| !n.starts_with("classifier."))
        .map(|(n, v)| (n.replacen("roberta.", "", 1), v.as_tensor().clone()))
        .collect();
    candle_core::safetensors::save(&tensors, base.join("model.safetensors")).unwrap();
    config.num_labels = 0;
    config.id2label = None;
    config.label2id = None;
    config.architectures = vec!["RobertaForMaskedLM".into()];
    std::fs::write(
        base.join("config.json"),
        serde_json::to_string(&config).unwrap(),
    )
    .unwrap();

    let cfg = TrainConfig {
        init: InitMode::Pretrained,
        model_name: base.to_string_lossy().into_owned(),
        epochs: 1,
        unfreeze_last_n_layers: 1,
        ..tiny_config()
    };
    let mut events = Vec::new();
    train(
        &data,
        &out,
        &TrainConfig {
            freeze_base_model: true,
            ..cfg
        },
        false,
        &mut |e| events.push(serde_json::to_string(e).unwrap()),
    )
    .unwrap();
    assert!(events
        .iter()
        .any(|e| e.contains("cached frozen-layer outputs")));
    let trained = load(&out.join("model.safetensors"));
    let word = "roberta.embeddings.word_embeddings.weight";
    assert!(same(
        &trained[word],
        &tensors["embeddings.word_embeddings.weight"]
    ));
    let written = RobertaConfig::from_file(&out.join("config.json")).unwrap();
    assert_eq!(written.labels().unwrap(), ["cpp", "java", "python"]);
    assert_eq!(written.architectures, ["RobertaForSequenceClassification"]);
}
