//! `codeberta harvest`: build a labelled corpus from folders and Debian
//! packages (see `corpus/README.md`).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context};
use clap::Args;
use codeberta_train::harvest::{self, Caps, HarvestConfig};

#[derive(Args, Debug)]
pub struct HarvestArgs {
    /// Output folder: OUT/<label>/<files> (or OUT/train|heldout/<label>/...),
    /// OUT/manifest.tsv, OUT/report.tsv. Must be empty or an earlier harvest.
    #[arg(long)]
    out: PathBuf,
    /// Sources file(s) in the format of corpus/sources.tsv (Debian packages).
    #[arg(long, value_name = "TSV")]
    sources: Vec<PathBuf>,
    /// Every file below DIR is LABEL (repeatable).
    #[arg(long, value_name = "LABEL=DIR")]
    from_dir: Vec<String>,
    /// A folder already in <label>/<files> layout (repeatable).
    #[arg(long, value_name = "DIR")]
    from_corpus: Vec<PathBuf>,
    /// Download cache [default: $XDG_CACHE_HOME/codeberta/debian, else ~/.cache/codeberta/debian].
    #[arg(long)]
    cache: Option<PathBuf>,
    /// Only these labels (comma-separated).
    #[arg(long, value_delimiter = ',')]
    labels: Option<Vec<String>>,
    /// Most files per label.
    #[arg(long, default_value_t = 400)]
    per_label_cap: usize,
    /// Most files one package may give one label.
    #[arg(long, default_value_t = 150)]
    per_package_cap: usize,
    /// Seed of the sampling and of the split.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Hold out this fraction of each label, by whole packages, into OUT/heldout.
    #[arg(long, value_name = "FRACTION")]
    holdout_fraction: Option<f64>,
    /// Never run apt; use only what the cache holds.
    #[arg(long)]
    offline: bool,
    /// Refresh the cache's private apt package lists first.
    #[arg(long)]
    apt_update: bool,
    /// Stop at the first package that cannot be fetched or read.
    #[arg(long)]
    strict: bool,
}

fn default_cache() -> PathBuf {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(|| PathBuf::from(".cache"));
    base.join("codeberta").join("debian")
}

pub fn run(args: HarvestArgs) -> anyhow::Result<ExitCode> {
    let mut cfg = HarvestConfig::new(&args.out, args.cache.clone().unwrap_or_else(default_cache));
    cfg.sources = args.sources;
    for spec in &args.from_dir {
        let Some((label, dir)) = spec.split_once('=') else {
            bail!("--from-dir wants LABEL=DIR, got {spec:?}");
        };
        let label = codeberta_core::languages::canonical_id(label).to_string();
        cfg.dirs.push((label, PathBuf::from(dir)));
    }
    cfg.corpora = args.from_corpus;
    if cfg.sources.is_empty() && cfg.dirs.is_empty() && cfg.corpora.is_empty() {
        bail!("nothing to harvest: give --sources, --from-dir or --from-corpus");
    }
    cfg.labels = args.labels.map(|ls| {
        ls.iter()
            .map(|l| codeberta_core::languages::canonical_id(l.trim()).to_string())
            .collect()
    });
    cfg.caps = Caps {
        per_label: args.per_label_cap,
        per_package: args.per_package_cap,
        seed: args.seed,
    };
    cfg.holdout_fraction = args.holdout_fraction;
    cfg.offline = args.offline;
    cfg.apt_update = args.apt_update;
    cfg.strict = args.strict;

    let start = Instant::now();
    let report = harvest::harvest(&cfg, &mut |line| eprintln!("harvest: {line}"))
        .with_context(|| format!("harvesting into {}", args.out.display()))?;
    println!(
        "{:<18} {:>8} {:>10} {:>8} {:>8}",
        "label", "files", "KiB", "packages", "unique"
    );
    for (label, l) in &report.labels {
        println!(
            "{label:<18} {:>8} {:>10} {:>8} {:>8}",
            l.selected,
            l.selected_bytes / 1024,
            l.packages,
            l.unique
        );
    }
    if let Some(split) = &report.split {
        for s in split {
            println!(
                "split {:<18} train {:>5} heldout {:>5} by {}",
                s.label,
                s.train_files,
                s.heldout_files,
                s.unit.as_str()
            );
        }
    }
    println!(
        "{} files, {:.1} MiB, {} labels, {} duplicates dropped, {} rows skipped (eval overlap), {} refused (reserved), {} packages failed, {:.0}s",
        report.files,
        report.bytes as f64 / (1024.0 * 1024.0),
        report.labels.values().filter(|l| l.selected > 0).count(),
        report.duplicates_dropped,
        report.skipped_eval_overlap,
        report.skipped_forbidden,
        report.failed.len(),
        start.elapsed().as_secs_f64()
    );
    for (pkg, why) in &report.failed {
        eprintln!("harvest: failed {pkg}: {why}");
    }
    Ok(ExitCode::SUCCESS)
}
