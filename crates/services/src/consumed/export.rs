//! Exports of the Consumed licenses and Duplicates screens, as CSV or JSON, streamed into
//! an atomically replaced file (a temporary beside the target, fsynced, renamed).
//!
//! CSV is RFC 4180: a header row, CRLF line ends, fields with a comma, quote or line break
//! quoted with quotes doubled, list fields joined with `;`. Text that a spreadsheet would
//! run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a `'`
//! in front, so opening an export of data anyone can write (display names, emails) cannot
//! run anything (OWASP "CSV injection").

use std::io::{self, Write};
use std::path::Path;

use ghls_domain::consumed::CONSUMED_LICENSE_FIELDS;
use ghls_domain::{DuplicateReport, LicenseConsumer};
use serde::Serialize;

use super::query::DataSet;
use super::types::{ConsumedQuery, ExportFormat};
use crate::error::Result;
use crate::support::atomic_file::write_export;

const FINDING_COLUMNS: &[&str] = &[
    "reason",
    "finding_id",
    "confidence",
    "seats_saved",
    "summary",
    "github_com_logins",
    "enterprise_server_user_ids",
    "evidence",
    "fix",
];

/// Writes the consumers `indexes` of `set` to `path`; returns the bytes written.
pub(crate) fn export_consumers(
    set: &DataSet,
    query: &ConsumedQuery,
    indexes: &[u32],
    format: ExportFormat,
    path: &Path,
) -> Result<u64> {
    let users = set.consumers();
    let rows = indexes
        .iter()
        .filter_map(|&i| usize::try_from(i).ok().and_then(|i| users.get(i)));
    write_export(path, |w| match format {
        ExportFormat::Csv => consumers_csv(rows, w),
        ExportFormat::Json => consumers_json(set, query, rows, w),
    })
}

/// One CSV row per consumer.
pub fn consumers_csv<'a>(
    rows: impl Iterator<Item = &'a LicenseConsumer>,
    w: &mut dyn Write,
) -> io::Result<()> {
    consumers_csv_after(&[], rows.map(|c| (Vec::new(), c)), w)
}

/// One CSV row per consumer, after columns of the caller's (`first`, then each row's own
/// values for them), e.g. the history's `change,person`.
pub fn consumers_csv_after<'a>(
    first: &[&str],
    rows: impl Iterator<Item = (Vec<String>, &'a LicenseConsumer)>,
    w: &mut dyn Write,
) -> io::Result<()> {
    let mut row = Row::default();
    row.header(first);
    row.header(CONSUMED_LICENSE_FIELDS);
    row.end(w)?;
    for (own, c) in rows {
        for v in &own {
            row.text(Some(v));
        }
        row.text(c.github_com_login());
        row.text(c.github_com_name());
        row.list(c.enterprise_server_user_ids());
        row.flag(c.github_com_user());
        row.flag(c.enterprise_server_user());
        row.flag(c.visual_studio_subscription_user());
        row.text(c.license_type());
        row.text(c.github_com_profile());
        row.list(c.github_com_member_roles());
        row.list(c.github_com_enterprise_roles());
        row.list(c.github_com_verified_domain_emails());
        row.text(c.github_com_saml_name_id());
        row.list(c.github_com_orgs_with_pending_invites());
        row.flag(c.github_com_two_factor_auth());
        row.list(c.enterprise_server_emails());
        row.text(c.visual_studio_license_status());
        row.text(c.visual_studio_subscription_email());
        row.number(c.total_user_accounts());
        row.end(w)?;
    }
    Ok(())
}

/// The consumed-licenses shape (totals and `users[]` with the API's field names), with
/// where and when it came from and the query that chose the rows. One consumer per line.
fn consumers_json<'a>(
    set: &DataSet,
    query: &ConsumedQuery,
    rows: impl Iterator<Item = &'a LicenseConsumer>,
    w: &mut dyn Write,
) -> io::Result<()> {
    #[derive(Serialize)]
    struct Head<'a> {
        enterprise: &'a str,
        fetched_at: &'a str,
        query: Query<'a>,
        total_seats_consumed: Option<i64>,
        total_seats_purchased: Option<i64>,
    }
    /// The query without its window: every matching row is exported.
    #[derive(Serialize)]
    struct Query<'a> {
        search: &'a str,
        filter: super::types::ConsumerFilter,
        sort: &'a super::types::ConsumedSort,
    }
    let head = serde_json::to_vec(&Head {
        enterprise: &set.enterprise,
        fetched_at: &set.summary.fetched_at,
        query: Query {
            search: &query.search,
            filter: query.filter,
            sort: &query.sort,
        },
        total_seats_consumed: set.data().total_seats_consumed,
        total_seats_purchased: set.data().total_seats_purchased,
    })
    .map_err(io::Error::from)?;
    // `{…}` opened again to append `users`.
    let head = head.strip_suffix(b"}").unwrap_or(&head);
    w.write_all(head)?;
    w.write_all(b",\"users\":[")?;
    for (k, c) in rows.enumerate() {
        w.write_all(if k == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut *w, c).map_err(io::Error::from)?;
    }
    w.write_all(b"\n]}\n")
}

