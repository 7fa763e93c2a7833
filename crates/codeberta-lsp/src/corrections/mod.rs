//! The corrections store: one JSON file per correction under a private folder,
//! written atomically and watched so hand edits and other server instances
//! are seen.

pub mod atomic;
pub mod store;
pub mod watcher;

pub use store::{Correction, CorrectionsStore, LoadReport, StoreError};
