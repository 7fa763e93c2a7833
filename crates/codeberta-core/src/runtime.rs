//! Loading ONNX Runtime without ever panicking.
//!
//! `ort` with `load-dynamic` panics on first use when it cannot find the
//! library, so every session goes through [`environment`], which loads the
//! library explicitly and turns failure into [`CoreError::RuntimeUnavailable`].

use std::path::PathBuf;
use std::sync::OnceLock;

use ort::environment::Environment;

use crate::error::{CoreError, Result};

static ENVIRONMENT: OnceLock<std::result::Result<Environment, String>> = OnceLock::new();

/// The paths tried, in order: `ORT_DYLIB_PATH`, the path found by the build
/// script, and a library next to the running executable.
pub fn candidate_paths() -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Some(p) = std::env::var_os("ORT_DYLIB_PATH").filter(|p| !p.is_empty()) {
        out.push(PathBuf::from(p));
        // An explicit override is the user's decision; do not fall back behind their back.
        return out;
    }
    let baked = env!("CODEBERTA_ORT_DYLIB");
    if !baked.is_empty() {
        out.push(PathBuf::from(baked));
    }
    if let Some(dir) = std::env::current_exe()
        .ok()
        .and_then(|e| e.parent().map(PathBuf::from))
    {
        out.push(dir.join("libonnxruntime.so"));
    }
    out
}

/// The process-wide ONNX Runtime environment, loading the library on first call.
pub fn environment() -> Result<&'static Environment> {
    let env = ENVIRONMENT.get_or_init(|| {
        let mut tried = Vec::new();
        for path in candidate_paths() {
            if !path.is_file() {
                tried.push(format!("{} (no such file)", path.display()));
                continue;
            }
            match ort::init_from(&path) {
                Ok(builder) => {
                    return builder
                        .with_name("codeberta")
                        .build()
                        .map_err(|e| format!("{}: {e}", path.display()))
                }
                Err(e) => tried.push(e.to_string()),
            }
        }
        if tried.is_empty() {
            tried.push("no candidate path (ORT_DYLIB_PATH unset, none found at build time)".into());
        }
        Err(format!("tried {}", tried.join("; ")))
    });
    env.as_ref()
        .map_err(|detail| CoreError::RuntimeUnavailable {
            detail: detail.clone(),
        })
}
