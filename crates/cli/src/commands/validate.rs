//! `ghls validate FILE`: the Add server usage screen's check of a file.

use ghls_domain::usage_file::{UsageReview, UsageVerdict};
use ghls_domain::Refusal;
use ghls_l10n::{msg, t};

use super::Context;
use crate::args::ValidateArgs;
use crate::exit::{Exit, Failure};
use crate::output::Paint;

pub async fn run(cx: &Context<'_>, args: &ValidateArgs) -> Result<Exit, Failure> {
    let verdict = cx.app.inspect_usage_file(args.file.clone()).await;
    if cx.out.json {
        cx.out.print_json(&verdict)?;
    }
    match &verdict {
        UsageVerdict::Accepted(review) => {
            if !cx.out.json {
                cx.out.print(&accepted(cx, args, review))?;
            }
            Ok(Exit::Ok)
        }
        UsageVerdict::Refused(refusal) => {
            if !cx.out.json {
                cx.out.print(&refused(cx, args, refusal))?;
            }
            Ok(Exit::Refused)
        }
    }
}

fn accepted(cx: &Context<'_>, args: &ValidateArgs, r: &UsageReview) -> String {
    let out = cx.out;
    let e = &r.export;
    let mut text = format!(
        "{} {}\n",
        out.paint(&t!("cli-label-accepted"), Paint::Green),
        msg!(
            "cli-validate-accepted",
            file = args.file.display().to_string()
        )
    );
    let features = if e.features.is_empty() {
        t!("cli-validate-no-features")
    } else {
        e.features
            .iter()
            .map(|f| f.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let fields = [
        (t!("cli-field-host"), e.host_name.clone()),
        (t!("cli-field-server-id"), e.server_id.clone()),
        (t!("cli-field-version"), e.version.clone()),
        (t!("cli-field-features"), features),
        (t!("cli-field-size"), t!("cli-bytes", bytes = e.file_size)),
        (t!("cli-field-sha256"), e.sha256.clone()),
        (
            t!("cli-field-age"),
            r.age
                .as_ref()
                .map_or_else(|| t!("cli-unknown"), |a| a.words.clone()),
        ),
    ];
    // The values line up after the longest label (at least 10 wide, as in English).
    let width = fields
        .iter()
        .map(|(label, _)| label.chars().count() + 1)
        .max()
        .unwrap_or(0)
        .max(10);
    for (label, value) in fields {
        text.push_str(&format!("  {:<width$} {value}\n", format!("{label}:")));
    }
    if e.license_usage_sync_hint {
        text.push_str(&format!("  {}\n", t!("cli-validate-sync-hint")));
    }
    for w in &r.warnings {
        text.push_str(&out.with_fix(
            &t!("cli-label-warning"),
            Paint::Yellow,
            w.message(),
            w.fix(),
        ));
    }
    text
}

fn refused(cx: &Context<'_>, args: &ValidateArgs, r: &Refusal) -> String {
    let message = format!("{}: {}", args.file.display(), r.message());
    cx.out
        .with_fix(&t!("cli-label-refused"), Paint::Red, &message, r.fix())
}
