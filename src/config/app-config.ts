import { plainToInstance, Transform } from 'class-transformer';
import ipaddr from 'ipaddr.js';
import { isIP } from 'node:net';
import type { CompanyDetails } from '../common/company';
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
}

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
  if (problems.length > 0) throw new ConfigValidationError(problems);

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
      bank: {
        beneficiary: raw.BANK_BENEFICIARY,
        bankName: raw.BANK_NAME,
        account: raw.BANK_ACCOUNT,
        swift: raw.BANK_SWIFT,
      },
    },
  };
}
