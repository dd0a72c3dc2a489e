import { plainToInstance, Transform } from 'class-transformer';
import ipaddr from 'ipaddr.js';
import { isIP } from 'node:net';
import type { BankDetails, CompanyDetails } from '../common/company';
import { CURRENCIES, type CurrencyCode } from '../common/money/currency';
import { IsPlainEmail } from '../common/validation/email';
import { IsPassword } from '../common/validation/password';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  Validate,
  validateSync,
  type ValidatorConstraintInterface,
  ValidatorConstraint,
} from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number.parseInt(value, 10) : value;
const emptyToUndefined = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** Which proxies in front of the service to believe about the client's address (TRUST_PROXY). */
export type TrustProxy = boolean | string[];

// proxy-addr's names for address ranges, as Fastify takes them.
const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY as Fastify takes it: false, true (every hop), or the proxies' addresses, CIDRs or range names
 * (`loopback`, `linklocal`, `uniquelocal`). No hop count: Fastify ignores one (it cannot tell a proxy from a
 * client that connects directly and writes the header itself).
 */
export function parseTrustProxy(value: string): TrustProxy | undefined {
  const text = value.trim();
  if (text === 'false' || text === '') return false;
  if (text === 'true') return true;
  const entries = text.split(',').map((entry) => entry.trim());
  // isIP: only the usual notations (ipaddr.js also takes `2` or `0x7f.1` as IPv4 addresses).
  const valid = (entry: string): boolean =>
    PROXY_RANGES.has(entry) ||
    (isIP(entry.split('/')[0] ?? '') !== 0 && (!entry.includes('/') || ipaddr.isValidCIDR(entry)));
  return entries.every(valid) ? entries : undefined;
}

@ValidatorConstraint({ name: 'trustProxy' })
class TrustProxyValue implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && parseTrustProxy(value) !== undefined;
  }

  defaultMessage(): string {
    return "TRUST_PROXY must be false, true, a number of proxy hops (1-99), or the proxies' addresses or CIDRs, comma-separated";
  }
}

/** One entry of BANK_ACCOUNTS, as written in the variable's JSON. */
interface BankAccountEntry {
  currency: string;
  beneficiary?: string;
  bankName: string;
  account: string;
  swift?: string;
  bankAddress?: string;
}

const BANK_TEXT_LIMITS = {
  beneficiary: 200,
  bankName: 200,
  account: 60,
  swift: 20,
  bankAddress: 300,
} as const;

/**
 * BANK_ACCOUNTS read: a JSON list of accounts in currencies other than the base one, each
 * `{ "currency": "USD", "bankName": "…", "account": "…", "swift"?, "beneficiary"?, "bankAddress"? }`; or the
 * reason it is not one. Empty: none.
 */
