//! Which URLs the app will ever hand to a browser.
//!
//! The allow-list lives in the binary, so a flow file (which may come from a
//! stranger) cannot widen it: Meta's hosts are written here, the
//! authorities' hosts are taken from the built-in region catalog when the
//! binary is built. Hosts match exactly: no wildcard suffixes, so
//! `facebook.com.evil.example` or `evil-facebook.com` can never pass.

use std::fmt;

/// Meta's own hosts that flows may link to.
pub const META_HOSTS: &[&str] = &[
    "www.facebook.com",
    "facebook.com",
    "m.facebook.com",
    "accountscenter.facebook.com",
    "accountscenter.instagram.com",
    "help.instagram.com",
    "www.instagram.com",
    "privacycenter.instagram.com",
    "www.whatsapp.com",
    "faq.whatsapp.com",
    "blog.whatsapp.com",
    "www.messenger.com",
    "www.threads.com",
    "www.threads.net",
    "help.meta.com",
    "familycenter.meta.com",
    "www.meta.com",
    "about.fb.com",
    "about.meta.com",
];

// The authorities' hosts come from the built-in region catalog, at build
// time: a catalog read at run time can never widen the list.
include!(concat!(env!("OUT_DIR"), "/authority_hosts.rs"));

/// Meta's brand names: a host that carries one but is not on the allow-list
/// is a look-alike, even when it is only cited as a source. Distinctive names
/// count anywhere in a label; common words only as a whole label part.
const BRAND_WORDS: &[&str] = &["facebook", "instagram", "whatsapp", "fbcdn"];
const BRAND_PARTS: &[&str] = &["meta", "threads", "messenger", "fb"];

fn looks_like_brand(host: &str) -> bool {
    host.split(['.', '-'])
        .any(|part| BRAND_WORDS.iter().any(|w| part.contains(w)) || BRAND_PARTS.contains(&part))
}

/// Why a URL was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    NotUrl,
    NotHttps(String),
    Userinfo,
    Port,
    NotAscii,
    Punycode,
    IpAddress,
    LookAlike(String),
    NotAllowed(String),
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::NotUrl => f.write_str("is not an absolute URL of the form https://host/path"),
            LinkError::NotHttps(s) => write!(f, "uses `{s}:`; only https links are allowed"),
            LinkError::Userinfo => f.write_str("carries a user name or password before the host (`user@host`), a common phishing trick"),
            LinkError::Port => f.write_str("names a port; links must use the default https port"),
            LinkError::NotAscii => f.write_str("contains spaces, control or non-ASCII characters; write it percent-encoded"),
            LinkError::Punycode => f.write_str("has an internationalised (punycode `xn--`) host, which can imitate a real one"),
            LinkError::IpAddress => f.write_str("points at an IP address instead of a host name"),
            LinkError::LookAlike(h) => write!(f, "host `{h}` looks like a Meta host but is not one of Meta's own"),
            LinkError::NotAllowed(h) => write!(
                f,
                "host `{h}` is not on the allow-list of Meta's and the authorities' hosts (see `meta-optout hosts`)"
            ),
        }
    }
}

/// Whether `host` is on the allow-list, exactly.
pub fn is_allowed_host(host: &str) -> bool {
    META_HOSTS.contains(&host) || CATALOG_AUTHORITY_HOSTS.binary_search(&host).is_ok()
}

