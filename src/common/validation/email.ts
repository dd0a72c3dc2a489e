import {
  isEmail,
  registerDecorator,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';

/** What an e-mail address may be here, in words for the 400. */
export const EMAIL_RULE =
  'a plain e-mail address (name@domain: no quotes, spaces, commas, angle brackets or control characters)';

/**
 * A local part as a dot-atom (RFC 5322 §3.2.3): the printable ASCII that needs no quoting, plus letters, marks
 * and digits of any script (RFC 6531). No quoted strings: `"a,b\r\nBcc: x"@y` is a valid address to the
 * RFC, and a header injection to a mailer.
 */
const LOCAL_PART = /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
/** Control and format characters (CR, LF, NEL, zero-width, bidi …), and every kind of space. */
const INVISIBLE = /[\p{C}\p{Z}]/u;

/**
 * Whether `value` is an address that can go into a mail header as it is: a dot-atom local part, a domain
 * name (no IP literal), at most 254 characters. Every e-mail the service accepts passes here: users, login,
 * clients' and carriers' `emails`, ADMIN_EMAIL and MAIL_FROM.
 */
export function isPlainEmail(value: unknown, options: { requireTld?: boolean } = {}): value is string {
  if (typeof value !== 'string' || value.length > 254 || INVISIBLE.test(value)) return false;
  const at = value.lastIndexOf('@');
  if (at < 1 || !LOCAL_PART.test(value.slice(0, at))) return false;
  return isEmail(value, { require_tld: options.requireTld ?? true, allow_ip_domain: false });
}

/**
 * The property is a plain e-mail address (`isPlainEmail`); with `list: true`, an array of them, and the 400
 * names the first item at fault (`emails[1]`). A list that is not an array is left to `@IsArray`.
 */
export function IsPlainEmail(
  options: { list?: boolean; requireTld?: boolean } = {},
  validationOptions: ValidationOptions = {},
): PropertyDecorator {
  const check = (v: unknown): boolean => isPlainEmail(v, options);
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPlainEmail',
      target: target.constructor,
      propertyName: propertyName as string,
      options: validationOptions,
      validator: {
        validate: (value: unknown) =>
          options.list ? !Array.isArray(value) || value.every(check) : check(value),
        defaultMessage: (args: ValidationArguments) => {
          if (!options.list || !Array.isArray(args.value)) return `${args.property} must be ${EMAIL_RULE}`;
          const index = args.value.findIndex((v) => !check(v));
          // Named as the item at fault: the validation pipe reports the field `emails[1]`.
          return `${args.property}[${index}] must be ${EMAIL_RULE}`;
        },
      },
    });
}

/** A list of addresses as compared here (without case): each trimmed and lower-cased, each kept once. */
export const normaliseEmails = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value)
    ? [...new Set(value.map((e: unknown) => (typeof e === 'string' ? e.trim().toLowerCase() : e)))]
    : value;
