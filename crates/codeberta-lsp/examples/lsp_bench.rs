//! Benchmarks of the real server over stdio (not a test: numbers, no
//! pass/fail): classify latency of a 4 KiB buffer, correction → serving
//! latency, resident memory.
//!
//! `lsp_bench [--model DIR] [--server PATH] [--n N]`; without `--model` a
//! random tiny bundle is generated (its latency is not the default model's).

use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

struct Lsp {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    next_id: i64,
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
            }
            if let (Some(id), Some(_)) = (msg.get("id"), msg.get("method")) {
                // A server request (progress creation): answer it.
                let id = id.clone();
                self.send(&json!({"jsonrpc": "2.0", "id": id, "result": null}))?;
            }
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
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--model" => model = args.next().map(PathBuf::from),
            "--server" => server = args.next().map(PathBuf::from),
            "--n" => n = args.next().ok_or("--n needs a value")?.parse()?,
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
    let mut child = Command::new(&server)
        .args(["--stdio", "--model"])
        .arg(&model)
        .arg("--data-dir")
        .arg(&data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()?;
    let pid = child.id();
    let stdin = child.stdin.take().ok_or("no stdin")?;
    let stdout = BufReader::new(child.stdout.take().ok_or("no stdout")?);
    let mut lsp = Lsp {
        child,
        stdin,
        stdout,
        next_id: 0,
    };
    let init =
        json!({"capabilities": {}, "initializationOptions": {"codeberta": {"debounceMs": 50}}});
    lsp.request("initialize", init)?;
    lsp.send(&json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}))?;
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
    lsp.request("shutdown", Value::Null)?;
    lsp.send(&json!({"jsonrpc": "2.0", "method": "exit"}))?;
    let _ = lsp.child.wait();
    Ok(())
}
