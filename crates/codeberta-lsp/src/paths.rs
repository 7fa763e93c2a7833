//! Default locations of the model and the data folder.

use std::path::PathBuf;

/// `$CODEBERTA_MODEL`, then `models/default` under the current directory, then
/// the repository's `models/default` this binary was built from (as the CLI).
pub fn default_model_dir() -> PathBuf {
    if let Some(p) = std::env::var_os("CODEBERTA_MODEL").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    let local = PathBuf::from("models/default");
    if local.is_dir() {
        return local;
    }
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/default"))
}

/// `$XDG_DATA_HOME/codeberta`, else `~/.local/share/codeberta`.
pub fn default_data_dir() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("XDG_DATA_HOME").filter(|p| !p.is_empty()) {
        let p = PathBuf::from(p);
        // The XDG spec says relative values are invalid and must be ignored.
        if p.is_absolute() {
            return Some(p.join("codeberta"));
        }
    }
    let home = std::env::var_os("HOME").filter(|p| !p.is_empty())?;
    Some(PathBuf::from(home).join(".local/share/codeberta"))
}
