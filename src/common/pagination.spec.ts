import type { SelectQueryBuilder } from 'typeorm';
import { ValidationFailedError } from './errors/app-error';
import { keyset, keysetPage } from './pagination';

interface Row {
  createdAt: Date;
  id: string;
}

const NEWEST_FIRST = keyset<Row>('DESC', [
  { column: 'n.createdAt', part: 'time', of: (r) => r.createdAt },
  { column: 'n.id', part: 'uuid', of: (r) => r.id },
]);
const BY_ID = keyset<{ id: string }>('DESC', [{ column: 'a.id', part: 'bigint', of: (r) => r.id }]);

/** A query builder that records what it is asked and answers `rows`. */
function builder<R>(rows: R[]) {
  const calls: unknown[][] = [];
  const qb = {
    andWhere: (...args: unknown[]) => (calls.push(['andWhere', ...args]), qb),
    orderBy: (...args: unknown[]) => (calls.push(['orderBy', ...args]), qb),
    addOrderBy: (...args: unknown[]) => (calls.push(['addOrderBy', ...args]), qb),
    limit: (n: number) => (calls.push(['limit', n]), qb),
    getMany: () => Promise.resolve(rows),
  };
  return { qb: qb as unknown as SelectQueryBuilder<R & object>, calls };
}

const cursorOf = (key: unknown): string => Buffer.from(JSON.stringify(key)).toString('base64url');
const row = (i: number): Row => ({
  createdAt: new Date(Date.UTC(2026, 10, 27, 12, 0, 60 - i)),
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
});

describe('keysetPage', () => {
  it('cuts limit + 1 rows into a page and the cursor of its last item, in the key order', async () => {
    const rows = [row(1), row(2), row(3)];
    const { qb, calls } = builder(rows);
    const page = await keysetPage(qb, { limit: 2 }, NEWEST_FIRST, (r) => r.map((x) => x.id));
    expect(page.items).toEqual([rows[0]!.id, rows[1]!.id]);
    expect(page.nextCursor).toBe(cursorOf([rows[1]!.createdAt.toISOString(), rows[1]!.id]));
    expect(calls).toEqual([
      ['orderBy', 'n.createdAt', 'DESC'],
      ['addOrderBy', 'n.id', 'DESC'],
      ['limit', 3],
    ]);
  });

  it('has no next cursor on the last page, and gives the page to the mapper at once', async () => {
    const { qb } = builder([row(1)]);
    const seen: number[] = [];
    const page = await keysetPage(qb, {}, NEWEST_FIRST, (r) => (seen.push(r.length), r.map((x) => x.id)));
    expect(page.nextCursor).toBeNull();
    expect(seen).toEqual([1]);
  });

  it('starts after the cursor, compared as one row value, a time given as a time', async () => {
    const { qb, calls } = builder<Row>([]);
    const at = '2026-11-27T12:00:00.123Z';
    const id = '00000000-0000-4000-8000-000000000001';
    await keysetPage(qb, { cursor: cursorOf([at, id]) }, NEWEST_FIRST, (r) => r);
    expect(calls[0]).toEqual([
      'andWhere',
      '(n.createdAt, n.id) < (:cursor0, :cursor1)',
      { cursor0: new Date(at), cursor1: id },
    ]);
  });

  it.each([
    ['a day that does not exist', ['2026-02-30T00:00:00.000Z', '00000000-0000-4000-8000-000000000001']],
    ['a time not as issued', ['2026-11-27 12:00', '00000000-0000-4000-8000-000000000001']],
    ['an id that is not one', ['2026-11-27T12:00:00.000Z', 'x']],
    ['a part missing', ['2026-11-27T12:00:00.000Z']],
    ['not a list', { at: 1 }],
  ])('refuses a forged cursor (%s) with a 400 naming cursor, before any query', async (_what, key) => {
    const { qb, calls } = builder<Row>([]);
    const page = keysetPage(qb, { cursor: cursorOf(key) }, NEWEST_FIRST, (r) => r);
    await expect(page).rejects.toBeInstanceOf(ValidationFailedError);
    await expect(page).rejects.toMatchObject({ details: { fields: [{ field: 'cursor' }] } });
    expect(calls).toEqual([]);
  });

  it.each([['0'], ['-1'], ['9223372036854775808'], ['1e3'], [12]])(
    'refuses a bigint part that is no id (%s)',
    async (id) => {
      const { qb } = builder<{ id: string }>([]);
      await expect(keysetPage(qb, { cursor: cursorOf([id]) }, BY_ID, (r) => r)).rejects.toBeInstanceOf(
        ValidationFailedError,
      );
    },
  );

  it('reads a bigint id as issued', async () => {
    const { qb, calls } = builder<{ id: string }>([]);
    await keysetPage(qb, { cursor: cursorOf(['9223372036854775807']) }, BY_ID, (r) => r);
    expect(calls[0]).toEqual(['andWhere', '(a.id) < (:cursor0)', { cursor0: '9223372036854775807' }]);
  });
});
