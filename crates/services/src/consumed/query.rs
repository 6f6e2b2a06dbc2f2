//! The loaded consumed-licenses data set and the queries the table runs on it: search,
//! filter, sort and a window of rows, fast at 300,000 consumers.
//!
//! Everything a query needs per consumer is prepared once when the data set is made: its
//! seat bucket and flags, and its searchable text lower-cased into one shared string (one
//! allocation, not 300,000). A query is then a linear scan plus a sort of the matches by
//! integer ranks (each column's ranks are computed on its first sort); the last query's
//! ordered matches are kept, so scrolling (a new window of the same query) costs only the
//! window.

use std::cmp::Ordering;
use std::sync::{Arc, Mutex, OnceLock};

use ghls_domain::{
    AnalysisContext, ConsumedLicenses, ConsumerKind, DuplicateReport, LicenseConsumer,
};
use ghls_l10n::Lang;
use time::OffsetDateTime;

use super::types::{
    ConsumedPage, ConsumedQuery, ConsumedSplit, ConsumedSummary, ConsumerFilter, ConsumerRow,
    SortColumn,
};
use crate::support::lock;

/// The rank of a consumer without a value in the sort column: after every other.
const ABSENT: u32 = u32::MAX;

/// The most rows one query returns; the table asks for windows far smaller.
pub const MAX_WINDOW: u32 = 5_000;

/// Separates the searchable fields (and consumers): no one types it, so no search matches
/// across two fields.
const SEP: char = '\u{1}';

/// Which seat bucket a consumer is in, as [`ghls_domain::SeatSplit`] counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bucket {
    CloudOnly,
    ServerOnly,
    Both,
    VisualStudio,
    Unknown,
}

/// What filters and sorts need of one consumer, computed once.
#[derive(Debug, Clone, Copy)]
struct Facts {
    bucket: Bucket,
    kind: ConsumerKind,
    visual_studio: bool,
    multiple_accounts: bool,
}

/// The same query again (the window aside) reuses its ordered matches.
#[derive(Debug, Clone, PartialEq, Eq)]
struct QueryKey {
    needle: String,
    filter: ConsumerFilter,
    column: SortColumn,
    descending: bool,
}

/// One fetched data set: the consumers, when they were fetched, and what queries need.
#[derive(Debug)]
pub struct DataSet {
    pub(crate) enterprise: String,
    pub(crate) fetched_at: OffsetDateTime,
    pub(crate) summary: ConsumedSummary,
    /// The wording context of the duplicate analysis.
    pub(crate) analysis: AnalysisContext,
    /// The consumers and what queries need of them: shared with the data set a refresh
    /// found unchanged makes (see [`DataSet::unchanged`]).
    prepared: Arc<Prepared>,
}

/// The consumers, prepared for queries once.
#[derive(Debug)]
struct Prepared {
    data: ConsumedLicenses,
    /// Computed on first request, once per data set and language (its words are rendered):
    /// one cell per [`Lang::ALL`], so a change of language gets a report in the new one.
    duplicates: [tokio::sync::OnceCell<Arc<DuplicateReport>>; 3],
    facts: Vec<Facts>,
    /// Every consumer's searchable text, lower case, fields and consumers separated by
    /// [`SEP`]; consumer `i` is `haystack[starts[i]..starts[i + 1]]`.
    haystack: String,
    starts: Vec<usize>,
    last_query: Mutex<Option<(QueryKey, Arc<Vec<u32>>)>>,
    /// Per sort column, each consumer's rank (see [`DataSet::ranks`]).
    ranks: [OnceLock<Vec<u32>>; 7],
}

impl DataSet {
    /// Prepares `data` for queries (linear; run it off the async threads).
    pub fn new(
        enterprise: String,
        fetched_at: OffsetDateTime,
        data: ConsumedLicenses,
        analysis: AnalysisContext,
    ) -> Self {
        let n = data.users.len();
        let mut facts = Vec::with_capacity(n);
        let mut starts = Vec::with_capacity(n + 1);
        // Sized exactly (lower-casing ASCII keeps lengths): a guess that falls short
        // doubles the block, and for a moment holds both (tens of MB at 300k).
        let mut haystack = String::with_capacity(
            data.users
                .iter()
                .flat_map(search_fields)
                .map(|f| f.len() + SEP.len_utf8())
                .sum(),
        );
        let mut split = ConsumedSplit::default();
        for c in &data.users {
            let f = facts_of(c);
            split.count(&f);
            facts.push(f);
            starts.push(haystack.len());
            push_search_text(c, &mut haystack);
        }
        starts.push(haystack.len());
        let summary = ConsumedSummary {
            enterprise: enterprise.clone(),
            fetched_at: ghls_domain::expiry::to_rfc3339(fetched_at),
            total_seats_consumed: data.total_seats_consumed,
            total_seats_purchased: data.total_seats_purchased,
            rows: u32::try_from(n).unwrap_or(u32::MAX),
            split,
            cost: None,
            from_history: false,
        };
        Self {
            enterprise,
            fetched_at,
            summary,
            analysis,
            prepared: Arc::new(Prepared {
                data,
                duplicates: Default::default(),
                facts,
                haystack,
                starts,
                last_query: Mutex::new(None),
                ranks: Default::default(),
            }),
        }
    }

