import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsISO8601,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import type { MoneyJson } from '../../common/money/money';
import { MoneyDto } from '../../common/money/money.dto';
import { ISO_DATE_TIME } from '../../common/time';

export class AllocationDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  debitNoteId!: string;

  @ApiProperty({ type: MoneyDto })
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  amount!: MoneyDto;
}

export class CreatePaymentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  clientId!: string;

  @ApiProperty({ type: MoneyDto })
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  amount!: MoneyDto;

  @ApiProperty({ example: '2026-11-26T10:15:00+08:00' })
  @IsString()
  @Matches(ISO_DATE_TIME, { message: 'receivedAt must be an ISO 8601 time with an offset' })
  @IsISO8601({ strict: true }, { message: 'receivedAt must be an ISO 8601 time with an offset' })
  receivedAt!: string;

  @ApiProperty({ example: 'BOC-20261126-0042', description: "The bank's reference" })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  reference!: string;

  @ApiProperty({ type: [AllocationDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AllocationDto)
  allocations!: AllocationDto[];
}

class MoneyOut {
  @ApiProperty() amount!: string;
  @ApiProperty() currency!: string;
}

class AllocationOut {
  @ApiProperty({ format: 'uuid' }) debitNoteId!: string;
  @ApiProperty({ nullable: true, type: String }) debitNoteNumber!: string | null;
  @ApiProperty({ type: MoneyOut }) amount!: MoneyJson;
}

export class PaymentOut {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) clientId!: string;
  @ApiProperty({ type: MoneyOut }) amount!: MoneyJson;
  @ApiProperty({ type: MoneyOut, description: 'What was not allocated to a note' }) unallocated!: MoneyJson;
  @ApiProperty() receivedAt!: string;
  @ApiProperty() reference!: string;
  @ApiProperty({ type: [AllocationOut] }) allocations!: AllocationOut[];
  @ApiProperty() createdAt!: string;
}
