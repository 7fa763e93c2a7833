//! Streaming through archives without unpacking them: `.deb` payloads (via
//! `dpkg-deb --fsys-tarfile`), tarballs compressed any way Debian compresses
//! them, and single gzip-compressed files. Decompression is delegated to the
//! system tools (`xz`, `gzip`, `bzip2`, `zstd`), which Debian guarantees and
//! which are faster and more complete than pure-Rust decoders; the `tar` crate
//! walks the stream so only matching entries are ever read into memory.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;
use std::process::{Child, ChildStdout, Command, Stdio};

use super::error::{HarvestError, Result};

/// How an archive file is compressed, told by its magic bytes (names lie:
/// Debian ships `.tgz` that are xz and `.gz` that are plain tar).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Xz,
    Gzip,
    Bzip2,
    Zstd,
    Tar,
    Zip,
    Unknown,
}

pub fn sniff(head: &[u8]) -> Format {
    if head.starts_with(&[0xfd, b'7', b'z', b'X', b'Z', 0]) {
        Format::Xz
    } else if head.starts_with(&[0x1f, 0x8b]) {
        Format::Gzip
    } else if head.starts_with(b"BZh") {
        Format::Bzip2
    } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Format::Zstd
    } else if head.starts_with(b"PK\x03\x04") {
        Format::Zip
    } else if head.len() >= 262 && &head[257..262] == b"ustar" {
        Format::Tar
    } else {
        Format::Unknown
    }
}

fn sniff_file(path: &Path) -> Result<Format> {
    let mut f = File::open(path).map_err(|e| HarvestError::io("opening archive", path, e))?;
    let mut head = [0u8; 512];
    let mut n = 0;
    while n < head.len() {
        match f.read(&mut head[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) => return Err(HarvestError::io("reading archive", path, e)),
        }
    }
    Ok(sniff(&head[..n]))
}

/// A byte stream of a tar archive, possibly produced by a child process.
pub struct TarStream {
    reader: Box<dyn Read>,
    child: Option<(Child, String)>,
}

impl TarStream {
    fn from_child(mut cmd: Command, label: String) -> Result<TarStream> {
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .stdin(Stdio::null())
            .spawn()
            .map_err(|e| HarvestError::Command {
                command: label.clone(),
                detail: e.to_string(),
            })?;
        let stdout: ChildStdout = child.stdout.take().ok_or_else(|| HarvestError::Command {
            command: label.clone(),
            detail: "no stdout".into(),
        })?;
        Ok(TarStream {
            reader: Box::new(stdout),
            child: Some((child, label)),
        })
    }

    /// The payload of a binary package.
    pub fn deb(path: &Path) -> Result<TarStream> {
        let mut cmd = Command::new("dpkg-deb");
        cmd.arg("--fsys-tarfile").arg(path);
        TarStream::from_child(cmd, format!("dpkg-deb --fsys-tarfile {}", path.display()))
    }

    /// A tarball in any of the compressions Debian uses; `Ok(None)` when the
    /// file is no tar archive this module reads (zip/jar, unknown).
    pub fn tarball(path: &Path) -> Result<Option<TarStream>> {
        let tool = match sniff_file(path)? {
            Format::Xz => "xz",
            Format::Gzip => "gzip",
            Format::Bzip2 => "bzip2",
            Format::Zstd => "zstd",
            Format::Tar => {
                let f =
                    File::open(path).map_err(|e| HarvestError::io("opening archive", path, e))?;
                return Ok(Some(TarStream {
                    reader: Box::new(f),
                    child: None,
                }));
            }
            Format::Zip | Format::Unknown => return Ok(None),
        };
        let mut cmd = Command::new(tool);
        cmd.arg("-dc").arg(path);
        TarStream::from_child(cmd, format!("{tool} -dc {}", path.display())).map(Some)
    }

    /// Visits every regular file: `visit(path, size, reader)`. Paths are
    /// relative (`./` and `/` stripped). Fails when the producer fails, so a
    /// truncated download is not mistaken for a small package.
    pub fn for_each_file(
        mut self,
        mut visit: impl FnMut(&str, u64, &mut dyn Read) -> Result<()>,
    ) -> Result<()> {
        let walk = (|| -> Result<()> {
            let mut archive = tar::Archive::new(&mut self.reader);
            let entries = archive.entries().map_err(|e| tar_err(&self.child, e))?;
            for entry in entries {
                let mut entry = entry.map_err(|e| tar_err(&self.child, e))?;
                if !matches!(
                    entry.header().entry_type(),
                    tar::EntryType::Regular | tar::EntryType::Continuous
                ) {
                    continue;
                }
                let path = match entry.path() {
                    Ok(p) => p.to_string_lossy().into_owned(),
                    Err(_) => continue,
                };
                let path = path
                    .trim_start_matches("./")
                    .trim_start_matches('/')
                    .to_string();
                let size = entry.size();
                visit(&path, size, &mut entry)?;
            }
            Ok(())
        })();
        // Drain so the producer never dies of SIGPIPE on trailing padding.
        let _ = io::copy(&mut self.reader, &mut io::sink());
        if let Some((mut child, label)) = self.child.take() {
            let mut stderr = String::new();
            if let Some(mut e) = child.stderr.take() {
                let _ = e.read_to_string(&mut stderr);
            }
            let status = child.wait().map_err(|e| HarvestError::Command {
                command: label.clone(),
                detail: e.to_string(),
            })?;
            walk?;
            if !status.success() {
                return Err(HarvestError::Command {
                    command: label,
                    detail: format!("{status}: {}", stderr.trim()),
                });
            }
            return Ok(());
        }
        walk
    }
}

