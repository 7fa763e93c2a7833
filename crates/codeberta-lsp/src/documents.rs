//! Open documents and what we last said about them. Kept behind a plain
//! mutex and only touched without awaiting, because the server handles
//! messages concurrently.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use codeberta_core::Language;
use tokio::sync::Notify;

use crate::engine::Classification;

/// How long a closed document is remembered to pair it with a re-open.
pub const REOPEN_WINDOW: Duration = Duration::from_secs(10);

/// Language ids that mean "the editor does not know".
pub fn is_unknown_language(language_id: &str) -> bool {
    matches!(
        language_id.to_ascii_lowercase().as_str(),
        "" | "plaintext" | "text" | "plain" | "txt"
    )
}

/// Whether we may suggest a language: the editor does not know it and the
/// file name does not imply one.
pub fn is_eligible(uri: &str, language_id: &str) -> bool {
    if !is_unknown_language(language_id) {
        return false;
    }
    let name = uri.rsplit('/').next().unwrap_or("");
    name.is_empty() || Language::from_file_name(name).is_none()
}

/// Wakes the document's classification worker.
#[derive(Debug, Clone, Default)]
pub struct Worker {
    pub edits: Arc<AtomicU64>,
    pub wake: Arc<Notify>,
    pub alive: Arc<AtomicBool>,
}

impl Worker {
    pub fn poke(&self) {
        self.edits.fetch_add(1, Ordering::SeqCst);
        self.wake.notify_one();
    }

    pub fn stop(&self) {
        self.alive.store(false, Ordering::SeqCst);
        self.wake.notify_one();
    }
}

#[derive(Debug)]
pub struct Document {
    pub language_id: String,
    pub version: i32,
    pub text: Arc<String>,
    pub worker: Worker,
    /// The suggestion after hysteresis, as last notified.
    pub suggestion: Option<String>,
    pub last: Option<Classification>,
    /// Whether a mismatch hint diagnostic is published now.
    pub mismatch: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Closed {
    pub language_id: String,
    pub suggestion: Option<String>,
    pub top: Option<String>,
    pub text: Arc<String>,
    pub at: Instant,
}

#[derive(Debug, Default)]
pub struct Documents {
    pub open: HashMap<String, Document>,
    pub closed: HashMap<String, Closed>,
}

impl Documents {
    pub fn remember_closed(&mut self, uri: String, doc: &Document) {
        let now = Instant::now();
        self.closed
            .retain(|_, c| now.duration_since(c.at) < REOPEN_WINDOW);
        self.closed.insert(
            uri,
            Closed {
                language_id: doc.language_id.clone(),
                suggestion: doc.suggestion.clone(),
                top: doc
                    .last
                    .as_ref()
                    .and_then(|c| c.guesses.first())
                    .map(|g| g.language_id.clone()),
                text: doc.text.clone(),
                at: now,
            },
        );
    }

    pub fn take_recently_closed(&mut self, uri: &str) -> Option<Closed> {
        self.closed
            .remove(uri)
            .filter(|c| c.at.elapsed() < REOPEN_WINDOW)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eligibility_never_overrides_a_known_language() {
        assert!(is_eligible("untitled:Untitled-1", "plaintext"));
        assert!(is_eligible("file://", ""));
        assert!(is_eligible("file:///tmp/notes.unknownext", "plaintext"));
        assert!(!is_eligible("file:///tmp/a.txt", "python"));
        assert!(!is_eligible("file:///tmp/main.py", "plaintext"));
    }
}
