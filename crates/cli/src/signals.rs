//! Ctrl-C and SIGTERM.

/// Resolves on Ctrl-C (SIGINT) or, on Unix, SIGTERM (a cron daemon or CI stopping the job).
pub async fn shutdown() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = term.recv() => {}
                _ = tokio::signal::ctrl_c() => {}
            }
            return;
        }
    }
    if tokio::signal::ctrl_c().await.is_err() {
        // No signal handling here: never resolve, the work ends on its own.
        std::future::pending::<()>().await;
    }
}
