import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * The business time zone (the service's `TIMEZONE`, default Asia/Shanghai, docs/api.md "Times and dates"):
 * sailings and cut-offs are given in port time, whatever zone the operator's computer is in.
 */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

const WALL_CLOCK = 'YYYY-MM-DDTHH:mm:ss';

/**
 * The date picker shows wall-clock time and hands it back in the browser's zone; the wall clock is what the
 * operator meant, in the business zone. Sent with its offset: "2026-12-05T18:00:00+08:00".
 */
export function etdToRequest(picked: Dayjs): string {
  return dayjs.tz(picked.format(WALL_CLOCK), BUSINESS_TIME_ZONE).format();
}

/** A time from the service as the picker should show it: its wall clock in the business zone. */
export function etdFromAnswer(iso: string): Dayjs {
  return dayjs(dayjs(iso).tz(BUSINESS_TIME_ZONE).format(WALL_CLOCK));
}

/** "UTC+08:00": the offset of the business zone at a time (Shanghai has no summer time, but say it anyway). */
export function businessOffset(at: Dayjs = dayjs()): string {
  return `UTC${at.tz(BUSINESS_TIME_ZONE).format('Z')}`;
}
