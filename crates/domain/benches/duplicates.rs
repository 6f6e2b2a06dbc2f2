//! How long the Duplicates screen waits for its analysis on the largest enterprise we plan
//! for: 300,000 license consumers, about 2% of them planted duplicates; once from the
//! license data alone, once with the GHES accounts loaded (one account, with login, name
//! and primary email, for every server id in the input, as "Load server accounts" gives).
//!
//! Run: `cargo bench -p ghls-domain --bench duplicates -- --warm-up-time 1 --measurement-time 5`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stderr)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use ghls_domain::duplicates::{
    analyse_with_accounts, InstanceAccounts, ServerAccount, ServerAccounts,
};
use ghls_domain::{analyse, AnalysisContext, ConsumerFields, LicenseConsumer};

const CONSUMERS: usize = 300_000;

const FIRST: &[&str] = &[
    "mona",
    "hubot",
    "ada",
    "grace",
    "linus",
    "margaret",
    "alan",
    "barbara",
    "ken",
    "dennis",
    "zoë",
    "josé",
    "françois",
    "søren",
    "anna",
    "li",
    "wei",
    "priya",
    "omar",
    "fatima",
    "ivan",
    "olga",
    "kim",
    "noah",
    "emma",
    "liam",
    "mia",
    "lucas",
    "sofia",
    "mateo",
];
const LAST: &[&str] = &[
    "lisa",
    "octocat",
    "lovelace",
    "hopper",
    "torvalds",
    "hamilton",
    "turing",
    "liskov",
    "thompson",
    "ritchie",
    "müller",
    "garcía",
    "dubois",
    "kierkegaard",
    "smith",
    "chen",
    "wang",
    "patel",
    "haddad",
    "khan",
    "petrov",
    "ivanova",
    "lee",
    "brown",
    "jones",
    "martin",
    "rossi",
    "silva",
    "novak",
    "nakamura",
    "kowalski",
    "okafor",
    "andersen",
    "schmidt",
    "moreau",
];

/// A deterministic pseudo-random sequence (xorshift64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[(self.next() % from.len() as u64) as usize]
    }
}

fn person(rng: &mut Rng, n: usize) -> (String, String) {
    let (first, last) = (rng.pick(FIRST), rng.pick(LAST));
    let mut name = String::new();
    for (i, part) in [first, last].iter().enumerate() {
        let mut chars = part.chars();
        if i > 0 {
            name.push(' ');
        }
        name.extend(chars.next().into_iter().flat_map(char::to_uppercase));
        name.extend(chars);
    }
    (name, format!("{first}.{last}{n}"))
}

/// `n` in letters (1 → "b", 27 → "bb"), a name word no two people share.
fn letters(mut n: usize) -> String {
    let mut out = String::new();
    loop {
        out.push(char::from(b'a' + (n % 26) as u8));
        n /= 26;
        if n == 0 {
            return out;
        }
    }
}

fn cloud(login: String, name: String, verified: Vec<String>) -> ConsumerFields {
    ConsumerFields {
        github_com_login: Some(login.clone()),
        github_com_name: Some(name),
        github_com_user: Some(true),
        enterprise_server_user: Some(false),
        github_com_profile: Some(format!("https://github.com/{login}")),
        github_com_verified_domain_emails: verified,
        license_type: Some("enterprise".into()),
        total_user_accounts: Some(1),
        ..Default::default()
    }
}

fn server(id: usize, email: String) -> ConsumerFields {
    ConsumerFields {
        github_com_user: Some(false),
        enterprise_server_user: Some(true),
        enterprise_server_user_ids: vec![format!("ghes{}.corp.example:{id}", id % 3)],
        enterprise_server_emails: vec![email],
        license_type: Some("enterprise".into()),
        total_user_accounts: Some(1),
        ..Default::default()
    }
}

/// 300,000 consumers: half merged people (cloud + GHES, SAML NameIDs), a quarter cloud
/// only, a fifth server only on the verified domain, some on a personal or old domain, and
/// 2% planted pairs (same mailbox on an old domain, a Visual Studio email, a NameID, a name
/// read from the email).
fn synthetic(count: usize) -> Vec<LicenseConsumer> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut out = Vec::with_capacity(count);
    let mut n = 0;
    while out.len() < count {
        n += 1;
        let (name, local) = person(&mut rng, n);
        let roll = rng.next() % 1000;
        if roll < 10 {
            // A planted pair (2 entries, so 1% of rolls make 2% of entries).
            let login = format!("{local}-corp").replace('.', "-");
            let mut c = cloud(login, name, vec![format!("{local}@corp.example")]);
            let s = match roll % 4 {
                0 => server(n, format!("{local}@corp-old.example")),
                1 => {
                    c.visual_studio_subscription_user = Some(true);
                    c.visual_studio_subscription_email = Some(format!("{local}@msdn.example"));
                    server(n, format!("{local}@msdn.example"))
                }
                2 => {
                    c.github_com_saml_name_id = Some(format!("{local}@idp.corp.example"));
                    server(n, format!("{local}@idp.corp.example"))
                }
                _ => {
                    // Only the name tells: a third name word keeps it unique.
                    let tag = letters(n);
                    let first_last = local.trim_end_matches(|c: char| c.is_ascii_digit());
                    c.github_com_name = Some(format!("{} {tag}", c.github_com_name.unwrap()));
                    c.github_com_verified_domain_emails = vec![format!("u{n}@corp.example")];
                    server(n, format!("{first_last}.{tag}@old.example"))
                }
            };
            out.push(s.into());
            out.push(c.into());
        } else if roll < 510 {
            let email = format!("{local}@corp.example");
            let mut c = cloud(local.replace('.', "-"), name, vec![email.clone()]);
            c.github_com_saml_name_id = Some(email.clone());
            c.enterprise_server_user = Some(true);
            c.enterprise_server_user_ids = vec![format!("ghes0.corp.example:{n}")];
            c.enterprise_server_emails = vec![email];
            c.total_user_accounts = Some(2);
            out.push(c.into());
        } else if roll < 760 {
            out.push(
                cloud(
                    local.replace('.', "-"),
                    name,
                    vec![format!("{local}@corp.example")],
                )
                .into(),
            );
        } else if roll < 960 {
            out.push(server(n, format!("{local}@corp.example")).into());
        } else {
            out.push(server(n, format!("{local}@gmail.example")).into());
        }
    }
    out.truncate(count);
    out
}

