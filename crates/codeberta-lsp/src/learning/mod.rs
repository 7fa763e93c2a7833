//! Learning from corrections without touching the base model: a linear
//! residual head over hashed lexical features and the base model's own
//! log-probabilities. It can add labels the base model never saw, trains in
//! well under a second, and falls back to the base model when it has
//! nothing to add.
//!
//! Why not a head over encoder features: a bundle ships only `model.onnx`
//! whose single output is the logits, so encoder features would need a
//! second (candle) forward pass per request, ~7x slower than ONNX Runtime on
//! these machines, and the serving budget is 10 ms for 4 KiB.

pub mod anchors;
pub use codeberta_core::lexical::features;
pub mod head;
pub mod learner;
pub mod train;
