import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { MoneyDto } from './money.dto';

function read(amount: unknown, currency: unknown): { amount: unknown; faults: string[] } {
  const dto = plainToInstance(MoneyDto, { amount, currency });
  return {
    amount: dto.amount,
    faults: validateSync(dto).flatMap((e) => Object.values(e.constraints ?? {})),
  };
}

describe('MoneyDto', () => {
  it.each([
    ['550', 'CNY', '550.00'],
    ['550.5', 'CNY', '550.50'],
    ['550.50', 'CNY', '550.50'],
    ['-0.5', 'USD', '-0.50'],
    ['100', 'JPY', '100'],
    ['3', 'KWD', '3.000'],
    ['3.1', 'KWD', '3.100'],
  ])('reads %s %s as %s', (amount, currency, read_) => {
    expect(read(amount, currency)).toEqual({ amount: read_, faults: [] });
  });

  it.each([
    ['1.234', 'CNY', 'CNY amounts have at most 2 fractional digit(s): "1.234"'],
    ['100.5', 'JPY', 'JPY amounts have at most 0 fractional digit(s): "100.5"'],
    ['007', 'CNY', 'Not a valid CNY amount: "007.00"'],
  ])('refuses %s %s, saying why', (amount, currency, message) => {
    expect(read(amount, currency).faults).toEqual([message]);
  });

  it('leaves what is no decimal string to the format check, and an unknown currency to its own', () => {
    expect(read(550, 'CNY')).toMatchObject({ amount: 550 });
    expect(read(550, 'CNY').faults.length).toBeGreaterThan(0);
    expect(read('1e3', 'CNY').faults).toEqual(['amount must be a decimal string such as "1234.56"']);
    expect(read('550', 'XXX')).toMatchObject({ amount: '550' });
  });
});
