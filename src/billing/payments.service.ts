import { Inject, Injectable } from '@nestjs/common';
import { partiesById, type BillPartyDto } from './parties';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ScopeService } from '../auth/scope.service';
import { Client } from '../clients/entities/client.entity';
import { AppError, ErrorCode, NotFoundError, ValidationFailedError } from '../common/errors/app-error';
import { writeVersioned } from '../common/database/versioned-write';
import { toMoney } from '../common/money/money.dto';
import { keyset, keysetPage, type Page } from '../common/pagination';
import { RequestContext } from '../common/request-context';
import { parsePastTime } from '../common/time';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Money, type CurrencyCode } from '../common/money';
import { NoticesService } from '../notifications/notices.service';
import { ShipmentsService } from '../shipments/shipments.service';
import { checkAllocations, lockNotes, paidInFull, readAllocations } from './allocation';
import { CreatePaymentDto, PaymentDto, PaymentListQueryDto } from './dto/payment.dto';
import { DebitNote } from './entities/debit-note.entity';
import { PaymentAllocation } from './entities/payment-allocation.entity';
import { Payment } from './entities/payment.entity';
import { checkAmount, checkReceivedAt } from './money-sanity';

/** Latest money first: by when it was received (ix_payments_received; ix_payments_client with a client). */
const LATEST_FIRST = keyset<Payment>('DESC', [
  { column: 'p.receivedAt', part: 'time', of: (p) => p.receivedAt },
  { column: 'p.id', part: 'uuid', of: (p) => p.id },
]);

