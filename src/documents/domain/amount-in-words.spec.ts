import { MoneyError } from '../../common/money';
import { chineseCapitalAmount, englishAmountInWords, sayAmountInWords } from './amount-in-words';

describe('chineseCapitalAmount', () => {
  it.each([
    ['16409.02', '壹万陆仟肆佰零玖元零贰分'],
    ['1000', '壹仟元整'],
    ['1000.00', '壹仟元整'],
    ['0.50', '伍角整'],
    ['0.5', '伍角整'],
    ['0.05', '伍分'],
    ['0.55', '伍角伍分'],
    ['0', '零元整'],
    ['0.00', '零元整'],
    ['10.10', '壹拾元壹角整'],
    ['16.50', '壹拾陆元伍角整'],
    ['100000', '壹拾万元整'],
    ['100010', '壹拾万零壹拾元整'],
    ['1004.30', '壹仟零肆元叁角整'],
    ['1680.32', '壹仟陆佰捌拾元叁角贰分'],
    ['107000.53', '壹拾万柒仟元伍角叁分'],
    ['6007.14', '陆仟零柒元壹角肆分'],
    ['325.04', '叁佰贰拾伍元零肆分'],
    ['200000000', '贰亿元整'],
    ['100000001', '壹亿零壹元整'],
    ['1010000', '壹佰零壹万元整'],
  ])('writes the PBOC examples: %p → %p', (amount, words) => {
    expect(chineseCapitalAmount(amount)).toBe(words);
  });

  it.each([
    ['1', '壹元整'],
    ['10', '壹拾元整'],
    ['11', '壹拾壹元整'],
    ['101', '壹佰零壹元整'],
    ['110', '壹佰壹拾元整'],
    ['1001', '壹仟零壹元整'],
    ['1.01', '壹元零壹分'],
    ['10000', '壹万元整'],
    ['10001', '壹万零壹元整'],
    ['10100', '壹万零壹佰元整'],
    ['11000', '壹万壹仟元整'],
    ['100001000', '壹亿零壹仟元整'], // a whole section of zeros between two sections is one 零
    ['100100000', '壹亿零壹拾万元整'],
    ['110000000', '壹亿壹仟万元整'],
    ['1000001000', '壹拾亿零壹仟元整'],
    ['30000000.07', '叁仟万元零柒分'],
    ['1000000000000', '壹万亿元整'],
    ['1000100000000', '壹万零壹亿元整'],
    ['1000000010000', '壹万亿零壹万元整'],
    ['1234567890123.45', '壹万贰仟叁佰肆拾伍亿陆仟柒佰捌拾玖万零壹佰贰拾叁元肆角伍分'],
  ])('places zeros and units: %p → %p', (amount, words) => {
    expect(chineseCapitalAmount(amount)).toBe(words);
  });

  it('writes the largest supported amount (13 integer digits)', () => {
    expect(chineseCapitalAmount('9999999999999.99')).toBe(
      '玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分',
    );
  });

  it.each([
    '10000000000000',
    '-1',
    '-0.00',
    '1.234',
    '',
    ' 1',
    '1.',
    '.5',
    '+1',
    '1e3',
    '1,000',
    '01',
    'abc',
  ])('refuses %p', (amount) => {
    expect(() => chineseCapitalAmount(amount)).toThrow(MoneyError);
  });

  it('refuses a number', () => {
    expect(() => chineseCapitalAmount(12 as unknown as string)).toThrow(MoneyError);
  });
});

