//! `ghls emulator`: the emulator library served in the foreground, as `ghls-emulator` does.

use ghls_services::ErrorKind;
use std::io::Write;
use std::time::Duration;

use ghls_emulator::{Emulator, EmulatorConfig};

use crate::args::EmulatorArgs;
use crate::exit::{Exit, Failure};
use crate::output::Output;

pub async fn run(out: &Output, args: &EmulatorArgs) -> Result<Exit, Failure> {
    let emulator = Emulator::start(EmulatorConfig {
        listen: args.listen,
        consumers: args.consumers,
        seed: args.seed,
        tls: args.tls,
        processing_delay: Duration::from_millis(args.processing_delay_ms),
        ssh: args.ssh,
        rate_limit: args.rate_limit,
    })
    .await
    .map_err(|e| {
        Failure::new(
            Exit::Failure,
            ErrorKind::Emulator,
            ghls_l10n::msg!("cli-emulator-failed", detail = e.to_string()),
            Some(ghls_l10n::msg!("cli-emulator-failed-fix")),
        )
    })?;
    let line = serde_json::to_string(&emulator.info()).map_err(|e| {
        Failure::output(&std::io::Error::other(ghls_l10n::t!(
            "cli-json-failed",
            detail = e.to_string()
        )))
    })?;
    {
        let mut stdout = std::io::stdout().lock();
        writeln!(stdout, "{line}")
            .and_then(|()| stdout.flush())
            .map_err(|e| Failure::output(&e))?;
    }
    if out.interactive() {
        out.note(&ghls_l10n::t!(
            "cli-emulator-serves",
            url = emulator.base_url().to_string()
        ));
    }
    tokio::select! {
        () = emulator.stopped() => {}
        () = crate::signals::shutdown() => emulator.shutdown().await,
    }
    Ok(Exit::Ok)
}
