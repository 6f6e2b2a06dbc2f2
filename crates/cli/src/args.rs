//! The command line: subcommands, flags and their help, with examples.

use std::path::PathBuf;
use std::time::Duration;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use ghls_services::consumed::MAX_FETCH_CONCURRENCY;
use ghls_services::{ConsumerFilter, ExportFormat, SortColumn};

/// The long help's closing part: where tokens and settings come from, and the exit codes.
const ENVIRONMENT_AND_EXIT_CODES: &str = "\
Settings and tokens (the same as the desktop app):
  Settings come from the desktop app's settings file (~/.config/ghe-license-sync/settings.json
  on Linux); GHLS_CONFIG_DIR overrides its folder. Tokens come from these environment
  variables when set, else from the OS keyring entries the app saved. Never from an argument.
    GHLS_GHEC_TOKEN         the GitHub Enterprise Cloud token (classic PAT, read:enterprise)
    GHLS_GHES_TOKEN_<ID>    a GHES instance's token; <ID> is the instance's settings id
                            upper-cased, other characters as _ (id `ghes-2` ->
                            GHLS_GHES_TOKEN_GHES_2)
  Other variables:
    GHLS_DATA_DIR           folder of the history and activity record (history.sqlite3)
                            and of the background checks' state (monitor.json), shared
                            with the app
    GHLS_LOG                log filter for stderr, e.g. GHLS_LOG=debug (never logs secrets)
    NO_COLOR                no colours, whatever the terminal

Exit codes:
  0  done
  1  failed (GitHub refused or could not be reached, a file could not be written, a watched
     sync failed); the reason and what to do are on stderr
  2  wrong usage (unknown flag, bad value, unknown instance)
  3  needs attention: `status` found a license sync older than --max-age (or never synced,
     or failed); `watch` saw no confirmed sync before --timeout
  4  `validate` (or `export`): the file is not a license-usage export (it was refused)

