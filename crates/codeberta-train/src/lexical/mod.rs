//! Training the lexical expert that ships beside the transformer (see
//! `codeberta_core::lexical`), fitting how the two are combined, and adding
//! both to an existing bundle.

mod attach;
mod combine;
mod sgd;

pub use attach::{attach_lexical, reuse_lexical, LexicalRun, LexicalRunOptions, TrainFile};
pub use combine::{fit_weights, CombinationFit};
pub use sgd::{train_head, SgdOptions};
