//! Every Enterprise Server installation of an enterprise, with its newest uploads
//! (`queries/installations.graphql`), 100 installations a page.

use ghls_l10n::t;
use tokio_util::sync::CancellationToken;

use super::model::{GraphqlEvent, MissingPart, ServerInstallations};
use super::wire::{missing_noticed, noticed_null, Connection, WireInstallation, INSTALLATIONS};
use super::{cancellable, check_slug, queries, GraphqlClient, InstallationPages, Pacer};
use crate::error::{Endpoint, Result};

type Page = Connection<WireInstallation>;

impl GraphqlClient {
    /// Every Enterprise Server installation GitHub knows for enterprise `slug`, each with
    /// its five newest uploads, newest first (no user accounts: see
    /// [`GraphqlClient::user_accounts`]). Parts GitHub did not give are listed in
    /// [`ServerInstallations::missing`]. `on_event` hears of rate-limit pauses and retries
    /// (a primary limit may hold the read until GitHub's reset). Cancelling `cancel` ends
    /// the read at once.
    pub async fn installations(
        &self,
        slug: &str,
        cancel: &CancellationToken,
        on_event: &(dyn Fn(GraphqlEvent) + Send + Sync),
    ) -> Result<ServerInstallations> {
        let slug = check_slug(slug, &self.url)?;
        let endpoint = Endpoint::GhecGraphql {
            enterprise: slug.clone(),
            what: t!("github-read-installations"),
        };
        let pacer = Pacer::new(self.retry, on_event);
        cancellable(endpoint.clone(), cancel, async {
            let mut out = ServerInstallations::default();
            let mut pages = InstallationPages::new(
                self,
                &pacer,
                &endpoint,
                &slug,
                (queries::INSTALLATIONS, t!("github-read-installations")),
            );
            while let Some((page, missing, _)) = pages.next::<WireInstallation>().await? {
                take_page(&mut out, page, missing);
            }
            let listed = out.installations.len() as u64;
            if out.total_count.is_some_and(|t| t > listed) && out.missing.is_empty() {
                out.missing.push(missing_noticed(
                    INSTALLATIONS.to_owned(),
                    t!(
                        "github-missing-installations-count",
                        total = out.total_count.unwrap_or_default(),
                        listed = listed
                    ),
                ));
            }
            Ok(out)
        })
        .await
    }
}

pub(super) fn take_page(out: &mut ServerInstallations, page: Page, mut missing: Vec<MissingPart>) {
    if page.total_count.is_some() {
        out.total_count = page.total();
    }
    let nodes = match page.nodes {
        Some(nodes) => nodes,
        None => {
            noticed_null(&mut missing, format!("{INSTALLATIONS}.nodes"));
            Vec::new()
        }
    };
    for (i, node) in nodes.into_iter().enumerate() {
        let at = format!("{INSTALLATIONS}.nodes.{i}");
        match node {
            Some(n) => {
                if let Some(installation) = n.into_model(&at, &mut missing) {
                    out.installations.push(installation);
                }
            }
            None => noticed_null(&mut missing, at),
        }
    }
    out.missing.extend(missing);
}