/// An account for every server id in `consumers`: login and name from the email, the
/// first email as the primary one.
fn accounts_for(consumers: &[LicenseConsumer]) -> ServerAccounts {
    let mut accounts = ServerAccounts::default();
    let mut per_host: std::collections::BTreeMap<String, u32> = Default::default();
    for c in consumers {
        let primary = c.enterprise_server_emails().first();
        for id in c.enterprise_server_user_ids() {
            let (host, user) = id.rsplit_once(':').unwrap();
            *per_host.entry(host.to_owned()).or_default() += 1;
            let login = primary
                .and_then(|e| e.split_once('@'))
                .map_or_else(|| format!("user{user}"), |(l, _)| l.to_owned());
            accounts.insert(
                host,
                user,
                ServerAccount {
                    name: c
                        .github_com_name()
                        .map(str::to_owned)
                        .or_else(|| Some(login.replace('.', " "))),
                    login: Some(login),
                    primary_email: primary.map(str::to_owned),
                    site_admin: user == "2",
                    emails_complete: true,
                },
            );
        }
    }
    for (host, n) in per_host {
        accounts.add_instance(InstanceAccounts {
            host_name: host,
            accounts: n,
            total_count: Some(n),
            ..Default::default()
        });
    }
    accounts
}

/// This thread's time on the CPU so far (Linux), which other jobs on a shared machine do
/// not inflate as they inflate wall time.
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

/// The process's peak resident memory so far in MiB (Linux).
fn peak_mib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024)
}

fn bench(c: &mut Criterion) {
    let started = Instant::now();
    let consumers = synthetic(CONSUMERS);
    let generated = started.elapsed();
    let peak_input = peak_mib();
    let ctx = AnalysisContext::default();
    let started = Instant::now();
    let cpu_before = thread_cpu();
    let mut report = analyse(&consumers, &ctx);
    let peak_analysis = peak_mib();
    for _ in 1..5 {
        report = analyse(&consumers, &ctx);
    }
    let analysed = started.elapsed() / 5;
    let on_cpu = thread_cpu()
        .zip(cpu_before)
        .map(|(after, before)| format!(", {:.0?} on the CPU", (after - before) / 5))
        .unwrap_or_default();
    let memory = peak_input
        .zip(peak_analysis)
        .map(|(input, all)| {
            format!("; peak memory {input} MiB for the input, {all} MiB with one analysis")
        })
        .unwrap_or_default();
    let json = serde_json::to_vec(&report).map_or(0, |j| j.len());
    eprintln!(
        "input generated in {generated:.0?}; analysis {analysed:.0?}{on_cpu}{memory}; \
         {} consumers, {} findings ({} KiB of JSON), {} seats could be freed (high {}, \
         medium {}, low {}); {}",
        report.consumers,
        report.findings,
        json / 1024,
        report.seats_saved.total,
        report.seats_saved.high,
        report.seats_saved.medium,
        report.seats_saved.low,
        report
            .groups
            .iter()
            .map(|g| format!("{:?} {}", g.reason, g.count))
            .collect::<Vec<_>>()
            .join(", ")
    );

    let started = Instant::now();
    let accounts = accounts_for(&consumers);
    let built = started.elapsed();
    let started = Instant::now();
    let cpu_before = thread_cpu();
    let mut with = analyse_with_accounts(&consumers, &ctx, &accounts);
    for _ in 1..5 {
        with = analyse_with_accounts(&consumers, &ctx, &accounts);
    }
    let analysed = started.elapsed() / 5;
    let on_cpu = thread_cpu()
        .zip(cpu_before)
        .map(|(after, before)| format!(", {:.0?} on the CPU", (after - before) / 5))
        .unwrap_or_default();
    let named = with.server_accounts.as_ref().map_or(0, |a| a.named);
    let json = serde_json::to_vec(&with).map_or(0, |j| j.len());
    eprintln!(
        "with accounts: {} accounts of {} instances joined in {built:.0?} (once per load); \
         analysis {analysed:.0?}{on_cpu}{}; {named} server-only entries named; {} findings \
         ({} KiB of JSON), {} seats could be freed",
        accounts.len(),
        accounts.instances().len(),
        peak_mib()
            .map(|m| format!("; peak memory {m} MiB"))
            .unwrap_or_default(),
        with.findings,
        json / 1024,
        with.seats_saved.total,
    );

    let mut group = c.benchmark_group("duplicates");
    group.sample_size(10);
    group.throughput(Throughput::Elements(CONSUMERS as u64));
    group.bench_function("analyse/300k_consumers", |b| {
        b.iter(|| analyse(black_box(&consumers), black_box(&ctx)));
    });
    group.bench_function("analyse_with_accounts/300k_consumers", |b| {
        b.iter(|| {
            analyse_with_accounts(black_box(&consumers), black_box(&ctx), black_box(&accounts))
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
