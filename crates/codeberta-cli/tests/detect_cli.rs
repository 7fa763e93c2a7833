//! `codeberta detect` end to end: the real binary, a real ONNX Runtime and a
//! random-weight bundle made at test time.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use codeberta_core::languages::ORIGINAL_EIGHT;
use codeberta_train::model::Preset;
use codeberta_train::testing::random_bundle;
use serde_json::Value;

fn bundle() -> &'static Path {
    static DIR: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &DIR.get_or_init(|| {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("bundle");
        random_bundle(&dir, &ORIGINAL_EIGHT, Preset::Tiny, 7, &[]).unwrap();
        (tmp, dir)
    })
    .1
}

fn codeberta(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_codeberta"));
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    {
        use std::io::Write;
        let mut input = child.stdin.take().unwrap();
        if let Some(data) = stdin {
            // A process that fails early never reads its input; that is not a test failure.
            let _ = input.write_all(data);
        }
    }
    child.wait_with_output().unwrap()
}

fn detect_json(extra: &[&str], stdin: Option<&[u8]>) -> (Vec<Value>, Output) {
    let model = bundle().to_str().unwrap();
    let mut args = vec!["detect", "--model", model, "--json"];
    args.extend_from_slice(extra);
    let out = codeberta(&args, stdin);
    let lines = String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect();
    (lines, out)
}

/// Every classified record carries the contract's fields with sane values.
fn assert_contract(rec: &Value) {
    let obj = rec.as_object().unwrap();
    assert!(obj["path"].is_string(), "{rec}");
    assert!(
        obj["language"].is_string() || obj["language"].is_null(),
        "{rec}"
    );
    let conf = obj["confidence"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&conf), "{rec}");
    let alts = obj["alternatives"].as_array().unwrap();
    for a in alts {
        assert!(
            a["language"].is_string() && a["confidence"].is_f64(),
            "{rec}"
        );
    }
    assert!(obj["ms"].as_f64().unwrap() >= 0.0, "{rec}");
    if obj["language"].is_null() {
        assert!(
            obj["reason"].is_string(),
            "null language needs a reason: {rec}"
        );
    }
}

#[test]
fn bad_inputs_never_stop_the_run() {
    let d = tempfile::tempdir().unwrap();
    let w = |name: &str, data: &[u8]| {
        let p = d.path().join(name);
        std::fs::write(&p, data).unwrap();
        p.to_str().unwrap().to_string()
    };
    let code = w(
        "code.unknownext",
        b"import os\n\ndef main():\n    print(os.getcwd())\n",
    );
    let binary = w("blob.bin", b"\x7fELF\x02\x01\x01\0\0\0\0garbage");
    let invalid = w("latin1.txt", b"caf\xe9 = 1\nprint(caf\xe9)\n");
    let empty = w("empty.txt", b"");
    let blank = w("blank.txt", b"   \n\t\n");
    let big = w("big.js", "var x = 1;\n".repeat(20_000).as_bytes());
    let missing = d.path().join("does-not-exist.py");
    let missing = missing.to_str().unwrap();
    let dir = d.path().to_str().unwrap();

    let (recs, out) = detect_json(
        &[
            "--max-kib",
            "4",
            &code,
            &binary,
            missing,
            &invalid,
            &empty,
            &blank,
            dir,
            &big,
        ],
        None,
    );
    assert_eq!(recs.len(), 8, "one line per input");
    assert_eq!(
        out.status.code(),
        Some(1),
        "unreadable inputs make the exit non-zero"
    );
    let by_path = |p: &str| recs.iter().find(|r| r["path"] == p).unwrap().clone();

    assert_contract(&by_path(&code));
    let b = by_path(&binary);
    assert_contract(&b);
    assert!(b["language"].is_null());
    assert_eq!(b["reason"], "binary");
    let inv = by_path(&invalid);
    assert_contract(&inv);
    assert_eq!(inv["lossy"], true);
    assert_eq!(by_path(&empty)["reason"], "empty");
    assert_eq!(by_path(&blank)["reason"], "empty");
    let bg = by_path(&big);
    assert_contract(&bg);
    assert_eq!(bg["truncated"], true);
    for p in [missing, dir] {
        let r = by_path(p);
        assert!(r["error"].as_str().is_some_and(|e| !e.is_empty()), "{r}");
        assert!(r.get("language").is_none(), "{r}");
    }
    // Order is preserved: the output follows the input order.
    let paths: Vec<&str> = recs.iter().map(|r| r["path"].as_str().unwrap()).collect();
    assert_eq!(
        paths,
        [
            &code[..],
            &binary,
            missing,
            &invalid,
            &empty,
            &blank,
            dir,
            &big
        ]
    );
}

