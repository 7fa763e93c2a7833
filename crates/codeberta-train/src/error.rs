//! The one error type of the training crate.

use std::path::PathBuf;

pub type Result<T, E = TrainError> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum TrainError {
    #[error("tensor operation failed: {0}")]
    Candle(#[from] candle_core::Error),

    #[error("{context} ({path}): {source}")]
    Io {
        context: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("invalid JSON in {context}: {source}")]
    Json {
        context: String,
        #[source]
        source: serde_json::Error,
    },

    #[error("invalid model configuration: {0}")]
    Config(String),

    #[error("checkpoint {path} does not fit the model: {reason}")]
    Checkpoint { path: PathBuf, reason: String },

    #[error("ONNX export failed: {0}")]
    Export(String),

    #[error("tokenizer error: {0}")]
    Tokenizer(String),

    #[error("bundle error: {0}")]
    Bundle(String),

    #[error("training data: {0}")]
    Data(String),
}

impl TrainError {
    pub(crate) fn io(
        context: &'static str,
        path: impl Into<PathBuf>,
        source: std::io::Error,
    ) -> Self {
        TrainError::Io {
            context,
            path: path.into(),
            source,
        }
    }

    pub(crate) fn json(context: impl Into<String>, source: serde_json::Error) -> Self {
        TrainError::Json {
            context: context.into(),
            source,
        }
    }
}
