//! Corpus harvesting: builds `OUT/<label>/<files>` (the FileTypeData layout
//! the trainer reads) from folders on disk and from Debian packages named in
//! a sources file, with the filters of DESIGN.md ("Training data"), content
//! dedupe, caps, seeded sampling, a provenance manifest and an optional
//! package-held-out split (`OUT/train/<label>`, `OUT/heldout/<label>`).
//!
//! Same inputs (sources, package versions, folders, caps, seed) give the same
//! corpus byte for byte: everything is read in sorted order and sampling is
//! a hash of seed and content.

pub mod archive;
pub mod collect;
pub mod debian;
pub mod error;
pub mod filter;
pub mod resolve;
pub mod select;
pub mod sources;
pub mod split;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

pub use collect::Candidate;
pub use error::{HarvestError, Result};
pub use select::Caps;
pub use sources::{check_allowed, PackageKind, SourceRow};

use collect::{BlobStore, Collector};
use debian::Cache;
use split::LabelSplit;

/// What to harvest and where.
#[derive(Debug, Clone)]
pub struct HarvestConfig {
    pub out: PathBuf,
    /// Download cache (apt state, packages, content-addressed blobs).
    pub cache: PathBuf,
    /// Sources files in the format of `corpus/sources.tsv`.
    pub sources: Vec<PathBuf>,
    /// `(label, folder)`: every file below the folder is that label.
    pub dirs: Vec<(String, PathBuf)>,
    /// Folders already in `<label>/<files>` layout.
    pub corpora: Vec<PathBuf>,
    /// Only these labels (all when `None`).
    pub labels: Option<Vec<String>>,
    pub caps: Caps,
    /// Hold out this fraction of each label by package.
    pub holdout_fraction: Option<f64>,
    /// Never run apt: use the cache only.
    pub offline: bool,
    /// Refresh the private apt lists before fetching.
    pub apt_update: bool,
    /// Fail on the first package that cannot be fetched or read, instead of
    /// reporting it and going on.
    pub strict: bool,
}

impl HarvestConfig {
    pub fn new(out: impl Into<PathBuf>, cache: impl Into<PathBuf>) -> HarvestConfig {
        HarvestConfig {
            out: out.into(),
            cache: cache.into(),
            sources: Vec::new(),
            dirs: Vec::new(),
            corpora: Vec::new(),
            labels: None,
            caps: Caps {
                per_label: 400,
                per_package: 150,
                seed: 42,
            },
            holdout_fraction: None,
            offline: false,
            apt_update: false,
            strict: false,
        }
    }
}

/// Per-label outcome.
#[derive(Debug, Clone, Default)]
pub struct LabelReport {
    /// Files that passed the filters (before dedupe).
    pub accepted: usize,
    /// After cross-corpus dedupe.
    pub unique: usize,
    pub selected: usize,
    pub selected_bytes: u64,
    pub packages: usize,
    pub rejected: BTreeMap<&'static str, usize>,
}

/// What a harvest did.
#[derive(Debug, Clone, Default)]
pub struct HarvestReport {
    pub labels: BTreeMap<String, LabelReport>,
    pub skipped_eval_overlap: usize,
    pub skipped_forbidden: usize,
    /// `(package=version, error)` for packages that could not be used.
    pub failed: Vec<(String, String)>,
    pub duplicates_dropped: usize,
    pub split: Option<Vec<LabelSplit>>,
    pub files: usize,
    pub bytes: u64,
}

/// Names harvest writes into OUT; only these are removed before a rerun.
const OUT_FILES: &[&str] = &["manifest.tsv", "report.tsv", "split.tsv", "labels.txt"];

fn prepare_out(out: &Path) -> Result<()> {
    if out.exists() {
        let rd = std::fs::read_dir(out)
            .map_err(|e| HarvestError::io("reading output folder", out, e))?;
        let entries: Vec<_> = rd.flatten().collect();
        if !entries.is_empty() && !out.join("manifest.tsv").is_file() {
            return Err(HarvestError::Invalid(format!(
                "{} is not empty and holds no manifest.tsv of an earlier harvest; refusing to write into it",
                out.display()
            )));
        }
        for e in entries {
            let name = e.file_name().to_string_lossy().into_owned();
            let p = e.path();
            let ours_dir = p.is_dir()
                && (name == split::TRAIN
                    || name == split::HELDOUT
                    || codeberta_core::languages::is_valid_label(&name));
            if ours_dir {
                std::fs::remove_dir_all(&p)
                    .map_err(|e| HarvestError::io("clearing earlier harvest", &p, e))?;
            } else if OUT_FILES.contains(&name.as_str()) {
                std::fs::remove_file(&p)
                    .map_err(|e| HarvestError::io("clearing earlier harvest", &p, e))?;
            }
        }
    }
    std::fs::create_dir_all(out).map_err(|e| HarvestError::io("creating output folder", out, e))
}

