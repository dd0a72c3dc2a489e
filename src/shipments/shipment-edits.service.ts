import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Carrier } from '../carriers/entities/carrier.entity';
import {
  ConflictError,
  ForbiddenError,
  InvalidReferenceError,
  RequirementsUnmetError,
  ValidationFailedError,
} from '../common/errors/app-error';
import { moneyJson, toMoney } from '../common/money/money.dto';
import { RequestContext } from '../common/request-context';
import { NoticesService } from '../notifications/notices.service';
import { setBlNumber } from './actions/bl-number';
import { EDITABLE_FIELDS, editLock, type EditableField } from './domain/shipment-edits';
import { ShipmentDto } from './dto/shipment.dto';
import { ContainerChangesDto, EditableFieldDto, UpdateShipmentDto } from './dto/update-shipment.dto';
import { Container } from './entities/container.entity';
import { Shipment } from './entities/shipment.entity';
import type { EventData, ShipmentChange } from './shipment-change';
import { shipmentFacts } from './shipment-facts';
import { ShipmentWriter } from './shipment-writer';
import { MAX_CONTAINERS, ShipmentsService } from './shipments.service';

/** The containers by type, in booking order: what a booking confirmation lists. */
function containerSummary(containers: readonly Container[]): { type: string; quantity: number }[] {
  const counts = new Map<string, number>();
  for (const c of [...containers].sort((a, b) => a.seq - b.seq))
    counts.set(c.type, (counts.get(c.type) ?? 0) + 1);
  return [...counts].map(([type, quantity]) => ({ type, quantity }));
}

/** A PATCH that changes nothing: answered with the shipment as read, nothing written. */
class NothingToChange extends Error {
  constructor(
    readonly shipment: Shipment,
    readonly containers: Container[],
  ) {
    super('nothing to change');
  }
}

/**
 * Editing a shipment after it is booked (`PATCH /shipments/:id`, `GET /shipments/:id/editable`): what each
 * stage still allows, each change an event, run through the write engine (ShipmentWriter) like the actions.
 */
@Injectable()
export class ShipmentEditsService {
  constructor(
    private readonly shipments: ShipmentsService,
    private readonly writer: ShipmentWriter,
    private readonly context: RequestContext,
    private readonly notices: NoticesService,
  ) {}

  /**
   * Edits what the stage still allows (`PATCH`; docs/state-machine.md, "Editing a shipment"): the B/L number
   * until the B/L is released, the assigned operator (managers may change only that), and what was booked:
   * commodity and POD until the SI is in, the agreed rate until a debit note is issued, the carrier before
   * space is requested, the remarks, and planned containers added or removed until the last pickup. A
   * locked field is 422 naming why (domain/shipment-edits.ts). Each change is an event with before and
   * after; a change to what the client confirmed re-sends its booking confirmation. A request that changes
   * nothing writes nothing and answers the shipment as it is.
   */
  async update(id: string, dto: UpdateShipmentDto, expectedVersion?: number): Promise<ShipmentDto> {
    for (const field of ['commodity', 'pod'] as const) {
      if (dto[field] === null) throw ValidationFailedError.field(field, `${field} cannot be cleared`);
    }
    const agreedRate = dto.agreedRate ? toMoney(dto.agreedRate, 'agreedRate') : dto.agreedRate;
    if (agreedRate?.isNegative())
      throw ValidationFailedError.field('agreedRate.amount', 'agreedRate cannot be negative');
    try {
      // Decided on a fresh read: an answer that writes nothing must not come from this instance's memory.
      const written = await this.writer.change(
        id,
        expectedVersion,
        async (change, em) => {
          const s = change.shipment;
          const given = EDITABLE_FIELDS.filter((f) => dto[f] !== undefined);
          if (this.context.actor.role === 'manager' && given.some((f) => f !== 'operatorId')) {
            throw new ForbiddenError('A manager may change the assigned operator only');
          }
          const locked = (field: EditableField): void => {
            const why = editLock(field, s.status);
            if (why) throw new RequirementsUnmetError([why], `Cannot change ${field}`);
          };
          let confirmedChanged = false;
          const booked = (field: EditableField, from: unknown, to: unknown, more: EventData = {}): void => {
            const resent = s.status !== 'booking';
            change.record('booking_changed', { field, from, to, ...more, confirmationResent: resent });
            confirmedChanged ||= resent;
          };
          if (dto.operatorId !== undefined && dto.operatorId !== s.operatorId) {
            if (dto.operatorId) await this.shipments.requireOperator(em, dto.operatorId);
            change.record('operator_assigned', { from: s.operatorId, to: dto.operatorId });
            change.set({ operatorId: dto.operatorId });
          }
          if (dto.blNumber !== undefined && dto.blNumber !== s.blNumber) {
            locked('blNumber');
            setBlNumber(change, dto.blNumber, 'edit');
          }
          if (dto.commodity !== undefined && dto.commodity !== s.commodity) {
            locked('commodity');
            booked('commodity', s.commodity, dto.commodity);
            change.set({ commodity: dto.commodity });
          }
          if (dto.pod !== undefined && dto.pod !== s.pod) {
            locked('pod');
            if (dto.pod === s.pol) throw ValidationFailedError.field('pod', 'pod must differ from pol');
            booked('pod', s.pod, dto.pod);
            change.set({ pod: dto.pod });
          }
          if (agreedRate !== undefined) {
            const minor = agreedRate ? agreedRate.minor.toString() : null;
            const currency = agreedRate?.currency ?? null;
            if (minor !== s.agreedRateMinor || currency !== s.agreedRateCurrency) {
              locked('agreedRate');
              booked(
                'agreedRate',
                moneyJson(s.agreedRateMinor, s.agreedRateCurrency),
                moneyJson(minor, currency),
              );
              change.set({ agreedRateMinor: minor, agreedRateCurrency: currency });
            }
          }
          if (dto.carrierId !== undefined && dto.carrierId !== s.carrierId) {
            locked('carrierId');
            if (dto.carrierId && !(await em.existsBy(Carrier, { id: dto.carrierId }))) {
              throw new InvalidReferenceError('carrierId', 'no such carrier');
            }
            change.record('shipment_edited', { field: 'carrierId', from: s.carrierId, to: dto.carrierId });
            change.set({ carrierId: dto.carrierId });
          }
          const remarks = dto.remarks === undefined ? undefined : dto.remarks || null;
          if (remarks !== undefined && remarks !== s.remarks) {
            locked('remarks');
            change.record('shipment_edited', { field: 'remarks', from: s.remarks, to: remarks });
            change.set({ remarks });
          }
          if (dto.containers && (dto.containers.add?.length || dto.containers.remove?.length)) {
            locked('containers');
            const { added, removed, from } = this.changeContainers(change, em, dto.containers);
            booked('containers', from, containerSummary(change.containers), { added, removed });
          }
          if (confirmedChanged) {
            change.alsoWrite((tx) => this.notices.bookingConfirmed(tx, shipmentFacts(change)));
          }
          if (!change.events.length) throw new NothingToChange(change.shipment, change.containers);
        },
        { fresh: true },
      );
      return this.shipments.answer(written);
    } catch (error) {
      if (error instanceof NothingToChange)
        return this.shipments.forViewer(ShipmentDto.from(error.shipment, error.containers));
      throw error;
    }
  }

