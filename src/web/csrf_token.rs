//! The token a page puts in its forms, read by handlers that render
//! forms; made when a page first asks for it. The middleware that checks
//! it on every write, and sets its cookie, is `csrf.rs`.

use std::future::{ready, Ready};

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpMessage, HttpRequest};

use crate::domain::secret;

/// The token to put in this page's forms.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub(super) String);

impl CsrfToken {
    pub fn value(&self) -> &str {
        &self.0
    }
}

impl FromRequest for CsrfToken {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    /// The browser's token, or a new one made now: only pages with forms
    /// ask, so only they cost a token and set the cookie.
    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let existing = req.extensions().get::<CsrfToken>().cloned();
        let token = existing.unwrap_or_else(|| {
            let fresh = CsrfToken(secret::generate().token);
            req.extensions_mut().insert(fresh.clone());
            req.extensions_mut().insert(Issued);
            fresh
        });
        ready(Ok(token))
    }
}

/// Marks a request for which a new token was made (the cookie is set).
#[derive(Debug, Clone, Copy)]
pub(super) struct Issued;
