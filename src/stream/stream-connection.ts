import { PassThrough } from 'node:stream';
import type { Actor } from '../common/roles';
import { formatCursor, unionSnapshots, type StreamCursor } from './stream-cursor';
import type { ChangedEvent } from './stream-notice';
import type { Replay } from './stream-replay';
import type { StreamShipmentChangeDto } from './stream.dto';
import {
  clientSeesEvent,
  clientSeesType,
  inScope,
  seesClientFacingOnly,
  type StreamScope,
} from './stream-visibility';

/** How long the browser waits before it reconnects (the SSE `retry` field), in milliseconds. */
export const RECONNECT_AFTER_MS = 2000;
/** A client that reads less than this far behind is cut off (it reconnects and replays what it missed). */
const MAX_BUFFERED_BYTES = 256 * 1024;

/** Where a stream stands: a cursor but for when it was written (stream-cursor.ts). */
export type Position = Omit<StreamCursor, 'at'>;

/** Both claims: the snapshots' union, and the transaction in the middle of which `later` stands. */
export function advance(earlier: Position, later: Position): Position {
  return { ...unionSnapshots(earlier, later), tx: later.tx, eventId: later.eventId };
}

/** What a connection asks of the hub it belongs to. */
export interface ConnectionHost {
  /** The actor's scope, as ScopeService computes it now. */
  scopeOf(actor: Actor): Promise<StreamScope>;
  /** What a stream resumed at `cursor` missed. */
  replay(cursor: StreamCursor, scope: StreamScope, clientFacingOnly: boolean): Promise<Replay>;
  /** The connection has ended (for whatever reason). */
  closed(connection: StreamConnection, error?: Error): void;
}

/** How to read an event's data, should a client user's visibility depend on it. */
export type EventData = () => Promise<Readonly<Record<string, unknown>>>;

/**
 * One open stream: its actor, its scope, where it stands (the position of what it has sent) and its queue.
 * Everything the hub hears is queued here in the order heard (commit order), and each step finishes before
 * the next begins, so messages go out in commit order even when one step must read the database first (the
 * scope after a change, a client user's view of a bill).
 *
 * The scope is computed as the stream opens (ScopeService, as for every read), and each message is checked
 * against it: a lookup, no query. It is kept until a notice says it may have changed (a client given to
 * another salesperson, a change to a user who may be in a manager's team): the stream then reads it again
 * before deciding the next message, one query per sales or manager stream and change. That notice is queued like the rest, so each message is decided with the scope
 * as it was when the message's transaction committed. A change to the actor themself (role, password,
 * sign-out, deactivation) ends the stream: the browser reconnects through the guard, which decides anew.
 */
export class StreamConnection {
  /** The response body. */
  readonly out = new PassThrough();
  private tail: Promise<void> = Promise.resolve();
  private ended = false;
  /** Set by `start`, the first step of the queue. */
  private position: Position = { xmax: 0n, xip: [], tx: 0n, eventId: 0n };
  private scope: { value: StreamScope; generation: number } | null = null;
  private scopeGeneration = 0;
  /** The events the replay sent: notices heard meanwhile may hold them again. */
  private readonly replayed = new Set<bigint>();
  private readonly lifetime: NodeJS.Timeout;

  constructor(
    readonly actor: Actor,
    private readonly host: ConnectionHost,
    lifetimeMs: number,
  ) {
    this.out.on('close', () => this.end());
    // Sent at once, so the browser knows the stream is open before anything happens.
    this.write(`: quayside shipment changes\nretry: ${RECONNECT_AFTER_MS}\n\n`);
    // Bounded, so that whatever the guard checks (a token's expiry) is checked again now and then: the
    // browser reconnects by itself, from where it stood.
    this.lifetime = setTimeout(() => this.end(), lifetimeMs);
    this.lifetime.unref();
  }

  get open(): boolean {
    return !this.ended;
  }

