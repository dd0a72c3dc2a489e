import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ValidationFailedError } from './errors/app-error';
import { unstorableText } from './validation.pipe';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** `?limit=&cursor=` on every list (API.md, "Lists"). */
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
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * What each part of a cursor's key is. A cursor comes back from the client, so it may be forged: each part is
 * checked for what the query will compare it with, and anything else is a 400 naming `cursor`, never a value
 * the database refuses (which could only name the whole request).
 * - `text`: text PostgreSQL can store (no NUL, no half characters), at most 400 characters;
 * - `uuid`: an id; `time`: a time as `toISOString()` writes it; `seq`: a non-negative 32-bit integer.
 */
export type CursorPart = 'text' | 'uuid' | 'time' | 'seq';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const fits: Record<CursorPart, (part: unknown) => boolean> = {
  text: (part) => typeof part === 'string' && part.length <= 400 && unstorableText(part) === undefined,
  uuid: (part) => typeof part === 'string' && UUID.test(part),
  // As issued (`toISOString()`): a day that does not exist (02-30) would parse, and then be refused by the database.
  time: (part) => typeof part === 'string' && isIssuedTime(part),
  seq: (part) => typeof part === 'number' && Number.isInteger(part) && part >= 0 && part <= 2_147_483_647,
};

function isIssuedTime(text: string): boolean {
  const date = new Date(text);
  return !Number.isNaN(date.getTime()) && date.toISOString() === text;
}

/** The key of a cursor this service issued, each part as `parts` says (a number n: n parts of text). */
export function decodeCursor(cursor: string, parts: number | readonly CursorPart[]): (string | number)[] {
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

/** The time in a cursor; a cursor with a time that is not one was not issued by this service. */
export function cursorTime(value: string | number | undefined): Date {
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime()))
    throw ValidationFailedError.field('cursor', 'cursor is not one this service issued');
  return date;
}

/** Cuts a list fetched with `limit + 1` rows into a page and the cursor of its last item. */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  keyOf: (row: R) => (string | number)[],
  map: (row: R) => T,
): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: items.map(map),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
