//! The sources file (`corpus/sources.tsv`, same columns as the shared
//! `debian-sources.tsv`) and the rule that keeps evaluation projects out.
//!
//! Columns: label, package, version, path_glob_inside_package,
//! files_after_filter, approx_total_mb, note. A package written `src:NAME` is a
//! Debian *source* package (fetched with `apt-get source`, globs are relative
//! to the unpacked source tree); any other is a binary package (globs are
//! relative to the root of its data.tar). The glob column holds alternatives
//! separated by `;`; `ARCHIVE_GLOB!INNER_GLOB` reaches inside archives found
//! in the package. Informal annotations of the shared file (`(2 archives)`,
//! `+ shebang/filename`, `...`) are tolerated and ignored.

use std::path::Path;

use globset::{GlobBuilder, GlobMatcher};

use super::error::{HarvestError, Result};

/// Whether a row is fetched as a binary `.deb` or as a source package.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PackageKind {
    Binary,
    Source,
}

/// One alternative of the glob column.
#[derive(Debug, Clone)]
pub struct PathPattern {
    /// The text as written, for reports.
    pub text: String,
    /// Matches files of the package (or, with `inner`, archives in it).
    pub outer: GlobMatcher,
    /// Matches files inside the archives `outer` selected.
    pub inner: Option<GlobMatcher>,
}

/// One usable row of a sources file.
#[derive(Debug, Clone)]
pub struct SourceRow {
    pub label: String,
    pub kind: PackageKind,
    /// Package name without the `src:` prefix.
    pub package: String,
    pub version: String,
    pub patterns: Vec<PathPattern>,
    /// 1-based line in the sources file, for messages.
    pub line: usize,
}

impl SourceRow {
    /// Name used in the manifest and for per-package caps and splits.
    pub fn package_id(&self) -> String {
        match self.kind {
            PackageKind::Binary => self.package.clone(),
            PackageKind::Source => format!("src:{}", self.package),
        }
    }
}

/// What parsing a sources file left out, and why.
#[derive(Debug, Default, Clone)]
pub struct SkippedRows {
    pub eval_overlap: Vec<String>,
    pub forbidden: Vec<String>,
    pub other_label: Vec<String>,
    /// Rows with no path glob the harvester can follow.
    pub no_glob: Vec<String>,
}

/// Binary package name patterns whose upstreams live on PyPI, npm or
/// crates.io (or Go/CL/Ansible ecosystems): those projects are reserved for the
/// independent evaluation, so training must never see them.
pub fn forbidden_binary(name: &str) -> bool {
    let n = name;
    n.starts_with("python3-")
        || n.starts_with("pypy3-")
        || n.starts_with("node-")
        || n.starts_with("libjs-")
        || (n.starts_with("librust-") && n.ends_with("-dev"))
        || n.starts_with("ansible")
        || (n.starts_with("golang-") && n.ends_with("-dev"))
        || n.starts_with("cl-")
        || n == "slib"
}

/// Source package names of the same projects. Debian names them differently
/// from their binaries (`python-foo` builds `python3-foo`, `rust-foo` builds
/// `librust-foo-dev`, `golang-github-x-y` builds `golang-github-x-y-dev`), so
/// the patterns differ; Go's own toolchain (`golang-1.19`, `golang-defaults`)
/// and CPython itself (`python3.11`) stay allowed.
pub fn forbidden_source(name: &str) -> bool {
    let n = name;
    let go_toolchain = n
        .strip_prefix("golang-")
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()) || rest == "defaults");
    n.starts_with("python-")
        || n.starts_with("python3-")
        || n.starts_with("pypy3-")
        || n.starts_with("node-")
        || n.starts_with("libjs-")
        || n.starts_with("rust-")
        || n.starts_with("ansible")
        || (n.starts_with("golang-") && !go_toolchain)
        || n.starts_with("cl-")
        || n == "slib"
}

/// Refuses a package (as written in a sources file, `src:` prefix allowed)
/// that belongs to the evaluation ecosystems.
pub fn check_allowed(package: &str) -> Result<()> {
    let refused = match package.strip_prefix("src:") {
        Some(src) => forbidden_source(src),
        None => forbidden_binary(package),
    };
    if refused {
        Err(HarvestError::Forbidden(package.to_string()))
    } else {
        Ok(())
    }
}

