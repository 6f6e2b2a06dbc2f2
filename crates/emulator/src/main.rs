//! `ghls-emulator`: serves the GitHub license emulator until killed.
//!
//! Prints one JSON line on stdout with the GHES and GHEC base URLs and the demo tokens,
//! then serves. Logs go to stderr.

use std::net::SocketAddr;
use std::process::ExitCode;

use anyhow::{bail, Context};
use ghls_emulator::{Emulator, EmulatorConfig, DEFAULT_CONSUMERS, MAX_CONSUMERS};

const USAGE: &str = "\
ghls-emulator: a local stand-in for the GitHub license APIs (GHES and GHEC). Not GitHub.

USAGE:
    ghls-emulator [--listen ADDR] [--consumers N] [--seed N] [--tls] [--processing-delay-ms N]
                  [--rate-limit N]

OPTIONS:
    --listen ADDR     loopback address to serve on [default: 127.0.0.1:0, a free port]
    --consumers N     license consumers of the demo enterprise [default: 320; at most 1000000]
    --seed N          seed of the generated data; the same seed gives the same data [default: 1]
    --tls             also serve HTTPS on two more free ports, under a CA made at start-up:
                      tls_base_url (certificate for 127.0.0.1 and localhost) and
                      tls_wrong_name_base_url (certificate for wrong.example only);
                      the JSON line then carries the CA certificate as ca_pem
    --processing-delay-ms N
                      how long an upload or Sync now on the emulated web pages takes to
                      reach license-sync-status [default: 1500]; also
                      PUT /_emulator/processing-delay {\"ms\": N}
    --rate-limit N    requests per hour per token [default: 5000, a personal access
                      token's; 15000 is a GitHub App's, which 1000000 consumers need]
    -h, --help        print this help

On start it prints one JSON line on stdout, e.g.
    {\"base_url\":\"http://127.0.0.1:41234\",\"ghec\":{\"api_url\":\"http://127.0.0.1:41234/ghec/api\",
     \"enterprise\":\"acme\",\"token\":\"ghp_demo_ghec_owner\",...},\"ghes\":[{\"name\":\"main\",...}],...}
then serves until killed (Ctrl-C or SIGTERM).

CONTROL (for tests and benchmarks; not GitHub):
    PUT /_emulator/latency {\"ms\": N}   add N ms to every GitHub request
    DELETE /_emulator/rate-limit         start every token's rate-limit window afresh
";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ghls-emulator: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn parse_args() -> anyhow::Result<Option<EmulatorConfig>> {
    let mut config = EmulatorConfig::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .with_context(|| format!("{name} needs a value (see --help)"))
        };
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--listen" => {
                let v = value("--listen")?;
                config.listen = v.parse::<SocketAddr>().with_context(|| {
                    format!("--listen {v}: expected an address like 127.0.0.1:8080")
                })?;
            }
            "--consumers" => {
                let v = value("--consumers")?;
                config.consumers = v.parse().with_context(|| {
                    format!("--consumers {v}: expected a number, e.g. {DEFAULT_CONSUMERS}")
                })?;
                if config.consumers == 0 || config.consumers > MAX_CONSUMERS {
                    bail!("--consumers {v}: choose between 1 and {MAX_CONSUMERS}");
                }
            }
            "--seed" => {
                let v = value("--seed")?;
                config.seed = v
                    .parse()
                    .with_context(|| format!("--seed {v}: expected a whole number"))?;
            }
            "--tls" => config.tls = true,
            "--processing-delay-ms" => {
                let v = value("--processing-delay-ms")?;
                let ms: u64 = v.parse().with_context(|| {
                    format!("--processing-delay-ms {v}: expected a whole number of milliseconds")
                })?;
                config.processing_delay = std::time::Duration::from_millis(ms);
            }
            "--rate-limit" => {
                let v = value("--rate-limit")?;
                config.rate_limit = v.parse().ok().filter(|&n: &u64| n > 0).with_context(|| {
                    format!("--rate-limit {v}: expected a whole number above 0, e.g. 15000")
                })?;
            }
            other => bail!("unknown argument `{other}` (see --help)"),
        }
    }
    Ok(Some(config))
}

fn run() -> anyhow::Result<()> {
    let Some(config) = parse_args()? else {
        #[allow(clippy::print_stdout)]
        {
            print!("{USAGE}");
        }
        return Ok(());
    };
    // GHLS_LOG as in ghls: `LEVEL` and `TARGET=LEVEL` directives (tracing-subscriber's
    // `Targets`); unset or not understood: info.
    {
        use tracing_subscriber::filter::{LevelFilter, Targets};
        use tracing_subscriber::layer::SubscriberExt;
        use tracing_subscriber::util::SubscriberInitExt;
        let filter = std::env::var("GHLS_LOG")
            .ok()
            .and_then(|directives| directives.parse::<Targets>().ok())
            .unwrap_or_else(|| Targets::new().with_default(LevelFilter::INFO));
        tracing_subscriber::fmt()
            .with_writer(std::io::stderr)
            .with_max_level(LevelFilter::TRACE)
            .finish()
            .with(filter)
            .init();
    }
    let runtime = tokio::runtime::Runtime::new().context("could not start the async runtime")?;
    runtime.block_on(async {
        let emulator = Emulator::start(config).await?;
        let line = serde_json::to_string(&emulator.info())?;
        #[allow(clippy::print_stdout)]
        {
            println!("{line}");
        }
        tokio::select! {
            _ = emulator.stopped() => {}
            _ = shutdown_signal() => emulator.shutdown().await,
        }
        Ok(())
    })
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = term.recv() => {}
                _ = tokio::signal::ctrl_c() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}
