export { CURRENCIES, type CurrencyCode, isCurrency, minorDigits } from './currency';
export {
  atScale,
  type Decimal,
  isDecimalString,
  MAX_RATE_SCALE,
  MoneyError,
  parseDecimal,
  parseRate,
  pow10,
  roundHalfAwayFromZero,
} from './decimal';
export { Money, type MoneyJson } from './money';