  /**
   * Starts the stream: resumed from `resumeFrom` (the events the caller missed, or `reset` when they cannot
   * be told: too many, too old, or an id this service did not write), then `ready`, standing where the hub
   * stood when the connection joined, or further. Unless `live`, the stream then ends (a client polling for
   * what it missed).
   */
  start(resumeFrom: StreamCursor | 'unknown' | null, joined: Position, live: boolean): void {
    this.enqueue(async () => {
      this.position = joined;
      // Read as the stream opens, so that the first change is not held up by it.
      const scope = await this.currentScope();
      if (resumeFrom === 'unknown') {
        this.send('reset', {});
      } else if (resumeFrom) {
        const missed = await this.host.replay(resumeFrom, scope, seesClientFacingOnly(this.actor));
        if (missed.kind === 'reset') {
          this.send('reset', {});
        } else {
          // Transaction by transaction: once at X, every transaction below X that the replay's snapshot saw
          // finished has been sent (now or before), and so has X up to this event.
          const { xmax, xip } = missed.snapshot;
          for (const event of missed.events) {
            this.replayed.add(event.eventId);
            const below = event.tx < xmax ? event.tx : xmax;
            const sent = unionSnapshots(resumeFrom, { xmax: below, xip: xip.filter((x) => x < below) });
            this.position = { ...sent, tx: event.tx, eventId: event.eventId };
            this.sendChange(event);
          }
          // Every transaction the replay's snapshot saw finished is now sent (the replay had what the
          // caller had not), and so is every one the hub had heard of when the connection joined.
          this.position = advance({ ...missed.snapshot, tx: 0n, eventId: 0n }, joined);
        }
      }
      this.send('ready', {});
      if (!live) this.end();
    });
  }

  /** An event a transaction committed; `after` is where the hub stands once it has heard of it. */
  event(tx: bigint, event: ChangedEvent, after: Position, dataOf: EventData): void {
    this.enqueue(async () => {
      if (await this.sees(event, dataOf)) {
        this.position = { ...unionSnapshots(this.position, after), tx, eventId: event.eventId };
        this.sendChange(event);
      }
      this.position = advance(this.position, after);
    });
  }

  /** The hub heard a tick; with `keepAlive`, a comment goes out, carrying where the stream stands. */
  tick(after: Position, keepAlive: boolean): void {
    this.enqueue(() => {
      this.position = advance(this.position, after);
      if (keepAlive) this.write(`: keep-alive\nid: ${this.cursorText()}\n\n`);
      return Promise.resolve();
    });
  }

  /** The actor's scope may have changed: it is read again before the next message that needs it. */
  scopeChanged(): void {
    if (this.actor.role !== 'sales' && this.actor.role !== 'manager') return;
    this.enqueue(() => Promise.resolve(void this.scopeGeneration++));
  }

  /** Ends the stream (the browser reconnects after RECONNECT_AFTER_MS unless it was closed on its side). */
  end(error?: Error): void {
    if (this.ended) return;
    this.ended = true;
    clearTimeout(this.lifetime);
    this.out.end();
    this.host.closed(this, error);
  }

  private enqueue(step: () => Promise<void>): void {
    if (this.ended) return;
    this.tail = this.tail.then(async () => {
      if (this.ended) return;
      try {
        await step();
      } catch (error) {
        // A read that failed (the database gone): the browser reconnects and replays from where it stood.
        this.end(error as Error);
      }
    });
  }

  private async sees(event: ChangedEvent, dataOf: EventData): Promise<boolean> {
    if (this.replayed.has(event.eventId) || !inScope(await this.currentScope(), event.clientId)) return false;
    if (!seesClientFacingOnly(this.actor)) return true;
    const sees = clientSeesType(event.type);
    return sees === 'yes' || (sees === 'data' && clientSeesEvent(event.type, await dataOf()));
  }

  private async currentScope(): Promise<StreamScope> {
    if (this.scope?.generation === this.scopeGeneration) return this.scope.value;
    const generation = this.scopeGeneration;
    this.scope = { value: await this.host.scopeOf(this.actor), generation };
    return this.scope.value;
  }

  private sendChange(event: ChangedEvent): void {
    const message: StreamShipmentChangeDto = {
      shipmentId: event.shipmentId,
      seq: event.seq,
      type: event.type,
      status: event.status,
      at: event.at,
    };
    this.send('shipment', message);
  }

  private cursorText(): string {
    return formatCursor({ ...this.position, at: Math.floor(Date.now() / 1000) });
  }

  private send(event: string, data: object): void {
    this.write(`event: ${event}\nid: ${this.cursorText()}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  private write(text: string): void {
    if (this.ended) return;
    this.out.write(text);
    if (this.out.writableLength > MAX_BUFFERED_BYTES) this.end();
  }
}
