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

    #[test]
    fn the_settings_are_read_from_the_file_and_the_environment() {
        use super::super::Config;
        use std::collections::HashMap;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("answerable.toml");
        std::fs::write(
            &path,
            "metrics_allow = [\"127.0.0.1/32\", \"::1/128\"]\nlog_format = \"json\"\n",
        )
        .unwrap();
        let config = Config::from_sources(Some(&path), &HashMap::new()).unwrap();
        assert_eq!(config.metrics_allow.len(), 2);
        assert_eq!(config.log_format, LogFormat::Json);
        assert_eq!(config.metrics_token, None);

        let env = |k: &str, v: &str| HashMap::from([(k.to_string(), v.to_string())]);
        let config = Config::from_sources(None, &HashMap::new()).unwrap();
        assert!(config.metrics_allow.is_empty(), "nobody by default");
        assert_eq!(config.log_format, LogFormat::Text);
        for (name, bad) in [
            ("ANSWERABLE_METRICS_ALLOW", "127.0.0.1/32, localhost"),
            ("ANSWERABLE_METRICS_TOKEN", "short"),
            ("ANSWERABLE_LOG_FORMAT", "xml"),
        ] {
            let err = Config::from_sources(None, &env(name, bad)).unwrap_err();
            assert!(err.to_string().contains(name), "{err}");
        }
        let config = Config::from_sources(
            None,
            &env("ANSWERABLE_METRICS_TOKEN", "0123456789abcdef0123"),
        )
        .unwrap();
        assert_eq!(
            config.metrics_token.as_deref(),
            Some("0123456789abcdef0123")
        );
    }
}
