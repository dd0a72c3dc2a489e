import type { Client } from 'pg';
import { lit, rows, run, textArray, ts } from './sql';
import {
  BRANDS,
  CARRIERS,
  CITIES,
  extraCarrier,
  FOREIGN_NAMES,
  GIVEN_NAMES,
  ROADS,
  SURNAMES,
  TRADES,
  type CarrierSeed,
} from './vocabulary';

/** Where the loader's users live: their logins are <role><nn>@ this. */
export const BULK_DOMAIN = 'bulk.quayside.test';

export interface MasterDataSize {
  clients: number;
  carriers: number;
  staff: { operators: number; sales: number; managers: number; accounts: number; clientUsers: number };
}

/** A carrier's seed: the named ones first, then made-up regional lines. */
export function carrierSeed(index: number): CarrierSeed {
  return CARRIERS[index] ?? extraCarrier(index - CARRIERS.length);
}

/** The seed of a carrier already in the database, found by its code (an unknown one gets a regional line's). */
function seedOfCode(code: string, index: number): CarrierSeed {
  return CARRIERS.find((c) => c.code === code) ?? { ...extraCarrier(index), code };
}

/**
 * Creates the users, clients and carriers of a new bulk load, in SQL over generate_series: an admin,
 * managers leading the sales teams (most salespeople have one as team lead), operators, accounts, a
 * salesperson for every client, client users for some clients; every user with the same password hash.
 */
export async function createMasterData(
  db: Client,
  size: MasterDataSize,
  passwordHash: string,
  since: Date,
): Promise<void> {
  const name = (k: string, salt: number): string =>
    `(${textArray(SURNAMES)})[1 + floor(seed_bulk.rnd(${k}, ${salt}) * ${SURNAMES.length})::int] || ' ' ||
     (${textArray(GIVEN_NAMES)})[1 + floor(seed_bulk.rnd(${k}, ${salt + 1}) * ${GIVEN_NAMES.length})::int]`;
  const hash = lit(passwordHash);
  const at = ts(since);
  const staff = (role: string, count: number, salt: number, teamLead = 'NULL'): string => `
    INSERT INTO users (id, email, name, password_hash, role, team_lead_id, created_at, updated_at)
    SELECT seed_bulk.uid('user-${role}', g), '${role}' || seed_bulk.pad(g, 2) || '@${BULK_DOMAIN}',
           ${name('g', salt)}, ${hash}, '${role}', ${teamLead}, ${at}, ${at}
      FROM generate_series(1, ${count}) g`;
  await run(
    db,
    `INSERT INTO users (id, email, name, password_hash, role, created_at, updated_at)
     VALUES (seed_bulk.uid('user-admin', 1), 'admin@${BULK_DOMAIN}', 'Bulk Admin', ${hash}, 'admin', ${at}, ${at})`,
  );
  await run(db, staff('manager', size.staff.managers, 400));
  // Four salespeople in five belong to a manager's team (docs/domain.md: a manager sees their team's clients).
  await run(
    db,
    staff(
      'sales',
      size.staff.sales,
      410,
      `CASE WHEN seed_bulk.rnd(g, 412) < 0.8
            THEN seed_bulk.uid('user-manager', 1 + (g - 1) % ${size.staff.managers}) END`,
    ),
  );
  await run(db, staff('operator', size.staff.operators, 420));
  await run(db, staff('accounts', size.staff.accounts, 430));
  await createCarriers(db, size.carriers, at);
  await createClients(db, size, at);
  await run(
    db,
    `INSERT INTO users (id, email, name, password_hash, role, client_id, created_at, updated_at)
     SELECT seed_bulk.uid('user-client', g), 'client' || seed_bulk.pad(g, 4) || '@${BULK_DOMAIN}',
            ${name('g', 440)}, ${hash}, 'client', seed_bulk.uid('client', g), ${at}, ${at}
       FROM generate_series(1, ${Math.min(size.staff.clientUsers, size.clients)}) g`,
  );
}

async function createCarriers(db: Client, count: number, at: string): Promise<void> {
  const seeds = Array.from({ length: count }, (_, i) => carrierSeed(i));
  await run(
    db,
    `INSERT INTO carriers (id, code, name, requires_doc_print, emails, created_at, updated_at)
     SELECT seed_bulk.uid('carrier', g), code, name, doc, ARRAY['docs@' || lower(code) || '.example.test'], ${at}, ${at}
       FROM unnest($1::text[], $2::text[], $3::boolean[]) WITH ORDINALITY AS c(code, name, doc, g)`,
    [seeds.map((s) => s.code), seeds.map((s) => s.name), seeds.map((s) => s.requiresDocPrint)],
  );
}

/**
 * Clients graded A/B/C (one in ten A, three in ten B); A clients mostly on monthly settlement, C clients
 * mostly cash first; credit limits and days for the credit terms; 85 % with e-mail addresses; 15 % foreign
 * (English) trading houses.
 */
