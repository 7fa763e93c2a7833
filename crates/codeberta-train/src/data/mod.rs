//! Training data: a `DIR/<label>/<files>` corpus as the original script
//! reads it, a seeded stratified validation split, tokenization exactly as
//! inference does it, and length-bucketed batches.

mod batch;
mod corpus;
mod split;
mod synthetic;
mod views;
mod windows;

pub use batch::{encode_texts, pad_batch, plan_batches, EncodedSet, PaddedBatch};
pub use corpus::{label_order, load_corpus, Corpus, LabelStats, Sample};
pub use split::stratified_split;
pub use synthetic::{write_synthetic_corpus, SYNTHETIC_LABELS};
pub use views::View;
pub use windows::{
    file_windows, labelled_mixed_windows, labelled_windows, short_windows, snippet_windows,
    window_seed, SHORT_WINDOW_BYTES, SHORT_WINDOW_LINES, SHORT_WINDOW_SEED, WINDOW_LINES,
};
