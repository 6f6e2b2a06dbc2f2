//! `ghls`: GHE License Sync on the command line, for cron jobs and CI.
//!
//! A thin, headless shell over `ghls-services`, like `src-tauri/` is the desktop one: every
//! command calls the same service methods the app's screens call (License overview,
//! consumed licenses and their exports, the duplicate analysis, the usage-file check, the
//! confirmation watch) and only adapts them to a terminal: tables or JSON on stdout, errors
//! with what to do on stderr, progress on a terminal, exit codes scripts can branch on.
//!
//! It must not depend on tauri, GTK or WebKit (a bastion host has none of them), and it
//! never takes a secret from an argument: tokens come from the OS keyring the app fills, or
//! from `GHLS_GHEC_TOKEN` / `GHLS_GHES_TOKEN_<ID>`.
#![forbid(unsafe_code)]

mod args;
mod commands;
mod duration;
mod env_tokens;
mod exit;
mod open;
mod output;
mod progress;
mod signals;

use ghls_services::ErrorKind;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;

use crate::args::{Cli, Command};
use crate::commands::Context;
use crate::exit::{Exit, Failure};
use crate::open::Advice;
use crate::output::Output;

/// How long interrupted work may take to stop cleanly (a cancelled fetch, a watch).
const STOP_GRACE: Duration = Duration::from_secs(3);

fn main() -> ExitCode {
    // The language first, so what the command line's own checks say (a duration that is not
    // one) is in it too; clap's help and its framing of errors stay English.
    ghls_l10n::set_language(
        lang_in_args(std::env::args()).unwrap_or_else(ghls_l10n::Lang::from_environment),
    );
    let cli = Cli::parse();
    if let Some(lang) = cli.global.lang {
        ghls_l10n::set_language(lang);
    }
    init_logging();
    let out = Output::new(cli.global.json, cli.global.color);
    let exit = match run(cli, &out) {
        Ok(exit) => exit,
        Err(f) if f.report.kind == exit::BROKEN_PIPE => Exit::Ok,
        Err(f) => out.fail(&f),
    };
    exit.into()
}

fn run(cli: Cli, out: &Output) -> Result<Exit, Failure> {
    // Needs neither GitHub nor the settings nor a runtime.
    if let Command::Completions(a) = &cli.command {
        return commands::completions::run(a);
    }
    if let Command::Man(a) = &cli.command {
        return commands::man::run(a);
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| {
            Failure::new(
                Exit::Failure,
                ErrorKind::Internal,
                ghls_l10n::msg!("cli-runtime-failed", detail = e.to_string()),
                Some(ghls_l10n::msg!("cli-runtime-failed-fix")),
            )
        })?;
    let result = runtime.block_on(run_async(cli, out));
    // A blocking read still running (a keyring call) must not keep ghls alive.
    runtime.shutdown_timeout(Duration::from_secs(1));
    result
}

async fn run_async(cli: Cli, out: &Output) -> Result<Exit, Failure> {
    if let Command::Emulator(a) = &cli.command {
        return commands::emulator::run(out, a).await;
    }
    let app = open::open_app(&cli.global).await?;
    let advice = Advice::for_app(&app);
    if let Some(w) = app.info().settings_warning {
        out.warn(&advice.apply(w));
    }
    let cx = Context {
        app: &app,
        out,
        advice: &advice,
    };
    let work = dispatch(&cx, &cli.command);
    tokio::pin!(work);
    tokio::select! {
        r = &mut work => r,
        () = signals::shutdown() => {
            // Stop what can be stopped and let it say so; give up after a grace period.
            app.cancel_consumed_fetch();
            for w in app.watches() {
                app.cancel_watch(&w.instance);
            }
            if let Command::Export(a) = &cli.command {
                if let Ok(id) = commands::instance_id(&cx, &a.instance) {
                    app.cancel_export(&id);
                }
            }
            tokio::select! {
                r = &mut work => r,
                () = tokio::time::sleep(STOP_GRACE) => Err(Failure::new(
                    Exit::Failure,
                    ErrorKind::Cancelled,
                    ghls_l10n::msg!("cli-interrupted"),
                    None,
                )),
            }
        }
    }
}

async fn dispatch(cx: &Context<'_>, command: &Command) -> Result<Exit, Failure> {
    match command {
        Command::Status(a) => commands::status::run(cx, a).await,
        Command::License => commands::license::run(cx).await,
        Command::Servers => commands::servers::run(cx).await,
        Command::Consumed(a) => commands::consumed::run(cx, a).await,
        Command::Duplicates(a) => commands::duplicates::run(cx, a).await,
        Command::History(a) => commands::history::run(cx, a).await,
        Command::Validate(a) => commands::validate::run(cx, a).await,
        Command::Watch(a) => commands::watch::run(cx, a).await,
        Command::Monitor(a) => commands::monitor::run(cx, a).await,
        Command::Export(a) => commands::export::run(cx, a).await,
        Command::Completions(a) => commands::completions::run(a),
        Command::Man(a) => commands::man::run(a),
        Command::Emulator(a) => commands::emulator::run(cx.out, a).await,
    }
}

/// The language `--lang` names on the command line (`--lang es`, `--lang=pt-BR`), before
/// clap reads it; `None` when it names none we speak (clap then says so).
fn lang_in_args(args: impl IntoIterator<Item = String>) -> Option<ghls_l10n::Lang> {
    let mut args = args.into_iter().skip(1);
    let mut found = None;
    while let Some(a) = args.next() {
        if a == "--" {
            break;
        }
        let value = match a.strip_prefix("--lang") {
            Some("") => args.next(),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        };
        if let Some(v) = value {
            found = ghls_l10n::Lang::from_tag(&v).or(found);
        }
    }
    found
}

/// GHLS_LOG: comma-separated `LEVEL` and `TARGET=LEVEL` directives (tracing-subscriber's
/// `Targets`: no span or field filters, whose matching would link a regex engine); unset or
/// not understood: errors only.
fn init_logging() {
    use tracing_subscriber::filter::{LevelFilter, Targets};
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let filter = std::env::var("GHLS_LOG")
        .ok()
        .and_then(|directives| directives.parse::<Targets>().ok())
        .unwrap_or_else(|| Targets::new().with_default(LevelFilter::ERROR));
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_max_level(LevelFilter::TRACE)
        .finish()
        .with(filter)
        .try_init();
}

#[cfg(test)]
mod tests {
    use super::*;
    use ghls_l10n::Lang;

    fn args(a: &[&str]) -> Vec<String> {
        std::iter::once("ghls")
            .chain(a.iter().copied())
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn the_language_is_found_on_the_command_line_before_clap_reads_it() {
        assert_eq!(
            lang_in_args(args(&["--lang", "es", "status"])),
            Some(Lang::Es)
        );
        assert_eq!(
            lang_in_args(args(&["status", "--lang=pt_BR.UTF-8"])),
            Some(Lang::PtBr)
        );
        assert_eq!(lang_in_args(args(&["status"])), None);
        assert_eq!(lang_in_args(args(&["--lang", "de"])), None);
        assert_eq!(lang_in_args(args(&["--", "--lang", "es"])), None);
    }
}