describe('englishAmountInWords', () => {
  it.each([
    ['16409.02', 'USD', 'US DOLLARS SIXTEEN THOUSAND FOUR HUNDRED AND NINE AND CENTS TWO ONLY'],
    ['1000.00', 'USD', 'US DOLLARS ONE THOUSAND ONLY'],
    ['1000', 'CNY', 'CHINESE YUAN ONE THOUSAND ONLY'],
    ['0.00', 'USD', 'US DOLLARS ZERO ONLY'],
    ['0', 'JPY', 'JAPANESE YEN ZERO ONLY'],
    ['0.05', 'USD', 'US DOLLARS ZERO AND CENTS FIVE ONLY'],
    ['0.99', 'EUR', 'EUROS ZERO AND CENTS NINETY-NINE ONLY'],
    ['12.3', 'CNY', 'CHINESE YUAN TWELVE AND FEN THIRTY ONLY'],
    ['1005', 'HKD', 'HONG KONG DOLLARS ONE THOUSAND AND FIVE ONLY'],
    ['1100', 'HKD', 'HONG KONG DOLLARS ONE THOUSAND ONE HUNDRED ONLY'],
    ['21.10', 'GBP', 'POUNDS STERLING TWENTY-ONE AND PENCE TEN ONLY'],
    ['1.234', 'KWD', 'KUWAITI DINARS ONE AND FILS TWO HUNDRED AND THIRTY-FOUR ONLY'],
    ['0.005', 'BHD', 'BHD ZERO AND FILS FIVE ONLY'],
    ['150000', 'JPY', 'JAPANESE YEN ONE HUNDRED AND FIFTY THOUSAND ONLY'],
    ['1000000', 'KRW', 'KRW ONE MILLION ONLY'],
    ['2500.40', 'SGD', 'SGD TWO THOUSAND FIVE HUNDRED AND CENTS FORTY ONLY'],
    ['1000001', 'AUD', 'AUD ONE MILLION AND ONE ONLY'],
    ['90000000000.80', 'CAD', 'CAD NINETY BILLION AND CENTS EIGHTY ONLY'],
    [
      '1234567.89',
      'USD',
      'US DOLLARS ONE MILLION TWO HUNDRED AND THIRTY-FOUR THOUSAND FIVE HUNDRED AND SIXTY-SEVEN AND CENTS EIGHTY-NINE ONLY',
    ],
  ])('%p %p → %p', (amount, currency, words) => {
    expect(englishAmountInWords(amount, currency)).toBe(words);
  });

  it('writes the largest supported amount', () => {
    expect(englishAmountInWords('999999999999999.99', 'USD')).toBe(
      'US DOLLARS NINE HUNDRED AND NINETY-NINE TRILLION NINE HUNDRED AND NINETY-NINE BILLION ' +
        'NINE HUNDRED AND NINETY-NINE MILLION NINE HUNDRED AND NINETY-NINE THOUSAND ' +
        'NINE HUNDRED AND NINETY-NINE AND CENTS NINETY-NINE ONLY',
    );
  });

  it.each([
    ['1000000000000000', 'USD'],
    ['-1.00', 'USD'],
    ['-0', 'USD'],
    ['1.234', 'USD'],
    ['1.5', 'JPY'],
    ['1e3', 'USD'],
    ['', 'USD'],
    ['1,000', 'USD'],
    ['.5', 'USD'],
    ['1.00', 'XYZ'],
    ['1.00', 'usd'],
  ])('refuses %p %p', (amount, currency) => {
    expect(() => englishAmountInWords(amount, currency)).toThrow(MoneyError);
  });
});

describe('sayAmountInWords (the line a debit note prints)', () => {
  it.each([
    ['1200.50', 'USD', 'SAY US DOLLARS ONE THOUSAND TWO HUNDRED AND CENTS FIFTY ONLY'],
    ['1200.00', 'USD', 'SAY US DOLLARS ONE THOUSAND TWO HUNDRED ONLY'],
    ['0.05', 'USD', 'SAY US DOLLARS ZERO AND CENTS FIVE ONLY'],
    ['3701.15', 'USD', 'SAY US DOLLARS THREE THOUSAND SEVEN HUNDRED AND ONE AND CENTS FIFTEEN ONLY'],
    ['16409.02', 'CNY', 'SAY CHINESE YUAN SIXTEEN THOUSAND FOUR HUNDRED AND NINE AND FEN TWO ONLY'],
  ])('%p %p → %p', (amount, currency, words) => {
    expect(sayAmountInWords(amount, currency)).toBe(words);
  });

  it('refuses what englishAmountInWords refuses', () => {
    expect(() => sayAmountInWords('-1.00', 'USD')).toThrow(MoneyError);
    expect(() => sayAmountInWords('1.234', 'USD')).toThrow(MoneyError);
  });
});
