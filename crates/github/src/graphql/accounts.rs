//! The user accounts of installations, 100 a page, with their emails.
//!
//! The schema the app may use has no lookup of an installation by id (GitHub's excerpt has
//! only `Query.enterprise`), so an installation's accounts are reached as "the first
//! installation after cursor C" in creation order: `installation_cursors.graphql` finds C
//! for each wanted installation (one request per 100 installations), then
//! `user_accounts.graphql` pages through its accounts, checking on every page that the
//! installation at C is still the wanted one, and finding it again once if the list moved.
//!
//! Several installations are read at once, but only a few (an instance may hold 50,000
//! accounts, 500 pages; GitHub asks clients not to hammer it), sharing one rate-limit gate.

use std::collections::{HashMap, HashSet};

use futures_util::stream::{self, StreamExt};
use ghls_l10n::t;
use serde_json::json;
use tokio_util::sync::CancellationToken;

use super::model::{AccountsProgress, GraphqlEvent, ServerUserAccount, UserAccounts};
use super::wire::{
    missing_noticed, noticed_null, Connection, Data, WireAccountsInstallation, WireCursorNode,
    INSTALLATIONS,
};
use super::{
    cancellable, check_slug, next_cursor, queries, GraphqlClient, InstallationPages, Pacer,
};
use crate::error::{Endpoint, Error, Result};

/// Installations read at once by [`GraphqlClient::user_accounts_of`] unless told otherwise.
pub const DEFAULT_INSTANCES_IN_FLIGHT: usize = 2;
/// The most installations [`GraphqlClient::user_accounts_of`] reads at once.
pub const MAX_INSTANCES_IN_FLIGHT: usize = 4;

/// Room reserved up front for one installation's accounts, whatever `totalCount` says.
const MAX_RESERVED: usize = 200_000;

/// Where an installation stands: the cursor right before it, and its host name.
#[derive(Debug, Clone, Default)]
struct Place {
    at: Option<String>,
    host_name: Option<String>,
}

impl GraphqlClient {
    /// Every user account of the installation `installation_id` (a
    /// [`crate::ServerInstallation::id`]) of enterprise `slug`, 100 a page. `on_event` hears
    /// of every page ([`GraphqlEvent::Accounts`]), rate-limit pauses and retries; keep it
    /// quick. Cancelling `cancel` ends the read at once with nothing kept.
    pub async fn user_accounts(
        &self,
        slug: &str,
        installation_id: &str,
        cancel: &CancellationToken,
        on_event: &(dyn Fn(GraphqlEvent) + Send + Sync),
    ) -> Result<UserAccounts> {
        let mut all = self
            .user_accounts_of(slug, &[installation_id.to_owned()], 1, cancel, on_event)
            .await?;
        all.pop().ok_or_else(|| Error::InstallationNotListed {
            endpoint: accounts_endpoint(slug, installation_id, None),
            enterprise: slug.trim().to_owned(),
            installation_id: installation_id.to_owned(),
        })
    }

    /// The user accounts of several installations, in the order of `installation_ids`,
    /// reading `concurrency` installations at once (1 to [`MAX_INSTANCES_IN_FLIGHT`]).
    /// Progress comes per installation ([`AccountsProgress::installation_id`]). The first
    /// failure ends the whole read: a result is only ever every installation asked for.
    pub async fn user_accounts_of(
        &self,
        slug: &str,
        installation_ids: &[String],
        concurrency: usize,
        cancel: &CancellationToken,
        on_event: &(dyn Fn(GraphqlEvent) + Send + Sync),
    ) -> Result<Vec<UserAccounts>> {
        let slug = check_slug(slug, &self.url)?;
        let endpoint = Endpoint::GhecGraphql {
            enterprise: slug.clone(),
            what: t!("github-read-user-accounts"),
        };
        let pacer = Pacer::new(self.retry, on_event);
        let concurrency = concurrency.clamp(1, MAX_INSTANCES_IN_FLIGHT);
        cancellable(endpoint, cancel, async {
            let wanted: HashSet<&str> = installation_ids.iter().map(String::as_str).collect();
            let places = self.locate(&pacer, &slug, &wanted).await?;
            // Owned ids: a closure over borrowed ones makes the future not `Send` for every
            // lifetime, which a Tauri command (a spawned future) requires.
            let mut reads = stream::iter(installation_ids.iter().cloned().enumerate())
                .map(|(i, id)| {
                    let place = places.get(id.as_str()).cloned();
                    let slug = slug.as_str();
                    let pacer = &pacer;
                    async move { (i, self.accounts(pacer, slug, &id, place).await) }
                })
                .buffer_unordered(concurrency);
            let mut out: Vec<Option<UserAccounts>> = vec![None; installation_ids.len()];
            while let Some((i, read)) = reads.next().await {
                if let Some(slot) = out.get_mut(i) {
                    *slot = Some(read?);
                }
            }
            Ok(out.into_iter().flatten().collect())
        })
        .await
    }

