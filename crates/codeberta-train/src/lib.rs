//! Training side of codeberta: the RoBERTa classifier in candle, its ONNX
//! export, tokenizer training and bundle writing.

pub mod bundle_writer;
pub mod data;
pub mod error;
pub mod harvest;
pub mod lexical;
pub mod metrics;
pub mod model;
pub mod onnx;
pub mod report;
pub mod testing;
pub mod tokenizer_train;
pub mod train;

pub use error::{Result, TrainError};
