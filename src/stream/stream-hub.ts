import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { ClsService } from 'nestjs-cls';
import { DataSource } from 'typeorm';
import { ScopeService } from '../auth/scope.service';
import { ChangeBus, type ChangeWatcher } from '../common/database/change-bus';
import { RequestContext } from '../common/request-context';
import type { Actor } from '../common/roles';
import { USER_CHANGED_CHANNEL } from '../users/active-users';
import {
  advance,
  StreamConnection,
  type ConnectionHost,
  type EventData,
  type Position,
} from './stream-connection';
import { parseCursor, type Snapshot, type StreamCursor } from './stream-cursor';
import {
  parseNotice,
  SCOPE_CHANGED_CHANNEL,
  SHIPMENT_CHANGED_CHANNEL,
  TICK_SQL,
  type ChangedEvent,
} from './stream-notice';
import { LOG_RETENTION, replay, type Replay } from './stream-replay';
import type { StreamScope } from './stream-visibility';

/** Each instance ticks this often; its own tick is every stream's keep-alive. */
export const TICK_MS = 15_000;
/** A tick committed but not heard back within this long: the listening session is not hearing. */
const TICK_LOST_MS = 10_000;
/** How long a new stream waits for the hub to know where the database stands before it asks to come back. */
const READY_WAIT_MS = 5_000;
/** A stream lasts this long (and up to a minute more, spread), then the browser reconnects through the guard. */
const LIFETIME_MS = 5 * 60_000;
const PRUNE_MS = 60 * 60_000;

/**
 * The live stream of shipment changes (GET /api/v1/stream, docs/api.md "Stream"). The database announces
 * every committed shipment event (migrations/1795900500000-ShipmentChangeNotify.ts) through the ChangeBus,
 * to every instance, in commit order; each instance sends each of its streams what that stream's caller may
 * see (StreamConnection). Each announcement carries the snapshot of its statement (which transactions had
 * finished: all announced before it), and the hub keeps the union of those it has heard, with the last
 * transaction heard of: where its streams stand (stream-cursor.ts). A stream resumed with `Last-Event-ID`
 * replays from the change log what it missed, then goes on live.
 *
 * The hub ticks every TICK_MS (a NOTIFY of its own, with its snapshot): a stream learns where it stands even
 * when nothing changes, and the tick heard back is the keep-alive. When the bus stops hearing (the listening
 * connection lost, or a tick not heard back), every stream is ended: the browsers reconnect and replay, so
 * nothing sent meanwhile is missed.
 */