#[test]
fn cheap_evidence_decides_before_the_model() {
    let (recs, out) = detect_json(&["-"], Some(b"#!/usr/bin/env python3\nprint('hi')\n"));
    assert!(out.status.success());
    assert_eq!(recs[0]["path"], "-");
    assert_eq!(recs[0]["language"], "python");
    assert_eq!(recs[0]["evidence"], "shebang");

    let (recs, _) = detect_json(&[], Some(b"{\"name\": \"demo\", \"deps\": [1, 2, 3]}\n"));
    assert_eq!(recs[0]["language"], "json", "no path means standard input");
    assert_eq!(recs[0]["evidence"], "strict_json");

    let (recs, _) = detect_json(
        &["--no-rules", "--top", "5", "-"],
        Some(b"#!/bin/sh\necho hi\n"),
    );
    assert_contract(&recs[0]);
    assert_eq!(recs[0]["evidence"], "model");
    assert_eq!(recs[0]["alternatives"].as_array().unwrap().len(), 5);
}

#[test]
fn a_thousand_files_from_a_list_give_a_thousand_lines() {
    let d = tempfile::tempdir().unwrap();
    let mut list = String::new();
    for i in 0..1000 {
        let p = d.path().join(format!("f{i}.txt"));
        let body = match i % 4 {
            0 => format!("def f{i}(x):\n    return x * {i}\n"),
            1 => format!("int f{i}(int x) {{ return x * {i}; }}\n"),
            2 => format!("key{i}: value\nlist:\n  - {i}\n"),
            _ => format!("<root><item id=\"{i}\"/></root>\n"),
        };
        std::fs::write(&p, body).unwrap();
        list.push_str(p.to_str().unwrap());
        list.push('\n');
    }
    let list_path = d.path().join("list.txt");
    std::fs::write(&list_path, &list).unwrap();

    let (recs, out) = detect_json(&["--files-from", list_path.to_str().unwrap()], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(recs.len(), 1000);
    recs.iter().for_each(assert_contract);

    // The same list on standard input, batched, gives the same answers.
    let (batched, out) = detect_json(
        &["--files-from", "-", "--batch", "16"],
        Some(list.as_bytes()),
    );
    assert!(out.status.success());
    assert_eq!(batched.len(), 1000);
    for (a, b) in recs.iter().zip(&batched) {
        assert_eq!(a["path"], b["path"]);
        assert_eq!(a["language"], b["language"]);
        let (ca, cb) = (
            a["confidence"].as_f64().unwrap(),
            b["confidence"].as_f64().unwrap(),
        );
        assert!((ca - cb).abs() < 1e-3, "{a} vs {b}");
    }
}

#[test]
fn table_output_is_readable() {
    let model = bundle().to_str().unwrap();
    let out = codeberta(
        &["detect", "--model", model, "-"],
        Some(b"#!/bin/bash\necho hi\n"),
    );
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    assert!(lines.next().unwrap().starts_with("PATH"));
    let row = lines.next().unwrap();
    assert!(row.starts_with('-') && row.contains("shellscript"), "{row}");
}

/// Copies the shared bundle so a test can damage its copy.
fn bundle_copy(into: &Path) -> PathBuf {
    let dir = into.join("bundle");
    std::fs::create_dir_all(&dir).unwrap();
    for e in std::fs::read_dir(bundle()).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), dir.join(e.file_name())).unwrap();
    }
    dir
}

