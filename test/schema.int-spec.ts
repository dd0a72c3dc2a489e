import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from '../migrations';
import { connectDataSource, QuaysideDataSource } from '../src/database/data-source';
import { createTestDatabase, TestDatabase } from './utils/test-database';

describe('migrations and entities', () => {
  let db: TestDatabase;
  let ds: QuaysideDataSource;
  beforeAll(async () => {
    db = await createTestDatabase(); // already migrated to the latest by the global setup
    ds = await connectDataSource(db.database);
  });
  afterAll(async () => {
    await ds.destroy();
    await db.dispose();
  });

  it('agree: a database migrated to the latest leaves nothing for migration:generate to write', async () => {
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('are all applied and none is pending', async () => {
    expect(await ds.showMigrations()).toBe(false);
    const applied: { name: string }[] = await ds.query('SELECT name FROM migrations ORDER BY id');
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it('lists every migration file in migrations/index.ts, oldest first', () => {
    const files = readdirSync(join(__dirname, '..', 'migrations'))
      .filter((f) => /^\d+-\w+\.ts$/.test(f))
      .sort();
    const listed = MIGRATIONS.map((m) => {
      const [, name, stamp] = /^(\w+?)(\d{13})$/.exec(m.name) ?? [];
      return `${stamp}-${name}.ts`;
    });
    expect(listed).toEqual(files);
  });
});
