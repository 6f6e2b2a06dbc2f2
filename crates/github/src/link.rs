//! The `Link` response header GitHub paginates with (RFC 8288):
//! `<https://api.github.com/resource?page=2>; rel="next", <…?page=5>; rel="last"`.

use url::Url;

/// The pagination links of one response.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Links {
    pub next: Option<Url>,
    pub last: Option<Url>,
    pub prev: Option<Url>,
    pub first: Option<Url>,
}

impl Links {
    /// Parses a `Link` header value; unknown relations and unreadable parts are ignored.
    pub fn parse(header: &str) -> Self {
        let mut links = Self::default();
        let mut rest = header;
        while let Some(open) = rest.find('<') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('>') else { break };
            let target = &after[..close];
            let params_and_more = &after[close + 1..];
            // Parameters run until the next link, which starts with `,` followed by `<`.
            let end = next_link_start(params_and_more).unwrap_or(params_and_more.len());
            let params = &params_and_more[..end];
            rest = &params_and_more[end..];
            let Ok(url) = Url::parse(target.trim()) else {
                continue;
            };
            for rel in rels(params) {
                let slot = match rel.as_str() {
                    "next" => &mut links.next,
                    "last" => &mut links.last,
                    "prev" => &mut links.prev,
                    "first" => &mut links.first,
                    _ => continue,
                };
                if slot.is_none() {
                    *slot = Some(url.clone());
                }
            }
        }
        links
    }

    /// The `page` query parameter of the `last` link: the number of pages.
    pub fn last_page(&self) -> Option<u32> {
        self.last.as_ref().and_then(page_of)
    }
}

/// The `page` query parameter of a URL.
pub fn page_of(url: &Url) -> Option<u32> {
    url.query_pairs()
        .find(|(k, _)| k == "page")
        .and_then(|(_, v)| v.parse().ok())
}

fn next_link_start(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut in_quotes = false;
    for (i, b) in bytes.iter().enumerate() {
        match b {
            b'"' => in_quotes = !in_quotes,
            b',' if !in_quotes => return Some(i),
            _ => {}
        }
    }
    None
}

/// The space-separated relation types of `rel=` in a parameter list.
fn rels(params: &str) -> Vec<String> {
    params
        .split(';')
        .filter_map(|p| {
            let (k, v) = p.split_once('=')?;
            (k.trim().eq_ignore_ascii_case("rel")).then(|| v.trim().trim_matches('"').to_owned())
        })
        .flat_map(|v| {
            v.split_whitespace()
                .map(str::to_ascii_lowercase)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn githubs_published_link_example_is_read() {
        // The `Link` header example of components/headers/link.
        let l = Links::parse(
            "<https://api.github.com/resource?page=2>; rel=\"next\", <https://api.github.com/resource?page=5>; rel=\"last\"",
        );
        assert_eq!(
            l.next.as_ref().map(Url::as_str),
            Some("https://api.github.com/resource?page=2")
        );
        assert_eq!(l.last_page(), Some(5));
        assert_eq!(l.prev, None);
    }

    #[test]
    fn all_relations_and_odd_spacing_are_read() {
        let l = Links::parse(
            " <http://h/x?per_page=100&page=1>;rel=first,<http://h/x?per_page=100&page=3>; rel=\"prev\" ,  <http://h/x?page=5&per_page=100> ; rel=\"next last\"",
        );
        assert_eq!(l.first.as_ref().and_then(page_of), Some(1));
        assert_eq!(l.prev.as_ref().and_then(page_of), Some(3));
        assert_eq!(l.next.as_ref().and_then(page_of), Some(5));
        assert_eq!(l.last_page(), Some(5));
    }

    #[test]
    fn garbage_yields_no_links() {
        assert_eq!(Links::parse(""), Links::default());
        assert_eq!(Links::parse("<not a url>; rel=next"), Links::default());
        assert_eq!(Links::parse("<http://h/x"), Links::default());
    }
}