    /// This data set again, fetched anew at `fetched_at` and found unchanged (every page
    /// answered 304): the same consumers, search text, sort ranks and duplicate analysis,
    /// shared rather than copied or computed again. `None` when `analysis` differs (the
    /// duplicate analysis's wording would).
    pub(crate) fn unchanged(
        &self,
        fetched_at: OffsetDateTime,
        analysis: &AnalysisContext,
    ) -> Option<Self> {
        (self.analysis == *analysis).then(|| Self {
            enterprise: self.enterprise.clone(),
            fetched_at,
            summary: ConsumedSummary {
                fetched_at: ghls_domain::expiry::to_rfc3339(fetched_at),
                cost: None,
                from_history: false,
                ..self.summary.clone()
            },
            analysis: self.analysis.clone(),
            prepared: self.prepared.clone(),
        })
    }

    /// The consumers and GitHub's totals.
    pub fn data(&self) -> &ConsumedLicenses {
        &self.prepared.data
    }

    /// The consumers, in GitHub's order.
    pub fn consumers(&self) -> &[LicenseConsumer] {
        &self.prepared.data.users
    }

    /// The duplicate analysis of these consumers in `lang`, once computed.
    pub(crate) fn duplicates(&self, lang: Lang) -> &tokio::sync::OnceCell<Arc<DuplicateReport>> {
        let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        &self.prepared.duplicates[i.min(2)]
    }

    /// Runs `query`: the matching count and the asked-for window of rows.
    pub fn query(&self, query: &ConsumedQuery) -> ConsumedPage {
        self.prepared.query(query)
    }

    /// The indexes of every consumer matching `query` (window ignored), in its order.
    pub fn matching(&self, query: &ConsumedQuery) -> Arc<Vec<u32>> {
        self.prepared.matching(query)
    }

    /// One consumer as a table row.
    pub fn row(&self, index: u32) -> Option<ConsumerRow> {
        self.prepared.row(index)
    }
}

impl Prepared {
    fn query(&self, query: &ConsumedQuery) -> ConsumedPage {
        let matches = self.matching(query);
        let total = matches.len();
        let offset = usize::try_from(query.offset)
            .unwrap_or(usize::MAX)
            .min(total);
        let limit = usize::try_from(query.limit.min(MAX_WINDOW)).unwrap_or(0);
        let end = offset.saturating_add(limit).min(total);
        let rows = matches
            .get(offset..end)
            .unwrap_or_default()
            .iter()
            .filter_map(|&i| self.row(i))
            .collect();
        ConsumedPage {
            total_matching: u32::try_from(total).unwrap_or(u32::MAX),
            offset: u32::try_from(offset).unwrap_or(u32::MAX),
            rows,
        }
    }

    fn matching(&self, query: &ConsumedQuery) -> Arc<Vec<u32>> {
        let key = QueryKey {
            needle: needle_of(&query.search),
            filter: query.filter,
            column: query.sort.column,
            descending: query.sort.descending,
        };
        let mut last = lock(&self.last_query);
        if let Some((k, matches)) = last.as_ref() {
            if *k == key {
                return matches.clone();
            }
        }
        let mut matches = self.search(&key.needle, key.filter);
        self.sort(&mut matches, key.column, key.descending);
        let matches = Arc::new(matches);
        *last = Some((key, matches.clone()));
        matches
    }

    fn row(&self, index: u32) -> Option<ConsumerRow> {
        let i = usize::try_from(index).ok()?;
        let c = self.data.users.get(i)?;
        let f = self.facts.get(i)?;
        Some(ConsumerRow {
            index,
            login: c.github_com_login().map(str::to_owned),
            name: c.github_com_name().map(str::to_owned),
            kind: f.kind,
            visual_studio: f.visual_studio,
            accounts: c.total_user_accounts(),
            license_type: c.license_type().map(str::to_owned),
            server_ids: c.enterprise_server_user_ids().to_vec(),
            server_emails: c.enterprise_server_emails().to_vec(),
            verified_emails: c.github_com_verified_domain_emails().to_vec(),
            saml_name_id: c.github_com_saml_name_id().map(str::to_owned),
            visual_studio_email: c.visual_studio_subscription_email().map(str::to_owned),
        })
    }

