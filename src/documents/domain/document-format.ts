import { isDecimalString, type MoneyJson } from '../../common/money';

/**
 * How figures and dates are written on documents. Pure string work: amounts arrive as exact decimal strings
 * and never pass through a JS number.
 */

/** A decimal string with thousands separators: "16409.02" → "16,409.02", "-1234567" → "-1,234,567". */
export function formatAmount(amount: string): string {
  if (!isDecimalString(amount)) return amount;
  const negative = amount.startsWith('-');
  const unsigned = negative ? amount.slice(1) : amount;
  const dot = unsigned.indexOf('.');
  const whole = dot < 0 ? unsigned : unsigned.slice(0, dot);
  const fraction = dot < 0 ? '' : unsigned.slice(dot);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction}`;
}

/** "USD 1,850.00". */
export function formatMoney(money: MoneyJson): string {
  return `${money.currency} ${formatAmount(money.amount)}`;
}

// China keeps one offset all year (UTC+8, no daylight saving): ports in South China date their day by it.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * A date for a document, `YYYY-MM-DD`: a date string as it is, a date-time (ETD) as the calendar day in
 * China, where the vessel sails. Anything unparseable is shown as given.
 */
export function formatDocumentDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return value;
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The PDF creation date for a document dated `YYYY-MM-DD` (midnight UTC), so that the same data always
 * gives the same bytes; a document without a date of its own (a draft) gets the Unix epoch.
 */
export function documentTimestamp(date: string | null | undefined): Date {
  const ms = date ? Date.parse(`${date.slice(0, 10)}T00:00:00Z`) : Number.NaN;
  return new Date(Number.isNaN(ms) ? 0 : ms);
}

/** Fills `{name}` placeholders in a label: ("折合{currency}", { currency: "CNY" }) → "折合CNY". */
export function fillLabel(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** TEU from a sum of TEU × 4 (see container-type.ts), exactly: 9 → "2.25", 12 → "3". */
export function teuFromQuarterUnits(teuTimes4: number): string {
  const whole = Math.trunc(teuTimes4 / 4);
  const quarters = teuTimes4 % 4;
  return quarters === 0 ? String(whole) : `${whole}.${String(quarters * 25).replace(/0$/, '')}`;
}
