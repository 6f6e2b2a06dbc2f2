//! One file per subcommand: each takes the app, calls the services, and prints.

pub mod completions;
pub mod consumed;
pub mod duplicates;
pub mod emulator;
pub mod export;
pub mod license;
pub mod man;
pub mod monitor;
pub mod servers;
pub mod status;
pub mod validate;
pub mod watch;

use ghls_services::ErrorKind;
use std::future::Future;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use ghls_domain::sync_status::same_host;
use ghls_services::App;
use ghls_services::{ConsumedSummary, ExportFormat, ExportResult};

use crate::exit::{Exit, Failure};
use crate::open::Advice;
use crate::output::Output;
use crate::progress::FetchBar;

/// What every command that talks to GitHub gets.
#[derive(Debug)]
pub struct Context<'a> {
    pub app: &'a App,
    pub out: &'a Output,
    pub advice: &'a Advice,
}

impl Context<'_> {
    /// A failure the services reported, with the CLI's advice.
    pub fn fail(&self, report: ghls_services::ErrorReport) -> Failure {
        Failure::report(self.advice.apply(report))
    }
}

/// The settings id of `name`: an id, else a host name.
pub fn instance_id(cx: &Context<'_>, name: &str) -> Result<String, Failure> {
    let settings = cx.app.settings();
    if let Some(g) = settings.ghes.iter().find(|g| g.id == name) {
        return Ok(g.id.clone());
    }
    if let Some(g) = settings.ghes.iter().find(|g| same_host(&g.hostname, name)) {
        return Ok(g.id.clone());
    }
    let known: Vec<String> = settings
        .ghes
        .iter()
        .map(|g| format!("{} ({})", g.id, g.hostname))
        .collect();
    Err(Failure::usage(
        format!("There is no GHES instance `{name}` in the settings."),
        if known.is_empty() {
            "No GHES instance is set up: add it in the desktop app's Connections, or try ghls with --demo.".to_owned()
        } else {
            format!("Use one of: {}.", known.join(", "))
        },
    ))
}

/// Loads the consumed licenses with a progress bar on a terminal.
pub async fn load_consumed(cx: &Context<'_>) -> Result<ConsumedSummary, Failure> {
    let bar = FetchBar::new(cx.out.interactive());
    let loaded = cx.app.load_consumed_licenses(false, bar.listener()).await;
    bar.finish();
    loaded.map_err(|r| cx.fail(r))
}

/// Runs one of the services' exports into a temporary file and copies it to stdout: the
/// bytes are the export's, whether they go to a file or a pipe.
pub async fn export_to_stdout<F, Fut>(
    format: ExportFormat,
    export: F,
) -> Result<ExportResult, Failure>
where
    F: FnOnce(PathBuf) -> Fut,
    Fut: Future<Output = ghls_services::Result<ExportResult>>,
{
    let dir = tempfile::tempdir().map_err(|e| {
        Failure::new(
            Exit::Failure,
            ErrorKind::Output,
            format!("No temporary file could be made for the export: {e}."),
            "Check that the temporary folder (TMPDIR) is writable, or write to a file with -o FILE.",
        )
    })?;
    let path = dir.path().join(format!("export.{}", format.extension()));
    let result = export(path.clone()).await?;
    copy_to_stdout(&path)?;
    Ok(result)
}

fn copy_to_stdout(path: &Path) -> Result<(), Failure> {
    let mut file = std::fs::File::open(path).map_err(|e| Failure::output(&e))?;
    let mut out = io::stdout().lock();
    io::copy(&mut file, &mut out)
        .and_then(|_| out.flush())
        .map(|_| ())
        .map_err(|e| Failure::output(&e))
}

/// The format a file name asks for: `.csv` is CSV, anything else JSON.
pub fn format_of(path: &Path) -> ExportFormat {
    match path.extension().and_then(|e| e.to_str()) {
        Some(e) if e.eq_ignore_ascii_case("csv") => ExportFormat::Csv,
        _ => ExportFormat::Json,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_csv_file_name_asks_for_csv() {
        assert_eq!(format_of(Path::new("out/consumed.CSV")), ExportFormat::Csv);
        assert_eq!(format_of(Path::new("consumed.json")), ExportFormat::Json);
        assert_eq!(format_of(Path::new("consumed")), ExportFormat::Json);
    }
}
