//! `LexicalHead`: `logits = W·x + b` over [`super::features`], stored as
//! safetensors: `bias` f32 `[labels]` and either `weight` f32 `[labels, dim]`
//! or, as written, `weight_i8` `[labels, dim]` with a per-label f32
//! `weight_scale` (symmetric int8: a quarter of the size, and on our
//! held-out split the same accuracy). `dim`, the number of hash buckets, is
//! the weight's width: [`DIM`] unless the head was trained with another.
//! A head trained on texts without their leading license header (see
//! [`crate::license_header`]) says so in the file's metadata and reads
//! texts the same way; heads written before that read whole texts.

use std::path::Path;

use safetensors::tensor::{Dtype, TensorView};
use safetensors::SafeTensors;

use super::features::{extract_text, Features, DIM, MAX_DIM};
use crate::error::{CoreError, Result};

#[derive(Debug, Clone, PartialEq)]
pub struct LexicalHead {
    labels: usize,
    dim: usize,
    /// Row-major `[labels, dim]`.
    weight: Vec<f32>,
    bias: Vec<f32>,
    skip_license_header: bool,
}

/// The metadata key of [`LexicalHead::skips_license_header`].
const SKIP_LICENSE_KEY: &str = "skip_license_header";

impl LexicalHead {
    /// A head from its parts over [`DIM`] buckets; `weight` is
    /// `[bias.len(), DIM]` row-major.
    pub fn new(weight: Vec<f32>, bias: Vec<f32>) -> Result<Self> {
        Self::with_dim(weight, bias, DIM)
    }

    /// A head over `dim` hash buckets; `weight` is `[bias.len(), dim]`.
    pub fn with_dim(weight: Vec<f32>, bias: Vec<f32>, dim: u32) -> Result<Self> {
        let labels = bias.len();
        if dim == 0 || dim > MAX_DIM {
            return Err(CoreError::Inference(format!(
                "lexical head: {dim} hash buckets, expected 1 to {MAX_DIM}"
            )));
        }
        let dim = dim as usize;
        if labels == 0 || weight.len() != labels * dim {
            return Err(CoreError::Inference(format!(
                "lexical head: weight has {} values, expected {labels} x {dim}",
                weight.len()
            )));
        }
        if !weight.iter().chain(&bias).all(|v| v.is_finite()) {
            return Err(CoreError::Inference(
                "lexical head: non-finite weights".into(),
            ));
        }
        Ok(LexicalHead {
            labels,
            dim,
            weight,
            bias,
            skip_license_header: false,
        })
    }

    /// The same head, reading texts without (`true`) or with their leading
    /// license header: as it was trained.
    pub fn with_license_header_skipped(mut self, skip: bool) -> Self {
        self.skip_license_header = skip;
        self
    }

    pub fn skips_license_header(&self) -> bool {
        self.skip_license_header
    }

    pub fn labels(&self) -> usize {
        self.labels
    }

    /// Hash buckets: features for this head come from [`Self::features`].
    pub fn dim(&self) -> u32 {
        self.dim as u32
    }

    /// The text's features in this head's buckets.
    pub fn features(&self, text: &str) -> Features {
        extract_text(text, self.dim(), self.skip_license_header)
    }

    pub fn weight(&self) -> &[f32] {
        &self.weight
    }

    pub fn bias(&self) -> &[f32] {
        &self.bias
    }

    pub fn logits(&self, x: &Features) -> Vec<f32> {
        let mut out = self.bias.clone();
        let dim = self.dim;
        for (k, o) in out.iter_mut().enumerate() {
            let row = &self.weight[k * dim..(k + 1) * dim];
            *o += x
                .idx
                .iter()
                .zip(&x.val)
                .map(|(&i, &v)| row.get(i as usize).copied().unwrap_or(0.0) * v)
                .sum::<f32>();
        }
        out
    }

