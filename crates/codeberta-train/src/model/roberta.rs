//! RoBERTa for sequence classification (HF `RobertaForSequenceClassification`)
//! with HF tensor names, so checkpoints move between candle, transformers and
//! our ONNX export unchanged.

use candle_core::{DType, Device, Tensor, Var};
use candle_nn::{Init, VarBuilder, VarMap};

use super::config::RobertaConfig;
use super::layers::{attention_probs, dropout, mask_to_f32, LayerNorm, Linear};
use super::{autocast, fused};
use crate::error::{Result, TrainError};

/// Added to attention scores of padded keys; HF uses the dtype's minimum too.
pub const MASK_VALUE: f32 = f32::MIN;

#[derive(Debug, Clone)]
pub struct Embeddings {
    pub word: Tensor,
    pub position: Tensor,
    pub token_type: Tensor,
    pub layer_norm: LayerNorm,
}

#[derive(Debug, Clone)]
pub struct SelfAttention {
    pub query: Linear,
    pub key: Linear,
    pub value: Linear,
    pub output: Linear,
    pub output_norm: LayerNorm,
}

#[derive(Debug, Clone)]
pub struct EncoderLayer {
    pub attention: SelfAttention,
    pub intermediate: Linear,
    pub output: Linear,
    pub output_norm: LayerNorm,
}

#[derive(Debug, Clone)]
pub struct ClassificationHead {
    pub dense: Linear,
    pub out_proj: Linear,
}

/// The classifier. Every weight is a [`Var`] in `varmap`, named as in HF.
#[derive(Clone)]
pub struct RobertaClassifier {
    config: RobertaConfig,
    varmap: VarMap,
    device: Device,
    pub embeddings: Embeddings,
    pub layers: Vec<EncoderLayer>,
    pub head: ClassificationHead,
}

impl RobertaClassifier {
    /// Builds the network over `varmap`, taking the vars already there and
    /// creating zero-filled ones for the rest. Use [`Self::random`] or
    /// [`Self::from_safetensors`] unless the map is already filled.
    pub fn new(config: &RobertaConfig, varmap: VarMap, device: &Device) -> Result<Self> {
        config.validate()?;
        let c = config;
        let vb = VarBuilder::from_varmap(&varmap, DType::F32, device);
        let rb = vb.pp("roberta");
        let eb = rb.pp("embeddings");
        let zeros = Init::Const(0.);
        let embeddings = Embeddings {
            word: eb.get_with_hints(
                (c.vocab_size, c.hidden_size),
                "word_embeddings.weight",
                zeros,
            )?,
            position: eb.get_with_hints(
                (c.max_position_embeddings, c.hidden_size),
                "position_embeddings.weight",
                zeros,
            )?,
            token_type: eb.get_with_hints(
                (c.type_vocab_size, c.hidden_size),
                "token_type_embeddings.weight",
                zeros,
            )?,
            layer_norm: LayerNorm::new(&eb.pp("LayerNorm"), c.hidden_size, c.layer_norm_eps)?,
        };
        let mut layers = Vec::with_capacity(c.num_hidden_layers);
        for i in 0..c.num_hidden_layers {
            let lb = rb.pp("encoder").pp("layer").pp(i);
            let ab = lb.pp("attention");
            let sb = ab.pp("self");
            let ob = ab.pp("output");
            let h = c.hidden_size;
            layers.push(EncoderLayer {
                attention: SelfAttention {
                    query: Linear::new(&sb.pp("query"), h, h)?,
                    key: Linear::new(&sb.pp("key"), h, h)?,
                    value: Linear::new(&sb.pp("value"), h, h)?,
                    output: Linear::new(&ob.pp("dense"), h, h)?,
                    output_norm: LayerNorm::new(&ob.pp("LayerNorm"), h, c.layer_norm_eps)?,
                },
                intermediate: Linear::new(
                    &lb.pp("intermediate").pp("dense"),
                    h,
                    c.intermediate_size,
                )?,
                output: Linear::new(&lb.pp("output").pp("dense"), c.intermediate_size, h)?,
                output_norm: LayerNorm::new(&lb.pp("output").pp("LayerNorm"), h, c.layer_norm_eps)?,
            });
        }
        let cb = vb.pp("classifier");
        let head = ClassificationHead {
            dense: Linear::new(&cb.pp("dense"), c.hidden_size, c.hidden_size)?,
            out_proj: Linear::new(&cb.pp("out_proj"), c.hidden_size, c.num_labels)?,
        };
        Ok(Self {
            config: config.clone(),
            varmap,
            device: device.clone(),
            embeddings,
            layers,
            head,
        })
    }

