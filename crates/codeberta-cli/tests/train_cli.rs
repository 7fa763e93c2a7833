//! `codeberta train` then `codeberta eval` and `codeberta detect` on what it
//! wrote: the bundle answers through ONNX Runtime as the trainer measured.

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

use codeberta_train::data::{write_synthetic_corpus, SYNTHETIC_LABELS};
use codeberta_train::model::Preset;
use codeberta_train::testing::random_bundle;

fn codeberta(args: &[&str]) -> std::process::Output {
    let out = Command::new(env!("CARGO_BIN_EXE_codeberta"))
        .args(args)
        .output()
        .expect("run codeberta");
    assert!(
        out.status.success(),
        "codeberta {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn trained_bundle_gives_the_same_predictions_through_detect_and_eval() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, out) = (tmp.path().join("data"), tmp.path().join("out"));
    write_synthetic_corpus(&data, &SYNTHETIC_LABELS, 16, 11).unwrap();
    let config = tmp.path().join("train.toml");
    // Settings from a file, some overridden by flags.
    std::fs::write(
        &config,
        "init = \"scratch\"\narch = \"tiny\"\nvocab_size = 400\nepochs = 9\n",
    )
    .unwrap();
    codeberta(&[
        "train",
        "--data",
        s(&data),
        "--out",
        s(&out),
        "--config",
        s(&config),
        "--epochs",
        "2",
        "--max-length",
        "64",
        "--batch-size",
        "8",
        "--learning-rate",
        "3e-3",
        "--freeze-base-model",
        "false",
        "--validation-split",
        "0.25",
        "--threads",
        "1",
        "--quiet",
    ]);
    let metrics: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("metrics.json")).unwrap()).unwrap();
    assert_eq!(
        metrics["history"].as_array().unwrap().len(),
        2,
        "flag beats file"
    );
    assert_eq!(metrics["config"]["vocab_size"], 400, "file beats default");

    // Per-file predictions of the trainer (candle) ...
    let lines = std::fs::read_to_string(out.join("validation-predictions.jsonl")).unwrap();
    let expected: HashMap<String, String> = lines
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["path"].as_str().unwrap().to_string(),
                v["predicted"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(expected.len(), 16);

    // ... are what `codeberta detect` answers from the bundle (ONNX Runtime).
    let bundle = out.join("bundle");
    let mut args = vec![
        "detect",
        "--json",
        "--no-rules",
        "--top",
        "1",
        "--threshold",
        "0",
        "--model",
        s(&bundle),
    ];
    let paths: Vec<String> = expected
        .keys()
        .map(|p| s(&data.join(p)).to_string())
        .collect();
    args.extend(paths.iter().map(String::as_str));
    let detected = codeberta(&args);
    let mut seen = 0;
    for line in String::from_utf8(detected.stdout).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let path = Path::new(v["path"].as_str().unwrap());
        let rel = path
            .strip_prefix(&data)
            .unwrap()
            .to_str()
            .unwrap()
            .to_string();
        assert_eq!(
            v["language"].as_str(),
            Some(expected[&rel].as_str()),
            "{rel}"
        );
        seen += 1;
    }
    assert_eq!(seen, expected.len());

    // `codeberta eval` on the same split reproduces the trainer's report.
    let eval_out = tmp.path().join("eval");
    let eval = codeberta(&[
        "eval",
        "--model",
        s(&bundle),
        "--data",
        s(&data),
        "--validation-split",
        "--no-rules",
        "--json",
        "--out",
        s(&eval_out),
    ]);
    let eval: serde_json::Value = serde_json::from_slice(&eval.stdout).unwrap();
    let report = &eval["views"]["full"]["report"];
    assert_eq!(report["confusion"], metrics["validation"]["confusion"]);
    assert_eq!(report["accuracy"], metrics["validation"]["accuracy"]);
    assert!(eval_out.join("confusion-matrix.svg").is_file());
    let text = std::fs::read_to_string(eval_out.join("report.txt")).unwrap();
    assert!(text.contains("macro avg"));
    for view in ["lines5", "lines10", "lines20", "bytes128"] {
        assert!(text.contains(view), "{view} missing from the report");
        assert!(eval["views"][view]["accuracy"].is_number());
    }

    add_lexical_expert_then_break_it(&data, &bundle, tmp.path());
}

/// `codeberta lexical --lexical-from` moves a trained expert unchanged onto
/// another bundle of the same labels and fits only the combination; a donor
/// with other labels is refused.
fn reuse_the_expert_with_another_transformer(data: &Path, bundle: &Path, donor: &Path, tmp: &Path) {
    let reused = tmp.join("reused");
    let lexical_run = |model: &Path, out: &Path, extra: &[&str]| {
        let mut args = vec![
            "lexical",
            "--model",
            s(model),
            "--lexical-from",
            s(donor),
            "--data",
            s(data),
            "--out",
            s(out),
        ];
        args.extend_from_slice(extra);
        Command::new(env!("CARGO_BIN_EXE_codeberta"))
            .args(&args)
            .output()
            .unwrap()
    };
    let out = lexical_run(bundle, &reused, &[]);
    assert!(out.status.success(), "{out:?}");
    let run: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        run["fit"]["lexical_accuracy"].as_f64().unwrap() > 0.9,
        "{run}"
    );
    let bytes = |dir: &Path| std::fs::read(dir.join("lexical.safetensors")).unwrap();
    assert_eq!(bytes(&reused), bytes(donor));
    let manifest = std::fs::read_to_string(reused.join("train-manifest.txt")).unwrap();
    assert!(manifest.contains("# lexical expert training files"));

    // The same labels in another order would read the expert's rows wrongly.
    let mut labels: Vec<String> = codeberta_core::ModelBundle::open(donor)
        .unwrap()
        .labels
        .ids()
        .map(str::to_string)
        .collect();
    labels.reverse();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    let other = tmp.join("other-order");
    random_bundle(&other, &labels, Preset::Tiny, 3, &[]).unwrap();
    let refused = tmp.join("refused");
    let val = tmp.join("reuse-val");
    copy_first_files(data, &val, 1);
    let out = lexical_run(&other, &refused, &["--validation-data", s(&val)]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("label order"), "{err}");
    assert!(!refused.exists());
}