    /// Int8 weights with one scale per label, f32 bias.
    pub fn to_safetensors(&self) -> Result<Vec<u8>> {
        let dim = self.dim;
        let mut scales = Vec::with_capacity(self.labels);
        let mut q = Vec::with_capacity(self.weight.len());
        for row in self.weight.chunks_exact(dim) {
            let max = row.iter().fold(0f32, |m, w| m.max(w.abs()));
            let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
            scales.push(scale);
            q.extend(
                row.iter()
                    .map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8 as u8),
            );
        }
        let s = f32_bytes(&scales);
        let b = f32_bytes(&self.bias);
        let tensors = [
            (
                "weight_i8",
                TensorView::new(Dtype::I8, vec![self.labels, dim], &q),
            ),
            (
                "weight_scale",
                TensorView::new(Dtype::F32, vec![self.labels], &s),
            ),
            ("bias", TensorView::new(Dtype::F32, vec![self.labels], &b)),
        ];
        let views: Vec<(&str, TensorView<'_>)> = tensors
            .into_iter()
            .map(|(n, t)| t.map(|t| (n, t)))
            .collect::<std::result::Result<_, _>>()
            .map_err(|e| CoreError::Inference(format!("lexical head: {e}")))?;
        let metadata = self
            .skip_license_header
            .then(|| [(SKIP_LICENSE_KEY.to_string(), "true".to_string())].into());
        safetensors::serialize(views, metadata)
            .map_err(|e| CoreError::Inference(format!("lexical head: {e}")))
    }

    /// Reads a head written by [`Self::to_safetensors`]; `path` is for messages.
    pub fn from_safetensors(bytes: &[u8], path: &Path) -> std::result::Result<Self, String> {
        let st = SafeTensors::deserialize(bytes).map_err(|e| e.to_string())?;
        let tensor = |name: &str, dtype: Dtype, shape: &[usize]| {
            let t = st
                .tensor(name)
                .map_err(|e| format!("tensor `{name}`: {e}"))?;
            if t.dtype() != dtype || t.shape() != shape {
                return Err(format!(
                    "tensor `{name}` is {:?} {:?}, expected {dtype:?} {shape:?}",
                    t.dtype(),
                    t.shape()
                ));
            }
            Ok(t)
        };
        let f32s = |name: &str, shape: &[usize]| -> std::result::Result<Vec<f32>, String> {
            Ok(tensor(name, Dtype::F32, shape)?
                .data()
                .chunks_exact(4)
                .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect())
        };
        let labels = st
            .tensor("bias")
            .map_err(|e| format!("tensor `bias`: {e}"))?
            .shape()
            .first()
            .copied()
            .unwrap_or(0);
        let weight_name = if st.names().contains(&"weight_i8") {
            "weight_i8"
        } else {
            "weight"
        };
        let dim = st
            .tensor(weight_name)
            .map_err(|e| format!("tensor `{weight_name}`: {e}"))?
            .shape()
            .get(1)
            .copied()
            .unwrap_or(0);
        if dim == 0 || dim > MAX_DIM as usize {
            return Err(format!(
                "tensor `{weight_name}` has {dim} hash buckets, expected 1 to {MAX_DIM}"
            ));
        }
        let bias = f32s("bias", &[labels])?;
        let weight = if weight_name == "weight_i8" {
            let scales = f32s("weight_scale", &[labels])?;
            let q = tensor("weight_i8", Dtype::I8, &[labels, dim])?;
            q.data()
                .chunks_exact(dim)
                .zip(&scales)
                .flat_map(|(row, &scale)| row.iter().map(move |&b| f32::from(b as i8) * scale))
                .collect()
        } else {
            f32s("weight", &[labels, dim])?
        };
        let (_, header) = SafeTensors::read_metadata(bytes).map_err(|e| e.to_string())?;
        let skip = match header
            .metadata()
            .as_ref()
            .and_then(|m| m.get(SKIP_LICENSE_KEY))
        {
            None => false,
            Some(v) if v == "true" => true,
            Some(v) if v == "false" => false,
            Some(v) => {
                return Err(format!(
                    "metadata `{SKIP_LICENSE_KEY}` is `{v}`, expected true or false"
                ))
            }
        };
        LexicalHead::with_dim(weight, bias, dim as u32)
            .map(|h| h.with_license_header_skipped(skip))
            .map_err(|e| format!("{}: {e}", path.display()))
    }
}

fn f32_bytes(v: &[f32]) -> Vec<u8> {
    v.iter().flat_map(|x| x.to_le_bytes()).collect()
}

pub fn log_softmax(logits: &[f32]) -> Vec<f32> {
    let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let lse = logits.iter().map(|&l| (l - max).exp()).sum::<f32>().ln() + max;
    logits.iter().map(|&l| l - lse).collect()
}