/// Checks the form every URL in a flow must have, cited source or link:
/// https, a plain ASCII host name, no user name, no port, not a brand
/// look-alike. Returns the host.
pub fn check_url_form(raw: &str) -> Result<String, LinkError> {
    if raw.chars().any(|c| !c.is_ascii() || c.is_ascii_control() || c == ' ' || c == '\\') {
        return Err(LinkError::NotAscii);
    }
    let Some((scheme, rest)) = raw.split_once("://") else {
        return match raw.split_once(':') {
            Some((s, _)) if !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) => {
                Err(LinkError::NotHttps(s.to_ascii_lowercase()))
            }
            _ => Err(LinkError::NotUrl),
        };
    };
    if !scheme.eq_ignore_ascii_case("https") {
        return Err(LinkError::NotHttps(scheme.to_ascii_lowercase()));
    }
    // The authority is everything up to the first of / ? #. Looking at the
    // raw text (not a parser's normalised form) catches `:443` and `user@`.
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    if authority.contains('@') {
        return Err(LinkError::Userinfo);
    }
    if authority.contains(':') {
        return Err(LinkError::Port);
    }
    let parsed = url::Url::parse(raw).map_err(|_| LinkError::NotUrl)?;
    let host = match parsed.host() {
        Some(url::Host::Domain(h)) => h.to_owned(),
        Some(_) => return Err(LinkError::IpAddress),
        None => return Err(LinkError::NotUrl),
    };
    if host.split('.').any(|label| label.starts_with("xn--")) {
        return Err(LinkError::Punycode);
    }
    if host.is_empty() || host.ends_with('.') || !host.contains('.') {
        return Err(LinkError::NotUrl);
    }
    if !is_allowed_host(&host) && looks_like_brand(&host) {
        return Err(LinkError::LookAlike(host));
    }
    Ok(host)
}

/// Checks a link the app may open: the URL form above, and a host on the
/// allow-list. Returns the URL to hand to the browser.
pub fn check_link(raw: &str) -> Result<url::Url, LinkError> {
    let host = check_url_form(raw)?;
    if !is_allowed_host(&host) {
        return Err(LinkError::NotAllowed(host));
    }
    url::Url::parse(raw).map_err(|_| LinkError::NotUrl)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_and_authority_links_pass() {
        for ok in [
            "https://www.facebook.com/help/contact/6359191084165019",
            "https://accountscenter.facebook.com/info_and_permissions/dyi/",
            "https://help.instagram.com/contact/767264225370182",
            "https://ico.org.uk/make-a-complaint/",
            "https://WWW.FACEBOOK.COM/privacy/center/",
        ] {
            assert!(check_link(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn tricks_are_refused_with_their_reason() {
        let cases: &[(&str, LinkError)] = &[
            ("http://www.facebook.com/", LinkError::NotHttps("http".into())),
            ("javascript:alert(1)", LinkError::NotHttps("javascript".into())),
            ("JAVASCRIPT://www.facebook.com/%0aalert(1)", LinkError::NotHttps("javascript".into())),
            ("data:text/html,hi", LinkError::NotHttps("data".into())),
            ("file:///etc/passwd", LinkError::NotHttps("file".into())),
            ("https://facebook.com.evil.example/", LinkError::LookAlike("facebook.com.evil.example".into())),
            ("https://evil-facebook.com/", LinkError::LookAlike("evil-facebook.com".into())),
            ("https://www.facebook.com@evil.example/", LinkError::Userinfo),
            ("https://user:pw@www.facebook.com/", LinkError::Userinfo),
            ("https://www.facebook.com:443/", LinkError::Port),
            ("https://www.facebook.com:8443/", LinkError::Port),
            ("https://xn--facebok-y0a.com/", LinkError::Punycode),
            ("https://www.faceboοk.com/", LinkError::NotAscii),
            ("https://www.facebook.com /x", LinkError::NotAscii),
            ("https://127.0.0.1/", LinkError::IpAddress),
            ("https://www.facebook.com./", LinkError::NotUrl),
            ("www.facebook.com/privacy", LinkError::NotUrl),
            ("https://example.org/", LinkError::NotAllowed("example.org".into())),
        ];
        for (url, want) in cases {
            assert_eq!(check_link(url).unwrap_err(), *want, "{url}");
        }
    }

    #[test]
    fn sources_may_cite_other_sites_but_not_look_alikes() {
        assert_eq!(check_url_form("https://www.verbraucherzentrale.de/x").as_deref(), Ok("www.verbraucherzentrale.de"));
        assert!(matches!(check_url_form("https://facebook-privacy.help/"), Err(LinkError::LookAlike(_))));
        assert!(matches!(check_url_form("https://meta-ai.example/"), Err(LinkError::LookAlike(_))));
        assert!(check_url_form("https://metadata.example/").is_ok());
        assert!(matches!(check_url_form("http://example.org/"), Err(LinkError::NotHttps(_))));
    }
}
