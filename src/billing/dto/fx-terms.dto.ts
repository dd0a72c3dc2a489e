import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { type CurrencyCode } from '../../common/money/currency';
import { IsCurrencyCode } from '../../common/money/money.dto';
import { IsIsoDate, IsNestedList, IsText } from '../../common/validation/decorators';
import type { ClientFxTerm } from '../entities/client-fx-term.entity';

export class FxTermDto {
  @IsCurrencyCode({ example: 'USD' })
  from!: CurrencyCode;

  @IsCurrencyCode({ example: 'CNY' })
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
  @IsText(100)
  source?: string;

  @ApiPropertyOptional({ example: '2026-11-01' })
  @IsOptional()
  @IsIsoDate('2026-11-01')
  date?: string;
}

export class PutFxTermsDto {
  @ApiProperty({ type: [FxTermDto], description: "Replaces the client's FX terms" })
  @IsNestedList(FxTermDto, { max: 30 })
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
