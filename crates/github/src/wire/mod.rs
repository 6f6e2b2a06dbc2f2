//! GitHub's response bodies as they travel, decoded leniently and turned into domain types.
//! One module per operation; each names its docs page and its known gaps.

pub(crate) mod consumed_licenses;
pub(crate) mod license_sync_status;
pub(crate) mod meta;
pub(crate) mod rate_limit;
pub(crate) mod settings_license;

#[cfg(test)]
mod published_examples;
