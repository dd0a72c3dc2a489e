/**
 * Keyset pagination, the one way every list pages (docs/api.md, "Lists"). A list filters its query builder,
 * then hands it to `keysetPage` with its sort key; the helper validates the cursor, adds the keyset condition,
 * the order and the limit, runs the query and builds the page:
 *
 * ```ts
 * const NEWEST_FIRST = keyset<DebitNote>('DESC', [
 *   { column: 'n.createdAt', part: 'time', of: (n) => n.createdAt },
 *   { column: 'n.id', part: 'uuid', of: (n) => n.id },
 * ]);
 *
 * const qb = this.dataSource.getRepository(DebitNote).createQueryBuilder('n');
 * if (query.clientId) qb.andWhere('n.clientId = :clientId', { clientId: query.clientId });
 * return keysetPage(qb, query, NEWEST_FIRST, (notes) => notes.map(toOut)); // or an async batch loader
 * ```
 *
 * The key's columns must make a row unique (end with the id) and are compared as one row value, so the
 * order is the same direction on every column. Do not order or limit the builder yourself.
 */
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ValidationFailedError } from './errors/app-error';
import { unstorableText } from './validation.pipe';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** `?limit=&cursor=` on every list (docs/api.md, "Lists"). */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** An opaque cursor: the sort key of the last row of a page, so the next page starts after it. */
function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * What each part of a cursor's key is. A cursor comes back from the client, so it may be forged: each part is
 * checked for what the query will compare it with, and anything else is a 400 naming `cursor`, never a value
 * the database refuses (which could only name the whole request).
 * - `text`: text PostgreSQL can store (no NUL, no half characters), at most 400 characters;
 * - `uuid`: an id; `time`: a time as `toISOString()` writes it; `seq`: a non-negative 32-bit integer;
 * - `bigint`: a positive 64-bit id, as the decimal text the driver reads a `bigint` column as.
 */
export type CursorPart = 'text' | 'uuid' | 'time' | 'seq' | 'bigint';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const fits: Record<CursorPart, (part: unknown) => boolean> = {
  text: (part) => typeof part === 'string' && part.length <= 400 && unstorableText(part) === undefined,
  uuid: (part) => typeof part === 'string' && UUID.test(part),
  // As issued (`toISOString()`): a day that does not exist (02-30) would parse, and then be refused by the database.
  time: (part) => typeof part === 'string' && isIssuedTime(part),
  seq: (part) => typeof part === 'number' && Number.isInteger(part) && part >= 0 && part <= 2_147_483_647,
  bigint: (part) =>
    typeof part === 'string' && /^[1-9][0-9]{0,18}$/.test(part) && BigInt(part) <= 9_223_372_036_854_775_807n,
};

function isIssuedTime(text: string): boolean {
  const date = new Date(text);
  return !Number.isNaN(date.getTime()) && date.toISOString() === text;
}

/** The key of a cursor this service issued, each part as `parts` says (a number n: n parts of text). */
function decodeCursor(cursor: string, parts: number | readonly CursorPart[]): (string | number)[] {
  const kinds: readonly CursorPart[] =
    typeof parts === 'number' ? Array<CursorPart>(parts).fill('text') : parts;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === kinds.length && key.every((k, i) => fits[kinds[i]!](k))) {
      return key as (string | number)[];
    }
  } catch {
    // fall through to the validation error
  }
  throw ValidationFailedError.field('cursor', 'cursor is not one this service issued');
}

/** One column of a sort key: the query builder's path to it, what its cursor part is, and its value in a row. */
export interface KeyColumn<R> {
  column: string;
  part: CursorPart;
  of: (row: R) => string | number | Date;
}

/** A list's sort key: its columns, all in one direction. */
export interface Keyset<R> {
  order: 'ASC' | 'DESC';
  columns: readonly KeyColumn<R>[];
}

export function keyset<R>(order: 'ASC' | 'DESC', columns: readonly KeyColumn<R>[]): Keyset<R> {
  return { order, columns };
}

/** Dates go into a cursor as `toISOString()` writes them, and come back as the time they name. */
const cursorValue = (value: string | number | Date): string | number =>
  value instanceof Date ? value.toISOString() : value;
const queryValue = (value: string | number, part: CursorPart): unknown =>
  part === 'time' ? new Date(value) : value;

