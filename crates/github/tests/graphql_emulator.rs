//! The GraphQL client against the emulator's `POST /ghec/api/graphql` over real HTTP on
//! loopback: every page of large instances, GitHub's refusals with HTTP 200 and 401, rate
//! limits in the middle of a read, transient failures, and cancellation.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ghls_domain::Secret;
use ghls_emulator::testing::emulator;
use ghls_emulator::{Emulator, Fault, FaultKind, FaultTarget};
use ghls_github::{
    CancellationToken, ClientOptions, Error, GraphqlClient, GraphqlEvent, RetryPolicy, SyncState,
    UserAccounts,
};
use time::OffsetDateTime;

fn graphql(emu: &Emulator, token: &str) -> GraphqlClient {
    GraphqlClient::new(
        &emu.info().ghec.api_url,
        &Secret::new(token),
        &ClientOptions::default(),
    )
    .unwrap()
    .with_retry(RetryPolicy {
        base: Duration::from_millis(20),
        cap: Duration::from_millis(200),
        ..RetryPolicy::default()
    })
}

fn owner(emu: &Emulator) -> GraphqlClient {
    graphql(emu, &emu.info().ghec.token)
}

fn slug(emu: &Emulator) -> String {
    emu.info().ghec.enterprise
}

/// Adds `n` instances of `accounts` generated users each; returns their host names.
fn add_instances(emu: &Emulator, n: usize, accounts: usize) -> Vec<String> {
    let now = OffsetDateTime::now_utc();
    emu.update_world(|w| {
        (0..n)
            .map(|k| {
                let i = w.add_generated_instance(&format!("big{k}"), accounts, k % 2 == 0, now);
                w.instances[i].hostname.clone()
            })
            .collect()
    })
}

/// The installation ids of `hosts`, from the client's own listing.
async fn ids_of(emu: &Emulator, hosts: &[String]) -> Vec<String> {
    let all = owner(emu)
        .installations(&slug(emu), &CancellationToken::new(), &|_| {})
        .await
        .unwrap();
    hosts
        .iter()
        .map(|h| {
            all.by_host(h)
                .unwrap_or_else(|| panic!("{h} not listed"))
                .id
                .clone()
        })
        .collect()
}

fn graphql_requests(emu: &Emulator) -> usize {
    emu.requests()
        .iter()
        .filter(|r| r.uri.starts_with("/ghec/api/graphql"))
        .count()
}

type Events = Arc<Mutex<Vec<GraphqlEvent>>>;

fn recorder() -> (Events, impl Fn(GraphqlEvent) + Send + Sync) {
    let events: Events = Arc::default();
    let sink = events.clone();
    (events, move |e| sink.lock().unwrap().push(e))
}

/// Reads the accounts of the installation `id` through whatever faults are armed, checks
/// that every one came back, and returns what the read reported on the way.
async fn read_in_full(emu: &Emulator, id: &str) -> Vec<GraphqlEvent> {
    let (events, on_event) = recorder();
    let read = owner(emu)
        .user_accounts(&slug(emu), id, &CancellationToken::new(), &on_event)
        .await
        .unwrap();
    assert_matches_world(emu, &read);
    let events = events.lock().unwrap().clone();
    events
}

/// The emulator's view of an instance's synced accounts: user id → (login, primary email).
fn world_accounts(emu: &Emulator, host: &str) -> HashMap<i64, (String, String)> {
    emu.with_world(|w| {
        let inst = w.instances.iter().find(|i| i.hostname == host).unwrap();
        inst.synced_users
            .iter()
            .map(|u| {
                (
                    u.user_id as i64,
                    (
                        u.login.clone(),
                        u.emails.first().cloned().unwrap_or_default(),
                    ),
                )
            })
            .collect()
    })
}

fn assert_matches_world(emu: &Emulator, read: &UserAccounts) {
    let host = read.host_name.as_deref().unwrap();
    let world = world_accounts(emu, host);
    assert!(read.is_complete(), "{host}: {:?}", read.missing);
    assert_eq!(read.total_count, Some(world.len() as u64), "{host}");
    assert_eq!(read.accounts.len(), world.len(), "{host}");
    for a in &read.accounts {
        let id = a.remote_user_id.unwrap();
        let (login, primary) = world
            .get(&id)
            .unwrap_or_else(|| panic!("{host}:{id} unknown"));
        assert_eq!(a.login.as_deref(), Some(login.as_str()));
        assert_eq!(a.primary_email(), Some(primary.as_str()), "{host}:{id}");
        assert!(a.emails_complete);
    }
    let mut ids: Vec<_> = read.accounts.iter().map(|a| a.remote_user_id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), world.len(), "{host}: no account read twice");
}

