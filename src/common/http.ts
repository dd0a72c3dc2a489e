import type { FastifyReply } from 'fastify';
import { ValidationFailedError } from './errors/app-error';

/** The version an `If-Match: "<version>"` header asks for; undefined when absent or `*`. */
export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const value = (Array.isArray(header) ? header[0] : header)?.trim() ?? '';
  if (value === '*' || value === '') return undefined;
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(value);
  if (!match?.[1]) throw ValidationFailedError.field('If-Match', 'If-Match must be an ETag such as "3"');
  return Number.parseInt(match[1], 10);
}

/** Sets `ETag: "<version>"` on a response about a versioned record. */
export function setEtag(reply: FastifyReply, version: number): void {
  void reply.header('etag', `"${version}"`);
}
