//! From one check's verdicts to the news: only a change of what the admin was last told is
//! news, so a stale instance is announced once, not at every check.

use std::collections::BTreeMap;

use ghls_l10n::{msg, Lang};
use time::OffsetDateTime;

use super::judge::SyncVerdict;
use super::store::{key, told_by, Memory, Told};
use super::types::{MonitorInstance, MonitorNews, NewsKind};

/// One instance as judged now, with its last sync's time for the words.
#[derive(Debug, Clone)]
pub(crate) struct Judged {
    pub instance: MonitorInstance,
    pub last_sync_at: Option<OffsetDateTime>,
}

/// The news between what was told (`before`) and `now_judged`, and what is told after it.
///
/// An instance seen for the first time (the first check ever, or an instance GitHub lists
/// for the first time) is announced when it is already stale or failed: the admin turned
/// the checks on to hear about exactly that. A date GitHub sent that cannot be read says
/// nothing either way: what was told is kept. Instances no longer listed are forgotten.
pub(crate) fn diff(
    before: &BTreeMap<String, Memory>,
    now_judged: &[Judged],
    now: OffsetDateTime,
) -> (Vec<MonitorNews>, BTreeMap<String, Memory>) {
    let mut news = Vec::new();
    let mut after = BTreeMap::new();
    for j in now_judged {
        let i = &j.instance;
        let k = key(&i.hostname);
        let prev = before.get(&k);
        let Some(told) = told_by(i.verdict) else {
            if let Some(p) = prev {
                after.insert(k, p.clone());
            }
            continue;
        };
        let kind = match (prev.map(|p| p.told), told) {
            (None | Some(Told::Fine), Told::Stale) => Some(NewsKind::BecameStale),
            (None | Some(Told::Fine | Told::Stale), Told::Failed) => Some(NewsKind::SyncFailed),
            // Another sync that failed too (a later date) is new news; the same one is not.
            (Some(Told::Failed), Told::Failed) => prev
                .and_then(|p| p.failed_sync.as_ref())
                .zip(i.last_sync.as_ref())
                .is_some_and(|(was, is)| was != is)
                .then_some(NewsKind::SyncFailed),
            (Some(Told::Stale | Told::Failed), Told::Fine) => Some(NewsKind::Recovered),
            (Some(Told::Failed), Told::Stale)
            | (Some(Told::Stale), Told::Stale)
            | (None | Some(Told::Fine), Told::Fine) => None,
        };
        if let Some(kind) = kind {
            news.push(words(kind, j, now, ghls_l10n::language()));
        }
        after.insert(
            k,
            Memory {
                told,
                failed_sync: (told == Told::Failed)
                    .then(|| i.last_sync.clone())
                    .flatten(),
            },
        );
    }
    (news, after)
}