With --json, stdout carries one JSON document (shapes in crates/cli/README.md); on failure
it is {\"error\": {\"kind\", \"message\", \"fix\", ...}} and the same words are on stderr.";

/// ghls: GHE License Sync on the command line, for cron jobs and CI.
#[derive(Debug, Parser)]
#[command(
    name = "ghls",
    version,
    about = "GHE License Sync on the command line: license sync status, licenses, consumed licenses, duplicates, file checks and sync watches, for cron jobs and CI.",
    long_about = "GHE License Sync on the command line, for cron jobs and CI: the same services, settings and keyring entries as the desktop app.\n\nTry every command on the built-in demo enterprise with --demo, e.g. `ghls --demo status`.",
    after_long_help = ENVIRONMENT_AND_EXIT_CODES,
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags every subcommand takes.
#[derive(Debug, Args)]
pub struct Global {
    /// Start the built-in GitHub emulator in-process and use its demo enterprise (`acme`,
    /// instances `main` and `legacy`); demo tokens stay in memory, your settings and keyring
    /// are not read.
    #[arg(long, global = true, help_heading = "Global options")]
    pub demo: bool,

    /// License consumers of the demo enterprise (implies --demo) [default: 320]
    #[arg(long, global = true, help_heading = "Global options", value_name = "N")]
    pub demo_consumers: Option<usize>,

    /// Seed of the demo data (implies --demo) [default: 1]
    #[arg(long, global = true, help_heading = "Global options", value_name = "N")]
    pub demo_seed: Option<u64>,

    /// Print one JSON document on stdout instead of text (shapes in crates/cli/README.md).
    #[arg(long, global = true, help_heading = "Global options")]
    pub json: bool,

    /// When to use colours: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, global = true, help_heading = "Global options", value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// The language of messages: en, es, pt-BR [default: from LC_ALL, LC_MESSAGES, LANG]
    /// (--help stays English).
    #[arg(long, global = true, help_heading = "Global options", value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<ghls_l10n::Lang>,
}

/// `--lang es`, `--lang pt_BR.UTF-8`: any tag or locale name of a language we speak.
fn parse_lang(s: &str) -> Result<ghls_l10n::Lang, String> {
    ghls_l10n::Lang::from_tag(s).ok_or_else(|| ghls_l10n::t!("cli-not-a-language", lang = s))
}

impl Global {
    pub fn demo(&self) -> bool {
        self.demo || self.demo_consumers.is_some() || self.demo_seed.is_some()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// License sync status of every server instance, with staleness (exit 3 when stale).
    #[command(after_long_help = STATUS_HELP)]
    Status(StatusArgs),

    /// Each GHES instance's license: seats, used, available, expiry.
    #[command(after_long_help = LICENSE_HELP)]
    License,

    /// The server instances GitHub knows: GitHub Connect license sync, configured here or
    /// not, last uploads.
    #[command(after_long_help = SERVERS_HELP)]
    Servers,

    /// All consumed licenses of the GHEC enterprise, as JSON or CSV.
    #[command(after_long_help = CONSUMED_HELP)]
    Consumed(ConsumedArgs),

    /// What the history keeps: every consumed-licenses load and License reading over time.
    #[command(after_long_help = HISTORY_HELP)]
    History(HistoryArgs),

    /// People who likely consume two seats, with the reason and the fix.
    #[command(after_long_help = DUPLICATES_HELP)]
    Duplicates(DuplicatesArgs),

    /// Say what a file is and whether GHEC's "Add server usage" would take it (exit 4 if not).
    #[command(after_long_help = VALIDATE_HELP)]
    Validate(ValidateArgs),

    /// Export a GHES instance's license usage over its admin shell (SSH) to a file.
    #[command(after_long_help = EXPORT_HELP)]
    Export(ExportArgs),

    /// Wait until GitHub shows a sync of an instance after a time (exit 3 if not in time).
    #[command(after_long_help = WATCH_HELP)]
    Watch(WatchArgs),

    /// One background check: what changed since the last (stale, failed, recovered), each
    /// change told once, for cron.
    #[command(after_long_help = MONITOR_HELP)]
    Monitor(MonitorArgs),

    /// Run the built-in GitHub emulator in the foreground (prints its info line).
    #[command(after_long_help = EMULATOR_HELP)]
    Emulator(EmulatorArgs),

    /// Print a shell completion script.
    #[command(after_long_help = COMPLETIONS_HELP)]
    Completions(CompletionsArgs),

    /// Print the manual page (roff), or write one page per command into a folder.
    #[command(hide = true, after_long_help = MAN_HELP)]
    Man(ManArgs),
}

const HISTORY_HELP: &str = "\
Lists what the history (history.sqlite3 in the data folder, shared with the app) keeps for the
configured enterprise, oldest first: each consumed-licenses load with its people, seats, who
consumes them (cloud only, server only, both, Visual Studio) and the changes against the load
before (+added -removed ~changed); then each License reading with the cloud's seats and each
GHES instance's license. Nothing is read from GitHub: `ghls consumed`, `license` and `status`
(and the app) keep a reading each time they read.

Examples:
  ghls history
  ghls history --since 12w --csv > seats.csv
  ghls history --json | jq '.consumed[] | {read_at, seats_consumed, removed}'
  ghls consumed --changes-since 7d --format csv -o changes.csv

JSON: {enterprise, path, problem, consumed: [{id, read_at, consumers, seats_consumed,
seats_purchased, split: {cloud_only, server_only, both, visual_studio, unknown}, added,
removed, changed, detail_kept}], license: [{id, read_at, seats_consumed, seats_purchased,
servers: [{hostname, version, seats, seats_used, expires_at, error_kind}], syncs: [{hostname,
server_id, last_sync, status, error}]}]}.";

const SERVERS_HELP: &str = "\
Reads GHEC's GraphQL view of the enterprise's server instances (the same token as the REST
reads) and lists each with its automatic license sync (GitHub Connect: `isConnected`),
whether it is configured here, and its newest usage uploads (file name, PENDING / SUCCESS /
FAILURE, time). Configured instances GitHub does not list are named after the table.

Examples:
  ghls servers
  ghls --demo servers --json | jq '.instances[] | select(.configured | not)'

JSON: {fetched_at, enterprise, instances: [{host_name, customer_name, connected,
configured, configured_id, uploads_total, uploads: [{name, state, at}]}],
configured_not_listed: [{id, hostname}]}";

const STATUS_HELP: &str = "\
Reads GHEC's license-sync-status and lists every server instance GitHub knows, plus any
configured instance GitHub does not list (never synced). An instance needs attention when its
last sync is older than --max-age, never happened, failed, or has a date that cannot be read;
then ghls exits with 3.

Examples:
  ghls status                      # table; exit 3 if any sync is older than 7 days
  ghls status --max-age 36h        # stricter, for a CI gate
  ghls --demo status               # the demo's `legacy` instance is weeks stale: exit 3
  ghls status --json | jq '.instances[] | select(.verdict != \"ok\")'

Each check is kept in the history (shared with the app); the next one compares with it and
says which instances synced again since.

JSON: {enterprise, checked_at, previous_check_at, max_age_seconds, needs_attention,
instances: [{id, hostname, server_id, listed_by_github, last_sync, last_sync_raw, age_seconds,
relative, status, error, health, verdict, previous_last_sync, synced_since_previous_check}],
rate_budget: {core, graphql: {limit, remaining, used, reset_at}}}; the token's budgets come
from GET /rate_limit, which costs nothing; the previous_* fields only when there was one.";

const LICENSE_HELP: &str = "\
Reads GET /api/v3/enterprise/settings/license of every configured GHES instance. An instance
that cannot be read shows its error; ghls then exits with 1 after listing the others.

Examples:
  ghls license
  ghls license --json | jq '.instances[] | {id, days_left: .license.days_left}'

JSON: {fetched_at, instances: [{id, name, hostname, version, license: {seats, seats_used,
seats_available, kind, expires_at, expires_raw, days_left, expiry_state} | null,
error: {kind, message, fix, ...} | null}]}; seats are numbers, \"unlimited\", or GitHub's text.";

const CONSUMED_HELP: &str = "\
Fetches every page of GET /enterprises/{enterprise}/consumed-licenses (with a progress bar on
a terminal) and writes the consumers, in the same formats as the app's export: JSON (the API's
field names under `users`, with the totals and the query) or CSV (RFC 4180, one row per
consumer). With -o the file is written atomically (a temporary file renamed over the target):
a cron job never leaves half a file.

