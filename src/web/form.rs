//! Forms as browsers send them. A field ticked several times (checkboxes:
//! a campaign's co-signers) repeats its key, which actix-web's `Form`
//! (serde_urlencoded) cannot read into a `Vec`: it answered 400 to every
//! campaign form with a co-signer ticked. `HtmlForm` reads repeated keys
//! into `Vec` fields and single ones into plain fields; every form of the
//! service is read with it. The body is read within the `PayloadConfig`
//! limit of the route (256 KiB; 8 MiB for a section of answers).

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::error::ErrorBadRequest;
use actix_web::web::Bytes;
use actix_web::{FromRequest, HttpRequest};
use serde::de::DeserializeOwned;

/// The largest urlencoded form accepted anywhere.
pub const FORM_LIMIT: usize = 256 * 1024;
/// A section of answers may hold several long texts (100,000 characters of
/// Burmese is close to a megabyte once form-encoded).
pub const ANSWER_FORM_LIMIT: usize = 8 * 1024 * 1024;

/// The largest form body accepted at `path`.
pub fn form_limit(path: &str) -> usize {
    if path.starts_with("/respond/sections/") {
        ANSWER_FORM_LIMIT
    } else {
        FORM_LIMIT
    }
}

pub struct HtmlForm<T>(pub T);

impl<T> HtmlForm<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> std::ops::Deref for HtmlForm<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: DeserializeOwned + 'static> FromRequest for HtmlForm<T> {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        // The body, within the application's payload limit.
        let body = Bytes::from_request(req, payload);
        Box::pin(async move {
            let bytes = body.await?;
            serde_html_form::from_bytes(&bytes)
                .map(HtmlForm)
                .map_err(|e| ErrorBadRequest(format!("the form could not be read: {e}")))
        })
    }
}