#[tokio::test]
async fn three_instances_of_20000_accounts_are_read_completely_with_progress_per_instance() {
    let emu = emulator().await;
    let hosts = add_instances(&emu, 3, 20_000);
    let ids = ids_of(&emu, &hosts).await;
    let (events, on_event) = recorder();
    let started = Instant::now();
    let all = owner(&emu)
        .user_accounts_of(&slug(&emu), &ids, 3, &CancellationToken::new(), &on_event)
        .await
        .unwrap();
    let elapsed = started.elapsed();
    assert_eq!(all.len(), 3);
    for (read, (id, host)) in all.iter().zip(ids.iter().zip(&hosts)) {
        assert_eq!(&read.installation_id, id, "in the order asked for");
        assert_eq!(read.host_name.as_deref(), Some(host.as_str()));
        assert_matches_world(&emu, read);
    }
    let events = events.lock().unwrap();
    for id in &ids {
        let progress: Vec<_> = events
            .iter()
            .filter_map(|e| match e {
                GraphqlEvent::Accounts(p) if &p.installation_id == id => Some(p),
                _ => None,
            })
            .collect();
        assert_eq!(progress.len(), 200, "one report per page of 100");
        assert!(progress.windows(2).all(|w| w[0].accounts < w[1].accounts));
        assert_eq!(progress[0].total_count, Some(20_000));
        let last = progress.last().unwrap();
        assert!(last.done && last.pages_done == 200 && last.accounts == 20_000);
        assert!(progress[..199].iter().all(|p| !p.done));
    }
    eprintln!("3 × 20,000 accounts over loopback in {elapsed:?}");
}

#[tokio::test]
async fn installations_show_connect_state_and_the_newest_uploads_as_the_world_has_them() {
    let emu = emulator().await;
    let all = owner(&emu)
        .installations(&slug(&emu), &CancellationToken::new(), &|_| {})
        .await
        .unwrap();
    assert!(all.is_complete(), "{:?}", all.missing);
    let expected = emu.with_world(|w| {
        w.instances
            .iter()
            .filter(|i| i.last_sync.is_some() || i.connect_license_sync)
            .map(|i| {
                let newest = w
                    .uploads
                    .iter()
                    .rev()
                    .find(|u| u.server_id == i.server_id)
                    .map(|u| u.name.clone());
                (i.hostname.clone(), i.connect_license_sync, newest)
            })
            .collect::<Vec<_>>()
    });
    assert!(!expected.is_empty());
    assert_eq!(all.total_count, Some(expected.len() as u64));
    assert_eq!(all.installations.len(), expected.len());
    for (host, connected, newest) in expected {
        let i = all.by_host(&host).unwrap();
        assert_eq!(i.is_connected, Some(connected), "{host}");
        assert_eq!(
            i.newest_upload().and_then(|u| u.name.clone()),
            newest,
            "{host}"
        );
        let uploads = i.uploads.as_ref().unwrap();
        assert!(uploads.len() <= 5);
        assert!(uploads.iter().all(|u| u.sync_state.is_some()));
        assert!(i.created_at.as_ref().unwrap().at.is_some());
    }
}

#[tokio::test]
async fn more_than_a_page_of_installations_is_read_to_the_end() {
    let emu = emulator().await;
    let hosts = add_instances(&emu, 105, 1);
    let all = owner(&emu)
        .installations(&slug(&emu), &CancellationToken::new(), &|_| {})
        .await
        .unwrap();
    assert!(all.is_complete(), "{:?}", all.missing);
    assert!(all.installations.len() > 105);
    assert_eq!(all.total_count, Some(all.installations.len() as u64));
    for h in &hosts {
        assert!(all.by_host(h).is_some(), "{h}");
    }
    let newest = all.by_host(&hosts[104]).unwrap().newest_upload().unwrap();
    assert_eq!(newest.sync_state, Some(SyncState::Success));
}

#[tokio::test]
async fn a_wrong_slug_is_not_found_in_githubs_words_though_github_answers_200() {
    let emu = emulator().await;
    let err = owner(&emu)
        .installations("no-such-enterprise", &CancellationToken::new(), &|_| {})
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "not_found", "{err:?}");
    assert_eq!(
        err.github_message().unwrap().message.as_deref(),
        Some("Could not resolve to an Enterprise with the slug of 'no-such-enterprise'.")
    );
    assert!(err.fix().contains("slug is wrong"), "{}", err.fix());
}

