/**
 * Money as the booking form handles it: an amount typed as text and sent as a decimal string, never through a
 * float. The minor digits mirror src/common/money/currency.ts (ISO 4217: JPY and KRW 0, KWD and BHD 3, the
 * others 2); the service checks again.
 */
export const MINOR_DIGITS = {
  CNY: 2,
  USD: 2,
  EUR: 2,
  HKD: 2,
  GBP: 2,
  JPY: 0,
  KRW: 0,
  SGD: 2,
  AUD: 2,
  CAD: 2,
  KWD: 3,
  BHD: 3,
} as const satisfies Record<string, number>;

export type CurrencyCode = keyof typeof MINOR_DIGITS;

export const CURRENCIES = Object.keys(MINOR_DIGITS) as CurrencyCode[];

/** Ocean freight out of South China is quoted in US dollars; the form starts there. */
export const DEFAULT_CURRENCY: CurrencyCode = 'USD';

export function isCurrency(value: unknown): value is CurrencyCode {
  return typeof value === 'string' && Object.hasOwn(MINOR_DIGITS, value);
}

export type AmountCheck =
  { ok: true; amount: string } | { ok: false; fault: 'format' | 'digits'; digits: number };

/**
 * An amount typed for a currency, checked and written with exactly the currency's digits ("1250.5" USD →
 * "1250.50", "150000" JPY stays). Thousands separators and full-width digits are forgiven; more decimals than
 * the currency has are refused rather than rounded, so nobody's rate changes behind their back.
 */
export function checkAmount(input: string, currency: CurrencyCode): AmountCheck {
  const digits = MINOR_DIGITS[currency];
  const text = input.normalize('NFKC').trim().replace(/[,\s]/g, '');
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text);
  if (!match) return { ok: false, fault: 'format', digits };
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return { ok: false, fault: 'digits', digits };
  if (digits === 0) return { ok: true, amount: whole };
  return { ok: true, amount: `${whole}.${fraction.padEnd(digits, '0')}` };
}

/** Money as the service answers it: a decimal string in the currency's minor digits, never a float. */
export interface MoneyValue {
  amount: string;
  currency: string;
}

/**
 * An amount for reading: thousands separators and the currency's minor digits ("1234567.5" USD →
 * "1,234,567.50"), by string, so no amount goes through a float. The code follows unless `code: false`.
 */
export function formatMoney(money: MoneyValue, { code = true }: { code?: boolean } = {}): string {
  const digits = isCurrency(money.currency) ? MINOR_DIGITS[money.currency] : 2;
  const negative = money.amount.startsWith('-');
  const [whole = '0', fraction = ''] = money.amount.replace(/^[-+]/, '').split('.');
  const grouped = whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimals = digits > 0 ? `.${fraction.padEnd(digits, '0').slice(0, digits)}` : '';
  const text = `${negative ? '-' : ''}${grouped}${decimals}`;
  return code ? `${text} ${money.currency}` : text;
}
