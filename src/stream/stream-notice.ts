import { types } from 'pg';
import { parseSnapshot, type Snapshot } from './stream-cursor';

/**
 * What the instances hear on the shipment channel, parsed: the announcements of
 * migrations/1795900500000-ShipmentChangeNotify.ts and the hubs' ticks. Each carries the snapshot of the
 * statement that sent it (stream-cursor.ts). Space-separated text: cheaper for the trigger to write than JSON.
 */

/** The channel the database announces committed shipment events on, and the hubs tick on. */
export const SHIPMENT_CHANGED_CHANNEL = 'quayside_shipment_changed';
/** A client given to another salesperson: what sales and managers see has changed. */
export const SCOPE_CHANGED_CHANNEL = 'quayside_scope_changed';

/** One committed event, as announced. */
export interface ChangedEvent {
  eventId: bigint;
  shipmentId: string;
  clientId: string;
  seq: number;
  type: string;
  /** The status the event moved the shipment to, or the shipment's status after the statement. */
  status: string;
  /** ISO 8601, UTC. */
  at: string;
}

export type Notice =
  /** An event a transaction committed. */
  | { kind: 'event'; snapshot: Snapshot; tx: bigint; event: ChangedEvent }
  /** A hub's tick, from a transaction that wrote nothing, and which instance sent it. */
  | { kind: 'tick'; snapshot: Snapshot; from: string };

const XID = /^\d{1,20}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SEQ = /^\d{1,9}$/;
const WORD = /^[a-z_]{1,40}$/;
/** How the driver reads a timestamptz, so that `at` is what a read of the history gives. */
const parseTimestamp = types.getTypeParser(types.builtins.TIMESTAMPTZ) as (text: string) => Date;

/** The notice a payload on SHIPMENT_CHANGED_CHANNEL holds, or null when it is none of them. */
export function parseNotice(payload: string): Notice | null {
  const [kind, snapshotText, ...rest] = payload.split(' ');
  const snapshot = parseSnapshot(snapshotText);
  if (!snapshot) return null;
  if (kind === 't' && rest.length === 1 && rest[0]) return { kind: 'tick', snapshot, from: rest[0] };
  if (kind !== 'e' || rest.length < 8) return null;
  const [tx, id, shipmentId, clientId, seq, type, status, ...at] = rest as [string, ...string[]];
  if (
    !XID.test(tx) ||
    !XID.test(id!) ||
    !UUID.test(shipmentId!) ||
    !UUID.test(clientId!) ||
    !SEQ.test(seq!) ||
    !WORD.test(type!) ||
    !WORD.test(status!)
  )
    return null;
  const time = parseTimestamp(at.join(' '));
  if (!(time instanceof Date) || Number.isNaN(time.getTime())) return null;
  return {
    kind: 'event',
    snapshot,
    tx: BigInt(tx),
    event: {
      eventId: BigInt(id!),
      shipmentId: shipmentId!,
      clientId: clientId!,
      seq: Number(seq),
      type: type!,
      status: status!,
      at: time.toISOString(),
    },
  };
}

/** A tick: a NOTIFY with the snapshot of the statement that sends it. */
export const TICK_SQL = `SELECT pg_notify($1, concat_ws(' ', 't', pg_current_snapshot(), $2::text))`;
