import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ScopeService } from '../auth/scope.service';
import { Carrier } from '../carriers/entities/carrier.entity';
import { Client } from '../clients/entities/client.entity';
import { nextCounterValue } from '../common/database/counter';
import { writeVersioned } from '../common/database/versioned-write';
import {
  NotFoundError,
  PreconditionFailedError,
  RequirementsUnmetError,
  ValidationFailedError,
  InvalidReferenceError,
} from '../common/errors/app-error';
import { Money, type CurrencyCode } from '../common/money';
import { moneyJson } from '../common/money/money.dto';
import { keyset, keysetPage, Page } from '../common/pagination';
import { RequestContext } from '../common/request-context';
import { todayIn } from '../common/time';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { NoticesService } from '../notifications/notices.service';
import { Shipment } from '../shipments/entities/shipment.entity';
import { ShipmentsService } from '../shipments/shipments.service';
import type { Approval } from '../approvals/entities/approval.entity';
import { voidAfterReleaseApproval } from '../approvals/void-after-release-approval';
import { addDays, findRate } from './domain/debit-note-math';
import { notePartiesOf, notePartyOf } from './parties';
import {
  CreateDebitNoteDto,
  DebitNoteListQueryDto,
  DebitNotePreviewDto,
  PreviewDebitNoteDto,
  DebitNoteLineInputDto,
  DebitNoteDto,
  FxRateDto,
  UpdateDebitNoteDto,
  VoidDebitNoteDto,
} from './dto/debit-note.dto';
import { DebitNoteStateError } from './billing.errors';
import { statusOf } from './domain/debit-note-status';
import { priceNote } from './debit-note-pricing';
import { takeDebitNoteSnapshot } from './debit-note-snapshot';
import { DebitNoteLine } from './entities/debit-note-line.entity';
import { DebitNote } from './entities/debit-note.entity';

/** What voiding a receivable note of a released shipment needs (docs/billing.md, "Debit notes"). */
const VOID_AFTER_RELEASE =
  'the B/L is released: a replacement note (replacementNoteId: another issued receivable note of this shipment) or an approved void_after_release approval (approvalId)';

const NEWEST_FIRST = keyset<DebitNote>('DESC', [
  { column: 'n.createdAt', part: 'time', of: (n) => n.createdAt },
  { column: 'n.id', part: 'uuid', of: (n) => n.id },
]);

/** What a void after the B/L's release names, as its event records it. */
interface VoidReferences {
  approvalId: string | null;
  approvedBy: { id: string; name: string } | null;
  replacementNoteId: string | null;
  replacementNumber: string | null;
}
const NO_VOID_REFERENCES: VoidReferences = {
  approvalId: null,
  approvedBy: null,
  replacementNoteId: null,
  replacementNumber: null,
};

/**
 * Debit notes (docs/domain.md step 11): drafts that accounts edit, issued notes that never change again (their
 * number, lines and FX rates frozen), void with a reason while unpaid.
 */
