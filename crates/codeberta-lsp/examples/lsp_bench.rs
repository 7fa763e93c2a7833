//! Benchmarks of the real server over stdio (not a test: numbers, no
//! pass/fail): classify latency of a 4 KiB buffer, correction → serving
//! latency, resident memory, and what learning a small DSL costs:
//!
//! ```text
//! lsp_bench [--model DIR] [--server PATH] [--n N]
//!           [--base-eval DIR] [--base-eval-per-label N] [--seed S] [--dsl-held-out N]
//! ```
//!
//! Without `--model` a random tiny bundle is generated (its numbers are not
//! the default model's).
//!
//! The DSL experiment runs in a fresh server with an empty data folder: five
//! samples of a small pipeline DSL are recorded, one after the other, with
//! `codeberta.recordCorrection` under the new label `pipelinedsl`, each time
//! waiting until the server retrained; then `--dsl-held-out` (default 200)
//! other samples of the DSL are classified (`codeberta/classify`) and the
//! share classified `pipelinedsl` is printed. With `--base-eval DIR` (a
//! labelled folder `DIR/<label>/<files>`) the top-1 accuracy of the served
//! model on DIR is measured before the corrections and after the retrained
//! model was swapped in, through the same server, and the drop is printed.
//! `--base-eval-per-label N` samples at most N files per label, with `--seed`
//! (default 7) fixing which.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

use codeberta_core::languages::canonical_id;
use serde_json::{json, Value};

struct Lsp {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    next_id: i64,
    /// Every `window/logMessage` so far.
    logs: Vec<String>,
}

impl Lsp {
    fn send(&mut self, msg: &Value) -> std::io::Result<()> {
        let body = msg.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len())?;
        self.stdin.flush()
    }

    fn read(&mut self) -> std::io::Result<Value> {
        let mut len = 0usize;
        loop {
            let mut line = String::new();
            if self.stdout.read_line(&mut line)? == 0 {
                return Err(std::io::Error::other("server closed stdout"));
            }
            let line = line.trim();
            if line.is_empty() {
                break;
            }
            if let Some(v) = line.strip_prefix("Content-Length:") {
                len = v.trim().parse().map_err(std::io::Error::other)?;
            }
        }
        let mut buf = vec![0; len];
        self.stdout.read_exact(&mut buf)?;
        serde_json::from_slice(&buf).map_err(std::io::Error::other)
    }

    fn request(&mut self, method: &str, params: Value) -> std::io::Result<Value> {
        self.next_id += 1;
        let id = self.next_id;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}))?;
        loop {
            let msg = self.read()?;
            if msg.get("id") == Some(&json!(id)) && msg.get("method").is_none() {
                return Ok(msg);
            }
            if msg["method"] == "window/logMessage" {
                let text = msg["params"]["message"].as_str().unwrap_or("");
                if text.contains("rejected") || text.contains("failed") {
                    println!("server: {text}");
                }
                self.logs.push(text.to_string());
            }
            if let (Some(id), Some(_)) = (msg.get("id"), msg.get("method")) {
                // A server request (progress creation): answer it.
                let id = id.clone();
                self.send(&json!({"jsonrpc": "2.0", "id": id, "result": null}))?;
            }
        }
    }

    /// Starts the server and initializes it.
    fn start(server: &Path, model: &Path, data: &Path) -> Result<Self, Box<dyn std::error::Error>> {
        let mut child = Command::new(server)
            .args(["--stdio", "--model"])
            .arg(model)
            .arg("--data-dir")
            .arg(data)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()?;
        let stdin = child.stdin.take().ok_or("no stdin")?;
        let stdout = BufReader::new(child.stdout.take().ok_or("no stdout")?);
        let mut lsp = Lsp {
            child,
            stdin,
            stdout,
            next_id: 0,
            logs: Vec::new(),
        };
        let init =
            json!({"capabilities": {}, "initializationOptions": {"codeberta": {"debounceMs": 50}}});
        lsp.request("initialize", init)?;
        lsp.send(&json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}))?;
        Ok(lsp)
    }

    fn stop(mut self) -> std::io::Result<()> {
        self.request("shutdown", Value::Null)?;
        self.send(&json!({"jsonrpc": "2.0", "method": "exit"}))?;
        let _ = self.child.wait();
        Ok(())
    }

    /// Waits (polling with cheap requests, which collect the log) for a log
    /// message after the first `since` that contains one of `needles`.
    fn wait_log(
        &mut self,
        since: usize,
        needles: &[&str],
        limit: Duration,
    ) -> std::io::Result<Option<String>> {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(hit) = self.logs[since.min(self.logs.len())..]
                .iter()
                .find(|m| needles.iter().any(|n| m.contains(n)))
            {
                return Ok(Some(hit.clone()));
            }
            if Instant::now() > deadline {
                return Ok(None);
            }
            std::thread::sleep(Duration::from_millis(20));
            self.request("codeberta/classify", json!({"text": "x", "topK": 1}))?;
        }
    }

    fn top(&mut self, text: &str) -> std::io::Result<String> {
        let r = self.request("codeberta/classify", json!({"text": text, "topK": 1}))?;
        Ok(r["result"]["guesses"][0]["languageId"]
            .as_str()
            .unwrap_or("")
            .to_string())
    }
}

