import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Carrier } from '../carriers/entities/carrier.entity';
import { InvalidReferenceError, ValidationFailedError } from '../common/errors/app-error';
import { writeVersioned } from '../common/database/versioned-write';
import { toMoney } from '../common/money/money.dto';
import { keyset, keysetPage, type Page } from '../common/pagination';
import { RequestContext } from '../common/request-context';
import { parsePastTime } from '../common/time';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ShipmentsService } from '../shipments/shipments.service';
import { checkAllocations, lockNotes, paidInFull, readAllocations } from './allocation';
import {
  CarrierPaymentDto,
  CarrierPaymentListQueryDto,
  CreateCarrierPaymentDto,
} from './dto/carrier-payment.dto';
import { CarrierPaymentAllocation } from './entities/carrier-payment-allocation.entity';
import { CarrierPayment } from './entities/carrier-payment.entity';
import { DebitNote } from './entities/debit-note.entity';
import { checkAmount, checkReceivedAt } from './money-sanity';
import { partiesById } from './parties';

/** Latest money out first (ix_carrier_payments_paid; ix_carrier_payments_carrier with a carrier). */
const LATEST_FIRST = keyset<CarrierPayment>('DESC', [
  { column: 'p.paidAt', part: 'time', of: (p) => p.paidAt },
  { column: 'p.id', part: 'uuid', of: (p) => p.id },
]);

/**
 * Payments to carriers (docs/billing.md, "Carrier bills"): money out, allocated to the carrier's recorded
 * payable notes in their currency, under the rules and locks receipts follow (./allocation.ts). Accounts'
 * work: no client ever sees these, so there is no client scope to apply.
 */
@Injectable()
export class CarrierPaymentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly context: RequestContext,
    private readonly shipments: ShipmentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Records a payment to a carrier and allocates it, in one transaction, the notes locked in id order. */
  async record(dto: CreateCarrierPaymentDto): Promise<CarrierPaymentDto> {
    const amount = toMoney(dto.amount, 'amount');
    if (!amount.isPositive())
      throw ValidationFailedError.field('amount.amount', 'a payment must be positive');
    const paidAt = parsePastTime(dto.paidAt, 'paidAt');
    checkReceivedAt(this.config, paidAt, 'paidAt');
    checkAmount(this.config, amount, 'amount.amount');
    const allocations = readAllocations(this.config, dto.allocations);

    return this.dataSource.transaction(async (em) => {
      if (!(await em.existsBy(Carrier, { id: dto.carrierId })))
        throw new InvalidReferenceError('carrierId', 'no such carrier');
      const notes = await lockNotes(em, allocations);
      checkAllocations(
        notes,
        allocations,
        {
          direction: 'payable',
          partyId: dto.carrierId,
          noteOf: 'a payable note of this carrier',
          open: 'recorded',
        },
        amount,
      );
      const payment = await em.save(
        em.create(CarrierPayment, {
          carrierId: dto.carrierId,
          amountMinor: amount.minor.toString(),
          currency: amount.currency,
          paidAt,
          reference: dto.reference,
          createdById: this.context.actorOrNull?.id ?? null,
        }),
      );
      const rows = await em.save(
        allocations.map((a) =>
          em.create(CarrierPaymentAllocation, {
            paymentId: payment.id,
            debitNoteId: a.debitNoteId,
            amountMinor: a.money.minor.toString(),
          }),
        ),
      );
      const settled = await this.settledAt(em, paidInFull(notes, allocations));
      const shipmentIds = new Set<string>();
      for (const a of allocations) {
        const note = notes.find((n) => n.id === a.debitNoteId)!;
        await writeVersioned(em, DebitNote, note, {
          paidMinor: (BigInt(note.paidMinor) + a.money.minor).toString(),
          settledAt: settled.get(note.id) ?? null,
        });
        shipmentIds.add(note.shipmentId);
      }
      // Each shipment's history shows the carrier paid (staff only: a carrier's bill is ours).
      for (const shipmentId of [...shipmentIds].sort()) {
        await this.shipments.recordEvent(em, shipmentId, {
          type: 'carrier_paid',
          data: {
            carrierPaymentId: payment.id,
            reference: dto.reference,
            allocations: allocations
              .filter((a) => notes.find((n) => n.id === a.debitNoteId)?.shipmentId === shipmentId)
              .map((a) => ({ debitNoteId: a.debitNoteId, amount: a.money.toJSON() })),
          },
        });
      }
      return CarrierPaymentDto.from(payment, rows, notes, await this.carrierOf(em, payment.carrierId));
    });
  }

  /** For the bills paid in full: the latest `paidAt` among the payments allocated to each. */
  private async settledAt(em: EntityManager, noteIds: string[]): Promise<Map<string, Date>> {
    if (!noteIds.length) return new Map();
    const rows: { id: string; at: Date }[] = await em.query(
      `SELECT a.debit_note_id AS id, max(p.paid_at) AS at
         FROM carrier_payment_allocations a JOIN carrier_payments p ON p.id = a.payment_id
        WHERE a.debit_note_id = ANY($1::uuid[])
        GROUP BY a.debit_note_id`,
      [noteIds],
    );
    return new Map(rows.map((r) => [r.id, r.at]));
  }

  private async carrierOf(em: EntityManager, carrierId: string) {
    return (await partiesById(em, { carriers: [carrierId] })).get(carrierId) ?? null;
  }

  /** Payments to carriers, latest first, by carrier and currency. */
  async list(query: CarrierPaymentListQueryDto): Promise<Page<CarrierPaymentDto>> {
    const qb = this.dataSource.getRepository(CarrierPayment).createQueryBuilder('p');
    if (query.carrierId) qb.andWhere('p.carrierId = :carrierId', { carrierId: query.carrierId });
    if (query.currency) qb.andWhere('p.currency = :currency', { currency: query.currency });
    return keysetPage(qb, query, LATEST_FIRST, async (payments) => {
      if (!payments.length) return [];
      const em = this.dataSource.manager;
      const carriers = await partiesById(em, { carriers: payments.map((p) => p.carrierId) });
      const rows = await em.findBy(CarrierPaymentAllocation, { paymentId: In(payments.map((p) => p.id)) });
      const notes = rows.length
        ? await em.find(DebitNote, {
            where: { id: In([...new Set(rows.map((r) => r.debitNoteId))]) },
            select: { id: true, carrierNumber: true },
          })
        : [];
      return payments.map((p) =>
        CarrierPaymentDto.from(
          p,
          rows.filter((r) => r.paymentId === p.id),
          notes,
          carriers.get(p.carrierId) ?? null,
        ),
      );
    });
  }
}
