import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ScopeService } from '../auth/scope.service';
import {
  AppError,
  ConflictError,
  NotFoundError,
  PreconditionFailedError,
  RequirementsUnmetError,
} from '../common/errors/app-error';
import { RequestContext } from '../common/request-context';
import { BILLING_FACTS, BillingFactsProvider } from './billing-facts.port';
import type { ShipmentEventType } from './domain/shipment-events';
import { automaticFrom, nextAutomatic } from './domain/shipment-machine';
import { TERMINAL_STATUSES, type ShipmentStatus } from './domain/shipment-status';
import { RecentShipments, type ShipmentSnapshot } from './recent-shipments';
import { ShipmentChange } from './shipment-change';
import { ShipmentRows, type PendingEvent } from './shipment-rows';

/** Times a change is decided again when another change to the shipment got in first. */
const MAX_ATTEMPTS = 10;
/** Automatic steps one change may take at most (the table has no loop; a guard against one). */
const MAX_AUTOMATIC_STEPS = 10;

/** What the writer reads of the request: who acts, and what marks the request's commits (idempotency). */
export type WriterContext = Pick<RequestContext, 'actorOrNull' | 'commitMark'>;
/** Whether the actor may see a client's records (a shipment outside the scope is not found). */
export type WriterScope = Pick<ScopeService, 'includes'>;

/**
 * The shipment write engine (docs/architecture.md, "The shipment write path"). Two doors: `change` runs a
 * change on a shipment at a version, optimistically, and `recordEvent` records billing's and approvals' events
 * inside their own transaction. Both end in the automatic steps the shipment then takes and in one
 * conditional statement (ShipmentRows.write). What a change does is the caller's: the writer knows no action.
 */
@Injectable()
export class ShipmentWriter {
  private readonly rows: ShipmentRows;
  private readonly recent = new RecentShipments();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RequestContext) private readonly context: WriterContext,
    @Inject(ScopeService) private readonly scope: WriterScope,
    @Inject(BILLING_FACTS) private readonly billing: BillingFactsProvider,
  ) {
    this.rows = new ShipmentRows(dataSource);
  }

  /**
   * Runs `work` on the shipment, optimistically: the shipment is read without a lock (or taken as this
   * instance last wrote it, RecentShipments), the work decides, and one statement writes the change if the
   * version is still the one read (an autocommit transaction of its own; with writes beside it, such as an
   * e-mail to the outbox, one transaction holds them all). When the version has moved meanwhile, nothing was
   * written: with `expectedVersion` (If-Match) that is 412, otherwise the work is decided again on the
   * shipment as it now is (another operator's step may have made it unnecessary: 409). A refusal decided on
   * a remembered shipment is decided again on a fresh read before it is answered. One or two round trips for
   * most actions, where reading under a lock would take four. `fresh`: decide on a read, never on memory
   * (for an answer that may write nothing). Returns the shipment and its containers as written.
   */
  async change(
    id: string,
    expectedVersion: number | undefined,
    work: (change: ShipmentChange, em: EntityManager) => Promise<void>,
    options: { fresh?: boolean } = {},
  ): Promise<ShipmentSnapshot> {
    if (options.fresh) this.recent.forget(id);
    const em = this.dataSource.manager;
    for (let attempt = 1; ; attempt++) {
      const remembered = attempt === 1 ? this.recent.take(id) : undefined;
      const change = remembered ? this.changeOf(em, remembered) : await this.read(em, id);
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
        const snapshot = { shipment: change.shipment, containers: change.containers };
        this.recent.remember(snapshot);
        return snapshot;
      }
      // Moved on since it was read or remembered. With If-Match, the next read answers 412 with the version
      // as it now is (versions only grow, so it cannot match again).
      this.recent.forget(id);
      if (attempt === MAX_ATTEMPTS) {
        throw new ConflictError('The shipment is changing too often at the moment; read it again and retry');
      }
    }
  }

  /**
   * For billing and approvals: records an event on the shipment (a debit note issued, a payment, a decision)
   * and lets the shipment take the automatic steps that now hold (debit_noted, paid), in the caller's
   * transaction. The shipment is locked as it is read (what the caller did before may depend on it).
   * `refuseIn`: statuses in which the event must not be recorded (422), checked on the row as locked, so
   * that nothing decided on an earlier read lands on a shipment that has since moved there.
   */
  async recordEvent(
    em: EntityManager,
    id: string,
    event: { type: ShipmentEventType; data: Record<string, unknown>; dcsaCode?: string },
    options: { refuseIn?: readonly ShipmentStatus[] } = {},
  ): Promise<ShipmentSnapshot> {
    // What this instance remembers of it is about to be out of date (or, if the caller's transaction rolls
    // back, never to have been): let the next action read it.
    this.recent.forget(id);
    const change = await this.read(em, id, { lock: true });
    if (!change) throw new NotFoundError('Shipment');
    const status = change.shipment.status;
    if (options.refuseIn?.includes(status))
      throw new RequirementsUnmetError([`a shipment that is not ${status}`]);
    change.record(event.type, event.data, event.dcsaCode ?? null);
    await this.settle(change);
    // Impossible while the row is locked; a bug if it ever happens.
    if (!(await this.write(em, change, change.shipment.version))) {
      throw new Error(`shipment ${id} changed under its lock`);
    }
    return { shipment: change.shipment, containers: change.containers };
  }

  /** Appends events to a shipment written in the caller's transaction (the booking of a new one). */
  async appendEvents(em: EntityManager, id: string, events: PendingEvent[]): Promise<void> {
    await this.rows.appendEvents(em, id, events, this.context.actorOrNull);
  }

  /**
   * The shipment and its containers as a change in progress, read (never remembered), or null when there is
   * no such shipment; with `lock`, the row stays locked until the caller's transaction ends.
   */
  async read(
    em: EntityManager,
    id: string,
    options: { lock: boolean } = { lock: false },
  ): Promise<ShipmentChange | null> {
    const found = await this.rows.load(em, id, options);
    return found ? this.changeOf(em, found) : null;
  }

  /** The steps the shipment takes by itself after a change: its containers, B/L approvals, billing. */
  private async settle(change: ShipmentChange): Promise<void> {
    for (let step = 0; step < MAX_AUTOMATIC_STEPS; step++) {
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

  private changeOf(em: EntityManager, { shipment, containers }: ShipmentSnapshot): ShipmentChange {
    // The facts of the shipment as it was read, whatever the change does to it before they are needed.
    const facts = { id: shipment.id, clientId: shipment.clientId, status: shipment.status };
    return new ShipmentChange(shipment, containers, (input) => this.billing.factsFor(em, facts, input));
  }
}