Examples:
  ghls consumed > consumed.json
  ghls consumed --format csv -o /srv/reports/consumed-$(date +%F).csv
  ghls consumed --filter server-only --search @acme.example --format csv
  ghls --demo consumed --filter multiple-accounts
  ghls consumed --max-wait 0 -o consumed.json  # cron: fail at once if the token is spent

A full load costs one request per 100 consumers of the token's hourly budget. When GitHub's
rate limit pauses the load, ghls says so on stderr (terminal or not) with the reset time;
with --max-wait a pause longer than that fails at once instead (exit 1, kind rate_limited,
retry_after_seconds in --json).

Without -o the data is the output. With -o, ghls prints what it wrote; with --json as
{path, rows, bytes, format, summary: {enterprise, fetched_at, total_seats_consumed,
total_seats_purchased, rows, split}}.";

const DUPLICATES_HELP: &str = "\
Fetches the consumed licenses and runs the app's duplicate analysis: people who likely
consume two seats (e.g. a server-only entry and a cloud-only entry for one person), each with
the evidence and the fix.

Examples:
  ghls duplicates                          # a readable list
  ghls duplicates --format csv -o dups.csv # one row per finding, written atomically
  ghls duplicates --json | jq '.seats_saved'
  ghls duplicates --accounts               # server entries by login, name and primary email
  ghls duplicates --max-wait 10m           # give up if GitHub's rate limit needs longer

--json (or --format json) prints the app's duplicate report: {consumers, findings,
seats_saved: {high, medium, low, total}, groups: [{reason, title, count, seats_saved,
findings: [{id, reason, confidence, summary, evidence, entries, seats_saved, fix}]}],
verified_domains, ...}.";

