//! Our own ONNX writer: prost messages, a graph builder and the RoBERTa export.

mod export;
pub mod graph;
pub mod proto;

pub use export::{
    build_model_proto, export_onnx, onnx_bytes, ATTENTION_MASK, INPUT_IDS, IR_VERSION, LOGITS,
    OPSET,
};

#[cfg(test)]
mod tests;
