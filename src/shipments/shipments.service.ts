import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ScopeService } from '../auth/scope.service';
import { Carrier } from '../carriers/entities/carrier.entity';
import { Client } from '../clients/entities/client.entity';
import { nextCounterValue } from '../common/database/counter';
import {
  InvalidReferenceError,
  NotFoundError,
  RequirementsUnmetError,
  ValidationFailedError,
} from '../common/errors/app-error';
import { toMoney } from '../common/money/money.dto';
import { keyset, keysetPage, keysetPageOfAny, Page } from '../common/pagination';
import { RequestContext } from '../common/request-context';
import { parseTime, yearMonthIn } from '../common/time';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { NoticesService, ShipmentFacts } from '../notifications/notices.service';
import { ACTION_HANDLERS, CONTAINER_HANDLERS } from './actions';
import type {
  ActionInputs,
  ActionServices,
  ContainerActionInputs,
  ShipmentActionName,
} from './actions/action-handler';
import {
  CLIENT_FACING_EVENTS,
  clientData,
  STAFF_ONLY_SHIPMENT_FIELDS,
  type ShipmentEventType,
} from './domain/shipment-events';
import {
  actionsFrom,
  findTransition,
  missingFor,
  validateMachine,
  type ContainerAction,
  type GuardInput,
  type TransitionRule,
  type UserAction,
} from './domain/shipment-machine';
import { SHIPMENT_STATUSES, type ContainerStatus, type ShipmentStatus } from './domain/shipment-status';
import { CreateShipmentDto, ShipmentListQueryDto } from './dto/create-shipment.dto';
import { NextActionDto, ShipmentDto, ShipmentEventDto } from './dto/shipment.dto';
import { Container } from './entities/container.entity';
import { ShipmentEvent } from './entities/shipment-event.entity';
import { Shipment } from './entities/shipment.entity';
import type { ShipmentSnapshot } from './recent-shipments';
import type { ShipmentChange } from './shipment-change';
import { shipmentFacts } from './shipment-facts';
import { ShipmentWriter } from './shipment-writer';
import { STAGE_CHARGES, type StageChargesProvider } from './stage-charges.port';
import { missingPaperText, PAPER_CHECKS, type PaperChecksProvider } from './paper-checks.port';
import { InvalidTransitionError } from './shipments.errors';

export type { ActionInputs, ContainerActionInputs, ShipmentActionName };

/** The most containers one shipment books. */
export const MAX_CONTAINERS = 100;
const CONTAINER_ORDER: Record<ContainerStatus, number> = {
  planned: 0,
  picked_up: 1,
  stuffed: 2,
  gated_in: 3,
};
/** The operator's lists: newest first. */
const NEWEST_FIRST = keyset<Shipment>('DESC', [
  { column: 's.createdAt', part: 'time', of: (s) => s.createdAt },
  { column: 's.id', part: 'uuid', of: (s) => s.id },
]);
/** A shipment's history: oldest first. */
const OLDEST_FIRST = keyset<ShipmentEvent>('ASC', [{ column: 'e.seq', part: 'seq', of: (e) => e.seq }]);
const escapeLike = (s: string): string => s.replace(/[\\%_]/g, '\\$&');

/** The events a client user may see (domain/shipment-events.ts) as a condition on `e`, built once. */
const CLIENT_FACING_SQL = (() => {
  const params: Record<string, string> = {};
  const plain: string[] = [];
  const conditional: string[] = [];
  for (const [i, { type, view }] of CLIENT_FACING_EVENTS.entries()) {
    if (!view.when) {
      plain.push(type);
      continue;
    }
    params[`clientEvent${i}`] = type;
    const values = Object.entries(view.when).map(([key, value], j) => {
      Object.assign(params, { [`clientKey${i}_${j}`]: key, [`clientValue${i}_${j}`]: value });
      return `e.data ->> :clientKey${i}_${j} = :clientValue${i}_${j}`;
    });
    conditional.push(`(e.type = :clientEvent${i} AND ${values.join(' AND ')})`);
  }
  return {
    where: `(e.type IN (:...clientEvents)${conditional.map((c) => ` OR ${c}`).join('')})`,
    params: { ...params, clientEvents: plain },
  };
})();