async function createClients(db: Client, size: MasterDataSize, at: string): Promise<void> {
  const pick = (list: readonly [string, string][], col: 1 | 2, salt: number): string =>
    `(${textArray(list.map((p) => p[col - 1]!))})[1 + floor(seed_bulk.rnd(g, ${salt}) * ${list.length})::int]`;
  await run(
    db,
    `INSERT INTO clients (id, code, name, name_local, emails, address, language, payment_terms,
                          credit_limit_minor, credit_limit_currency, credit_days, grade, sales_user_id,
                          created_at, updated_at)
     SELECT seed_bulk.uid('client', g), code,
            CASE WHEN foreign_ THEN (${textArray(FOREIGN_NAMES)})[1 + floor(seed_bulk.rnd(g, 104) * ${FOREIGN_NAMES.length})::int]
                 ELSE city_en || ' ' || brand_en || ' ' || trade_en || ' Co., Ltd.' END,
            CASE WHEN NOT foreign_ THEN city_zh || brand_zh || trade_zh || '有限公司' END,
            CASE WHEN seed_bulk.rnd(g, 105) < 0.85
                 THEN CASE WHEN seed_bulk.rnd(g, 106) < 0.3
                           THEN ARRAY['shipping@' || lower(code) || '.example.test', 'accounts@' || lower(code) || '.example.test']
                           ELSE ARRAY['shipping@' || lower(code) || '.example.test'] END
                 ELSE '{}' END,
            CASE WHEN foreign_ THEN 'Unit ' || (1 + floor(seed_bulk.rnd(g, 107) * 30))::int || ', Harbour Centre, Kowloon, Hong Kong'
                 ELSE 'No. ' || (1 + floor(seed_bulk.rnd(g, 107) * 300))::int || ' '
                      || (${textArray(ROADS)})[1 + floor(seed_bulk.rnd(g, 108) * ${ROADS.length})::int] || ', ' || city_en || ', China' END,
            CASE WHEN foreign_ THEN 'en' ELSE 'zh' END,
            terms,
            CASE WHEN terms <> 'prepaid' THEN limit_ END, CASE WHEN terms <> 'prepaid' THEN 'CNY' END,
            CASE terms WHEN 'monthly' THEN (ARRAY[30, 45, 60])[1 + floor(seed_bulk.rnd(g, 109) * 3)::int]
                       WHEN 'collect' THEN (ARRAY[15, 30, 45])[1 + floor(seed_bulk.rnd(g, 109) * 3)::int] END,
            grade,
            seed_bulk.uid('user-sales', 1 + floor(seed_bulk.rnd(g, 110) * ${size.staff.sales})::int),
            ${at}, ${at}
       FROM (SELECT g, 'C' || seed_bulk.pad(g, 5) AS code, seed_bulk.rnd(g, 101) < 0.15 AS foreign_,
                    grade, limit_,
                    CASE WHEN r < (CASE grade WHEN 'a' THEN 0.70 WHEN 'b' THEN 0.30 ELSE 0.05 END) THEN 'monthly'
                         WHEN r < (CASE grade WHEN 'a' THEN 0.85 WHEN 'b' THEN 0.50 ELSE 0.15 END) THEN 'collect'
                         ELSE 'prepaid' END AS terms,
                    ${pick(CITIES, 1, 111)} AS city_en, ${pick(CITIES, 2, 111)} AS city_zh,
                    ${pick(BRANDS, 1, 112)} AS brand_en, ${pick(BRANDS, 2, 112)} AS brand_zh,
                    ${pick(TRADES, 1, 113)} AS trade_en, ${pick(TRADES, 2, 113)} AS trade_zh
               FROM (SELECT g, seed_bulk.rnd(g, 103) AS r,
                            CASE WHEN seed_bulk.rnd(g, 102) < 0.1 THEN 'a' WHEN seed_bulk.rnd(g, 102) < 0.4 THEN 'b' ELSE 'c' END AS grade,
                            -- whole thousands of yuan, in fen
                            (CASE WHEN seed_bulk.rnd(g, 102) < 0.1 THEN 2000 + floor(seed_bulk.rnd(g, 114) * 3000)
                                  WHEN seed_bulk.rnd(g, 102) < 0.4 THEN 500 + floor(seed_bulk.rnd(g, 114) * 1500)
                                  ELSE 200 + floor(seed_bulk.rnd(g, 114) * 300) END)::bigint * 100000 AS limit_
                       FROM generate_series(1, ${size.clients}) g) graded) c`,
  );
}

export interface LoadedMasterData {
  clients: number;
  carriers: number;
  /** Client slots: 65,536 client numbers, each as often as its share of the shipments. */
  clientSlots: number[];
  carrierSlots: number[];
  logins: { role: string; email: string }[];
}

const CLIENT_SLOTS = 65_536;
const CARRIER_SLOTS = 4_096;