fn tar_err(child: &Option<(Child, String)>, e: io::Error) -> HarvestError {
    let command = child
        .as_ref()
        .map(|(_, l)| l.clone())
        .unwrap_or_else(|| "tar".into());
    HarvestError::Command {
        command,
        detail: format!("reading tar stream: {e}"),
    }
}

/// Whether a file is a zip (jar) archive.
pub fn is_zip(path: &Path) -> Result<bool> {
    Ok(sniff_file(path)? == Format::Zip)
}

/// Visits the files of a zip/jar archive that `wanted` selects, through
/// Info-ZIP's `unzip` (jars are deflated; a pure-Rust reader would be one
/// more decoder to trust and build for the few jars Debian ships sources in).
pub fn zip_for_each_file(
    path: &Path,
    wanted: impl Fn(&str) -> bool,
    mut visit: impl FnMut(&str, &[u8]) -> Result<()>,
) -> Result<()> {
    let label = format!("unzip -Z1 {}", path.display());
    let out = Command::new("unzip")
        .arg("-Z1")
        .arg(path)
        .output()
        .map_err(|e| HarvestError::Command {
            command: label.clone(),
            detail: e.to_string(),
        })?;
    if !out.status.success() {
        return Err(HarvestError::Command {
            command: label,
            detail: out.status.to_string(),
        });
    }
    let mut names: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|n| !n.ends_with('/') && wanted(n))
        .map(str::to_string)
        .collect();
    names.sort();
    for name in names {
        // unzip reads member names as wildcard patterns.
        let pattern: String = name
            .chars()
            .flat_map(|c| {
                if matches!(c, '[' | ']' | '*' | '?' | '\\') {
                    vec!['\\', c]
                } else {
                    vec![c]
                }
            })
            .collect();
        let out = Command::new("unzip")
            .arg("-p")
            .arg(path)
            .arg(&pattern)
            .output()
            .map_err(|e| HarvestError::Command {
                command: format!("unzip -p {}", path.display()),
                detail: e.to_string(),
            })?;
        if out.status.success() {
            visit(&name, &out.stdout)?;
        }
    }
    Ok(())
}

/// Reads at most `limit` bytes; `None` when the stream holds more (the file is
/// then too large to use, and the rest need not be read).
pub fn read_limited(r: &mut dyn Read, limit: usize) -> io::Result<Option<Vec<u8>>> {
    let mut buf = Vec::new();
    r.take(limit as u64 + 1).read_to_end(&mut buf)?;
    Ok(if buf.len() > limit { None } else { Some(buf) })
}

/// Decompresses a single gzip file held in memory, up to `limit` bytes.
pub fn gunzip_limited(bytes: &[u8], limit: usize) -> io::Result<Option<Vec<u8>>> {
    let mut d = flate2::read::GzDecoder::new(bytes);
    read_limited(&mut d, limit)
}

/// `name.gz` -> `name` for single compressed files (not `.tar.gz`).
pub fn strip_gz(path: &str) -> Option<&str> {
    let stem = path.strip_suffix(".gz")?;
    if stem.ends_with(".tar") {
        None
    } else {
        Some(stem)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn sniffs_formats() {
        assert_eq!(sniff(&[0xfd, b'7', b'z', b'X', b'Z', 0, 1]), Format::Xz);
        assert_eq!(sniff(&[0x1f, 0x8b, 8]), Format::Gzip);
        assert_eq!(sniff(b"BZh91AY"), Format::Bzip2);
        assert_eq!(sniff(b"PK\x03\x04rest"), Format::Zip);
        assert_eq!(sniff(b"hello"), Format::Unknown);
    }

    #[test]
    fn reads_plain_and_gzip_tarballs() {
        let dir = tempfile::tempdir().unwrap();
        let mut builder = tar::Builder::new(Vec::new());
        let body = b"fn main() { println!(\"hi\"); }\n";
        let mut h = tar::Header::new_gnu();
        h.set_size(body.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        builder
            .append_data(&mut h, "./pkg/src/main.rs", &body[..])
            .unwrap();
        let tar_bytes = builder.into_inner().unwrap();
        let plain = dir.path().join("a.tar");
        std::fs::write(&plain, &tar_bytes).unwrap();
        let gz = dir.path().join("a.tgz");
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(&tar_bytes).unwrap();
        std::fs::write(&gz, enc.finish().unwrap()).unwrap();
        for p in [plain, gz] {
            let mut seen = Vec::new();
            TarStream::tarball(&p)
                .unwrap()
                .unwrap()
                .for_each_file(|path, size, r| {
                    let mut s = String::new();
                    r.read_to_string(&mut s).unwrap();
                    seen.push((path.to_string(), size, s));
                    Ok(())
                })
                .unwrap();
            assert_eq!(
                seen,
                vec![(
                    "pkg/src/main.rs".to_string(),
                    body.len() as u64,
                    String::from_utf8(body.to_vec()).unwrap()
                )]
            );
        }
    }

    #[test]
    fn limits_and_gz_names() {
        let mut r: &[u8] = b"0123456789";
        assert_eq!(read_limited(&mut r, 5).unwrap(), None);
        let mut r: &[u8] = b"01234";
        assert_eq!(read_limited(&mut r, 5).unwrap(), Some(b"01234".to_vec()));
        assert_eq!(strip_gz("a/b.el.gz"), Some("a/b.el"));
        assert_eq!(strip_gz("a/b.tar.gz"), None);
        assert_eq!(strip_gz("a/b.el"), None);
    }
}
