//! Bundles written here must open in codeberta-core and answer as the
//! candle model would.

use candle_core::{Device, Tensor};
use codeberta_core::bundle::{
    ModelBundle, CONFIG_FILE, MANIFEST_FILE, METRICS_FILE, TOKENIZER_FILE,
};
use codeberta_core::{Detector, DetectorOptions, InferenceSettings, LabelSet};
use codeberta_train::bundle_writer::{write_bundle, BundleExtras};
use codeberta_train::model::{Preset, RobertaClassifier, RobertaConfig};
use codeberta_train::testing::random_bundle;
use codeberta_train::tokenizer_train::{train_tokenizer, TokenizerTrainingOptions};
use tokenizers::Tokenizer;

const LABELS: [&str; 4] = ["python", "cpp", "java", "json"];
const FILES: [&str; 7] = [
    "model.onnx",
    "tokenizer.json",
    "labels.json",
    "config.json",
    "card.md",
    "metrics.json",
    "train-manifest.txt",
];

#[test]
fn random_bundle_opens_in_core_with_all_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("models").join("random");
    let written = random_bundle(&dir, &LABELS, Preset::Tiny, 1, &[]).unwrap();
    assert_eq!(written, dir);
    for file in FILES {
        assert!(dir.join(file).is_file(), "{file} missing");
    }
    let bundle = ModelBundle::open(&dir).unwrap();
    assert_eq!(bundle.labels.ids().collect::<Vec<_>>(), LABELS);
    assert_eq!(bundle.settings, InferenceSettings::default());
    assert_eq!(bundle.pad_token_id, 1);

    // config.json is still a valid HF config, with our settings inside.
    let config = RobertaConfig::from_file(&dir.join(CONFIG_FILE)).unwrap();
    assert_eq!(config.labels().unwrap(), LABELS);
    assert_eq!(config.architectures, ["RobertaForSequenceClassification"]);
    assert_eq!(config.extra["codeberta"]["max_length"], 256);
    let raw: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join(CONFIG_FILE)).unwrap()).unwrap();
    assert_eq!(raw["id2label"]["2"], "java");
    assert_eq!(raw["label2id"]["json"], 3);
    let metrics: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join(METRICS_FILE)).unwrap()).unwrap();
    assert_eq!(metrics["random_init"], true);

    // No staging or backup folders are left next to the bundle.
    let siblings: Vec<_> = std::fs::read_dir(dir.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(siblings, vec![std::ffi::OsString::from("random")]);
}

#[test]
fn detector_probabilities_match_the_candle_model() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("b");
    random_bundle(&dir, &LABELS, Preset::Tiny, 5, &[]).unwrap();

    // The same seed rebuilds the same weights from the written config.
    let config = RobertaConfig::from_file(&dir.join(CONFIG_FILE)).unwrap();
    let model = RobertaClassifier::random(&config, &Device::Cpu, 5).unwrap();
    let tokenizer = Tokenizer::from_file(dir.join(TOKENIZER_FILE)).unwrap();
    // The model's own probabilities: no rule may move them.
    let options = DetectorOptions {
        use_rules: false,
        ..DetectorOptions::default()
    };
    let detector = Detector::load(&dir, options).unwrap();

    for text in [
        "def f(x):\n    return x * 2\n",
        "{\"a\": [1, 2, 3]}",
        "int main() { return 0; }",
    ] {
        let ids = tokenizer.encode(text, true).unwrap().get_ids().to_vec();
        let len = ids.len();
        let ids = Tensor::from_vec(ids, (1, len), &Device::Cpu).unwrap();
        let mask = ids.ones_like().unwrap();
        let logits = model.forward(&ids, &mask, false).unwrap();
        let expected = candle_nn::ops::softmax(&logits, 1)
            .unwrap()
            .squeeze(0)
            .unwrap()
            .to_vec1::<f32>()
            .unwrap();
        let got = detector.probabilities(text).unwrap();
        assert_eq!(got.len(), LABELS.len());
        for (g, e) in got.iter().zip(&expected) {
            assert!((g - e).abs() < 1e-5, "{text:?}: {got:?} vs {expected:?}");
        }
    }
}

#[test]
fn same_seed_same_bundle_and_rewrites_replace() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    let b = tmp.path().join("b");
    random_bundle(&a, &LABELS, Preset::Tiny, 9, &[]).unwrap();
    random_bundle(&b, &LABELS, Preset::Tiny, 9, &[]).unwrap();
    let onnx = |d: &std::path::Path| std::fs::read(d.join("model.onnx")).unwrap();
    assert_eq!(onnx(&a), onnx(&b));

    // Writing over an existing bundle replaces every file.
    std::fs::write(a.join("stale.txt"), "old").unwrap();
    random_bundle(&a, &["python", "go"], Preset::Tiny, 10, &[]).unwrap();
    assert!(!a.join("stale.txt").exists());
    assert_eq!(ModelBundle::open(&a).unwrap().labels.len(), 2);
    assert_ne!(onnx(&a), onnx(&b));
}

#[test]
fn write_bundle_refuses_parts_that_disagree() {
    let tmp = tempfile::tempdir().unwrap();
    let texts = ["fn main() { let x = 1; }\n"; 4];
    let tokenizer = train_tokenizer(
        texts.iter(),
        &TokenizerTrainingOptions {
            vocab_size: 300,
            min_frequency: 2,
        },
    )
    .unwrap();
    let vocab = tokenizer.get_vocab_size(true);
    let config = RobertaConfig::preset(Preset::Tiny, vocab, &["rust", "go"]);
    let model = RobertaClassifier::random(&config, &Device::Cpu, 0).unwrap();
    let extras = BundleExtras {
        manifest: vec!["abc  rust  a.rs".into(), "def  go  b.go".into()],
        ..Default::default()
    };
    let ok = |labels: &[&str], settings: &InferenceSettings, model: &RobertaClassifier| {
        let dir = tmp.path().join("out");
        let labels = LabelSet::from_ids(labels).unwrap();
        write_bundle(&dir, model, &tokenizer, &labels, settings, &extras).map(|_| dir)
    };
    let defaults = InferenceSettings::default();

    let dir = ok(&["rust", "go"], &defaults, &model).unwrap();
    let manifest = std::fs::read_to_string(dir.join(MANIFEST_FILE)).unwrap();
    assert_eq!(manifest, "abc  rust  a.rs\ndef  go  b.go\n");

    let err = ok(&["rust", "go", "c"], &defaults, &model).unwrap_err();
    assert!(err.to_string().contains("3 labels"), "{err}");
    let err = ok(&["go", "rust"], &defaults, &model).unwrap_err();
    assert!(err.to_string().contains("id2label"), "{err}");
    let long = InferenceSettings {
        max_length: 1000,
        ..defaults.clone()
    };
    assert!(ok(&["rust", "go"], &long, &model).is_err());
    let renamed = InferenceSettings {
        output_name: "scores".into(),
        ..defaults.clone()
    };
    assert!(ok(&["rust", "go"], &renamed, &model).is_err());
    let small_vocab = RobertaConfig::preset(Preset::Tiny, vocab - 1, &["rust", "go"]);
    let small = RobertaClassifier::random(&small_vocab, &Device::Cpu, 0).unwrap();
    let err = ok(&["rust", "go"], &defaults, &small).unwrap_err();
    assert!(err.to_string().contains("tokens"), "{err}");

    // Refusals leave the earlier bundle untouched.
    assert_eq!(ModelBundle::open(&dir).unwrap().labels.len(), 2);
}
