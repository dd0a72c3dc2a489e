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
import type { DebitNote } from '../entities/debit-note.entity';
import type { PaymentAllocation } from '../entities/payment-allocation.entity';
import type { Payment } from '../entities/payment.entity';
import { BillPartyDto } from '../parties';

export class AllocationDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  debitNoteId!: string;

  @ApiProperty({ type: MoneyDto })
  @IsNested(MoneyDto)
  amount!: MoneyDto;
}

export class CreatePaymentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  clientId!: string;

  @ApiProperty({ type: MoneyDto })
  @IsNested(MoneyDto)
  amount!: MoneyDto;

  @ApiProperty({ example: '2026-11-26T10:15:00+08:00' })
  @IsIsoTime()
  receivedAt!: string;

  @ApiProperty({ example: 'BOC-20261126-0042', description: "The bank's reference" })
  @IsText(100)
  reference!: string;

  @ApiProperty({ type: [AllocationDto] })
  @IsNestedList(AllocationDto, { min: 1, max: 100 })
  allocations!: AllocationDto[];
}

export class PaymentListQueryDto extends PageQueryDto {
  @IsOptionalId()
  clientId?: string;

  @IsOptionalOneOf(CURRENCIES)
  currency?: CurrencyCode;
}

class PaymentAllocationDto {
  @ApiProperty({ format: 'uuid' }) debitNoteId!: string;
  @ApiProperty({ nullable: true, type: String }) debitNoteNumber!: string | null;
  @ApiProperty({ type: MoneyDto }) amount!: MoneyJson;
}

export class PaymentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) clientId!: string;
  @ApiProperty({ type: BillPartyDto, nullable: true }) client!: BillPartyDto | null;
  @ApiProperty({ type: MoneyDto }) amount!: MoneyJson;
  @ApiProperty({ type: MoneyDto, description: 'What was not allocated to a note' }) unallocated!: MoneyJson;
  @ApiProperty() receivedAt!: string;
  @ApiProperty() reference!: string;
  @ApiProperty({ type: [PaymentAllocationDto] }) allocations!: PaymentAllocationDto[];
  @ApiProperty() createdAt!: string;

  /** `notes`: the notes allocated to (for their numbers); what is not allocated is the amount less the rows. */
  static from(
    payment: Payment,
    rows: PaymentAllocation[],
    notes: Pick<DebitNote, 'id' | 'number'>[],
    client: BillPartyDto | null,
  ): PaymentDto {
    const currency = payment.currency as CurrencyCode;
    const amount = Money.fromMinor(BigInt(payment.amountMinor), currency);
    const allocated = Money.sum(
      rows.map((r) => Money.fromMinor(BigInt(r.amountMinor), currency)),
      currency,
    );
    return {
      id: payment.id,
      clientId: payment.clientId,
      client,
      amount: amount.toJSON(),
      unallocated: amount.subtract(allocated).toJSON(),
      receivedAt: payment.receivedAt.toISOString(),
      reference: payment.reference,
      allocations: rows.map((r) => ({
        debitNoteId: r.debitNoteId,
        debitNoteNumber: notes.find((n) => n.id === r.debitNoteId)?.number ?? null,
        amount: Money.fromMinor(BigInt(r.amountMinor), currency).toJSON(),
      })),
      createdAt: payment.createdAt.toISOString(),
    };
  }
}

export class PaymentPageDto {
  @ApiProperty({ type: [PaymentDto] }) items!: PaymentDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
