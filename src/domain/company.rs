//! Companies in the directory: their stable slug, sector and website.

use std::fmt;

/// The stable name of a company in addresses (`/companies/{slug}`):
/// lowercase letters, digits and `-`, 2 to 64 characters.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String")]
pub struct CompanySlug(String);

impl TryFrom<String> for CompanySlug {
    type Error = String;

    fn try_from(s: String) -> Result<CompanySlug, String> {
        CompanySlug::parse(&s)
    }
}

impl CompanySlug {
    pub fn parse(s: &str) -> Result<CompanySlug, String> {
        let s = s.trim();
        let ok = (2..=64).contains(&s.len())
            && s.chars()
                .next()
                .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            && !s.ends_with('-')
            && !s.contains("--")
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if ok {
            Ok(CompanySlug(s.to_string()))
        } else {
            Err(format!(
                "`{s}` is not a slug: use 2 to 64 lowercase letters, digits and single hyphens, such as golden-net-telecom"
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CompanySlug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sector {
    TelecomOperator,
    SurveillanceVendor,
    NetworkEquipment,
    InternetPlatform,
    Other,
}

impl Sector {
    pub const ALL: [Sector; 5] = [
        Sector::TelecomOperator,
        Sector::SurveillanceVendor,
        Sector::NetworkEquipment,
        Sector::InternetPlatform,
        Sector::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Sector::TelecomOperator => "telecom-operator",
            Sector::SurveillanceVendor => "surveillance-vendor",
            Sector::NetworkEquipment => "network-equipment",
            Sector::InternetPlatform => "internet-platform",
            Sector::Other => "other",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sector::TelecomOperator => "Telecom operator",
            Sector::SurveillanceVendor => "Surveillance or dual-use technology vendor",
            Sector::NetworkEquipment => "Network equipment",
            Sector::InternetPlatform => "Internet platform",
            Sector::Other => "Other",
        }
    }

    pub fn parse(s: &str) -> Result<Sector, String> {
        let s = s.trim();
        Sector::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = Sector::ALL.iter().map(|x| x.as_str()).collect();
                format!("`{s}` is not a sector; use one of {}", names.join(", "))
            })
    }
}

impl fmt::Display for Sector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A company's website: an http(s) address with a host.
pub fn parse_website(s: &str) -> Result<String, String> {
    let s = s.trim();
    match url::Url::parse(s) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => {
            Ok(s.to_string())
        }
        _ => Err(format!("`{s}` is not a web address starting with https://")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_stable_address_parts() {
        assert!(CompanySlug::parse("golden-net-telecom").is_ok());
        for bad in ["", "a", "Golden", "golden net", "-x", "x-", "a--b", "ü-net"] {
            assert!(CompanySlug::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn sectors_round_trip() {
        for s in Sector::ALL {
            assert_eq!(Sector::parse(s.as_str()).unwrap(), s);
        }
        assert!(Sector::parse("telco")
            .unwrap_err()
            .contains("telecom-operator"));
    }
}
