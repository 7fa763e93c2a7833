//! The classifier as an ONNX graph (opset 17), computing what
//! `RobertaClassifier::forward(.., train = false)` computes.

use std::path::Path;

use candle_core::Tensor;
use prost::Message;

use super::graph::{attr_float, attr_int, attr_ints, Dim, GraphBuilder};
use super::proto::{data_type, ModelProto, OperatorSetIdProto};
use crate::error::{Result, TrainError};
use crate::model::{LayerNorm, Linear, RobertaClassifier, MASK_VALUE};

pub const OPSET: i64 = 17;
pub const IR_VERSION: i64 = 8;
pub const INPUT_IDS: &str = "input_ids";
pub const ATTENTION_MASK: &str = "attention_mask";
pub const LOGITS: &str = "logits";

/// Writes `model` to `path` as an ONNX file.
pub fn export_onnx(model: &RobertaClassifier, path: &Path) -> Result<()> {
    let bytes = onnx_bytes(model)?;
    std::fs::write(path, bytes).map_err(|e| TrainError::io("cannot write ONNX model", path, e))
}

/// The serialized ONNX model.
pub fn onnx_bytes(model: &RobertaClassifier) -> Result<Vec<u8>> {
    Ok(build_model_proto(model)?.encode_to_vec())
}

pub fn build_model_proto(model: &RobertaClassifier) -> Result<ModelProto> {
    let graph = Exporter::new(model).build()?;
    Ok(ModelProto {
        ir_version: IR_VERSION,
        producer_name: "codeberta-train".to_string(),
        producer_version: env!("CARGO_PKG_VERSION").to_string(),
        graph: Some(graph),
        opset_import: vec![OperatorSetIdProto {
            domain: String::new(),
            version: OPSET,
        }],
        ..Default::default()
    })
}

struct Exporter<'a> {
    model: &'a RobertaClassifier,
    g: GraphBuilder,
    one: String,
    half: String,
    sqrt2: String,
}

impl<'a> Exporter<'a> {
    fn new(model: &'a RobertaClassifier) -> Self {
        let mut g = GraphBuilder::new();
        let one = g.f32_scalar("one", 1.0);
        let half = g.f32_scalar("half", 0.5);
        let sqrt2 = g.f32_scalar("sqrt2", std::f32::consts::SQRT_2);
        Self {
            model,
            g,
            one,
            half,
            sqrt2,
        }
    }

    fn build(mut self) -> Result<super::proto::GraphProto> {
        let c = self.model.config().clone();
        let batch_seq = [Dim::Named("batch"), Dim::Named("sequence")];
        let ids = self.g.input(INPUT_IDS, data_type::INT64, &batch_seq);
        let mask = self.g.input(ATTENTION_MASK, data_type::INT64, &batch_seq);

        let hidden = self.embeddings(&ids)?;
        let bias = self.attention_bias(&mask);
        let heads = c.num_attention_heads as i64;
        let head_dim = c.head_dim() as i64;
        let split_shape = self
            .g
            .i64_tensor("shape_split_heads", &[4], &[0, 0, heads, head_dim]);
        let merge_shape =
            self.g
                .i64_tensor("shape_merge_heads", &[3], &[0, 0, c.hidden_size as i64]);
        let scale = self
            .g
            .f32_scalar("attention_scale", (1.0 / (head_dim as f64).sqrt()) as f32);
        let shared = AttentionConstants {
            split: split_shape,
            merge: merge_shape,
            scale,
        };

        let mut hidden = hidden;
        for i in 0..self.model.layers.len() {
            hidden = self.encoder_layer(i, &hidden, &bias, &shared)?;
        }
        self.head(&hidden)?;
        self.g.output(
            LOGITS,
            data_type::FLOAT,
            &[Dim::Named("batch"), Dim::Fixed(c.num_labels as i64)],
        );
        Ok(self.g.finish("codeberta_roberta_classifier"))
    }