/**
 * One page of the builder's rows in the key's order, after the cursor's row when there is one; `items` turns
 * the page's rows into its items at once (so that what they need besides is loaded in one query, not per row).
 */
export async function keysetPage<R extends ObjectLiteral, T>(
  qb: SelectQueryBuilder<R>,
  query: { limit?: number; cursor?: string },
  key: Keyset<R>,
  items: (rows: R[]) => T[] | Promise<T[]>,
): Promise<Page<T>> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const rows = await afterCursor(qb, query.cursor, key, limit + 1).getMany();
  return pageOf(rows, limit, key, items);
}

/**
 * One page of the rows any of the builders finds, in the key's order: a search that looks in several places
 * (each builder a place, with its own index) merged into one list. Each builder is paged on its own (the
 * cursor's condition, the order and one more row than the page), so none reads more than a page, and the
 * merged page is the first `limit` of their rows, each row once. The key's parts must compare in JavaScript
 * as in the database: times, ids, numbers (no text, whose order is the database's collation).
 */
export async function keysetPageOfAny<R extends ObjectLiteral, T>(
  builders: readonly SelectQueryBuilder<R>[],
  query: { limit?: number; cursor?: string },
  key: Keyset<R>,
  items: (rows: R[]) => T[] | Promise<T[]>,
): Promise<Page<T>> {
  if (key.columns.some((c) => c.part === 'text'))
    throw new Error('keysetPageOfAny: text keys sort by collation');
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const found = new Map<string, R>();
  for (const qb of builders) {
    for (const row of await afterCursor(qb, query.cursor, key, limit + 1).getMany()) {
      found.set(JSON.stringify(key.columns.map((c) => cursorValue(c.of(row)))), row);
    }
  }
  const sign = key.order === 'ASC' ? 1 : -1;
  const rows = [...found.values()].sort((a, b) => sign * compareKeys(key, a, b));
  return pageOf(rows.slice(0, limit + 1), limit, key, items);
}

function compareKeys<R>(key: Keyset<R>, a: R, b: R): number {
  for (const c of key.columns) {
    const x = c.of(a);
    const y = c.of(b);
    const [p, q] = x instanceof Date && y instanceof Date ? [x.getTime(), y.getTime()] : [x, y];
    if (c.part === 'bigint') {
      const d = BigInt(p as string) - BigInt(q as string);
      if (d !== 0n) return d < 0n ? -1 : 1;
    } else if (p !== q) {
      // uuids compare as their lower-case hex text, the order PostgreSQL gives them.
      return (typeof p === 'string' ? p.toLowerCase() : p) < (typeof q === 'string' ? q.toLowerCase() : q)
        ? -1
        : 1;
    }
  }
  return 0;
}

/** The builder limited to `take` rows in the key's order, after the cursor's row when there is one. */
function afterCursor<R extends ObjectLiteral>(
  qb: SelectQueryBuilder<R>,
  cursor: string | undefined,
  key: Keyset<R>,
  take: number,
): SelectQueryBuilder<R> {
  if (cursor) {
    const values = decodeCursor(
      cursor,
      key.columns.map((c) => c.part),
    );
    const params: Record<string, unknown> = {};
    const names = key.columns.map((c, i) => {
      params[`cursor${i}`] = queryValue(values[i]!, c.part);
      return `:cursor${i}`;
    });
    const columns = key.columns.map((c) => c.column);
    qb.andWhere(`(${columns.join(', ')}) ${key.order === 'ASC' ? '>' : '<'} (${names.join(', ')})`, params);
  }
  key.columns.forEach((c, i) =>
    i === 0 ? qb.orderBy(c.column, key.order) : qb.addOrderBy(c.column, key.order),
  );
  return qb.limit(take);
}

/** The first `limit` rows as the page's items, and a cursor after the last of them when there are more. */
async function pageOf<R, T>(
  rows: R[],
  limit: number,
  key: Keyset<R>,
  items: (rows: R[]) => T[] | Promise<T[]>,
): Promise<Page<T>> {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: await items(page),
    nextCursor:
      rows.length > limit && last !== undefined
        ? encodeCursor(key.columns.map((c) => cursorValue(c.of(last))))
        : null,
  };
}
