import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, type Notification, type Pool, type PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';

const RECONNECT_MS = { first: 500, max: 30_000 };
/** A channel name goes into `LISTEN` as an identifier: only plain ones are accepted. */
const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

/** Someone who hears the notifications on some channels. */
export interface ChangeWatcher {
  /** A notification, in the order their transactions committed (one listening session hears them all). */
  message(channel: string, payload: string): void;
  /** Notifications flow (again). Whatever was committed while they did not is not heard of: read it. */
  up(): void;
  /** The listening session is lost: notifications sent from now until `up` are lost too. */
  down(): void;
}

/**
 * PostgreSQL's LISTEN/NOTIFY for the app: a NOTIFY sent in a transaction reaches every listener when (and
 * only if) that transaction commits, on every instance sharing the database, in commit order.
 *
 * - On a PostgreSQL server, one dedicated connection per instance listens (outside the pool, where a
 *   connection is lent to requests); lost, it is opened again, waiting longer each time, and watchers are
 *   told `down`, then `up`.
 * - On the embedded database there is one process and one session: the pool's single connection. The session
 *   listens, and its notifications come back on whichever client of the pool runs the committing statement
 *   (the socket server passes them through with the statement's answer). Every new pooled client starts with
 *   `DISCARD ALL` (data-source.ts), which also ends LISTEN: the channels are listened to again before the
 *   client is lent to anyone, and watchers are told `down`/`up`, as the old client may have taken
 *   notifications with it.
 */
@Injectable()
export class ChangeBus implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ChangeBus.name);
  private readonly watchers = new Map<ChangeWatcher, readonly string[]>();
  private readonly channels = new Set<string>();
  private state: 'starting' | 'up' | 'down' = 'starting';
  private listener: Client | undefined;
  private reconnect: NodeJS.Timeout | undefined;
  private stopped = false;
  /** Embedded: the pooled clients whose notifications are heard. */
  private readonly heard = new WeakSet<PoolClient>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Whether notifications are being heard now. */
  get listening(): boolean {
    return this.state === 'up';
  }

  /**
   * Hears every notification on `channels` from now until the returned function is called. Call it before the
   * module starts, or expect `up` once the channels are listened to.
   */
  watch(channels: readonly string[], watcher: ChangeWatcher): () => void {
    for (const channel of channels) {
      if (!CHANNEL.test(channel)) throw new Error(`not a plain channel name: ${channel}`);
    }
    this.watchers.set(watcher, channels);
    const added = channels.filter((c) => !this.channels.has(c));
    for (const channel of added) this.channels.add(channel);
    if (added.length && this.state === 'up') void this.listenMore(added);
    return () => void this.watchers.delete(watcher);
  }

  async onModuleInit(): Promise<void> {
    if (this.config.database.kind === 'postgres') {
      await this.connect(this.config.database.url, RECONNECT_MS.first);
    } else {
      await this.listenOnPool();
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnect);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  /**
   * Listens anew, for a watcher that has reason to think notifications stopped coming although the session
   * seems fine (its own NOTIFY not heard back): a server's listening connection is closed and opened again;
   * the embedded session is told to LISTEN again. Watchers hear `down`, then `up`.
   */
  restart(): void {
    if (this.stopped || this.state === 'starting') return;
    if (this.config.database.kind === 'postgres') {
      // Its 'end' handler reconnects.
      void this.listener?.end().catch(() => undefined);
      return;
    }
    this.setState('down');
    this.dataSource.query(this.listenSql(this.channels)).then(
      () => this.setState('up'),
      (error: Error) => this.logger.error(`embedded database: LISTEN failed: ${error.message}`),
    );
  }

  private deliver = (message: Notification): void => {
    if (this.state !== 'up' || message.payload === undefined) return;
    for (const [watcher, channels] of this.watchers) {
      if (!channels.includes(message.channel)) continue;
      try {
        watcher.message(message.channel, message.payload);
      } catch (error) {
        this.logger.error(`a watcher of ${message.channel} failed: ${(error as Error).message}`);
      }
    }
  };

  private setState(state: 'up' | 'down'): void {
    if (this.state === state) return;
    this.state = state;
    for (const watcher of this.watchers.keys()) {
      if (state === 'up') watcher.up();
      else watcher.down();
    }
  }

  private listenSql(channels: Iterable<string>): string {
    return [...channels].map((c) => `LISTEN ${c};`).join(' ');
  }

  private async listenMore(channels: readonly string[]): Promise<void> {
    try {
      if (this.listener) await this.listener.query(this.listenSql(channels));
      else await this.dataSource.query(this.listenSql(channels));
    } catch (error) {
      this.logger.warn(`could not listen to ${channels.join(', ')}: ${(error as Error).message}`);
    }
  }

  /** The embedded database: the single session listens; each pooled client's notifications are heard. */
  private async listenOnPool(): Promise<void> {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    const hear = (client: PoolClient): void => {
      if (this.heard.has(client)) return;
      this.heard.add(client);
      client.on('notification', this.deliver);
    };
    pool.on('acquire', hear);
    // A new client's session was just cleared (DISCARD ALL): listen again before anyone else uses it (the
    // client runs its queries in order), and let watchers read what a lost client may have heard.
    pool.on('connect', (client: PoolClient) => {
      if (this.stopped || this.state === 'starting') return;
      hear(client);
      this.setState('down');
      if (!this.channels.size) return this.setState('up');
      client.query(this.listenSql(this.channels)).then(
        () => this.setState('up'),
        (error: Error) => this.logger.error(`embedded database: LISTEN failed: ${error.message}`),
      );
    });
    if (this.channels.size) await this.dataSource.query(this.listenSql(this.channels));
    this.setState('up');
  }

  /** A server: opens the listening connection; on failure or loss, tells the watchers and tries again. */
  private async connect(url: string, wait: number): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: url,
      // A connection that went silent (a dead network) is noticed in tens of seconds, not hours.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      application_name: 'quayside-bus',
    });
    const lost = (error?: Error): void => {
      if (this.listener !== client) return;
      this.listener = undefined;
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      this.setState('down');
      this.logger.warn(`notifications: listening connection lost (${error?.message ?? 'closed'})`);
      this.reconnect = setTimeout(() => void this.connect(url, Math.min(wait * 2, RECONNECT_MS.max)), wait);
    };
    client.on('notification', this.deliver);
    client.on('error', lost);
    client.on('end', () => lost());
    this.listener = client;
    try {
      await client.connect();
      if (this.channels.size) await client.query(this.listenSql(this.channels));
    } catch (error) {
      lost(error as Error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    if (this.listener === client) this.setState('up');
  }
}