    pub fn config(&self) -> &RobertaConfig {
        &self.config
    }

    pub fn varmap(&self) -> &VarMap {
        &self.varmap
    }

    pub fn device(&self) -> &Device {
        &self.device
    }

    /// All weights with their HF names, sorted by name.
    pub fn named_vars(&self) -> Vec<(String, Var)> {
        let data = self
            .varmap
            .data()
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut vars: Vec<(String, Var)> =
            data.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        vars.sort_by(|a, b| a.0.cmp(&b.0));
        vars
    }

    /// Weights that stay trainable when the embeddings and the first
    /// `frozen_layers` encoder layers are frozen (`None`: all of them). Give
    /// these to the optimizer and pass the same value to
    /// [`Self::forward_frozen`].
    pub fn trainable_vars(&self, frozen_layers: Option<usize>) -> Vec<Var> {
        self.named_vars()
            .into_iter()
            .filter(|(name, _)| !is_frozen(name, frozen_layers))
            .map(|(_, var)| var)
            .collect()
    }

    /// Logits `[batch, num_labels]` for `input_ids` (u32 or i64, `[batch,
    /// seq]`) and a 0/1 `attention_mask` of the same shape (any dtype).
    pub fn forward(
        &self,
        input_ids: &Tensor,
        attention_mask: &Tensor,
        train: bool,
    ) -> Result<Tensor> {
        self.forward_frozen(input_ids, attention_mask, train, None)
    }

    /// [`Self::forward`] with the embeddings and the first `frozen_layers`
    /// encoder layers cut out of the backward graph.
    pub fn forward_frozen(
        &self,
        input_ids: &Tensor,
        attention_mask: &Tensor,
        train: bool,
        frozen_layers: Option<usize>,
    ) -> Result<Tensor> {
        let split = frozen_layers.unwrap_or(0).min(self.layers.len());
        let mut hidden = self.encode_prefix(input_ids, attention_mask, split, train)?;
        if frozen_layers.is_some() {
            hidden = hidden.detach();
        }
        self.forward_from(&hidden, attention_mask, split, train)
    }

    /// Embeddings followed by encoder layers `0..upto`: `[batch, seq, hidden]`.
    /// With [`Self::forward_from`] this lets a trainer cache what frozen
    /// layers compute.
    pub fn encode_prefix(
        &self,
        input_ids: &Tensor,
        attention_mask: &Tensor,
        upto: usize,
        train: bool,
    ) -> Result<Tensor> {
        let (_, seq) = input_ids.dims2()?;
        if seq > self.config.max_sequence_length() {
            return Err(TrainError::Config(format!(
                "sequence of {seq} tokens is longer than the model's {}",
                self.config.max_sequence_length()
            )));
        }
        let bias = attention_bias(attention_mask)?;
        let mut hidden = self.embed(input_ids, train)?;
        for layer in &self.layers[..upto.min(self.layers.len())] {
            hidden = layer.forward(&hidden, &bias, &self.config, train)?;
        }
        Ok(hidden)
    }

    /// Encoder layers `from..` and the classification head.
    pub fn forward_from(
        &self,
        hidden: &Tensor,
        attention_mask: &Tensor,
        from: usize,
        train: bool,
    ) -> Result<Tensor> {
        let bias = attention_bias(attention_mask)?;
        let mut hidden = hidden.clone();
        for layer in self.layers.iter().skip(from) {
            hidden = layer.forward(&hidden, &bias, &self.config, train)?;
        }
        self.head.forward(&hidden, &self.config, train)
    }

    fn embed(&self, input_ids: &Tensor, train: bool) -> Result<Tensor> {
        let e = &self.embeddings;
        let (batch, seq) = input_ids.dims2()?;
        let hidden = self.config.hidden_size;
        let flat_ids = input_ids.flatten_all()?;
        let positions = position_ids(input_ids, self.config.pad_token_id)?.flatten_all()?;
        let words = e.word.index_select(&flat_ids, 0)?;
        let pos = e.position.index_select(&positions, 0)?;
        // Token type ids are always 0 in RoBERTa.
        let token_type = e.token_type.narrow(0, 0, 1)?;
        let sum = (words + pos)?.broadcast_add(&token_type)?;
        let normed = e.layer_norm.forward(&sum.reshape((batch, seq, hidden))?)?;
        dropout(&normed, self.config.hidden_dropout_prob, train)
    }
}

