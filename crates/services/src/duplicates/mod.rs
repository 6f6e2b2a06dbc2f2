//! The Duplicates screen: the duplicate analysis (the domain's) of the consumed licenses
//! loaded in this session, computed once per data set off the async threads, and its
//! export (JSON, or CSV with one row per finding). With the server accounts loaded
//! (`accounts.rs`, "Load server accounts") the analysis names server entries and uses their
//! primary emails; without them it works from the license data alone.

mod accounts;
mod view;

pub(crate) use accounts::DuplicatesSession;
pub use accounts::{AccountsLoadProgress, ServerAccountsSummary};
pub use view::{
    DuplicateOverview, FindingsPage, FindingsQuery, GroupOverview, Tally, MAX_FINDINGS_WINDOW,
};

use std::io;
use std::path::PathBuf;
use std::sync::Arc;

use ghls_domain::DuplicateReport;

use crate::app::App;
use crate::consumed::{findings_csv, ExportFormat, ExportResult};
use crate::error::Result;
use crate::support::atomic_file::write_export;
use crate::support::blocking;

impl App {
    /// The duplicate analysis of the loaded consumers, with the server accounts when they
    /// were loaded; computed once per data set (and set of accounts).
    pub async fn duplicate_report(&self) -> Result<Arc<DuplicateReport>> {
        let data = self.consumed_data()?;
        // The report's words are rendered: one per language (the app's may change).
        let lang = ghls_l10n::language();
        if let Some(accounts) = self.duplicates_session().loaded() {
            let session = self.duplicates_session();
            if let Some(report) = session.cached(&data, &accounts, lang) {
                return Ok(report);
            }
            let (d, a) = (data.clone(), accounts.clone());
            let report = blocking(ghls_l10n::msg!("task-analyse-duplicates"), move || {
                Arc::new(ghls_domain::duplicates::analyse_in(
                    d.consumers(),
                    &d.analysis,
                    Some(&a.accounts),
                    lang,
                ))
            })
            .await?;
            session.remember(&data, &accounts, lang, report.clone());
            self.record_duplicate_analysis(&data, report.clone(), true)
                .await;
            return Ok(report);
        }
        let mut analysed_now = false;
        let report = data
            .duplicates(lang)
            .get_or_try_init(|| {
                analysed_now = true;
                let data = data.clone();
                blocking(ghls_l10n::msg!("task-analyse-duplicates"), move || {
                    Arc::new(ghls_domain::duplicates::analyse_in(
                        data.consumers(),
                        &data.analysis,
                        None,
                        lang,
                    ))
                })
            })
            .await?
            .clone();
        // Each analysis made is kept in the history (the newest of a load replaces the one
        // before, so a change of language keeps one, in the new words).
        if analysed_now {
            self.record_duplicate_analysis(&data, report.clone(), false)
                .await;
        }
        Ok(report)
    }

    /// The Duplicates screen's view of [`App::duplicate_report`]: everything but the
    /// findings, which it asks for a window at a time ([`App::duplicate_findings`]).
    pub async fn duplicate_overview(&self) -> Result<DuplicateOverview> {
        Ok(DuplicateOverview::from(&*self.duplicate_report().await?))
    }

    /// A window of one group's findings of some confidences, from the same report.
    pub async fn duplicate_findings(&self, query: FindingsQuery) -> Result<FindingsPage> {
        Ok(view::findings_page(
            &*self.duplicate_report().await?,
            &query,
        ))
    }

    /// Writes the duplicate report to `path` as `format` (CSV: one row per finding).
    pub async fn export_duplicates(
        &self,
        format: ExportFormat,
        path: PathBuf,
    ) -> Result<ExportResult> {
        let report = self.duplicate_report().await?;
        blocking(ghls_l10n::msg!("task-export"), move || {
            let bytes = export_report(&report, format, &path)?;
            Ok(ExportResult {
                path: path.display().to_string(),
                rows: report.findings,
                bytes,
            })
        })
        .await?
    }
}

/// Writes the duplicate report to `path`; returns the bytes written.
fn export_report(
    report: &DuplicateReport,
    format: ExportFormat,
    path: &std::path::Path,
) -> Result<u64> {
    write_export(path, |w| match format {
        ExportFormat::Csv => findings_csv(report, w),
        ExportFormat::Json => {
            serde_json::to_writer_pretty(&mut *w, report).map_err(io::Error::from)?;
            w.write_all(b"\n")
        }
    })
}