fn load_error(model: &Path) -> String {
    let out = codeberta(
        &["detect", "--model", model.to_str().unwrap(), "-"],
        Some(b"x = 1\n"),
    );
    assert_eq!(
        out.status.code(),
        Some(2),
        "a broken bundle is a fatal, clean error"
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(!err.contains("panicked"), "{err}");
    err
}

#[test]
fn broken_bundles_get_clear_errors() {
    let d = tempfile::tempdir().unwrap();

    let b = bundle_copy(&d.path().join("missing"));
    std::fs::remove_file(b.join("tokenizer.json")).unwrap();
    assert!(load_error(&b).contains("missing file `tokenizer.json`"));

    let b = bundle_copy(&d.path().join("extra-label"));
    let mut labels: Value =
        serde_json::from_slice(&std::fs::read(b.join("labels.json")).unwrap()).unwrap();
    labels["labels"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"id": "rust", "nvim_filetype": "rust"}));
    std::fs::write(b.join("labels.json"), labels.to_string()).unwrap();
    let mut config: Value =
        serde_json::from_slice(&std::fs::read(b.join("config.json")).unwrap()).unwrap();
    config.as_object_mut().unwrap().remove("num_labels");
    std::fs::write(b.join("config.json"), config.to_string()).unwrap();
    let err = load_error(&b);
    assert!(
        err.contains("produces 8 logits but labels.json lists 9 labels"),
        "{err}"
    );

    let b = bundle_copy(&d.path().join("names"));
    let mut config: Value =
        serde_json::from_slice(&std::fs::read(b.join("config.json")).unwrap()).unwrap();
    config["codeberta"]["input_names"] = serde_json::json!(["tokens", "mask"]);
    std::fs::write(b.join("config.json"), config.to_string()).unwrap();
    let err = load_error(&b);
    assert!(
        err.contains("inputs are") && err.contains("tokens"),
        "{err}"
    );

    let b = bundle_copy(&d.path().join("corrupt"));
    std::fs::write(b.join("model.onnx"), b"definitely not protobuf").unwrap();
    assert!(load_error(&b).contains("not a loadable ONNX model"));

    let b = bundle_copy(&d.path().join("labels"));
    std::fs::write(b.join("labels.json"), b"{\"labels\": [").unwrap();
    assert!(load_error(&b).contains("labels.json"));

    assert!(load_error(&d.path().join("nowhere")).contains("not a directory"));
}

