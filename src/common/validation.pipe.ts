import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, ValidationFailedError } from './errors/app-error';

/** Flattens class-validator's tree into `[{ field: "containers[0].type", message }]`. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => {
      // A check over a list's items names the item at fault at the start of its message (`emails[1] must…`).
      const item = message.startsWith(`${error.property}[`)
        ? /^[^[]*(\[\d+\])/.exec(message)?.[1]
        : undefined;
      return {
        field: `${path}${item ?? ''}`,
        message: message.replace(/^property (\S+) should not exist$/, '$1 is not an accepted field'),
      };
    });
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

/**
 * Keys that never reach the whitelist: Nest strips `__proto__`, `constructor` and `prototype`, and
 * class-transformer skips the names of Object.prototype's members (`toString`, `valueOf`, …). Without this
 * check they would be dropped without a word instead of refused like any other unknown field.
 */
const isDroppedKey = (key: string): boolean => key === 'prototype' || key in Object.prototype;

/** The deepest any request nests is 4 (`lines[0].amount.amount`); class-transformer overflows in the thousands. */
const MAX_DEPTH = 32;
const TOO_DEEP = `is nested more than ${MAX_DEPTH} levels deep`;
/** The walk below stops at this many faults (and so may not have seen how deep the rest goes). */
const MAX_SHAPE_FAULTS = 20;

/** Half of a character: a high surrogate not followed by a low one, or a low one not after a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why PostgreSQL cannot keep this text as it was sent, if it cannot: text and jsonb cannot hold NUL (U+0000),
 * and a lone UTF-16 surrogate (what a client sends when it cuts an emoji in half) is no character at all, so
 * a text column would keep U+FFFD instead and jsonb refuses it outright.
 */
export function unstorableText(value: string): string | undefined {
  if (value.includes('\u0000')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(value)) return 'must not contain half of a character (a lone UTF-16 surrogate)';
  return undefined;
}

/**
 * What the DTOs cannot see in a body or query: the keys above, text PostgreSQL cannot store faithfully (NUL,
 * lone surrogates: the write would fail, or keep something else than was sent), and nesting deep enough to
 * overflow class-transformer's recursion (a 500). Walked with a stack, so the walk itself cannot overflow.
 */
export function inputShapeErrors(value: unknown, root = ''): FieldError[] {
  const errors: FieldError[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  while (stack.length && errors.length < MAX_SHAPE_FAULTS) {
    const { value: current, path, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) {
      errors.push({ field: path, message: `${path} ${TOO_DEEP}` });
    } else if (typeof current === 'string') {
      const fault = unstorableText(current);
      if (fault) errors.push({ field: path || 'body', message: `${path || 'body'} ${fault}` });
    } else if (Array.isArray(current)) {
      current.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
    } else if (current !== null && typeof current === 'object') {
      for (const key of Object.keys(current)) {
        const field = path ? `${path}.${key}` : key;
        const keyFault = unstorableText(key);
        if (keyFault) {
          errors.push({ field: path || 'body', message: `a key of ${path || 'the body'} ${keyFault}` });
        } else if (isDroppedKey(key)) {
          errors.push({ field, message: `${key} is not an accepted field` });
        } else {
          stack.push({ value: (current as Record<string, unknown>)[key], path: field, depth: depth + 1 });
        }
      }
    }
  }
  return errors;
}

/** The global pipe: unknown fields are refused, types converted, every problem listed with its field. */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query') {
      // A DTO describes a JSON object: an array, a string (text/plain) or null is not one. No body at all is
      // left to the DTO (actions without input).
      if (
        metadata.type === 'body' &&
        this.toValidate(metadata) &&
        value !== undefined &&
        (typeof value !== 'object' || value === null || Array.isArray(value))
      ) {
        throw ValidationFailedError.field('body', 'The body must be a JSON object');
      }
      // Whole bodies and queries (DTOs) and single parameters (`@Query('asOf')`, named after themselves).
      const fields = inputShapeErrors(value, metadata.data ?? '');
      if (fields.length)
        throw validationFailed([...fields, ...(await this.otherFaults(value, metadata, fields))]);
    }
    return super.transform(value, metadata);
  }

  /**
   * What the DTO finds wrong besides the shape faults, so that one answer lists every field at fault. Not
   * run on a body that may be nested too deep: class-transformer would overflow on it.
   */
  private async otherFaults(
    value: unknown,
    metadata: ArgumentMetadata,
    shapeFaults: FieldError[],
  ): Promise<FieldError[]> {
    if (shapeFaults.length >= MAX_SHAPE_FAULTS || shapeFaults.some((f) => f.message.endsWith(TOO_DEEP))) {
      return [];
    }
    try {
      await super.transform(value, metadata);
      return [];
    } catch (error) {
      if (!(error instanceof ValidationFailedError)) return [];
      // A field already named for its text is not named again for what that text then fails (`40HC\ud83d`
      // is no container type either): the first fault is the one to fix.
      const named = new Set(shapeFaults.map((f) => f.field));
      const fields = (error.details?.fields ?? []) as FieldError[];
      return fields.filter((f) => !named.has(f.field));
    }
  }
}

function validationFailed(fields: FieldError[]): ValidationFailedError {
  return new ValidationFailedError(
    fields,
    fields.length ? `Invalid request: ${fields.map((f) => f.message).join('; ')}` : undefined,
  );
}

export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    // Bodies of actions without input are classes with no fields: unknown fields are still refused.
    forbidUnknownValues: false,
    transform: true,
    validationError: { target: false, value: false },
    // Every field at fault and every problem of each (class-validator's default, stated: a form shows them all).
    stopAtFirstError: false,
    exceptionFactory: (errors) => validationFailed(flattenValidationErrors(errors)),
  });
}