const VALIDATE_HELP: &str = "\
Reads FILE as the app's \"Add server usage\" does and says whether it is a GHES license-usage
export (host, server ID, version, features, size, SHA-256, age, warnings) or what it is
instead (a .ghl license file, GHEC's CSV, a consumed-licenses JSON, ...), with what to do.

Exit codes: 0 accepted (warnings do not change it), 4 refused (including a file that cannot
be read).

Examples:
  ghls validate ~/Downloads/license-usage.json
  ghls validate export.json --json | jq .export.sha256

JSON: the verdict, {status: \"accepted\", export: {host_name, server_id, version, features,
file_size, sha256, ...}, age, warnings: [{kind, message, fix, ...}]} or {status: \"refused\",
kind, message, fix}.";

const EXPORT_HELP: &str = "\
Runs the instance's export command over its admin shell with the system's OpenSSH client, as
the app's \"Export license usage\" does: `ghe-license usage -o -y` on GHES 3.13 and newer,
`ghe-license-usage` on 3.12 and older (from the version its REST API reports). Your keys,
agent, known_hosts, ~/.ssh/config and ProxyJump apply; host-key checking stays on. The output
is written to FILE atomically and only if it is a license-usage export; a file already there
is never replaced by a failed export. The admin shell (user admin, port 122) is set per
instance in the desktop app's Connections.