/// The notification's words in `lang`: what happened, to which instance, and what to do.
pub(crate) fn words(kind: NewsKind, j: &Judged, now: OffsetDateTime, lang: Lang) -> MonitorNews {
    let i = &j.instance;
    let host = i.hostname.as_str();
    let sync_it = if i.instance_id.is_some() {
        msg!("notice-sync-it-configured")
    } else {
        msg!("notice-sync-it-not-configured")
    };
    let after = i.stale_after_days;
    let (title, body) = match kind {
        NewsKind::BecameStale => match (i.verdict, j.last_sync_at) {
            (SyncVerdict::Stale, Some(at)) => (
                msg!(
                    "notice-stale-title",
                    host = host,
                    days = (now - at).whole_days()
                ),
                msg!(
                    "notice-stale-body",
                    at = at,
                    after = after,
                    sync_it = sync_it
                ),
            ),
            _ => (
                msg!("notice-never-title", host = host),
                msg!("notice-never-body", sync_it = sync_it),
            ),
        },
        NewsKind::SyncFailed => {
            let at = j.last_sync_at;
            let said = match (&i.github_error, at) {
                (Some(e), Some(at)) => msg!("notice-failed-github-says-at", at = at, error = e),
                (Some(e), None) => msg!("notice-failed-github-says", error = e),
                (None, Some(at)) => msg!("notice-failed-shown-at", at = at),
                (None, None) => msg!("notice-failed-shown"),
            };
            (
                msg!("notice-failed-title", host = host),
                msg!("notice-failed-body", said = said),
            )
        }
        NewsKind::Recovered => (
            msg!("notice-recovered-title", host = host),
            match j.last_sync_at {
                Some(at) => msg!("notice-recovered-body-at", at = at, days = after),
                None => msg!("notice-recovered-body", days = after),
            },
        ),
    };
    MonitorNews {
        instance_id: i.instance_id.clone(),
        hostname: host.to_owned(),
        kind,
        title: title.in_lang(lang),
        body: body.in_lang(lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;
    use time::Duration;

    const NOW: OffsetDateTime = datetime!(2026-11-22 12:00:00 UTC);

    fn judged(host: &str, verdict: SyncVerdict, days_ago: Option<i64>) -> Judged {
        let at = days_ago.map(|d| NOW - Duration::days(d));
        Judged {
            instance: MonitorInstance {
                instance_id: Some("main".into()),
                hostname: host.into(),
                verdict,
                last_sync: at.map(ghls_domain::expiry::to_rfc3339),
                stale_after_days: 7,
                github_error: (verdict == SyncVerdict::Failed).then(|| "upload rejected".into()),
            },
            last_sync_at: at,
        }
    }

    fn kinds(news: &[MonitorNews]) -> Vec<NewsKind> {
        news.iter().map(|n| n.kind).collect()
    }

    #[test]
    fn the_first_check_announces_what_is_already_stale_or_failed_and_nothing_else() {
        let (news, after) = diff(
            &BTreeMap::new(),
            &[
                judged("ok.example", SyncVerdict::Ok, Some(1)),
                judged("old.example", SyncVerdict::Stale, Some(9)),
                judged("bad.example", SyncVerdict::Failed, Some(2)),
            ],
            NOW,
        );
        assert_eq!(kinds(&news), [NewsKind::BecameStale, NewsKind::SyncFailed]);
        assert_eq!(news[0].title, "old.example has not synced for 9 days");
        assert!(
            news[0]
                .body
                .contains("Open GHE License Sync → License to sync it."),
            "{}",
            news[0].body
        );
        assert!(news[1].body.contains("upload rejected"), "{}", news[1].body);
        assert_eq!(after.len(), 3);
    }

    #[test]
    fn still_stale_is_no_news_and_synced_again_is_recovered() {
        let (_, told) = diff(
            &BTreeMap::new(),
            &[judged("a.example", SyncVerdict::Stale, Some(9))],
            NOW,
        );
        let (again, told) = diff(
            &told,
            &[judged("A.example.", SyncVerdict::Stale, Some(10))],
            NOW,
        );
        assert!(again.is_empty(), "{again:?}");
        let (back, told) = diff(&told, &[judged("a.example", SyncVerdict::Ok, Some(0))], NOW);
        assert_eq!(kinds(&back), [NewsKind::Recovered]);
        assert_eq!(back[0].title, "a.example is in sync again");
        let (quiet, _) = diff(&told, &[judged("a.example", SyncVerdict::Ok, Some(0))], NOW);
        assert!(quiet.is_empty());
    }

    #[test]
    fn a_failure_is_told_once_and_a_later_failed_sync_again() {
        let (first, told) = diff(
            &BTreeMap::new(),
            &[judged("a.example", SyncVerdict::Failed, Some(2))],
            NOW,
        );
        assert_eq!(kinds(&first), [NewsKind::SyncFailed]);
        let (same, told) = diff(
            &told,
            &[judged("a.example", SyncVerdict::Failed, Some(2))],
            NOW,
        );
        assert!(same.is_empty(), "{same:?}");
        let (later, _) = diff(
            &told,
            &[judged("a.example", SyncVerdict::Failed, Some(1))],
            NOW,
        );
        assert_eq!(kinds(&later), [NewsKind::SyncFailed]);
    }

    #[test]
    fn an_unreadable_date_keeps_what_was_told() {
        let (_, told) = diff(
            &BTreeMap::new(),
            &[judged("a.example", SyncVerdict::Stale, Some(9))],
            NOW,
        );
        let (none, told) = diff(
            &told,
            &[judged("a.example", SyncVerdict::UnreadableDate, None)],
            NOW,
        );
        assert!(none.is_empty());
        let (still, _) = diff(
            &told,
            &[judged("a.example", SyncVerdict::Stale, Some(11))],
            NOW,
        );
        assert!(
            still.is_empty(),
            "stale was told before the unreadable date: {still:?}"
        );
    }

    #[test]
    fn the_news_is_told_in_the_language_with_its_dates_and_plurals() {
        let stale = judged("old.example", SyncVerdict::Stale, Some(9));
        let es = words(NewsKind::BecameStale, &stale, NOW, Lang::Es);
        assert_eq!(es.title, "old.example lleva 9 días sin sincronizar");
        assert!(
            es.body
                .starts_with("Su uso de licencias llegó a GitHub Enterprise Cloud por última vez el 13 nov 2026, 12:00 UTC; se te avisa después de 7 días."),
            "{}",
            es.body
        );
        assert!(es
            .body
            .ends_with("Abre GHE License Sync → Licencia para sincronizarla."));
        let pt = words(NewsKind::BecameStale, &stale, NOW, Lang::PtBr);
        assert_eq!(pt.title, "old.example está há 9 dias sem sincronizar");
        assert!(
            pt.body.contains("em 13 de nov. de 2026, 12:00 UTC"),
            "{}",
            pt.body
        );
        let en = words(NewsKind::BecameStale, &stale, NOW, Lang::En);
        assert_eq!(
            en.body,
            "Its license usage last reached GitHub Enterprise Cloud on 2026-11-13 12:00 UTC; you are told after 7 days. Open GHE License Sync → License to sync it.",
            "English as it always was"
        );

        let mut unknown = judged("new.example", SyncVerdict::NeverSynced, None);
        unknown.instance.instance_id = None;
        let es = words(NewsKind::BecameStale, &unknown, NOW, Lang::Es);
        assert!(
            es.body
                .contains("Usa \"Sync now\" (Sincronizar ahora) en su página License (Licencias)"),
            "GitHub's button keeps its name: {}",
            es.body
        );
        let failed = judged("bad.example", SyncVerdict::Failed, Some(1));
        let pt = words(NewsKind::SyncFailed, &failed, NOW, Lang::PtBr);
        assert_eq!(
            pt.title,
            "A sincronização de licenças de bad.example falhou"
        );
        assert!(
            pt.body.contains("upload rejected"),
            "GitHub's words as they are: {}",
            pt.body
        );
    }

    #[test]
    fn an_instance_that_never_synced_is_stale_news_in_plain_words() {
        let (news, _) = diff(
            &BTreeMap::new(),
            &[judged("new.example", SyncVerdict::NeverSynced, None)],
            NOW,
        );
        assert_eq!(kinds(&news), [NewsKind::BecameStale]);
        assert_eq!(
            news[0].title,
            "new.example has never synced its license usage"
        );
    }
}
