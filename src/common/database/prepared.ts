import { DatabaseError, type Pool, type PoolClient, type QueryConfig, type QueryResultRow } from 'pg';
import { EntityManager, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

/** Statement texts given a name so far; past this many, new texts run unnamed (a bug making texts up). */
const MAX_NAMED = 500;
const names = new Map<string, string>();

function nameOf(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_NAMED) {
    name = `quayside_${names.size + 1}`;
    names.set(text, name);
  }
  return name;
}

/**
 * SQLSTATEs that mean the session and the client disagree about which statements are prepared: the session
 * holds a name the client means to create (42P05), or lacks one the client believes it made (26000).
 */
const DISAGREEMENT = new Set(['42P05', '26000']);

/**
 * Runs a statement as a named prepared statement on the connection of `em`: its transaction's, or one from
 * the pool. PostgreSQL then parses and plans it once per connection instead of on every call, which for the
 * write path's statements is most of their cost in the database. (TypeORM's `query` only sends unnamed
 * statements.) Each text gets one name for the life of the process, as pg requires. Errors come as
 * TypeORM's QueryFailedError, like `em.query`'s, so the central error mapping treats them the same.
 *
 * Statements that go through here must name the columns they return (no `*`): a prepared plan whose result
 * columns a migration changed fails instead of re-planning.
 */
export async function queryPrepared<R extends QueryResultRow>(
  em: EntityManager,
  text: string,
  values: unknown[],
): Promise<R[]> {
  const config = { name: nameOf(text), text, values };
  try {
    const runner = em.queryRunner as PostgresQueryRunner | undefined;
    if (runner) return (await ((await runner.connect()) as PoolClient).query<R>(config)).rows;
    return await onPooledConnection<R>((em.connection.driver as PostgresDriver).master as Pool, config);
  } catch (error) {
    throw new QueryFailedError(text, values, error as Error);
  }
}

/**
 * One statement on a connection borrowed from the pool. Not `Pool.query`: that gives the connection back as
 * broken after any error, and the pool closes it. An error the database answered (a unique violation, a bad
 * value, a full disk) leaves the connection as it was; closing it only costs a reconnect on PostgreSQL, but on
 * the embedded database the next connection is the same single session, still holding every statement the
 * closed client prepared while the new client knows none of them, and every write then failed (docs/security.md,
 * "Issue 11"). So the connection goes back as broken only when the connection itself failed (the pool then
 * also drops one that closed), or when the session and the client disagree about prepared statements: a new
 * connection starts from a clean session (the embedded pool's `onConnect`, data-source.ts).
 */
async function onPooledConnection<R extends QueryResultRow>(pool: Pool, config: QueryConfig): Promise<R[]> {
  const client = await pool.connect();
  let broken: Error | undefined;
  // A connection lost while lent out is also an 'error' event on the client, which the pool listens to only
  // while the client is idle: unheard, Node would throw it out of the process.
  const lost = (error: Error): void => void (broken = error);
  client.on('error', lost);
  try {
    return (await client.query<R>(config)).rows;
  } catch (error) {
    if (!(error instanceof DatabaseError) || DISAGREEMENT.has(error.code ?? '')) broken ??= error as Error;
    throw error;
  } finally {
    client.off('error', lost);
    client.release(broken);
  }
}