fn rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or_default()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut model = None;
    let mut server = None;
    let mut n = 200usize;
    let mut opts = Options {
        base_eval: None,
        per_label: None,
        seed: 7,
        dsl_held_out: 200,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--model" => model = Some(PathBuf::from(value()?)),
            "--server" => server = Some(PathBuf::from(value()?)),
            "--n" => n = value()?.parse()?,
            "--base-eval" => opts.base_eval = Some(PathBuf::from(value()?)),
            "--base-eval-per-label" => opts.per_label = Some(value()?.parse()?),
            "--seed" => opts.seed = value()?.parse()?,
            "--dsl-held-out" => opts.dsl_held_out = value()?.parse::<usize>()?.max(1),
            other => return Err(format!("unknown argument {other}").into()),
        }
    }
    let tmp = tempfile::tempdir()?;
    let model = match model {
        Some(m) => m,
        None => {
            let dir = tmp.path().join("model");
            codeberta_train::testing::random_bundle(
                &dir,
                &codeberta_core::languages::ORIGINAL_EIGHT,
                codeberta_train::model::Preset::Tiny,
                7,
                &[],
            )?;
            println!("model: random tiny bundle (pass --model for a real one)");
            dir
        }
    };
    let server = match server {
        Some(s) => s,
        None => std::env::current_exe()?
            .parent()
            .and_then(|p| p.parent())
            .map(|p| p.join("codeberta-lsp"))
            .ok_or("cannot locate codeberta-lsp; pass --server")?,
    };
    let data = tmp.path().join("data");
    let mut lsp = Lsp::start(&server, &model, &data)?;
    let pid = lsp.child.id();
    println!("rss after start: {} KiB", rss_kib(pid).unwrap_or(0));

    let unit = "def handler(event, context):\n    items = [x for x in event['items'] if x]\n    return {'count': len(items)}\n\n";
    let text: String = unit
        .repeat(4096 / unit.len() + 1)
        .chars()
        .take(4096)
        .collect();
    for _ in 0..10 {
        lsp.top(&text)?;
    }
    let mut times = Vec::with_capacity(n);
    for _ in 0..n {
        let t = Instant::now();
        lsp.top(&text)?;
        times.push(t.elapsed());
    }
    times.sort();
    println!(
        "classify 4 KiB over stdio: p50 {:.2} ms, p90 {:.2} ms, max {:.2} ms (n={n})",
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.9).as_secs_f64() * 1e3,
        times.last().copied().unwrap_or_default().as_secs_f64() * 1e3
    );

    let folder = data.join("corrections").join("bench");
    std::fs::create_dir_all(&folder)?;
    let mut latencies = Vec::new();
    for trial in 0..5 {
        let label = format!("benchdsl{trial}");
        // Each trial teaches a new label with its own vocabulary.
        let words = [
            "zork", "quux", "frob", "blarg", "wibble", "plugh", "xyzzy", "snark",
        ];
        let (a, b) = (words[trial % words.len()], words[(trial + 3) % words.len()]);
        let sample = format!("{a}{trial} ::= {b} |> {a}{b}\n{b}{trial} ::= {a} |> {b}{a}\n");
        let file = folder.join(format!("{trial}.json"));
        let tmpfile = folder.join(format!(".{trial}.tmp"));
        let t = Instant::now();
        std::fs::write(
            &tmpfile,
            json!({"text": sample, "language": label}).to_string(),
        )?;
        std::fs::rename(&tmpfile, &file)?;
        let deadline = t + Duration::from_secs(60);
        loop {
            if lsp.top(&sample)? == label {
                latencies.push(t.elapsed());
                break;
            }
            if Instant::now() > deadline {
                println!("trial {trial}: not served within 60 s");
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
    latencies.sort();
    println!(
        "correction file -> served: p50 {:.0} ms, max {:.0} ms (n={})",
        percentile(&latencies, 0.5).as_secs_f64() * 1e3,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
        latencies.len()
    );
    println!("rss after benchmarks: {} KiB", rss_kib(pid).unwrap_or(0));
    lsp.stop()?;

    let base = match &opts.base_eval {
        Some(dir) => Some(load_labelled(dir, opts.per_label, opts.seed)?),
        None => None,
    };
    dsl_experiment(
        &server,
        &model,
        &tmp.path().join("dsl-data"),
        base.as_deref(),
        &opts,
    )
}

struct Options {
    base_eval: Option<PathBuf>,
    per_label: Option<usize>,
    seed: u64,
    dsl_held_out: usize,
}

/// The new label the DSL is taught as.
const DSL_LABEL: &str = "pipelinedsl";
const DSL_CORRECTIONS: usize = 5;

/// SplitMix64: a fixed-seed generator, so runs sample the same files.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

/// A sample of a small in-house pipeline DSL the base model has never seen
/// (the one tests/lsp/test_learning.py teaches).
fn dsl_sample(rng: &mut Rng) -> String {
    let name: String = (0..6)
        .map(|_| char::from(b'a' + rng.range(0, 15) as u8))
        .collect();
    let mut out = format!("pipeline \"{name}-{}\" {{\n", rng.range(1, 99));
    for _ in 0..rng.range(2, 4) {
        let op = rng.pick(&[
            "fetch <- source://",
            "clean ~> dedupe://",
            "route => queue://",
        ]);
        out.push_str(&format!(
            "  stage {op}{name}/{} @every {}m\n",
            rng.range(1, 9),
            rng.range(1, 60)
        ));
    }
    out.push_str(&format!("  emit sink://warehouse/{name}\n}}\n"));
    out
}

/// `DIR/<label>/<files>` (files at any depth below the label folder),
/// sorted; with `per_label`, a seeded sample of at most that many per label.
fn load_labelled(
    dir: &Path,
    per_label: Option<usize>,
    seed: u64,
) -> Result<Vec<(String, String)>, Box<dyn std::error::Error>> {
    fn files_under(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                files_under(&path, out)?;
            } else if path.is_file() {
                out.push(path);
            }
        }
        Ok(())
    }
    let mut labels: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    labels.sort();
    let mut rng = Rng(seed);
    let mut samples = Vec::new();
    let mut unreadable = 0usize;
    for label_dir in labels {
        let Some(label) = label_dir.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let mut files = Vec::new();
        files_under(&label_dir, &mut files)?;
        files.sort();
        if let Some(n) = per_label {
            // Partial Fisher-Yates: the first n of a seeded shuffle.
            for i in 0..n.min(files.len()) {
                let j = i + (rng.next() % (files.len() - i) as u64) as usize;
                files.swap(i, j);
            }
            files.truncate(n);
        }
        for f in files {
            match std::fs::read(&f) {
                Ok(bytes) => samples.push((
                    label.to_string(),
                    String::from_utf8_lossy(&bytes).into_owned(),
                )),
                Err(_) => unreadable += 1,
            }
        }
    }
    if unreadable > 0 {
        println!("base eval: {unreadable} unreadable files skipped");
    }
    if samples.is_empty() {
        return Err(format!("no files under {}/<label>/", dir.display()).into());
    }
    Ok(samples)
}

