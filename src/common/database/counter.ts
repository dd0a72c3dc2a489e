import { EntityManager } from 'typeorm';

/**
 * Takes the next value of a gap-free counter inside the caller's transaction. The upsert locks the counter
 * row until that transaction ends, so concurrent callers queue and a rollback returns the number.
 */
export async function nextCounterValue(em: EntityManager, name: string): Promise<bigint> {
  const rows: { value: string }[] = await em.query(
    `INSERT INTO counters (name, value) VALUES ($1, 1)
     ON CONFLICT (name) DO UPDATE SET value = counters.value + 1
     RETURNING value`,
    [name],
  );
  const value = rows[0]?.value;
  if (value === undefined) throw new Error(`counter ${name} returned no value`);
  return BigInt(value);
}
