import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ISO_DATE_TIME } from '../time';
import { IsPlainEmail, normaliseEmails } from './email';
import { numberText, trim, upper } from './transforms';

/**
 * Decorators applied as if written one per line in this order (the last runs first), so a composed rule
 * registers its checks in the same order as the stack it replaces and a refusal lists its messages the same.
 */
export function stacked(...decorators: PropertyDecorator[]): PropertyDecorator {
  return applyDecorators(...[...decorators].reverse());
}

/**
 * Free text, trimmed as sent, at most `maxLength` characters; at least one unless `allowEmpty`, which lets
 * an empty or all-blank value through.
 */
export function IsText(maxLength: number, options: { allowEmpty?: boolean } = {}): PropertyDecorator {
  return options.allowEmpty
    ? stacked(Transform(trim), IsString(), MaxLength(maxLength))
    : stacked(Transform(trim), IsString(), MinLength(1), MaxLength(maxLength));
}

/** One nested object, validated as the given DTO class. */
export function IsNested(type: new () => object): PropertyDecorator {
  return stacked(
    IsObject(),
    ValidateNested(),
    Type(() => type),
  );
}

/** A list of nested objects, each validated as the given DTO class; `min` and `max` bound its length. */
export function IsNestedList(
  type: new () => object,
  { min, max }: { min?: number; max: number },
): PropertyDecorator {
  return stacked(
    IsArray(),
    ...(min === undefined ? [] : [ArrayMinSize(min)]),
    ArrayMaxSize(max),
    IsObject({ each: true }),
    ValidateNested({ each: true }),
    Type(() => type),
  );
}

/** What a time must look like, in words for the 400. */
export const TIME_MESSAGE =
  '$property must be an ISO 8601 time with an offset, e.g. 2026-11-26T09:30:00+08:00';

/** A time with its offset (`2026-11-26T09:30:00+08:00`, `…Z`) that exists on the calendar. */
export function IsIsoTime(): PropertyDecorator {
  return applyDecorators(
    IsString(),
    Matches(ISO_DATE_TIME, { message: TIME_MESSAGE }),
    IsISO8601({ strict: true }, { message: TIME_MESSAGE }),
  );
}

/** A calendar date `YYYY-MM-DD`. */
export const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A calendar date (`2026-11-26`) that exists: 2026-02-30 has the shape but is refused. */
export function IsIsoDate(example = '2026-11-26'): PropertyDecorator {
  const message = `$property must be a date such as ${example}`;
  return applyDecorators(Matches(DATE, { message }), IsISO8601({ strict: true }, { message }));
}

/**
 * The code of a client or a carrier: 2-20 of A-Z, 0-9 and -, trimmed and upper-cased as sent. One rule for
 * both, since both are typed by the same people into the same kind of field.
 */
export const PARTY_CODE = /^[A-Z0-9-]{2,20}$/;
export const PARTY_CODE_MESSAGE = 'code must be 2-20 characters of A-Z, 0-9 and -';

export function IsPartyCode(): PropertyDecorator {
  return applyDecorators(Transform(upper), IsString(), Matches(PARTY_CODE, { message: PARTY_CODE_MESSAGE }));
}

/**
 * A positive weight or volume with up to 3 decimals, sent as a decimal string ("18250.500") or a JSON number
 * (18250.5), kept as the decimal string; `wholeDigits` bounds it below the column's precision.
 */
export function IsMeasure(wholeDigits: number): PropertyDecorator {
  const rule = new RegExp(`^\\d{1,${wholeDigits}}(\\.\\d{1,3})?$`);
  return applyDecorators(
    Transform(numberText),
    Matches(rule, {
      message: '$property must be a positive decimal (string or number) with up to 3 decimals',
    }),
  );
}

/** For optional fields that cannot be null: validate whatever was sent, null included. */
export const IfSent = (): PropertyDecorator => ValidateIf((_o, value) => value !== undefined);

/** An optional reference to a row (a filter, or a link that may be left out): a uuid when sent. */
export function IsOptionalId(): PropertyDecorator {
  return stacked(ApiPropertyOptional({ format: 'uuid' }), IsOptional(), IsUUID());
}

/** A list of `min`-`max` plain addresses (the list the caller sends), normalised as `normaliseEmails` does. */
export function IsEmailList({ min, max }: { min?: number; max: number }): PropertyDecorator {
  return stacked(
    Transform(normaliseEmails),
    IsArray(),
    ...(min === undefined ? [] : [ArrayMinSize(min)]),
    ArrayMaxSize(max),
    IsPlainEmail({ list: true }),
  );
}

/** An optional choice (a filter, or a field left as it is when not sent): one of `values` when sent. */
export function IsOptionalOneOf(values: readonly string[]): PropertyDecorator {
  return stacked(ApiPropertyOptional({ enum: values }), IsOptional(), IsIn(values));
}
