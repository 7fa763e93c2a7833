//! Errors of the corpus harvester.

use std::path::PathBuf;

pub type Result<T, E = HarvestError> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum HarvestError {
    #[error("{context} ({path}): {source}")]
    Io {
        context: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("{path}:{line}: {reason}")]
    Sources {
        path: PathBuf,
        line: usize,
        reason: String,
    },

    #[error("bad glob {glob:?}: {reason}")]
    Glob { glob: String, reason: String },

    #[error("package {0} is reserved for independent evaluation (DESIGN.md: Training data) and may not be harvested")]
    Forbidden(String),

    #[error("`{command}` failed: {detail}")]
    Command { command: String, detail: String },

    #[error("{0} is not in the download cache and --offline forbids fetching it")]
    NotCached(String),

    #[error("invalid label {0:?}")]
    Label(String),

    #[error("{0}")]
    Invalid(String),
}

impl HarvestError {
    pub(crate) fn io(
        context: &'static str,
        path: impl Into<PathBuf>,
        source: std::io::Error,
    ) -> Self {
        HarvestError::Io {
            context,
            path: path.into(),
            source,
        }
    }
}
