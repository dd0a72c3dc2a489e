import type { DataSource, EntityManager } from 'typeorm';
import { EntityColumns } from '../common/database/entity-columns';
import { queryPrepared } from '../common/database/prepared';
import type { Actor } from '../common/roles';
import type { ShipmentEventType } from './domain/shipment-events';
import type { ContainerStatus, ShipmentStatus } from './domain/shipment-status';
import { Container } from './entities/container.entity';
import { Shipment } from './entities/shipment.entity';

/** An event to append to a shipment's history. */
export interface PendingEvent {
  type: ShipmentEventType;
  fromStatus: ShipmentStatus | null;
  toStatus: ShipmentStatus | null;
  dcsaCode: string | null;
  data: Record<string, unknown>;
}

/** What one change writes: the shipment's patch at a version, each container's patch at a status, events. */
export interface ShipmentWrite {
  id: string;
  version: number;
  patch: Partial<Shipment>;
  containers: ReadonlyMap<string, { expected: ContainerStatus; patch: Partial<Container> }>;
  events: readonly PendingEvent[];
  actor: Actor | null;
}

/**
 * The SQL of the shipment write path, which every action, container step and billing event takes: one
 * statement to read the shipment with its containers (locked, for billing's events), one to write the whole
 * change. The query builder would take four to eight round trips for the same (TypeORM re-reads after an
 * update and loads relations in two steps), and the write path is the one every operator's click goes
 * through.
 */
export class ShipmentRows {
  private readonly shipments: EntityColumns<Shipment>;
  private readonly containerColumns: EntityColumns<Container>;
  /** The texts that never vary, built once (a prepared statement is found by its text). */
  private readonly sql: { load: string; loadLocked: string; returning: string };
  /** What the database itself sets on a written shipment; the rest is what the change set. */
  private static readonly WRITTEN_BY_DATABASE = ['version', 'updatedAt'] as const;

  constructor(dataSource: DataSource) {
    this.shipments = new EntityColumns(dataSource, Shipment);
    this.containerColumns = new EntityColumns(dataSource, Container);
    const load = `SELECT ${this.shipments.select('s')}, ${this.containerColumns.select('c')}
         FROM shipments s LEFT JOIN containers c ON c.shipment_id = s.id
        WHERE s.id = $1
        ORDER BY c.seq`;
    this.sql = {
      load,
      loadLocked: `${load} FOR UPDATE OF s`,
      returning: this.shipments.names(ShipmentRows.WRITTEN_BY_DATABASE),
    };
  }

  /**
   * The shipment with its containers in booking order, or null when there is none. With `lock`, the shipment's
   * row is locked until the transaction ends: other writers wait, and their version check then fails.
   */
  async load(
    em: EntityManager,
    id: string,
    options: { lock: boolean },
  ): Promise<{ shipment: Shipment; containers: Container[] } | null> {
    const rows = await queryPrepared<Record<string, unknown>>(
      em,
      options.lock ? this.sql.loadLocked : this.sql.load,
      [id],
    );
    const first = rows[0];
    const shipment = first ? this.shipments.read(first, 's') : null;
    if (!shipment) return null;
    const containers = rows.flatMap((row) => this.containerColumns.read(row, 'c') ?? []);
    return { shipment, containers };
  }

  /**
   * Writes a change in one statement, all of it or nothing: the shipment with its version (bumped,
   * `updated_at` now), provided it is still at that version and every container still has the status the
   * change found; then the containers and the events after the shipment's last one. Every write to
   * containers goes through here with the shipment's version, so a container cannot change under an
   * unchanged version.
   *
   * Returns true and sets `shipment`'s version and `updatedAt` as written, or returns false when the
   * shipment had moved on (nothing was written). `shipment` is the change's copy, with the patch applied:
   * together they are the row as written, with no need to send all of it back (values are set as the
   * database keeps them: dates to the millisecond, ids in lower case, quantities at their scale).
   */
  async write(em: EntityManager, change: ShipmentWrite, shipment: Shipment): Promise<boolean> {
    const params: unknown[] = [change.id, change.version];
    const expected: string[] = [];
    const containerUpdates: string[] = [];
    let n = 0;
    for (const [containerId, { expected: status, patch }] of change.containers) {
      params.push(containerId, status);
      const [id$, status$] = [params.length - 1, params.length];
      expected.push(
        `EXISTS (SELECT 1 FROM containers WHERE id = $${id$} AND shipment_id = $1 AND status = $${status$})`,
      );
      const set = this.containerColumns.assignments(patch, params);
      containerUpdates.push(
        `c${n++} AS (UPDATE containers SET ${set.join(', ')} WHERE id = $${id$} AND EXISTS (SELECT 1 FROM s))`,
      );
    }
    const set = [
      ...this.shipments.assignments(change.patch, params),
      'version = $2 + 1',
      'updated_at = now()',
    ];
    const ctes = [
      `s AS (UPDATE shipments SET ${set.join(', ')}
         WHERE ${['id = $1', 'version = $2', ...expected].join(' AND ')}
         RETURNING ${this.sql.returning})`,
      ...containerUpdates,
    ];
    if (change.events.length) {
      ctes.push(`e AS (${this.insertEvents(change.events, change.actor, params, 'FROM s')})`);
    }
    const rows = await queryPrepared<Record<string, unknown>>(
      em,
      `WITH ${ctes.join(',\n')} SELECT * FROM s`,
      params,
    );
    const row = rows[0];
    if (!row) return false;
    this.shipments.readInto(shipment, row, ShipmentRows.WRITTEN_BY_DATABASE);
    return true;
  }

  /** Appends events to a shipment's history on their own (a new shipment's first event). */
  async appendEvents(
    em: EntityManager,
    shipmentId: string,
    events: readonly PendingEvent[],
    actor: Actor | null,
  ): Promise<void> {
    if (!events.length) return;
    const params: unknown[] = [shipmentId];
    await queryPrepared(em, this.insertEvents(events, actor, params), params);
  }

  /**
   * `INSERT INTO shipment_events …` numbering the events after the shipment's last one; `$1` is the shipment
   * id, the other values are pushed onto `params`. `from` joins a relation that must have a row for the
   * events to be written (the updated shipment).
   */
  private insertEvents(
    events: readonly PendingEvent[],
    actor: Actor | null,
    params: unknown[],
    from = '',
  ): string {
    params.push(
      JSON.stringify(
        events.map((e, i) => ({
          ord: i + 1,
          type: e.type,
          from_status: e.fromStatus,
          to_status: e.toStatus,
          dcsa_code: e.dcsaCode,
          data: e.data,
        })),
      ),
      actor?.id ?? null,
      actor?.name ?? 'system',
    );
    const [events$, actorId$, actorName$] = [params.length - 2, params.length - 1, params.length];
    return `INSERT INTO shipment_events
        (shipment_id, seq, type, from_status, to_status, dcsa_code, actor_id, actor_name, data)
      SELECT $1::uuid, last.seq + ev.ord, ev.type, ev.from_status, ev.to_status, ev.dcsa_code,
             $${actorId$}::uuid, $${actorName$}, ev.data
        FROM (SELECT coalesce(max(seq), 0) AS seq FROM shipment_events WHERE shipment_id = $1::uuid) last,
             jsonb_to_recordset($${events$}::jsonb)
               AS ev(ord int, type text, from_status text, to_status text, dcsa_code text, data jsonb)
             ${from ? `CROSS JOIN (SELECT 1 ${from}) written` : ''}
       ORDER BY ev.ord`;
  }
}
