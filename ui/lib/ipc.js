// The backend's commands, typed. Each is a thin adapter over the Rust services.
import { invoke } from '@tauri-apps/api/core';

/** @typedef {import('../bindings/LicenseOverview').LicenseOverview} LicenseOverview */
/** @typedef {import('../bindings/AppInfo').AppInfo} AppInfo */

/** @returns {Promise<AppInfo>} */
export function appInfo() {
  return invoke('app_info');
}

/** @returns {Promise<LicenseOverview>} */
export function licenseOverview() {
  return invoke('license_overview');
}
