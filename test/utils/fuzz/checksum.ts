import { type TestApp } from '../test-app';

// The database checksum

export interface TableSum {
  rows: number;
  md5: string;
}

export async function checksums(t: TestApp): Promise<Map<string, TableSum>> {
  const tables: { name: string }[] = await t.dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const sums = new Map<string, TableSum>();
  for (const { name } of tables) {
    const [row] = await t.dataSource.query<TableSum[]>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS md5
         FROM public."${name}" t`,
    );
    sums.set(name, row!);
  }
  return sums;
}
