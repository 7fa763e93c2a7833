//! Default location of the data folder (the model's is codeberta_core::bundle::default_model_dir).

use std::path::PathBuf;

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
