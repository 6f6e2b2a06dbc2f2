//! Starting up: the command line, logging, and opening the app in demo or normal mode.

use std::path::Path;
use std::sync::Arc;

use ghls_l10n::t;
use ghls_services::demo::{self, DemoConfig};
use ghls_services::App;
use ghls_services::{KeyringStore, SettingsStore};

pub(crate) const USAGE: &str = "\
USAGE:
    ghe-license-sync [--demo [--demo-consumers N] [--demo-seed N]] [FILE]

    FILE                 a license-usage export to check on Add server usage (a path or a
                         file:// address); when the app already runs, its window comes to
                         the front and checks the file there

    --demo               start the built-in GitHub emulator and connect to it (demo tokens in
                         memory; nothing is read from or written to your settings or keyring)
    --demo-consumers N   license consumers of the demo enterprise [default: 320]
    --demo-seed N        seed of the demo data [default: 1]
    --in-tray            start with the window hidden in the tray when background checks
                         are on (how Start at login starts the app)

Without --demo the app reads the settings file (GHLS_CONFIG_DIR overrides its folder) and
the tokens from the OS keyring. GHLS_DEMO=1 is the same as --demo. GHLS_LOG sets the log
filter (e.g. GHLS_LOG=debug); logs go to stderr and never contain secrets.";

/// What the command line asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StartOptions {
    pub demo: bool,
    pub demo_consumers: Option<usize>,
    pub demo_seed: Option<u64>,
    pub help: bool,
    /// A file to open on Add server usage, as given (see [`absolute`]).
    pub file: Option<String>,
    /// Start hidden in the tray (Start at login), when background checks are on.
    pub in_tray: bool,
}

impl StartOptions {
    /// Reads the arguments (without the program name).
    pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Self, String> {
        let mut o = Self {
            demo: std::env::var("GHLS_DEMO").is_ok_and(|v| v == "1" || v == "true"),
            ..Self::default()
        };
        let mut args = args.into_iter();
        while let Some(a) = args.next() {
            match a.as_str() {
                "--demo" => o.demo = true,
                "--demo-consumers" => {
                    let v = args
                        .next()
                        .ok_or_else(|| t!("start-needs-number", flag = "--demo-consumers"))?;
                    o.demo_consumers = Some(v.parse().map_err(|_| {
                        t!(
                            "start-expected-number",
                            flag = "--demo-consumers",
                            value = &v
                        )
                    })?);
                    o.demo = true;
                }
                "--demo-seed" => {
                    let v = args
                        .next()
                        .ok_or_else(|| t!("start-needs-number", flag = "--demo-seed"))?;
                    o.demo_seed = Some(v.parse().map_err(|_| {
                        t!(
                            "start-expected-whole-number",
                            flag = "--demo-seed",
                            value = &v
                        )
                    })?);
                    o.demo = true;
                }
                "--in-tray" => o.in_tray = true,
                "-h" | "--help" => o.help = true,
                other if other.starts_with('-') => {
                    return Err(t!("start-unknown-argument", argument = other))
                }
                file => {
                    if let Some(first) = &o.file {
                        return Err(t!("start-one-file", first = first, second = file));
                    }
                    o.file = Some(file.to_owned());
                }
            }
        }
        Ok(o)
    }
}

/// `file` as an absolute path: a `file://` address becomes its path, a relative path is
/// taken from `cwd` (the folder of the launch that named it, which may be another process's).
pub(crate) fn absolute(file: &str, cwd: &Path) -> String {
    let path = match tauri::Url::parse(file) {
        Ok(url) if url.scheme() == "file" => match url.to_file_path() {
            Ok(p) => p,
            Err(()) => file.into(),
        },
        _ => file.into(),
    };
    cwd.join(path).display().to_string()
}

/// The app on its settings (or the demo's), speaking the language of its setting.
pub(crate) async fn open_app(o: &StartOptions) -> ghls_services::Result<App> {
    // The OS's language until the settings are read (what an unreadable file is told in).
    ghls_l10n::set_language(ghls_l10n::Lang::from_environment());
    let app = open_settings(o).await?;
    app.apply_language();
    Ok(app)
}

async fn open_settings(o: &StartOptions) -> ghls_services::Result<App> {
    if o.demo {
        let defaults = DemoConfig::default();
        return demo::start(DemoConfig {
            consumers: o.demo_consumers.unwrap_or(defaults.consumers),
            seed: o.demo_seed.unwrap_or(defaults.seed),
            // The History screen has weeks to show from the first start.
            history_weeks: demo::DEMO_HISTORY_WEEKS,
        })
        .await;
    }
    let store =
        SettingsStore::default_location().ok_or_else(|| ghls_services::Error::SettingsRead {
            path: t!("start-no-config-folder").into(),
            detail: t!("start-no-config-folder-detail"),
        })?;
    Ok(App::open(store, Arc::new(KeyringStore)))
}

/// GHLS_LOG: comma-separated `LEVEL` and `TARGET=LEVEL` directives (tracing-subscriber's
/// `Targets`: no span or field filters, whose matching would link a regex engine); unset or
/// not understood: warnings, and the app's own information.
pub(crate) fn init_logging() {
    use tracing_subscriber::filter::{LevelFilter, Targets};
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let filter = std::env::var("GHLS_LOG")
        .ok()
        .and_then(|directives| directives.parse::<Targets>().ok())
        .unwrap_or_else(|| {
            Targets::new()
                .with_default(LevelFilter::WARN)
                .with_target("ghls_services", LevelFilter::INFO)
                .with_target("ghe_license_sync", LevelFilter::INFO)
        });
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

    fn parse(a: &[&str]) -> Result<StartOptions, String> {
        StartOptions::parse(a.iter().map(|s| s.to_string()))
    }

    #[test]
    fn demo_flags_are_read_and_bad_ones_explained() {
        let o = parse(&["--demo-consumers", "5000"]).unwrap();
        assert!(o.demo);
        assert_eq!(o.demo_consumers, Some(5000));
        assert!(parse(&["--demo-consumers", "many"])
            .unwrap_err()
            .contains("expected a number"));
        assert!(parse(&["--token", "x"])
            .unwrap_err()
            .contains("unknown argument"));
    }

    #[test]
    fn a_file_on_the_command_line_is_kept_and_a_second_one_refused() {
        let o = parse(&["--demo", "usage.json"]).unwrap();
        assert!(o.demo);
        assert_eq!(o.file.as_deref(), Some("usage.json"));
        assert!(parse(&["a.json", "b.json"])
            .unwrap_err()
            .contains("one file at a time"));
    }

    #[test]
    fn a_handed_file_is_made_absolute_from_the_launch_folder() {
        let cwd = std::env::temp_dir().join("launch");
        assert_eq!(
            absolute("exports/usage.json", &cwd),
            cwd.join("exports/usage.json").display().to_string()
        );
        let elsewhere = std::env::temp_dir().join("x.json");
        let shown = elsewhere.display().to_string();
        assert_eq!(absolute(&shown, &cwd), shown);
        let url = tauri::Url::from_file_path(&elsewhere).unwrap();
        assert_eq!(absolute(url.as_str(), &cwd), shown);
    }
}
