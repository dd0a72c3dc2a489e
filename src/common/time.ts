import { ValidationFailedError } from './errors/app-error';

/** ISO 8601 date-time with an offset (Z or ±hh:mm), as docs/api.md ("Times and dates") requires of every time. */
export const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

export function parseTime(value: string, field: string): Date {
  const date = new Date(value);
  if (!ISO_DATE_TIME.test(value) || Number.isNaN(date.getTime())) {
    throw ValidationFailedError.field(field, `${field} must be an ISO 8601 time with an offset`);
  }
  return date;
}

/**
 * A calendar date (YYYY-MM-DD) that exists, in years PostgreSQL's `date` takes: 2026-02-30 has the shape of a
 * date but is no day, and the database would refuse it (a 400 that could not name the field).
 */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value.startsWith('0000')) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A time of something that happened: not more than a few minutes ahead of our clock. */
export function parsePastTime(value: string | undefined, field: string, now = new Date()): Date {
  if (value === undefined) return now;
  const date = parseTime(value, field);
  if (date.getTime() > now.getTime() + 10 * 60_000) {
    throw ValidationFailedError.field(field, `${field} is in the future`);
  }
  return date;
}

/** Year and month of an instant in a time zone (the business's calendar, e.g. Asia/Shanghai). */
export function yearMonthIn(date: Date, timeZone: string): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(date);
  const get = (type: string): number => Number.parseInt(parts.find((p) => p.type === type)?.value ?? '', 10);
  return { year: get('year'), month: get('month') };
}

/** Today's date (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The day after `date` (YYYY-MM-DD). */
export function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** How far a time zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string): number => Number.parseInt(parts.find((p) => p.type === type)?.value ?? '', 10);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant a day (YYYY-MM-DD) begins in a time zone (its midnight, or its first hour where it has none). */
export function startOfDayIn(date: string, timeZone: string): Date {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  let instant = midnightUtc - offsetAt(midnightUtc, timeZone);
  // Once more at the guess: the offset may differ there (a daylight-saving change around midnight).
  instant = midnightUtc - offsetAt(instant, timeZone);
  return new Date(instant);
}
