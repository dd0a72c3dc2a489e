import type { Client } from 'pg';
import { rows, run } from './sql';

/** The tables the batches fill: millions of rows each at the reference scale. */
export const BULK_TABLES = [
  'shipments',
  'containers',
  'shipment_events',
  'debit_notes',
  'debit_note_lines',
  'payments',
  'payment_allocations',
  'emails',
];

/**
 * Sets aside, inside the load's transaction, the indexes, keys, foreign keys and INSERT triggers of the
 * tables the batches fill, and returns what puts them back exactly as they were defined (pg_get_indexdef,
 * pg_get_constraintdef: whatever the migrations made, including indexes added after this was written).
 *
 * Why: the keys are random uuids, so every row would land on a random page of a dozen indexes each (the
 * shipments alone have twelve), and each row of a child table would look its parent up once more. Built
 * once at the end, an index is a sort; a foreign key, one join. A primary key that another table's foreign
 * key leans on stays (the shipments'). Unique ones come back checked: a duplicate fails the load, and it
 * rolls back.
 */
export async function suspendIndexes(db: Client): Promise<() => Promise<void>> {
  const foreignKeys = await rows<{ table: string; name: string; definition: string }>(
    db,
    `SELECT quote_ident(t.relname) AS table, quote_ident(c.conname) AS name, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
      WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace AND t.relname = ANY($1)
      ORDER BY t.relname, c.conname`,
    [BULK_TABLES],
  );
  // Primary keys and unique constraints too, unless a table the load leaves alone refers to them.
  const keys = await rows<{ table: string; name: string; definition: string }>(
    db,
    `SELECT quote_ident(t.relname) AS table, quote_ident(c.conname) AS name, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
      WHERE c.contype IN ('p', 'u') AND t.relnamespace = current_schema()::regnamespace AND t.relname = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint f JOIN pg_class ft ON ft.oid = f.conrelid
                         WHERE f.contype = 'f' AND f.conindid = c.conindid AND NOT ft.relname = ANY($1))
      ORDER BY t.relname, c.conname`,
    [BULK_TABLES],
  );
  const indexes = await rows<{ name: string; definition: string }>(
    db,
    `SELECT quote_ident(ic.relname) AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
       JOIN pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY t.relname, ic.relname`,
    [BULK_TABLES],
  );
  // Triggers that fire on INSERT (the live stream's announcement of new events): a bulk load is nobody's
  // live change, and announcing it would log millions of event ids in one statement's row.
  const triggers = await rows<{ table: string; name: string }>(
    db,
    `SELECT quote_ident(t.relname) AS table, quote_ident(g.tgname) AS name
       FROM pg_trigger g JOIN pg_class t ON t.oid = g.tgrelid
      WHERE NOT g.tgisinternal AND g.tgenabled = 'O' AND (g.tgtype & 4) <> 0
        AND t.relnamespace = current_schema()::regnamespace AND t.relname = ANY($1)`,
    [BULK_TABLES],
  );
  for (const fk of foreignKeys) await run(db, `ALTER TABLE ${fk.table} DROP CONSTRAINT ${fk.name}`);
  for (const key of keys) await run(db, `ALTER TABLE ${key.table} DROP CONSTRAINT ${key.name}`);
  for (const index of indexes) await run(db, `DROP INDEX ${index.name}`);
  for (const trigger of triggers)
    await run(db, `ALTER TABLE ${trigger.table} DISABLE TRIGGER ${trigger.name}`);
  return async () => {
    for (const key of keys)
      await run(db, `ALTER TABLE ${key.table} ADD CONSTRAINT ${key.name} ${key.definition}`);
    for (const index of indexes) await run(db, index.definition);
    for (const fk of foreignKeys)
      await run(db, `ALTER TABLE ${fk.table} ADD CONSTRAINT ${fk.name} ${fk.definition}`);
    for (const trigger of triggers)
      await run(db, `ALTER TABLE ${trigger.table} ENABLE TRIGGER ${trigger.name}`);
  };
}
