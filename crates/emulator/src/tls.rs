//! HTTPS for the emulator, so clients meet the certificate problems of a real GHES: a
//! throwaway certificate authority made at start-up (its certificate is public, its key
//! never leaves memory), a server certificate it issues for `127.0.0.1` and `localhost`, and
//! a second one for `wrong.example` only, to serve a certificate for the wrong host name.
//!
//! The connection is served by axum like the plain port: [`TlsListener`] hands axum
//! connections whose TLS handshake is already done. Handshakes run on their own tasks, so a
//! client that stalls or aborts one (as a client refusing the certificate does) holds up no
//! one else. The crypto provider is ring, the one the client's rustls uses, passed
//! explicitly so no process-wide default is needed.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, ExtendedKeyUsagePurpose, IsCa,
    KeyPair, KeyUsagePurpose,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use rustls::ServerConfig;
use time::OffsetDateTime;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, watch};
use tokio::task::JoinHandle;
use tokio_rustls::server::TlsStream;
use tokio_rustls::TlsAcceptor;

use crate::Error;

/// The names the good server certificate is for.
pub const SERVER_NAMES: &[&str] = &["127.0.0.1", "localhost"];
/// The only name the wrong-name certificate is for.
pub const WRONG_NAME: &str = "wrong.example";

/// How long a client may take over its handshake before the connection is dropped.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// The emulator's certificate authority and the server configurations it signed.
pub(crate) struct Certificates {
    /// The CA certificate, PEM: what a client must trust.
    pub(crate) ca_pem: String,
    /// Serves a certificate for [`SERVER_NAMES`].
    pub(crate) good: Arc<ServerConfig>,
    /// Serves a certificate for [`WRONG_NAME`] only.
    pub(crate) wrong_name: Arc<ServerConfig>,
}

impl std::fmt::Debug for Certificates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Certificates").finish_non_exhaustive()
    }
}

impl Certificates {
    /// A new CA and its two server certificates, valid from a day ago for a year.
    pub(crate) fn generate(now: OffsetDateTime) -> Result<Self, Error> {
        let fail = |what: &str, e: &dyn std::fmt::Display| Error::Tls(format!("{what}: {e}"));
        let mut ca = CertificateParams::new(Vec::<String>::new())
            .map_err(|e| fail("the CA parameters", &e))?;
        ca.distinguished_name.push(
            DnType::CommonName,
            "GHE License Sync emulator CA (not GitHub)",
        );
        ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        ca.not_before = now - time::Duration::days(1);
        ca.not_after = now + time::Duration::days(365);
        let ca_key = KeyPair::generate().map_err(|e| fail("the CA key", &e))?;
        let ca =
            CertifiedIssuer::self_signed(ca, ca_key).map_err(|e| fail("the CA certificate", &e))?;
        let good = server_config(&ca, SERVER_NAMES, now)?;
        let wrong_name = server_config(&ca, &[WRONG_NAME], now)?;
        Ok(Self {
            ca_pem: ca.pem(),
            good,
            wrong_name,
        })
    }
}

fn server_config(
    ca: &CertifiedIssuer<'_, KeyPair>,
    names: &[&str],
    now: OffsetDateTime,
) -> Result<Arc<ServerConfig>, Error> {
    let fail = |e: &dyn std::fmt::Display| {
        Error::Tls(format!(
            "the server certificate for {}: {e}",
            names.join(", ")
        ))
    };
    let names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
    let mut params = CertificateParams::new(names).map_err(|e| fail(&e))?;
    params
        .distinguished_name
        .push(DnType::CommonName, "GitHub emulator (not GitHub)");
    params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    params.use_authority_key_identifier_extension = true;
    params.not_before = now - time::Duration::days(1);
    params.not_after = now + time::Duration::days(365);
    let key = KeyPair::generate().map_err(|e| fail(&e))?;
    let cert = params.signed_by(&key, ca).map_err(|e| fail(&e))?;
    let chain: Vec<CertificateDer<'static>> = vec![cert.der().clone(), ca.der().clone()];
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| fail(&e))?
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .map_err(|e| fail(&e))?;
    // axum serves HTTP/1.1 only here, as on the plain port.
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// A listener whose connections have finished their TLS handshake, for `axum::serve`.
pub(crate) struct TlsListener {
    ready: mpsc::Receiver<(TlsStream<TcpStream>, SocketAddr)>,
    address: SocketAddr,
}

impl TlsListener {
    /// Accepts on `listener` until `stop` turns true, handshaking with `config`. The task
    /// returned ends, and the port closes, once `stop` turns true.
    pub(crate) fn new(
        listener: TcpListener,
        address: SocketAddr,
        config: Arc<ServerConfig>,
        mut stop: watch::Receiver<bool>,
    ) -> (Self, JoinHandle<()>) {
        let (tx, ready) = mpsc::channel(64);
        let acceptor = TlsAcceptor::from(config);
        let task = tokio::spawn(async move {
            loop {
                let accepted = tokio::select! {
                    a = listener.accept() => a,
                    _ = stop.wait_for(|s| *s) => break,
                };
                let (tcp, peer) = match accepted {
                    Ok(a) => a,
                    Err(e) => {
                        tracing::debug!(error = %e, "TLS accept failed");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let acceptor = acceptor.clone();
                let tx = tx.clone();
                tokio::spawn(async move {
                    match tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(tcp)).await {
                        Ok(Ok(tls)) => {
                            let _ = tx.send((tls, peer)).await;
                        }
                        // A client refusing the certificate ends here: that is the point.
                        Ok(Err(e)) => tracing::debug!(%peer, error = %e, "TLS handshake failed"),
                        Err(_) => tracing::debug!(%peer, "TLS handshake timed out"),
                    }
                });
            }
        });
        (Self { ready, address }, task)
    }
}

impl axum::serve::Listener for TlsListener {
    type Io = TlsStream<TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        match self.ready.recv().await {
            Some(conn) => conn,
            // The accept loop has stopped: so has serving, once graceful shutdown sees it.
            None => std::future::pending().await,
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        Ok(self.address)
    }
}
