//! Our differentiable RoBERTa sequence classifier in candle.

pub mod autocast;
mod checkpoint;
mod config;
pub mod fused;
mod init;
pub mod layers;
mod roberta;

pub use checkpoint::LoadReport;
pub use config::{Preset, RobertaConfig};
pub use layers::{LayerNorm, Linear};
pub use roberta::{
    attention_bias, position_ids, ClassificationHead, Embeddings, EncoderLayer, RobertaClassifier,
    SelfAttention, MASK_VALUE,
};

#[cfg(test)]
mod tests;
