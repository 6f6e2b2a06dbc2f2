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
    let cli = Cli::parse();
    ghls_l10n::set_language(
        cli.global
            .lang
            .unwrap_or_else(ghls_l10n::Lang::from_environment),
    );
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
                format!("The async runtime could not start: {e}."),
                "Check the process limits (threads, open files) and try again.",
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
                    "Interrupted.",
                    "",
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

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("GHLS_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("error"));
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(filter)
        .try_init();
}
