//! Turning packages and folders into candidate files: every file a row's
//! globs select is filtered, resolved and stored once by content hash in the
//! blob store; what comes out is a list of (label, package, path, sha256).

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use globset::GlobMatcher;
use sha2::{Digest, Sha256};

use super::archive::{
    gunzip_limited, is_zip, read_limited, strip_gz, zip_for_each_file, TarStream,
};
use super::debian::{files_with_suffix, source_tarball_prefix, strip_top};
use super::error::{HarvestError, Result};
use super::filter::{content_rejected, minified_for_label, path_rejected, Reject, MAX_BYTES};
use super::resolve::{contradicts_label, resolve};
use super::sources::{PackageKind, SourceRow};

/// The last component of a path inside a package (`/`-separated, `!`
/// between an archive and its member).
pub fn file_name(path: &str) -> &str {
    path.rsplit(['/', '!']).next().unwrap_or(path)
}

/// Everything before [`file_name`]: the folder (or archive) a file sits in;
/// empty at the package's top.
pub fn folder(path: &str) -> &str {
    path.rsplit_once(['/', '!']).map_or("", |(dir, _)| dir)
}

/// One file that passed every filter.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Candidate {
    pub label: String,
    pub package: String,
    /// Path inside the package; `ARCHIVE!INNER` for files inside archives.
    pub path: String,
    pub sha256: String,
    pub bytes: u64,
}

/// Content-addressed store of accepted files (`BLOBS/ab/abcd...`), so the
/// selection step can copy files without re-reading any archive.
#[derive(Debug, Clone)]
pub struct BlobStore {
    pub root: PathBuf,
}

impl BlobStore {
    pub fn path(&self, sha256: &str) -> PathBuf {
        self.root.join(&sha256[..2]).join(sha256)
    }

