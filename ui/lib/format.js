// Numbers, dates and seat figures as the screens show them. Locale from the system.

/** @typedef {import('../bindings/SeatCount').SeatCount} SeatCount */

const numbers = new Intl.NumberFormat(undefined);
const dates = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimes = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const times = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** @param {number | null | undefined} n */
export function number(n) {
  return n === null || n === undefined ? '—' : numbers.format(n);
}

/** @param {SeatCount | null | undefined} s */
export function seats(s) {
  if (!s) return '—';
  switch (s.kind) {
    case 'count': return numbers.format(s.value);
    case 'unlimited': return 'Unlimited';
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
  return Number.isNaN(d.getTime()) ? iso : dates.format(d);
}

/** @param {string | null | undefined} iso */
export function dateTime(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTimes.format(d);
}

const units = ['bytes', 'KB', 'MB', 'GB'];

/** "1.4 MB (1,432,101 bytes)". @param {number} n */
export function bytes(n) {
  let v = n;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) { v /= 1000; u++; }
  const short = u === 0 ? `${numbers.format(n)} bytes` : `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
  return u === 0 ? short : `${short} (${numbers.format(n)} bytes)`;
}

/** @param {string} iso */
export function time(iso) {
  return times.format(new Date(iso));
}

const weekdays = new Intl.DateTimeFormat(undefined, { weekday: 'long' });

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
  return age > -60_000 && age < 6 * 86_400_000 ? `${weekdays.format(d)} ${times.format(d)}` : dateTimes.format(d);
}

/** "in 200 days", "today", "expired 3 days ago". @param {number | null | undefined} days */
export function daysLeft(days) {
  if (days === null || days === undefined) return 'unknown';
  if (days === 0) return 'expires today';
  if (days === 1) return 'in 1 day';
  if (days > 0) return `in ${numbers.format(days)} days`;
  return days === -1 ? 'expired 1 day ago' : `expired ${numbers.format(-days)} days ago`;
}

/** How long ago, for "Updated …" labels. @param {string} iso @param {Date} [now] */
export function ago(iso, now = new Date()) {
  const s = Math.round((now.getTime() - new Date(iso).getTime()) / 1000);
  if (s < 45) return 'just now';
  const m = Math.round(s / 60);
  if (m < 60) return m === 1 ? '1 minute ago' : `${m} minutes ago`;
  const hrs = Math.round(m / 60);
  return hrs === 1 ? '1 hour ago' : `${hrs} hours ago`;
}

const weekdayDateTimes = new Intl.DateTimeFormat(undefined, { weekday: 'long', year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "Tuesday, Mar 3, 2026, 09:15" (local time); a string that is no date comes back as it is. @param {string} iso */
export function weekdayDateTime(iso) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : weekdayDateTimes.format(d);
}