    fn embeddings(&mut self, ids: &str) -> Result<String> {
        let c = self.model.config();
        let e = &self.model.embeddings;
        let p = "roberta.embeddings";
        self.g.set_scope("embeddings/");
        // positions = cumsum(ids != pad) * (ids != pad) + pad
        let pad = self.g.i64_scalar("pad_token_id", c.pad_token_id as i64);
        let is_pad = self.g.node("Equal", &[ids, &pad], vec![]);
        let not_pad_bool = self.g.node("Not", &[&is_pad], vec![]);
        let not_pad = self.g.node(
            "Cast",
            &[&not_pad_bool],
            vec![attr_int("to", data_type::INT64 as i64)],
        );
        let axis = self.g.i64_scalar("sequence_axis", 1);
        let counts = self.g.node("CumSum", &[&not_pad, &axis], vec![]);
        let counted = self.g.node("Mul", &[&counts, &not_pad], vec![]);
        let positions = self.g.node("Add", &[&counted, &pad], vec![]);

        let word_table = self.weight(&format!("{p}.word_embeddings.weight"), &e.word)?;
        let pos_table = self.weight(&format!("{p}.position_embeddings.weight"), &e.position)?;
        // Token type ids are always 0, so only row 0 of that table is used.
        let token_type_row = self.weight(
            &format!("{p}.token_type_embeddings.weight.row0"),
            &e.token_type.get(0)?,
        )?;
        let words = self
            .g
            .node("Gather", &[&word_table, ids], vec![attr_int("axis", 0)]);
        let pos = self.g.node(
            "Gather",
            &[&pos_table, &positions],
            vec![attr_int("axis", 0)],
        );
        let sum = self.g.node("Add", &[&words, &pos], vec![]);
        let sum = self.g.node("Add", &[&sum, &token_type_row], vec![]);
        self.layer_norm(&format!("{p}.LayerNorm"), &e.layer_norm, &sum)
    }

    /// `[batch, seq]` 0/1 mask -> `[batch, 1, 1, seq]` additive bias.
    fn attention_bias(&mut self, mask: &str) -> String {
        self.g.set_scope("attention_bias/");
        let keep = self.g.node(
            "Cast",
            &[mask],
            vec![attr_int("to", data_type::FLOAT as i64)],
        );
        let masked = self.g.node("Sub", &[&self.one, &keep], vec![]);
        let mask_value = self.g.f32_scalar("mask_value", MASK_VALUE);
        let bias = self.g.node("Mul", &[&masked, &mask_value], vec![]);
        let axes = self.g.i64_tensor("bias_axes", &[2], &[1, 2]);
        self.g.node("Unsqueeze", &[&bias, &axes], vec![])
    }

    fn encoder_layer(
        &mut self,
        i: usize,
        x: &str,
        bias: &str,
        shapes: &AttentionConstants,
    ) -> Result<String> {
        let layer = &self.model.layers[i];
        let p = format!("roberta.encoder.layer.{i}");
        self.g.set_scope(&format!("layer{i}/attention/"));
        let a = &layer.attention;
        let q = self.linear(&format!("{p}.attention.self.query"), &a.query, x)?;
        let q = self.g.node("Mul", &[&q, &shapes.scale], vec![]);
        let k = self.linear(&format!("{p}.attention.self.key"), &a.key, x)?;
        let v = self.linear(&format!("{p}.attention.self.value"), &a.value, x)?;
        let q = self.split_heads(&q, &shapes.split, &[0, 2, 1, 3]);
        // Keys go straight to [batch, heads, head_dim, seq] for Q K^T.
        let k = self.split_heads(&k, &shapes.split, &[0, 2, 3, 1]);
        let v = self.split_heads(&v, &shapes.split, &[0, 2, 1, 3]);
        let scores = self.g.node("MatMul", &[&q, &k], vec![]);
        let scores = self.g.node("Add", &[&scores, bias], vec![]);
        let probs = self
            .g
            .node("Softmax", &[&scores], vec![attr_int("axis", -1)]);
        let context = self.g.node("MatMul", &[&probs, &v], vec![]);
        let context = self.g.node(
            "Transpose",
            &[&context],
            vec![attr_ints("perm", &[0, 2, 1, 3])],
        );
        let context = self.g.node("Reshape", &[&context, &shapes.merge], vec![]);
        let projected = self.linear(&format!("{p}.attention.output.dense"), &a.output, &context)?;
        let residual = self.g.node("Add", &[&projected, x], vec![]);
        let attended = self.layer_norm(
            &format!("{p}.attention.output.LayerNorm"),
            &a.output_norm,
            &residual,
        )?;

        self.g.set_scope(&format!("layer{i}/feed_forward/"));
        let inner = self.linear(
            &format!("{p}.intermediate.dense"),
            &layer.intermediate,
            &attended,
        )?;
        let inner = self.gelu(&inner);
        let out = self.linear(&format!("{p}.output.dense"), &layer.output, &inner)?;
        let residual = self.g.node("Add", &[&out, &attended], vec![]);
        self.layer_norm(
            &format!("{p}.output.LayerNorm"),
            &layer.output_norm,
            &residual,
        )
    }

