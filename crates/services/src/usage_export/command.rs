//! Which command exports license usage: it follows the version the REST API reports.

/// The export command for a GHES version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportCommand {
    /// GHES 3.13 and newer: `ghe-license usage -o -y` (`-o` to standard output, `-y` no
    /// confirmation).
    GheLicenseUsage,
    /// GHES 3.12 and older: `ghe-license-usage`.
    LegacyGheLicenseUsage,
}

impl ExportCommand {
    /// The command for `version` (`3.17.4`); a version that cannot be read gets the current
    /// command.
    pub fn for_version(version: &str) -> Self {
        let mut parts = version
            .trim()
            .trim_start_matches(['v', 'V'])
            .split('.')
            .map(|p| p.trim().parse::<u32>().ok());
        match (parts.next().flatten(), parts.next().flatten()) {
            (Some(major), Some(minor)) if (major, minor) < (3, 13) => Self::LegacyGheLicenseUsage,
            _ => Self::GheLicenseUsage,
        }
    }

    /// The remote command's words, each its own argv entry after `--`.
    pub fn argv(self) -> &'static [&'static str] {
        match self {
            Self::GheLicenseUsage => &["ghe-license", "usage", "-o", "-y"],
            Self::LegacyGheLicenseUsage => &["ghe-license-usage"],
        }
    }

    /// As typed in a shell.
    pub fn command_line(self) -> String {
        self.argv().join(" ")
    }

    pub(crate) fn other(self) -> Self {
        match self {
            Self::GheLicenseUsage => Self::LegacyGheLicenseUsage,
            Self::LegacyGheLicenseUsage => Self::GheLicenseUsage,
        }
    }
}
