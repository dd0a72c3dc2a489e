import type { Response } from 'supertest';
import { type AuditRecord, countRows, type collectionRoutes } from './http';
import type { TestApp } from './test-app';

// The behaviours clients and carriers share (docs/api.md "Master data"), checked the same way for both.

type Routes = ReturnType<typeof collectionRoutes>;
type Audit = (entityId: string, extra?: string) => Promise<AuditRecord[]>;

/** Runs `act` and checks that it left `table` and the audit log as they were. */
export async function expectWritesNothing(
  t: TestApp,
  table: string,
  act: () => Promise<void>,
): Promise<void> {
  const before = await countRows(t, table);
  const auditBefore = await countRows(t, 'audit_records');
  await act();
  expect(await countRows(t, table)).toBe(before);
  expect(await countRows(t, 'audit_records')).toBe(auditBefore);
}

/** Follows the list's cursor two items at a time from the start: the codes of each page, in order. */
export async function pagesOfCodes(list: Routes['list'], token: string): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const res: { body: { items: { code: string }[]; nextCursor: string | null } } = await list(
      token,
      `limit=2${cursor ? `&cursor=${cursor}` : ''}`,
    ).expect(200);
    pages.push(res.body.items.map((c) => c.code));
    cursor = res.body.nextCursor;
  } while (cursor);
  return pages;
}

/**
 * Five renames sent together with If-Match "1": exactly one wins (200), the others get 412, the record
 * has the winner's name at version 2, and one update is audited. Answers the winning response.
 */
export async function expectOneOfFiveIfMatchWins(
  { patch, get }: Routes,
  auditOf: Audit,
  token: string,
  admin: string,
  record: { id: string; name?: unknown },
): Promise<Response> {
  const results = await Promise.all(
    [0, 1, 2, 3, 4].map((i) => patch(token, record.id, { name: `Racer ${i}` }, '"1"')),
  );
  expect(results.map((r) => r.status).sort()).toEqual([200, 412, 412, 412, 412]);
  const winner = results.find((r) => r.status === 200)!;
  expect((await get(admin, record.id)).body).toMatchObject({ name: winner.body.name, version: 2 });
  const updates = await auditOf(record.id, '&action=updated');
  expect(updates).toHaveLength(1);
  expect(updates[0]!.changes).toEqual({ name: { from: record.name, to: winner.body.name } });
  return winner;
}

/**
 * Five renames sent together without If-Match: all succeed, with versions 2 to 6, and five updates are
 * audited. Answers the audited updates, newest first.
 */
export async function expectSerialisedEdits(
  patch: Routes['patch'],
  auditOf: Audit,
  token: string,
  id: string,
): Promise<AuditRecord[]> {
  const results = await Promise.all([0, 1, 2, 3, 4].map((i) => patch(token, id, { name: `Serial ${i}` })));
  expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
  expect(results.map((r) => r.body.version as number).sort()).toEqual([2, 3, 4, 5, 6]);
  const updates = await auditOf(id, '&action=updated');
  expect(updates).toHaveLength(5);
  return updates;
}
