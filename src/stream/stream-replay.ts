import type { DataSource } from 'typeorm';
import { queryPrepared } from '../common/database/prepared';
import { parseSnapshot, type Snapshot, type StreamCursor } from './stream-cursor';
import type { ChangedEvent } from './stream-notice';
import {
  CLIENT_FACING_TYPES,
  CONDITIONAL_TYPES,
  clientSeesEvent,
  type StreamScope,
} from './stream-visibility';

/** Events replayed at most; beyond, the stream starts over (`reset`): reloading is cheaper than the replay. */
export const MAX_REPLAY = 1000;
/**
 * A cursor older than this starts over. The change log keeps a day (LOG_RETENTION); a cursor younger than
 * half of that finds every event it can still need in it.
 */
export const MAX_CURSOR_AGE_SECONDS = 12 * 3600;
export const LOG_RETENTION = '1 day';

/** An event to send again, with the transaction that committed it. */
export interface ReplayedEvent extends ChangedEvent {
  tx: bigint;
}

export type Replay =
  /** What the caller may see and has not been sent, by transaction, and the snapshot once it all is. */
  | { kind: 'events'; events: ReplayedEvent[]; snapshot: Snapshot }
  /** Too old or too much: the caller reloads instead. */
  | { kind: 'reset' };

interface Row {
  snapshot: string;
  tx: string | null;
  eventId: string;
  shipmentId: string;
  clientId: string;
  seq: number;
  type: string;
  status: string;
  at: Date;
  data: Record<string, unknown> | null;
}

/**
 * One statement, so one snapshot: the events of the transactions the cursor did not see finished (at or
 * past its xmax, in progress then, or the one it was in the middle of, past the event it had reached; the
 * change log says which transaction wrote which events), within the scope, transaction by transaction; and
 * that snapshot, every transaction it saw finished being now in the answer or sent.
 */
const REPLAY_SQL = `
  WITH snap AS (SELECT pg_current_snapshot()::text AS snapshot)
  SELECT snap.snapshot, r.tx, r."eventId", r."shipmentId", r."clientId", r.seq, r.type, r.status, r.at, r.data
    FROM snap
    LEFT JOIN LATERAL (
      SELECT l.tx_id::text AS tx, e.id::text AS "eventId", e.shipment_id AS "shipmentId",
             s.client_id AS "clientId", e.seq, e.type, coalesce(e.to_status, s.status) AS status, e.at,
             CASE WHEN e.type = ANY($7::text[]) THEN e.data END AS data
        FROM shipment_change_log l
        JOIN shipment_events e ON e.id = l.event_id
        JOIN shipments s ON s.id = e.shipment_id
       WHERE (l.tx_id >= $1::xid8 OR l.tx_id = ANY($2::text[]::xid8[]) OR l.tx_id = $3::xid8)
         AND NOT (l.tx_id = $3::xid8 AND e.id <= $4::bigint)
         AND ($5::uuid[] IS NULL OR s.client_id = ANY($5::uuid[]))
         AND ($6::text[] IS NULL OR e.type = ANY($6::text[]))
       ORDER BY l.tx_id, e.id
       LIMIT ${MAX_REPLAY + 1}
    ) r ON true`;

/** What a stream resumed at `cursor` has missed, as `scope` (and, for a client user, the client view) sees it. */
export async function replay(
  dataSource: DataSource,
  cursor: StreamCursor,
  scope: StreamScope,
  clientFacingOnly: boolean,
  nowSeconds: number,
): Promise<Replay> {
  if (nowSeconds - cursor.at > MAX_CURSOR_AGE_SECONDS) return { kind: 'reset' };
  const rows = await queryPrepared<Row>(dataSource.manager, REPLAY_SQL, [
    cursor.xmax.toString(),
    cursor.xip.map(String),
    cursor.tx.toString(),
    cursor.eventId.toString(),
    scope.all ? null : [...scope.clientIds],
    clientFacingOnly ? CLIENT_FACING_TYPES : null,
    clientFacingOnly ? CONDITIONAL_TYPES : [],
  ]);
  const found = rows.filter((row) => row.tx !== null);
  if (found.length > MAX_REPLAY) return { kind: 'reset' };
  const events = found
    .filter((row) => !clientFacingOnly || row.data === null || clientSeesEvent(row.type, row.data))
    .map((row) => ({
      tx: BigInt(row.tx!),
      eventId: BigInt(row.eventId),
      shipmentId: row.shipmentId,
      clientId: row.clientId,
      seq: row.seq,
      type: row.type,
      status: row.status,
      at: row.at.toISOString(),
    }));
  const snapshot = parseSnapshot(rows[0]!.snapshot);
  if (!snapshot) throw new Error(`not a snapshot: ${rows[0]!.snapshot}`);
  return { kind: 'events', events, snapshot };
}
