//! Which language a reader gets, and the switch on every page.
//!
//! A representative: the language they chose with the switch (a cookie,
//! and their contact's preference once signed in), else their contact's
//! preferred language, else the browser's `Accept-Language`, else the
//! campaign's default. The public: the language in the address
//! (`?lang=my`, a link that can be shared), else the browser's, else
//! English. Staff pages are in English.

use std::future::{ready, Ready};

use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::Payload;
use actix_web::http::header::ACCEPT_LANGUAGE;
use actix_web::{FromRequest, HttpRequest};

use crate::domain::i18n::{Lang, Tr};

/// The cookie the switch sets: a language code, nothing else.
pub const COOKIE: &str = "answerable_lang";

/// What the request says about the reader's language, before any
/// database lookup.
#[derive(Debug, Clone)]
pub struct Reader {
    /// The language chosen with the switch in this browser.
    pub chosen: Option<Lang>,
    /// The first language of `Accept-Language` there is a catalogue for.
    pub browser: Option<Lang>,
    /// `?lang=…` in the address, when it names a catalogue.
    pub in_address: Option<Lang>,
}

impl Reader {
    pub fn of(req: &HttpRequest) -> Reader {
        let chosen = req.cookie(COOKIE).and_then(|c| Lang::parse(c.value()));
        let browser = req
            .headers()
            .get(ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(first_known);
        let in_address = req
            .query_string()
            .split('&')
            .filter_map(|pair| pair.strip_prefix("lang="))
            .find_map(Lang::parse);
        Reader {
            chosen,
            browser,
            in_address,
        }
    }

    /// A representative's language: their choice here, their contact's
    /// preference, their browser's, the campaign's default.
    pub fn for_respondent(&self, contact_language: &str, campaign_default: &str) -> Tr {
        let lang = self
            .chosen
            .or_else(|| Lang::parse(contact_language))
            .or(self.browser)
            .or_else(|| Lang::parse(campaign_default))
            .unwrap_or_else(Lang::english);
        Tr::new(lang)
    }

    /// A public reader's language: the address's, the browser's, English.
    pub fn for_public(&self) -> Tr {
        Tr::new(
            self.in_address
                .or(self.browser)
                .unwrap_or_else(Lang::english),
        )
    }
}

impl FromRequest for Reader {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(Reader::of(req)))
    }
}

/// The first language in an `Accept-Language` value, by weight, that
/// there is a catalogue for. `*` and weight 0 choose nothing.
pub fn first_known(header: &str) -> Option<Lang> {
    let mut ranked: Vec<(u16, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let weight =
                parts
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1000), |q| {
                        q.trim()
                            .parse::<f32>()
                            .ok()
                            .map(|q| (q.clamp(0.0, 1.0) * 1000.0) as u16)
                    })?;
            (weight > 0).then_some((weight, i, tag))
        })
        .collect();
    // Heaviest first; equal weights keep the order they were written in.
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked.into_iter().find_map(|(_, _, tag)| Lang::parse(tag))
}

/// The cookie that remembers a choice made with the switch, for a year.
pub fn choice_cookie(lang: Lang, secure: bool) -> Cookie<'static> {
    Cookie::build(COOKIE, lang.code())
        .path("/")
        .secure(secure)
        .http_only(true)
        .same_site(SameSite::Lax)
        .max_age(actix_web::cookie::time::Duration::days(365))
        .finish()
}

/// One language offered by the switch.
#[derive(Debug, Clone)]
pub struct Choice {
    pub code: &'static str,
    /// The language's name in itself ("မြန်မာ"), as people look for it.
    pub name: String,
    pub current: bool,
    /// For the public switch: this page in that language.
    pub href: String,
}

/// The languages offered, each named in itself. `path` is the page's own
/// address without `lang`, for links; `query` its other parameters.
pub fn choices(current: Lang, path: &str, query: &str) -> Vec<Choice> {
    let others: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("lang="))
        .collect();
    Lang::all()
        .map(|l| {
            let mut params = others.clone();
            let own = format!("lang={}", l.code());
            params.push(&own);
            Choice {
                code: l.code(),
                name: Tr::new(l).t("language-name"),
                current: l == current,
                href: format!("{path}?{}", params.join("&")),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_is_read_by_weight() {
        let code = |h: &str| first_known(h).map(Lang::code);
        assert_eq!(code("my-MM,my;q=0.9,en;q=0.8"), Some("my"));
        assert_eq!(code("fr-FR, en;q=0.5, my;q=0.7"), Some("my"));
        assert_eq!(code("en, my"), Some("en"));
        assert_eq!(code("my;q=0, en;q=0.1"), Some("en"));
        assert_eq!(code("fr, de"), None);
        assert_eq!(code("*"), None);
        assert_eq!(code(""), None);
        assert_eq!(code("my;q=abc, en"), Some("en"));
    }

    #[test]
    fn a_representative_gets_their_choice_then_contact_then_browser_then_campaign() {
        let my = Lang::parse("my");
        let en = Lang::parse("en");
        let r = |chosen, browser| Reader {
            chosen,
            browser,
            in_address: None,
        };
        assert_eq!(r(None, en).for_respondent("my", "en").code(), "my");
        assert_eq!(r(en, None).for_respondent("my", "my").code(), "en");
        assert_eq!(r(None, my).for_respondent("", "en").code(), "my");
        assert_eq!(r(None, None).for_respondent("th", "my").code(), "my");
        assert_eq!(r(None, None).for_respondent("", "xx").code(), "en");
    }

    #[test]
    fn the_public_switch_keeps_the_other_parameters() {
        let c = choices(
            Lang::english(),
            "/campaigns/myanmar",
            "sector=telecom-operator&lang=en",
        );
        let my = c.iter().find(|c| c.code == "my").unwrap();
        assert_eq!(
            my.href,
            "/campaigns/myanmar?sector=telecom-operator&lang=my"
        );
        assert_eq!(my.name, "မြန်မာ");
        assert!(c.iter().find(|c| c.code == "en").unwrap().current);
    }
}