Exit codes: 0 exported (and accepted by the Add server usage check), 1 failed (the reason and
what to do on stderr, ssh's own words included), 4 exported but refused by the check.

Examples:
  ghls export --instance main -o license-usage-main.json
  ghls export --instance github.acme.example -o /srv/exports/main.json --json

JSON: {path, bytes, command, version, verdict: {status: \"accepted\", export: {...},
warnings: [...]} | {status: \"refused\", kind, message, fix}}";

const WATCH_HELP: &str = "\
Polls GHEC's license-sync-status until the instance shows a sync after --since (the app's
confirmation watch, as \"Keep watching\"), then says what GitHub shows. Opens nothing: trigger
the sync first (Sync now on GHES, or Add server usage on GHEC).

--since takes an RFC 3339 time (2026-11-22T12:00:00Z), `now`, or a duration meaning that long
ago (90m, 2h, 1d). --instance takes the settings id (or the host name) of a GHES instance.

Exit codes: 0 confirmed, 3 not confirmed before --timeout (run again with the same --since to
keep watching), 1 GitHub shows a failed sync (its words on stderr) or the watch could not run.

Examples:
  ghls watch --instance main --since now --timeout 30m
  ghls watch --instance legacy --since 2026-11-22T12:00:00Z --json

JSON: {instance, since, result: {state: \"confirmed\", synced_at, consumed_before,
consumed_after, summary} | {state: \"failed\", message, github_error} | {state: \"timed_out\",
elapsed_ms, since} | {state: \"cancelled\"}}";

const MONITOR_HELP: &str = "\
Runs one of the desktop app's background checks with its settings (Background checks:
threshold in days, per instance) and the stored tokens: reads GHEC's license-sync-status,
judges every server instance as `ghls status` does, and prints what changed since the last
check, one line each: an instance became stale (no sync for longer than its threshold, or
never), its sync failed, or it is in sync again. The state is kept in monitor.json in the
data folder (GHLS_DATA_DIR), shared with the app, so each change is told once: run it from
cron and mail the output. The first check tells what is already stale or failed. With
--demo the state lives in memory, so every run is a first check.

Exit codes: 0 checked (with or without news), 1 GitHub could not be read (the state is
kept; the reason and what to do on stderr).

Examples:
  ghls monitor                     # the news, then every instance's verdict
  ghls monitor --news-only         # only the news: nothing on stdout when nothing changed
  ghls --demo monitor --json | jq '.news[].title'

JSON: {checked_at, news: [{instance_id, hostname, kind: \"became_stale\" | \"sync_failed\" |
\"recovered\", title, body}], instances: [{instance_id, hostname, verdict, last_sync,
stale_after_days, github_error}], error: null, save_error}";

const EMULATOR_HELP: &str = "\
Serves the emulator of the GitHub license APIs (GHES and GHEC) on loopback until Ctrl-C or
SIGTERM. Prints one JSON line on stdout with the base URLs and the demo tokens, e.g.
{\"base_url\":\"http://127.0.0.1:41234\",\"ghec\":{\"api_url\":...,\"enterprise\":\"acme\",...},...}.

Examples:
  ghls emulator --listen 127.0.0.1:4010
  ghls emulator --ssh          # also the admin shells, for trying `ghe-license usage`
  ghls emulator --consumers 5000 --seed 7";

const COMPLETIONS_HELP: &str = "\
Examples:
  ghls completions bash > ~/.local/share/bash-completion/completions/ghls
  ghls completions zsh > \"${fpath[1]}/_ghls\"
  ghls completions fish > ~/.config/fish/completions/ghls.fish";

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// A sync older than this needs attention (exit 3): e.g. 7d, 36h, 1d12h.
    #[arg(long, default_value = "7d", value_parser = crate::duration::parse, value_name = "AGE")]
    pub max_age: Duration,
}

#[derive(Debug, Args)]
pub struct ConsumedArgs {
    /// Write to FILE (atomically) instead of stdout.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// json or csv [default: from FILE's extension, else json]
    #[arg(long, value_parser = export_format())]
    pub format: Option<ExportFormat>,

    /// Which consumers: the app's filters.
    #[arg(long, value_parser = consumer_filter(), default_value = "all")]
    pub filter: ConsumerFilter,

    /// Only consumers whose login, name, email, server user id or SAML NameID contains TEXT
    /// (any case).
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub search: String,

    /// Order by this column (GitHub's order within equal rows).
    #[arg(long, value_parser = sort_column(), default_value = "login")]
    pub sort: SortColumn,

    /// Reverse the order.
    #[arg(long)]
    pub descending: bool,

    /// Give up (exit 1, kind rate_limited) instead of pausing longer than this for GitHub's
    /// rate limit: e.g. 0, 90s, 10m [default: wait as long as GitHub asks].
    #[arg(long, value_parser = max_wait, value_name = "DURATION")]
    pub max_wait: Option<Duration>,

    /// Instead of the consumers: who was added, removed or changed since this (an age such
    /// as 7d, a day, or RFC 3339), from the load the history kept then to this one.
    #[arg(long, value_name = "WHEN")]
    pub changes_since: Option<String>,

    /// Pages in flight at once after the first [default: 4, as the app]. Hidden: for
    /// `scripts/bench`, which measures one request at a time (`--concurrency 1`) against
    /// the default; not a setting admins need.
    #[arg(long, hide = true, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..=MAX_FETCH_CONCURRENCY as u64))]
    pub concurrency: Option<u64>,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Only readings since this: an age back from now (7d, 12w), a day (2026-01-05) or
    /// RFC 3339 [default: all kept].
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,

    /// The consumed-licenses loads as CSV (one row a load) instead of the table.
    #[arg(long)]
    pub csv: bool,
}

#[derive(Debug, Args)]
pub struct DuplicatesArgs {
    /// Write to FILE (atomically) instead of stdout; json or csv.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// table, json or csv [default: table; json with --json; from FILE's extension with -o]
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,

    /// First load the GHES accounts GitHub holds (GraphQL, same token), to name server
    /// entries by login, profile name and primary email; progress on stderr.
    #[arg(long)]
    pub accounts: bool,

    /// Give up (exit 1, kind rate_limited) instead of pausing longer than this for GitHub's
    /// rate limit: e.g. 0, 90s, 10m [default: wait as long as GitHub asks].
    #[arg(long, value_parser = max_wait, value_name = "DURATION")]
    pub max_wait: Option<Duration>,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The file to check.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The GHES instance (settings id or host name).
    #[arg(long, value_name = "NAME")]
    pub instance: String,

    /// Where to save the export.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
}

#[derive(Debug, Args)]
pub struct WatchArgs {
    /// The GHES instance (settings id or host name).
    #[arg(long, value_name = "NAME")]
    pub instance: String,

    /// Wait for a sync after this time: RFC 3339, `now`, or a duration ago (2h).
    #[arg(long, value_name = "TIME")]
    pub since: String,

    /// Give up (exit 3) after this long: e.g. 10m, 1h.
    #[arg(long, default_value = "10m", value_parser = crate::duration::parse, value_name = "DURATION")]
    pub timeout: Duration,
}

#[derive(Debug, Args)]
pub struct MonitorArgs {
    /// Print only the news (nothing when nothing changed), not the instances' verdicts.
    #[arg(long)]
    pub news_only: bool,
}

#[derive(Debug, Args)]
pub struct EmulatorArgs {
    /// Loopback address to serve on; port 0 picks a free port.
    #[arg(long, default_value = "127.0.0.1:0", value_name = "ADDR")]
    pub listen: std::net::SocketAddr,

    /// License consumers of the demo enterprise.
    #[arg(long, default_value_t = ghls_emulator::DEFAULT_CONSUMERS, value_name = "N",
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=ghls_emulator::MAX_CONSUMERS as u64))]
    pub consumers: usize,

    /// Seed of the generated data: the same seed gives the same enterprise.
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub seed: u64,

    /// Also serve HTTPS under a CA made at start-up (the info line carries it as ca_pem).
    #[arg(long)]
    pub tls: bool,

    /// Also serve each GHES instance's admin shell over SSH on a loopback port (the info
    /// line names, per instance, its port, known_hosts file and demo key).
    #[arg(long)]
    pub ssh: bool,

    /// How long an upload or Sync now on the emulated web pages takes to reach
    /// license-sync-status.
    #[arg(long, default_value_t = 1500, value_name = "MS")]
    pub processing_delay_ms: u64,

    /// Requests per hour per token: 5000 is a personal access token's, 15000 a GitHub
    /// App's (a load of 1,000,000 consumers needs 10,000).
    #[arg(long, default_value_t = ghls_emulator::DEFAULT_RATE_LIMIT, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..))]
    pub rate_limit: u64,
}

const MAN_HELP: &str = "\
Hidden: the packages run it at build time to ship the manual pages.

Examples:
  ghls man | man -l -
  ghls man --dir target/man     # ghls.1, ghls-status.1, ... for every command";

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write ghls.1 and one page per command (ghls-status.1, ...) into DIR instead of
    /// printing ghls.1.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, elvish or powershell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// How the duplicates are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Table,
    Json,
    Csv,
}