@Injectable()
export class DebitNotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shipments: ShipmentsService,
    private readonly context: RequestContext,
    private readonly notices: NoticesService,
    private readonly scope: ScopeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Creates a draft on a shipment; lines in other currencies are priced at the given or agreed rates. */
  async create(shipmentId: string, dto: CreateDebitNoteDto): Promise<DebitNoteDto> {
    // The carrier's bill says when it is due: payables aging reads it, we do not reckon it from terms.
    if (dto.direction === 'payable' && !dto.dueDate)
      throw ValidationFailedError.field('dueDate', "a payable note keeps the carrier's due date");
    return this.dataSource.transaction((em) => this.createIn(em, shipmentId, dto));
  }

  /**
   * Creates a draft in the caller's transaction, checked and priced as `create` does (drafts from a
   * shipment's charges, src/fees). `awaitingCarrierBill`: a payable draft started before the carrier's bill
   * arrives, without its number and due date; both are asked for when it is recorded (issue).
   */
  async createIn(
    em: EntityManager,
    shipmentId: string,
    dto: CreateDebitNoteDto,
    options: { awaitingCarrierBill?: boolean } = {},
  ): Promise<DebitNoteDto> {
    const { shipment, note, lines } = await this.priceDraft(em, shipmentId, dto, options);
    const saved = await em.save(note);
    const savedLines = await em.save(
      lines.map((l) => em.create(DebitNoteLine, { ...l, debitNoteId: saved.id })),
    );
    return DebitNoteDto.from(saved, savedLines, shipment.reference, await notePartyOf(em, saved));
  }

  /**
   * Prices a draft exactly as create would (the same checks, rates and refusals) and saves nothing: what the
   * editor shows as the note's total before it is saved or issued.
   */
  async preview(dto: PreviewDebitNoteDto): Promise<DebitNotePreviewDto> {
    const { shipmentId, ...body } = dto;
    const { note, lines } = await this.priceDraft(this.dataSource.manager, shipmentId, body);
    return DebitNotePreviewDto.from(note, lines);
  }

  /** A draft for the shipment, checked and priced, not saved (create saves it, preview shows it). */
  private async priceDraft(
    em: EntityManager,
    shipmentId: string,
    dto: CreateDebitNoteDto,
    { awaitingCarrierBill = false }: { awaitingCarrierBill?: boolean } = {},
  ) {
    const shipment = await em.findOneBy(Shipment, { id: shipmentId });
    if (!shipment) throw new NotFoundError('Shipment');
    if (shipment.status === 'cancelled')
      throw new RequirementsUnmetError(['a shipment that is not cancelled']);
    if (dto.direction === 'receivable') {
      if (dto.partyId !== shipment.clientId) {
        throw new InvalidReferenceError('partyId', "a receivable note is addressed to the shipment's client");
      }
    } else {
      if (!(await em.existsBy(Carrier, { id: dto.partyId })))
        throw new InvalidReferenceError('partyId', 'no such carrier');
      if (!dto.carrierNumber && !awaitingCarrierBill)
        throw ValidationFailedError.field('carrierNumber', "a payable note keeps the carrier's own number");
    }
    const note = em.create(DebitNote, {
      shipmentId,
      direction: dto.direction,
      clientId: dto.direction === 'receivable' ? dto.partyId : null,
      carrierId: dto.direction === 'payable' ? dto.partyId : null,
      currency: dto.currency,
      carrierNumber: dto.carrierNumber ?? null,
      dueDate: dto.dueDate ?? null,
      remarks: dto.remarks ?? null,
      state: 'draft',
      createdById: this.context.actorOrNull?.id ?? null,
    });
    const lines = await priceNote(em, this.config, note, dto.lines, dto.fxRates);
    return { shipment, note, lines };
  }

  /** Edits a draft: lines and rates are replaced when given. */
  async update(id: string, dto: UpdateDebitNoteDto, expectedVersion?: number): Promise<DebitNoteDto> {
    return this.dataSource.transaction(async (em) => {
      const note = await this.lock(em, id, expectedVersion);
      if (note.state !== 'draft') throw new DebitNoteStateError(statusOf(note), 'edit');
      if (dto.currency) note.currency = dto.currency;
      if (dto.dueDate !== undefined) {
        if (dto.dueDate === null && note.direction === 'payable')
          throw ValidationFailedError.field('dueDate', "a payable note keeps the carrier's due date");
        note.dueDate = dto.dueDate;
      }
      if (dto.remarks !== undefined) note.remarks = dto.remarks;
      if (dto.carrierNumber !== undefined) {
        if (note.direction === 'receivable')
          throw ValidationFailedError.field('carrierNumber', 'only payable notes have one');
        note.carrierNumber = dto.carrierNumber;
      }
      const current = await em.find(DebitNoteLine, { where: { debitNoteId: id }, order: { seq: 'ASC' } });
      const lineInput: DebitNoteLineInputDto[] =
        dto.lines ??
        current.map((l) => ({
          description: l.description,
          amount: moneyJson(l.amountMinor, l.currency)!,
          quantity: l.quantity,
        }));
      const lines = await priceNote(
        em,
        this.config,
        note,
        lineInput,
        dto.fxRates ?? (note.fxRates as FxRateDto[]),
      );
      note.version = await writeVersioned(em, DebitNote, note, note);
      await em.delete(DebitNoteLine, { debitNoteId: id });
      const saved = await em.save(lines.map((l) => em.create(DebitNoteLine, { ...l, debitNoteId: id })));
      return DebitNoteDto.from(
        note,
        saved,
        await this.referenceOf(em, note.shipmentId),
        await notePartyOf(em, note),
      );
    });
  }

  /**
   * Issues a draft: prices it at its rates (frozen from now on), gives a receivable note its number
   * DN-<year>-<6 digits> from a counter row locked in this transaction (gap-free: a rollback returns the
   * number), records the event on the shipment, which moves a bl_checked shipment to debit_noted.
   * A payable note is not issued by us: "issue" records the carrier's bill as owed (its status reads `issued`,
   * the word the API keeps; the console says recorded): frozen, no number of ours, its due date the carrier's,
   * nothing sent to anyone, and from then on payable by a carrier payment.
   */
  async issue(id: string, expectedVersion?: number): Promise<DebitNoteDto> {
    return this.dataSource.transaction(async (em) => {
      const note = await this.lock(em, id, expectedVersion);
      if (note.state !== 'draft') throw new DebitNoteStateError(statusOf(note), 'issue');
      // Locked until commit: a cancel cannot land between this check and the event below (it waits, then
      // finds the version moved and the note issued), and one that landed first is seen here.
      const shipment = await this.lockShipment(em, note.shipmentId);
      if (shipment.status === 'cancelled')
        throw new RequirementsUnmetError(['a shipment that is not cancelled']);
      const current = await em.find(DebitNoteLine, { where: { debitNoteId: id }, order: { seq: 'ASC' } });
      const lines = await priceNote(
        em,
        this.config,
        note,
        current.map((l) => ({
          description: l.description,
          amount: moneyJson(l.amountMinor, l.currency)!,
          quantity: l.quantity,
        })),
        note.fxRates as FxRateDto[],
      );
      const missing: string[] = [];
      if (BigInt(note.totalMinor) <= 0n) missing.push('a total above zero');
      if (note.direction === 'payable' && !note.dueDate) missing.push("the carrier's due date (dueDate)");
      if (note.direction === 'payable' && !note.carrierNumber)
        missing.push("the carrier's own number (carrierNumber)");
      const base = this.config.baseCurrency;
      // Profit, credit and aging are reckoned in the base currency at the note's own frozen rate.
      if (note.currency !== base && !findRate(note.fxRates, note.currency, base)) {
        missing.push(`an FX rate ${note.currency}→${base} (the base currency) in fxRates`);
      }
      if (missing.length) throw new RequirementsUnmetError(missing, 'Cannot issue');

      const issueDate = todayIn(this.config.timezone);
      if (note.direction === 'receivable') {
        const year = issueDate.slice(0, 4);
        const n = await nextCounterValue(em, `debit-note:${year}`);
        note.number = `DN-${year}-${n.toString().padStart(6, '0')}`;
        if (!note.dueDate) {
          const client = await em.findOneByOrFail(Client, { id: note.clientId! });
          note.dueDate = addDays(issueDate, client.paymentTerms === 'prepaid' ? 0 : (client.creditDays ?? 0));
        }
      }
      note.state = 'issued';
      note.issueDate = issueDate;
      note.dueDate ??= issueDate;
      note.issuedAt = new Date();
      note.baseCurrency = base;
      note.baseRate = note.currency === base ? '1' : findRate(note.fxRates, note.currency, base)!.rate;
      note.issuedById = this.context.actorOrNull?.id ?? null;
      // Everything else the note prints, as it stands in this transaction: its PDF never changes again.
      note.snapshot = await takeDebitNoteSnapshot(
        em,
        note,
        this.config.company,
        this.config.documents.taxNote,
      );
      note.version = await writeVersioned(em, DebitNote, note, note);
      await em.delete(DebitNoteLine, { debitNoteId: id });
      const saved = await em.save(lines.map((l) => em.create(DebitNoteLine, { ...l, debitNoteId: id })));
      const total = Money.fromMinor(BigInt(note.totalMinor), note.currency as CurrencyCode);
      await this.shipments.recordEvent(
        em,
        note.shipmentId,
        {
          type: 'debit_note_issued',
          data: {
            debitNoteId: note.id,
            number: note.number,
            carrierNumber: note.carrierNumber,
            direction: note.direction,
            total: total.toJSON(),
          },
        },
        { refuseIn: ['cancelled'] },
      );
      if (note.direction === 'receivable') {
        await this.notices.debitNoteIssued(em, {
          id: note.id,
          number: note.number!,
          clientId: note.clientId!,
          shipmentId: note.shipmentId,
          reference: shipment.reference,
          total,
          dueDate: note.dueDate,
          rates: note.fxRates.map((r) => `${r.from}/${r.to} ${r.rate} (${r.source}, ${r.date})`),
        });
      }
      return DebitNoteDto.from(note, saved, shipment.reference, await notePartyOf(em, note));
    });
  }

  /** Voids a note that nothing has been paid on; an issued number stays used. */
  async void(
    id: string,
    { reason, approvalId, replacementNoteId }: VoidDebitNoteDto,
    expectedVersion?: number,
  ): Promise<DebitNoteDto> {
    return this.dataSource.transaction(async (em) => {
      const note = await this.lock(em, id, expectedVersion);
      const status = statusOf(note);
      if (status !== 'draft' && status !== 'issued') throw new DebitNoteStateError(status, 'void');
      const wasIssued = note.state === 'issued';
      // Decided on the shipment as locked: a release-bl landing meanwhile waits for this transaction (and
      // then finds the version moved), one that landed first is seen here.
      const released = wasIssued && (await this.lockShipment(em, note.shipmentId)).status === 'released';
      const given =
        approvalId || replacementNoteId
          ? await this.voidReferences(em, note, { approvalId, replacementNoteId })
          : null;
      // Released on credit or by approval, the shipment's receivable notes are what the client still owes.
      if (released && note.direction === 'receivable' && !given) {
        throw new RequirementsUnmetError([VOID_AFTER_RELEASE], 'Cannot void');
      }
      note.state = 'void';
      note.voidedAt = new Date();
      note.voidReason = reason;
      note.voidApprovalId = given?.approvalId ?? null;
      note.replacementNoteId = given?.replacementNoteId ?? null;
      note.version = await writeVersioned(em, DebitNote, note, note);
      if (wasIssued) {
        await this.shipments.recordEvent(em, note.shipmentId, {
          type: 'debit_note_voided',
          data: {
            debitNoteId: note.id,
            number: note.number,
            direction: note.direction,
            reason,
            ...(released || given ? { afterRelease: released, ...(given ?? NO_VOID_REFERENCES) } : {}),
          },
        });
      }
      const lines = await em.findBy(DebitNoteLine, { debitNoteId: id });
      return DebitNoteDto.from(
        note,
        lines,
        await this.referenceOf(em, note.shipmentId),
        await notePartyOf(em, note),
      );
    });
  }

  async get(id: string): Promise<DebitNoteDto> {
    const em = this.dataSource.manager;
    const note = await this.visible(id, em);
    const lines = await em.findBy(DebitNoteLine, { debitNoteId: id });
    return this.forViewer(
      DebitNoteDto.from(
        note,
        lines,
        await this.referenceOf(em, note.shipmentId),
        await notePartyOf(em, note),
      ),
    );
  }

  /** Why a note was voided is the staff's business: a client user sees that it is void, not why. */
  private forViewer(note: DebitNoteDto): DebitNoteDto {
    return this.scope.isClientUser ? { ...note, voidReason: null } : note;
  }

  /** Notes, newest first, by shipment, client, status, direction, currency, due date or overdue. */
  async list(query: DebitNoteListQueryDto): Promise<Page<DebitNoteDto>> {
    const qb = this.dataSource.getRepository(DebitNote).createQueryBuilder('n');
    if (query.shipmentId) qb.andWhere('n.shipmentId = :shipmentId', { shipmentId: query.shipmentId });
    if (query.clientId) qb.andWhere('n.clientId = :clientId', { clientId: query.clientId });
    if (query.carrierId) qb.andWhere('n.carrierId = :carrierId', { carrierId: query.carrierId });
    if (query.direction) qb.andWhere('n.direction = :direction', { direction: query.direction });
    if (query.status === 'draft' || query.status === 'void')
      qb.andWhere('n.state = :state', { state: query.status });
    if (query.status === 'issued') qb.andWhere(`n.state = 'issued' AND n.paidMinor = 0`);
    if (query.status === 'partially_paid')
      qb.andWhere(`n.state = 'issued' AND n.paidMinor > 0 AND n.paidMinor < n.totalMinor`);
    if (query.status === 'paid')
      qb.andWhere(`n.state = 'issued' AND n.paidMinor >= n.totalMinor AND n.totalMinor > 0`);
    if (query.currency) qb.andWhere('n.currency = :currency', { currency: query.currency });
    if (query.dueBefore) qb.andWhere('n.dueDate <= :dueBefore', { dueBefore: query.dueBefore });
    if (query.overdue === 'true') {
      // The predicate of the partial index ix_debit_notes_open_due, so the planner can use it.
      qb.andWhere(
        `n.direction = 'receivable' AND n.state = 'issued' AND n.paidMinor < n.totalMinor AND n.dueDate < :today`,
        { today: todayIn(this.config.timezone) },
      );
    }
    const scope = await this.scope.clients();
    if (!scope.all) {
      qb.andWhere('n.shipmentId IN (SELECT s.id FROM shipments s WHERE s.client_id = ANY(:scope))', {
        scope: scope.clientIds,
      });
    }
    // A client sees the bills addressed to it once issued: not drafts, not the carriers' bills to us.
    if (this.scope.isClientUser) qb.andWhere(`n.direction = 'receivable' AND n.state <> 'draft'`);
    return keysetPage(qb, query, NEWEST_FIRST, async (notes) => {
      if (!notes.length) return [];
      const em = this.dataSource.manager;
      // The page's lines, shipment references and parties in one query each, whatever the page's size.
      const [lines, shipments, parties] = await Promise.all([
        em.findBy(DebitNoteLine, { debitNoteId: In(notes.map((n) => n.id)) }),
        em.find(Shipment, {
          where: { id: In([...new Set(notes.map((n) => n.shipmentId))]) },
          select: { id: true, reference: true },
        }),
        notePartiesOf(em, notes),
      ]);
      const references = new Map(shipments.map((s) => [s.id, s.reference]));
      return notes.map((n) =>
        this.forViewer(
          DebitNoteDto.from(
            n,
            lines.filter((l) => l.debitNoteId === n.id),
            references.get(n.shipmentId) ?? null,
            parties.get((n.clientId ?? n.carrierId)!) ?? null,
          ),
        ),
      );
    });
  }

  /** The note if the actor may see it (its shipment in scope; a client user: its issued bills only); else 404. */
  async visible(id: string, em: EntityManager = this.dataSource.manager): Promise<DebitNote> {
    const note = await em.findOneBy(DebitNote, { id });
    const shipment = note
      ? await em.findOne(Shipment, { where: { id: note.shipmentId }, select: { id: true, clientId: true } })
      : null;
    const hidden = this.scope.isClientUser && (note?.direction !== 'receivable' || note.state === 'draft');
    if (!note || !shipment || hidden || !(await this.scope.includes(shipment.clientId, em))) {
      throw new NotFoundError('Debit note');
    }
    return note;
  }

  /**
   * The replacement note and the approval a void names, checked (422 naming what is wrong) and as they are
   * recorded: what lets a receivable note go void once its shipment's B/L is released, another issued
   * receivable note of the shipment that replaces it, or an approved void_after_release approval for the
   * shipment, each approval voiding one note. Asked with the shipment locked for an issued note, so two voids
   * of one shipment take turns and neither counts on a note the other is voiding.
   */
  private async voidReferences(
    em: EntityManager,
    note: DebitNote,
    given: { approvalId?: string; replacementNoteId?: string },
  ): Promise<VoidReferences> {
    const missing: string[] = [];
    let replacement: DebitNote | null = null;
    if (given.replacementNoteId) {
      replacement =
        given.replacementNoteId === note.id
          ? null
          : await em.findOneBy(DebitNote, { id: given.replacementNoteId });
      if (
        replacement?.shipmentId !== note.shipmentId ||
        replacement.direction !== 'receivable' ||
        replacement.state !== 'issued'
      ) {
        missing.push(
          `replacement note ${given.replacementNoteId} is not another issued receivable note of this shipment`,
        );
      }
    }
    let approval: Approval | null = null;
    if (given.approvalId) {
      const found = await voidAfterReleaseApproval(em, note.shipmentId, given.approvalId);
      const used = found.ok ? await em.findOneBy(DebitNote, { voidApprovalId: given.approvalId }) : null;
      if (!found.ok) missing.push(found.reason);
      else if (used) missing.push(`approval ${given.approvalId} already voided ${used.number ?? used.id}`);
      else approval = found.approval;
    }
    if (missing.length) throw new RequirementsUnmetError(missing, 'Cannot void');
    return {
      approvalId: approval?.id ?? null,
      approvedBy: approval?.decidedById
        ? { id: approval.decidedById, name: approval.decidedByName ?? '' }
        : null,
      replacementNoteId: replacement?.id ?? null,
      replacementNumber: replacement?.number ?? null,
    };
  }

  /**
   * The note's shipment, its row locked (FOR UPDATE) until the transaction ends. Issue and void decide on its
   * status, and the shipment's own actions write it with a version check: holding the lock, billing and those
   * actions take turns, whatever the interleaving. Always after the note's lock (note, then shipment).
   */
  private async lockShipment(em: EntityManager, id: string): Promise<Shipment> {
    const shipment = await em.findOne(Shipment, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!shipment) throw new NotFoundError('Shipment');
    return shipment;
  }

  private async lock(em: EntityManager, id: string, expectedVersion?: number): Promise<DebitNote> {
    const note = await em.findOne(DebitNote, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!note) throw new NotFoundError('Debit note');
    if (expectedVersion !== undefined && expectedVersion !== note.version)
      throw new PreconditionFailedError(note.version);
    return note;
  }

  private async referenceOf(em: EntityManager, shipmentId: string): Promise<string | null> {
    const row = await em.findOne(Shipment, {
      where: { id: shipmentId },
      select: { id: true, reference: true },
    });
    return row?.reference ?? null;
  }
}