/// Top-1 predictions of the served model for every text.
fn predict_all(lsp: &mut Lsp, texts: &[(String, String)]) -> std::io::Result<Vec<String>> {
    texts.iter().map(|(_, text)| lsp.top(text)).collect()
}

fn accuracy(samples: &[(String, String)], predicted: &[String]) -> f64 {
    let hits = samples
        .iter()
        .zip(predicted)
        .filter(|((label, _), p)| canonical_id(label) == canonical_id(p))
        .count();
    100.0 * hits as f64 / samples.len().max(1) as f64
}

fn dsl_experiment(
    server: &Path,
    model: &Path,
    data: &Path,
    base: Option<&[(String, String)]>,
    opts: &Options,
) -> Result<(), Box<dyn std::error::Error>> {
    let mut rng = Rng(opts.seed ^ 0xD5_1D5);
    let train: Vec<String> = (0..DSL_CORRECTIONS).map(|_| dsl_sample(&mut rng)).collect();
    let mut held_out = Vec::new();
    while held_out.len() < opts.dsl_held_out {
        let s = dsl_sample(&mut rng);
        if !train.contains(&s) {
            held_out.push((DSL_LABEL.to_string(), s));
        }
    }
    let mut lsp = Lsp::start(server, model, data)?;
    let t = Instant::now();
    let base_before = match base {
        Some(b) => Some(predict_all(&mut lsp, b)?),
        None => None,
    };
    if let (Some(b), Some(p)) = (base, &base_before) {
        println!(
            "base eval before corrections: {:.2}% top-1 ({} files, {:.0} s)",
            accuracy(b, p),
            b.len(),
            t.elapsed().as_secs_f64()
        );
    }
    let dsl_before = accuracy(&held_out, &predict_all(&mut lsp, &held_out)?);

    for (i, text) in train.iter().enumerate() {
        let since = lsp.logs.len();
        let uri = format!("untitled:dsl-{i}");
        let r = lsp.request(
            "workspace/executeCommand",
            json!({"command": "codeberta.recordCorrection",
                   "arguments": [uri, DSL_LABEL, "plaintext", text]}),
        )?;
        if r.get("error").is_some() {
            return Err(format!("recordCorrection failed: {}", r["error"]).into());
        }
        let done = format!("installed ({} corrections", i + 1);
        match lsp.wait_log(
            since,
            &[&done, "rejected", "learning failed"],
            Duration::from_secs(120),
        )? {
            Some(m) if m.contains(&done) => {}
            Some(m) => println!("correction {}: {m}", i + 1),
            None => println!("correction {}: no retraining within 120 s", i + 1),
        }
    }
    let dsl_predicted = predict_all(&mut lsp, &held_out)?;
    println!(
        "DSL ({DSL_LABEL}, {DSL_CORRECTIONS} corrections): {:.1}% of {} held-out samples classified as corrected (before: {:.1}%)",
        accuracy(&held_out, &dsl_predicted),
        held_out.len(),
        dsl_before
    );
    if let (Some(b), Some(before)) = (base, &base_before) {
        let after = predict_all(&mut lsp, b)?;
        let (acc_before, acc_after) = (accuracy(b, before), accuracy(b, &after));
        let changed = before.iter().zip(&after).filter(|(x, y)| x != y).count();
        let to_dsl = after.iter().filter(|p| *p == DSL_LABEL).count();
        println!(
            "base eval after corrections: {acc_after:.2}% top-1; drop {:.2} points \
             ({changed} of {} predictions changed, {to_dsl} now {DSL_LABEL})",
            acc_before - acc_after,
            b.len()
        );
        // Where the changes went: (before -> after) with how many of them
        // were right before and after.
        let mut kinds: std::collections::BTreeMap<(String, String), (usize, usize, usize)> =
            std::collections::BTreeMap::new();
        for (((label, _), x), y) in b.iter().zip(before).zip(&after) {
            if x != y {
                let e = kinds.entry((x.clone(), y.clone())).or_default();
                e.0 += 1;
                e.1 += usize::from(canonical_id(label) == canonical_id(x));
                e.2 += usize::from(canonical_id(label) == canonical_id(y));
            }
        }
        let mut kinds: Vec<_> = kinds.into_iter().collect();
        kinds.sort_by_key(|(_, (n, _, _))| std::cmp::Reverse(*n));
        for ((x, y), (n, right_before, right_after)) in kinds.iter().take(8) {
            println!("  {x} -> {y}: {n} (right before {right_before}, after {right_after})");
        }
    }
    lsp.stop()?;
    Ok(())
}
