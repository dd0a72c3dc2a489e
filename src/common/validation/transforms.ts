import type { TransformFnParams } from 'class-transformer';

/**
 * class-transformer helpers shared by every DTO (`@Transform(trim)`). Each one leaves a value of the wrong
 * type as it came, so that the validator after it names the field instead of the transform hiding it.
 */

/** Surrounding spaces dropped: names, reasons and notes as people paste them. */
export const trim = ({ value }: TransformFnParams): unknown =>
  typeof value === 'string' ? value.trim() : value;

/** Trimmed and upper-cased: codes and document numbers are compared and searched in capitals. */
export const upper = ({ value }: TransformFnParams): unknown =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

/** Lower-cased: a uuid as the database writes it back (and as ParseIdPipe takes one in a path). */
export const lower = ({ value }: TransformFnParams): unknown =>
  typeof value === 'string' ? value.toLowerCase() : value;

/** A whole JSON number (2) read as its decimal string ("2"); a decimal string is left to the validator. */
export const integerText = ({ value }: TransformFnParams): unknown =>
  typeof value === 'number' && Number.isInteger(value) ? String(value) : value;

/**
 * A JSON number read as the decimal string it prints as (18250.5 → "18250.5"), so a weight is checked and
 * kept by one rule whichever way it was sent. What JavaScript prints in exponent form (1e21, 1e-7) or with
 * binary noise (0.1 + 0.2) fails that rule, as it should: it is not the number the sender meant.
 */
export const numberText = ({ value }: TransformFnParams): unknown =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
