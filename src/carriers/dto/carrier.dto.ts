import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  Equals,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { IsPlainEmail } from '../../common/validation/email';
import type { Carrier } from '../entities/carrier.entity';

export const CARRIER_CODE_RULE = /^[A-Z0-9-]{2,20}$/;
const CODE_MESSAGE = 'code must be 2-20 characters of A-Z, 0-9 and -';
const MAX_EMAILS = 10;

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const upperCode = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;
/** E-mail addresses are compared without case: trimmed, lower-cased, the same address kept once. */
const normaliseEmails = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value)
    ? [...new Set(value.map((e: unknown) => (typeof e === 'string' ? e.trim().toLowerCase() : e)))]
    : value;
/** For optional fields that cannot be null: validate whatever was sent, null included. */
const IfSent = (): PropertyDecorator => ValidateIf((_o, value) => value !== undefined);

export class CreateCarrierDto {
  @ApiProperty({ example: 'MSC', description: `${CODE_MESSAGE}; stored upper-case; unique` })
  @Transform(upperCode)
  @IsString()
  @Matches(CARRIER_CODE_RULE, { message: CODE_MESSAGE })
  code!: string;

  @ApiProperty({ example: 'Mediterranean Shipping Company', minLength: 1, maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({
    description:
      'Whether the trucker must have documents printed at the depot (打单) before picking up the empty ' +
      'container (MSC: false)',
  })
  @IsBoolean()
  requiresDocPrint!: boolean;

  @ApiPropertyOptional({
    type: [String],
    example: ['booking.cn@msc.example'],
    description: `0-${MAX_EMAILS} addresses; lower-cased, duplicates dropped`,
  })
  @IsOptional()
  @Transform(normaliseEmails)
  @IsArray()
  @ArrayMaxSize(MAX_EMAILS)
  @IsPlainEmail({ list: true })
  emails?: string[];
}

/** Every field optional. The code never changes. */
export class UpdateCarrierDto {
  @ApiHideProperty()
  @IfSent()
  @Equals(undefined, { message: 'code cannot change once the carrier exists' })
  code?: never;

  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @IfSent()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional()
  @IfSent()
  @IsBoolean()
  requiresDocPrint?: boolean;

  @ApiPropertyOptional({ type: [String], description: `0-${MAX_EMAILS} addresses; replaces the list` })
  @IfSent()
  @Transform(normaliseEmails)
  @IsArray()
  @ArrayMaxSize(MAX_EMAILS)
  @IsPlainEmail({ list: true })
  emails?: string[];
}

export class ListCarriersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'A prefix of the code, or part of the name (any case); empty: no filter',
    maxLength: 200,
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class CarrierDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'MSC' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() requiresDocPrint!: boolean;
  @ApiProperty({ type: [String] }) emails!: string[];
  @ApiProperty({ description: 'Also sent as the ETag header; send it back in If-Match' }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static from(carrier: Carrier): CarrierDto {
    return {
      id: carrier.id,
      code: carrier.code,
      name: carrier.name,
      requiresDocPrint: carrier.requiresDocPrint,
      emails: carrier.emails,
      version: carrier.version,
      createdAt: carrier.createdAt.toISOString(),
      updatedAt: carrier.updatedAt.toISOString(),
    };
  }
}

export class CarrierPageDto {
  @ApiProperty({ type: [CarrierDto] }) items!: CarrierDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
