//! Token ids and batches.
//!
//! Texts are encoded with codeberta-core's `TextEncoder`, the very code the
//! detector runs, so the model trains on exactly the ids it will see. The
//! original pads every input to `max_length`; we pad each batch to its
//! longest member instead. The attention mask makes the two give the same
//! logits, and batches of similar length (see [`plan_batches`]) spend far
//! less time on padding.

use candle_core::{Device, Tensor};
use codeberta_core::tokenize::TextEncoder;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::SeedableRng;
use rayon::prelude::*;

use crate::error::{Result, TrainError};

/// Encoded samples: ids (special tokens included, at most `max_length`) and labels.
#[derive(Debug, Clone, Default)]
pub struct EncodedSet {
    pub ids: Vec<Vec<u32>>,
    pub labels: Vec<usize>,
}

impl EncodedSet {
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn lengths(&self) -> Vec<usize> {
        self.ids.iter().map(Vec::len).collect()
    }
}

pub fn encode_texts(encoder: &TextEncoder, texts: &[&str], labels: &[usize]) -> Result<EncodedSet> {
    let ids = texts
        .par_iter()
        .map(|text| {
            let ids = encoder
                .encode(text)
                .map_err(|e| TrainError::Tokenizer(e.to_string()))?;
            ids.into_iter()
                .map(|id| {
                    u32::try_from(id)
                        .map_err(|_| TrainError::Tokenizer(format!("token id {id} out of range")))
                })
                .collect::<Result<Vec<u32>>>()
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(EncodedSet {
        ids,
        labels: labels.to_vec(),
    })
}

/// Batches of positions into a set of `lengths.len()` samples.
///
/// Training (`shuffle`): a seeded shuffle per `(seed, epoch)`, then windows
/// of 50 batches sorted by length and cut into batches, then the batch order
/// shuffled: batches hold similar lengths yet every epoch sees a different
/// mix. Evaluation: sorted by length. The same arguments give the same plan,
/// which is what lets a resumed run repeat an uninterrupted one.
pub fn plan_batches(
    lengths: &[usize],
    batch_size: usize,
    shuffle: bool,
    seed: u64,
    epoch: usize,
) -> Vec<Vec<usize>> {
    let batch_size = batch_size.max(1);
    let mut order: Vec<usize> = (0..lengths.len()).collect();
    if !shuffle {
        order.sort_by_key(|&i| (lengths[i], i));
        return order.chunks(batch_size).map(<[usize]>::to_vec).collect();
    }
    let mut rng =
        StdRng::seed_from_u64(seed ^ (epoch as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    order.shuffle(&mut rng);
    let mut batches: Vec<Vec<usize>> = Vec::new();
    for window in order.chunks_mut(batch_size * 50) {
        window.sort_by_key(|&i| lengths[i]);
        batches.extend(window.chunks(batch_size).map(<[usize]>::to_vec));
    }
    batches.shuffle(&mut rng);
    batches
}

/// `input_ids` (u32) and `attention_mask` (f32), both `[batch, longest]`.
#[derive(Debug, Clone)]
pub struct PaddedBatch {
    pub input_ids: Tensor,
    pub attention_mask: Tensor,
    pub seq_len: usize,
}

pub fn pad_batch(rows: &[&[u32]], pad_id: u32, device: &Device) -> Result<PaddedBatch> {
    let seq_len = rows.iter().map(|r| r.len()).max().unwrap_or(0).max(1);
    let mut ids = vec![pad_id; rows.len() * seq_len];
    let mut mask = vec![0f32; rows.len() * seq_len];
    for (r, row) in rows.iter().enumerate() {
        ids[r * seq_len..r * seq_len + row.len()].copy_from_slice(row);
        mask[r * seq_len..r * seq_len + row.len()].fill(1.0);
    }
    Ok(PaddedBatch {
        input_ids: Tensor::from_vec(ids, (rows.len(), seq_len), device)?,
        attention_mask: Tensor::from_vec(mask, (rows.len(), seq_len), device)?,
        seq_len,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plans_cover_every_sample_once_and_are_seeded() {
        let lengths: Vec<usize> = (0..103).map(|i| (i * 37) % 91 + 1).collect();
        let a = plan_batches(&lengths, 8, true, 3, 0);
        let mut seen: Vec<usize> = a.iter().flatten().copied().collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..103).collect::<Vec<_>>());
        assert!(a.iter().all(|b| b.len() <= 8));
        assert_eq!(a, plan_batches(&lengths, 8, true, 3, 0));
        assert_ne!(a, plan_batches(&lengths, 8, true, 3, 1));
        let eval = plan_batches(&lengths, 8, false, 0, 0);
        let flat: Vec<usize> = eval.iter().flatten().map(|&i| lengths[i]).collect();
        assert!(flat.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn pads_to_the_longest_row() {
        let b = pad_batch(&[&[0, 5, 2], &[0, 2]], 1, &Device::Cpu).unwrap();
        assert_eq!(b.seq_len, 3);
        assert_eq!(
            b.input_ids.to_vec2::<u32>().unwrap(),
            vec![vec![0, 5, 2], vec![0, 2, 1]]
        );
        assert_eq!(
            b.attention_mask.to_vec2::<f32>().unwrap(),
            vec![vec![1., 1., 1.], vec![1., 1., 0.]]
        );
    }
}
