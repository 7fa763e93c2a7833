//! Fetching Debian packages into the download cache.
//!
//! apt runs with a private configuration under `CACHE/apt/` (its own
//! sources.list with `deb` *and* `deb-src` lines for bookworm, its own package
//! lists), so the machine's `/etc/apt` needs no change and no root-owned state
//! is touched besides what apt itself reads. Downloads land in
//! `CACHE/deb/<pkg>_<version>/` and `CACHE/src/<pkg>_<version>/`; a folder
//! that exists is complete (it is renamed into place only after apt
//! succeeded), so reruns never refetch.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::error::{HarvestError, Result};
use super::sources::{check_allowed, PackageKind};

/// The suites the private apt configuration reads. bookworm is what the
/// shared survey (`debian-sources.tsv`) was measured on.
pub const SOURCES_LIST: &str = "\
deb http://deb.debian.org/debian bookworm main
deb-src http://deb.debian.org/debian bookworm main
deb http://deb.debian.org/debian bookworm-updates main
deb-src http://deb.debian.org/debian bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
deb-src http://deb.debian.org/debian-security bookworm-security main
";

/// The download cache and apt's private state inside it.
#[derive(Debug, Clone)]
pub struct Cache {
    pub root: PathBuf,
    /// Never run apt; everything must already be cached.
    pub offline: bool,
}

impl Cache {
    pub fn new(root: impl Into<PathBuf>, offline: bool) -> Cache {
        Cache {
            root: root.into(),
            offline,
        }
    }

    fn apt_dir(&self) -> PathBuf {
        self.root.join("apt")
    }

    /// Folder a package version is cached in. `:` (epochs) is not allowed in
    /// every file system and `/` never appears in Debian versions.
    pub fn package_dir(&self, kind: PackageKind, package: &str, version: &str) -> PathBuf {
        let sub = match kind {
            PackageKind::Binary => "deb",
            PackageKind::Source => "src",
        };
        self.root
            .join(sub)
            .join(format!("{package}_{}", version.replace(':', "%3a")))
    }

    fn apt_conf(&self) -> Result<PathBuf> {
        let apt = self.apt_dir();
        for d in ["etc/parts.d", "lists/partial", "cache/archives/partial"] {
            let p = apt.join(d);
            std::fs::create_dir_all(&p)
                .map_err(|e| HarvestError::io("creating apt state folder", p, e))?;
        }
        let list = apt.join("etc/sources.list");
        write_if_changed(&list, SOURCES_LIST)?;
        let conf = apt.join("apt.conf");
        let a = apt.display();
        // Sandbox user root: the cache usually lives in a home folder that
        // apt's unprivileged `_apt` user cannot write.
        let text = format!(
            "Dir::Etc::SourceList \"{a}/etc/sources.list\";\n\
             Dir::Etc::SourceParts \"{a}/etc/parts.d\";\n\
             Dir::State::Lists \"{a}/lists\";\n\
             Dir::Cache \"{a}/cache\";\n\
             Debug::NoLocking \"1\";\n\
             APT::Sandbox::User \"root\";\n"
        );
        write_if_changed(&conf, &text)?;
        Ok(conf)
    }

    fn apt(&self, program: &str, args: &[&str], cwd: &Path) -> Result<()> {
        let conf = self.apt_conf()?;
        let out = Command::new(program)
            .args(args)
            .current_dir(cwd)
            .env("APT_CONFIG", &conf)
            .output()
            .map_err(|e| HarvestError::Command {
                command: format!("{program} {}", args.join(" ")),
                detail: e.to_string(),
            })?;
        if !out.status.success() {
            let err = String::from_utf8_lossy(&out.stderr);
            let tail: Vec<&str> = err.lines().filter(|l| l.starts_with("E:")).collect();
            let why = if tail.is_empty() {
                err.trim().to_string()
            } else {
                tail.join(" | ")
            };
            return Err(HarvestError::Command {
                command: format!("{program} {}", args.join(" ")),
                detail: format!(
                    "{}: {}",
                    out.status,
                    why.chars().take(600).collect::<String>()
                ),
            });
        }
        Ok(())
    }

    /// Refreshes the private package lists when they are missing (or always
    /// with `force`).
    pub fn update(&self, force: bool) -> Result<()> {
        if self.offline {
            return Ok(());
        }
        let lists = self.apt_dir().join("lists");
        let have_lists = std::fs::read_dir(&lists)
            .map(|rd| {
                rd.flatten()
                    .any(|e| e.file_name().to_string_lossy().ends_with("_Sources"))
            })
            .unwrap_or(false);
        if have_lists && !force {
            return Ok(());
        }
        let root = self.root.clone();
        std::fs::create_dir_all(&root).map_err(|e| HarvestError::io("creating cache", &root, e))?;
        self.apt("apt-get", &["-q", "update"], &root)
    }

