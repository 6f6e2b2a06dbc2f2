//! The app's language changes while it runs (the header's menu): what it has worked out and
//! keeps (the duplicate analysis) speaks the new language at once. One test binary of its
//! own, since the language is the process's.
#![allow(clippy::unwrap_used)]

mod support;

use std::sync::Arc;

use ghls_l10n::{Lang, LanguageChoice};
use support::demo;

#[tokio::test]
async fn the_duplicate_analysis_speaks_the_language_chosen_after_it_was_made() {
    let app = &demo().consumers(400).seed(3).await;
    let in_lang = |lang| async move {
        app.set_language(LanguageChoice::Chosen(lang))
            .await
            .unwrap();
        app.duplicate_report().await.unwrap()
    };
    let title = |r: &ghls_domain::DuplicateReport| r.groups[0].title.clone();
    app.set_language(LanguageChoice::Chosen(Lang::En))
        .await
        .unwrap();
    app.load_consumed_licenses(false, |_| {}).await.unwrap();
    let english = app.duplicate_report().await.unwrap();
    assert!(!english.groups.is_empty(), "the demo has duplicates");
    let reason = english.groups[0].reason;

    let spanish = in_lang(Lang::Es).await;
    assert_eq!(title(&spanish), reason.title_message().in_lang(Lang::Es));
    assert_ne!(title(&spanish), title(&english));
    assert_eq!(
        (spanish.groups.len(), spanish.seats_saved),
        (english.groups.len(), english.seats_saved),
        "the same findings, in other words"
    );
    // Back in English: the analysis made first, not made again.
    assert!(Arc::ptr_eq(&in_lang(Lang::En).await, &english));

    // With the server accounts loaded, the same: in the language of the moment.
    app.load_server_accounts(|_| {}).await.unwrap();
    let with_accounts = app.duplicate_report().await.unwrap();
    assert_eq!(title(&with_accounts), title(&english));
    let portuguese = in_lang(Lang::PtBr).await;
    assert_eq!(
        title(&portuguese),
        reason.title_message().in_lang(Lang::PtBr)
    );
    let spanish_again = in_lang(Lang::Es).await;
    assert_eq!(title(&spanish_again), title(&spanish));

    // A second load of the accounts is a new analysis.
    app.load_server_accounts(|_| {}).await.unwrap();
    assert_eq!(
        title(&app.duplicate_report().await.unwrap()),
        title(&spanish)
    );

    // The history keeps one analysis of a load (the newest made), whatever the languages.
    let kept = app.history_overview(None).await.unwrap().duplicates;
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(kept[0].with_accounts);
    assert_eq!(kept[0].seats_saved, with_accounts.seats_saved.total);
}
