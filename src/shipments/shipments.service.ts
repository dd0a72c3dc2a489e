import { Inject, Injectable, OnModuleInit, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ScopeService } from '../auth/scope.service';
import { Carrier } from '../carriers/entities/carrier.entity';
import { Client } from '../clients/entities/client.entity';
import { nextCounterValue } from '../common/database/counter';
import {
  AppError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  PreconditionFailedError,
  RequirementsUnmetError,
  ValidationFailedError,
  InvalidReferenceError,
} from '../common/errors/app-error';
import { atScale } from '../common/money';
import { moneyJson, toMoney } from '../common/money/money.dto';
import { cursorTime, decodeCursor, DEFAULT_PAGE_SIZE, Page, toPage } from '../common/pagination';
import { RequestContext } from '../common/request-context';
import { parsePastTime, parseTime, yearMonthIn } from '../common/time';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { validateContainerNumber } from '../containers/domain/container-number';
import { normalizeSealNumber } from '../containers/domain/seal-number';
import { NoticesService, ShipmentFacts } from '../notifications/notices.service';
import { BILLING_FACTS, BillingFactsProvider } from './billing-facts.port';
import {
  actionsFrom,
  automaticFrom,
  findTransition,
  GuardContext,
  missingFor,
  NO_BILLING,
  needsBilling,
  nextAutomatic,
  TransitionRule,
  USER_ACTIONS,
  validateMachine,
  type BillingFacts,
  type ContainerAction,
  type UserAction,
} from './domain/shipment-machine';
import {
  SHIPMENT_STATUSES,
  TERMINAL_STATUSES,
  type ContainerStatus,
  type ShipmentStatus,
} from './domain/shipment-status';
import {
  ApproveBlDto,
  CancelDto,
  CutoffsDto,
  DeclareCustomsDto,
  FlagInspectionDto,
  GateInDto,
  PickupDto,
  ReleaseBlDto,
  ReleaseSoDto,
  RequestSpaceDto,
  RollDto,
  StuffDto,
  SubmitSiDto,
  ClearInspectionDto,
} from './dto/action.dto';
import { CreateShipmentDto, ShipmentListQueryDto } from './dto/create-shipment.dto';
import { UpdateShipmentDto } from './dto/update-shipment.dto';
import { NextActionDto, ShipmentDto, ShipmentEventDto } from './dto/shipment.dto';
import { Container } from './entities/container.entity';
import { RecentShipments, type ShipmentSnapshot } from './recent-shipments';
import { ShipmentRows, type PendingEvent } from './shipment-rows';
import { ShipmentEvent } from './entities/shipment-event.entity';
import {
  CLIENT_FACING_EVENTS,
  clientData,
  STAFF_ONLY_SHIPMENT_FIELDS,
  type ShipmentEventType,
} from './domain/shipment-events';
import { Shipment } from './entities/shipment.entity';
import {
  ContainerNumberInvalidError,
  InvalidTransitionError,
  SiRevisionMismatchError,
} from './shipments.errors';

/** The body each shipment action takes (API.md "Actions"). */
export interface ActionInputs {
  'confirm-booking': Record<string, never>;
  'request-space': RequestSpaceDto;
  'release-so': ReleaseSoDto;
  'declare-customs': DeclareCustomsDto;
  'flag-inspection': FlagInspectionDto;
  'clear-inspection': ClearInspectionDto;
  'release-customs': Record<string, never>;
  'submit-si': SubmitSiDto;
  'approve-bl': ApproveBlDto;
  'release-bl': ReleaseBlDto;
  roll: RollDto;
  cancel: CancelDto;
}
export type ShipmentActionName = keyof ActionInputs;

export interface ContainerActionInputs {
  pickup: PickupDto;
  stuff: StuffDto;
  'gate-in': GateInDto;
}

const MAX_CONTAINERS = 100;
/** Fractional digits of a container's weights (kg), as the column keeps them. */
const WEIGHT_SCALE = 3;
/** Times an action is decided again when another change to the shipment got in first. */
const MAX_ATTEMPTS = 10;
const CONTAINER_ORDER: Record<ContainerStatus, number> = {
  planned: 0,
  picked_up: 1,
  stuffed: 2,
  gated_in: 3,
};
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
 * One write to a shipment in progress: the shipment as read (or remembered), its changes and events
 * collected, written once at the end with the version check (FACTS.md: @VersionColumn does not guard
 * save()). The billing facts are loaded on first need only (`loadBillingFor`): most actions never ask.
 */
