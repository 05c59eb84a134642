/**
 * RFC 3339 date-time (what the OCPP JSON schemas call `format: date-time`), checked against the calendar:
 * 2024-02-30 has the right shape but is not a day.
 */
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

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The current time as an RFC 3339 UTC string without milliseconds, for completions and snippets. */
export function nowAsDateTime(now = new Date()): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
