import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CURRENCIES, type CurrencyCode } from '../../common/money/currency';
import { IsIsoDate } from '../../common/validation/decorators';
import { trim } from '../../common/validation/transforms';
import type { ClientFxTerm } from '../entities/client-fx-term.entity';

export class FxTermDto {
  @ApiProperty({ enum: CURRENCIES, example: 'USD' })
  @IsIn(CURRENCIES)
  from!: CurrencyCode;

  @ApiProperty({ enum: CURRENCIES, example: 'CNY' })
  @IsIn(CURRENCIES)
  to!: CurrencyCode;

  @ApiProperty({
    enum: ['fixed', 'per_note'],
    description: 'fixed: this rate on every note; per_note: a rate must be entered on each note',
  })
  @IsIn(['fixed', 'per_note'])
  mode!: 'fixed' | 'per_note';

  @ApiPropertyOptional({ example: '7.1000', description: 'For fixed terms' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,6}(\.\d{1,10})?$/, {
    message: 'rate must be a positive decimal string with up to 10 decimals',
  })
  rate?: string;

  @ApiPropertyOptional({ example: 'Agreed with the client, contract 2026-031' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  source?: string;

  @ApiPropertyOptional({ example: '2026-11-01' })
  @IsOptional()
  @IsIsoDate('2026-11-01')
  date?: string;
}

export class PutFxTermsDto {
  @ApiProperty({ type: [FxTermDto], description: "Replaces the client's FX terms" })
  @IsArray()
  @ArrayMaxSize(30)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => FxTermDto)
  terms!: FxTermDto[];
}

export class FxTermsDto {
  @ApiProperty({ type: [FxTermDto] }) terms!: FxTermDto[];

  /** A client's terms in a stable order (by pair); a per-note term has no rate of its own. */
  static from(rows: ClientFxTerm[]): FxTermsDto {
    const terms: FxTermDto[] = rows.map((r) => ({
      from: r.fromCurrency as CurrencyCode,
      to: r.toCurrency as CurrencyCode,
      mode: r.mode,
      ...(r.mode === 'fixed' ? { rate: r.rate!, source: r.source!, date: r.rateDate! } : {}),
    }));
    return { terms: terms.sort((a, b) => `${a.from}${a.to}`.localeCompare(`${b.from}${b.to}`)) };
  }
}