@Injectable()
export class PaymentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shipments: ShipmentsService,
    private readonly context: RequestContext,
    private readonly scope: ScopeService,
    private readonly notices: NoticesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Records money received and allocates it to the client's issued receivable notes in its currency. The
   * notes are locked (in id order, so two payments never deadlock); a shipment whose receivable notes are
   * all paid moves to `paid`. The client is told what was received and what it settled.
   */
  async record(dto: CreatePaymentDto): Promise<PaymentDto> {
    const amount = toMoney(dto.amount, 'amount');
    if (!amount.isPositive())
      throw ValidationFailedError.field('amount.amount', 'a payment must be positive');
    const receivedAt = parsePastTime(dto.receivedAt, 'receivedAt');
    // Sanity limits (docs/billing.md): a payment of 1900, or of more than any business receives at once.
    checkReceivedAt(this.config, receivedAt, 'receivedAt');
    checkAmount(this.config, amount, 'amount.amount');
    const allocations = readAllocations(this.config, dto.allocations);

    return this.dataSource.transaction(async (em) => {
      if (!(await em.existsBy(Client, { id: dto.clientId }))) {
        throw new AppError(422, ErrorCode.INVALID_REFERENCE, 'clientId: no such client', {
          fields: [{ field: 'clientId', message: 'no such client' }],
        });
      }
      const notes = await lockNotes(em, allocations);
      checkAllocations(
        notes,
        allocations,
        {
          direction: 'receivable',
          partyId: dto.clientId,
          noteOf: 'a receivable note of this client',
          open: 'issued',
        },
        amount,
      );

      const payment = await em.save(
        em.create(Payment, {
          clientId: dto.clientId,
          amountMinor: amount.minor.toString(),
          currency: amount.currency,
          receivedAt,
          reference: dto.reference,
          createdById: this.context.actorOrNull?.id ?? null,
        }),
      );
      const rows = await em.save(
        allocations.map((a) =>
          em.create(PaymentAllocation, {
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
        // The note is locked above, so what it holds is what the database holds.
        await writeVersioned(em, DebitNote, note, {
          paidMinor: (BigInt(note.paidMinor) + a.money.minor).toString(),
          settledAt: settled.get(note.id) ?? null,
        });
        shipmentIds.add(note.shipmentId);
      }
      for (const shipmentId of [...shipmentIds].sort()) {
        await this.shipments.recordEvent(em, shipmentId, {
          type: 'payment_received',
          data: {
            paymentId: payment.id,
            reference: dto.reference,
            allocations: allocations
              .filter((a) => notes.find((n) => n.id === a.debitNoteId)?.shipmentId === shipmentId)
              .map((a) => ({ debitNoteId: a.debitNoteId, amount: a.money.toJSON() })),
          },
        });
      }
      const client = await em.findOneByOrFail(Client, { id: dto.clientId });
      await this.notices.paymentReceived(em, client, {
        id: payment.id,
        amount: amount.toJSON(),
        reference: dto.reference,
        receivedAt,
        allocations: allocations.map((a) => {
          const note = notes.find((n) => n.id === a.debitNoteId)!;
          const currency = note.currency as CurrencyCode;
          // `note` is the row as locked, before this payment: what is left is after this allocation.
          const left = Money.fromMinor(
            BigInt(note.totalMinor) - BigInt(note.paidMinor) - a.money.minor,
            currency,
          );
          return { number: note.number ?? '', applied: a.money.toJSON(), balance: left.toJSON() };
        }),
      });
      return PaymentDto.from(payment, rows, notes, await this.clientOf(em, payment.clientId));
    });
  }

  private async clientOf(em: EntityManager, clientId: string): Promise<BillPartyDto | null> {
    return (await partiesById(em, { clients: [clientId] })).get(clientId) ?? null;
  }

  /**
   * For the notes this payment pays in full: when each was settled, the latest `receivedAt` among all the
   * payments allocated to it (this one's allocations are written already), so a back-dated payment that
   * completes a note settles it on the date of the latest money, not of the last one recorded.
   */
  private async settledAt(em: EntityManager, noteIds: string[]): Promise<Map<string, Date>> {
    if (!noteIds.length) return new Map();
    const rows: { id: string; at: Date }[] = await em.query(
      `SELECT a.debit_note_id AS id, max(p.received_at) AS at
         FROM payment_allocations a JOIN payments p ON p.id = a.payment_id
        WHERE a.debit_note_id = ANY($1::uuid[])
        GROUP BY a.debit_note_id`,
      [noteIds],
    );
    return new Map(rows.map((r) => [r.id, r.at]));
  }

  async get(id: string): Promise<PaymentDto> {
    const payment = await this.dataSource.getRepository(Payment).findOneBy({ id });
    if (!payment || !(await this.scope.includes(payment.clientId))) throw new NotFoundError('Payment');
    const rows = await this.dataSource.getRepository(PaymentAllocation).findBy({ paymentId: id });
    const notes = rows.length
      ? await this.dataSource.getRepository(DebitNote).findBy({ id: In(rows.map((r) => r.debitNoteId)) })
      : [];
    return PaymentDto.from(
      payment,
      rows,
      notes,
      await this.clientOf(this.dataSource.manager, payment.clientId),
    );
  }

  /** Payments received, latest first, by client and currency; only the clients in the actor's scope. */
  async list(query: PaymentListQueryDto): Promise<Page<PaymentDto>> {
    const qb = this.dataSource.getRepository(Payment).createQueryBuilder('p');
    if (query.clientId) qb.andWhere('p.clientId = :clientId', { clientId: query.clientId });
    if (query.currency) qb.andWhere('p.currency = :currency', { currency: query.currency });
    const scope = await this.scope.clients();
    if (!scope.all) qb.andWhere('p.clientId = ANY(:scope)', { scope: scope.clientIds });
    return keysetPage(qb, query, LATEST_FIRST, async (payments) => {
      if (!payments.length) return [];
      // The page's allocations, their notes' numbers and the clients in one query each, whatever the page's size.
      const clients = await partiesById(this.dataSource.manager, {
        clients: payments.map((p) => p.clientId),
      });
      const rows = await this.dataSource
        .getRepository(PaymentAllocation)
        .findBy({ paymentId: In(payments.map((p) => p.id)) });
      const notes = rows.length
        ? await this.dataSource.getRepository(DebitNote).find({
            where: { id: In([...new Set(rows.map((r) => r.debitNoteId))]) },
            select: { id: true, number: true },
          })
        : [];
      return payments.map((p) =>
        PaymentDto.from(
          p,
          rows.filter((r) => r.paymentId === p.id),
          notes,
          clients.get(p.clientId) ?? null,
        ),
      );
    });
  }
}