@Injectable()
export class StreamHub implements ChangeWatcher, ConnectionHost, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(StreamHub.name);
  private readonly connections = new Set<StreamConnection>();
  private readonly instance = randomUUID();
  private readonly unwatch: () => void;
  /** Where the streams stand, from what was heard since the bus last came up; null until something was. */
  private position: Position | null = null;
  private waiting: (() => void)[] = [];
  /** This instance's ticks: sent, and the last heard back. */
  private ticks = 0;
  private ticksHeard = 0;
  /** The oldest tick committed and not yet heard back, and when it committed. */
  private unheardTick: { tick: number; committedAt: number } | null = null;
  private timers: NodeJS.Timeout[] = [];
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bus: ChangeBus,
    private readonly scope: ScopeService,
    private readonly context: RequestContext,
    private readonly cls: ClsService,
  ) {
    // Before the bus starts, so that it listens to these from the first.
    this.unwatch = bus.watch([SHIPMENT_CHANGED_CHANNEL, SCOPE_CHANGED_CHANNEL, USER_CHANGED_CHANNEL], this);
  }

  onModuleInit(): void {
    const every = (ms: number, work: () => void): void => {
      const timer = setInterval(work, ms);
      timer.unref();
      this.timers.push(timer);
    };
    every(TICK_MS, () => this.tick());
    every(PRUNE_MS, () => void this.prune());
    if (this.bus.listening) this.tick();
  }

  /** Ends every stream, so that the server closes without waiting for them (app.close()). */
  onModuleDestroy(): void {
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    this.unwatch();
    this.endAll();
    for (const wake of this.waiting.splice(0)) wake();
  }

  /** Opens a stream for the request's actor (the guard has let it through) and sends it as the answer. */
  async open(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    void reply
      .header('content-type', 'text/event-stream; charset=utf-8')
      .header('cache-control', 'no-cache, no-store')
      // A reverse proxy must pass each message on as it comes, not collect the answer first.
      .header('x-accel-buffering', 'no');
    if (request.method === 'HEAD') return void (await reply.send());
    const header = request.headers['last-event-id'];
    const given = Array.isArray(header) ? header[0] : header;
    const resumeFrom: StreamCursor | 'unknown' | null =
      given === undefined || given === '' ? null : (parseCursor(given) ?? 'unknown');
    const lifetime = LIFETIME_MS + Math.floor(Math.random() * 60_000);
    const connection = new StreamConnection(this.context.actor, this, lifetime);
    if (!(await this.ready()) || !connection.open) {
      // The browser comes back after RECONNECT_AFTER_MS, by which time the database may be heard again.
      connection.end();
    } else {
      // EventSource always asks for text/event-stream; a client that does not gets what it missed, and the end.
      const live = /\btext\/event-stream\b/i.test(request.headers.accept ?? '');
      if (live) this.connections.add(connection);
      connection.start(resumeFrom, this.position!, live);
    }
    await reply.send(connection.out);
  }

  up(): void {
    this.tick();
  }

  down(): void {
    this.position = null;
    this.unheardTick = null;
    this.endAll();
  }

  message(channel: string, payload: string): void {
    if (channel === USER_CHANGED_CHANNEL) return this.userChanged(payload);
    if (channel === SCOPE_CHANGED_CHANNEL) {
      for (const connection of this.connections) connection.scopeChanged();
      return;
    }
    const notice = parseNotice(payload);
    if (!notice) return this.logger.warn(`an announcement not understood: ${payload.slice(0, 200)}`);
    switch (notice.kind) {
      case 'tick': {
        const after = this.heard(notice.snapshot, this.position?.tx ?? 0n, this.position?.eventId ?? 0n);
        const [from, number] = notice.from.split(':');
        const own = from === this.instance;
        if (own) this.tickHeard(Number(number));
        for (const connection of this.connections) connection.tick(after, own);
        return;
      }
      case 'event': {
        const after = this.heard(notice.snapshot, notice.tx, notice.event.eventId);
        const dataOf = this.dataLoader(notice.event);
        for (const connection of this.connections) connection.event(notice.tx, notice.event, after, dataOf);
        return;
      }
    }
  }

  async scopeOf(actor: Actor): Promise<StreamScope> {
    // ScopeService reads the actor from the request context: give it one with this actor.
    const scope = await this.cls.run(() => {
      this.context.setActor(actor);
      return this.scope.clients();
    });
    return scope.all ? scope : { all: false, clientIds: new Set(scope.clientIds) };
  }

  replay(cursor: StreamCursor, scope: StreamScope, clientFacingOnly: boolean): Promise<Replay> {
    return replay(this.dataSource, cursor, scope, clientFacingOnly, Math.floor(Date.now() / 1000));
  }

  closed(connection: StreamConnection, error?: Error): void {
    this.connections.delete(connection);
    if (error) this.logger.warn(`a stream ended on an error: ${error.message}`);
  }

  /** Where the streams stand once this is heard (in commit order, after all heard before). */
  private heard(snapshot: Snapshot, tx: bigint, eventId: bigint): Position {
    const now = { ...snapshot, tx, eventId };
    this.position = this.position ? advance(this.position, now) : now;
    for (const wake of this.waiting.splice(0)) wake();
    return this.position;
  }

  private tickHeard(tick: number): void {
    this.ticksHeard = Math.max(this.ticksHeard, tick);
    if (this.unheardTick && this.unheardTick.tick <= tick) this.unheardTick = null;
  }

  /** Whether the hub knows where the database stands (waiting a little for the first tick after a start). */
  private async ready(): Promise<boolean> {
    if (this.position !== null || this.stopped) return !this.stopped;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, READY_WAIT_MS);
      this.waiting.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
    return this.position !== null && !this.stopped;
  }

  /** A user changed: their own streams end (the guard decides on the next), a manager's team may have. */
  private userChanged(userId: string): void {
    for (const connection of this.connections) {
      if (connection.actor.id === userId) connection.end();
      else if (connection.actor.role === 'manager') connection.scopeChanged();
    }
  }

  /**
   * Reads, once for all the streams that ask (client users, for a type whose visibility to them depends on
   * it: a bill to them or a carrier's to us), the event's data.
   */
  private dataLoader(event: ChangedEvent): EventData {
    let loaded: Promise<Record<string, unknown>> | undefined;
    return () =>
      (loaded ??= this.dataSource
        .query<{ data: Record<string, unknown> }[]>('SELECT data FROM shipment_events WHERE id = $1', [
          event.eventId.toString(),
        ])
        .then((rows) => rows[0]?.data ?? {}));
  }

  private tick(): void {
    if (this.stopped || !this.bus.listening) return;
    if (this.unheardTick && Date.now() - this.unheardTick.committedAt > TICK_LOST_MS) {
      this.logger.warn('stream: a tick committed was not heard back; listening anew');
      this.unheardTick = null;
      // down (every stream ends), then up (a new tick) from the bus.
      this.bus.restart();
      return;
    }
    const tick = ++this.ticks;
    this.dataSource.query(TICK_SQL, [SHIPMENT_CHANGED_CHANNEL, `${this.instance}:${tick}`]).then(
      // On the embedded database it has been heard already (it comes back with the answer).
      () => {
        if (this.ticksHeard < tick) this.unheardTick ??= { tick, committedAt: Date.now() };
      },
      (error: Error) => this.logger.warn(`stream: tick failed: ${error.message}`),
    );
  }

  /** The change log is needed for a day (stream-replay.ts); older rows go. */
  private async prune(): Promise<void> {
    try {
      await this.dataSource.query(
        `DELETE FROM shipment_change_log WHERE at < now() - interval '${LOG_RETENTION}'`,
      );
    } catch (error) {
      this.logger.warn(`stream: pruning the change log failed: ${(error as Error).message}`);
    }
  }

  private endAll(): void {
    for (const connection of [...this.connections]) connection.end();
  }
}