fn is_frozen(name: &str, frozen_layers: Option<usize>) -> bool {
    let Some(frozen) = frozen_layers else {
        return false;
    };
    if name.starts_with("roberta.embeddings.") {
        return true;
    }
    name.strip_prefix("roberta.encoder.layer.")
        .and_then(|rest| rest.split('.').next())
        .and_then(|index| index.parse::<usize>().ok())
        .is_some_and(|index| index < frozen)
}

/// RoBERTa's position ids: padding keeps `pad`, real tokens count up from
/// `pad + 1` (HF `create_position_ids_from_input_ids`).
pub fn position_ids(input_ids: &Tensor, pad_token_id: u32) -> Result<Tensor> {
    let not_pad = input_ids.ne(pad_token_id as f64)?.to_dtype(DType::F32)?;
    let counts = not_pad.cumsum(1)?;
    let ids = ((counts * not_pad)? + pad_token_id as f64)?;
    Ok(ids.to_dtype(DType::U32)?)
}

/// `[batch, seq]` 0/1 mask -> `[batch, 1, 1, seq]` additive bias on scores.
pub fn attention_bias(attention_mask: &Tensor) -> Result<Tensor> {
    let (batch, seq) = attention_mask.dims2()?;
    let keep = mask_to_f32(attention_mask)?;
    let bias = keep.affine(-1.0, 1.0)?.affine(MASK_VALUE as f64, 0.0)?;
    Ok(bias.reshape((batch, 1, 1, seq))?)
}

impl SelfAttention {
    fn forward(
        &self,
        xs: &Tensor,
        bias: &Tensor,
        c: &RobertaConfig,
        train: bool,
    ) -> Result<Tensor> {
        let (batch, seq, hidden) = xs.dims3()?;
        let heads = c.num_attention_heads;
        let head_dim = c.head_dim();
        // Scaling q rather than the scores touches seq times fewer numbers.
        let scale = 1.0 / (head_dim as f64).sqrt();
        if fused::enabled(xs) {
            // One product for q, k and v (a wider GEMM than three, and one
            // gradient into `xs` rather than three); the weights stay three
            // vars (the checkpoint's names), joined per step, which costs a
            // copy of them and, backward, one more weight-sized gradient.
            // Head split (q scaled on the way), scores, softmax, dropout,
            // the product with v and the head merge are then one node.
            let projections = [&self.query, &self.key, &self.value];
            let weight = Tensor::cat(&projections.map(|l| &l.weight), 0)?;
            let bias_qkv = Tensor::cat(&projections.map(|l| &l.bias), 0)?;
            let qkv = fused::linear(xs, &weight, &bias_qkv)?;
            let p = if train {
                c.attention_probs_dropout_prob
            } else {
                0.0
            };
            let context = fused::qkv_attention(&qkv, heads, scale, bias, p)?;
            return self.output_norm.forward_residual(
                &self.output.forward(&context)?,
                xs,
                c.hidden_dropout_prob,
                train,
            );
        }
        let q = self.query.forward(xs)?;
        let k = self.key.forward(xs)?;
        let v = self.value.forward(xs)?;
        let split = |t: Tensor| -> Result<Tensor> {
            Ok(t.reshape((batch, seq, heads, head_dim))?
                .transpose(1, 2)?
                .contiguous()?)
        };
        let (q, k, v) = (split((q * scale)?)?, split(k)?, split(v)?);
        let scores = autocast::matmul(&q, &k.t()?)?;
        let probs = attention_probs(&scores, bias, c.attention_probs_dropout_prob, train)?;
        let context = autocast::matmul(&probs, &v)?
            .transpose(1, 2)?
            .reshape((batch, seq, hidden))?;
        self.output_norm.forward_residual(
            &self.output.forward(&context)?,
            xs,
            c.hidden_dropout_prob,
            train,
        )
    }
}

impl EncoderLayer {
    fn forward(
        &self,
        xs: &Tensor,
        bias: &Tensor,
        c: &RobertaConfig,
        train: bool,
    ) -> Result<Tensor> {
        let attended = self.attention.forward(xs, bias, c, train)?;
        let inner = self.intermediate.forward_gelu(&attended)?;
        self.output_norm.forward_residual(
            &self.output.forward(&inner)?,
            &attended,
            c.hidden_dropout_prob,
            train,
        )
    }
}

impl ClassificationHead {
    fn forward(&self, hidden: &Tensor, c: &RobertaConfig, train: bool) -> Result<Tensor> {
        let p = c.classifier_dropout_prob();
        let first = hidden.narrow(1, 0, 1)?.squeeze(1)?;
        let x = dropout(&first, p, train)?;
        let x = self.dense.forward(&x)?.tanh()?;
        let x = dropout(&x, p, train)?;
        self.out_proj.forward(&x)
    }
}