fn label_allowed(cfg: &HarvestConfig, label: &str) -> bool {
    cfg.labels
        .as_ref()
        .is_none_or(|ls| ls.iter().any(|l| l == label))
}

/// Runs a harvest. `log` receives one line per step (package read, counts).
pub fn harvest(cfg: &HarvestConfig, log: &mut dyn FnMut(&str)) -> Result<HarvestReport> {
    if let Some(f) = cfg.holdout_fraction {
        if !(0.0..1.0).contains(&f) {
            return Err(HarvestError::Invalid(format!(
                "--holdout-fraction must be in [0, 1), got {f}"
            )));
        }
    }
    if cfg.caps.per_label == 0 || cfg.caps.per_package == 0 {
        return Err(HarvestError::Invalid("caps must be at least 1".into()));
    }
    let mut report = HarvestReport::default();
    let mut rows = Vec::new();
    for path in &cfg.sources {
        let text = std::fs::read_to_string(path)
            .map_err(|e| HarvestError::io("reading sources file", path, e))?;
        let (mut r, skipped) = sources::parse_sources(path, &text, cfg.labels.as_deref())?;
        report.skipped_eval_overlap += skipped.eval_overlap.len();
        report.skipped_forbidden += skipped.forbidden.len();
        for f in &skipped.forbidden {
            log(&format!(
                "refused (reserved for evaluation): {}",
                f.replace('\t', " ")
            ));
        }
        rows.append(&mut r);
    }
    for (label, _) in &cfg.dirs {
        if !codeberta_core::languages::is_valid_label(label) {
            return Err(HarvestError::Label(label.clone()));
        }
    }
    prepare_out(&cfg.out)?;

    let cache = Cache::new(&cfg.cache, cfg.offline);
    let scratch = cfg.cache.join("tmp");
    let mut collector = Collector::new(
        BlobStore {
            root: cfg.cache.join("blobs"),
        },
        scratch,
    );

    // One pass per package version, however many rows name it.
    let mut packages: BTreeMap<(PackageKind, String, String), Vec<&SourceRow>> = BTreeMap::new();
    for r in &rows {
        packages
            .entry((r.kind, r.package.clone(), r.version.clone()))
            .or_default()
            .push(r);
    }
    if !packages.is_empty() && cfg.apt_update {
        cache.update(true)?;
    }
    // Fetch everything first: downloads are network-bound, reading is
    // CPU-bound, and a failed fetch is better known before an hour of reading.
    let mut dirs = BTreeMap::new();
    for key in packages.keys() {
        let (kind, name, version) = key;
        let t = Instant::now();
        match cache.fetch(*kind, name, version) {
            Ok(d) => {
                if t.elapsed().as_secs_f64() > 0.5 {
                    log(&format!(
                        "fetched {name}={version} in {:.1}s",
                        t.elapsed().as_secs_f64()
                    ));
                }
                dirs.insert(key.clone(), d);
            }
            Err(e) => {
                if cfg.strict {
                    return Err(e);
                }
                log(&format!("skipping {name}={version}: {e}"));
                report
                    .failed
                    .push((format!("{name}={version}"), e.to_string()));
            }
        }
    }
    for (key, rs) in &packages {
        let Some(dir) = dirs.get(key) else { continue };
        let before = collector.candidates.len();
        let t = Instant::now();
        if let Err(e) = collector.package(rs, dir) {
            if cfg.strict {
                return Err(e);
            }
            log(&format!("skipping {}={}: {e}", key.1, key.2));
            report
                .failed
                .push((format!("{}={}", key.1, key.2), e.to_string()));
            continue;
        }
        log(&format!(
            "read {}{}={}: {} candidate files in {:.1}s",
            if key.0 == PackageKind::Source {
                "src:"
            } else {
                ""
            },
            key.1,
            key.2,
            collector.candidates.len() - before,
            t.elapsed().as_secs_f64()
        ));
    }
    let mut dirs_sorted: Vec<&(String, PathBuf)> = cfg
        .dirs
        .iter()
        .filter(|(l, _)| label_allowed(cfg, l))
        .collect();
    dirs_sorted.sort();
    for (label, dir) in dirs_sorted {
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "dir".into());
        collector.folder(label, &format!("dir:{name}"), dir)?;
    }
    let mut corpora = cfg.corpora.clone();
    corpora.sort();
    for root in &corpora {
        read_corpus_layout(cfg, &mut collector, root)?;
    }

    for (label, n) in &collector.stats.accepted {
        report.labels.entry(label.clone()).or_default().accepted = *n;
    }
    for ((label, why), n) in &collector.stats.rejected {
        *report
            .labels
            .entry(label.clone())
            .or_default()
            .rejected
            .entry(why)
            .or_default() += n;
    }
    let (unique, dropped) = select::dedupe(std::mem::take(&mut collector.candidates));
    report.duplicates_dropped = dropped;
    for c in &unique {
        report.labels.entry(c.label.clone()).or_default().unique += 1;
    }
    let chosen = select::select(&unique, cfg.caps);
    let mut pkgs: BTreeMap<&str, std::collections::BTreeSet<&str>> = BTreeMap::new();
    for c in &chosen {
        let l = report.labels.entry(c.label.clone()).or_default();
        l.selected += 1;
        l.selected_bytes += c.bytes;
        pkgs.entry(&c.label).or_default().insert(&c.package);
        report.files += 1;
        report.bytes += c.bytes;
    }
    for (label, set) in pkgs {
        report.labels.entry(label.to_string()).or_default().packages = set.len();
    }

    let placed: Vec<(String, Candidate)> = match cfg.holdout_fraction {
        Some(f) => {
            let (assigned, summary) = split::split(&chosen, f, cfg.caps.seed);
            write_split_tsv(&cfg.out, &summary)?;
            report.split = Some(summary);
            assigned
        }
        None => chosen.iter().map(|c| (String::new(), c.clone())).collect(),
    };
    let rows = select::write_files(&cfg.out, &collector.blobs, &placed)?;
    let mut manifest = String::from(select::MANIFEST_HEADER);
    manifest.push_str(&rows);
    write(&cfg.out.join("manifest.tsv"), &manifest)?;
    let labels: String = report
        .labels
        .iter()
        .filter(|(_, r)| r.selected > 0)
        .map(|(l, _)| format!("{l}\n"))
        .collect();
    write(&cfg.out.join("labels.txt"), &labels)?;
    write(&cfg.out.join("report.tsv"), &report_tsv(&report))?;
    Ok(report)
}

