//! Who is on the other end of a request: their address (for throttling and
//! the audit log) and their browser's name (to tell sessions apart).

use std::future::{ready, Ready};

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{web, FromRequest, HttpRequest};

use super::state::AppState;

#[derive(Debug, Clone)]
pub struct Client {
    pub ip: String,
    pub user_agent: Option<String>,
}

impl FromRequest for Client {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let trust_proxy = req
            .app_data::<web::Data<AppState>>()
            .is_some_and(|s| s.config.trust_proxy_headers);
        let conn = req.connection_info();
        // Only behind a proxy that sets it may X-Forwarded-For be believed;
        // otherwise anyone could pick the address they are throttled by.
        let ip = if trust_proxy {
            conn.realip_remote_addr().map(str::to_string)
        } else {
            req.peer_addr().map(|a| a.ip().to_string())
        }
        .unwrap_or_else(|| "unknown".to_string());
        let ip = ip
            .parse::<std::net::SocketAddr>()
            .map(|a| a.ip().to_string())
            .unwrap_or(ip);
        let user_agent = req
            .headers()
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        ready(Ok(Client { ip, user_agent }))
    }
}
