import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform, type TransformFnParams } from 'class-transformer';
import {
  IsIn,
  IsString,
  Matches,
  MaxLength,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';
import { ValidationFailedError } from '../errors/app-error';
import { stacked } from '../validation/decorators';
import { CURRENCIES, type CurrencyCode, isCurrency, minorDigits } from './currency';
import { MoneyError } from './decimal';
import { Money, type MoneyJson } from './money';

/** A required currency code of ours (ISO 4217), documented with the given example or description. */
export function IsCurrencyCode(doc: Pick<ApiPropertyOptions, 'example' | 'description'>): PropertyDecorator {
  return stacked(ApiProperty({ enum: CURRENCIES, ...doc }), IsIn(CURRENCIES));
}

const AMOUNT = /^-?\d+(\.\d+)?$/;

/**
 * "550" CNY → "550.00", "550.5" → "550.50": people write an amount with the digits it needs, and the API
 * answers it with exactly the currency's. More digits than the currency has are left for the check below.
 */
const atCurrencyDigits = ({ value, obj }: TransformFnParams): unknown => {
  const currency = (obj as { currency?: unknown } | undefined)?.currency;
  if (typeof value !== 'string' || !isCurrency(currency) || !AMOUNT.test(value)) return value;
  const digits = minorDigits(currency);
  const dot = value.indexOf('.');
  const given = dot < 0 ? 0 : value.length - dot - 1;
  if (given >= digits) return value;
  return `${value}${dot < 0 ? '.' : ''}${'0'.repeat(digits - given)}`;
};

/**
 * Why `amount` is no amount of `currency`, if it is not; what is no decimal string at all is `@Matches`'s to
 * report, an unknown currency `@IsIn`'s.
 */
function amountFault(amount: unknown, currency: unknown): string | undefined {
  if (typeof amount !== 'string' || !AMOUNT.test(amount) || !isCurrency(currency)) return undefined;
  try {
    Money.of(amount, currency);
    return undefined;
  } catch (error) {
    if (error instanceof MoneyError) return error.message;
    throw error;
  }
}

/**
 * The amount is one of the sibling `currency`: at most its minor digits, in plain notation. Checked here
 * rather than when the service reads it, so that a request with several wrong amounts has them all listed.
 */
function IsAmountOfCurrency(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isAmountOfCurrency',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          amountFault(value, (args.object as MoneyDto).currency) === undefined,
        defaultMessage: (args: ValidationArguments) =>
          amountFault(args.value, (args.object as MoneyDto).currency) ?? `${args.property} is not valid`,
      },
    });
}

/**
 * Money on the wire: `{ "amount": "1234.56", "currency": "USD" }`. Answers carry exactly the currency's
 * minor digits; a request may send fewer ("550" CNY is 550.00), never more. The one money schema of the API.
 */
export class MoneyDto {
  @ApiProperty({
    example: '1234.56',
    description:
      "Decimal string. Answers have exactly the currency's minor digits; requests may have fewer, never more",
  })
  @Transform(atCurrencyDigits)
  @IsString()
  @MaxLength(24)
  @Matches(AMOUNT, { message: 'amount must be a decimal string such as "1234.56"' })
  @IsAmountOfCurrency()
  amount!: string;

  @IsCurrencyCode({ example: 'USD' })
  currency!: CurrencyCode;
}

/** The Money a DTO carries; an amount that is none of its currency is a 400 naming `field.amount`. */
export function toMoney(dto: MoneyDto, field: string): Money {
  try {
    return Money.of(dto.amount, dto.currency);
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
