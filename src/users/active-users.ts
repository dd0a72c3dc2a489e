import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { queryPrepared } from '../common/database/prepared';
import type { Actor } from '../common/roles';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/** The channel on which a committed change to a user is announced to every instance. */
export const USER_CHANGED_CHANNEL = 'quayside_user_changed';
const CACHED_USERS = 10_000;
/** A safety net only: a change is forgotten at once through the channel. */
const CACHE_TTL_MS = 10 * 60_000;
const RECONNECT_MS = { first: 500, max: 30_000 };

/** An active user as the guard needs them: who they are, and which of their tokens still hold. */
export interface ActiveUser {
  actor: Actor;
  /** Tokens issued in an earlier generation have ended (a new password, a deactivation)… */
  tokenGeneration: number;
  /** …but this one: the token its owner changed their own password with. */
  keptTokenId: string | null;
  /** Tokens ended one by one (a sign-out), by id, with their expiry. */
  endedTokens: Readonly<Record<string, number>>;
}

/**
 * Who an active user is, for every authenticated request, without a database round trip each time. A user
 * changed (deactivated, another role, a new team lead, a new password) is forgotten at once, so a deactivated user's tokens
 * are refused from the next request on (docs/api.md "Session and users"):
 * - on this instance, when `announce` is called in the changing transaction and that transaction commits
 *   (the change is forgotten before the PATCH answers);
 * - on every other instance sharing the PostgreSQL server, through LISTEN/NOTIFY on the same commit. While
 *   an instance's listening connection is down, it does not cache at all, and it forgets everything it had.
 * The embedded database admits one process only, so there the first way is the whole story.
 */
@Injectable()
export class ActiveUsers implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ActiveUsers.name);
  private readonly cache = new LRUCache<string, ActiveUser>({ max: CACHED_USERS, ttl: CACHE_TTL_MS });
  /** Bumped by every change: a read that began before one must not be cached after it. */
  private generation = 0;
  /** Whether changes made elsewhere reach this instance (always, on the embedded database). */
  private listening: boolean;
  private listener: Client | undefined;
  private reconnect: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.listening = config.database.kind === 'pglite';
  }

  async onModuleInit(): Promise<void> {
    if (this.config.database.kind === 'postgres')
      await this.listen(this.config.database.url, RECONNECT_MS.first);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnect);
    await this.listener?.end().catch(() => undefined);
  }

  /**
   * The active user with this id, with the token generation in force; null when there is none or they are
   * deactivated. Forgotten with every change, like the rest of the user, so a password changed on one
   * instance ends the tokens on all of them.
   */
  async find(id: string): Promise<ActiveUser | null> {
    const known = this.listening ? this.cache.get(id) : undefined;
    if (known) return known;
    const generation = this.generation;
    const rows = await queryPrepared<Actor & Omit<ActiveUser, 'actor'>>(
      this.dataSource.manager,
      `SELECT id, name, role, client_id AS "clientId", team_lead_id AS "teamLeadId",
              token_generation AS "tokenGeneration", kept_token_id AS "keptTokenId",
              ended_tokens AS "endedTokens"
         FROM users WHERE id = $1 AND active`,
      [id],
    );
    const row = rows[0];
    if (!row) return null;
    const { tokenGeneration, keptTokenId, endedTokens, ...actor } = row;
    const user: ActiveUser = { actor, tokenGeneration, keptTokenId, endedTokens };
    if (this.listening && generation === this.generation) this.cache.set(id, user);
    return user;
  }

  /**
   * Announces a change to a user inside the transaction making it (delivered to other instances on commit);
   * call `forget` once it has committed.
   */
  async announce(em: EntityManager, id: string): Promise<void> {
    await em.query('SELECT pg_notify($1, $2)', [USER_CHANGED_CHANNEL, id]);
  }

  /** Forgets a user whose change has committed. */
  forget(id: string): void {
    this.generation++;
    this.cache.delete(id);
  }

  private forgetAll(): void {
    this.generation++;
    this.cache.clear();
  }

  /** Opens the listening connection; on failure or loss, stops caching and tries again, waiting longer each time. */
  private async listen(url: string, wait: number): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: url,
      keepAlive: true,
      application_name: 'quayside-listen',
    });
    const lost = (error?: Error): void => {
      if (this.listener !== client) return;
      this.listener = undefined;
      this.listening = false;
      this.forgetAll();
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger.warn(
        `user changes: listening connection lost (${error?.message ?? 'closed'}); caching off`,
      );
      this.reconnect = setTimeout(() => void this.listen(url, Math.min(wait * 2, RECONNECT_MS.max)), wait);
    };
    client.on('notification', (message) => {
      if (message.channel === USER_CHANGED_CHANNEL && message.payload) this.forget(message.payload);
    });
    client.on('error', lost);
    client.on('end', () => lost());
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${USER_CHANGED_CHANNEL}`);
    } catch (error) {
      lost(error as Error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    if (this.listener !== client) return;
    // Whatever changed while nobody listened is unknown: start from nothing.
    this.forgetAll();
    this.listening = true;
  }
}