/// One CSV row per finding.
pub fn findings_csv(report: &DuplicateReport, w: &mut dyn Write) -> io::Result<()> {
    let mut row = Row::default();
    row.header(FINDING_COLUMNS);
    row.end(w)?;
    for group in &report.groups {
        let reason = serde_json::to_value(group.reason)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        for f in &group.findings {
            let confidence = serde_json::to_value(f.confidence)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned));
            row.text(Some(&reason));
            row.text(Some(&f.id));
            row.text(confidence.as_deref());
            row.number(Some(f.seats_saved));
            row.text(Some(&f.summary));
            let logins: Vec<&str> = f
                .entries
                .iter()
                .filter_map(|e| e.github_com_login.as_deref())
                .collect();
            row.list(logins);
            let ids: Vec<&str> = f
                .entries
                .iter()
                .flat_map(|e| e.enterprise_server_user_ids.iter().map(String::as_str))
                .collect();
            row.list(ids);
            row.list(&f.evidence);
            row.text(Some(&f.fix));
            row.end(w)?;
        }
    }
    Ok(())
}

/// One CSV line being built; reused for every row.
#[derive(Debug, Default)]
struct Row {
    line: String,
    cell: String,
    cells: usize,
}

impl Row {
    fn header(&mut self, names: &[&str]) {
        for n in names {
            self.text(Some(n));
        }
    }

    fn text(&mut self, value: Option<&str>) {
        self.cell.clear();
        self.cell.push_str(value.unwrap_or_default());
        self.push_cell();
    }

    fn list<S: AsRef<str>>(&mut self, values: impl IntoIterator<Item = S>) {
        self.cell.clear();
        for (k, v) in values.into_iter().enumerate() {
            if k > 0 {
                self.cell.push(';');
            }
            self.cell.push_str(v.as_ref());
        }
        self.push_cell();
    }

    fn flag(&mut self, value: Option<bool>) {
        self.text(value.map(|b| if b { "true" } else { "false" }));
    }

    /// Numbers are written as numbers: a negative one is not a formula.
    fn number<N: std::fmt::Display>(&mut self, value: Option<N>) {
        if self.cells > 0 {
            self.line.push(',');
        }
        if let Some(n) = value {
            self.line.push_str(&n.to_string());
        }
        self.cells += 1;
    }

    fn push_cell(&mut self) {
        if self.cells > 0 {
            self.line.push(',');
        }
        self.cells += 1;
        let guard = self.cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
        let quote = self.cell.contains([',', '"', '\n', '\r']);
        if quote {
            self.line.push('"');
        }
        if guard {
            self.line.push('\'');
        }
        for ch in self.cell.chars() {
            if ch == '"' {
                self.line.push('"');
            }
            self.line.push(ch);
        }
        if quote {
            self.line.push('"');
        }
    }

    fn end(&mut self, w: &mut dyn Write) -> io::Result<()> {
        self.line.push_str("\r\n");
        w.write_all(self.line.as_bytes())?;
        self.line.clear();
        self.cells = 0;
        Ok(())
    }
}

/// One cell as the CSV writer writes it, for tests.
pub fn csv_cell(value: &str) -> String {
    let mut row = Row::default();
    row.text(Some(value));
    row.line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_as_rfc_4180_says() {
        assert_eq!(csv_cell("mona"), "mona");
        assert_eq!(csv_cell("Lisa, Mona"), "\"Lisa, Mona\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_cell(""), "");
    }

    #[test]
    fn text_a_spreadsheet_would_run_gets_an_apostrophe() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("+1"), "'+1");
        assert_eq!(csv_cell("-2+3"), "'-2+3");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("\tx"), "'\tx");
        assert_eq!(csv_cell("a=b"), "a=b");
    }
}
