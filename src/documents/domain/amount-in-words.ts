import { type CurrencyCode, isCurrency, minorDigits, Money, MoneyError } from '../../common/money';

const CN_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
// Units of the four places inside a section, most significant first.
const CN_PLACES = ['仟', '佰', '拾', ''] as const;
const CN_MAX_INTEGER_DIGITS = 13;
// Plain non-negative decimal, at most 2 fractional digits (元.角分); leading zeros and exponents refused.
const CN_AMOUNT = /^(0|[1-9][0-9]*)(?:\.([0-9]{1,2}))?$/;

function cnDigit(digit: number): string {
  return CN_DIGITS[digit] ?? '';
}

/**
 * An RMB amount in Chinese capital numerals (人民币大写) by the People's Bank of China rules, as required on
 * contracts and debit notes (docs/domain.md, "Rules the desk works by"): "16409.02" → "壹万陆仟肆佰零玖元零贰分".
 */
export function chineseCapitalAmount(amount: string): string {
  const match = typeof amount === 'string' ? CN_AMOUNT.exec(amount) : null;
  if (!match) {
    throw new MoneyError(
      `Not a non-negative RMB amount with at most 2 fractional digits: ${JSON.stringify(amount)}`,
    );
  }
  const integer = match[1] ?? '0';
  const fraction = (match[2] ?? '').padEnd(2, '0');
  if (integer.length > CN_MAX_INTEGER_DIGITS) {
    throw new MoneyError(`Amounts in capital numerals go up to ${CN_MAX_INTEGER_DIGITS} integer digits`);
  }
  const jiao = Number(fraction[0]);
  const fen = Number(fraction[1]);
  const yuan = integer === '0' ? '' : chineseInteger(integer);

  if (jiao === 0 && fen === 0) return `${yuan || '零'}元整`;
  let words = yuan ? `${yuan}元` : '';
  if (jiao !== 0) {
    words += `${cnDigit(jiao)}角`;
  } else if (yuan) {
    // PBOC: with 元 written and 角 zero, a 零 stands between them and the 分 (…元零贰分).
    words += '零';
  }
  return fen !== 0 ? `${words}${cnDigit(fen)}分` : `${words}整`;
}

/** The integer part (no leading zeros, not "0") in capital numerals, without the 元. */
function chineseInteger(integer: string): string {
  const sections: string[] = [];
  for (let end = integer.length; end > 0; end -= 4) {
    sections.unshift(integer.slice(Math.max(0, end - 4), end));
  }

  let words = '';
  // Set by zeros seen since the last digit written; becomes one 零 before the next non-zero digit.
  let zeroPending = false;
  sections.forEach((section, position) => {
    const level = sections.length - 1 - position; // 0: 元 section, 1: 万, 2: 亿, 3: 万亿
    const digits = section.padStart(4, '0');
    let sectionHasDigit = false;
    for (let place = 0; place < 4; place++) {
      const digit = Number(digits[place]);
      if (digit === 0) {
        zeroPending ||= words !== '';
        continue;
      }
      if (zeroPending) words += '零';
      zeroPending = false;
      words += `${cnDigit(digit)}${CN_PLACES[place] ?? ''}`;
      sectionHasDigit = true;
    }
    if (!sectionHasDigit) return; // an all-zero section keeps its pending 零 for the next section
    words += sectionUnit(level, sections);
    // PBOC rule as adopted here: zeros at the end of a section are not written (壹拾万柒仟, not 壹拾万零柒仟);
    // zeros at the start of the next one are (壹拾万零壹拾).
    zeroPending = false;
  });
  return words;
}

function sectionUnit(level: number, sections: readonly string[]): string {
  if (level === 0) return '';
  if (level === 1) return '万';
  if (level === 2) return '亿';
  // The 万亿 section is written 壹万 when the 亿 section that follows has digits (…万零壹亿), 壹万亿 otherwise.
  const yiSection = sections[sections.length - 3] ?? '0';
  return /[1-9]/.test(yiSection) ? '万' : '万亿';
}

