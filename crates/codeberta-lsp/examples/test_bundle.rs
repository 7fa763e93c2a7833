//! Writes a random-init tiny model bundle for the end-to-end tests:
//! `test_bundle OUT_DIR [SEED] [LABEL...]`.

use std::path::PathBuf;
use std::process::ExitCode;

use codeberta_train::model::Preset;
use codeberta_train::testing::random_bundle;

const DEFAULT_LABELS: [&str; 8] = codeberta_core::languages::ORIGINAL_EIGHT;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(out) = args.next().map(PathBuf::from) else {
        eprintln!("usage: test_bundle OUT_DIR [SEED] [LABEL...]");
        return ExitCode::from(2);
    };
    let seed = match args.next().map(|s| s.parse::<u64>()) {
        None => 7,
        Some(Ok(s)) => s,
        Some(Err(e)) => {
            eprintln!("test_bundle: bad seed: {e}");
            return ExitCode::from(2);
        }
    };
    let labels: Vec<String> = args.collect();
    let labels: Vec<&str> = if labels.is_empty() {
        DEFAULT_LABELS.to_vec()
    } else {
        labels.iter().map(String::as_str).collect()
    };
    match random_bundle(&out, &labels, Preset::Tiny, seed, &[]) {
        Ok(dir) => {
            println!("{}", dir.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("test_bundle: {e}");
            ExitCode::from(1)
        }
    }
}
