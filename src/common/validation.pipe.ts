import { ValidationError, ValidationPipe } from '@nestjs/common';
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

/** The global pipe: unknown fields are refused, types converted, every problem listed with its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
