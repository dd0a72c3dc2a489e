import type { Pool, PoolClient, QueryResultRow } from 'pg';
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
    const target: Pool | PoolClient = runner
      ? ((await runner.connect()) as PoolClient)
      : ((em.connection.driver as PostgresDriver).master as Pool);
    return (await target.query<R>(config)).rows;
  } catch (error) {
    throw new QueryFailedError(text, values, error as Error);
  }
}
