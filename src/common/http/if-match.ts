import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ValidationFailedError } from '../errors/app-error';

/**
 * The version an `If-Match` header asks for; undefined when absent or `*`. `"7"` and `W/"7"` are the ETag
 * forms; a bare `7` is read the same, since people type it that way (docs/api.md, "Optimistic concurrency").
 */
export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const value = (Array.isArray(header) ? header[0] : header)?.trim() ?? '';
  if (value === '*' || value === '') return undefined;
  const match = /^(?:(?:W\/)?"(\d{1,9})"|(\d{1,9}))$/.exec(value);
  const digits = match?.[1] ?? match?.[2];
  if (!digits) throw ValidationFailedError.field('If-Match', 'If-Match must be an ETag such as "3"');
  return Number.parseInt(digits, 10);
}

/**
 * The version the request's `If-Match` names (a number), or undefined: the service answers 412 when the
 * record moved on. Also declares the header in the OpenAPI document, where the 412 answer is derived from it.
 */
export const IfMatch = createParamDecorator(
  (_data: unknown, context: ExecutionContext): number | undefined | Promise<never> => {
    try {
      return parseIfMatch(context.switchToHttp().getRequest<FastifyRequest>().headers['if-match']);
    } catch (error: unknown) {
      // Nest resolves a route's parameters together and answers the first refusal. A malformed If-Match is
      // reported once the path and body have passed (a bad id stays a 404, a bad body names its fields), as
      // when the handler parsed it.
      return new Promise<never>((_resolve, reject) => setImmediate(() => reject(error as Error)));
    }
  },
  [
    (target, key) => {
      const descriptor = key === undefined ? undefined : Object.getOwnPropertyDescriptor(target, key);
      if (key === undefined || !descriptor) return;
      ApiHeader({
        name: 'If-Match',
        required: false,
        description: 'The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since',
      })(target, key, descriptor);
    },
  ],
);
