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
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field: path,
      message: message.replace(/^property (\S+) should not exist$/, '$1 is not an accepted field'),
    }));
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

/**
 * What the DTOs cannot see in a body or query: the keys above, NUL characters, which PostgreSQL text cannot
 * hold (the write would fail with a 500), and nesting deep enough to overflow class-transformer's recursion
 * (a 500 too). Walked with a stack, so the walk itself cannot overflow.
 */
export function inputShapeErrors(value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (stack.length && errors.length < 20) {
    const { value: current, path, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) {
      errors.push({ field: path, message: `${path} is nested more than ${MAX_DEPTH} levels deep` });
    } else if (typeof current === 'string') {
      if (current.includes('\u0000'))
        errors.push({ field: path || 'body', message: `${path || 'body'} must not contain a NUL character` });
    } else if (Array.isArray(current)) {
      current.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
    } else if (current !== null && typeof current === 'object') {
      for (const key of Object.keys(current)) {
        const field = path ? `${path}.${key}` : key;
        if (isDroppedKey(key)) {
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
    if ((metadata.type === 'body' || metadata.type === 'query') && this.toValidate(metadata)) {
      // A DTO describes a JSON object: an array, a string (text/plain) or null is not one. No body at all is
      // left to the DTO (actions without input).
      if (
        metadata.type === 'body' &&
        value !== undefined &&
        (typeof value !== 'object' || value === null || Array.isArray(value))
      ) {
        throw ValidationFailedError.field('body', 'The body must be a JSON object');
      }
      const fields = inputShapeErrors(value);
      if (fields.length) {
        throw new ValidationFailedError(
          fields,
          `Invalid request: ${fields.map((f) => f.message).join('; ')}`,
        );
      }
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    // Bodies of actions without input are classes with no fields: unknown fields are still refused.
    forbidUnknownValues: false,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flattenValidationErrors(errors);
      return new ValidationFailedError(
        fields,
        fields.length ? `Invalid request: ${fields.map((f) => f.message).join('; ')}` : undefined,
      );
    },
  });
}
