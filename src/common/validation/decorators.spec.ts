import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IfSent, IsIsoDate, IsIsoTime, IsMeasure, IsPartyCode } from './decorators';

class Sample {
  @IsIsoTime() at!: string;
  @IsIsoDate() date!: string;
  @IsPartyCode() code!: string;
  @IsMeasure(9) weightKg!: string;
  @IfSent() @IsIsoTime() optionalAt?: string;
}

const VALID = {
  at: '2026-11-26T09:30:00+08:00',
  date: '2026-11-26',
  code: 'BRIGHT-SZ',
  weightKg: '18250.500',
};

/** The instance as the pipe builds it, and the fields it refuses. */
function check(input: Record<string, unknown>): { value: Sample; faults: string[] } {
  const value = plainToInstance(Sample, { ...VALID, ...input });
  return { value, faults: validateSync(value).map((e) => e.property) };
}

describe('shared validation decorators', () => {
  it('accepts what the API documents', () => {
    expect(check({}).faults).toEqual([]);
  });

  it.each([
    ['at', '2026-11-26 09:30'],
    ['at', '2026-11-26T09:30:00'],
    ['at', '2026-02-30T09:30:00Z'],
    ['at', 7],
    ['date', '2026-02-30'],
    ['date', '26/11/2026'],
    ['code', 'a'],
    ['code', 'BRIGHT SZ'],
    ['weightKg', '-1'],
    ['weightKg', '1.2345'],
    ['weightKg', -1],
    ['weightKg', 0.1 + 0.2],
    ['weightKg', 1e21],
    ['weightKg', true],
    ['optionalAt', null],
  ])('refuses %s = %j', (field, bad) => {
    expect(check({ [field]: bad }).faults).toEqual([field]);
  });

  it('reads a code trimmed and upper-cased, and a weight sent as a number as its decimal string', () => {
    const { value, faults } = check({ code: ' msc ', weightKg: 9120.5 });
    expect(faults).toEqual([]);
    expect(value).toMatchObject({ code: 'MSC', weightKg: '9120.5' });
  });
});