// Names on bank and trade documents; the other supported currencies are named by their code.
const EN_CURRENCY_NAMES: Record<CurrencyCode, { major: string; minor: string }> = {
  USD: { major: 'US DOLLARS', minor: 'CENTS' },
  CNY: { major: 'CHINESE YUAN', minor: 'FEN' },
  EUR: { major: 'EUROS', minor: 'CENTS' },
  HKD: { major: 'HONG KONG DOLLARS', minor: 'CENTS' },
  JPY: { major: 'JAPANESE YEN', minor: '' },
  GBP: { major: 'POUNDS STERLING', minor: 'PENCE' },
  KWD: { major: 'KUWAITI DINARS', minor: 'FILS' },
  KRW: { major: 'KRW', minor: '' },
  SGD: { major: 'SGD', minor: 'CENTS' },
  AUD: { major: 'AUD', minor: 'CENTS' },
  CAD: { major: 'CAD', minor: 'CENTS' },
  BHD: { major: 'BHD', minor: 'FILS' },
};

const EN_ONES = [
  'ZERO',
  'ONE',
  'TWO',
  'THREE',
  'FOUR',
  'FIVE',
  'SIX',
  'SEVEN',
  'EIGHT',
  'NINE',
  'TEN',
  'ELEVEN',
  'TWELVE',
  'THIRTEEN',
  'FOURTEEN',
  'FIFTEEN',
  'SIXTEEN',
  'SEVENTEEN',
  'EIGHTEEN',
  'NINETEEN',
] as const;
const EN_TENS = [
  '',
  '',
  'TWENTY',
  'THIRTY',
  'FORTY',
  'FIFTY',
  'SIXTY',
  'SEVENTY',
  'EIGHTY',
  'NINETY',
] as const;
const EN_SCALES = ['', 'THOUSAND', 'MILLION', 'BILLION', 'TRILLION'] as const;
const EN_LIMIT = 1000n ** BigInt(EN_SCALES.length);

/**
 * A non-negative amount in English words as banks and trade documents write it:
 * ("16409.02", "USD") → "US DOLLARS SIXTEEN THOUSAND FOUR HUNDRED AND NINE AND CENTS TWO ONLY".
 */
export function englishAmountInWords(amount: string, currency: string): string {
  if (!isCurrency(currency)) throw new MoneyError(`Unsupported currency: ${String(currency)}`);
  if (typeof amount === 'string' && amount.startsWith('-')) {
    throw new MoneyError(`Amounts in words are never negative: ${JSON.stringify(amount)}`);
  }
  const money = Money.of(amount, currency);
  const unit = 10n ** BigInt(minorDigits(currency));
  const major = money.minor / unit;
  const minor = money.minor % unit;
  if (major >= EN_LIMIT) throw new MoneyError(`Amounts in words go up to ${EN_LIMIT - 1n} ${currency}`);
  const names = EN_CURRENCY_NAMES[currency];
  const minorWords = minor === 0n ? '' : ` AND ${names.minor} ${englishInteger(minor)}`;
  return `${names.major} ${englishInteger(major)}${minorWords} ONLY`;
}

/**
 * The amount in words as a bill or a debit note writes it, so nothing can be added before or after:
 * ("1200.50", "USD") → "SAY US DOLLARS ONE THOUSAND TWO HUNDRED AND CENTS FIFTY ONLY". For any currency; a
 * CNY document adds the Chinese capitals (chineseCapitalAmount) beside it.
 */
export function sayAmountInWords(amount: string, currency: string): string {
  return `SAY ${englishAmountInWords(amount, currency)}`;
}

/** A non-negative integer below 10^15 in words, British style ("ONE THOUSAND AND FIVE"). */
function englishInteger(value: bigint): string {
  if (value === 0n) return EN_ONES[0];
  const groups: string[] = [];
  let rest = value;
  for (let scale = 0; rest > 0n; scale++, rest /= 1000n) {
    const group = Number(rest % 1000n);
    if (group === 0) continue;
    const words = englishBelowThousand(group);
    const scaleWord = EN_SCALES[scale] ?? '';
    groups.unshift(scaleWord ? `${words} ${scaleWord}` : words);
  }
  const last = Number(value % 1000n);
  // British usage puts AND before a last group under a hundred when larger groups precede it.
  if (value >= 1000n && last > 0 && last < 100) groups.splice(-1, 1, `AND ${englishBelowThousand(last)}`);
  return groups.join(' ');
}

function englishBelowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds > 0) parts.push(`${englishBelowHundred(hundreds)} HUNDRED`);
  if (rest > 0) {
    if (hundreds > 0) parts.push('AND');
    parts.push(englishBelowHundred(rest));
  }
  return parts.join(' ');
}

function englishBelowHundred(n: number): string {
  if (n < 20) return EN_ONES[n] ?? '';
  const tens = EN_TENS[Math.floor(n / 10)] ?? '';
  return n % 10 === 0 ? tens : `${tens}-${EN_ONES[n % 10] ?? ''}`;
}
