//! The Connections screen (feature `connections`): settings, secrets (in, never out) and
//! Test connection.

use std::sync::Arc;

use ghls_domain::Secret;
use ghls_services::{
    App, ConnectionTarget, ConnectionTest, Connections, ConnectionsDraft, ErrorReport, SecretKeep,
    SecretKind, SecretStatus,
};
use tauri::State;

/// The connections and, per secret, only whether it is set.
#[tauri::command]
pub(crate) async fn connections(app: State<'_, Arc<App>>) -> Result<Connections, ErrorReport> {
    Ok(app.connections().await)
}

/// Checks and saves the (non-secret) settings; a refusal names each field.
#[tauri::command]
pub(crate) async fn save_connections(
    app: State<'_, Arc<App>>,
    draft: ConnectionsDraft,
) -> Result<Connections, ErrorReport> {
    app.save_connections(draft).await.map_err(|e| e.report())
}

/// Removes a GHES instance and deletes its secrets.
#[tauri::command]
pub(crate) async fn remove_ghes_instance(
    app: State<'_, Arc<App>>,
    id: String,
) -> Result<Connections, ErrorReport> {
    app.remove_ghes_instance(&id).await.map_err(|e| e.report())
}

/// Saves a secret. The value arrives as a [`Secret`] and never comes back.
#[tauri::command]
pub(crate) async fn set_secret(
    app: State<'_, Arc<App>>,
    target: ConnectionTarget,
    kind: SecretKind,
    value: Secret,
    keep: SecretKeep,
) -> Result<SecretStatus, ErrorReport> {
    app.set_secret(&target, kind, value, keep)
        .await
        .map_err(|e| e.report())
}

/// Deletes a secret from the keyring (and the session).
#[tauri::command]
pub(crate) async fn delete_secret(
    app: State<'_, Arc<App>>,
    target: ConnectionTarget,
    kind: SecretKind,
) -> Result<SecretStatus, ErrorReport> {
    app.delete_secret(&target, kind)
        .await
        .map_err(|e| e.report())
}

/// Tests one connection now. A failure is the result, not an IPC error.
#[tauri::command]
pub(crate) async fn test_connection(
    app: State<'_, Arc<App>>,
    target: ConnectionTarget,
) -> Result<ConnectionTest, ErrorReport> {
    Ok(app.test_connection(target).await)
}
