//! The pure domain of GHE License Sync.
//!
//! What GitHub's license data *means*: seat counts that may be "unlimited", the GHES
//! `expire_at` format, when a license sync counts as stale, what kind of seat a license
//! consumer holds, and how to say an age in words.
//!
//! This crate must stay pure: no I/O, no async, no clock (callers pass `now`), no HTTP and
//! no tauri. Everything here is tested with plain `cargo test`.
#![forbid(unsafe_code)]

pub mod age;
pub mod consumed;
pub mod duplicates;
pub mod expiry;
pub mod secret;
pub mod server_license;
pub mod sync_status;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod usage_file;

pub use age::{age_message, describe_age};
pub use consumed::{
    ConsumedLicenses, ConsumerFields, ConsumerKind, LicenseConsumer, SeatSplit, Strs,
};
pub use duplicates::{
    analyse, analyse_in, AnalysisContext, Confidence, CountedOnce, DomainCount, DomainsSource,
    DuplicateReason, DuplicateReport, Finding, FindingEntry, FindingGroup, ReasonKind, SeatsSaved,
};
pub use expiry::{parse_github_time, GitHubTime};
pub use secret::Secret;
pub use server_license::{ExpiryView, SeatCount, ServerLicense, ServerLicenseView};
pub use sync_status::{LastSync, ServerSync, SyncHealth, SyncView, STALE_AFTER_DAYS};
pub use usage_file::{
    assess, recognise, recognise_in, review, warnings, FileAge, KnownInstance, Refusal,
    RefusalKind, UsageContext, UsageExport, UsageFeature, UsageReview, UsageVerdict, UsageWarning,
    WarningKind, MAX_USAGE_FILE_BYTES, STALE_EXPORT_AFTER_DAYS,
};