/// Compiles one glob: `*` stays inside a path component, `**/` spans
/// directories, `{a,b}` alternates.
pub fn compile_glob(glob: &str) -> Result<GlobMatcher> {
    GlobBuilder::new(glob)
        .literal_separator(true)
        .backslash_escape(true)
        .build()
        .map(|g| g.compile_matcher())
        .map_err(|e| HarvestError::Glob {
            glob: glob.to_string(),
            reason: e.to_string(),
        })
}

/// Parses the glob column into its alternatives.
pub fn parse_patterns(column: &str) -> Result<Vec<PathPattern>> {
    let mut out = Vec::new();
    for alt in column.split(';') {
        let mut text = alt.trim().to_string();
        // Annotations of the shared survey file, not part of any path.
        if let Some(i) = text.find(" + ") {
            text.truncate(i);
        }
        if let Some(i) = text.find(" (") {
            let close = text[i..].find(')').map(|j| i + j + 1);
            if let Some(close) = close {
                text.replace_range(i..close, "");
            }
        }
        let text = text.trim();
        if text.is_empty() || text == "..." || text.contains("(shebang") {
            continue;
        }
        let (outer, inner) = match text.split_once('!') {
            Some((o, i)) => (o.trim(), Some(i.trim())),
            None => (text, None),
        };
        out.push(PathPattern {
            text: text.to_string(),
            outer: compile_glob(outer.trim_start_matches("./"))?,
            inner: inner
                .map(|i| compile_glob(i.trim_start_matches("./")))
                .transpose()?,
        });
    }
    Ok(out)
}