/// A folder in `<label>/<files>` layout: each subfolder of a label folder is
/// one project (package); loose files form one project named after the root.
fn read_corpus_layout(cfg: &HarvestConfig, collector: &mut Collector, root: &Path) -> Result<()> {
    let root_name = root
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "corpus".into());
    let mut labels: Vec<PathBuf> = std::fs::read_dir(root)
        .map_err(|e| HarvestError::io("reading corpus folder", root, e))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    labels.sort();
    for label_dir in labels {
        let label = label_dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let label = codeberta_core::languages::canonical_id(&label).to_string();
        if !codeberta_core::languages::is_valid_label(&label) || !label_allowed(cfg, &label) {
            continue;
        }
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&label_dir)
            .map_err(|e| HarvestError::io("reading corpus folder", &label_dir, e))?
            .flatten()
            .map(|e| e.path())
            .collect();
        entries.sort();
        for p in entries {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if p.is_dir() {
                collector.folder(&label, &format!("corpus:{name}"), &p)?;
            } else if p.is_file() {
                let len = p.metadata().map(|m| m.len()).unwrap_or(u64::MAX);
                if len > filter::MAX_BYTES as u64 {
                    continue;
                }
                let bytes =
                    std::fs::read(&p).map_err(|e| HarvestError::io("reading file", &p, e))?;
                collector.consider(
                    &[label.as_str()],
                    &format!("corpus:{root_name}"),
                    &name,
                    &bytes,
                )?;
            }
        }
    }
    Ok(())
}

fn write(path: &Path, text: &str) -> Result<()> {
    std::fs::write(path, text).map_err(|e| HarvestError::io("writing", path, e))
}

fn write_split_tsv(out: &Path, summary: &[LabelSplit]) -> Result<()> {
    let mut s = String::from("label\tunit\ttrain_files\theldout_files\theldout_groups\n");
    for l in summary {
        s.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\n",
            l.label,
            l.unit.as_str(),
            l.train_files,
            l.heldout_files,
            l.heldout_groups.join(",")
        ));
    }
    write(&out.join("split.tsv"), &s)
}

/// `report.tsv`: per label, what was found, kept and why the rest was not.
pub fn report_tsv(r: &HarvestReport) -> String {
    let mut s =
        String::from("label\tselected\tselected_bytes\tpackages\tunique\taccepted\trejected\n");
    for (label, l) in &r.labels {
        let rejected: Vec<String> = l.rejected.iter().map(|(k, v)| format!("{k}={v}")).collect();
        s.push_str(&format!(
            "{label}\t{}\t{}\t{}\t{}\t{}\t{}\n",
            l.selected,
            l.selected_bytes,
            l.packages,
            l.unique,
            l.accepted,
            rejected.join(",")
        ));
    }
    s
}