/// `model_weight * log_softmax(model_logits / temperature) + lexical_weight *
/// log_softmax(lexical_logits)`: unnormalised log-probabilities of the
/// product of the two experts.
pub fn combine_log_probs(
    model_logits: &[f32],
    temperature: f32,
    lexical_logits: &[f32],
    model_weight: f32,
    lexical_weight: f32,
) -> Vec<f32> {
    let t = if temperature > 0.0 { temperature } else { 1.0 };
    let scaled: Vec<f32> = model_logits.iter().map(|l| l / t).collect();
    log_softmax(&scaled)
        .iter()
        .zip(log_softmax(lexical_logits))
        .map(|(m, l)| model_weight * m + lexical_weight * l)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexical::{extract, extract_dim};

    #[test]
    fn round_trips_through_safetensors_and_scores_features() {
        let mut weight = vec![0.0; 2 * DIM as usize];
        let x = extract("def f(x):\n    return x\n");
        for (&i, _) in x.idx.iter().zip(&x.val) {
            weight[DIM as usize + i as usize] = 1.0;
        }
        let head = LexicalHead::new(weight, vec![0.5, 0.0]).unwrap();
        let bytes = head.to_safetensors().unwrap();
        let back = LexicalHead::from_safetensors(&bytes, Path::new("h")).unwrap();
        // Int8 storage: every weight within half a quantisation step.
        for (a, b) in back.weight().iter().zip(head.weight()) {
            assert!((a - b).abs() <= 0.5 / 127.0 + 1e-6, "{a} vs {b}");
        }
        assert_eq!(back.bias(), head.bias());
        let l = back.logits(&x);
        assert_eq!(l[0], 0.5);
        assert!(l[1] > 1.0);
        assert!(LexicalHead::from_safetensors(b"junk", Path::new("h")).is_err());
        assert!(LexicalHead::new(vec![0.0; 3], vec![0.0]).is_err());
        assert!(!back.skips_license_header());
    }

    #[test]
    fn a_head_reads_texts_as_it_was_trained() {
        let header =
            "/*\n * Copyright (c) 2020 Example Corp.\n * Licensed under the Apache License, \
                      Version 2.0.\n * See LICENSE for the warranty disclaimer.\n */\n";
        let code = "#include <QApplication>\nint main() { return 0; }\n";
        let text = format!("{header}{code}");
        let plain = LexicalHead::new(vec![0.0; 2 * DIM as usize], vec![0.0, 0.0]).unwrap();
        let skipping = plain.clone().with_license_header_skipped(true);
        assert_eq!(plain.features(&text), extract(&text));
        assert_eq!(skipping.features(&text), extract(code));
        let back =
            LexicalHead::from_safetensors(&skipping.to_safetensors().unwrap(), Path::new("h"))
                .unwrap();
        assert!(back.skips_license_header());
        assert_eq!(back.features(&text), extract(code));
    }

    #[test]
    fn a_head_keeps_its_own_bucket_count() {
        let dim = 1 << 16;
        let text = "fn main() {\n    println!(\"hi\");\n}\n";
        let x = extract_dim(text, dim);
        let mut weight = vec![0.0; 2 * dim as usize];
        for &i in &x.idx {
            weight[dim as usize + i as usize] = 1.0;
        }
        let head = LexicalHead::with_dim(weight, vec![0.0, 0.0], dim).unwrap();
        let back =
            LexicalHead::from_safetensors(&head.to_safetensors().unwrap(), Path::new("h")).unwrap();
        assert_eq!(back.dim(), dim);
        assert_eq!(back.features(text), x);
        let l = back.logits(&back.features(text));
        assert!(l[1] > l[0]);
        assert!(LexicalHead::with_dim(vec![0.0; 2], vec![0.0], 0).is_err());
        assert!(LexicalHead::with_dim(vec![0.0; 2], vec![0.0], MAX_DIM + 1).is_err());
    }

    #[test]
    fn combination_weights_each_expert() {
        let only_model = combine_log_probs(&[2.0, 0.0], 1.0, &[0.0, 5.0], 1.0, 0.0);
        assert!(only_model[0] > only_model[1]);
        let only_lex = combine_log_probs(&[2.0, 0.0], 1.0, &[0.0, 5.0], 0.0, 1.0);
        assert!(only_lex[1] > only_lex[0]);
        let p: f32 = log_softmax(&[1.0, 2.0, 3.0]).iter().map(|l| l.exp()).sum();
        assert!((p - 1.0).abs() < 1e-6);
    }
}