/// Parses a sources file. Rows marked `EVAL-OVERLAP RISK` and rows naming a
/// forbidden package are dropped (and listed in the returned report); rows
/// whose label is not in `labels` (when given) too.
pub fn parse_sources(
    path: &Path,
    text: &str,
    labels: Option<&[String]>,
) -> Result<(Vec<SourceRow>, SkippedRows)> {
    let mut rows = Vec::new();
    let mut skipped = SkippedRows::default();
    for (i, line) in text.lines().enumerate() {
        let lineno = i + 1;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') || line.starts_with("label\t") {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let bad = |reason: String| HarvestError::Sources {
            path: path.to_path_buf(),
            line: lineno,
            reason,
        };
        if cols.len() < 4 {
            return Err(bad(format!(
                "expected at least 4 tab-separated columns, found {}",
                cols.len()
            )));
        }
        let label = codeberta_core::languages::canonical_id(cols[0].trim()).to_string();
        if !codeberta_core::languages::is_valid_label(&label) {
            return Err(bad(format!("invalid label {label:?}")));
        }
        let package_col = cols[1].trim();
        let note = cols.get(6).copied().unwrap_or("");
        let what = format!("{label}\t{package_col}");
        if note.contains("EVAL-OVERLAP RISK") {
            skipped.eval_overlap.push(what);
            continue;
        }
        if check_allowed(package_col).is_err() {
            skipped.forbidden.push(what);
            continue;
        }
        if labels.is_some_and(|ls| !ls.contains(&label)) {
            skipped.other_label.push(what);
            continue;
        }
        let (kind, package) = match package_col.strip_prefix("src:") {
            Some(p) => (PackageKind::Source, p.to_string()),
            None => (PackageKind::Binary, package_col.to_string()),
        };
        if package.is_empty()
            || !package
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'+' | b'.'))
        {
            return Err(bad(format!("invalid package name {package_col:?}")));
        }
        let version = cols[2].trim().to_string();
        if version.is_empty()
            || !version
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'+' | b'.' | b'~' | b':'))
        {
            return Err(bad(format!("invalid version {version:?}")));
        }
        let patterns = parse_patterns(cols[3]).map_err(|e| bad(e.to_string()))?;
        if patterns.is_empty() {
            // The survey has rows found only by shebang or file name.
            skipped.no_glob.push(what);
            continue;
        }
        rows.push(SourceRow {
            label,
            kind,
            package,
            version,
            patterns,
            line: lineno,
        });
    }
    Ok((rows, skipped))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_packages_are_refused() {
        for p in [
            "python3-numpy",
            "pypy3-lib",
            "node-lodash",
            "libjs-jquery",
            "librust-serde-dev",
            "ansible",
            "ansible-core",
            "golang-github-spf13-cobra-dev",
            "cl-alexandria",
            "slib",
            "src:python-numpy",
            "src:rust-serde",
            "src:node-typescript",
            "src:golang-github-burntsushi-toml",
            "src:ansible-core",
            "src:cl-ppcre",
            "src:slib",
        ] {
            assert!(check_allowed(p).is_err(), "{p} must be refused");
        }
        for p in [
            "libpython3.11-stdlib",
            "golang-1.19-src",
            "src:golang-1.19",
            "src:python3.11",
            "rust-src",
            "nodejs",
            "src:groovy",
            "libslepc3.18-dev-examples",
        ] {
            assert!(check_allowed(p).is_ok(), "{p} must be allowed");
        }
    }

    #[test]
    fn parse_skips_eval_overlap_and_forbidden_rows() {
        let text = "label\tpackage\tversion\tpath_glob_inside_package\tfiles_after_filter\tapprox_total_mb\tnote\n\
            c\tglibc-source\t2.36\tusr/src/glibc/debian/**/*.{c,h} ; usr/src/glibc/glibc-2.36.tar.xz!glibc-2.36/**/*.{c,h}\t1\t1\tdeb 20MB\n\
            groovy\tansible\t1\tusr/**/*.groovy + shebang/filename\t7\t1\tdeb; EVAL-OVERLAP RISK: upstream\n\
            python\tpython3-six\t1\tusr/**/*.py\t7\t1\tdeb\n\
            groovy\tsrc:groovy\t2.4.21-8\tsrc/**/*.groovy\t1\t1\t\n\
            c\tgcc-12-source\t12\tusr/src/gcc-12/**/*.xz (2 archives)!**/*.{c,h} ; ...\t1\t1\t\n\n\
            dockerfile\trust-src\t1\tusr/src/rustc/**/(shebang or filename match)\t83\t1\t\n";
        let (rows, skipped) = parse_sources(Path::new("s.tsv"), text, None).unwrap();
        assert_eq!(rows.len(), 3);
        assert_eq!(skipped.eval_overlap.len(), 1);
        assert_eq!(skipped.forbidden.len(), 1);
        assert_eq!(skipped.no_glob.len(), 1);
        assert_eq!(rows[0].patterns.len(), 2);
        assert!(rows[0].patterns[0]
            .outer
            .is_match("usr/src/glibc/debian/x/y.c"));
        assert!(!rows[0].patterns[0]
            .outer
            .is_match("usr/src/glibc/other/y.c"));
        let inner = rows[0].patterns[1].inner.as_ref().unwrap();
        assert!(inner.is_match("glibc-2.36/a/b.h"));
        assert_eq!(rows[1].kind, PackageKind::Source);
        assert_eq!(rows[1].package_id(), "src:groovy");
        assert_eq!(rows[2].patterns.len(), 1);
        assert!(rows[2].patterns[0]
            .outer
            .is_match("usr/src/gcc-12/gcc-12.2.0-dfsg.tar.xz"));
    }

    #[test]
    fn star_does_not_cross_directories() {
        let g = compile_glob("usr/share/*.el").unwrap();
        assert!(g.is_match("usr/share/a.el"));
        assert!(!g.is_match("usr/share/x/a.el"));
        let g = compile_glob("usr/**/*.el").unwrap();
        assert!(g.is_match("usr/a.el"));
        assert!(g.is_match("usr/x/y/a.el"));
    }

    #[test]
    fn the_shared_survey_parses() {
        let p =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/debian-sources.tsv");
        let Ok(text) = std::fs::read_to_string(&p) else {
            return;
        };
        let (rows, skipped) = parse_sources(&p, &text, None).unwrap();
        assert!(rows.len() > 500);
        assert!(skipped.eval_overlap.len() > 100);
        assert!(rows.iter().all(|r| check_allowed(&r.package_id()).is_ok()));
    }
}
