//! `ghls export`: license usage over the GHES admin shell, through the services' export
//! engine (`admin_shell.rs`: the system's OpenSSH client, the command for the instance's
//! version, an atomic write, the file recognised before it replaces anything).

use ghls_domain::usage_file::UsageVerdict;
use ghls_services::{ExportOutcome, ExportProgress};

use super::{instance_id, Context};
use crate::args::ExportArgs;
use crate::exit::{Exit, Failure};
use crate::output::Paint;
use crate::progress::Spinner;

fn progress_words(p: &ExportProgress) -> String {
    match p {
        ExportProgress::ReadingVersion => "Reading the instance's version".to_owned(),
        ExportProgress::Connecting {
            host,
            port,
            command,
        } => format!("Connecting to {host}:{port} and running `{command}`"),
        ExportProgress::Receiving { bytes } => format!("Receiving the export: {bytes} bytes"),
        ExportProgress::Validating { bytes } => {
            format!("Checking the export ({bytes} bytes) is license usage")
        }
    }
}

pub async fn run(cx: &Context<'_>, args: &ExportArgs) -> Result<Exit, Failure> {
    let id = instance_id(cx, &args.instance)?;
    let spinner = Spinner::new(cx.out.interactive());
    let bar = spinner.clone();
    let exported = cx
        .app
        .export_license_usage(&id, args.output.clone(), move |p| {
            bar.set(progress_words(&p));
        })
        .await;
    spinner.finish();
    let outcome = exported.map_err(|e| cx.fail(e.report()))?;
    cx.out.result(&outcome, || human(cx, &id, &outcome))?;
    Ok(match outcome.verdict {
        UsageVerdict::Accepted(_) => Exit::Ok,
        UsageVerdict::Refused(_) => Exit::Refused,
    })
}

fn human(cx: &Context<'_>, id: &str, o: &ExportOutcome) -> String {
    let out = cx.out;
    let mut text = format!(
        "{} license usage of {id}{} with `{}` to {} ({} bytes).\n",
        out.paint("exported:", Paint::Green),
        o.version
            .as_deref()
            .map(|v| format!(" (GHES {v})"))
            .unwrap_or_default(),
        o.command,
        o.path,
        o.bytes
    );
    match &o.verdict {
        UsageVerdict::Accepted(r) => {
            text.push_str(&format!(
                "  SHA-256 {}; GitHub Enterprise Cloud's \"Add server usage\" takes it.\n",
                r.export.sha256
            ));
            for w in &r.warnings {
                text.push_str(&out.with_fix("warning:", Paint::Yellow, w.message(), w.fix()));
            }
        }
        UsageVerdict::Refused(r) => {
            text.push_str(&out.with_fix("refused:", Paint::Red, r.message(), r.fix()));
        }
    }
    text
}