/**
 * Shipments: the reads, the booking, and the dispatch of the actions to their handlers
 * (`actions/`), each run through the write engine (ShipmentWriter).
 */
@Injectable()
export class ShipmentsService implements OnModuleInit {
  private readonly services: Omit<ActionServices, 'em'>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly context: RequestContext,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    notices: NoticesService,
    private readonly scope: ScopeService,
    private readonly writer: ShipmentWriter,
    @Inject(STAGE_CHARGES) charges: StageChargesProvider,
    @Inject(PAPER_CHECKS) private readonly papers: PaperChecksProvider,
  ) {
    this.services = { scope, notices, charges };
  }

  /** The table is checked at boot: a machine with an unreachable status or a dead end does not start. */
  onModuleInit(): void {
    const problems = validateMachine();
    if (problems.length)
      throw new Error(`The shipment state machine is inconsistent: ${problems.join('; ')}`);
  }

  /** Books a shipment: status `booking`, one container row per container requested, a reference SE<yymm>-<n>. */
  async create(dto: CreateShipmentDto): Promise<ShipmentDto> {
    const count = dto.containers.reduce((n, c) => n + c.quantity, 0);
    if (count > MAX_CONTAINERS) {
      throw ValidationFailedError.field(
        'containers',
        `at most ${MAX_CONTAINERS} containers per shipment (got ${count})`,
      );
    }
    const agreedRate = dto.agreedRate ? toMoney(dto.agreedRate, 'agreedRate') : null;
    if (agreedRate?.isNegative())
      throw ValidationFailedError.field('agreedRate.amount', 'agreedRate cannot be negative');
    if (dto.pol === dto.pod) throw ValidationFailedError.field('pod', 'pod must differ from pol');
    const etd = dto.etd ? parseTime(dto.etd, 'etd') : null;

    return this.dataSource.transaction(async (em) => {
      if (
        !(await em.existsBy(Client, { id: dto.clientId })) ||
        !(await this.scope.includes(dto.clientId, em))
      ) {
        throw new InvalidReferenceError('clientId', 'no such client');
      }
      if (dto.carrierId && !(await em.existsBy(Carrier, { id: dto.carrierId }))) {
        throw new InvalidReferenceError('carrierId', 'no such carrier');
      }
      const actor = this.context.actorOrNull;
      const operatorId = dto.operatorId ?? (actor?.role === 'operator' ? actor.id : null);
      if (dto.operatorId) await this.requireOperator(em, dto.operatorId);
      const shipment = await em.save(
        em.create(Shipment, {
          reference: await this.nextReference(em),
          status: 'booking',
          clientId: dto.clientId,
          carrierId: dto.carrierId ?? null,
          pol: dto.pol,
          pod: dto.pod,
          commodity: dto.commodity,
          freightTerm: dto.freightTerm,
          agreedRateMinor: agreedRate ? agreedRate.minor.toString() : null,
          agreedRateCurrency: agreedRate?.currency ?? null,
          vessel: dto.vessel ?? null,
          voyage: dto.voyage ?? null,
          etd,
          createdById: actor?.id ?? null,
          operatorId,
        }),
      );
      let seq = 0;
      const rows = dto.containers.flatMap((c) =>
        Array.from({ length: c.quantity }, () =>
          em.create(Container, { shipmentId: shipment.id, seq: ++seq, type: c.type }),
        ),
      );
      const containers = await em.save(rows);
      await this.writer.appendEvents(em, shipment.id, [
        {
          type: 'booking_created',
          fromStatus: null,
          toStatus: 'booking',
          dcsaCode: 'RECE',
          data: { reference: shipment.reference, containers: dto.containers },
        },
      ]);
      return ShipmentDto.from(shipment, containers);
    });
  }

  async get(id: string): Promise<ShipmentDto> {
    const shipment = await this.dataSource.getRepository(Shipment).findOneBy({ id });
    if (!shipment || !(await this.scope.includes(shipment.clientId))) throw new NotFoundError('Shipment');
    const containers = await this.dataSource.getRepository(Container).findBy({ shipmentId: id });
    return this.forViewer(ShipmentDto.from(shipment, containers));
  }

  /** The shipment as the actor may see it: a client user reads the staff-only fields as null. */
  forViewer(dto: ShipmentDto): ShipmentDto {
    if (!this.scope.isClientUser) return dto;
    const hidden = STAFF_ONLY_SHIPMENT_FIELDS satisfies readonly (keyof ShipmentDto)[];
    return { ...dto, ...Object.fromEntries(hidden.map((field) => [field, null])) };
  }

  /** The operator's lists: newest first, filtered by status, client, carrier, number prefix or CY cut-off. */
  async list(query: ShipmentListQueryDto): Promise<Page<ShipmentDto>> {
    const qb = this.dataSource.getRepository(Shipment).createQueryBuilder('s');
    if (query.status) {
      const statuses = query.status.split(',').map((s) => s.trim());
      const unknown = statuses.filter((s) => !(SHIPMENT_STATUSES as readonly string[]).includes(s));
      if (unknown.length)
        throw ValidationFailedError.field('status', `unknown status: ${unknown.join(', ')}`);
      qb.andWhere('s.status IN (:...statuses)', { statuses });
    }
    if (query.clientId) qb.andWhere('s.clientId = :clientId', { clientId: query.clientId });
    if (query.carrierId) qb.andWhere('s.carrierId = :carrierId', { carrierId: query.carrierId });
    if (query.operatorId) qb.andWhere('s.operatorId = :operatorId', { operatorId: query.operatorId });
    if (query.cutoffBefore) {
      qb.andWhere('s.cutoffCy < :cutoff', { cutoff: parseTime(query.cutoffBefore, 'cutoffBefore') });
    }
    const scope = await this.scope.clients();
    if (!scope.all) qb.andWhere('s.clientId = ANY(:scope)', { scope: scope.clientIds });
    const page = async (rows: Shipment[]) => {
      const containers = rows.length
        ? await this.dataSource.getRepository(Container).findBy({ shipmentId: In(rows.map((r) => r.id)) })
        : [];
      return rows.map((s) =>
        this.forViewer(
          ShipmentDto.from(
            s,
            containers.filter((c) => c.shipmentId === s.id),
          ),
        ),
      );
    };
    if (!query.q) return keysetPage(qb, query, NEWEST_FIRST, page);
    // Each kind of number is looked up by its own prefix index and the finds merged (docs/performance.md):
    // one OR over them all, the containers' included, could only walk the whole table.
    const text = escapeLike(query.q.trim().toUpperCase());
    const box = escapeLike(
      query.q
        .trim()
        .toUpperCase()
        .replace(/[\s\-/]/g, ''),
    );
    const lookups = [
      qb.clone().andWhere('s.reference LIKE :p', { p: `${text}%` }),
      qb.clone().andWhere('s.soNumber LIKE :p', { p: `${text}%` }),
      qb.clone().andWhere('s.carrierBookingReference LIKE :p', { p: `${text}%` }),
      qb.clone().andWhere('s.blNumber LIKE :p', { p: `${text}%` }),
      qb
        .clone()
        .andWhere('s.id IN (SELECT c.shipment_id FROM containers c WHERE c.container_number LIKE :box)', {
          box: `${box}%`,
        }),
    ];
    return keysetPageOfAny(lookups, query, NEWEST_FIRST, page);
  }

  /**
   * The history, oldest first. Staff see all of it; a client user only the client-facing events, with the
   * data a client may see, and staff as the company (domain/shipment-events.ts).
   */
  async events(id: string, limit = 200, cursor?: string): Promise<Page<ShipmentEventDto>> {
    const shipment = await this.visible(id);
    const qb = this.dataSource
      .getRepository(ShipmentEvent)
      .createQueryBuilder('e')
      .where('e.shipmentId = :id', { id });
    if (!this.scope.isClientUser) {
      return keysetPage(qb, { limit, cursor }, OLDEST_FIRST, (rows) =>
        rows.map((e) => ShipmentEventDto.from(e)),
      );
    }
    // Filtered in the query, so that a page holds `limit` events the client may see.
    qb.andWhere(CLIENT_FACING_SQL.where, CLIENT_FACING_SQL.params);
    const company = { id: null, name: this.config.company.name };
    return keysetPage(qb, { limit, cursor }, OLDEST_FIRST, async (rows) => {
      const actorIds = [...new Set(rows.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
      const ownPeople = new Set(
        actorIds.length
          ? (
              await this.dataSource.query<{ id: string }[]>(
                'SELECT id FROM users WHERE id = ANY($1::uuid[]) AND client_id = $2',
                [actorIds, shipment.clientId],
              )
            ).map((u) => u.id)
          : [],
      );
      return rows.map((e) => {
        const dto = ShipmentEventDto.from(e);
        return {
          ...dto,
          // Staff names stay inside: the client's own people appear as themselves, everyone else as us.
          actor: e.actorId && ownPeople.has(e.actorId) ? dto.actor : company,
          data: clientData(e.type, e.data) ?? {},
        };
      });
    });
  }

  /** Every action the status permits, and whether its guards hold now (the same table the actions use). */
  async nextActions(id: string): Promise<NextActionDto[]> {
    return this.dataSource.transaction(async (em) => {
      const change = await this.writer.read(em, id);
      if (!change || !(await this.scope.includes(change.shipment.clientId, em)))
        throw new NotFoundError('Shipment');
      const status = change.shipment.status;
      const rules = actionsFrom(status).map((action) => ({ action, rule: findTransition(action, status) }));
      await change.loadBillingFor(rules.flatMap(({ rule }) => (rule ? [rule] : [])));
      const ctx = change.context();
      // The papers checklist (docs/papers.md): blocking papers are missing like any requirement, the rest
      // only warn.
      const papers = await this.papers.missingFor(
        em,
        change.shipment,
        rules.map(({ action }) => action),
      );
      return rules.map(({ action, rule }): NextActionDto => {
        const lacking = papers.get(action) ?? [];
        const missing = [
          ...(rule ? missingFor(rule, ctx) : []),
          ...lacking.filter((p) => p.blocking).map(missingPaperText),
        ];
        const warnings = lacking.filter((p) => !p.blocking).map(missingPaperText);
        return {
          action,
          allowed: missing.length === 0,
          ...(missing.length ? { missing } : {}),
          ...(warnings.length ? { warnings } : {}),
          ...(lacking.length
            ? { missingPapers: lacking.map(({ kind, blocking }) => ({ kind, blocking })) }
            : {}),
        };
      });
    });
  }

  /**
   * Runs one shipment action: the table's rule, its guards, then its handler (actions/). `expectedVersion` is
   * the If-Match, when given.
   */
  async act<A extends ShipmentActionName>(
    id: string,
    action: A,
    input: ActionInputs[A],
    expectedVersion?: number,
  ): Promise<ShipmentDto> {
    const handler = ACTION_HANDLERS[action];
    const written = await this.writer.change(id, expectedVersion, async (change, em) => {
      const rule = this.transitionFor(change, action);
      await this.checkGuards(change, rule, action, em, handler.guardInput?.(input));
      const data = await handler.effect(change, input, { ...this.services, em });
      change.apply(rule, data);
      handler.after?.(change, input);
    });
    return this.answer(written);
  }

  /** An assigned operator must be an active operator: anything else is a 422 naming `operatorId`. */
  async requireOperator(em: EntityManager, id: string): Promise<void> {
    const [user] = await em.query<{ role: string; active: boolean }[]>(
      'SELECT role, active FROM users WHERE id = $1',
      [id],
    );
    if (!user || user.role !== 'operator' || !user.active) {
      throw new InvalidReferenceError('operatorId', 'not an active operator');
    }
  }
  /** Runs one container step (pickup, stuff, gate-in); the shipment follows when its last container does. */
  async actOnContainer<A extends ContainerAction>(
    id: string,
    containerId: string,
    action: A,
    input: ContainerActionInputs[A],
    expectedVersion?: number,
  ): Promise<ShipmentDto> {
    const handler = CONTAINER_HANDLERS[action];
    const written = await this.writer.change(id, expectedVersion, async (change, em) => {
      const container = change.containers.find((c) => c.id === containerId);
      if (!container) throw new NotFoundError('Container');
      const rule = this.transitionFor(change, action);
      this.checkContainerStep(container, action, handler.from);
      await this.checkGuards(change, rule, action, em);
      const data = await handler.effect(change, container, input, { ...this.services, em });
      change.apply(rule, { containerId: container.id, seq: container.seq, ...data });
    });
    return this.answer(written);
  }

  /**
   * For billing and approvals: records an event on the shipment (a debit note issued, a payment, a decision)
   * and lets the shipment take the automatic steps that now hold (debit_noted, paid), in the caller's
   * transaction. `refuseIn`: statuses in which the event must not be recorded (422), checked on the row as
   * locked, so that nothing decided on an earlier read lands on a shipment that has since moved there.
   */
  async recordEvent(
    em: EntityManager,
    shipmentId: string,
    event: { type: ShipmentEventType; data: Record<string, unknown>; dcsaCode?: string },
    options: { refuseIn?: readonly ShipmentStatus[] } = {},
  ): Promise<ShipmentStatus> {
    const written = await this.writer.recordEvent(em, shipmentId, event, options);
    return written.shipment.status;
  }

  /** What a notice needs to know of a shipment. */
  facts(change: ShipmentSnapshot): ShipmentFacts {
    return shipmentFacts(change);
  }

  /** The shipment as written, as the actor may see it. */
  answer({ shipment, containers }: ShipmentSnapshot): ShipmentDto {
    return this.forViewer(ShipmentDto.from(shipment, containers));
  }

  /** The row for the action from the current status; 409 with the possible actions when there is none. */
  private transitionFor(change: ShipmentChange, action: UserAction): TransitionRule {
    const status = change.shipment.status;
    const rule = findTransition(action, status);
    if (!rule) throw new InvalidTransitionError(status, action, actionsFrom(status));
    return rule;
  }

  private async checkGuards(
    change: ShipmentChange,
    rule: TransitionRule,
    action: UserAction,
    em: EntityManager,
    input?: GuardInput,
  ): Promise<void> {
    await change.loadBillingFor([rule], input);
    const papers = (await this.papers.missingFor(em, change.shipment, [action])).get(action) ?? [];
    const missing = [
      ...missingFor(rule, change.context(input)),
      ...papers.filter((p) => p.blocking).map(missingPaperText),
    ];
    if (missing.length) throw new RequirementsUnmetError(missing, `Cannot ${action}`);
  }

  /** A container step needs that container at the status the step starts from (422 naming it otherwise). */
  private checkContainerStep(container: Container, action: ContainerAction, needs: ContainerStatus): void {
    if (container.status === needs) return;
    const label = container.containerNumber ?? `container ${container.seq}`;
    const hint =
      CONTAINER_ORDER[container.status] < CONTAINER_ORDER[needs]
        ? `must be ${needs.replace('_', ' ')} first`
        : `is already ${container.status.replace('_', ' ')}`;
    throw new RequirementsUnmetError([`${label} ${hint} (it is ${container.status})`], `Cannot ${action}`);
  }

  /** The shipment if the actor may see it; 404 otherwise, whether or not it exists. */
  async visible(id: string, em: EntityManager = this.dataSource.manager): Promise<Shipment> {
    const shipment = await em.findOneBy(Shipment, { id });
    if (!shipment || !(await this.scope.includes(shipment.clientId, em))) throw new NotFoundError('Shipment');
    return shipment;
  }

  /** SE<yymm>-<nnnn>, numbered per month of the business's calendar, in the creating transaction. */
  private async nextReference(em: EntityManager): Promise<string> {
    const { year, month } = yearMonthIn(new Date(), this.config.timezone);
    const prefix = `SE${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}`;
    const n = await nextCounterValue(em, `shipment-reference:${prefix}`);
    return `${prefix}-${n.toString().padStart(4, '0')}`;
  }
}
