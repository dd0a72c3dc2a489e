import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * Passwords are compared as NFKC text: the same password typed on a Mac (which may send a decomposed
 * "é") or on Windows (composed), or through a Chinese input method left in full-width mode ("２０２６" for
 * "2026"), is one password. NFKC rather than NFC because of the last: NFC leaves full-width forms apart, NFKC
 * folds them to ASCII (NIST SP 800-63B asks for NFKC or NFKD too). Applied to every password set and every
 * one verified (src/auth/password.ts), and the policy below is checked on the normalised text.
 */
export function normalisePassword(password: string): string {
  return password.normalize('NFKC');
}

/** At least 10 characters (once normalised) with a letter and a digit: the minimum password policy. */
export const PASSWORD_RULE = /^(?=.*\p{L})(?=.*\p{N}).{10,200}$/u;
export const PASSWORD_POLICY = '10-200 characters with at least one letter and one digit';

/** Whether a password meets the policy, judged on the text that will be hashed. */
export function meetsPasswordPolicy(password: unknown): password is string {
  return typeof password === 'string' && PASSWORD_RULE.test(normalisePassword(password));
}

/** The property is a password meeting the policy (`meetsPasswordPolicy`). */
export function IsPassword(validationOptions: ValidationOptions = {}): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPassword',
      target: target.constructor,
      propertyName: propertyName as string,
      options: validationOptions,
      validator: {
        validate: (value: unknown) => meetsPasswordPolicy(value),
        defaultMessage: (args: ValidationArguments) => `${args.property} must be ${PASSWORD_POLICY}`,
      },
    });
}