class ShipmentChange {
  readonly patch: Partial<Shipment> = {};
  readonly events: PendingEvent[] = [];
  readonly containerPatches = new Map<string, { expected: ContainerStatus; patch: Partial<Container> }>();
  /** Writes that go with the change, in its transaction, once it is written (an e-mail to the outbox). */
  readonly followUps: ((tx: EntityManager) => Promise<void>)[] = [];
  private billing: BillingFacts | undefined;

  constructor(
    readonly shipment: Shipment,
    readonly containers: Container[],
    private readonly loadBilling: () => Promise<BillingFacts>,
  ) {}

  set(patch: Partial<Shipment>): void {
    Object.assign(this.patch, patch);
    Object.assign(this.shipment, patch);
  }

  setContainer(container: Container, patch: Partial<Container>): void {
    const entry = this.containerPatches.get(container.id) ?? { expected: container.status, patch: {} };
    Object.assign(entry.patch, patch);
    this.containerPatches.set(container.id, entry);
    Object.assign(container, patch);
  }

  alsoWrite(followUp: (tx: EntityManager) => Promise<void>): void {
    this.followUps.push(followUp);
  }

  /** Loads the billing facts if one of these rules' guards reads them and they are not loaded yet. */
  async loadBillingFor(rules: readonly TransitionRule[]): Promise<void> {
    if (this.billing === undefined && rules.some(needsBilling)) this.billing = await this.loadBilling();
  }

  context(input?: GuardContext['input']): GuardContext {
    const s = this.shipment;
    const billing = (): BillingFacts => {
      if (this.billing === undefined) throw new Error('billing facts read before they were loaded');
      return this.billing;
    };
    return {
      shipment: {
        status: s.status,
        carrierId: s.carrierId,
        inspection: s.inspection,
        siRevision: s.siRevision,
        blApprovedClientRevision: s.blApprovedClientRevision,
        blApprovedCarrierRevision: s.blApprovedCarrierRevision,
      },
      containers: this.containers,
      // A guard not marked as reading billing (shipment-machine.ts) would otherwise see no debit notes.
      get billing(): BillingFacts {
        return billing();
      },
      input,
    };
  }

  /** Applies a rule: moves the status (unless `unchanged`) and records the event. */
  apply(rule: TransitionRule, data: Record<string, unknown>): void {
    const from = this.shipment.status;
    const to = rule.to === 'unchanged' ? from : rule.to;
    if (to !== from) this.set({ status: to });
    this.events.push({ type: rule.event, fromStatus: from, toStatus: to, dcsaCode: rule.dcsa ?? null, data });
  }
}

