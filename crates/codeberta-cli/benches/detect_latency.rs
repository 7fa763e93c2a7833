//! Detection latency and throughput. Run with
//! `cargo bench -p codeberta-cli --bench detect_latency [-- --model DIR] [-- --preset tiny|small]`.
//! Without `--model` it builds a random-weight bundle of the chosen preset
//! (speed does not depend on the weights). Rules are off unless `--rules`
//! is given; the Python sample has nothing the rules before the model
//! decide, so it reaches the model either way, and `--rules` adds the cost
//! of the rules that read the text after it.

use std::path::PathBuf;
use std::time::Instant;

use codeberta_core::languages::ORIGINAL_EIGHT;
use codeberta_core::{Detector, DetectorOptions};
use codeberta_train::model::Preset;
use codeberta_train::testing::random_bundle;

const SIZES: [(&str, usize); 4] = [
    ("128 B", 128),
    ("1 KiB", 1024),
    ("4 KiB", 4096),
    ("64 KiB", 65536),
];

const SAMPLE: &str = r#"import os
import sys
from collections import defaultdict

class Index:
    """Maps words to the files that contain them."""

    def __init__(self, root):
        self.root = root
        self.words = defaultdict(set)

    def add(self, path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                for word in line.split():
                    self.words[word.lower()].add(path)

    def query(self, *terms):
        sets = [self.words.get(t.lower(), set()) for t in terms]
        return set.intersection(*sets) if sets else set()

def main(argv):
    idx = Index(argv[1])
    for dirpath, _, files in os.walk(idx.root):
        for name in files:
            idx.add(os.path.join(dirpath, name))
    print(sorted(idx.query(*argv[2:])))

if __name__ == "__main__":
    sys.exit(main(sys.argv))
"#;

fn text_of(size: usize) -> String {
    let mut s = String::with_capacity(size + SAMPLE.len());
    while s.len() < size {
        s.push_str(SAMPLE);
    }
    codeberta_core::tokenize::prefix_at_char_boundary(&s, size).to_string()
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn options(threads: usize, use_rules: bool) -> DetectorOptions {
    DetectorOptions {
        intra_threads: threads,
        use_rules,
        ..DetectorOptions::default()
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1).cloned())
    };
    let _tmp;
    let model = match arg("--model") {
        Some(m) => PathBuf::from(m),
        None => {
            let preset = match arg("--preset").as_deref() {
                Some("small") => Preset::Small,
                _ => Preset::Tiny,
            };
            _tmp = tempfile::tempdir().expect("tempdir");
            let dir = _tmp.path().join("bundle");
            random_bundle(&dir, &ORIGINAL_EIGHT, preset, 1, &[SAMPLE]).expect("random bundle");
            println!("model: random {preset:?} preset");
            dir
        }
    };
    let rules = args.iter().any(|a| a == "--rules");
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let iters: usize = arg("--iters").and_then(|s| s.parse().ok()).unwrap_or(200);
    println!("model dir: {}", model.display());
    println!("cores: {cores}, iterations per size: {iters}, rules: {rules}");

    for threads in [1, cores] {
        let det = Detector::load(&model, options(threads, rules)).expect("load model");
        println!("\nper-input latency, intra-op threads = {threads}");
        println!("{:>8} {:>10} {:>10}", "size", "p50 ms", "p95 ms");
        for (name, size) in SIZES {
            let text = text_of(size);
            for _ in 0..5 {
                det.detect(&text).expect("detect");
            }
            let mut ms: Vec<f64> = (0..iters)
                .map(|_| {
                    let t = Instant::now();
                    det.detect(&text).expect("detect");
                    t.elapsed().as_secs_f64() * 1000.0
                })
                .collect();
            ms.sort_by(f64::total_cmp);
            println!(
                "{name:>8} {:>10.3} {:>10.3}",
                percentile(&ms, 0.5),
                percentile(&ms, 0.95)
            );
        }
    }

    // Throughput over a mixed set of files: one detector batching on one
    // thread, then one single-threaded detector per core.
    let files: Vec<String> = (0..256).map(|i| text_of(SIZES[i % 3].1 + i)).collect();
    let refs: Vec<&str> = files.iter().map(String::as_str).collect();
    println!(
        "\nbatch throughput over {} mixed inputs (128 B - 4 KiB)",
        files.len()
    );
    let det = Detector::load(&model, options(1, rules)).expect("load model");
    let t = Instant::now();
    det.detect_batch(&refs).expect("batch");
    println!(
        "  1 thread, batches of 16: {:>8.1} files/s",
        files.len() as f64 / t.elapsed().as_secs_f64()
    );
    let workers: Vec<Detector> = (0..cores)
        .map(|_| Detector::load(&model, options(1, rules)).expect("load model"))
        .collect();
    let t = Instant::now();
    std::thread::scope(|s| {
        for (w, chunk) in workers.iter().zip(refs.chunks(refs.len().div_ceil(cores))) {
            s.spawn(move || w.detect_batch(chunk).expect("batch"));
        }
    });
    println!(
        "  {cores} workers x 1 thread:  {:>8.1} files/s",
        files.len() as f64 / t.elapsed().as_secs_f64()
    );
}
