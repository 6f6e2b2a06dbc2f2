// Numbers, dates and seat figures as the screens show them, in the language in use
// (`l10n.js`): `Intl` for the locale's digits, dates and weekdays, messages for the words.
import { locale, t } from './l10n.js';

/** @typedef {import('../bindings/SeatCount').SeatCount} SeatCount */

/** @type {Map<string, Intl.NumberFormat | Intl.DateTimeFormat>} */
const cache = new Map();

/** @param {Intl.DateTimeFormatOptions} options */
function dates(options) {
  const key = `d${locale()}${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale(), options)));
  return /** @type {Intl.DateTimeFormat} */ (f);
}

function numbers() {
  const key = `n${locale()}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale())));
  return /** @type {Intl.NumberFormat} */ (f);
}

/** @param {number | null | undefined} n */
export function number(n) {
  return n === null || n === undefined ? '—' : numbers().format(n);
}

/** @param {SeatCount | null | undefined} s */
export function seats(s) {
  if (!s) return '—';
  switch (s.kind) {
    case 'count': return numbers().format(s.value);
    case 'unlimited': return t('seats-unlimited');
    case 'other': return s.value;
  }
}

/** @param {SeatCount | null | undefined} s */
export function seatNumber(s) {
  return s && s.kind === 'count' ? s.value : null;
}

/** A date, or `—`; a string that is no date comes back as it is. @param {string | null | undefined} iso */
export function date(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dates({ dateStyle: 'medium' }).format(d);
}

/** @param {string | null | undefined} iso */
export function dateTime(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dates({ dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** "1.4 MB (1,432,101 bytes)". @param {number} n */
export function bytes(n) {
  const units = ['bytes-b', 'bytes-kb', 'bytes-mb', 'bytes-gb'];
  let v = n;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) { v /= 1000; u++; }
  const whole = t('bytes-b', { n });
  if (u === 0) return whole;
  const short = new Intl.NumberFormat(locale(), { maximumFractionDigits: v < 10 ? 1 : 0, minimumFractionDigits: v < 10 ? 1 : 0 }).format(v);
  return t('bytes-with-exact', { short: t(units[u], { n: short }), exact: whole });
}

/** @param {string} iso */
export function time(iso) {
  return dates({ timeStyle: 'short' }).format(new Date(iso));
}

/**
 * "Tuesday 14:05" (local time) for a time in the last six days, when the weekday alone says
 * which day; an older one with its date. A string that is no date comes back as it is.
 * @param {string} iso
 * @param {Date} [now]
 */
export function weekdayTime(iso, now = new Date()) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const age = now.getTime() - d.getTime();
  return age > -60_000 && age < 6 * 86_400_000
    ? t('weekday-time', { weekday: dates({ weekday: 'long' }).format(d), time: dates({ timeStyle: 'short' }).format(d) })
    : dates({ dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** "in 200 days", "expires today", "expired 3 days ago". @param {number | null | undefined} days */
export function daysLeft(days) {
  if (days === null || days === undefined) return t('days-left-unknown');
  if (days === 0) return t('days-left-today');
  return days > 0 ? t('days-left', { days }) : t('days-left-expired', { days: -days });
}

/** How long ago, for "Updated …" labels. @param {string} iso @param {Date} [now] */
export function ago(iso, now = new Date()) {
  const s = Math.round((now.getTime() - new Date(iso).getTime()) / 1000);
  if (s < 45) return t('ago-just-now');
  const minutes = Math.round(s / 60);
  if (minutes < 60) return t('ago-minutes', { minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t('ago-hours', { hours });
  return t('ago-days', { days: Math.round(hours / 24) });
}

/** "Tuesday, Mar 3, 2026, 09:15" (local time); a string that is no date comes back as it is. @param {string} iso */
export function weekdayDateTime(iso) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : dates({ weekday: 'long', year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d);
}
