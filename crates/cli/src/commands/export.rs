//! `ghls export`: license usage over the GHES admin shell, through the services' export
//! engine (`admin_shell.rs`: the system's OpenSSH client, the command for the instance's
//! version, an atomic write, the file recognised before it replaces anything).

use ghls_domain::usage_file::UsageVerdict;
use ghls_l10n::{msg, t};
use ghls_services::{ExportOutcome, ExportProgress};

use super::{instance_id, Context};
use crate::args::ExportArgs;
use crate::exit::{Exit, Failure};
use crate::output::Paint;
use crate::progress::Spinner;

fn progress_words(p: &ExportProgress) -> String {
    match p {
        ExportProgress::ReadingVersion => t!("cli-export-reading-version"),
        ExportProgress::Connecting {
            host,
            port,
            command,
        } => t!(
            "cli-export-connecting",
            address = format!("{host}:{port}"),
            command = command
        ),
        ExportProgress::Receiving { bytes } => t!("cli-export-receiving", bytes = *bytes),
        ExportProgress::Validating { bytes } => t!("cli-export-validating", bytes = *bytes),
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
    let instance = match o.version.as_deref() {
        Some(v) => format!("{id} (GHES {v})"),
        None => id.to_owned(),
    };
    let mut text = format!(
        "{} {}\n",
        out.paint(&t!("cli-label-exported"), Paint::Green),
        msg!(
            "cli-exported",
            instance = instance,
            command = &o.command,
            path = &o.path,
            bytes = o.bytes
        )
    );
    match &o.verdict {
        UsageVerdict::Accepted(r) => {
            text.push_str(&format!(
                "  {}\n",
                msg!("cli-exported-accepted", sha256 = &r.export.sha256)
            ));
            for w in &r.warnings {
                text.push_str(&out.with_fix(
                    &t!("cli-label-warning"),
                    Paint::Yellow,
                    w.message(),
                    w.fix(),
                ));
            }
        }
        UsageVerdict::Refused(r) => {
            text.push_str(&out.with_fix(
                &t!("cli-label-refused"),
                Paint::Red,
                r.message(),
                r.fix(),
            ));
        }
    }
    text
}