/// A value parser whose choices are a services enum's own variants (`ALL`), named by
/// their wire names in kebab case (`cloud_only` is `--filter cloud-only`): the CLI's
/// choices cannot drift from the app's.
fn choice<T>(all: &'static [T], wire: fn(T) -> &'static str) -> impl TypedValueParser<Value = T>
where
    T: Copy + Send + Sync + 'static,
{
    let kebab = move |t: T| wire(t).replace('_', "-");
    PossibleValuesParser::new(all.iter().map(move |&t| kebab(t))).map(move |name: String| {
        all.iter()
            .copied()
            .find(|&t| kebab(t) == name)
            // The parser accepted `name`, so it is one of `all`.
            .unwrap_or(all[0])
    })
}

fn export_format() -> impl TypedValueParser<Value = ExportFormat> {
    choice(ExportFormat::ALL, ExportFormat::as_str)
}

fn consumer_filter() -> impl TypedValueParser<Value = ConsumerFilter> {
    choice(ConsumerFilter::ALL, ConsumerFilter::as_str)
}

fn sort_column() -> impl TypedValueParser<Value = SortColumn> {
    choice(SortColumn::ALL, SortColumn::as_str)
}

/// `--max-wait`: a duration as `--max-age` takes it, or `0` for "no wait at all".
fn max_wait(text: &str) -> Result<Duration, String> {
    if text.trim() == "0" {
        return Ok(Duration::ZERO);
    }
    crate::duration::parse(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn every_subcommand_has_examples_in_its_long_help() {
        let mut cli = Cli::command();
        for sub in cli.get_subcommands_mut() {
            let help = sub.render_long_help().to_string();
            assert!(help.contains("Example"), "{}: {help}", sub.get_name());
        }
    }

    #[test]
    fn the_consumed_choices_are_the_apps_filters_and_columns() {
        let cli = Cli::command();
        let consumed = cli.find_subcommand("consumed").unwrap();
        let names = |arg: &str| -> Vec<String> {
            let a = consumed
                .get_arguments()
                .find(|a| a.get_id() == arg)
                .unwrap();
            a.get_possible_values()
                .iter()
                .map(|v| v.get_name().to_owned())
                .collect()
        };
        let kebab = |s: &str| s.replace('_', "-");
        assert_eq!(
            names("filter"),
            ConsumerFilter::ALL
                .iter()
                .map(|f| kebab(f.as_str()))
                .collect::<Vec<_>>()
        );
        assert_eq!(
            names("sort"),
            SortColumn::ALL
                .iter()
                .map(|c| kebab(c.as_str()))
                .collect::<Vec<_>>()
        );
        assert_eq!(names("format"), ["json", "csv"]);
        let parsed = Cli::try_parse_from([
            "ghls",
            "consumed",
            "--filter",
            "multiple-accounts",
            "--sort",
            "server-ids",
        ])
        .unwrap();
        let Command::Consumed(args) = parsed.command else {
            panic!("not consumed");
        };
        assert_eq!(args.filter, ConsumerFilter::MultipleAccounts);
        assert_eq!(args.sort, SortColumn::ServerIds);
        assert!(Cli::try_parse_from(["ghls", "consumed", "--filter", "cloud_only"]).is_err());
    }

    #[test]
    fn consumed_takes_a_hidden_concurrency_from_1_to_the_fetchs_maximum() {
        let concurrency = |args: &[&str]| {
            let parsed = Cli::try_parse_from(args).map_err(|e| e.kind())?;
            let Command::Consumed(a) = parsed.command else {
                panic!("not consumed");
            };
            Ok::<_, clap::error::ErrorKind>(a.concurrency)
        };
        assert_eq!(concurrency(&["ghls", "consumed"]), Ok(None));
        assert_eq!(
            concurrency(&["ghls", "consumed", "--concurrency", "1"]),
            Ok(Some(1))
        );
        let max = MAX_FETCH_CONCURRENCY.to_string();
        assert_eq!(
            concurrency(&["ghls", "consumed", "--concurrency", &max]),
            Ok(Some(MAX_FETCH_CONCURRENCY as u64))
        );
        let over = (MAX_FETCH_CONCURRENCY + 1).to_string();
        for bad in ["0", over.as_str(), "four"] {
            assert!(
                concurrency(&["ghls", "consumed", "--concurrency", bad]).is_err(),
                "{bad}"
            );
        }
        let mut cli = Cli::command();
        let help = cli
            .find_subcommand_mut("consumed")
            .unwrap()
            .render_long_help()
            .to_string();
        assert!(
            !help.contains("--concurrency"),
            "hidden from admins: {help}"
        );
    }

    #[test]
    fn max_wait_takes_a_bare_zero_for_no_wait_and_durations_otherwise() {
        assert_eq!(max_wait("0"), Ok(Duration::ZERO));
        assert_eq!(max_wait("90s"), Ok(Duration::from_secs(90)));
        assert_eq!(max_wait("1h30m"), Ok(Duration::from_secs(5400)));
        assert!(max_wait("15").is_err(), "15 what?");
        let parsed = Cli::try_parse_from(["ghls", "duplicates", "--max-wait", "0"]).unwrap();
        let Command::Duplicates(args) = parsed.command else {
            panic!("not duplicates");
        };
        assert_eq!(args.max_wait, Some(Duration::ZERO));
    }

    #[test]
    fn the_long_help_names_the_token_variables_and_exit_codes() {
        let help = Cli::command().render_long_help().to_string();
        for words in [
            "GHLS_GHEC_TOKEN",
            "GHLS_GHES_TOKEN_<ID>",
            "Exit codes",
            "NO_COLOR",
        ] {
            assert!(help.contains(words), "{words}");
        }
    }
}