@Injectable()
export class ShipmentsService implements OnModuleInit {
  private readonly rows: ShipmentRows;
  private readonly recent = new RecentShipments();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly context: RequestContext,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notices: NoticesService,
    private readonly scope: ScopeService,
    @Optional() @Inject(BILLING_FACTS) private readonly billing?: BillingFactsProvider,
  ) {
    this.rows = new ShipmentRows(dataSource);
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
          createdById: this.context.actorOrNull?.id ?? null,
        }),
      );
      let seq = 0;
      const rows = dto.containers.flatMap((c) =>
        Array.from({ length: c.quantity }, () =>
          em.create(Container, { shipmentId: shipment.id, seq: ++seq, type: c.type }),
        ),
      );
      const containers = await em.save(rows);
      await this.rows.appendEvents(
        em,
        shipment.id,
        [
          {
            type: 'booking_created',
            fromStatus: null,
            toStatus: 'booking',
            dcsaCode: 'RECE',
            data: { reference: shipment.reference, containers: dto.containers },
          },
        ],
        this.context.actorOrNull,
      );
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
  private forViewer(dto: ShipmentDto): ShipmentDto {
    if (!this.scope.isClientUser) return dto;
    const hidden = STAFF_ONLY_SHIPMENT_FIELDS satisfies readonly (keyof ShipmentDto)[];
    return { ...dto, ...Object.fromEntries(hidden.map((field) => [field, null])) };
  }

  /** The operator's lists: newest first, filtered by status, client, carrier, number prefix or CY cut-off. */
  async list(query: ShipmentListQueryDto): Promise<Page<ShipmentDto>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
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
    if (query.cutoffBefore) {
      qb.andWhere('s.cutoffCy < :cutoff', { cutoff: parseTime(query.cutoffBefore, 'cutoffBefore') });
    }
    if (query.q) {
      const text = query.q.trim().toUpperCase();
      const box = text.replace(/[\s\-/]/g, '');
      qb.andWhere(
        `(s.reference LIKE :p OR s.soNumber LIKE :p OR s.carrierBookingReference LIKE :p OR s.blNumber LIKE :p
          OR EXISTS (SELECT 1 FROM containers c WHERE c.shipment_id = s.id AND c.container_number LIKE :box))`,
        { p: `${escapeLike(text)}%`, box: `${escapeLike(box)}%` },
      );
    }
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor, ['time', 'uuid']);
      qb.andWhere('(s.createdAt, s.id) < (:at, :id)', { at: cursorTime(at), id });
    }
    const scope = await this.scope.clients();
    if (!scope.all) qb.andWhere('s.clientId = ANY(:scope)', { scope: scope.clientIds });
    const rows = await qb
      .orderBy('s.createdAt', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const containers = rows.length
      ? await this.dataSource.getRepository(Container).findBy({ shipmentId: In(rows.map((r) => r.id)) })
      : [];
    return toPage(
      rows,
      limit,
      (s) => [s.createdAt.toISOString(), s.id],
      (s) =>
        this.forViewer(
          ShipmentDto.from(
            s,
            containers.filter((c) => c.shipmentId === s.id),
          ),
        ),
    );
  }

  /**
   * The history, oldest first. Staff see all of it; a client user only the client-facing events, with the
   * data a client may see, and staff as the company (domain/shipment-events.ts).
   */
  async events(id: string, limit = 200, cursor?: string): Promise<Page<ShipmentEventDto>> {
    const shipment = await this.visible(id);
    const after = cursor ? Number(decodeCursor(cursor, ['seq'])[0]) : 0;
    const qb = this.dataSource
      .getRepository(ShipmentEvent)
      .createQueryBuilder('e')
      .where('e.shipmentId = :id AND e.seq > :after', { id, after });
    // Filtered in the query, so that a page holds `limit` events the client may see.
    if (this.scope.isClientUser) qb.andWhere(CLIENT_FACING_SQL.where, CLIENT_FACING_SQL.params);
    const rows = await qb
      .orderBy('e.seq', 'ASC')
      .limit(limit + 1)
      .getMany();
    if (!this.scope.isClientUser) {
      return toPage(
        rows,
        limit,
        (e) => [e.seq],
        (e) => ShipmentEventDto.from(e),
      );
    }
    const company = { id: null, name: this.config.company.name };
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
    return toPage(
      rows,
      limit,
      (e) => [e.seq],
      (e) => {
        const dto = ShipmentEventDto.from(e);
        return {
          ...dto,
          // Staff names stay inside: the client's own people appear as themselves, everyone else as us.
          actor: e.actorId && ownPeople.has(e.actorId) ? dto.actor : company,
          data: clientData(e.type, e.data) ?? {},
        };
      },
    );
  }

  /** Every action the status permits, and whether its guards hold now (the same table the actions use). */
  async nextActions(id: string): Promise<NextActionDto[]> {
    return this.dataSource.transaction(async (em) => {
      const change = await this.load(em, id, { lock: false });
      if (!change || !(await this.scope.includes(change.shipment.clientId, em)))
        throw new NotFoundError('Shipment');
      const status = change.shipment.status;
      const rules = actionsFrom(status).map((action) => ({ action, rule: findTransition(action, status) }));
      await change.loadBillingFor(rules.flatMap(({ rule }) => (rule ? [rule] : [])));
      const ctx = change.context();
      return rules.map(({ action, rule }) => {
        const missing = rule ? missingFor(rule, ctx) : [];
        return missing.length ? { action, allowed: false, missing } : { action, allowed: true };
      });
    });
  }

  /** Runs one shipment action in one transaction; `expectedVersion` is the If-Match, when given. */
  async act<A extends ShipmentActionName>(
    id: string,
    action: A,
    input: ActionInputs[A],
    expectedVersion?: number,
  ): Promise<ShipmentDto> {
    const answer = await this.change(
      id,
      expectedVersion,
      async (change, em) => {
        const rule = await this.ruleFor(change, action, input as GuardContext['input']);
        const data = await this.effect(change, em, action, input);
        change.apply(rule, data);
        if (action === 'approve-bl') this.setBlNumber(change, (input as ApproveBlDto).blNumber, 'approve-bl');
        // The client hears of it in the same transaction (the outbox sends after commit).
        if (action === 'confirm-booking') {
          change.alsoWrite((tx) => this.notices.bookingConfirmed(tx, this.facts(change)));
        }
        if (action === 'roll') {
          const roll = data as {
            from: { vessel: string | null; voyage: string | null; etd: string | null };
            reason: string;
          };
          change.alsoWrite((tx) => this.notices.vesselRolled(tx, this.facts(change), roll));
        }
      },
      action === 'release-bl' ? { approvalId: (input as ReleaseBlDto).approvalId } : undefined,
    );
    return this.forViewer(answer);
  }

  /**
   * Edits what may still change on a shipment (`PATCH`): for now its B/L number, corrected until the B/L is
   * released (the number printed on what was released cannot change) and never on a cancelled shipment. Each
   * change is a `bl_number_set` event with the number before and after; a request that changes nothing writes
   * nothing and answers the shipment as it is.
   */
  async update(id: string, dto: UpdateShipmentDto, expectedVersion?: number): Promise<ShipmentDto> {
    // Decided on a fresh read: an answer that writes nothing must not come from this instance's memory.
    this.recent.forget(id);
    try {
      const answer = await this.change(id, expectedVersion, (change) => {
        const status = change.shipment.status;
        if (dto.blNumber !== undefined && dto.blNumber !== change.shipment.blNumber) {
          if (status === 'released') {
            throw new RequirementsUnmetError(
              ['a B/L not yet released: the number on a released B/L cannot change'],
              'Cannot change blNumber',
            );
          }
          if (status === 'cancelled') {
            throw new RequirementsUnmetError(['a shipment that is not cancelled'], 'Cannot change blNumber');
          }
          this.setBlNumber(change, dto.blNumber, 'edit');
        }
        if (!change.events.length) throw new NothingToChange(change.shipment, change.containers);
        return Promise.resolve();
      });
      return this.forViewer(answer);
    } catch (error) {
      if (error instanceof NothingToChange)
        return this.forViewer(ShipmentDto.from(error.shipment, error.containers));
      throw error;
    }
  }

  /** Sets the B/L number (undefined: not given) and records it with the number it replaces, when it changes. */
  private setBlNumber(change: ShipmentChange, blNumber: string | null | undefined, via: string): void {
    const before = change.shipment.blNumber;
    if (blNumber === undefined || blNumber === before) return;
    const status = change.shipment.status;
    change.set({ blNumber });
    change.events.push({
      type: 'bl_number_set',
      fromStatus: status,
      toStatus: status,
      dcsaCode: null,
      data: { from: before, to: blNumber, via },
    });
  }

  /** Runs one container step (pickup, stuff, gate-in); the shipment follows when its last container does. */
  async actOnContainer<A extends ContainerAction>(
    id: string,
    containerId: string,
    action: A,
    input: ContainerActionInputs[A],
    expectedVersion?: number,
  ): Promise<ShipmentDto> {
    return this.change(id, expectedVersion, async (change, em) => {
      const container = change.containers.find((c) => c.id === containerId);
      if (!container) throw new NotFoundError('Container');
      const rule = this.transitionFor(change, action);
      this.checkContainerStep(container, action);
      await this.checkGuards(change, rule, action);
      const data = await this.containerEffect(change, em, container, action, input);
      change.apply(rule, { containerId: container.id, seq: container.seq, ...data });
    });
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
    const dto = await this.changeIn(em, shipmentId, (change) => {
      const status = change.shipment.status;
      if (options.refuseIn?.includes(status)) {
        throw new RequirementsUnmetError([`a shipment that is not ${status}`]);
      }
      change.events.push({
        type: event.type,
        fromStatus: status,
        toStatus: status,
        dcsaCode: event.dcsaCode ?? null,
        data: event.data,
      });
    });
    return dto.status;
  }

  private async ruleFor(
    change: ShipmentChange,
    action: UserAction,
    input?: GuardContext['input'],
  ): Promise<TransitionRule> {
    const rule = this.transitionFor(change, action);
    await this.checkGuards(change, rule, action, input);
    return rule;
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
    input?: GuardContext['input'],
  ): Promise<void> {
    await change.loadBillingFor([rule]);
    const missing = missingFor(rule, change.context(input));
    if (missing.length) throw new RequirementsUnmetError(missing, `Cannot ${action}`);
  }

  /** A container step needs that container in the step before (422 naming it otherwise). */
  private checkContainerStep(container: Container, action: ContainerAction): void {
    const needs: Record<ContainerAction, ContainerStatus> = {
      pickup: 'planned',
      stuff: 'picked_up',
      'gate-in': 'stuffed',
    };
    if (container.status === needs[action]) return;
    const label = container.containerNumber ?? `container ${container.seq}`;
    const hint =
      CONTAINER_ORDER[container.status] < CONTAINER_ORDER[needs[action]]
        ? `must be ${needs[action].replace('_', ' ')} first`
        : `is already ${container.status.replace('_', ' ')}`;
    throw new RequirementsUnmetError([`${label} ${hint} (it is ${container.status})`], `Cannot ${action}`);
  }

  /**
   * An action or container step, optimistically: the shipment is read without a lock (or taken as this
   * instance last wrote it, RecentShipments), the work decides, and one statement writes the change if the
   * version is still the one read (an autocommit transaction of its own; with writes beside it, such as an
   * e-mail to the outbox, one transaction holds them all). When the version has moved meanwhile, nothing was
   * written: with If-Match that is 412, otherwise the action is decided again on the shipment as it now is
   * (another operator's step may have made it unnecessary: 409). A refusal decided on a remembered shipment
   * is decided again on a fresh read before it is answered. One or two round trips for most actions, where
   * reading under a lock would take four.
   */
  private async change(
    id: string,
    expectedVersion: number | undefined,
    work: (change: ShipmentChange, em: EntityManager) => Promise<void>,
    billingInput?: { approvalId?: string },
  ): Promise<ShipmentDto> {
    const em = this.dataSource.manager;
    for (let attempt = 1; ; attempt++) {
      const remembered = attempt === 1 ? this.recent.take(id) : undefined;
      const change = remembered
        ? this.changeOf(em, remembered, billingInput)
        : await this.load(em, id, { lock: false }, billingInput);
      let version: number;
      try {
        if (!change || !(await this.scope.includes(change.shipment.clientId, em))) {
          throw new NotFoundError('Shipment');
        }
        version = change.shipment.version;
        if (expectedVersion !== undefined && expectedVersion !== version) {
          throw new PreconditionFailedError(version);
        }
        await work(change, em);
        await this.settle(change);
      } catch (error) {
        // Perhaps only because the shipment has changed since this instance wrote it: read it and see.
        if (remembered && error instanceof AppError) continue;
        throw error;
      }
      // With writes beside it, or a request that marks what it commits (RequestContext.commitMark), the
      // statement runs in an explicit transaction with them.
      const written =
        change.followUps.length || this.context.commitMark
          ? await this.dataSource.transaction(async (tx) => {
              const result = await this.write(tx, change, version);
              if (result) for (const followUp of change.followUps) await followUp(tx);
              return result;
            })
          : await this.write(em, change, version);
      if (written) {
        this.recent.remember({ shipment: change.shipment, containers: change.containers });
        return ShipmentDto.from(change.shipment, change.containers);
      }
      // Moved on since it was read or remembered. With If-Match, the next read answers 412 with the version
      // as it now is (versions only grow, so it cannot match again).
      this.recent.forget(id);
      if (attempt === MAX_ATTEMPTS) {
        throw new ConflictError('The shipment is changing too often at the moment; read it again and retry');
      }
    }
  }

  /** The shipment if the actor may see it; 404 otherwise, whether or not it exists. */
  async visible(id: string, em: EntityManager = this.dataSource.manager): Promise<Shipment> {
    const shipment = await em.findOneBy(Shipment, { id });
    if (!shipment || !(await this.scope.includes(shipment.clientId, em))) throw new NotFoundError('Shipment');
    return shipment;
  }

  /**
   * The write path of billing's and approvals' events, inside the caller's transaction: the shipment is
   * locked as it is read (what the caller did before may depend on it), then written like an action.
   */
  private async changeIn(
    em: EntityManager,
    id: string,
    work: (change: ShipmentChange) => void,
  ): Promise<ShipmentDto> {
    // What this instance remembers of it is about to be out of date (or, if the caller's transaction rolls
    // back, never to have been): let the next action read it.
    this.recent.forget(id);
    const change = await this.load(em, id, { lock: true });
    if (!change) throw new NotFoundError('Shipment');
    work(change);
    await this.settle(change);
    // Impossible while the row is locked; a bug if it ever happens.
    if (!(await this.write(em, change, change.shipment.version))) {
      throw new Error(`shipment ${id} changed under its lock`);
    }
    return ShipmentDto.from(change.shipment, change.containers);
  }

  /** The steps the shipment takes by itself after a change: its containers, B/L approvals, billing. */
  private async settle(change: ShipmentChange): Promise<void> {
    for (let step = 0; step < 10; step++) {
      await change.loadBillingFor(automaticFrom(change.shipment.status));
      const auto = nextAutomatic(change.context());
      if (!auto) break;
      change.apply(auto, {});
    }
    if (TERMINAL_STATUSES.includes(change.shipment.status)) {
      for (const c of change.containers) if (c.active) change.setContainer(c, { active: false });
    }
  }

  /**
   * Writes the change if the shipment is still at `version` and its containers where the change found
   * them: true, and the change's shipment and containers are then the rows as written (version and
   * `updatedAt` from the database); false when it had moved on (then nothing was written).
   */
  private async write(em: EntityManager, change: ShipmentChange, version: number): Promise<boolean> {
    return this.rows.write(
      em,
      {
        id: change.shipment.id,
        version,
        patch: change.patch,
        containers: change.containerPatches,
        events: change.events,
        actor: this.context.actorOrNull,
      },
      change.shipment,
    );
  }

  /** The shipment and its containers as a change in progress (null when there is no such shipment). */
  private async load(
    em: EntityManager,
    id: string,
    options: { lock: boolean },
    billingInput?: { approvalId?: string },
  ): Promise<ShipmentChange | null> {
    const found = await this.rows.load(em, id, options);
    return found ? this.changeOf(em, found, billingInput) : null;
  }

  private changeOf(
    em: EntityManager,
    { shipment, containers }: ShipmentSnapshot,
    billingInput?: { approvalId?: string },
  ): ShipmentChange {
    // The facts of the shipment as it was read, whatever the change does to it before they are needed.
    const facts = { id: shipment.id, clientId: shipment.clientId, status: shipment.status };
    return new ShipmentChange(shipment, containers, () =>
      this.billing ? this.billing.factsFor(em, facts, billingInput) : Promise.resolve(NO_BILLING),
    );
  }

  /** What each action changes on the shipment; returns the event data. */
  private async effect(
    change: ShipmentChange,
    em: EntityManager,
    action: ShipmentActionName,
    input: ActionInputs[ShipmentActionName],
  ): Promise<Record<string, unknown>> {
    const s = change.shipment;
    switch (action) {
      case 'confirm-booking':
      case 'release-customs':
        return {};
      case 'request-space': {
        const { carrierId } = input as RequestSpaceDto;
        if (carrierId && carrierId !== s.carrierId) {
          if (!(await em.existsBy(Carrier, { id: carrierId })))
            throw new InvalidReferenceError('carrierId', 'no such carrier');
          change.set({ carrierId });
        }
        return { carrierId: s.carrierId };
      }
      case 'release-so': {
        const dto = input as ReleaseSoDto;
        const etd = parseTime(dto.etd, 'etd');
        const cutoffs = this.cutoffs(dto.cutoffs, etd);
        change.set({
          soNumber: dto.soNumber,
          carrierBookingReference: dto.carrierBookingReference,
          vessel: dto.vessel,
          voyage: dto.voyage,
          etd,
          ...cutoffs,
        });
        return {
          soNumber: dto.soNumber,
          carrierBookingReference: dto.carrierBookingReference,
          ...this.voyageOf(s),
        };
      }
      case 'declare-customs': {
        const { declarationNumber } = input as DeclareCustomsDto;
        change.set({ declarationNumber });
        return { declarationNumber };
      }
      case 'flag-inspection': {
        const dto = input as FlagInspectionDto;
        const fee = dto.fee ? toMoney(dto.fee, 'fee') : null;
        if (fee && !fee.isPositive())
          throw ValidationFailedError.field('fee.amount', 'the inspection fee must be positive');
        change.set({
          inspection: 'pending',
          inspectionFeeMinor: fee ? fee.minor.toString() : null,
          inspectionFeeCurrency: fee?.currency ?? null,
        });
        return { fee: fee?.toJSON() ?? null, note: dto.note ?? null };
      }
      case 'clear-inspection':
        change.set({ inspection: 'cleared' });
        return { note: (input as ClearInspectionDto).note ?? null };
      case 'submit-si': {
        const dto = input as SubmitSiDto;
        const revision = s.siRevision + 1;
        change.set({
          siRevision: revision,
          shippingInstructions: {
            shipper: dto.shipper,
            consignee: dto.consignee,
            notifyParty: dto.notifyParty ?? null,
            marks: dto.marks,
            description: dto.description,
            packages: dto.packages,
            grossWeightKg: dto.grossWeightKg,
            measurementCbm: dto.measurementCbm,
            blType: dto.blType,
          },
          // A new revision needs both sides' approval again (DOMAIN.md step 10).
          blApprovedClientRevision: null,
          blApprovedCarrierRevision: null,
        });
        return { revision, blType: dto.blType };
      }
      case 'approve-bl': {
        const { party, revision, blNumber } = input as ApproveBlDto;
        if (this.scope.isClientUser && party !== 'client') {
          throw new ForbiddenError('A client user approves the B/L draft for the client only');
        }
        // The number is the carrier's: it comes with the carrier's approval of the draft, never the client's.
        if (blNumber !== undefined && party !== 'carrier') {
          throw ValidationFailedError.field('blNumber', "only the carrier's approval carries the B/L number");
        }
        if (revision !== s.siRevision) throw new SiRevisionMismatchError(revision, s.siRevision);
        const field = party === 'client' ? 'blApprovedClientRevision' : 'blApprovedCarrierRevision';
        if (s[field] === revision)
          throw new ConflictError(`The ${party} has already approved revision ${revision}`);
        change.set({ [field]: revision });
        return { party, revision };
      }
      case 'release-bl': {
        const dto = input as ReleaseBlDto;
        change.set({ releaseMode: dto.mode });
        return {
          mode: dto.mode,
          approvalId: dto.approvalId ?? null,
          beforePayment: s.status === 'debit_noted',
        };
      }
      case 'roll': {
        const dto = input as RollDto;
        const before = { ...this.voyageOf(s), cutoffs: this.cutoffsOf(s) };
        const etd = parseTime(dto.etd, 'etd');
        change.set({
          vessel: dto.vessel,
          voyage: dto.voyage,
          etd,
          ...(dto.cutoffs ? this.cutoffs(dto.cutoffs, etd) : {}),
        });
        return { reason: dto.reason, from: before, to: { ...this.voyageOf(s), cutoffs: this.cutoffsOf(s) } };
      }
      case 'cancel': {
        const { reason } = input as CancelDto;
        change.set({ cancelReason: reason });
        return { reason };
      }
    }
  }

  private async containerEffect(
    change: ShipmentChange,
    em: EntityManager,
    container: Container,
    action: ContainerAction,
    input: ContainerActionInputs[ContainerAction],
  ): Promise<Record<string, unknown>> {
    switch (action) {
      case 'pickup': {
        const dto = input as PickupDto;
        const number = validateContainerNumber(dto.containerNumber);
        if (!number.ok) throw new ContainerNumberInvalidError(number.reason, dto.containerNumber);
        const seal = normalizeSealNumber(dto.sealNumber);
        if (!seal.ok) throw ValidationFailedError.field('sealNumber', `sealNumber ${seal.reason}`);
        if (change.containers.some((c) => c.id !== container.id && c.containerNumber === number.value)) {
          throw new ConflictError(`${number.value} is already on this shipment`, {
            fields: [{ field: 'containerNumber', message: 'already on this shipment' }],
          });
        }
        // One round trip for both: the shipment the box is live on, if any, and whether the carrier wants
        // its documents printed at pickup.
        const [found] = await em.query<[{ elsewhere: string | null; docPrint: boolean | null }]>(
          `SELECT (SELECT s.reference FROM containers c JOIN shipments s ON s.id = c.shipment_id
                    WHERE c.container_number = $1 AND c.active LIMIT 1) AS "elsewhere",
                  (SELECT requires_doc_print FROM carriers WHERE id = $2) AS "docPrint"`,
          [number.value, change.shipment.carrierId],
        );
        if (found.elsewhere !== null) {
          throw new ConflictError(`${number.value} is on another active shipment (${found.elsewhere})`, {
            fields: [{ field: 'containerNumber', message: 'on another active shipment' }],
          });
        }
        const at = parsePastTime(dto.at, 'at');
        change.setContainer(container, {
          status: 'picked_up',
          containerNumber: number.value,
          sealNumber: seal.value,
          pickedUpAt: at,
        });
        return {
          containerNumber: number.value,
          sealNumber: seal.value,
          at: at.toISOString(),
          emptyIndicator: 'EMPTY',
          docPrintRequired: found.docPrint ?? true,
        };
      }
      case 'stuff': {
        const dto = input as StuffDto;
        const at = parsePastTime(dto.at, 'at');
        if (container.pickedUpAt && at < container.pickedUpAt)
          throw ValidationFailedError.field('at', 'at is before the pickup');
        // Written as the database keeps them (numeric(12,3)), so the answer and the history say the same.
        const kg = (value: string | undefined): string | null =>
          value === undefined ? null : atScale(value, WEIGHT_SCALE);
        const weights = { grossWeightKg: kg(dto.grossWeightKg), vgmKg: kg(dto.vgmKg) };
        change.setContainer(container, {
          status: 'stuffed',
          stuffedAt: at,
          packages: dto.packages ?? null,
          ...weights,
        });
        return {
          containerNumber: container.containerNumber,
          at: at.toISOString(),
          packages: dto.packages ?? null,
          ...weights,
          emptyIndicator: 'LADEN',
        };
      }
      case 'gate-in': {
        const dto = input as GateInDto;
        const at = parsePastTime(dto.at, 'at');
        if (container.stuffedAt && at < container.stuffedAt)
          throw ValidationFailedError.field('at', 'at is before the stuffing');
        change.setContainer(container, { status: 'gated_in', gatedInAt: at, terminal: dto.terminal ?? null });
        return {
          containerNumber: container.containerNumber,
          at: at.toISOString(),
          terminal: dto.terminal ?? null,
          emptyIndicator: 'LADEN',
        };
      }
    }
  }

  private cutoffs(dto: CutoffsDto, etd: Date): Partial<Shipment> {
    const cutoffs = {
      cutoffCy: parseTime(dto.cy, 'cutoffs.cy'),
      cutoffSi: parseTime(dto.si, 'cutoffs.si'),
      cutoffCustoms: dto.customs ? parseTime(dto.customs, 'cutoffs.customs') : null,
      cutoffVgm: dto.vgm ? parseTime(dto.vgm, 'cutoffs.vgm') : null,
    };
    const late = Object.entries({
      cy: cutoffs.cutoffCy,
      si: cutoffs.cutoffSi,
      customs: cutoffs.cutoffCustoms,
      vgm: cutoffs.cutoffVgm,
    })
      .filter(([, at]) => at && at > etd)
      .map(([name]) => ({
        field: `cutoffs.${name}`,
        message: `the ${name} cut-off must not be after the ETD`,
      }));
    if (late.length) throw new ValidationFailedError(late, late.map((f) => f.message).join('; '));
    return cutoffs;
  }

  /** What a notice needs to know of a shipment. */
  facts(change: { shipment: Shipment; containers: Container[] }): ShipmentFacts {
    const s = change.shipment;
    return {
      id: s.id,
      reference: s.reference,
      clientId: s.clientId,
      pol: s.pol,
      pod: s.pod,
      commodity: s.commodity,
      vessel: s.vessel,
      voyage: s.voyage,
      etd: s.etd,
      agreedRate: moneyJson(s.agreedRateMinor, s.agreedRateCurrency),
      containerTypes: change.containers.map((c) => c.type),
      createdById: s.createdById,
    };
  }

  private voyageOf(s: Shipment): Record<string, unknown> {
    return { vessel: s.vessel, voyage: s.voyage, etd: s.etd?.toISOString() ?? null };
  }

  private cutoffsOf(s: Shipment): Record<string, string | null> {
    return {
      cy: s.cutoffCy?.toISOString() ?? null,
      si: s.cutoffSi?.toISOString() ?? null,
      customs: s.cutoffCustoms?.toISOString() ?? null,
      vgm: s.cutoffVgm?.toISOString() ?? null,
    };
  }

  /** SE<yymm>-<nnnn>, numbered per month of the business's calendar, in the creating transaction. */
  private async nextReference(em: EntityManager): Promise<string> {
    const { year, month } = yearMonthIn(new Date(), this.config.timezone);
    const prefix = `SE${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}`;
    const n = await nextCounterValue(em, `shipment-reference:${prefix}`);
    return `${prefix}-${n.toString().padStart(4, '0')}`;
  }
}

export { USER_ACTIONS };
