//! Which certificates the relay's TLS trusts: the public roots built in
//! (webpki-roots) or the operating system's store (with `SSL_CERT_FILE`),
//! and an extra PEM file for an organisation's own CA or a relay's
//! self-signed certificate (`smtp_extra_ca_file`).

use std::path::PathBuf;

use anyhow::Context;
use lettre::transport::smtp::client::{Certificate, CertificateStore, TlsParameters};

/// The trust settings, read from the configuration.
#[derive(Debug, Clone, Default)]
pub struct Trust {
    pub extra_ca_file: Option<PathBuf>,
    pub system_store: bool,
}

impl Trust {
    /// TLS parameters for a relay named `host`; the extra file is read now.
    pub fn parameters(&self, host: &str) -> anyhow::Result<TlsParameters> {
        let store = if self.system_store {
            // With lettre's `rustls-native-certs`, the default is the
            // system's store (and SSL_CERT_FILE / SSL_CERT_DIR).
            CertificateStore::Default
        } else {
            CertificateStore::WebpkiRoots
        };
        let mut builder = TlsParameters::builder(host.to_string()).certificate_store(store);
        if let Some(path) = &self.extra_ca_file {
            let pem = std::fs::read(path)
                .with_context(|| format!("reading smtp_extra_ca_file {}", path.display()))?;
            let certificate = Certificate::from_pem(&pem).map_err(|e| {
                anyhow::anyhow!(
                    "smtp_extra_ca_file {} holds no usable certificate: {e}",
                    path.display()
                )
            })?;
            builder = builder.add_root_certificate(certificate);
        }
        builder
            .build_rustls()
            .context("preparing TLS for the SMTP relay")
    }

    /// What is trusted, for messages: "the public roots and /etc/x.pem".
    pub fn describe(&self) -> String {
        let base = if self.system_store {
            "the system's certificate store"
        } else {
            "the public roots built in"
        };
        match &self.extra_ca_file {
            Some(path) => format!("{base} and {}", path.display()),
            None => base.to_string(),
        }
    }
}
