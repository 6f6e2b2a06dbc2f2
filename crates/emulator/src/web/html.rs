//! The few HTML helpers the emulated web pages share: escaping, path segments, the page
//! frame and the flash message.
//!
//! Every dynamic string goes through [`escape`] (text and attribute values alike) or, inside
//! a URL path, through [`segment`] first: host names, labels and messages come from the world
//! or from uploaded files, and a test plants `<script>` in them on purpose.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use time::OffsetDateTime;

/// Escapes text for HTML element content and quoted attribute values.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Percent-encodes one URL path segment (everything but RFC 3986's unreserved characters).
pub(crate) fn segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Which side of GitHub a page belongs to, for its title and banner.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Site {
    Cloud,
    Server,
}

impl Site {
    fn product(self) -> &'static str {
        match self {
            Self::Cloud => "GitHub Enterprise Cloud",
            Self::Server => "GitHub Enterprise Server",
        }
    }
}

/// A message shown once at the top of a page after a form was sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Flash {
    pub(crate) error: bool,
    pub(crate) message: String,
}

impl Flash {
    pub(crate) fn notice(message: impl Into<String>) -> Self {
        Self {
            error: false,
            message: message.into(),
        }
    }

    pub(crate) fn error(message: impl Into<String>) -> Self {
        Self {
            error: true,
            message: message.into(),
        }
    }

    /// An alert for errors, so screen readers announce it at once; a polite status otherwise.
    pub(crate) fn render(&self) -> String {
        let (role, kind) = if self.error {
            ("alert", "error")
        } else {
            ("status", "notice")
        };
        format!(
            "<div id=\"flash\" class=\"flash flash-{kind}\" role=\"{role}\" data-flash=\"{kind}\"><p>{}</p></div>",
            escape(&self.message)
        )
    }
}

/// A whole page: `title` is plain text, `body` already-escaped HTML for `<main>`.
pub(crate) fn page(site: Site, title: &str, nav: &str, body: &str) -> String {
    let product = site.product();
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title} · {product} (emulated)</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <a class=\"skip\" href=\"#main\">Skip to content</a>\n\
         <header><p class=\"banner\">{product}: a local emulator for demos and tests, not GitHub.</p>{nav}</header>\n\
         <main id=\"main\" tabindex=\"-1\">\n{body}\n</main>\n</body>\n</html>\n",
        title = escape(title),
    )
}

/// An HTML response that no cache keeps: every page shows live state.
pub(crate) fn respond(status: StatusCode, html: String) -> Response {
    let mut r = (status, Html(html)).into_response();
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

/// A page saying what was not found, with the way back.
pub(crate) fn not_found(site: Site, what: &str) -> Response {
    let body = format!(
        "<h1>Not found</h1>\n<p id=\"not-found\">{}</p>\n<p>The emulator's hosts are listed at <a href=\"/_emulator/info\">/_emulator/info</a>.</p>",
        escape(what)
    );
    respond(StatusCode::NOT_FOUND, page(site, "Not found", "", &body))
}

/// `<time>` for a date, or `Never`.
pub(crate) fn time_or_never(date: Option<OffsetDateTime>) -> String {
    match date {
        Some(d) => {
            let iso = crate::render::rfc3339(d);
            let shown = iso.replacen('T', " ", 1).replace('Z', " UTC");
            format!(
                "<time datetime=\"{}\">{}</time>",
                escape(&iso),
                escape(&shown)
            )
        }
        None => "Never".to_owned(),
    }
}

/// A last sync's status for people: "Success", or "Failed: <error>".
pub(crate) fn sync_status(sync: Option<&crate::world::SyncRecord>) -> String {
    let Some(sync) = sync else {
        return "Never synced".to_owned();
    };
    if sync.status == crate::ingest::STATUS_SUCCESS {
        return "<span class=\"success\">Success</span>".to_owned();
    }
    let mut status = capitalized(&sync.status);
    if !sync.error.is_empty() {
        status.push_str(": ");
        status.push_str(&sync.error);
    }
    format!("<span class=\"failed\">{}</span>", escape(&status))
}

/// The first letter upper-case: the crate's error messages start lower-case, as Rust's do,
/// but a page shows them as sentences.
pub(crate) fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

const STYLE: &str = "body{font-family:-apple-system,BlinkMacSystemFont,\"Segoe UI\",Helvetica,Arial,sans-serif;margin:0;color:#1f2328}\
header{background:#24292f;color:#fff;padding:.5rem 1rem}header a{color:#fff}\
.banner{margin:0;font-size:.85rem}nav ul{list-style:none;padding:0;margin:.25rem 0 0;display:flex;gap:1rem}\
main{max-width:60rem;margin:1rem auto;padding:0 1rem}\
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;color:#000;padding:.5rem}\
table{border-collapse:collapse;width:100%}th,td{text-align:left;border-bottom:1px solid #d0d7de;padding:.4rem}\
.flash{border:1px solid;border-radius:6px;padding:0 1rem;margin:1rem 0}.flash-notice{background:#ddf4ff;border-color:#54aeff}\
.flash-error{background:#ffebe9;border-color:#ff8182}\
button{font:inherit;padding:.3rem .9rem;border-radius:6px;border:1px solid #1f883d;background:#1f883d;color:#fff;cursor:pointer}\
button.secondary{background:#f6f8fa;color:#1f2328;border-color:#d0d7de}\
:focus-visible{outline:2px solid #0969da;outline-offset:2px}\
.drop{border:2px dashed #d0d7de;border-radius:6px;padding:1rem;display:block;margin:.5rem 0}\
.failed{color:#cf222e}.success{color:#1a7f37}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_text_and_both_attribute_quotes() {
        assert_eq!(
            escape("<script>alert(\"x\" & 'y')</script>"),
            "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;"
        );
    }

    #[test]
    fn path_segments_keep_only_unreserved_characters() {
        assert_eq!(segment("main"), "main");
        assert_eq!(segment("a b/<c>"), "a%20b%2F%3Cc%3E");
    }
}