/** Spreads `slots` slots over weights (largest remainder is not needed: a slot more or less is noise). */
function slotsOf(weights: number[], slots: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const out: number[] = [];
  let cumulative = 0;
  let k = 0;
  for (let s = 0; s < slots; s++) {
    const at = ((s + 0.5) / slots) * total;
    while (k < weights.length - 1 && cumulative + weights[k]! < at) cumulative += weights[k++]!;
    out.push(k + 1);
  }
  return out;
}

/**
 * The master data the shipments are generated against, as scratch tables numbered from 1 (so a statement
 * picks "client 17" by a hashed index): the database's clients, carriers and staff, whether this run
 * created them or found them (--append). Also how the shipments spread over them: A clients ship far more
 * than C clients, the big carriers carry most.
 */
export async function loadMasterData(db: Client): Promise<LoadedMasterData> {
  await run(
    db,
    `CREATE UNLOGGED TABLE seed_bulk.bulk_staff AS
     SELECT role, row_number() OVER (PARTITION BY role ORDER BY email)::int AS k, id, name
       FROM users WHERE active AND role <> 'client'`,
  );
  // Whoever is there stands in for a missing role (an appended database may have no accounts user).
  for (const role of ['operator', 'accounts', 'sales']) {
    await run(
      db,
      `INSERT INTO bulk_staff (role, k, id, name)
       SELECT '${role}', row_number() OVER (ORDER BY id)::int, id, name FROM bulk_staff
        WHERE NOT EXISTS (SELECT 1 FROM bulk_staff WHERE role = '${role}')`,
    );
  }
  await run(
    db,
    `CREATE UNLOGGED TABLE seed_bulk.bulk_clients AS
     SELECT row_number() OVER (ORDER BY code)::int AS k, c.id, c.code, c.name, c.name_local, c.address,
            c.language, c.payment_terms AS terms, coalesce(c.credit_days, 30) AS credit_days, c.emails,
            -- foreign clients are billed in US dollars, four in ten Chinese ones too
            CASE WHEN c.language = 'en' OR seed_bulk.rnd(hashtextextended(c.code, 0), 120) < 0.4 THEN 'USD' ELSE 'CNY' END AS currency,
            (CASE c.grade WHEN 'a' THEN 8 WHEN 'b' THEN 3 ELSE 1 END) * (0.3 + 1.4 * seed_bulk.rnd(hashtextextended(c.code, 0), 121)) AS weight,
            coalesce(s.k, 1) AS sales_k
       FROM clients c LEFT JOIN bulk_staff s ON s.id = c.sales_user_id AND s.role = 'sales'`,
  );
  const carriers = await rows<{ code: string; id: string; name: string }>(
    db,
    'SELECT code, id, name FROM carriers ORDER BY code',
  );
  if (!carriers.length) throw new Error('the database has clients but no carriers: nothing to book with');
  const seeds = carriers.map((c, i) => seedOfCode(c.code, i));
  // Each carrier's boxes are counted on from the ones its shipments already have (--append).
  await run(
    db,
    `CREATE UNLOGGED TABLE seed_bulk.bulk_carriers AS
     SELECT c.k::int, c.id, c.code, c.name, c.owner_code, seed_bulk.owner_sum(c.owner_code) AS owner_sum,
            c.vessel_prefix, upper(left(regexp_replace(c.code, '[^A-Z]', '', 'g') || 'SL', 2)) AS seal_prefix,
            coalesce((SELECT count(*) FROM containers b JOIN shipments s ON s.id = b.shipment_id
                       WHERE s.carrier_id = c.id), 0) AS box_offset
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY
            AS c(id, code, name, owner_code, vessel_prefix, k)`,
    [
      carriers.map((c) => c.id),
      carriers.map((c) => c.code),
      carriers.map((c) => c.name),
      seeds.map((s) => s.ownerCode),
      seeds.map((s) => s.vesselPrefix),
    ],
  );
  const clientWeights = await rows<{ weight: number }>(db, 'SELECT weight FROM bulk_clients ORDER BY k');
  if (!clientWeights.length) throw new Error('no clients to ship for');
  for (const table of ['bulk_staff', 'bulk_clients', 'bulk_carriers']) await run(db, `ANALYZE ${table}`);
  const logins = await rows<{ role: string; email: string }>(
    db,
    `SELECT DISTINCT ON (role) role, email FROM users
      WHERE active AND email LIKE '%@${BULK_DOMAIN}'
      ORDER BY role, email`,
  );
  return {
    clients: clientWeights.length,
    carriers: carriers.length,
    clientSlots: slotsOf(
      clientWeights.map((c) => c.weight),
      CLIENT_SLOTS,
    ),
    carrierSlots: slotsOf(
      seeds.map((s) => s.weight),
      CARRIER_SLOTS,
    ),
    logins,
  };
}