    /// Filter and search, in input order.
    fn search(&self, needle: &str, filter: ConsumerFilter) -> Vec<u32> {
        let wanted = |i: usize| self.facts.get(i).is_some_and(|f| filter.accepts(f));
        let n = self.facts.len();
        let mut out = Vec::new();
        if needle.is_empty() {
            out.extend(
                (0..n)
                    .filter(|&i| wanted(i))
                    .filter_map(|i| u32::try_from(i).ok()),
            );
            return out;
        }
        // One scan of the shared text: find the next match, note its consumer, jump to the
        // start of the next consumer. Cheaper than 300,000 separate searches when few match.
        let mut at = 0;
        while let Some(found) = self.haystack.get(at..).and_then(|rest| rest.find(needle)) {
            let pos = at + found;
            // The consumer whose text holds `pos`: the last start at or before it.
            let i = self.starts.partition_point(|&s| s <= pos).saturating_sub(1);
            if wanted(i) {
                if let Ok(id) = u32::try_from(i) {
                    out.push(id);
                }
            }
            match self.starts.get(i + 1) {
                Some(&next) if next > pos => at = next,
                _ => break,
            }
        }
        out
    }

    /// Stable: equal rows keep GitHub's order in either direction; empty values last.
    fn sort(&self, matches: &mut [u32], column: SortColumn, descending: bool) {
        let ranks = self.ranks(column);
        matches.sort_by_key(|&i| {
            let r = usize::try_from(i)
                .ok()
                .and_then(|i| ranks.get(i))
                .copied()
                .unwrap_or(ABSENT);
            if descending && r != ABSENT {
                ABSENT - 1 - r
            } else {
                r
            }
        });
    }

    /// Every consumer's rank in `column` (equal values share one, absent ones are
    /// [`ABSENT`]), computed on the first sort by that column. Comparing strings without
    /// case is what makes sorting 300,000 rows slow; done once, every later query sorts
    /// by integers.
    fn ranks(&self, column: SortColumn) -> &[u32] {
        let slot = match column {
            SortColumn::Login => 0,
            SortColumn::Name => 1,
            SortColumn::Kind => 2,
            SortColumn::Emails => 3,
            SortColumn::ServerIds => 4,
            SortColumn::Accounts => 5,
            SortColumn::LicenseType => 6,
        };
        self.ranks[slot].get_or_init(|| self.rank_all(column))
    }

    fn rank_all(&self, column: SortColumn) -> Vec<u32> {
        let users = &self.data.users;
        let text: Option<fn(&LicenseConsumer) -> Option<&str>> = match column {
            SortColumn::Login => Some(|c| c.github_com_login()),
            SortColumn::Name => Some(|c| c.github_com_name()),
            SortColumn::Emails => Some(first_email),
            SortColumn::ServerIds => Some(|c| c.enterprise_server_user_ids().first()),
            SortColumn::LicenseType => Some(|c| c.license_type()),
            SortColumn::Kind | SortColumn::Accounts => None,
        };
        // Ascending, absent values last.
        let compare = |a: usize, b: usize| -> Ordering {
            let (Some(x), Some(y)) = (users.get(a), users.get(b)) else {
                return Ordering::Equal;
            };
            match (text, column) {
                (Some(f), _) => empties_last(f(x), f(y), cmp_caseless),
                (None, SortColumn::Kind) => {
                    let kind = |i: usize| self.facts.get(i).map_or(u8::MAX, |f| kind_rank(f.kind));
                    kind(a).cmp(&kind(b))
                }
                (None, _) => {
                    empties_last(x.total_user_accounts(), y.total_user_accounts(), |p, q| {
                        p.cmp(&q)
                    })
                }
            }
        };
        let absent = |i: usize| {
            users.get(i).is_none_or(|c| match (text, column) {
                (Some(f), _) => f(c).is_none(),
                (None, SortColumn::Kind) => false,
                (None, _) => c.total_user_accounts().is_none(),
            })
        };
        let mut order: Vec<usize> = (0..users.len()).collect();
        order.sort_by(|&a, &b| compare(a, b));
        let mut ranks = vec![ABSENT; users.len()];
        let mut rank = 0u32;
        let mut previous: Option<usize> = None;
        for &i in &order {
            if absent(i) {
                continue;
            }
            if let Some(p) = previous {
                if compare(p, i) != Ordering::Equal {
                    rank = rank.saturating_add(1);
                }
            }
            if let Some(r) = ranks.get_mut(i) {
                *r = rank.min(ABSENT - 1);
            }
            previous = Some(i);
        }
        ranks
    }
}

impl ConsumedSplit {
    fn count(&mut self, f: &Facts) {
        let bucket = match f.bucket {
            Bucket::CloudOnly => &mut self.cloud_only,
            Bucket::ServerOnly => &mut self.server_only,
            Bucket::Both => &mut self.both,
            Bucket::VisualStudio => &mut self.visual_studio,
            Bucket::Unknown => &mut self.unknown,
        };
        *bucket = bucket.saturating_add(1);
        if f.multiple_accounts {
            self.multiple_accounts = self.multiple_accounts.saturating_add(1);
        }
    }
}

