import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { ValidationFailedError } from '../errors/app-error';
import { CURRENCIES, type CurrencyCode } from './currency';
import { MoneyError } from './decimal';
import { Money, type MoneyJson } from './money';

/** Money on the wire: `{ "amount": "1234.56", "currency": "USD" }`, the amount with exactly the currency's digits. */
export class MoneyDto {
  @ApiProperty({ example: '1234.56', description: "Decimal string with exactly the currency's minor digits" })
  @IsString()
  @MaxLength(24)
  @Matches(/^-?\d+(\.\d+)?$/, { message: 'amount must be a decimal string such as "1234.56"' })
  amount!: string;

  @ApiProperty({ enum: CURRENCIES, example: 'USD' })
  @IsIn(CURRENCIES)
  currency!: CurrencyCode;
}

/** The Money a DTO carries; a wrong number of digits for the currency is a 400 naming `field.amount`. */
export function toMoney(dto: MoneyDto, field: string): Money {
  try {
    return Money.strict(dto.amount, dto.currency);
  } catch (error) {
    if (error instanceof MoneyError) throw ValidationFailedError.field(`${field}.amount`, error.message);
    throw error;
  }
}

/** Money stored as minor units + currency columns, back to the wire form (null when absent). */
export function moneyJson(minor: string | null, currency: string | null): MoneyJson | null {
  if (minor === null || currency === null) return null;
  return Money.fromMinor(BigInt(minor), currency as CurrencyCode).toJSON();
}