#[tokio::test]
async fn tokens_github_refuses_with_http_200_get_the_same_kinds_as_rest() {
    let emu = emulator().await;
    let info = emu.info().ghec;
    let cases = [
        (&info.non_owner_token, "forbidden"),
        (&info.no_scope_token, "forbidden"),
        (&info.fine_grained_token, "token_type_unsupported"),
        (&info.sso_token, "sso_required"),
    ];
    for (token, kind) in cases {
        let err = graphql(&emu, token)
            .installations(&info.enterprise, &CancellationToken::new(), &|_| {})
            .await
            .unwrap_err();
        assert_eq!(err.kind(), kind, "{err}");
        assert!(err.github_message().unwrap().message.is_some(), "{err:?}");
        emu.info()
            .assert_no_token_in(&format!("{err} {err:?} {}", err.fix()));
    }
    let err = graphql(&emu, &info.non_owner_token)
        .installations(&info.enterprise, &CancellationToken::new(), &|_| {})
        .await
        .unwrap_err();
    assert!(err.fix().contains("read:enterprise") && err.fix().contains("owner"));
}

#[tokio::test]
async fn a_bad_token_is_unauthorized_from_githubs_401() {
    let emu = emulator().await;
    let err = graphql(&emu, "ghp_not_a_real_token")
        .installations(&slug(&emu), &CancellationToken::new(), &|_| {})
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Unauthorized { .. }), "{err:?}");
    assert!(err.to_string().contains("GraphQL"), "{err}");
}

#[tokio::test]
async fn a_secondary_rate_limit_mid_pagination_pauses_the_read_and_it_completes() {
    let emu = emulator().await;
    let hosts = add_instances(&emu, 1, 1_000);
    let ids = ids_of(&emu, &hosts).await;
    let (events, record) = recorder();
    let armed = Mutex::new(false);
    let on_event = |e: GraphqlEvent| {
        if let GraphqlEvent::Accounts(p) = &e {
            let mut armed = armed.lock().unwrap();
            if p.pages_done == 3 && !*armed {
                *armed = true;
                emu.inject(Fault::once(
                    FaultTarget::Ghec,
                    "ServerUserAccounts",
                    FaultKind::RateLimited {
                        retry_after: Some(1),
                        status: 403,
                    },
                ));
            }
        }
        record(e);
    };
    let started = Instant::now();
    let read = owner(&emu)
        .user_accounts(&slug(&emu), &ids[0], &CancellationToken::new(), &on_event)
        .await
        .unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "retry-after honoured"
    );
    assert_matches_world(&emu, &read);
    let events = events.lock().unwrap();
    let pause = events
        .iter()
        .position(|e| matches!(e, GraphqlEvent::WaitingRateLimit { seconds: 1, .. }))
        .expect("the pause is reported");
    let pages_before = events[..pause]
        .iter()
        .filter(|e| matches!(e, GraphqlEvent::Accounts(_)))
        .count();
    assert_eq!(pages_before, 3, "mid-pagination, after page 3");
}

#[tokio::test]
async fn an_exhausted_primary_limit_is_waited_out_until_its_reset() {
    let emu = emulator().await;
    let hosts = add_instances(&emu, 1, 300);
    let ids = ids_of(&emu, &hosts).await;
    emu.inject(Fault::once(
        FaultTarget::Ghec,
        "ServerUserAccounts",
        FaultKind::PrimaryRateLimitExhausted {
            reset_in_seconds: 1,
        },
    ));
    let events = read_in_full(&emu, &ids[0]).await;
    assert!(events
        .iter()
        .any(|e| matches!(e, GraphqlEvent::WaitingRateLimit { .. })));
}

#[tokio::test]
async fn a_server_error_is_retried_and_a_malformed_answer_is_not() {
    let emu = emulator().await;
    let hosts = add_instances(&emu, 1, 250);
    let ids = ids_of(&emu, &hosts).await;
    emu.fail_once_with_status(FaultTarget::Ghec, "ServerUserAccounts", 502, None);
    let events = read_in_full(&emu, &ids[0]).await;
    assert!(events
        .iter()
        .any(|e| matches!(e, GraphqlEvent::Retrying { attempt: 2, .. })));

    emu.fail_once(
        FaultTarget::Ghec,
        "ServerUserAccounts",
        FaultKind::MalformedJson,
    );
    let before = graphql_requests(&emu);
    let err = owner(&emu)
        .user_accounts(&slug(&emu), &ids[0], &CancellationToken::new(), &|_| {})
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "decode", "{err:?}");
    let Error::Decode { path, .. } = &err else {
        panic!()
    };
    assert!(path.starts_with("data.enterprise"), "{path}");
    assert_eq!(
        graphql_requests(&emu) - before,
        2,
        "cursors, then the one bad page"
    );
}

