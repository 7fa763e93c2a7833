//! Turns file-system changes under a folder into wake-ups on a channel.

use std::path::Path;

use notify::{RecommendedWatcher, RecursiveMode, Watcher};
use tokio::sync::mpsc::UnboundedSender;

/// Watches `dir` recursively; every relevant event sends `()` on `tx`. The
/// returned watcher must be kept alive.
pub fn watch_folder(dir: &Path, tx: UnboundedSender<()>) -> notify::Result<RecommendedWatcher> {
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let relevant = match &event {
            Ok(e) => !e.kind.is_access(),
            // An overflow or backend error: rescan to be safe.
            Err(_) => true,
        };
        if relevant {
            let _ = tx.send(());
        }
    })?;
    watcher.watch(dir, RecursiveMode::Recursive)?;
    Ok(watcher)
}
