//! The lexical expert: a linear classifier over hashed word and word-pair
//! counts of the first 16 KiB of a text, shipped beside the transformer in a
//! bundle and combined with it in log space.
//!
//! Why two experts: the transformer reads only its first `max_length`
//! tokens, while the lexical head sees the whole buffer at almost no cost
//! (well under a tenth of a millisecond for 4 KiB); on our package-held-out
//! split each is right where the other is not, and the product of the two
//! beats both (the bundle card has the numbers).

pub mod features;
mod head;

pub use features::{extract, Features, DIM};
pub use head::{combine_log_probs, log_softmax, LexicalHead};