    /// Finds where each wanted installation stands, stopping once all are found.
    async fn locate(
        &self,
        pacer: &Pacer<'_>,
        slug: &str,
        wanted: &HashSet<&str>,
    ) -> Result<HashMap<String, Place>> {
        let endpoint = Endpoint::GhecGraphql {
            enterprise: slug.to_owned(),
            what: t!("github-read-where-installations-stand"),
        };
        let mut found = HashMap::new();
        let mut pages = InstallationPages::new(
            self,
            pacer,
            &endpoint,
            slug,
            (
                queries::INSTALLATION_CURSORS,
                t!("github-read-installation-cursors"),
            ),
        );
        while found.len() < wanted.len() {
            let Some((page, _, after)) = pages.next::<WireCursorNode>().await? else {
                break;
            };
            let mut before = after;
            for edge in page.edges.unwrap_or_default().into_iter().flatten() {
                let node = edge.node.unwrap_or_default();
                if let Some(id) = node.id.filter(|id| wanted.contains(id.as_str())) {
                    found.entry(id).or_insert(Place {
                        at: before.clone(),
                        host_name: node.host_name,
                    });
                }
                before = edge.cursor;
            }
        }
        Ok(found)
    }

    /// Every page of one installation's accounts.
    async fn accounts(
        &self,
        pacer: &Pacer<'_>,
        slug: &str,
        id: &str,
        place: Option<Place>,
    ) -> Result<UserAccounts> {
        let not_listed = |host: Option<&str>| Error::InstallationNotListed {
            endpoint: accounts_endpoint(slug, id, host),
            enterprise: slug.to_owned(),
            installation_id: id.to_owned(),
        };
        let mut place = place.ok_or_else(|| not_listed(None))?;
        let mut relocated = false;
        let mut out = UserAccounts {
            installation_id: id.to_owned(),
            host_name: place.host_name.clone(),
            ..UserAccounts::default()
        };
        let mut after: Option<String> = None;
        let mut pages = 0u32;
        loop {
            let endpoint = accounts_endpoint(slug, id, out.host_name.as_deref());
            let at = place.at.clone();
            let (node, missing) = pacer
                .call(&endpoint.to_string(), || async {
                    let answer = self
                        .post::<Data<Connection<WireAccountsInstallation>>>(
                            &endpoint,
                            queries::USER_ACCOUNTS,
                            json!({ "slug": slug, "at": at, "after": after }),
                        )
                        .await?;
                    let limit = answer.meta.rate_limit.clone();
                    let (page, missing) = answer.installations_needing(&endpoint, |c| {
                        match c.nodes.as_ref().and_then(|n| n.first()) {
                            Some(None) => Some(format!("{INSTALLATIONS}.nodes.0")),
                            Some(Some(n)) if n.user_accounts.is_none() => {
                                Some(format!("{INSTALLATIONS}.nodes.0.userAccounts"))
                            }
                            _ => None,
                        }
                    })?;
                    let node = page.nodes.unwrap_or_default().into_iter().next().flatten();
                    Ok(((node, missing), limit))
                })
                .await?;
            let node = match node {
                Some(n) if n.id.as_deref() == Some(id) => n,
                _ if !relocated => {
                    // The list moved (an installation was removed before this one): find it
                    // again, once, and carry on from the same accounts cursor.
                    relocated = true;
                    let wanted = HashSet::from([id]);
                    let mut places = self.locate(pacer, slug, &wanted).await?;
                    place = places
                        .remove(id)
                        .ok_or_else(|| not_listed(out.host_name.as_deref()))?;
                    continue;
                }
                _ => return Err(not_listed(out.host_name.as_deref())),
            };
            let base = format!("{INSTALLATIONS}.nodes.0.userAccounts");
            let mut missing = missing;
            let Some(connection) = node.user_accounts else {
                // Checked while reading the answer; without it there is no cursor to go on.
                return Err(Error::Decode {
                    endpoint,
                    path: format!("data.{base}"),
                    detail: t!("github-detail-no-accounts"),
                });
            };
            if node.host_name.is_some() {
                out.host_name = node.host_name;
            }
            if connection.total_count.is_some() {
                out.total_count = connection.total();
            }
            if pages == 0 {
                let expected = out.total_count.unwrap_or(0).min(MAX_RESERVED as u64);
                out.accounts.reserve(usize::try_from(expected).unwrap_or(0));
            }
            pages += 1;
            let next = next_cursor(&endpoint, &base, connection.next(), after.as_deref(), pages)?;
            let offset = out.accounts.len();
            for (i, account) in connection.nodes.unwrap_or_default().into_iter().enumerate() {
                match account {
                    Some(a) => out.accounts.push(ServerUserAccount::from(a)),
                    None => noticed_null(
                        &mut missing,
                        t!(
                            "github-missing-account-at",
                            path = format!("{base}.nodes.{i}"),
                            n = offset + i + 1
                        ),
                    ),
                }
            }
            out.missing.extend(missing);
            (pacer.on_event)(GraphqlEvent::Accounts(AccountsProgress {
                installation_id: id.to_owned(),
                host_name: out.host_name.clone(),
                pages_done: pages,
                accounts: out.accounts.len(),
                total_count: out.total_count,
                done: next.is_none(),
            }));
            match next {
                Some(cursor) => after = Some(cursor),
                None => break,
            }
        }
        let read = out.accounts.len() as u64;
        if let Some(total) = out.total_count.filter(|&t| t != read) {
            if out.missing.is_empty() {
                out.missing.push(missing_noticed(
                    format!("{INSTALLATIONS}.nodes.0.userAccounts"),
                    t!("github-missing-accounts-count", total = total, read = read),
                ));
            }
        }
        Ok(out)
    }
}

fn accounts_endpoint(slug: &str, id: &str, host: Option<&str>) -> Endpoint {
    Endpoint::GhecGraphql {
        enterprise: slug.trim().to_owned(),
        what: match host {
            Some(h) => t!("github-read-user-accounts-of-host", host = h),
            None => t!("github-read-user-accounts-of-installation", id = id),
        },
    }
}
