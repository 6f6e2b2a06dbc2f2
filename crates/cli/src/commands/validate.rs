//! `ghls validate FILE`: the Add server usage screen's check of a file.

use ghls_domain::usage_file::{UsageReview, UsageVerdict};
use ghls_domain::Refusal;

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
        "{} {} is a GHES license-usage export: GitHub Enterprise Cloud's \"Add server usage\" takes it.\n",
        out.paint("accepted:", Paint::Green),
        args.file.display()
    );
    let features = if e.features.is_empty() {
        "none listed".to_owned()
    } else {
        e.features
            .iter()
            .map(|f| f.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    for (label, value) in [
        ("host", e.host_name.clone()),
        ("server ID", e.server_id.clone()),
        ("version", e.version.clone()),
        ("features", features),
        ("size", format!("{} bytes", e.file_size)),
        ("SHA-256", e.sha256.clone()),
        (
            "age",
            r.age
                .as_ref()
                .map_or_else(|| "unknown".to_owned(), |a| a.words.clone()),
        ),
    ] {
        text.push_str(&format!("  {:<10} {value}\n", format!("{label}:")));
    }
    if e.license_usage_sync_hint {
        text.push_str("  It lists license_usage_sync: GitHub Connect license sync is probably on for this instance.\n");
    }
    for w in &r.warnings {
        text.push_str(&out.with_fix("warning:", Paint::Yellow, w.message(), w.fix()));
    }
    text
}

fn refused(cx: &Context<'_>, args: &ValidateArgs, r: &Refusal) -> String {
    let message = format!("{}: {}", args.file.display(), r.message());
    cx.out.with_fix("refused:", Paint::Red, &message, r.fix())
}
