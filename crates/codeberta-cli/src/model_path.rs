//! Where to find the model when `--model` is not given.

use std::path::{Path, PathBuf};

/// `$CODEBERTA_MODEL`, then `models/default` under the current directory, then
/// the repository's `models/default` this binary was built from.
pub fn default_model_dir() -> PathBuf {
    if let Some(p) = std::env::var_os("CODEBERTA_MODEL").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    let local = PathBuf::from("models/default");
    if local.is_dir() {
        return local;
    }
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    crate_dir
        .ancestors()
        .nth(2)
        .unwrap_or(crate_dir)
        .join("models")
        .join("default")
}
