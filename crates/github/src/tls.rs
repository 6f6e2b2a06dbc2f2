//! Certificates: reading a connection's custom CA bundle, and telling why a TLS handshake
//! failed so the admin gets the fix for that cause.
//!
//! reqwest reports a refused certificate as a connect error whose source chain ends in the
//! `rustls::Error` the verifier returned (wrapped in an `io::Error` by tokio-rustls, whose
//! `source()` skips it: hence the `get_ref` below). On Linux the platform verifier is webpki
//! and gives rustls' own `CertificateError`s; macOS and Windows map most of theirs to the same
//! variants and put the rest in `CertificateError::Other` with the platform's words, which
//! are matched as text as a last resort.

use std::error::Error as StdError;

use ghls_l10n::t;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;
use rustls::CertificateError;

use crate::error::{Error, Result, TlsReason};

/// The certificates of a PEM bundle (a binary DER certificate is accepted too), each checked
/// the way the verifier will read it, so a bad file fails when the connection is set up,
/// not at the first request.
pub(crate) fn ca_certificates(bundle: &[u8]) -> Result<Vec<reqwest::Certificate>> {
    let problem = |p: String| Error::CaBundle { problem: p };
    let mut ders = Vec::new();
    for item in CertificateDer::pem_slice_iter(bundle) {
        let der = item.map_err(|e| problem(t!("github-ca-not-pem", detail = e.to_string())))?;
        ders.push(der);
    }
    if ders.is_empty() {
        // A binary .cer/.der file is one DER SEQUENCE: accept it if it parses.
        if bundle.first() == Some(&0x30) {
            ders.push(CertificateDer::from(bundle.to_vec()));
        } else if contains(bundle, b"PRIVATE KEY") {
            return Err(problem(t!("github-ca-private-key")));
        } else {
            return Err(problem(t!("github-ca-no-certificate")));
        }
    }
    let count = ders.len();
    let mut certs = Vec::with_capacity(count);
    for (i, der) in ders.into_iter().enumerate() {
        let n = i + 1;
        rustls::RootCertStore::empty()
            .add(der.clone())
            .map_err(|e| {
                problem(t!(
                    "github-ca-unreadable",
                    count = count,
                    n = n,
                    detail = e.to_string()
                ))
            })?;
        certs.push(reqwest::Certificate::from_der(&der).map_err(|e| {
            problem(t!(
                "github-ca-refused",
                count = count,
                n = n,
                detail = e.to_string()
            ))
        })?);
    }
    Ok(certs)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Why the connection failed, if it was TLS that failed. `chain` is the error chain as text.
pub(crate) fn tls_failure(e: &(dyn StdError + 'static), chain: &str) -> Option<TlsReason> {
    if let Some(r) = find_rustls_error(e) {
        return Some(reason_of(r));
    }
    let lower = chain.to_ascii_lowercase();
    (lower.contains("certificate") || lower.contains("tls") || lower.contains("handshake"))
        .then(|| reason_in_words(&lower))
}

/// The `rustls::Error` anywhere in the chain, looking inside `io::Error`s too (reqwest's
/// connector wraps tokio-rustls' `io::Error` in another one).
fn find_rustls_error<'a>(e: &'a (dyn StdError + 'static)) -> Option<&'a rustls::Error> {
    let mut current = Some(e);
    // The depth is bounded: a chain is a handful of errors, and a cycle must not hang us.
    for _ in 0..32 {
        let err = current?;
        if let Some(r) = err.downcast_ref::<rustls::Error>() {
            return Some(r);
        }
        current = match err.downcast_ref::<std::io::Error>() {
            Some(io) => match io.get_ref() {
                Some(inner) => Some(inner as &(dyn StdError + 'static)),
                None => err.source(),
            },
            None => err.source(),
        };
    }
    None
}

fn reason_of(e: &rustls::Error) -> TlsReason {
    match e {
        rustls::Error::InvalidCertificate(c) => match c {
            CertificateError::UnknownIssuer => TlsReason::UnknownIssuer,
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                TlsReason::NameMismatch
            }
            CertificateError::Expired
            | CertificateError::ExpiredContext { .. }
            | CertificateError::NotValidYet
            | CertificateError::NotValidYetContext { .. } => TlsReason::Expired,
            CertificateError::Other(other) => {
                reason_in_words(&other.to_string().to_ascii_lowercase())
            }
            _ => TlsReason::Other,
        },
        _ => TlsReason::Other,
    }
}

/// The platform verifiers' own words (`lower` is lower-case).
fn reason_in_words(lower: &str) -> TlsReason {
    let any = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    if any(&[
        "unknownissuer",
        "unknown issuer",
        "self signed",
        "self-signed",
        "untrusted root",
        "not trusted",
        "local issuer",
    ]) {
        TlsReason::UnknownIssuer
    } else if any(&[
        "notvalidforname",
        "not valid for name",
        "name mismatch",
        "hostname mismatch",
        "cn_no_match",
    ]) {
        TlsReason::NameMismatch
    } else if any(&["expired", "notvalidyet", "not valid yet"]) {
        TlsReason::Expired
    } else {
        TlsReason::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn io_wrapped(e: rustls::Error) -> std::io::Error {
        std::io::Error::new(std::io::ErrorKind::InvalidData, e)
    }

    #[test]
    fn rustls_certificate_errors_inside_io_errors_give_the_reason() {
        let cases = [
            (CertificateError::UnknownIssuer, TlsReason::UnknownIssuer),
            (CertificateError::NotValidForName, TlsReason::NameMismatch),
            (CertificateError::Expired, TlsReason::Expired),
            (CertificateError::NotValidYet, TlsReason::Expired),
            (CertificateError::Revoked, TlsReason::Other),
        ];
        for (cert_error, want) in cases {
            // As reqwest's connector reports it: an io::Error inside an io::Error.
            let e =
                std::io::Error::other(io_wrapped(rustls::Error::InvalidCertificate(cert_error)));
            // No words to go by: the variant alone must decide.
            assert_eq!(tls_failure(&e, ""), Some(want));
        }
    }

    #[test]
    fn platform_verifier_words_are_read_when_there_is_no_rustls_variant() {
        let e = std::io::Error::other("A certificate chain processed, but terminated in a root certificate which is not trusted by the trust provider.");
        assert_eq!(
            tls_failure(&e, &e.to_string()),
            Some(TlsReason::UnknownIssuer)
        );
        let e = std::io::Error::other("connection refused");
        assert_eq!(tls_failure(&e, &e.to_string()), None);
    }

    #[test]
    fn a_file_without_certificates_says_what_it_holds() {
        let err = ca_certificates(b"just some text").unwrap_err();
        assert_eq!(err.kind(), "ca_bundle");
        assert!(err.to_string().contains("no certificate"), "{err}");
        let key = b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
        let err = ca_certificates(key).unwrap_err();
        assert!(err.to_string().contains("private key"), "{err}");
    }

    #[test]
    fn a_pem_section_that_is_not_a_certificate_is_refused() {
        let bad =
            b"-----BEGIN CERTIFICATE-----\nTm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n";
        let err = ca_certificates(bad).unwrap_err();
        assert_eq!(err.kind(), "ca_bundle");
        assert!(err.to_string().contains("X.509"), "{err}");
        let broken = b"-----BEGIN CERTIFICATE-----\n!!!not base64!!!\n-----END CERTIFICATE-----\n";
        let err = ca_certificates(broken).unwrap_err();
        assert!(err.to_string().contains("not valid PEM"), "{err}");
    }
}