    /// The cached folder of a package version, fetching it first if needed.
    pub fn fetch(&self, kind: PackageKind, package: &str, version: &str) -> Result<PathBuf> {
        let id = match kind {
            PackageKind::Binary => package.to_string(),
            PackageKind::Source => format!("src:{package}"),
        };
        check_allowed(&id)?;
        let dir = self.package_dir(kind, package, version);
        if dir.is_dir() {
            // Re-checked on every use: the rule may have grown since the
            // download was cached.
            if let Ok(text) = std::fs::read_to_string(dir.join(ORIGIN_FILE)) {
                let origin: Vec<String> = text.lines().map(str::to_string).collect();
                check_origin(&id, &origin)?;
            }
            return Ok(dir);
        }
        if self.offline {
            return Err(HarvestError::NotCached(format!("{id}={version}")));
        }
        self.update(false)?;
        let mut partial = dir.clone().into_os_string();
        // Per process: two harvests sharing a cache must not clear each
        // other's downloads.
        partial.push(format!(".partial.{}", std::process::id()));
        let partial = PathBuf::from(partial);
        let _ = std::fs::remove_dir_all(&partial);
        std::fs::create_dir_all(&partial)
            .map_err(|e| HarvestError::io("creating download folder", &partial, e))?;
        let spec = format!("{package}={version}");
        match kind {
            PackageKind::Binary => self.apt("apt-get", &["-q", "download", &spec], &partial)?,
            PackageKind::Source => self.apt(
                "apt-get",
                &["-q", "source", "--download-only", &spec],
                &partial,
            )?,
        }
        let origin = match kind {
            PackageKind::Binary => self.binary_origin(&partial)?,
            PackageKind::Source => dsc_binaries(&partial)?,
        };
        check_origin(&id, &origin)?;
        let origin_file = partial.join(ORIGIN_FILE);
        std::fs::write(&origin_file, origin.join("\n"))
            .map_err(|e| HarvestError::io("writing origin", &origin_file, e))?;
        if let Err(e) = std::fs::rename(&partial, &dir) {
            // Another harvest finished the same download first: use theirs.
            let _ = std::fs::remove_dir_all(&partial);
            if !dir.is_dir() {
                return Err(HarvestError::io("moving download into the cache", &dir, e));
            }
        }
        Ok(dir)
    }
}

/// File in a cached package folder listing the package's source and every
/// binary built from that source, one per line.
pub const ORIGIN_FILE: &str = "origin.txt";

/// Refuses a package whose source package, or any binary built from that
/// source, is reserved for evaluation: `protobuf` builds `python3-protobuf`,
/// so its `.proto` files ship on PyPI too, whatever binary carries them here.
pub fn check_origin(package: &str, origin: &[String]) -> Result<()> {
    for o in origin {
        let o = o.trim();
        if o.is_empty() {
            continue;
        }
        if check_allowed(o).is_err() {
            return Err(HarvestError::Forbidden(format!(
                "{package} (built from the same source as {o})"
            )));
        }
    }
    Ok(())
}

impl Cache {
    /// `src:SOURCE` and the binaries of that source, from the .deb's
    /// `Source:` field and apt's source index.
    fn binary_origin(&self, dir: &Path) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for deb in files_with_suffix(dir, ".deb")? {
            let run = |field: &str| -> Result<String> {
                let o = Command::new("dpkg-deb")
                    .arg("-f")
                    .arg(&deb)
                    .arg(field)
                    .output()
                    .map_err(|e| HarvestError::Command {
                        command: "dpkg-deb -f".into(),
                        detail: e.to_string(),
                    })?;
                Ok(String::from_utf8_lossy(&o.stdout).trim().to_string())
            };
            let source = run("Source")?;
            let source = match source.split_whitespace().next() {
                Some(s) => s.to_string(),
                None => run("Package")?,
            };
            if source.is_empty() {
                continue;
            }
            out.push(format!("src:{source}"));
            let conf = self.apt_conf()?;
            let o = Command::new("apt-cache")
                .args(["showsrc", "--only-source", &source])
                .env("APT_CONFIG", &conf)
                .output()
                .map_err(|e| HarvestError::Command {
                    command: "apt-cache showsrc".into(),
                    detail: e.to_string(),
                })?;
            out.extend(binary_field(&String::from_utf8_lossy(&o.stdout)));
        }
        out.sort();
        out.dedup();
        Ok(out)
    }
}