/// Copies the first `n` files (by name) of every label of `data` into
/// `out/<label>/`; returns their paths relative to `data`.
fn copy_first_files(data: &Path, out: &Path, n: usize) -> Vec<String> {
    let mut copied = Vec::new();
    for label in std::fs::read_dir(data).unwrap() {
        let label = label.unwrap().path();
        let mut files: Vec<_> = std::fs::read_dir(&label)
            .unwrap()
            .map(|f| f.unwrap().path())
            .collect();
        files.sort();
        let name = label.file_name().unwrap();
        std::fs::create_dir_all(out.join(name)).unwrap();
        for f in files.iter().take(n) {
            std::fs::copy(f, out.join(name).join(f.file_name().unwrap())).unwrap();
            copied.push(format!(
                "{}/{}",
                name.to_string_lossy(),
                f.file_name().unwrap().to_string_lossy()
            ));
        }
    }
    copied
}

/// Files of --validation-data that are also in --data are left out of the
/// lexical expert's training, so the combination is fitted on unseen files.
fn validation_files_are_not_trained_on(data: &Path, bundle: &Path, tmp: &Path) {
    let val = tmp.join("overlapping-val");
    let held = copy_first_files(data, &val, 2);
    let out_dir = tmp.join("combined-val");
    let out = Command::new(env!("CARGO_BIN_EXE_codeberta"))
        .args([
            "lexical",
            "--model",
            s(bundle),
            "--data",
            s(data),
            "--validation-data",
            s(&val),
            "--out",
            s(&out_dir),
            "--epochs",
            "2",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let manifest = std::fs::read_to_string(out_dir.join("train-manifest.txt")).unwrap();
    let (_, lexical) = manifest
        .split_once("# lexical expert training files")
        .unwrap();
    assert!(!lexical.trim().is_empty());
    for path in &held {
        assert!(!lexical.contains(path.as_str()), "{path} trained on");
    }
}

/// `codeberta lexical` adds a working expert; a corrupt one is refused clearly.
fn add_lexical_expert_then_break_it(data: &Path, bundle: &Path, tmp: &Path) {
    let combined = tmp.join("combined");
    let out = codeberta(&[
        "lexical",
        "--model",
        s(bundle),
        "--data",
        s(data),
        "--out",
        s(&combined),
        "--epochs",
        "4",
        "--abstain-threshold",
        "0.25",
    ]);
    let run: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // Synthetic labels differ in their keywords: the lexical expert must see that.
    assert!(
        run["fit"]["lexical_accuracy"].as_f64().unwrap() > 0.9,
        "{run}"
    );
    let config: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(combined.join("config.json")).unwrap())
            .unwrap();
    assert!(config["codeberta"]["lexical"]["lexical_weight"].is_number());
    assert_eq!(config["codeberta"]["abstain_threshold"], 0.25);
    let manifest = std::fs::read_to_string(combined.join("train-manifest.txt")).unwrap();
    assert!(manifest.contains("# lexical expert training files"));

    let eval = codeberta(&[
        "eval",
        "--model",
        s(&combined),
        "--data",
        s(data),
        "--views",
        "full",
        "--json",
    ]);
    let eval: serde_json::Value = serde_json::from_slice(&eval.stdout).unwrap();
    assert!(
        eval["views"]["full"]["accuracy"].as_f64().unwrap() > 0.9,
        "{eval}"
    );

    reuse_the_expert_with_another_transformer(data, bundle, &combined, tmp);
    validation_files_are_not_trained_on(data, bundle, tmp);

    std::fs::write(combined.join("lexical.safetensors"), b"not safetensors").unwrap();
    let broken = Command::new(env!("CARGO_BIN_EXE_codeberta"))
        .args(["detect", "--model", s(&combined), "-"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(broken.status.code(), Some(2));
    let err = String::from_utf8_lossy(&broken.stderr);
    assert!(err.contains("lexical.safetensors"), "{err}");
}

#[test]
fn cuda_without_the_feature_and_bad_flags_are_clear_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    write_synthetic_corpus(&data, &SYNTHETIC_LABELS[..2], 3, 1).unwrap();
    let run = |extra: &[&str]| {
        let mut args = vec![
            "train",
            "--data",
            s(&data),
            "--out",
            s(tmp.path()),
            "--init",
            "scratch",
        ];
        args.extend_from_slice(extra);
        Command::new(env!("CARGO_BIN_EXE_codeberta"))
            .args(&args)
            .output()
            .unwrap()
    };
    if !cfg!(feature = "cuda") {
        let out = run(&["--device", "cuda"]);
        assert!(!out.status.success());
        assert!(String::from_utf8_lossy(&out.stderr).contains("--features cuda"));
    }
    let out = run(&["--validation-split", "1.5"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("validation_split"));
    let out = run(&["--device", "cpu", "--precision", "bf16"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("CUDA only"));
    let out = run(&["--precision", "f16"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown precision"));
}