#[tokio::test]
async fn cancelling_mid_read_ends_it_at_once_with_nothing_kept() {
    let emu = emulator().await;
    let hosts = add_instances(&emu, 2, 5_000);
    let ids = ids_of(&emu, &hosts).await;
    let cancel = CancellationToken::new();
    let on_event = |e: GraphqlEvent| {
        if matches!(&e, GraphqlEvent::Accounts(p) if p.pages_done == 2) {
            cancel.cancel();
        }
    };
    let err = owner(&emu)
        .user_accounts_of(&slug(&emu), &ids, 2, &cancel, &on_event)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::GraphqlCancelled { .. }), "{err:?}");
    assert_eq!(err.kind(), "cancelled");
    // A request already on the wire when the token fired may still be recorded.
    tokio::time::sleep(Duration::from_millis(100)).await;
    let sent = graphql_requests(&emu);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        graphql_requests(&emu),
        sent,
        "nothing is sent after the cancel"
    );
    assert!(sent < 20, "{sent} requests: it stopped early");
}

#[tokio::test]
async fn an_installation_github_does_not_list_is_named_not_guessed() {
    let emu = emulator().await;
    let err = owner(&emu)
        .user_accounts(
            &slug(&emu),
            "MDI3OkVudGVycHJpc2VTZXJ2ZXJJbnN0YWxsYXRpb245OTk=",
            &CancellationToken::new(),
            &|_| {},
        )
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "installation_not_found", "{err:?}");
}

#[tokio::test]
async fn the_ghec_client_hands_out_a_graphql_client_for_the_same_origin() {
    let emu = emulator().await;
    let ghec = support::owner(&emu);
    let client = ghec.graphql().unwrap();
    assert_eq!(
        client.url().as_str(),
        format!("{}/graphql", emu.info().ghec.api_url)
    );
    let all = client
        .installations(ghec.enterprise(), &CancellationToken::new(), &|_| {})
        .await
        .unwrap();
    assert!(!all.installations.is_empty());
    let sent = emu
        .requests()
        .into_iter()
        .rfind(|r| r.uri.starts_with("/ghec/api/graphql"))
        .unwrap();
    assert_eq!(sent.method, "POST");
    assert!(sent.token_known);
    assert_eq!(sent.auth_scheme.as_deref(), Some("Bearer"));
}

#[tokio::test]
async fn an_installation_that_disappears_mid_read_is_looked_for_again_then_named() {
    let emu = emulator().await;
    let hosts = add_instances(&emu, 1, 500);
    let ids = ids_of(&emu, &hosts).await;
    let host = hosts[0].clone();
    let on_event = |e: GraphqlEvent| {
        if matches!(&e, GraphqlEvent::Accounts(p) if p.pages_done == 2) {
            // GHEC forgets the instance: it no longer lists it.
            emu.update_world(|w| {
                let i = w.instances.iter_mut().find(|i| i.hostname == host).unwrap();
                i.last_sync = None;
                i.connect_license_sync = false;
            });
        }
    };
    let before = graphql_requests(&emu);
    let err = owner(&emu)
        .user_accounts(&slug(&emu), &ids[0], &CancellationToken::new(), &on_event)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "installation_not_found", "{err:?}");
    assert!(err.to_string().contains(&hosts[0]), "{err}");
    // Cursors, two pages, the page that missed it, cursors again: then it gives up.
    assert_eq!(graphql_requests(&emu) - before, 5);
}

#[tokio::test]
async fn a_rate_limited_list_of_installations_says_it_is_waiting_then_completes() {
    let emu = emulator().await;
    emu.inject(Fault::once(
        FaultTarget::Ghec,
        "query ServerInstallations(",
        FaultKind::RateLimited {
            retry_after: Some(1),
            status: 429,
        },
    ));
    let (events, on_event) = recorder();
    let all = owner(&emu)
        .installations(&slug(&emu), &CancellationToken::new(), &on_event)
        .await
        .unwrap();
    assert!(all.is_complete() && !all.installations.is_empty());
    assert!(matches!(
        events.lock().unwrap().as_slice(),
        [GraphqlEvent::WaitingRateLimit { seconds: 1, .. }]
    ));
}
