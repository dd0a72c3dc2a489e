import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ScopeService } from '../auth/scope.service';
import { DebitNotesService } from '../billing/debit-notes.service';
import type { DebitNoteDto } from '../billing/dto/debit-note.dto';
import { InvalidReferenceError, NotFoundError, ValidationFailedError } from '../common/errors/app-error';
import { type CurrencyCode, Money } from '../common/money';
import { toMoney, type MoneyDto } from '../common/money/money.dto';
import { RequestContext } from '../common/request-context';
import { CONTAINER_TYPES, type ContainerTypeCode } from '../containers/domain/container-type';
import { FEE_DESCRIPTIONS } from './domain/fee-kind';
import {
  ChargeDto,
  CreateChargeDto,
  DraftFromChargesDto,
  UpdateChargeDto,
  VoidChargeDto,
} from './dto/charge.dto';
import { ShipmentCharge } from './entities/shipment-charge.entity';
import { ChargeLockedError, NothingToBillError } from './fees.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_BIGINT = 2n ** 63n - 1n;

/** A charge with what its list shows beside it: the box, the carrier, the notes it is on (void ones free it). */
interface ChargeRow {
  id: string;
  shipment_id: string;
  container_id: string | null;
  container_number: string | null;
  kind: ChargeDto['kind'];
  description: string;
  cost_minor: string;
  currency: string;
  carrier_id: string | null;
  carrier_name: string | null;
  rebillable: boolean;
  rule_id: string | null;
  source: ChargeDto['source'];
  receivable_note_id: string | null;
  receivable_number: string | null;
  receivable_state: string | null;
  payable_note_id: string | null;
  payable_number: string | null;
  payable_state: string | null;
  voided_at: Date | null;
  void_reason: string | null;
  created_at: Date;
}

// A note voided since frees its charges: they read as on no note, and the next draft takes them again.
const CHARGE_ROWS = `
  SELECT ch.id, ch.shipment_id, ch.container_id, c.container_number, ch.kind, ch.description, ch.cost_minor,
         ch.currency, ch.carrier_id, ca.name AS carrier_name, ch.rebillable, ch.rule_id, ch.source,
         rn.id AS receivable_note_id, COALESCE(rn.number, rn.carrier_number) AS receivable_number,
         rn.state AS receivable_state,
         pn.id AS payable_note_id, COALESCE(pn.carrier_number, pn.number) AS payable_number,
         pn.state AS payable_state,
         ch.voided_at, ch.void_reason, ch.created_at
    FROM shipment_charges ch
    LEFT JOIN containers c ON c.id = ch.container_id
    LEFT JOIN carriers ca ON ca.id = ch.carrier_id
    LEFT JOIN debit_notes rn ON rn.id = ch.receivable_note_id AND rn.state <> 'void'
    LEFT JOIN debit_notes pn ON pn.id = ch.payable_note_id AND pn.state <> 'void'`;

const toDto = (r: ChargeRow): ChargeDto => ({
  id: r.id,
  shipmentId: r.shipment_id,
  containerId: r.container_id,
  containerNumber: r.container_number,
  kind: r.kind,
  description: r.description,
  cost: Money.fromMinor(BigInt(r.cost_minor), r.currency as CurrencyCode).toJSON(),
  carrierId: r.carrier_id,
  carrierName: r.carrier_name,
  rebillable: r.rebillable,
  ruleId: r.rule_id,
  source: r.source,
  receivableNote: r.receivable_note_id
    ? { id: r.receivable_note_id, number: r.receivable_number, status: r.receivable_state! }
    : null,
  payableNote: r.payable_note_id
    ? { id: r.payable_note_id, number: r.payable_number, status: r.payable_state! }
    : null,
  voidedAt: r.voided_at ? new Date(r.voided_at).toISOString() : null,
  voidReason: r.void_reason,
  createdAt: new Date(r.created_at).toISOString(),
});