    fn head(&mut self, hidden: &str) -> Result<()> {
        self.g.set_scope("classifier/");
        let h = &self.model.head;
        let first_index = self.g.i64_scalar("first_token", 0);
        let first = self
            .g
            .node("Gather", &[hidden, &first_index], vec![attr_int("axis", 1)]);
        let dense = self.linear("classifier.dense", &h.dense, &first)?;
        let dense = self.g.node("Tanh", &[&dense], vec![]);
        let weight = self.weight("classifier.out_proj.weight.T", &h.out_proj.weight.t()?)?;
        let bias = self.weight("classifier.out_proj.bias", &h.out_proj.bias)?;
        let product = self.g.node("MatMul", &[&dense, &weight], vec![]);
        self.g.node_into("Add", &[&product, &bias], vec![], LOGITS);
        Ok(())
    }

    fn split_heads(&mut self, x: &str, shape: &str, perm: &[i64]) -> String {
        let split = self.g.node("Reshape", &[x, shape], vec![]);
        self.g
            .node("Transpose", &[&split], vec![attr_ints("perm", perm)])
    }

    /// `x W^T + b` with `W^T` stored transposed, so MatMul needs no Transpose.
    fn linear(&mut self, prefix: &str, linear: &Linear, x: &str) -> Result<String> {
        let weight = self.weight(&format!("{prefix}.weight.T"), &linear.weight.t()?)?;
        let bias = self.weight(&format!("{prefix}.bias"), &linear.bias)?;
        let product = self.g.node("MatMul", &[x, &weight], vec![]);
        Ok(self.g.node("Add", &[&product, &bias], vec![]))
    }

    fn layer_norm(&mut self, prefix: &str, norm: &LayerNorm, x: &str) -> Result<String> {
        let weight = self.weight(&format!("{prefix}.weight"), &norm.weight)?;
        let bias = self.weight(&format!("{prefix}.bias"), &norm.bias)?;
        Ok(self.g.node(
            "LayerNormalization",
            &[x, &weight, &bias],
            vec![attr_int("axis", -1), attr_float("epsilon", norm.eps as f32)],
        ))
    }

    /// Exact GELU: `0.5 x (1 + erf(x / sqrt 2))`.
    fn gelu(&mut self, x: &str) -> String {
        let scaled = self.g.node("Div", &[x, &self.sqrt2], vec![]);
        let erf = self.g.node("Erf", &[&scaled], vec![]);
        let shifted = self.g.node("Add", &[&erf, &self.one], vec![]);
        let gated = self.g.node("Mul", &[x, &shifted], vec![]);
        self.g.node("Mul", &[&gated, &self.half], vec![])
    }

    fn weight(&mut self, name: &str, tensor: &Tensor) -> Result<String> {
        let dims = tensor.dims().to_vec();
        let values = tensor.flatten_all()?.to_vec1::<f32>()?;
        Ok(self.g.f32_tensor(name, &dims, &values))
    }
}

/// Initializers every attention block reads: the reshape targets that
/// split and merge heads, and 1/sqrt(head_dim).
struct AttentionConstants {
    split: String,
    merge: String,
    scale: String,
}