#[test]
fn a_missing_onnx_runtime_is_an_error_not_a_panic() {
    let model = bundle().to_str().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_codeberta"))
        .args(["detect", "--model", model, "-"])
        .env("ORT_DYLIB_PATH", "/nonexistent/libonnxruntime.so")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("ONNX Runtime could not be loaded"), "{err}");
    assert!(err.contains("pip install onnxruntime"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// The stylesheet rule on the shipped default model: whichever of css,
/// scss and less the experts rank first, the text's own syntax decides.
#[test]
fn stylesheet_syntax_decides_between_css_scss_and_less() {
    let model = concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/default");
    let cases = [
        (
            "css",
            ".nav { margin: 0; padding: 0 }\n.nav li { display: inline-block; color: #333 }\n\
             @media (max-width: 600px) { .nav li { display: block } }\n",
        ),
        (
            "scss",
            ".nav { margin: 0; padding: 0 }\n.nav li { display: inline-block; color: $text }\n\
             .nav a { color: darken($text, 10%) }\n",
        ),
        (
            "less",
            "@text: #333;\n.nav { margin: 0; padding: 0 }\n.nav li { display: inline-block; color: @text }\n",
        ),
    ];
    for (want, text) in cases {
        let out = codeberta(
            &["detect", "--model", model, "--json", "-"],
            Some(text.as_bytes()),
        );
        assert!(out.status.success(), "{out:?}");
        let rec: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(rec["language"], want, "{text}\n{rec}");
    }
}

/// The structure rules on the shipped default model: a CI workflow that is
/// mostly shell in `run: |` blocks is YAML, Python's docs are
/// reStructuredText, and a stylesheet whose only preprocessor syntax is
/// nesting is no plain CSS.
#[test]
fn structure_rules_override_the_experts() {
    let model = concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/default");
    let workflow = "name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n\
        \x20   - run: |\n        set -ex\n        if [ -z \"$TARGET\" ]; then\n          export TARGET=x86_64\n\
        \x20       fi\n        cargo build --target \"$TARGET\"\n        cargo test -- --ignored\n\
        \x20       ./ci/run.sh \"$TARGET\" && echo ok\n";
    let docs = ":mod:`argparse` --- Parser for command-line options\n\
        ===================================================\n\n.. module:: argparse\n\n\
        Example::\n\n   import argparse\n   parser = argparse.ArgumentParser()\n\
        \x20  parser.add_argument('x', type=int)\n   args = parser.parse_args()\n   print(args.x)\n\n\
        .. class:: ArgumentParser(prog=None)\n\n   Create a new parser.\n";
    // The experts alone call this CSS.
    let nested = ".card {\n\tborder: 1px solid var(--card-border);\n\tpadding: 1rem;\n\n\th2 {\n\t\tfont-size: 1.25rem;\n\t\tcolor: var(--card-title);\n\t}\n}\n";
    let detect = |text: &str| {
        let out = codeberta(
            &["detect", "--model", model, "--json", "-"],
            Some(text.as_bytes()),
        );
        assert!(out.status.success(), "{out:?}");
        serde_json::from_slice::<Value>(&out.stdout).unwrap()
    };
    let octave = "%% @example\n%% @group\n%% y = twice (3)\n%%   @result{} y = 6\n\
        %% @end group\n%% @end example\n";
    let bundle = "Title=Titre\nTitle_Color=Couleur du titre\n\
        Tick_Label_Insets=Position des \\u00E9tiquettes\n";
    // The experts alone call these shell, Python, Erlang and INI.
    for (want, text) in [
        ("yaml", workflow),
        ("restructuredtext", docs),
        ("matlab", octave),
        ("properties", bundle),
    ] {
        let rec = detect(text);
        assert_eq!(rec["language"], want, "{text}\n{rec}");
    }
    let rec = detect(nested);
    assert!(
        rec["language"] == "scss" || rec["language"] == "less",
        "{nested}\n{rec}"
    );
}

/// `eval --errors` lists exactly the misclassified inputs, with the text
/// each view showed.
#[test]
fn eval_lists_its_errors() {
    let model = concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/default");
    let tmp = tempfile::tempdir().unwrap();
    let python =
        "import os\n\ndef main():\n    for name in os.listdir('.'):\n        print(name)\n";
    for (label, name) in [("python", "right.py"), ("rust", "wrong.rs")] {
        let dir = tmp.path().join("data").join(label);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(name), python).unwrap();
    }
    let errors = tmp.path().join("errors.jsonl");
    let out = codeberta(
        &[
            "eval",
            "--model",
            model,
            "--data",
            tmp.path().join("data").to_str().unwrap(),
            "--views",
            "full",
            "--errors",
            errors.to_str().unwrap(),
        ],
        None,
    );
    assert!(out.status.success(), "{out:?}");
    let lines: Vec<Value> = std::fs::read_to_string(&errors)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert_eq!(lines[0]["view"], "full");
    assert_eq!(lines[0]["path"], "rust/wrong.rs");
    assert_eq!(lines[0]["truth"], "rust");
    assert_eq!(lines[0]["predicted"], "python");
    assert_eq!(lines[0]["text"], python);
}