    fn put(&self, sha256: &str, bytes: &[u8]) -> Result<()> {
        let path = self.path(sha256);
        if path.is_file() {
            return Ok(());
        }
        let dir = path.parent().unwrap_or(&self.root);
        std::fs::create_dir_all(dir)
            .map_err(|e| HarvestError::io("creating blob folder", dir, e))?;
        // Write-then-rename: an interrupted run never leaves a truncated blob
        // under a valid hash.
        let tmp = dir.join(format!(".{sha256}.tmp"));
        std::fs::write(&tmp, bytes).map_err(|e| HarvestError::io("writing blob", &tmp, e))?;
        std::fs::rename(&tmp, &path).map_err(|e| HarvestError::io("storing blob", &path, e))
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in digest {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// Counts of what happened to matched files, per label.
#[derive(Debug, Default, Clone)]
pub struct Stats {
    pub accepted: BTreeMap<String, usize>,
    pub rejected: BTreeMap<(String, &'static str), usize>,
}

/// Accumulates candidates across packages and folders.
pub struct Collector {
    pub blobs: BlobStore,
    pub candidates: Vec<Candidate>,
    pub stats: Stats,
    /// Scratch folder for archives nested in packages.
    pub scratch: PathBuf,
}

/// The direct and nested globs of the rows of one package.
struct Matchers<'a> {
    direct: Vec<(&'a str, &'a GlobMatcher)>,
    nested: Vec<(&'a str, &'a GlobMatcher, &'a GlobMatcher)>,
}

impl<'a> Matchers<'a> {
    fn new(rows: &[&'a SourceRow]) -> Matchers<'a> {
        let mut direct = Vec::new();
        let mut nested = Vec::new();
        for row in rows {
            for p in &row.patterns {
                match &p.inner {
                    None => direct.push((row.label.as_str(), &p.outer)),
                    Some(inner) => nested.push((row.label.as_str(), &p.outer, inner)),
                }
            }
        }
        Matchers { direct, nested }
    }

    /// Labels whose direct globs select `path`, without repeats.
    fn labels_for(&self, path: &str) -> Vec<&'a str> {
        let mut out: Vec<&str> = self
            .direct
            .iter()
            .filter(|(_, g)| g.is_match(path))
            .map(|(l, _)| *l)
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

impl Collector {
    pub fn new(blobs: BlobStore, scratch: PathBuf) -> Collector {
        Collector {
            blobs,
            candidates: Vec::new(),
            stats: Stats::default(),
            scratch,
        }
    }

    fn reject(&mut self, label: &str, why: Reject) {
        *self
            .stats
            .rejected
            .entry((label.to_string(), why.as_str()))
            .or_default() += 1;
    }

    /// Filters one file for each label that selected it and records it.
    pub fn consider(
        &mut self,
        labels: &[&str],
        package: &str,
        path: &str,
        bytes: &[u8],
    ) -> Result<()> {
        if labels.is_empty() {
            return Ok(());
        }
        if let Some(why) = path_rejected(path) {
            for l in labels {
                self.reject(l, why);
            }
            return Ok(());
        }
        let text = match content_rejected(bytes) {
            Ok(t) => t,
            Err(why) => {
                for l in labels {
                    self.reject(l, why);
                }
                return Ok(());
            }
        };
        let resolved = resolve(path, text);
        let sha = sha256_hex(bytes);
        let mut stored = false;
        for l in labels {
            if minified_for_label(l, text) {
                self.reject(l, Reject::Minified);
                continue;
            }
            if resolved.is_some_and(|r| r != *l) || contradicts_label(l, path, text) {
                self.reject(l, Reject::Ambiguous);
                continue;
            }
            if !stored {
                self.blobs.put(&sha, bytes)?;
                stored = true;
            }
            *self.stats.accepted.entry(l.to_string()).or_default() += 1;
            self.candidates.push(Candidate {
                label: l.to_string(),
                package: package.to_string(),
                path: path.to_string(),
                sha256: sha.clone(),
                bytes: bytes.len() as u64,
            });
        }
        Ok(())
    }

    /// One entry of a package stream: a file the direct globs select, a
    /// gzip-compressed file whose uncompressed name they select, or an
    /// archive the nested globs open.
    fn visit_entry(
        &mut self,
        m: &Matchers<'_>,
        package: &str,
        path: &str,
        size: u64,
        r: &mut dyn Read,
    ) -> Result<()> {
        let labels = m.labels_for(path);
        if !labels.is_empty() {
            if size > MAX_BYTES as u64 {
                for l in &labels {
                    self.reject(l, Reject::TooLarge);
                }
                return Ok(());
            }
            let bytes = read_limited(r, MAX_BYTES)
                .map_err(|e| HarvestError::io("reading package entry", path, e))?;
            match bytes {
                Some(b) => self.consider(&labels, package, path, &b)?,
                None => labels.iter().for_each(|l| self.reject(l, Reject::TooLarge)),
            }
            return Ok(());
        }
        if let Some(stem) = strip_gz(path) {
            let labels = m.labels_for(stem);
            if !labels.is_empty() && size <= MAX_BYTES as u64 {
                let gz = read_limited(r, MAX_BYTES)
                    .map_err(|e| HarvestError::io("reading package entry", path, e))?;
                let plain = gz.and_then(|g| gunzip_limited(&g, MAX_BYTES).ok().flatten());
                match plain {
                    Some(b) => self.consider(&labels, package, stem, &b)?,
                    None => labels.iter().for_each(|l| self.reject(l, Reject::TooLarge)),
                }
                return Ok(());
            }
        }
        let inner: Vec<(&str, &GlobMatcher)> = m
            .nested
            .iter()
            .filter(|(_, outer, _)| outer.is_match(path))
            .map(|(l, _, i)| (*l, *i))
            .collect();
        if inner.is_empty() {
            return Ok(());
        }
        // Nested archives are spooled to disk: the decompressor needs a file,
        // and a kernel tarball does not belong in memory.
        std::fs::create_dir_all(&self.scratch)
            .map_err(|e| HarvestError::io("creating scratch folder", &self.scratch, e))?;
        let spool = self.scratch.join("nested.archive");
        {
            let mut f = std::fs::File::create(&spool)
                .map_err(|e| HarvestError::io("spooling nested archive", &spool, e))?;
            std::io::copy(r, &mut f)
                .map_err(|e| HarvestError::io("spooling nested archive", &spool, e))?;
        }
        let direct = inner.iter().map(|(l, g)| (*l, *g)).collect();
        let inner_m = Matchers {
            direct,
            nested: Vec::new(),
        };
        let outer_path = path.to_string();
        let walked = if is_zip(&spool)? {
            zip_for_each_file(
                &spool,
                |p| !inner_m.labels_for(p).is_empty(),
                |p, bytes| {
                    let full = format!("{outer_path}!{p}");
                    let labels = inner_m.labels_for(p);
                    if bytes.len() > MAX_BYTES {
                        labels.iter().for_each(|l| self.reject(l, Reject::TooLarge));
                        return Ok(());
                    }
                    self.consider(&labels, package, &full, bytes)
                },
            )
        } else if let Some(stream) = TarStream::tarball(&spool)? {
            stream.for_each_file(|p, size, r| {
                let full = format!("{outer_path}!{p}");
                let labels = inner_m.labels_for(p);
                let labels_gz = if labels.is_empty() {
                    strip_gz(p).map(|s| inner_m.labels_for(s))
                } else {
                    None
                };
                if labels.is_empty() && labels_gz.as_ref().is_none_or(|l| l.is_empty()) {
                    return Ok(());
                }
                if size > MAX_BYTES as u64 {
                    for l in labels.iter().chain(labels_gz.iter().flatten()) {
                        self.reject(l, Reject::TooLarge);
                    }
                    return Ok(());
                }
                let bytes = read_limited(r, MAX_BYTES)
                    .map_err(|e| HarvestError::io("reading nested entry", &full, e))?;
                let Some(bytes) = bytes else { return Ok(()) };
                if !labels.is_empty() {
                    return self.consider(&labels, package, &full, &bytes);
                }
                if let (Some(ls), Some(plain)) =
                    (labels_gz, gunzip_limited(&bytes, MAX_BYTES).ok().flatten())
                {
                    let stem = full.strip_suffix(".gz").unwrap_or(&full).to_string();
                    self.consider(&ls, package, &stem, &plain)?;
                }
                Ok(())
            })
        } else {
            Err(HarvestError::Command {
                command: "open archive".into(),
                detail: "not a tar or zip archive".into(),
            })
        };
        let _ = std::fs::remove_file(&spool);
        match walked {
            // A glob like `**/*.xz` may also select a compressed non-tar
            // file: that member is unusable, the package is not.
            Err(HarvestError::Command { .. }) => {
                for (l, _) in &inner {
                    self.reject(l, Reject::UnsupportedArchive);
                }
                Ok(())
            }
            other => other,
        }
    }

    /// All rows of one package (same kind, name and version), read in one pass.
    pub fn package(&mut self, rows: &[&SourceRow], dir: &Path) -> Result<()> {
        let Some(first) = rows.first() else {
            return Ok(());
        };
        let package = first.package_id();
        let m = Matchers::new(rows);
        match first.kind {
            PackageKind::Binary => {
                for deb in files_with_suffix(dir, ".deb")? {
                    TarStream::deb(&deb)?
                        .for_each_file(|p, size, r| self.visit_entry(&m, &package, p, size, r))?;
                }
            }
            PackageKind::Source => {
                let mut files: Vec<PathBuf> = files_with_suffix(dir, "")?;
                files.sort();
                for f in files {
                    let name = f
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    let Some((prefix, strip)) = source_tarball_prefix(&name) else {
                        continue;
                    };
                    let Some(stream) = TarStream::tarball(&f)? else {
                        continue;
                    };
                    stream.for_each_file(|p, size, r| {
                        let rel = if strip { strip_top(p) } else { Some(p) };
                        match rel {
                            Some(rel) => {
                                self.visit_entry(&m, &package, &format!("{prefix}{rel}"), size, r)
                            }
                            None => Ok(()),
                        }
                    })?;
                }
            }
        }
        Ok(())
    }

    /// Every file under `dir` (symlinks not followed), sorted, as `label`
    /// from project `package`.
    pub fn folder(&mut self, label: &str, package: &str, dir: &Path) -> Result<()> {
        let walker = walkdir::WalkDir::new(dir)
            .follow_links(false)
            .sort_by_file_name();
        for entry in walker {
            let entry = entry.map_err(|e| HarvestError::Io {
                context: "walking folder",
                path: e
                    .path()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| dir.to_path_buf()),
                source: e
                    .into_io_error()
                    .unwrap_or_else(|| std::io::Error::other("filesystem loop")),
            })?;
            if !entry.file_type().is_file() {
                continue;
            }
            let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            let rel = rel.to_string_lossy().replace('\\', "/");
            let meta = entry
                .metadata()
                .map_err(|e| HarvestError::Invalid(format!("{}: {e}", entry.path().display())))?;
            if meta.len() > MAX_BYTES as u64 {
                self.reject(label, Reject::TooLarge);
                continue;
            }
            let bytes = std::fs::read(entry.path())
                .map_err(|e| HarvestError::io("reading file", entry.path(), e))?;
            self.consider(&[label], package, &rel, &bytes)?;
        }
        Ok(())
    }
}
