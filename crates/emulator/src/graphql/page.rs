//! Cursor pagination as GitHub's GraphQL API does it: `first`/`last`/`after`/`before` over
//! a connection, at most 100 nodes a page, and opaque cursors that name a node's place in
//! the order (its sort key and ID), not an offset, so a list that changes between two pages
//! neither repeats nor skips what was already read.
//!
//! The window is found by binary search over a sorted view, so a page of a 300,000-account
//! instance costs O(log n) comparisons plus the page itself.

use std::cmp::Ordering;

use async_graphql::ErrorExtensions;

use crate::base64;

/// GitHub's largest page (`first` or `last`).
pub(crate) const MAX_PAGE: i32 = 100;

/// A node's place in a connection's order: its sort key, then its ID to break ties.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Key {
    pub(crate) sort: String,
    pub(crate) id: u64,
}

impl Key {
    pub(crate) fn new(sort: impl Into<String>, id: u64) -> Self {
        Self {
            sort: sort.into(),
            id,
        }
    }

    /// A key for a time: fixed-width digits, so text order is time order.
    pub(crate) fn of_time(t: time::OffsetDateTime, id: u64) -> Self {
        let nanos = t.unix_timestamp_nanos().max(0);
        Self::new(format!("{nanos:030}"), id)
    }

    /// The opaque cursor GitHub-style clients pass back: base64 of `cursor:v2:ID:SORT`.
    pub(crate) fn cursor(&self) -> String {
        base64::encode(format!("cursor:v2:{}:{}", self.id, self.sort).as_bytes())
    }

    fn from_cursor(cursor: &str) -> Option<Self> {
        let bytes = base64::decode(cursor.trim()).ok()?;
        let text = String::from_utf8(bytes).ok()?;
        let rest = text.strip_prefix("cursor:v2:")?;
        let (id, sort) = rest.split_once(':')?;
        Some(Self::new(sort, id.parse().ok()?))
    }
}

/// The pagination arguments of one connection field.
#[derive(Debug, Clone, Default)]
pub(crate) struct Args {
    pub(crate) first: Option<i32>,
    pub(crate) last: Option<i32>,
    pub(crate) after: Option<String>,
    pub(crate) before: Option<String>,
}

/// What a request may read of a connection: checked arguments and decoded cursors.
#[derive(Debug, Clone)]
pub(crate) struct Bounds {
    first: Option<usize>,
    last: Option<usize>,
    after: Option<Key>,
    before: Option<Key>,
}

/// Which nodes of the ordered list a page holds: positions `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Window {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) has_previous_page: bool,
    pub(crate) has_next_page: bool,
}

/// A GraphQL error with GitHub's `type` (lifted out of `extensions` when the response is
/// written, where GitHub puts it).
pub(crate) fn typed_error(kind: &str, message: impl Into<String>) -> async_graphql::Error {
    let kind = kind.to_owned();
    async_graphql::Error::new(message).extend_with(move |_, e| e.set("type", kind.as_str()))
}

impl Args {
    /// Checks the arguments as GitHub does for the connection called `connection`.
    pub(crate) fn bounds(&self, connection: &str) -> async_graphql::Result<Bounds> {
        if self.first.is_none() && self.last.is_none() {
            return Err(typed_error(
                "MISSING_PAGINATION_BOUNDARIES",
                format!("You must provide a `first` or `last` value to properly paginate the `{connection}` connection."),
            ));
        }
        if self.first.is_some() && self.last.is_some() {
            return Err(async_graphql::Error::new(format!(
                "Passing both `first` and `last` to paginate the `{connection}` connection is not supported."
            )));
        }
        let limit = |name: &str, v: Option<i32>| -> async_graphql::Result<Option<usize>> {
            match v {
                None => Ok(None),
                Some(n) if n < 0 => Err(async_graphql::Error::new(format!(
                    "`{name}` on the `{connection}` connection cannot be less than zero."
                ))),
                Some(n) if n > MAX_PAGE => Err(typed_error(
                    "EXCESSIVE_PAGINATION",
                    format!("Requesting {n} records on the `{connection}` connection exceeds the `{name}` limit of {MAX_PAGE} records."),
                )),
                Some(n) => Ok(usize::try_from(n).ok()),
            }
        };
        let cursor = |v: &Option<String>| -> async_graphql::Result<Option<Key>> {
            match v {
                None => Ok(None),
                Some(c) => Key::from_cursor(c).map(Some).ok_or_else(|| {
                    async_graphql::Error::new(format!(
                        "`{c}` does not appear to be a valid cursor."
                    ))
                }),
            }
        };
        Ok(Bounds {
            first: limit("first", self.first)?,
            last: limit("last", self.last)?,
            after: cursor(&self.after)?,
            before: cursor(&self.before)?,
        })
    }
}