/** A charge's cost: more than zero, and fits the column. */
function parseCost(input: MoneyDto): Money {
  const cost = toMoney(input, 'cost');
  if (!cost.isPositive()) throw ValidationFailedError.field('cost.amount', 'a charge costs more than zero');
  if (cost.minor > MAX_BIGINT) throw ValidationFailedError.field('cost.amount', 'the amount is too large');
  return cost;
}

/** The label a rate line carries for a container type (the trade alias: 40HC). */
const typeLabel = (type: string): string => CONTAINER_TYPES[type as ContainerTypeCode]?.label ?? type;

/**
 * The charges on a shipment (docs/domain.md, "Fees by carrier and terminal"; docs/billing.md, "Drafts from
 * charges"): what the stages recorded from the fee rules, what operators add by hand, and the drafts started
 * from them. Costs are the staff's: a client user never reads them. Manual changes are audited on the
 * shipment (`shipment`, charge_added / charge_changed / charge_voided).
 */
@Injectable()
export class ChargesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notes: DebitNotesService,
    private readonly scope: ScopeService,
    private readonly context: RequestContext,
    private readonly audit: AuditService,
  ) {}

  /** The shipment's charges, oldest first; 404 for a client user or outside the caller's scope. */
  async list(shipmentId: string): Promise<ChargeDto[]> {
    return this.dataSource.transaction(async (em) => {
      await this.visibleShipment(em, shipmentId);
      return this.rows(em, 'ch.shipment_id = $1', [shipmentId]);
    });
  }

  /** Records a charge by hand (source `manual`). */
  async create(shipmentId: string, dto: CreateChargeDto): Promise<ChargeDto> {
    const cost = parseCost(dto.cost);
    return this.dataSource.transaction(async (em) => {
      await this.visibleShipment(em, shipmentId);
      if (dto.containerId) {
        const [box] = await em.query<unknown[]>(
          'SELECT 1 FROM containers WHERE id = $1 AND shipment_id = $2',
          [dto.containerId, shipmentId],
        );
        if (!box) throw new InvalidReferenceError('containerId', 'not a container of this shipment');
      }
      if (dto.carrierId) {
        const [carrier] = await em.query<unknown[]>('SELECT 1 FROM carriers WHERE id = $1', [dto.carrierId]);
        if (!carrier) throw new InvalidReferenceError('carrierId', 'no such carrier');
      }
      const { identifiers } = await em.insert(ShipmentCharge, {
        shipmentId,
        containerId: dto.containerId ?? null,
        kind: dto.kind,
        description: dto.description ?? FEE_DESCRIPTIONS[dto.kind],
        costMinor: cost.minor.toString(),
        currency: cost.currency,
        carrierId: dto.carrierId ?? null,
        rebillable: dto.rebillable ?? true,
        ruleId: null,
        source: 'manual',
        createdById: this.context.actorOrNull?.id ?? null,
      });
      const id = (identifiers[0] as { id: string }).id;
      const [created] = await this.rows(em, 'ch.id = $1', [id]);
      await this.audit.record(em, {
        entityType: 'shipment',
        entityId: shipmentId,
        action: 'charge_added',
        changes: { chargeId: id, kind: dto.kind, cost: created!.cost, rebillable: created!.rebillable },
      });
      return created!;
    });
  }

  /** Changes whether a charge is re-billed, its cost or description, while it is on no note and not void. */
  async update(id: string, dto: UpdateChargeDto): Promise<ChargeDto> {
    const cost = dto.cost ? parseCost(dto.cost) : undefined;
    return this.dataSource.transaction(async (em) => {
      const charge = await this.lockOpen(em, id);
      const patch: Partial<ShipmentCharge> = {};
      const changes: Record<string, unknown> = {};
      if (dto.rebillable !== undefined && dto.rebillable !== charge.rebillable) {
        patch.rebillable = dto.rebillable;
        changes.rebillable = { from: charge.rebillable, to: dto.rebillable };
      }
      if (cost && (cost.minor.toString() !== charge.costMinor || cost.currency !== charge.currency)) {
        patch.costMinor = cost.minor.toString();
        patch.currency = cost.currency;
        changes.cost = {
          from: Money.fromMinor(BigInt(charge.costMinor), charge.currency as CurrencyCode).toJSON(),
          to: cost.toJSON(),
        };
      }
      if (dto.description !== undefined && dto.description !== charge.description) {
        patch.description = dto.description;
        changes.description = { from: charge.description, to: dto.description };
      }
      if (Object.keys(patch).length) {
        await em.update(ShipmentCharge, { id }, patch);
        await this.audit.record(em, {
          entityType: 'shipment',
          entityId: charge.shipmentId,
          action: 'charge_changed',
          changes: { chargeId: id, ...changes },
        });
      }
      const [updated] = await this.rows(em, 'ch.id = $1', [id]);
      return updated!;
    });
  }

  /** Voids a charge on no note (void the draft first), with the reason. */
  async void(id: string, { reason }: VoidChargeDto): Promise<ChargeDto> {
    return this.dataSource.transaction(async (em) => {
      const charge = await this.lockOpen(em, id);
      await em.update(ShipmentCharge, { id }, { voidedAt: new Date(), voidReason: reason });
      await this.audit.record(em, {
        entityType: 'shipment',
        entityId: charge.shipmentId,
        action: 'charge_voided',
        changes: { chargeId: id, kind: charge.kind, reason },
      });
      const [voided] = await this.rows(em, 'ch.id = $1', [id]);
      return voided!;
    });
  }

  /**
   * Starts drafts from the shipment's charges (docs/billing.md, "Drafts from charges"), in one transaction
   * with the charges marked as drafted. Receivable: one draft for the client, the agreed rate per container
   * (a line per type) unless a receivable note of the shipment already bills it, and every re-billable
   * charge on no receivable note. Payable: one draft per carrier from the charges it bills us that are on no
   * payable note, awaiting the carrier's own number and due date. 409 NOTHING_TO_BILL when nothing is left.
   */
  async draftFromCharges(shipmentId: string, dto: DraftFromChargesDto): Promise<DebitNoteDto[]> {
    return this.dataSource.transaction(async (em) => {
      const shipment = await this.visibleShipment(em, shipmentId, { lock: true });
      const charges = (
        await this.rows(em, 'ch.shipment_id = $1 AND ch.voided_at IS NULL', [shipmentId])
      ).filter((c) =>
        dto.direction === 'receivable' ? c.rebillable && !c.receivableNote : c.carrierId && !c.payableNote,
      );
      return dto.direction === 'receivable'
        ? this.receivableDraft(em, shipment, charges, dto)
        : this.payableDrafts(em, shipmentId, charges, dto);
    });
  }

  private async receivableDraft(
    em: EntityManager,
    shipment: ShipmentFacts,
    charges: ChargeDto[],
    dto: DraftFromChargesDto,
  ): Promise<DebitNoteDto[]> {
    const lines: { description: string; amount: MoneyDto; quantity: string }[] = [];
    // The agreed rate is billed once: a receivable note of the shipment that is not void bills it already.
    const [billed] = await em.query<unknown[]>(
      `SELECT 1 FROM debit_notes WHERE shipment_id = $1 AND direction = 'receivable' AND state <> 'void' LIMIT 1`,
      [shipment.id],
    );
    if (!billed && shipment.agreedRateMinor !== null && shipment.agreedRateCurrency !== null) {
      const rate = Money.fromMinor(
        BigInt(shipment.agreedRateMinor),
        shipment.agreedRateCurrency as CurrencyCode,
      );
      if (rate.isPositive()) {
        const types = await em.query<{ type: string; n: string }[]>(
          'SELECT type, count(*)::text AS n FROM containers WHERE shipment_id = $1 GROUP BY type ORDER BY min(seq)',
          [shipment.id],
        );
        for (const { type, n } of types) {
          lines.push({
            description: `Ocean freight ${shipment.pol}-${shipment.pod} ${typeLabel(type)}`,
            amount: rate.toJSON(),
            quantity: n,
          });
        }
      }
    }
    for (const c of charges) {
      lines.push({
        description: c.containerNumber ? `${c.description} ${c.containerNumber}` : c.description,
        amount: c.cost,
        quantity: '1',
      });
    }
    if (!lines.length) throw new NothingToBillError('receivable');
    const currency =
      dto.currency ?? ((shipment.agreedRateCurrency ?? lines[0]!.amount.currency) as CurrencyCode);
    const note = await this.notes.createIn(em, shipment.id, {
      direction: 'receivable',
      partyId: shipment.clientId,
      currency,
      lines,
      fxRates: dto.fxRates,
    });
    if (charges.length) {
      await em.query('UPDATE shipment_charges SET receivable_note_id = $1 WHERE id = ANY($2::uuid[])', [
        note.id,
        charges.map((c) => c.id),
      ]);
    }
    return [note];
  }

  private async payableDrafts(
    em: EntityManager,
    shipmentId: string,
    charges: ChargeDto[],
    dto: DraftFromChargesDto,
  ): Promise<DebitNoteDto[]> {
    if (!charges.length) throw new NothingToBillError('payable');
    const byCarrier = new Map<string, ChargeDto[]>();
    for (const c of charges) byCarrier.set(c.carrierId!, [...(byCarrier.get(c.carrierId!) ?? []), c]);
    const drafts: DebitNoteDto[] = [];
    for (const [carrierId, own] of byCarrier) {
      const note = await this.notes.createIn(
        em,
        shipmentId,
        {
          direction: 'payable',
          partyId: carrierId,
          currency: dto.currency ?? own[0]!.cost.currency,
          lines: own.map((c) => ({
            description: c.containerNumber ? `${c.description} ${c.containerNumber}` : c.description,
            amount: c.cost,
            quantity: '1',
          })),
          fxRates: dto.fxRates,
        },
        { awaitingCarrierBill: true },
      );
      await em.query('UPDATE shipment_charges SET payable_note_id = $1 WHERE id = ANY($2::uuid[])', [
        note.id,
        own.map((c) => c.id),
      ]);
      drafts.push(note);
    }
    return drafts;
  }

  /** The shipment if staff in whose scope it is ask; 404 for a client user (costs are confidential) or else. */
  private async visibleShipment(
    em: EntityManager,
    id: string,
    { lock = false }: { lock?: boolean } = {},
  ): Promise<ShipmentFacts> {
    if (this.scope.isClientUser || !UUID.test(id)) throw new NotFoundError('Shipment');
    const [shipment] = await em.query<ShipmentFacts[]>(
      `SELECT id, client_id AS "clientId", pol, pod, agreed_rate_minor AS "agreedRateMinor",
              agreed_rate_currency AS "agreedRateCurrency"
         FROM shipments WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    if (!shipment || !(await this.scope.includes(shipment.clientId, em))) throw new NotFoundError('Shipment');
    return shipment;
  }

  /** The charge locked, in the caller's scope, on no live note and not void (409 otherwise). */
  private async lockOpen(em: EntityManager, id: string): Promise<ShipmentCharge> {
    const charge = UUID.test(id)
      ? await em.findOne(ShipmentCharge, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!charge) throw new NotFoundError('Charge');
    await this.visibleShipment(em, charge.shipmentId);
    if (charge.voidedAt) throw new ChargeLockedError('is void');
    const [row] = await this.rows(em, 'ch.id = $1', [id]);
    if (row!.receivableNote || row!.payableNote)
      throw new ChargeLockedError('is on a debit note (void the draft first)');
    return charge;
  }

  private async rows(em: EntityManager, where: string, params: unknown[]): Promise<ChargeDto[]> {
    const rows = await em.query<ChargeRow[]>(
      `${CHARGE_ROWS} WHERE ${where} ORDER BY ch.created_at, c.seq NULLS FIRST, ch.kind, ch.id`,
      params,
    );
    return rows.map(toDto);
  }
}

/** What drafting reads of the shipment. */
interface ShipmentFacts {
  id: string;
  clientId: string;
  pol: string;
  pod: string;
  agreedRateMinor: string | null;
  agreedRateCurrency: string | null;
}
