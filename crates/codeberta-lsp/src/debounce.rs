//! Debouncing for bursts: file-system events and document edits.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tokio::sync::mpsc::UnboundedReceiver;

/// Waits for an event, then until `quiet` passes without another one, and
/// drains what came in between. Returns `false` once the channel is closed.
pub async fn settle<T>(rx: &mut UnboundedReceiver<T>, quiet: Duration) -> bool {
    if rx.recv().await.is_none() {
        return false;
    }
    loop {
        match tokio::time::timeout(quiet, rx.recv()).await {
            Ok(Some(_)) => continue,
            Ok(None) => return true,
            Err(_) => return true,
        }
    }
}

/// Sleeps until `counter` (bumped on every edit) stays unchanged for `quiet`,
/// and returns the value it settled on.
pub async fn until_stable(counter: &AtomicU64, quiet: Duration) -> u64 {
    loop {
        let seen = counter.load(Ordering::SeqCst);
        tokio::time::sleep(quiet).await;
        if counter.load(Ordering::SeqCst) == seen {
            return seen;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use tokio::sync::mpsc::unbounded_channel;
    use tokio::time::Instant;

    #[tokio::test(start_paused = true)]
    async fn settle_coalesces_a_burst_into_one_wakeup() {
        let (tx, mut rx) = unbounded_channel();
        let start = Instant::now();
        let sender = tokio::spawn(async move {
            for _ in 0..10 {
                tx.send(()).unwrap();
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            tx
        });
        assert!(settle(&mut rx, Duration::from_millis(100)).await);
        // 10 events 20 ms apart, then 100 ms of quiet.
        let waited = start.elapsed();
        assert!(waited >= Duration::from_millis(280), "{waited:?}");
        assert!(rx.try_recv().is_err(), "the burst must be drained");
        drop(sender.await.unwrap());
        assert!(!settle(&mut rx, Duration::from_millis(100)).await);
    }

    #[tokio::test(start_paused = true)]
    async fn until_stable_waits_out_edits() {
        let counter = Arc::new(AtomicU64::new(0));
        let c = counter.clone();
        let typist = tokio::spawn(async move {
            for _ in 0..5 {
                tokio::time::sleep(Duration::from_millis(30)).await;
                c.fetch_add(1, Ordering::SeqCst);
            }
        });
        let start = Instant::now();
        let settled = until_stable(&counter, Duration::from_millis(50)).await;
        typist.await.unwrap();
        assert_eq!(settled, 5);
        assert!(start.elapsed() >= Duration::from_millis(150));
    }
}