/// Names in every `Binary:` field of a control text (continuation lines
/// included).
pub fn binary_field(control: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut inside = false;
    for line in control.lines() {
        let rest = if let Some(r) = line.strip_prefix("Binary:") {
            inside = true;
            r
        } else if inside && line.starts_with(' ') {
            line
        } else {
            inside = false;
            continue;
        };
        out.extend(
            rest.split(',')
                .map(|b| b.trim().to_string())
                .filter(|b| !b.is_empty()),
        );
    }
    out.sort();
    out.dedup();
    out
}

fn dsc_binaries(dir: &Path) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for dsc in files_with_suffix(dir, ".dsc")? {
        let text =
            std::fs::read_to_string(&dsc).map_err(|e| HarvestError::io("reading .dsc", &dsc, e))?;
        out.extend(binary_field(&text));
    }
    Ok(out)
}

/// Files in `dir` whose names end with `suffix`, sorted.
pub fn files_with_suffix(dir: &Path, suffix: &str) -> Result<Vec<PathBuf>> {
    let rd =
        std::fs::read_dir(dir).map_err(|e| HarvestError::io("listing cache folder", dir, e))?;
    let mut out: Vec<PathBuf> = rd
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.is_file()
                && p.file_name()
                    .is_some_and(|n| n.to_string_lossy().ends_with(suffix))
        })
        .collect();
    out.sort();
    Ok(out)
}

fn write_if_changed(path: &Path, text: &str) -> Result<()> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| HarvestError::io("writing apt configuration", path, e))
}

/// How a tarball of a source package maps onto paths of the unpacked tree
/// (what `dpkg-source -x` would produce): the upstream tarball's top folder
/// is dropped, a component tarball `orig-NAME` lands in `NAME/`, the Debian
/// tarball already starts with `debian/`. `None` for files that are no
/// tarball of the package (.dsc, signatures, 1.0-format diffs).
pub fn source_tarball_prefix(file_name: &str) -> Option<(String, bool)> {
    if file_name.ends_with(".asc") || file_name.ends_with(".dsc") || !file_name.contains(".tar.") {
        return None;
    }
    if file_name.contains(".debian.tar.") {
        return Some((String::new(), false));
    }
    if let Some(i) = file_name.find(".orig-") {
        let rest = &file_name[i + ".orig-".len()..];
        let comp = rest.split(".tar.").next().unwrap_or("");
        return Some((format!("{comp}/"), true));
    }
    Some((String::new(), true))
}

/// Drops the first path component (the upstream top folder).
pub fn strip_top(path: &str) -> Option<&str> {
    path.split_once('/')
        .map(|(_, rest)| rest)
        .filter(|r| !r.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_tarball_layout() {
        assert_eq!(
            source_tarball_prefix("groovy_2.4.21.orig.tar.gz"),
            Some((String::new(), true))
        );
        assert_eq!(
            source_tarball_prefix("nodejs_18.orig-ada.tar.xz"),
            Some(("ada/".into(), true))
        );
        assert_eq!(
            source_tarball_prefix("groovy_2.4.21-8.debian.tar.xz"),
            Some((String::new(), false))
        );
        assert_eq!(source_tarball_prefix("groovy_2.4.21-8.dsc"), None);
        assert_eq!(source_tarball_prefix("groovy_2.4.21.orig.tar.gz.asc"), None);
        assert_eq!(
            strip_top("groovy-2.4.21/src/a.groovy"),
            Some("src/a.groovy")
        );
        assert_eq!(strip_top("groovy-2.4.21/"), None);
    }

    #[test]
    fn offline_cache_refuses_to_fetch_and_forbidden_never_fetches() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path(), true);
        assert!(matches!(
            cache.fetch(PackageKind::Binary, "tree", "2.1.0-1"),
            Err(HarvestError::NotCached(_))
        ));
        assert!(matches!(
            cache.fetch(PackageKind::Binary, "python3-six", "1"),
            Err(HarvestError::Forbidden(_))
        ));
        assert!(matches!(
            cache.fetch(PackageKind::Source, "rust-serde", "1"),
            Err(HarvestError::Forbidden(_))
        ));
        assert!(check_origin(
            "libprotobuf-dev",
            &["src:protobuf".into(), "python3-protobuf".into()]
        )
        .is_err());
        assert!(check_origin("groovy", &["src:groovy".into(), "groovy-doc".into()]).is_ok());
        let dsc = "Format: 3.0 (quilt)\nSource: coffeescript\nBinary: coffeescript, libjs-coffeescript,\n coffeescript-doc\nVersion: 2\n";
        assert_eq!(
            binary_field(dsc),
            vec!["coffeescript", "coffeescript-doc", "libjs-coffeescript"]
        );
        let epoch = cache.package_dir(PackageKind::Binary, "emacs-el", "1:28.2");
        assert!(epoch.ends_with("deb/emacs-el_1%3a28.2"));
    }
}
