import type { EntityManager } from 'typeorm';
import {
  needsBilling,
  type BillingFacts,
  type GuardContext,
  type GuardInput,
  type TransitionRule,
} from './domain/shipment-machine';
import type { ContainerStatus } from './domain/shipment-status';
import type { Container } from './entities/container.entity';
import type { Shipment } from './entities/shipment.entity';
import type { PendingEvent } from './shipment-rows';

/** The data of an event in the history, as an action's effect returns it. */
export type EventData = Record<string, unknown>;

/**
 * One write to a shipment in progress: the shipment as read (or remembered), its changes and events
 * collected, written once at the end with the version check (TypeORM's @VersionColumn does not guard
 * save(), see docs/architecture.md). The billing facts are loaded on first need only (`loadBillingFor`):
 * most actions never ask.
 */
export class ShipmentChange {
  readonly patch: Partial<Shipment> = {};
  readonly events: PendingEvent[] = [];
  readonly containerPatches = new Map<string, { expected: ContainerStatus; patch: Partial<Container> }>();
  /** Writes that go with the change, in its transaction, once it is written (an e-mail to the outbox). */
  readonly followUps: ((tx: EntityManager) => Promise<void>)[] = [];
  private billing: BillingFacts | undefined;

  constructor(
    readonly shipment: Shipment,
    readonly containers: Container[],
    private readonly loadBilling: (input?: GuardInput) => Promise<BillingFacts>,
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

  /** Adds a write to the change's transaction, run once the change is written (an e-mail, sent after commit). */
  alsoWrite(followUp: (tx: EntityManager) => Promise<void>): void {
    this.followUps.push(followUp);
  }

  /** Records an event that leaves the status where it is (a B/L number set, billing's and approvals' events). */
  record(type: PendingEvent['type'], data: EventData, dcsaCode: string | null = null): void {
    const status = this.shipment.status;
    this.events.push({ type, fromStatus: status, toStatus: status, dcsaCode, data });
  }

  /**
   * Loads the billing facts if one of these rules' guards reads them and they are not loaded yet; `input`
   * is what the action's body tells billing (the approval a release before payment relies on).
   */
  async loadBillingFor(rules: readonly TransitionRule[], input?: GuardInput): Promise<void> {
    if (this.billing === undefined && rules.some(needsBilling)) this.billing = await this.loadBilling(input);
  }

  context(input?: GuardInput): GuardContext {
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
  apply(rule: TransitionRule, data: EventData): void {
    const from = this.shipment.status;
    const to = rule.to === 'unchanged' ? from : rule.to;
    if (to !== from) this.set({ status: to });
    this.events.push({ type: rule.event, fromStatus: from, toStatus: to, dcsaCode: rule.dcsa ?? null, data });
  }
}
