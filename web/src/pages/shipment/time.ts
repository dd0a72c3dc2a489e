import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * Sailings, cut-offs and the history are read and typed in the business time zone (the service's
 * `TIMEZONE`, default Asia/Shanghai; docs/api.md "Times and dates"): port time, whatever zone the operator's
 * computer is in.
 */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';
export const TIME_FORMAT = 'YYYY-MM-DD HH:mm';
const WALL_CLOCK = 'YYYY-MM-DDTHH:mm:ss';

/** A time from the service as the page shows it. */
export function showTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).tz(BUSINESS_TIME_ZONE).format(TIME_FORMAT) : '—';
}

/** A picked wall-clock time, meant in the business zone, as the service wants it ("2026-12-05T18:00:00+08:00"). */
export function toRequestTime(picked: Dayjs): string {
  return dayjs.tz(picked.format(WALL_CLOCK), BUSINESS_TIME_ZONE).format();
}

/** A time from the service as a picker shows it: its wall clock in the business zone. */
export function toPickerTime(iso: string | null | undefined): Dayjs | undefined {
  return iso ? dayjs(dayjs(iso).tz(BUSINESS_TIME_ZONE).format(WALL_CLOCK)) : undefined;
}

/** "UTC+08:00", said next to the pickers so nobody wonders which clock they type in. */
export function businessOffset(): string {
  return `UTC${dayjs().tz(BUSINESS_TIME_ZONE).format('Z')}`;
}
