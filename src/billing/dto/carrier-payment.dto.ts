import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { CURRENCIES } from '../../common/money/currency';
import { type CurrencyCode, Money, type MoneyJson } from '../../common/money';
import { MoneyDto } from '../../common/money/money.dto';
import {
  IsIsoTime,
  IsNested,
  IsNestedList,
  IsOptionalId,
  IsOptionalOneOf,
  IsText,
} from '../../common/validation/decorators';
import type { CarrierPaymentAllocation } from '../entities/carrier-payment-allocation.entity';
import type { CarrierPayment } from '../entities/carrier-payment.entity';
import type { DebitNote } from '../entities/debit-note.entity';
import { BillPartyDto } from '../parties';
import { AllocationDto } from './payment.dto';

export class CreateCarrierPaymentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  carrierId!: string;

  @ApiProperty({ type: MoneyDto })
  @IsNested(MoneyDto)
  amount!: MoneyDto;

  @ApiProperty({ example: '2026-11-26T10:15:00+08:00', description: 'When the money left our account' })
  @IsIsoTime()
  paidAt!: string;

  @ApiProperty({ example: 'BOC-OUT-20261126-0007', description: "The bank's reference of the transfer" })
  @IsText(100)
  reference!: string;

  @ApiProperty({
    type: [AllocationDto],
    description: "The carrier's recorded payable notes paid, in the payment's currency",
  })
  @IsNestedList(AllocationDto, { min: 1, max: 100 })
  allocations!: AllocationDto[];
}

export class CarrierPaymentListQueryDto extends PageQueryDto {
  @IsOptionalId()
  carrierId?: string;

  @IsOptionalOneOf(CURRENCIES)
  currency?: CurrencyCode;
}

class CarrierPaymentAllocationDto {
  @ApiProperty({ format: 'uuid' }) debitNoteId!: string;
  @ApiProperty({ nullable: true, type: String, description: "The carrier's invoice number" })
  carrierNumber!: string | null;
  @ApiProperty({ type: MoneyDto }) amount!: MoneyJson;
}

export class CarrierPaymentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) carrierId!: string;
  @ApiProperty({ type: BillPartyDto, nullable: true }) carrier!: BillPartyDto | null;
  @ApiProperty({ type: MoneyDto }) amount!: MoneyJson;
  @ApiProperty({ type: MoneyDto, description: 'What was not allocated to a bill' }) unallocated!: MoneyJson;
  @ApiProperty() paidAt!: string;
  @ApiProperty() reference!: string;
  @ApiProperty({ type: [CarrierPaymentAllocationDto] }) allocations!: CarrierPaymentAllocationDto[];
  @ApiProperty() createdAt!: string;

  static from(
    payment: CarrierPayment,
    rows: CarrierPaymentAllocation[],
    notes: Pick<DebitNote, 'id' | 'carrierNumber'>[],
    carrier: BillPartyDto | null,
  ): CarrierPaymentDto {
    const currency = payment.currency as CurrencyCode;
    const amount = Money.fromMinor(BigInt(payment.amountMinor), currency);
    const allocated = Money.sum(
      rows.map((r) => Money.fromMinor(BigInt(r.amountMinor), currency)),
      currency,
    );
    return {
      id: payment.id,
      carrierId: payment.carrierId,
      carrier,
      amount: amount.toJSON(),
      unallocated: amount.subtract(allocated).toJSON(),
      paidAt: payment.paidAt.toISOString(),
      reference: payment.reference,
      allocations: rows.map((r) => ({
        debitNoteId: r.debitNoteId,
        carrierNumber: notes.find((n) => n.id === r.debitNoteId)?.carrierNumber ?? null,
        amount: Money.fromMinor(BigInt(r.amountMinor), currency).toJSON(),
      })),
      createdAt: payment.createdAt.toISOString(),
    };
  }
}

export class CarrierPaymentPageDto {
  @ApiProperty({ type: [CarrierPaymentDto] }) items!: CarrierPaymentDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
