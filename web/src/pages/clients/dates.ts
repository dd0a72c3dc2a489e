import dayjs from 'dayjs';
import { BUSINESS_TIME_ZONE } from '../shipment/time';

/** Today's date (YYYY-MM-DD) in the business time zone, as the service dates notes and reports. */
export function businessToday(): string {
  return dayjs().tz(BUSINESS_TIME_ZONE).format('YYYY-MM-DD');
}

/** A date the URL carries (`?asOf=2026-11-30`), or undefined when it is not one. */
export function calendarDate(value: string | undefined): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value, 'YYYY-MM-DD').isValid()
    ? value
    : undefined;
}
