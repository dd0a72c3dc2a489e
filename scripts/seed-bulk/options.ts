import { parseArgs } from 'node:util';
import { meetsPasswordPolicy, PASSWORD_POLICY } from '../../src/common/validation/password';

/** What one run of the bulk loader is asked to do. */
export interface SeedOptions {
  /** The PostgreSQL database to fill (DATABASE_URL). */
  url: string;
  shipments: number;
  /** Add to a database that already holds shipments (otherwise refused). */
  append: boolean;
  /** The one password of every user the loader creates. */
  password: string;
  /**
   * The day the data is "as of" (YYYY-MM-DD; undefined: today in the business time zone): the history ends
   * at its start, the active shipments are active then. The data is a function of (shipments, seed, as-of
   * day), so two runs with the same three give the same rows.
   */
  asOfDay: string | undefined;
  seed: number;
  /** Shipments per batch: what one round of INSERT … SELECT statements writes. */
  batch: number;
  /** Months of e-mail kept in the outbox, counting back from asOf. */
  emailMonths: number;
  /** Master data; defaults proportional to the shipments (below). */
  clients: number;
  carriers: number;
  staff: { operators: number; sales: number; managers: number; accounts: number; clientUsers: number };
}

/** The reference scale (1,000,000 shipments): what every default is proportional to. */
const REFERENCE = {
  shipments: 1_000_000,
  clients: 2_000,
  carriers: 40,
  operators: 30,
  sales: 50,
  managers: 6,
  accounts: 10,
  clientUsers: 100,
};

export const USAGE = `usage: DATABASE_URL=postgres://… npm run seed:bulk -- [options]
  --shipments N     shipments to load (default 1000000); the rest scales with it
  --append          add to a database that already holds shipments
  --password P      the password of every user created (default bench-password-1)
  --as-of DATE      the data ends at the start of this day, YYYY-MM-DD (default: today in TIMEZONE);
                    the same shipments, seed and day give the same data
  --seed N          another seed gives other data of the same shape (default 13)
  --batch N         shipments per batch (default 100000)
  --clients N       clients (default 2000 per million shipments)
  --carriers N      carriers (default 40 per million shipments, at least 4)
  --email-months N  months of e-mail in the outbox, back from the as-of day (default 8)`;

/** Scales a figure of the reference load to `shipments`, keeping at least `min`. */
function scaled(figure: number, shipments: number, min: number): number {
  return Math.max(min, Math.round((figure * shipments) / REFERENCE.shipments));
}

/**
 * Reads the command line and the environment. Throws with a message for the user on anything wrong
 * (the caller prints it with the usage).
 */
export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): SeedOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      shipments: { type: 'string' },
      append: { type: 'boolean' },
      password: { type: 'string' },
      'as-of': { type: 'string' },
      seed: { type: 'string' },
      batch: { type: 'string' },
      clients: { type: 'string' },
      carriers: { type: 'string' },
      'email-months': { type: 'string' },
    },
    strict: true,
  });
  const url = env.DATABASE_URL?.trim();
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set: the bulk loader fills a PostgreSQL database, e.g. ' +
        'DATABASE_URL=postgres://postgres@127.0.0.1:5432/quayside_bulk (never the embedded one)',
    );
  }
  if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL must be a postgres:// URL');
  const int = (name: string, raw: string | undefined, fallback: number, min: number): number => {
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < min)
      throw new Error(`--${name} must be an integer >= ${min}`);
    return value;
  };
  const shipments = int('shipments', values.shipments, REFERENCE.shipments, 1);
  const password = values.password ?? 'bench-password-1';
  if (!meetsPasswordPolicy(password)) throw new Error(`--password must be ${PASSWORD_POLICY}`);
  const asOfDay = values['as-of'];
  if (asOfDay !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(asOfDay) || Number.isNaN(Date.parse(asOfDay)))) {
    throw new Error('--as-of must be a date, YYYY-MM-DD');
  }
  const scale = (name: keyof typeof REFERENCE, min: number): number =>
    scaled(REFERENCE[name], shipments, min);
  return {
    url,
    shipments,
    append: values.append ?? false,
    password,
    asOfDay,
    seed: int('seed', values.seed, 13, 0),
    batch: int('batch', values.batch, 100_000, 100),
    emailMonths: int('email-months', values['email-months'], 8, 0),
    clients: int('clients', values.clients, scale('clients', 5), 1),
    carriers: int('carriers', values.carriers, scale('carriers', 4), 1),
    staff: {
      operators: scale('operators', 2),
      sales: scale('sales', 2),
      managers: scale('managers', 1),
      accounts: scale('accounts', 1),
      clientUsers: scale('clientUsers', 1),
    },
  };
}
