/**
 * Where a stream stands: which transactions' events it has sent. Sent as each message's SSE `id` and sent
 * back by the browser as `Last-Event-ID` when it reconnects (docs/api.md, "Stream").
 *
 * Event ids are handed out as rows are inserted, not as they commit: an event with a lower id can commit
 * after one with a higher id has been sent, so "everything after the last id" would miss it. Transactions
 * are told apart instead, by a database snapshot (`pg_current_snapshot()`): every transaction below its
 * `xmax` and not in its in-progress list `xip` had finished when it was taken. Each announcement carries the
 * snapshot of the statement that wrote it; announcements arrive in commit order, so once one has been handled
 * every transaction its snapshot saw finished has been announced before it. A stream's cursor is the union
 * of the snapshots it has handled, plus the transaction it is in the middle of (`tx`, sent up to `eventId`).
 * A resumed stream replays the events of every other transaction (migrations/1795900500000-ShipmentChangeNotify.ts
 * keeps which transaction wrote which events), each once.
 *
 * Text: `<xmax>-<tx>-<eventId>-<at>[-<xip>.<xip>…]`, all decimal; `at` (seconds) is when it was written, so a
 * cursor older than the change log's retention starts over.
 */
export interface Snapshot {
  /** Every transaction below it, but those in `xip`, had finished. */
  xmax: bigint;
  /** Ascending. */
  xip: readonly bigint[];
}

export interface StreamCursor extends Snapshot {
  tx: bigint;
  eventId: bigint;
  at: number;
}

/**
 * In-progress transactions a cursor keeps at most. Past that, `xmax` is lowered to the first left out: the
 * cursor then claims less (some events may be sent again), never more.
 */
export const MAX_IN_PROGRESS = 16;

const CURSOR = /^(\d{1,20})-(\d{1,20})-(\d{1,19})-(\d{1,12})(?:-(\d{1,20}(?:\.\d{1,20})*))?$/;
const SNAPSHOT = /^(\d{1,20}):(\d{1,20}):((?:\d{1,20})?(?:,\d{1,20})*)$/;
const MAX_XID8 = 2n ** 64n - 1n;
const MAX_BIGINT = 2n ** 63n - 1n;

export function formatCursor(cursor: StreamCursor): string {
  const xip = cursor.xip.length ? `-${cursor.xip.join('.')}` : '';
  return `${cursor.xmax}-${cursor.tx}-${cursor.eventId}-${cursor.at}${xip}`;
}

/** The cursor a `Last-Event-ID` holds, or null when it is not one this service wrote. */
export function parseCursor(text: string | undefined): StreamCursor | null {
  const match = text === undefined ? null : CURSOR.exec(text.trim());
  if (!match) return null;
  const [xmax, tx, eventId] = [BigInt(match[1]!), BigInt(match[2]!), BigInt(match[3]!)];
  const xip = match[5] ? match[5].split('.').map(BigInt) : [];
  if ([xmax, tx, ...xip].some((x) => x > MAX_XID8) || eventId > MAX_BIGINT) return null;
  if (xip.length > MAX_IN_PROGRESS || xip.some((x, i) => x >= xmax || (i > 0 && x <= xip[i - 1]!)))
    return null;
  return { xmax, xip, tx, eventId, at: Number(match[4]) };
}

/** A snapshot as PostgreSQL writes it (`xmin:xmax:xip,…`), or null. */
export function parseSnapshot(text: unknown): Snapshot | null {
  const match = typeof text === 'string' ? SNAPSHOT.exec(text) : null;
  if (!match) return null;
  const xmax = BigInt(match[2]!);
  if (xmax > MAX_XID8) return null;
  const xip = match[3] ? match[3].split(',').map(BigInt) : [];
  return capped({ xmax, xip: xip.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) });
}

/** Both claims at once: a transaction finished in either snapshot has been announced. */
export function unionSnapshots(a: Snapshot, b: Snapshot): Snapshot {
  const [low, high] = a.xmax <= b.xmax ? [a, b] : [b, a];
  const lowInProgress = new Set(low.xip);
  // Still in progress for both: in progress in `high` and, below `low.xmax`, in `low` too.
  const xip = high.xip.filter((x) => x >= low.xmax || lowInProgress.has(x));
  return capped({ xmax: high.xmax, xip });
}

function capped(snapshot: Snapshot): Snapshot {
  if (snapshot.xip.length <= MAX_IN_PROGRESS) return snapshot;
  return { xmax: snapshot.xip[MAX_IN_PROGRESS]!, xip: snapshot.xip.slice(0, MAX_IN_PROGRESS) };
}