  /** Why each field of the PATCH is locked now, or that it is editable (the console's edit form). */
  async editable(id: string): Promise<EditableFieldDto[]> {
    const shipment = await this.shipments.visible(id);
    return EDITABLE_FIELDS.map((field) => {
      const reason = editLock(field, shipment.status);
      return reason ? { field, editable: false, reason } : { field, editable: true };
    });
  }

  /**
   * Adds and removes planned containers on the change: the new rows are inserted and the removed deleted in
   * the change's transaction once the shipment's row is written at its version (which every container write
   * goes through, so no container moved meanwhile). Returns what was added and removed, and the containers
   * as they were (by type).
   */
  private changeContainers(
    change: ShipmentChange,
    em: EntityManager,
    dto: ContainerChangesDto,
  ): { added: EventData[]; removed: EventData[]; from: { type: string; quantity: number }[] } {
    const from = containerSummary(change.containers);
    const removeIds = [...new Set(dto.remove ?? [])];
    const removing = removeIds.map((cid, i) => {
      const container = change.containers.find((c) => c.id === cid);
      if (!container)
        throw ValidationFailedError.field(`containers.remove.${i}`, 'not a container of this shipment');
      if (container.status !== 'planned') {
        const label = container.containerNumber ?? `container ${container.seq}`;
        throw new RequirementsUnmetError(
          [`${label} to be still planned: it is ${container.status.replace('_', ' ')}`],
          'Cannot remove the container',
        );
      }
      return container;
    });
    const count = (dto.add ?? []).reduce((n, c) => n + c.quantity, 0);
    const total = change.containers.length - removing.length + count;
    if (total < 1) throw ValidationFailedError.field('containers', 'a shipment keeps at least one container');
    if (total > MAX_CONTAINERS)
      throw ValidationFailedError.field(
        'containers',
        `at most ${MAX_CONTAINERS} containers per shipment (got ${total})`,
      );
    let seq = Math.max(0, ...change.containers.map((c) => c.seq));
    const adding = (dto.add ?? []).flatMap((c) =>
      Array.from({ length: c.quantity }, () =>
        em.create(Container, {
          id: randomUUID(),
          shipmentId: change.shipment.id,
          seq: ++seq,
          type: c.type,
          status: 'planned',
          active: true,
          containerNumber: null,
          sealNumber: null,
          pickedUpAt: null,
          stuffedAt: null,
          gatedInAt: null,
          packages: null,
          grossWeightKg: null,
          vgmKg: null,
          terminal: null,
        }),
      ),
    );
    for (const c of removing) change.containers.splice(change.containers.indexOf(c), 1);
    change.containers.push(...adding);
    const shipmentId = change.shipment.id;
    change.alsoWrite(async (tx) => {
      if (removing.length) {
        const [{ deleted }] = await tx.query<[{ deleted: number }]>(
          `WITH d AS (DELETE FROM containers WHERE shipment_id = $1 AND id = ANY($2::uuid[]) AND status = 'planned'
                      RETURNING id)
           SELECT count(*)::int AS deleted FROM d`,
          [shipmentId, removing.map((c) => c.id)],
        );
        if (deleted !== removing.length)
          throw new ConflictError('A container changed meanwhile; read the shipment again');
      }
      if (adding.length) {
        await tx.query(
          `INSERT INTO containers (id, shipment_id, seq, type)
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::varchar[])`,
          [
            adding.map((c) => c.id),
            adding.map(() => shipmentId),
            adding.map((c) => c.seq),
            adding.map((c) => c.type),
          ],
        );
      }
    });
    const brief = (c: Container): EventData => ({ containerId: c.id, seq: c.seq, type: c.type });
    return { added: adding.map(brief), removed: removing.map(brief), from };
  }
}