export function parseBankAccounts(
  text: string,
  baseCurrency: string,
): { accounts: BankAccountEntry[] } | { problem: string } {
  if (text.trim() === '') return { accounts: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'BANK_ACCOUNTS must be a JSON list of accounts' };
  }
  if (!Array.isArray(parsed)) return { problem: 'BANK_ACCOUNTS must be a JSON list of accounts' };
  const seen = new Set<string>();
  const accounts: BankAccountEntry[] = [];
  for (const [index, entry] of (parsed as unknown[]).entries()) {
    const where = `BANK_ACCOUNTS[${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      return { problem: `${where} must be an object` };
    const e = entry as Record<string, unknown>;
    if (typeof e.currency !== 'string' || !(CURRENCIES as readonly string[]).includes(e.currency))
      return { problem: `${where}.currency must be one of ${CURRENCIES.join(', ')}` };
    if (e.currency === baseCurrency)
      return { problem: `${where}: the ${baseCurrency} (base currency) account is BANK_NAME/BANK_ACCOUNT/…` };
    if (seen.has(e.currency)) return { problem: `${where}: a second ${e.currency} account` };
    seen.add(e.currency);
    for (const [key, max] of Object.entries(BANK_TEXT_LIMITS)) {
      const value = e[key];
      const required = key === 'bankName' || key === 'account';
      if (value === undefined && !required) continue;
      if (typeof value !== 'string' || value.trim() === '' || value.length > max)
        return { problem: `${where}.${key} must be text of 1-${max} characters` };
    }
    accounts.push(e as unknown as BankAccountEntry);
  }
  return { accounts };
}

/** What the debit note says about tax, by DEBIT_NOTE_VAT_INVOICE (docs/operations.md, "Documents"). */
const TAX_NOTES = {
  follows: {
    zh: '本费用确认单不是税务发票；增值税发票将另行开具，请核对开票信息。',
    en: 'This debit note is not a tax invoice; a VAT invoice (fapiao) will be issued separately.',
  },
  none: {
    zh: '本费用确认单不是税务发票，本单费用不另开具增值税发票。',
    en: 'This debit note is not a tax invoice; no VAT invoice will be issued for these charges.',
  },
} as const;

/**
 * The environment the service reads, validated at boot. Each property is named after its variable so a
 * validation message names exactly the variable to fix.
 */
export class EnvironmentVariables {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** postgres://user:pass@host:5432/db; absent means the embedded PGlite database in DATA_DIR. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  /** Where the embedded database, generated secrets and the file outbox live. */
  @IsString()
  @MinLength(1)
  DATA_DIR = './data';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /** On a PostgreSQL server: how long a query or a wait for a connection may take before it fails (503). */
  @Transform(toInt)
  @IsInt()
  @Min(500)
  @Max(600_000)
  DATABASE_TIMEOUT_MS = 5000;

  /** Signs access tokens. Required with DATABASE_URL; the embedded mode generates one in DATA_DIR. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(7 * 24 * 3600)
  JWT_EXPIRES_IN_SECONDS = 8 * 3600;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsPlainEmail({}, { message: 'ADMIN_EMAIL must be an e-mail address' })
  ADMIN_EMAIL?: string;

  /** The first admin's password: held to the same policy as every other (checked on its NFKC form). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsPassword()
  ADMIN_PASSWORD?: string;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  /** Login attempts allowed per client address and per account in LOGIN_RATE_WINDOW_SECONDS. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_WINDOW_SECONDS = 60;

  /** The business's time zone: shipment references and due dates follow its calendar. */
  @IsString()
  @Matches(/^[A-Za-z_]+(\/[A-Za-z_+-]+)*$/, {
    message: 'TIMEZONE must be an IANA time zone such as Asia/Shanghai',
  })
  TIMEZONE = 'Asia/Shanghai';

  /** The currency profit, credit and aging are reported in. */
  @IsIn(CURRENCIES)
  BASE_CURRENCY: CurrencyCode = 'CNY';

  /** smtp://user:pass@host:port (pooled). Unset: each e-mail is written as an .eml file under DATA_DIR/outbox. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsPlainEmail({ requireTld: false }, { message: 'MAIL_FROM must be an e-mail address' })
  MAIL_FROM = 'ops@quayside.local';

  /** How often the outbox is dispatched, and the first retry delay (doubling up to an hour). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  OUTBOX_INTERVAL_MS = 5000;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  OUTBOX_RETRY_BASE_MS = 30_000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  OUTBOX_MAX_ATTEMPTS = 8;

  /** false: no job runs by itself (tests and one-off commands call them). */
  @IsIn(['true', 'false'])
  SCHEDULER_ENABLED: 'true' | 'false' = 'true';

  /** Warn this many hours before a CY or SI cut-off (docs/domain.md step 7: gate in early). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(240)
  CUTOFF_WARNING_HOURS = 24;

  @IsString()
  @MaxLength(200)
  COMPANY_NAME = 'Quayside Demo Forwarding Co., Ltd.';

  @IsString()
  @MaxLength(200)
  COMPANY_NAME_LOCAL = '码头示范货运代理有限公司';

  @IsString()
  @MaxLength(500)
  COMPANY_ADDRESS = 'Room 1201, Harbour Tower, Yantian District, Shenzhen, China';

  @IsString()
  @MaxLength(100)
  COMPANY_PHONE = '+86 755 0000 0000';

  @IsString()
  @MaxLength(200)
  BANK_BENEFICIARY = 'Quayside Demo Forwarding Co., Ltd.';

  @IsString()
  @MaxLength(200)
  BANK_NAME = 'Bank of China, Shenzhen Yantian Sub-branch';

  @IsString()
  @MaxLength(60)
  BANK_ACCOUNT = '0000 0000 0000 0000';

  @IsString()
  @MaxLength(20)
  BANK_SWIFT = 'BKCHCNBJ45A';

  /**
   * Accounts in currencies other than the base one, a JSON list (parseBankAccounts): a USD debit note prints
   * the USD account. A currency without one prints the BANK_* (base-currency) account.
   */
  @IsString()
  BANK_ACCOUNTS = '';

  /** Whether a VAT invoice (fapiao) follows a debit note: picks the tax wording it prints. */
  @IsIn(['follows', 'none'])
  DEBIT_NOTE_VAT_INVOICE: 'follows' | 'none' = 'follows';

  /** The debit note's tax wording, instead of the one DEBIT_NOTE_VAT_INVOICE picks (both or neither). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(500)
  DEBIT_NOTE_TAX_NOTE_ZH?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(500)
  DEBIT_NOTE_TAX_NOTE_EN?: string;

  /** The terms printed on every booking confirmation, in Chinese and English (both or neither). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  BOOKING_TERMS_ZH?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  BOOKING_TERMS_EN?: string;

  /**
   * Behind a reverse proxy: the client address (login limits, logs) comes from X-Forwarded-For, read from the
   * right past the proxies named here (`127.0.0.1`, `10.0.1.0/24`, `loopback`): the address the last trusted
   * proxy saw, which no client can choose. `true` believes every hop: the leftmost entry, which a client
   * chooses unless the proxy overwrites the header.
   */
  @Validate(TrustProxyValue)
  TRUST_PROXY = 'false';

  /** Largest request body accepted, in bytes. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  BODY_LIMIT_BYTES = 1024 * 1024;

  /** Largest attachment file accepted (docs/papers.md), in bytes: refused with 413 while it streams in. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1024 * 1024 * 1024)
  ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

  /** The largest amount, in major units (yuan, dollars), a debit-note line, note total or payment may come to. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000_000_000_000)
  MONEY_MAX_AMOUNT = 1_000_000_000_000;

  /** An FX rate more than this many times above or below the client's agreed rate or the last one used is refused. */
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(1000)
  FX_RATE_MAX_FACTOR = 10;

  /** No payment, FX rate or due date may be dated before this day (YYYY-MM-DD). */
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
    message: 'MONEY_EARLIEST_DATE must be a date such as 2000-01-01',
  })
  MONEY_EARLIEST_DATE = '2000-01-01';

  /** No FX rate or due date may be dated more than this many days after today. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3660)
  MONEY_MAX_DAYS_AHEAD = 366;
}

export interface AppConfig {
  nodeEnv: EnvironmentVariables['NODE_ENV'];
  port: number;
  host: string;
  database:
    | { kind: 'postgres'; url: string; poolSize: number; timeoutMs?: number }
    | { kind: 'pglite'; dataDir: string };
  dataDir: string;
  jwt: { secret?: string; expiresInSeconds: number };
  admin: { email?: string; password?: string };
  logLevel: LogLevel;
  loginRate: { limit: number; windowSeconds: number };
  bodyLimitBytes: number;
  attachmentMaxBytes: number;
  trustProxy: TrustProxy;
  timezone: string;
  baseCurrency: CurrencyCode;
  mail: {
    smtpUrl?: string;
    from: string;
    intervalMs: number;
    retryBaseMs: number;
    maxAttempts: number;
  };
  scheduler: { enabled: boolean; cutoffWarningHours: number };
  /** What money cannot be (docs/billing.md, "Sanity limits"). */
  moneyLimits: { maxAmount: bigint; fxRateMaxFactor: number; earliestDate: string; maxDaysAhead: number };
  company: CompanyDetails;
  /** Wording the documents take from configuration (docs/operations.md, "Documents"). */
  documents: {
    /** The remarks and terms block of every booking confirmation. */
    bookingTerms: { zh: string; en: string };
    /** The debit note's tax wording: whether a VAT invoice follows. */
    taxNote: { zh: string; en: string };
  };
}

/** The booking confirmation's terms unless BOOKING_TERMS_ZH/EN say otherwise. */
export const DEFAULT_BOOKING_TERMS = {
  zh:
    '运价为所列箱型每柜海运费，不含目的港及查验、改单等额外费用；船期和截止时间以船公司通知为准，' +
    '如有甩柜或延误我司将即时通知；请在截补料、截VGM时间前提交补料和VGM。',
  en: "The rate is the ocean freight per container of the type shown, excluding destination and extra charges (inspection, amendments); schedules and cut-offs follow the carrier's notice, and we tell you at once of any roll or delay; please send the SI and VGM before their cut-offs.",
};

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

/** Reads and validates the environment; throws ConfigValidationError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const raw = plainToInstance(EnvironmentVariables, { ...env }, { exposeDefaultValues: true });
  const errors = validateSync(raw, { skipMissingProperties: false, forbidUnknownValues: false });
  const problems = errors.flatMap((e) =>
    Object.values(e.constraints ?? {}).map((m) => (m.startsWith(e.property) ? m : `${e.property}: ${m}`)),
  );
  if (raw.DATABASE_URL && !raw.JWT_SECRET) {
    problems.push(
      'JWT_SECRET: required when DATABASE_URL is set (at least 32 characters, same on every instance)',
    );
  }
  if ((raw.ADMIN_EMAIL === undefined) !== (raw.ADMIN_PASSWORD === undefined)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD: set both or neither');
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: raw.TIMEZONE });
  } catch {
    problems.push(`TIMEZONE: unknown time zone ${raw.TIMEZONE}`);
  }
  const banks = parseBankAccounts(raw.BANK_ACCOUNTS ?? '', raw.BASE_CURRENCY);
  if ('problem' in banks) problems.push(banks.problem);
  for (const prefix of ['DEBIT_NOTE_TAX_NOTE', 'BOOKING_TERMS'] as const) {
    if ((raw[`${prefix}_ZH`] === undefined) !== (raw[`${prefix}_EN`] === undefined))
      problems.push(`${prefix}_ZH and ${prefix}_EN: set both or neither`);
  }
  if (problems.length > 0 || 'problem' in banks) throw new ConfigValidationError(problems);
  const baseBank: BankDetails = {
    beneficiary: raw.BANK_BENEFICIARY,
    bankName: raw.BANK_NAME,
    account: raw.BANK_ACCOUNT,
    swift: raw.BANK_SWIFT,
  };

  return {
    nodeEnv: raw.NODE_ENV,
    port: raw.PORT,
    host: raw.HOST,
    database: raw.DATABASE_URL
      ? {
          kind: 'postgres',
          url: raw.DATABASE_URL,
          poolSize: raw.DATABASE_POOL_SIZE,
          timeoutMs: raw.DATABASE_TIMEOUT_MS,
        }
      : { kind: 'pglite', dataDir: raw.DATA_DIR },
    dataDir: raw.DATA_DIR,
    jwt: { secret: raw.JWT_SECRET, expiresInSeconds: raw.JWT_EXPIRES_IN_SECONDS },
    admin: { email: raw.ADMIN_EMAIL?.toLowerCase(), password: raw.ADMIN_PASSWORD },
    logLevel: raw.LOG_LEVEL,
    loginRate: { limit: raw.LOGIN_RATE_LIMIT, windowSeconds: raw.LOGIN_RATE_WINDOW_SECONDS },
    bodyLimitBytes: raw.BODY_LIMIT_BYTES,
    attachmentMaxBytes: raw.ATTACHMENT_MAX_BYTES,
    trustProxy: parseTrustProxy(raw.TRUST_PROXY) ?? false,
    timezone: raw.TIMEZONE,
    baseCurrency: raw.BASE_CURRENCY,
    mail: {
      smtpUrl: raw.SMTP_URL,
      from: raw.MAIL_FROM,
      intervalMs: raw.OUTBOX_INTERVAL_MS,
      retryBaseMs: raw.OUTBOX_RETRY_BASE_MS,
      maxAttempts: raw.OUTBOX_MAX_ATTEMPTS,
    },
    scheduler: { enabled: raw.SCHEDULER_ENABLED === 'true', cutoffWarningHours: raw.CUTOFF_WARNING_HOURS },
    moneyLimits: {
      maxAmount: BigInt(raw.MONEY_MAX_AMOUNT),
      fxRateMaxFactor: raw.FX_RATE_MAX_FACTOR,
      earliestDate: raw.MONEY_EARLIEST_DATE,
      maxDaysAhead: raw.MONEY_MAX_DAYS_AHEAD,
    },
    company: {
      name: raw.COMPANY_NAME,
      nameLocal: raw.COMPANY_NAME_LOCAL,
      address: raw.COMPANY_ADDRESS,
      phone: raw.COMPANY_PHONE,
      email: raw.MAIL_FROM,
      bank: baseBank,
      banks: Object.fromEntries(
        banks.accounts.map((a): [string, BankDetails] => [
          a.currency,
          {
            beneficiary: a.beneficiary ?? baseBank.beneficiary,
            bankName: a.bankName,
            account: a.account,
            swift: a.swift ?? '',
            bankAddress: a.bankAddress ?? null,
          },
        ]),
      ),
    },
    documents: {
      bookingTerms:
        raw.BOOKING_TERMS_ZH !== undefined && raw.BOOKING_TERMS_EN !== undefined
          ? { zh: raw.BOOKING_TERMS_ZH, en: raw.BOOKING_TERMS_EN }
          : DEFAULT_BOOKING_TERMS,
      taxNote:
        raw.DEBIT_NOTE_TAX_NOTE_ZH !== undefined && raw.DEBIT_NOTE_TAX_NOTE_EN !== undefined
          ? { zh: raw.DEBIT_NOTE_TAX_NOTE_ZH, en: raw.DEBIT_NOTE_TAX_NOTE_EN }
          : TAX_NOTES[raw.DEBIT_NOTE_VAT_INVOICE],
    },
  };
}
