//! The settings for operators' tools: who may read `/metrics`, and
//! whether log lines are JSON.

use std::net::IpAddr;

use super::values::Setting;
use super::ConfigError;

/// How log lines are written on standard error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LogFormat {
    /// One human-readable line per event.
    #[default]
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

/// A block of addresses such as `10.0.0.0/8` or `::1/128`; a bare address
/// is that address alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AddressRange {
    network: IpAddr,
    prefix: u8,
}

impl AddressRange {
    pub fn parse(text: &str) -> Option<AddressRange> {
        let text = text.trim();
        let (address, prefix) = match text.split_once('/') {
            Some((a, p)) => (a, Some(p.parse::<u8>().ok()?)),
            None => (text, None),
        };
        let network: IpAddr = address.parse().ok()?;
        let bits = if network.is_ipv4() { 32 } else { 128 };
        let prefix = prefix.unwrap_or(bits);
        (prefix <= bits).then_some(AddressRange { network, prefix })
    }

    pub fn contains(&self, address: IpAddr) -> bool {
        // An IPv4 client seen through an IPv6 socket (::ffff:a.b.c.d).
        let address = match address {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(address, IpAddr::V4),
            v4 => v4,
        };
        match (self.network, address) {
            (IpAddr::V4(n), IpAddr::V4(a)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(n) & mask == u32::from(a) & mask
            }
            (IpAddr::V6(n), IpAddr::V6(a)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(n) & mask == u128::from(a) & mask
            }
            _ => false,
        }
    }
}

/// `metrics_allow`: addresses separated by commas (the environment) or a
/// list of strings (the file, joined by the caller).
pub(super) fn parse_allow(setting: Option<Setting>) -> Result<Vec<AddressRange>, ConfigError> {
    let Some(s) = setting else {
        return Ok(Vec::new());
    };
    s.value
        .split(',')
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(|entry| {
            AddressRange::parse(entry).ok_or_else(|| {
                ConfigError(format!(
                    "{} has `{entry}`, which is not an address or a block such as 127.0.0.1/32 or ::1/128.",
                    s.origin
                ))
            })
        })
        .collect()
}

/// `metrics_token`: long enough not to be guessed; empty means none.
pub(super) fn parse_token(setting: Option<Setting>) -> Result<Option<String>, ConfigError> {
    let Some(s) = setting else {
        return Ok(None);
    };
    let token = s.value.trim();
    if token.is_empty() {
        return Ok(None);
    }
    if token.len() < 16 || !token.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(ConfigError(format!(
            "{} must be at least 16 printable characters without spaces (for example from `openssl rand -hex 24`).",
            s.origin
        )));
    }
    Ok(Some(token.to_string()))
}

pub(super) fn parse_log_format(setting: Option<Setting>) -> Result<LogFormat, ConfigError> {
    let Some(s) = setting else {
        return Ok(LogFormat::Text);
    };
    match s.value.trim().to_ascii_lowercase().as_str() {
        "text" | "" => Ok(LogFormat::Text),
        "json" => Ok(LogFormat::Json),
        _ => Err(ConfigError(format!(
            "{} is `{}`; write `text` or `json`.",
            s.origin, s.value
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn ranges_hold_their_addresses_only() {
        let local = AddressRange::parse("127.0.0.0/8").unwrap();
        assert!(local.contains(ip("127.1.2.3")));
        assert!(local.contains(ip("::ffff:127.0.0.1")));
        assert!(!local.contains(ip("128.0.0.1")));
        assert!(!local.contains(ip("::1")));
        let one = AddressRange::parse("::1").unwrap();
        assert!(one.contains(ip("::1")));
        assert!(!one.contains(ip("::2")));
        let all = AddressRange::parse("0.0.0.0/0").unwrap();
        assert!(all.contains(ip("203.0.113.7")));
        assert_eq!(AddressRange::parse("10.0.0.0/33"), None);
        assert_eq!(AddressRange::parse("localhost"), None);
    }
}
