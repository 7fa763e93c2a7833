//! The lexical expert: a linear classifier over hashed word and word-pair
//! counts of the first 16 KiB of a text, shipped beside the transformer in a
//! bundle and combined with it in log space.
//!
//! Why two experts: the transformer reads only its first `max_length`
//! tokens, while the lexical head sees up to 16 KiB in one pass over its
//! words; on our package-held-out split the lexical expert alone was right
//! far more often than the transformer, and their product a little more
//! often than either (the bundle card has the numbers).

pub mod features;
mod head;

pub use features::{extract, extract_dim, extract_text, Features, DIM, MAX_DIM};
pub use head::{combine_log_probs, log_softmax, LexicalHead};
