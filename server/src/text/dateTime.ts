/**
 * RFC 3339 date-time (what the OCPP JSON schemas call `format: date-time`), checked against the calendar:
 * 2024-02-30 has the right shape but is not a day.
 */
// One pattern for checking and for ordering: year, month, day, hour, minute, second, fraction (with its point),
// Z, and the sign, hours and minutes of an offset.
const pattern = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** Undefined when the text is a valid date-time; otherwise what is wrong with it, in words. */
export function checkDateTime(text: string): string | undefined {
  const m = pattern.exec(text);
  if (!m) return 'it does not have the form YYYY-MM-DDThh:mm:ss with an optional fraction and a zone (Z or ±hh:mm)';
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (month < 1 || month > 12) return `there is no month ${m[2]}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${monthNames[month - 1]} ${year} has ${days} days, so day ${m[3]} does not exist`;
  if (hour > 23) return `hour ${m[4]} is out of range (00-23)`;
  if (minute > 59) return `minute ${m[5]} is out of range (00-59)`;
  if (second > 60) return `second ${m[6]} is out of range (00-59)`;
  if (m[9]) {
    const offsetHours = Number(m[10]);
    const offsetMinutes = Number(m[11]);
    if (offsetHours > 23 || offsetMinutes > 59) return `the zone offset ${m[9]}${m[10]}:${m[11]} is out of range`;
  }
  if (second === 60) {
    // A leap second exists only as the last second of a UTC day.
    const sign = m[9] === '-' ? -1 : 1;
    const offset = m[9] ? sign * (Number(m[10]) * 60 + Number(m[11])) : 0;
    const utcMinutes = (((hour * 60 + minute - offset) % 1440) + 1440) % 1440;
    if (utcMinutes !== 23 * 60 + 59) return 'second 60 (a leap second) can only be 23:59:60 in UTC';
  }
  return undefined;
}

/**
 * Whether text[start, end) is a valid date-time, the same answer as `checkDateTime(...) === undefined`, read from
 * the characters in place: the token checker passes every timestamp of a log, and a regular expression's match
 * and numbers would be garbage for each one. A test holds the two to the same answers.
 */
export function isDateTimeAt(text: string, start: number, end: number): boolean {
  if (end - start < 20) return false;
  const year = digitsAt(text, start, 4);
  const month = digitsAt(text, start + 5, 2);
  const day = digitsAt(text, start + 8, 2);
  const hour = digitsAt(text, start + 11, 2);
  const minute = digitsAt(text, start + 14, 2);
  const second = digitsAt(text, start + 17, 2);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return false;
  if (text.charCodeAt(start + 4) !== 0x2d || text.charCodeAt(start + 7) !== 0x2d || text.charCodeAt(start + 13) !== 0x3a ||
    text.charCodeAt(start + 16) !== 0x3a) return false;
  const t = text.charCodeAt(start + 10);
  if (t !== 0x54 && t !== 0x74) return false;
  let i = start + 19;
  if (text.charCodeAt(i) === 0x2e) {
    i++;
    const first = i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    if (i === first) return false;
  }
  let offset = 0;
  const zone = text.charCodeAt(i);
  if (zone === 0x5a || zone === 0x7a) {
    if (i + 1 !== end) return false;
  } else if (zone === 0x2b || zone === 0x2d) {
    const offsetHours = digitsAt(text, i + 1, 2);
    const offsetMinutes = digitsAt(text, i + 4, 2);
    if (i + 6 !== end || offsetHours < 0 || offsetMinutes < 0 || text.charCodeAt(i + 3) !== 0x3a) return false;
    if (offsetHours > 23 || offsetMinutes > 59) return false;
    offset = (zone === 0x2d ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  } else {
    return false;
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (hour > 23 || minute > 59 || second > 60) return false;
  // A leap second exists only as the last second of a UTC day (as checkDateTime says).
  return second < 60 || (((hour * 60 + minute - offset) % 1440) + 1440) % 1440 === 23 * 60 + 59;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** The number `count` ASCII digits at text[at] spell, or -1 when any of them is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) return -1;
    value = value * 10 + c - 0x30;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The current time as an RFC 3339 UTC string without milliseconds, for completions and snippets. */
export function nowAsDateTime(now = new Date()): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A point in time, exact to any number of fractional digits (Date would round to milliseconds). */
export interface Instant {
  readonly epochSeconds: number;
  /** The fractional digits, without the point and trailing zeros; '' when there are none. */
  readonly fraction: string;
}

/** The instant an RFC 3339 date-time names, or undefined when it is not a valid one. */
export function instantOf(text: string): Instant | undefined {
  if (!isDateTimeAt(text, 0, text.length)) return undefined;
  // Valid, so each field is where the form puts it: YYYY-MM-DDThh:mm:ss, a fraction, then Z or ±hh:mm. Read in
  // place, as isDateTimeAt reads it: the rules ask this of every status report's timestamp in a log.
  let zoneAt = 19;
  let fraction = '';
  if (text.charCodeAt(zoneAt) === 0x2e) {
    zoneAt++;
    while (isDigit(text.charCodeAt(zoneAt))) zoneAt++;
    let last = zoneAt;
    while (last > 20 && text.charCodeAt(last - 1) === 0x30) last--;
    fraction = text.slice(20, last);
  }
  const zone = text.charCodeAt(zoneAt);
  const offsetMinutes = zone === 0x2b || zone === 0x2d
    ? (zone === 0x2d ? -1 : 1) * (digitsAt(text, zoneAt + 1, 2) * 60 + digitsAt(text, zoneAt + 4, 2)) : 0;
  // Plain arithmetic rather than Date.UTC, which reads years 0-99 as 1900-1999. Second 60 (a leap second)
  // simply counts as the next minute's first second, which orders it correctly.
  const days = daysFromCivil(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
  const epochSeconds = days * 86400 + digitsAt(text, 11, 2) * 3600 + digitsAt(text, 14, 2) * 60 + digitsAt(text, 17, 2) - offsetMinutes * 60;
  return { epochSeconds, fraction };
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Negative when a is earlier than b, 0 when they are the same instant, positive when a is later. */
export function compareInstants(a: Instant, b: Instant): number {
  if (a.epochSeconds !== b.epochSeconds) return a.epochSeconds - b.epochSeconds;
  const width = Math.max(a.fraction.length, b.fraction.length);
  const fa = a.fraction.padEnd(width, '0');
  const fb = b.fraction.padEnd(width, '0');
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}
