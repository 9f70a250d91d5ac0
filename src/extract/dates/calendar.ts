// Calendar arithmetic on plain dates (no time, no zone): everything goes through Date.UTC so
// month lengths, leap years and year boundaries come from the platform, not from tables here.

export interface Ymd {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6,
  july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay counts. */
export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

export function monthNumber(name: string): number | undefined {
  return MONTH_NUMBERS[name.toLowerCase().replace(/\.$/, '')];
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A full ISO date ("2026-01-29", optionally followed by a time) as a plain date, else undefined. */
export function parseIsoDate(iso: string | undefined): Ymd | undefined {
  const match = iso?.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidYmd(y, m, d) ? { y, m, d } : undefined;
}

export function addDays(date: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

export function weekday(date: Ymd): number {
  return new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
}

/** Signed whole days from a to b. */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatDay(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function formatYear(y: number): string {
  return pad(y, 4);
}

/**
 * A span of days named only as a span ("this week"): an ISO date would claim a precision the
 * text does not give, so the best honest answer is its month when the span lies within one.
 */
export function monthOfSpan(from: Ymd, to: Ymd): string | undefined {
  return from.y === to.y && from.m === to.m ? formatMonth(from.y, from.m) : undefined;
}

/** Monday of the ISO week that holds the date: news weeks run Monday to Sunday. */
export function mondayOf(date: Ymd): Ymd {
  return addDays(date, -((weekday(date) + 6) % 7));
}
