//! Finds (or installs) the ONNX Runtime shared library at build time and bakes
//! its path into the crate as `CODEBERTA_ORT_DYLIB`, so that a plain `cargo run`
//! or `cargo test` works on a fresh machine. `ORT_DYLIB_PATH` at run time
//! still overrides it.
//!
//! Order: `ORT_DYLIB_PATH` at build time; an onnxruntime >= 1.31 importable by
//! `python3`; else `pip install --target $OUT_DIR/onnxruntime onnxruntime==1.31.1`
//! from PyPI (no other host is reachable from our machines, so ort's own
//! binary download cannot be used). Failure only warns: the runtime error then
//! explains how to install the library by hand.

use std::path::{Path, PathBuf};
use std::process::Command;

const PINNED: &str = "1.31.1";
const MIN_MINOR: u32 = 31;

fn main() {
    println!("cargo:rerun-if-env-changed=ORT_DYLIB_PATH");
    println!("cargo:rerun-if-env-changed=CODEBERTA_SKIP_ORT_INSTALL");
    println!("cargo:rerun-if-changed=build.rs");
    match locate() {
        Some(p) => println!("cargo:rustc-env=CODEBERTA_ORT_DYLIB={}", p.display()),
        None => {
            println!(
                "cargo:warning=ONNX Runtime {PINNED} was not found or installed; set ORT_DYLIB_PATH at run time"
            );
            println!("cargo:rustc-env=CODEBERTA_ORT_DYLIB=");
        }
    }
}

fn locate() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("ORT_DYLIB_PATH") {
        let p = PathBuf::from(p);
        if p.is_file() {
            return Some(p);
        }
    }
    if let Some(p) = python_capi_dir(None).and_then(|d| newest_lib(&d)) {
        return Some(p);
    }
    if std::env::var_os("CODEBERTA_SKIP_ORT_INSTALL").is_some() {
        return None;
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR")?);
    let target = out.join("onnxruntime");
    let capi = target.join("onnxruntime").join("capi");
    if let Some(p) = newest_lib(&capi) {
        return Some(p);
    }
    let status = Command::new("python3")
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--disable-pip-version-check",
        ])
        .arg("--target")
        .arg(&target)
        .arg(format!("onnxruntime=={PINNED}"))
        .status()
        .ok()?;
    if !status.success() {
        return None;
    }
    newest_lib(&capi)
}

/// The `onnxruntime/capi` folder of the onnxruntime package `python3` imports.
fn python_capi_dir(extra_path: Option<&Path>) -> Option<PathBuf> {
    let mut cmd = Command::new("python3");
    cmd.args([
        "-c",
        "import onnxruntime, os; print(os.path.join(os.path.dirname(onnxruntime.__file__), 'capi'))",
    ]);
    if let Some(p) = extra_path {
        cmd.env("PYTHONPATH", p);
    }
    let out = cmd.output().ok()?;
    if !out.status.success() {
        return None;
    }
    let dir = PathBuf::from(String::from_utf8(out.stdout).ok()?.trim());
    dir.is_dir().then_some(dir)
}

/// `libonnxruntime.so.1.<minor>.<patch>` with minor >= 31 in `dir`.
fn newest_lib(dir: &Path) -> Option<PathBuf> {
    let mut best: Option<(u32, u32, PathBuf)> = None;
    for entry in std::fs::read_dir(dir).ok()?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(ver) = name.strip_prefix("libonnxruntime.so.").or_else(|| {
            name.strip_prefix("libonnxruntime.")
                .and_then(|v| v.strip_suffix(".dylib"))
        }) else {
            continue;
        };
        let mut parts = ver.split('.').map(|x| x.parse::<u32>().unwrap_or(0));
        let (_major, minor, patch) = (
            parts.next(),
            parts.next().unwrap_or(0),
            parts.next().unwrap_or(0),
        );
        if minor < MIN_MINOR {
            continue;
        }
        if best
            .as_ref()
            .is_none_or(|(m, p, _)| (minor, patch) > (*m, *p))
        {
            best = Some((minor, patch, entry.path()));
        }
    }
    best.map(|(_, _, p)| p)
}
