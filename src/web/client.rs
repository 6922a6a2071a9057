//! Who is on the other end of a request: their address (for throttling and
//! the audit log) and their browser's name (to tell sessions apart).
//!
//! Behind reverse proxies, each proxy appends the address it received the
//! request from to `X-Forwarded-For`; whatever stands further left came
//! from the client and may be forged. So the client is the entry
//! `trusted_proxy_hops` from the right, and with no trusted proxy the
//! header is ignored.

use std::future::{ready, Ready};
use std::net::IpAddr;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{web, FromRequest, HttpRequest};

use super::state::AppState;

#[derive(Debug, Clone)]
pub struct Client {
    pub ip: String,
    pub user_agent: Option<String>,
}

/// The client's address: `hops` entries from the right of the
/// `X-Forwarded-For` entries (all headers, in order), or the peer when no
/// proxy is trusted or the header is shorter or not an address.
pub fn client_address(peer: Option<IpAddr>, forwarded: &[&str], hops: usize) -> Option<IpAddr> {
    if hops == 0 {
        return peer;
    }
    let entries: Vec<&str> = forwarded
        .iter()
        .flat_map(|h| h.split(','))
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .collect();
    entries
        .len()
        .checked_sub(hops)
        .and_then(|i| parse_entry(entries[i]))
        .or(peer)
}

/// An address as proxies write it: `203.0.113.7`, `2001:db8::1`,
/// `[2001:db8::1]:443` or `203.0.113.7:443`.
fn parse_entry(entry: &str) -> Option<IpAddr> {
    entry
        .parse::<IpAddr>()
        .ok()
        .or_else(|| entry.parse::<std::net::SocketAddr>().ok().map(|a| a.ip()))
}

impl FromRequest for Client {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let hops = req
            .app_data::<web::Data<AppState>>()
            .map_or(0, |s| s.config.trusted_proxy_hops);
        let forwarded: Vec<&str> = req
            .headers()
            .get_all("x-forwarded-for")
            .filter_map(|v| v.to_str().ok())
            .collect();
        let ip = client_address(req.peer_addr().map(|a| a.ip()), &forwarded, hops)
            .map_or_else(|| "unknown".to_string(), |ip| ip.to_string());
        let user_agent = req
            .headers()
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        ready(Ok(Client { ip, user_agent }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> Option<IpAddr> {
        Some(s.parse().unwrap())
    }

    const PROXY: &str = "127.0.0.1";

    #[test]
    fn with_no_trusted_proxy_the_header_is_ignored() {
        assert_eq!(client_address(ip(PROXY), &["6.6.6.6"], 0), ip(PROXY));
    }

    #[test]
    fn a_forged_first_entry_does_not_count_behind_one_proxy() {
        // nginx's $proxy_add_x_forwarded_for: what the client sent, then
        // the address nginx saw.
        assert_eq!(
            client_address(ip(PROXY), &["6.6.6.6, 203.0.113.7"], 1),
            ip("203.0.113.7")
        );
        assert_eq!(
            client_address(ip(PROXY), &["6.6.6.6", "203.0.113.7"], 1),
            ip("203.0.113.7"),
            "several headers read as one list"
        );
    }

    #[test]
    fn two_proxies_take_the_second_from_the_right() {
        assert_eq!(
            client_address(ip(PROXY), &["6.6.6.6, 203.0.113.7, 10.0.0.2"], 2),
            ip("203.0.113.7")
        );
    }

    #[test]
    fn a_short_or_broken_header_falls_back_to_the_peer() {
        assert_eq!(client_address(ip(PROXY), &[], 1), ip(PROXY));
        assert_eq!(client_address(ip(PROXY), &["203.0.113.7"], 2), ip(PROXY));
        assert_eq!(client_address(ip(PROXY), &["not-an-ip"], 1), ip(PROXY));
    }

    #[test]
    fn ports_and_ipv6_are_read() {
        assert_eq!(
            client_address(ip(PROXY), &["[2001:db8::1]:443"], 1),
            ip("2001:db8::1")
        );
        assert_eq!(
            client_address(ip(PROXY), &["203.0.113.7:5000"], 1),
            ip("203.0.113.7")
        );
    }
}