impl ConsumerFilter {
    fn accepts(self, f: &Facts) -> bool {
        match self {
            Self::All => true,
            Self::CloudOnly => f.bucket == Bucket::CloudOnly,
            Self::ServerOnly => f.bucket == Bucket::ServerOnly,
            Self::Both => f.bucket == Bucket::Both,
            Self::VisualStudio => f.visual_studio,
            Self::MultipleAccounts => f.multiple_accounts,
        }
    }
}

fn facts_of(c: &LicenseConsumer) -> Facts {
    let kind = c.kind();
    let visual_studio = c.is_visual_studio();
    // SeatSplit's buckets (Visual Studio apart, whatever the accounts), so that a filter
    // lists exactly what the chart counts.
    let bucket = if visual_studio {
        Bucket::VisualStudio
    } else {
        match kind {
            ConsumerKind::CloudOnly => Bucket::CloudOnly,
            ConsumerKind::ServerOnly => Bucket::ServerOnly,
            ConsumerKind::Both => Bucket::Both,
            ConsumerKind::Unknown => Bucket::Unknown,
        }
    };
    Facts {
        bucket,
        kind,
        visual_studio,
        multiple_accounts: c.total_user_accounts().is_some_and(|n| n > 1),
    }
}

/// Login, name, every email, server user ids and the SAML NameID, lower case.
fn push_search_text(c: &LicenseConsumer, out: &mut String) {
    // A consumer without any text has an empty span, which no search lands in.
    for field in search_fields(c) {
        push_lower(field, out);
        out.push(SEP);
    }
}

/// What a search looks in, each value once: one email is often in four fields (verified,
/// server, SAML NameID, Visual Studio), and held four times it would be most of the search
/// text (about 75 MB at 1,000,000 consumers). A search only asks whether a consumer
/// matches, so a value again adds nothing.
fn search_fields(c: &LicenseConsumer) -> impl Iterator<Item = &str> {
    /// Values compared for repeats; a consumer with more keeps the rest as they come.
    const SEEN: usize = 16;
    let mut seen = [""; SEEN];
    let mut n = 0;
    c.github_com_login()
        .into_iter()
        .chain(c.github_com_name())
        .chain(c.github_com_verified_domain_emails())
        .chain(c.enterprise_server_emails())
        .chain(c.enterprise_server_user_ids())
        .chain(c.github_com_saml_name_id())
        .chain(c.visual_studio_subscription_email())
        .filter(move |&field| {
            // Lower-casing keeps a value equal but for ASCII case equal.
            let again = seen.iter().take(n).any(|s| s.eq_ignore_ascii_case(field));
            if !again {
                if let Some(slot) = seen.get_mut(n) {
                    *slot = field;
                    n += 1;
                }
            }
            !again
        })
}

fn push_lower(s: &str, out: &mut String) {
    if s.is_ascii() {
        out.extend(s.chars().map(|c| {
            if c == SEP {
                ' '
            } else {
                c.to_ascii_lowercase()
            }
        }));
    } else {
        out.extend(
            s.chars()
                .flat_map(char::to_lowercase)
                .map(|c| if c == SEP { ' ' } else { c }),
        );
    }
}

/// The search text as the haystack holds it: trimmed, lower case.
fn needle_of(search: &str) -> String {
    let mut out = String::new();
    push_lower(search.trim(), &mut out);
    out
}

/// The first email a row shows: a verified one, else a server one.
fn first_email(c: &LicenseConsumer) -> Option<&str> {
    c.github_com_verified_domain_emails()
        .first()
        .or_else(|| c.enterprise_server_emails().first())
}

fn kind_rank(k: ConsumerKind) -> u8 {
    match k {
        ConsumerKind::CloudOnly => 0,
        ConsumerKind::ServerOnly => 1,
        ConsumerKind::Both => 2,
        ConsumerKind::Unknown => 3,
    }
}

/// Absent values sort after present ones whatever the direction.
fn empties_last<T>(a: Option<T>, b: Option<T>, cmp: impl Fn(T, T) -> Ordering) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => cmp(a, b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Case-insensitive order, with a fast path for ASCII.
fn cmp_caseless(a: &str, b: &str) -> Ordering {
    if a.is_ascii() && b.is_ascii() {
        a.bytes()
            .map(|c| c.to_ascii_lowercase())
            .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
    } else {
        a.chars()
            .flat_map(char::to_lowercase)
            .cmp(b.chars().flat_map(char::to_lowercase))
    }
}

#[cfg(test)]
mod tests;