impl Bounds {
    /// The page of a list of `n` nodes in the requested order. `cmp(p, key)` compares the
    /// node at position `p` with a cursor's key *in the requested order* (Less: `p` comes
    /// first), so it must be monotone over `p`.
    pub(crate) fn window(&self, n: usize, cmp: impl Fn(usize, &Key) -> Ordering) -> Window {
        let mut start = 0;
        let mut end = n;
        if let Some(after) = &self.after {
            start = partition_point(n, |p| cmp(p, after) != Ordering::Greater);
        }
        if let Some(before) = &self.before {
            end = partition_point(n, |p| cmp(p, before) == Ordering::Less).max(start);
        }
        if let Some(first) = self.first {
            end = end.min(start.saturating_add(first));
        }
        if let Some(last) = self.last {
            start = start.max(end.saturating_sub(last));
        }
        Window {
            start,
            end,
            has_previous_page: start > 0,
            has_next_page: end < n,
        }
    }
}

/// The first position in `0..n` where `pred` is false (`pred` true on a prefix).
fn partition_point(n: usize, pred: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if pred(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// Compares `key` of a node with a cursor's, in ascending or descending order.
pub(crate) fn ordered(key: &Key, cursor: &Key, descending: bool) -> Ordering {
    let o = key.cmp(cursor);
    if descending {
        o.reverse()
    } else {
        o
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(n: u64) -> Vec<Key> {
        (0..n).map(|i| Key::new(format!("k{i:03}"), i)).collect()
    }

    fn page(list: &[Key], args: Args) -> (Vec<u64>, Window) {
        let b = args.bounds("things").unwrap();
        let w = b.window(list.len(), |p, k| list[p].cmp(k));
        (list[w.start..w.end].iter().map(|k| k.id).collect(), w)
    }

    #[test]
    fn forward_pages_follow_end_cursors_to_the_end_without_repeats() {
        let list = keys(250);
        let mut after = None;
        let mut seen: Vec<u64> = Vec::new();
        loop {
            let (ids, w) = page(
                &list,
                Args {
                    first: Some(100),
                    after: after.clone(),
                    ..Default::default()
                },
            );
            seen.extend(&ids);
            if !w.has_next_page {
                break;
            }
            after = Some(list[w.end - 1].cursor());
        }
        assert_eq!(seen, (0..250).collect::<Vec<_>>());
    }

    #[test]
    fn backward_pages_take_the_last_nodes_before_the_cursor() {
        let list = keys(10);
        let (ids, w) = page(
            &list,
            Args {
                last: Some(3),
                before: Some(list[5].cursor()),
                ..Default::default()
            },
        );
        assert_eq!(ids, vec![2, 3, 4]);
        assert!(w.has_previous_page && w.has_next_page);
    }

    #[test]
    fn a_cursor_of_a_node_that_went_away_still_marks_its_place() {
        let mut list = keys(10);
        let cursor = list[4].cursor();
        list.remove(4);
        let (ids, _) = page(
            &list,
            Args {
                first: Some(2),
                after: Some(cursor),
                ..Default::default()
            },
        );
        assert_eq!(ids, vec![5, 6]);
    }

    #[test]
    fn more_than_100_nodes_or_no_bound_is_refused_as_github_does() {
        let e = Args {
            first: Some(101),
            ..Default::default()
        }
        .bounds("userAccounts")
        .unwrap_err();
        assert_eq!(
            e.message,
            "Requesting 101 records on the `userAccounts` connection exceeds the `first` limit of 100 records."
        );
        let e = Args::default().bounds("userAccounts").unwrap_err();
        assert!(e
            .message
            .starts_with("You must provide a `first` or `last`"));
        assert!(Args {
            first: Some(1),
            after: Some("not a cursor".into()),
            ..Default::default()
        }
        .bounds("x")
        .is_err());
    }
}
