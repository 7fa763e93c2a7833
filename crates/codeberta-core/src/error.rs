//! Typed errors for everything the core can refuse.

use std::path::PathBuf;

/// What went wrong, with enough context to act on it.
#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    #[error(
        "ONNX Runtime could not be loaded: {detail}\n\
         Install it with `python3 -m pip install onnxruntime==1.31.1` and point \
         ORT_DYLIB_PATH at <site-packages>/onnxruntime/capi/libonnxruntime.so.<version> \
         (version 1.31 or newer), or rebuild codeberta so its build script installs it."
    )]
    RuntimeUnavailable { detail: String },

    #[error("model bundle {dir}: missing file `{file}`")]
    MissingBundleFile { dir: PathBuf, file: &'static str },

    #[error("model bundle {dir}: `{file}` is invalid: {detail}")]
    InvalidBundleFile {
        dir: PathBuf,
        file: &'static str,
        detail: String,
    },

    #[error("model bundle {dir}: {detail}")]
    BundleMismatch { dir: PathBuf, detail: String },

    #[error("ONNX Runtime failed: {0}")]
    Inference(String),

    #[error("tokenizer failed: {0}")]
    Tokenizer(String),

    #[error("invalid language label {label:?}: {why}")]
    InvalidLabel { label: String, why: &'static str },

    #[error("I/O error on {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl From<ort::Error> for CoreError {
    fn from(e: ort::Error) -> Self {
        CoreError::Inference(e.to_string())
    }
}

pub type Result<T, E = CoreError> = std::result::Result<T, E>;
