import type { Client } from 'pg';
import type { CompanyDetails } from '../../src/common/company';
import { boxNumber, sealNumber } from './shipments';
import { insertStaged, lit, run, textArray, ts } from './sql';
import { VOID_REASONS } from './vocabulary';

const local = (usd: string, cny: string): string => `CASE WHEN cur = 'USD' THEN ${usd} ELSE ${cny} END`;

/**
 * The lines a note may have: its number among the note's lines, description, unit amount (minor units),
 * currency, quantity, and whether the note has it; SQL over the function's parameters.
 */
const LINES: {
  seq: string;
  description: string;
  amount: string;
  currency: string;
  quantity: string;
  included: string;
}[] = [
  {
    seq: '1',
    description: 'Ocean freight 海运费',
    amount: 'freight_usd * 100',
    currency: `'USD'`,
    quantity: 'k',
    included: 'NOT payable',
  },
  {
    seq: '2',
    description: 'Terminal handling charge (THC) 码头操作费',
    amount: local('CASE WHEN big THEN 22000 ELSE 15000 END', 'CASE WHEN big THEN 158000 ELSE 105000 END'),
    currency: 'cur',
    quantity: 'k',
    included: 'NOT payable',
  },
  {
    seq: '3',
    description: 'Documentation fee 文件费',
    amount: local('6500', '45000'),
    currency: 'cur',
    quantity: '1',
    included: 'NOT payable',
  },
  {
    seq: '4',
    description: 'Customs clearance 报关费',
    amount: local('4500', '30000'),
    currency: 'cur',
    quantity: '1',
    included: 'NOT payable AND customs',
  },
  {
    seq: '4 + customs::int',
    description: 'Trucking 拖车费',
    amount: local('CASE WHEN big THEN 34000 ELSE 26000 END', 'CASE WHEN big THEN 240000 ELSE 180000 END'),
    currency: 'cur',
    quantity: 'k',
    included: 'NOT payable AND trucking',
  },
  {
    seq: '4 + customs::int + trucking::int',
    description: 'Customs inspection fee 查验费',
    amount: local('8000', '55000'),
    currency: 'cur',
    quantity: '1',
    included: 'NOT payable AND inspected',
  },
  {
    seq: '1',
    description: 'Ocean freight',
    amount: 'round(freight_usd * 0.86 / 10) * 1000',
    currency: `'USD'`,
    quantity: 'k',
    included: 'payable',
  },
  {
    seq: '2',
    description: 'Bunker adjustment factor (BAF)',
    amount: 'baf_usd * 100',
    currency: `'USD'`,
    quantity: 'k',
    included: 'payable AND baf_usd > 0',
  },
];
const LINE_FIELDS = {
  seq: LINES.map((l) => l.seq),
  description: LINES.map((l) => lit(l.description)),
  amount: LINES.map((l) => l.amount),
  currency: LINES.map((l) => l.currency),
  quantity: LINES.map((l) => l.quantity),
  included: LINES.map((l) => l.included),
};

/**
 * A note's lines as debit-note-pricing.ts prices them: amount × quantity in the line's currency, converted
 * into the note's currency at the note's rate and rounded half-up per line; the total is the sum of the
 * converted lines. Receivable (to the client): ocean freight in US dollars, local charges in the note's
 * currency. Payable (a carrier's bill to us): the freight at our cost, sometimes with bunker.
 *
 * One function for the lines and for the note's total, so the two cannot disagree.
 */
async function createLinesFunction(db: Client): Promise<void> {
  const pick = (values: string[]): string =>
    `CASE o.ord ${values.map((v, i) => `WHEN ${i + 1} THEN ${v}`).join(' ')} END`;
  await run(
    db,
    `CREATE FUNCTION seed_bulk.note_lines(payable boolean, cur text, k int, big boolean, freight_usd int, baf_usd int,
                                        usd_rate numeric, customs boolean, trucking boolean, inspected boolean)
     RETURNS TABLE (seq int, description text, amount_minor bigint, currency text, quantity numeric,
                    line_total_minor bigint, rate text, converted_minor bigint)
     STABLE PARALLEL SAFE LANGUAGE sql AS $$
       SELECT v.seq, v.d, v.a, v.c, v.q::numeric(12, 3), v.a * v.q,
              CASE WHEN v.c <> cur THEN usd_rate::text END,
              CASE WHEN v.c = cur THEN v.a * v.q ELSE floor(v.a * v.q * usd_rate + 0.5)::bigint END
         FROM (SELECT ${pick(LINE_FIELDS.seq)} AS seq, ${pick(LINE_FIELDS.description)} AS d,
                      ${pick(LINE_FIELDS.amount)}::bigint AS a, ${pick(LINE_FIELDS.currency)} AS c,
                      ${pick(LINE_FIELDS.quantity)} AS q, ${pick(LINE_FIELDS.included)} AS included
                 -- the candidate lines as a constant set, each line's fields by CASE (a VALUES list here
                 -- would compile its expressions again for every note)
                 FROM generate_series(1, ${LINES.length}) o(ord)) v
        WHERE v.included $$`,
  );
}

/**
 * The notes (scratch table `bulk_note`), one row each:
 * - r1: the shipment's receivable note, drafted after the B/L check, issued (numbered) when the shipment
 *   became debit_noted; for one shipment in seventy it was wrong, replaced by r2 and voided;
 * - r2: the replacement, issued, which the client pays;
 * - p: a carrier's bill (payable) after the sailing, for some shipments.
 * Receivable numbers DN-<year>-<6 digits> go by issue time within the year, after the year's counter:
 * gap-free, as the app numbers them.
 */
export async function createNotePlan(db: Client, asOf: Date): Promise<void> {
  await createLinesFunction(db);
  await run(
    db,
    `CREATE UNLOGGED TABLE seed_bulk.bulk_note AS
     SELECT q.*, l.total,
            -- the first of two parts: an instalment's share, or all but the bank's charges of a short payment
            CASE WHEN s.short_paid
                 THEN l.total - CASE WHEN q.currency = 'USD' THEN 1500 + 100 * floor(35 * seed_bulk.rnd(q.key, 204))
                                     ELSE 10000 + 100 * floor(200 * seed_bulk.rnd(q.key, 204)) END
                 ELSE greatest(100, least(l.total - 100, 100 * floor(l.total * s.first_share / 100))) END::bigint AS first_amount,
            CASE WHEN q.issued_at IS NULL THEN NULL
                 WHEN q.payable THEN q.issue_day + 30
                 ELSE q.issue_day + CASE WHEN s.terms = 'prepaid' THEN 0 ELSE s.credit_days END END AS due_day,
            CASE WHEN q.numbered THEN 'DN-' || q.year || '-' || seed_bulk.pad(coalesce(dc.value, 0)
              + row_number() OVER (PARTITION BY q.year, q.numbered ORDER BY q.issued_at, q.key), 6)
            END AS number
       FROM (SELECT q0.*, seed_bulk.local_day(q0.issued_at) AS issue_day,
                    q0.issued_at IS NOT NULL AND NOT q0.payable AS numbered,
                    extract(year FROM seed_bulk.local_day(q0.issued_at))::int AS year,
                    seed_bulk.local_day(coalesce(q0.issued_at, q0.created_at)) AS rate_day,
                    seed_bulk.usd_cny(seed_bulk.local_day(coalesce(q0.issued_at, q0.created_at))) AS usd_rate
               FROM (SELECT s.i, s.n * 4 + 1 AS key, 'r1' AS kind, false AS payable, s.currency,
                            s.t_draft AS created_at,
                            CASE WHEN s.t_dn <= s.lim THEN s.t_dn END AS issued_at,
                            CASE WHEN s.t_void <= s.lim THEN s.t_void END AS voided_at,
                            NOT s.replaced AS live,
                            CASE WHEN s.replaced THEN 10 * round(s.freight_usd * 1.08 / 10)::int ELSE s.freight_usd END AS freight
                       FROM bulk_ship s WHERE s.t_draft <= s.lim
                     UNION ALL
                     SELECT s.i, s.n * 4 + 2, 'r2', false, s.currency, s.t_n2_draft,
                            CASE WHEN s.t_n2 <= s.lim THEN s.t_n2 END, NULL, true, s.freight_usd
                       FROM bulk_ship s WHERE s.replaced AND s.t_n2_draft <= s.lim
                     UNION ALL
                     SELECT s.i, s.n * 4 + 3, 'p', true, 'USD', s.p_created,
                            CASE WHEN s.p_created + interval '1 hour' * (1 + 24 * seed_bulk.rnd(s.n, 72)) <= ${ts(asOf)}
                                 THEN s.p_created + interval '1 hour' * (1 + 24 * seed_bulk.rnd(s.n, 72)) END,
                            NULL, false, s.freight_usd
                       FROM bulk_ship s WHERE s.has_payable AND s.t_cancel IS NULL AND s.p_created <= ${ts(asOf)}) q0
            ) q
       JOIN bulk_ship s ON s.i = q.i
       CROSS JOIN LATERAL (SELECT sum(converted_minor)::bigint AS total
                             FROM seed_bulk.note_lines(q.payable, q.currency, s.k, s.big, q.freight, s.baf_usd, q.usd_rate,
                                                     s.customs_line, s.trucking_line, s.inspected)) l
       LEFT JOIN counters dc ON dc.name = 'debit-note:' || q.year
      ORDER BY q.i`,
  );
  await run(db, 'CREATE UNIQUE INDEX ON bulk_note (key)');
  await run(db, 'CREATE INDEX ON bulk_note (i)');
}

/**
 * Payments (scratch tables `bulk_alloc`, `bulk_paid`, `bulk_pay`): what was received for the live
 * receivable notes by the as-of moment. A cash or collect client pays each note (one in twenty in two
 * instalments, one collect note in ten short); a monthly client pays the month's notes in one transfer (one
 * payment, an allocation per note). Then each note's paid amount and settlement (the last payment, once
 * fully paid) follow.
 */
export async function createPaymentPlan(db: Client, asOf: Date): Promise<void> {
  await run(
    db,
    `CREATE UNLOGGED TABLE seed_bulk.bulk_alloc AS
     SELECT nt.key AS note_key, s.client_k, nt.currency, v.received_at, v.amount,
            CASE WHEN s.terms = 'monthly'
                 THEN 'm:' || s.client_k || ':' || nt.currency || ':' || to_char(s.issue_day, 'YYYYMM')
                 ELSE 'n:' || nt.key || ':' || v.inst END AS tag
       FROM bulk_note nt
       JOIN bulk_ship s ON s.i = nt.i
       -- the first and the second part (the second only after a first), as a constant pair
       CROSS JOIN LATERAL (
         SELECT o.inst,
                CASE o.inst WHEN 1 THEN CASE WHEN s.pay_first IS NULL THEN s.pay_full ELSE s.pay_first END
                            ELSE CASE WHEN s.pay_first IS NOT NULL THEN s.pay_full END END AS received_at,
                CASE o.inst WHEN 1 THEN CASE WHEN s.pay_first IS NULL THEN nt.total ELSE nt.first_amount END
                            ELSE nt.total - nt.first_amount END AS amount
           FROM generate_series(1, 2) o(inst)) v
      WHERE nt.live AND nt.issued_at IS NOT NULL AND v.received_at <= ${ts(asOf)}`,
  );
  // Each note's paid amount, payments and settlement, beside the note (a narrow table: cheaper to build
  // and join than to update the note's row).
  await run(
    db,
    `CREATE UNLOGGED TABLE seed_bulk.bulk_paid AS
     SELECT a.note_key, a.paid, a.payments, a.last, CASE WHEN a.paid >= nt.total THEN a.last END AS settled_at
       FROM (SELECT note_key, sum(amount) AS paid, count(*) AS payments, max(received_at) AS last
               FROM bulk_alloc GROUP BY note_key) a
       JOIN bulk_note nt ON nt.key = a.note_key`,
  );
  await run(db, 'CREATE UNIQUE INDEX ON bulk_paid (note_key)');
  await run(
    db,
    `CREATE UNLOGGED TABLE seed_bulk.bulk_pay AS
     SELECT tag, min(client_k) AS client_k, min(currency) AS currency, min(received_at) AS received_at,
            sum(amount) AS amount
       FROM bulk_alloc GROUP BY tag`,
  );
  for (const table of ['bulk_note', 'bulk_alloc', 'bulk_paid', 'bulk_pay']) await run(db, `ANALYZE ${table}`);
}

/**
 * The notes of the batch's shipments. An issued note carries its FX rate (USD→CNY, the base currency, from
 * the bank on its issue day) and a snapshot of what it prints, in the shape takeDebitNoteSnapshot writes;
 * paid_minor and settled_at agree with the allocations written after the batches.
 */
export async function insertNotes(
  db: Client,
  lo: number,
  hi: number,
  company: CompanyDetails,
  columns: { settledAt: boolean; baseRate: boolean },
  baseCurrency: string,
): Promise<number> {
  const { settledAt, baseRate } = columns;
  const issued = 'nt.issued_at IS NOT NULL';
  // The rate into the base currency frozen on issue (migration FrozenBaseRate): the notes' only rate is USD→CNY.
  const frozen = `CASE WHEN nt.currency = ${lit(baseCurrency)} THEN 1
                       WHEN nt.currency = 'USD' AND ${lit(baseCurrency)} = 'CNY' THEN nt.usd_rate END`;
  const snapshot = `jsonb_build_object(
      'takenAt', seed_bulk.iso(nt.issued_at),
      'company', ${lit(JSON.stringify(company))}::jsonb,
      'party', CASE WHEN nt.payable
                    THEN jsonb_build_object('code', kc.code, 'name', kc.name, 'nameLocal', NULL, 'address', NULL)
                    ELSE jsonb_build_object('code', c.code, 'name', c.name, 'nameLocal', c.name_local, 'address', c.address) END,
      'shipment', jsonb_build_object(
        'reference', s.reference,
        'blNumber', CASE WHEN s.t_checked <= nt.issued_at THEN s.bl_number END,
        'vessel', s.vessel1_or_0, 'voyage', s.voyage1_or_0, 'pol', s.pol, 'pod', s.pod,
        'etd', seed_bulk.iso(s.etd_final),
        'containers', (SELECT jsonb_agg(jsonb_build_object('number', ${boxNumber('j')}, 'sealNumber', ${sealNumber('j')},
                                                           'type', s.ctype) ORDER BY j)
                         FROM generate_series(1, s.k) j)))`;
  return insertStaged(
    db,
    `INSERT INTO debit_notes (id, shipment_id, direction, client_id, carrier_id, number, carrier_number, currency,
                              state, total_minor, paid_minor, fx_rates, issue_date, due_date, issued_at,
                              issued_by_id, snapshot, voided_at, void_reason, replacement_note_id, version,
                              created_by_id, created_at, updated_at${settledAt ? ', settled_at' : ''}
                              ${baseRate ? ', base_currency, base_rate' : ''})
     SELECT seed_bulk.uid('note', nt.key), s.id, CASE WHEN nt.payable THEN 'payable' ELSE 'receivable' END,
            CASE WHEN NOT nt.payable THEN c.id END, CASE WHEN nt.payable THEN kc.id END,
            nt.number,
            CASE WHEN nt.payable THEN kc.code || '-' || to_char(nt.created_at, 'YYMM') || lpad((s.n % 100000)::text, 5, '0') END,
            nt.currency,
            CASE WHEN nt.voided_at IS NOT NULL THEN 'void' WHEN ${issued} THEN 'issued' ELSE 'draft' END,
            nt.total, coalesce(pd.paid, 0),
            jsonb_build_array(jsonb_build_object('from', 'USD', 'to', 'CNY', 'rate', nt.usd_rate::text,
                                                 'source', 'BOC', 'date', nt.rate_day::text)),
            nt.issue_day, nt.due_day, nt.issued_at, CASE WHEN ${issued} THEN acc.id END,
            CASE WHEN ${issued} THEN ${snapshot} END,
            nt.voided_at,
            CASE WHEN nt.voided_at IS NOT NULL THEN (${textArray(VOID_REASONS)})[1 + floor(seed_bulk.rnd(nt.key, 201) * ${VOID_REASONS.length})::int] END,
            CASE WHEN nt.voided_at IS NOT NULL THEN seed_bulk.uid('note', s.n * 4 + 2) END,
            1 + (${issued})::int + (nt.voided_at IS NOT NULL)::int + coalesce(pd.payments, 0)::int,
            acc.id, nt.created_at,
            greatest(nt.created_at, nt.issued_at, nt.voided_at, pd.last)
            ${settledAt ? ', pd.settled_at' : ''}
            ${baseRate ? `, CASE WHEN ${issued} THEN ${lit(baseCurrency)} END, CASE WHEN ${issued} THEN ${frozen} END` : ''}
       FROM bulk_note nt
       JOIN (SELECT s.*, CASE WHEN s.rolled THEN s.vessel1 ELSE s.vessel0 END AS vessel1_or_0,
                    CASE WHEN s.rolled THEN s.voyage1 ELSE s.voyage0 END AS voyage1_or_0, s.etd AS etd_final
               FROM bulk_ship s WHERE s.i BETWEEN $1 AND $2) s ON s.i = nt.i
       JOIN bulk_clients c ON c.k = s.client_k
       JOIN bulk_carriers kc ON kc.k = s.carrier_k
       JOIN bulk_staff acc ON acc.role = 'accounts' AND acc.k = s.acc_k
       LEFT JOIN bulk_paid pd ON pd.note_key = nt.key
      WHERE nt.i BETWEEN $1 AND $2`,
    [lo, hi],
  );
}

export async function insertLines(db: Client, lo: number, hi: number): Promise<number> {
  return insertStaged(
    db,
    `INSERT INTO debit_note_lines (id, debit_note_id, seq, description, amount_minor, currency, quantity,
                                   line_total_minor, rate, converted_minor)
     SELECT seed_bulk.uid('line', nt.key * 8 + l.seq), seed_bulk.uid('note', nt.key), l.seq, l.description, l.amount_minor,
            l.currency, l.quantity, l.line_total_minor, l.rate, l.converted_minor
       FROM bulk_note nt
       JOIN bulk_ship s ON s.i = nt.i
       CROSS JOIN LATERAL seed_bulk.note_lines(nt.payable, nt.currency, s.k, s.big, nt.freight, s.baf_usd, nt.usd_rate,
                                             s.customs_line, s.trucking_line, s.inspected) l
      WHERE nt.i BETWEEN $1 AND $2`,
    [lo, hi],
  );
}

/** The payments and their allocations, each payment recorded by accounts within the day of its receipt. */
export async function insertPayments(
  db: Client,
  asOf: Date,
): Promise<{ payments: number; allocations: number }> {
  const payments = await run(
    db,
    `INSERT INTO payments (id, client_id, amount_minor, currency, received_at, reference, created_by_id, created_at)
     SELECT seed_bulk.uid('payment:' || p.tag, 0), c.id, p.amount, p.currency, p.received_at,
            'TT' || to_char(seed_bulk.local_day(p.received_at), 'YYMMDD')
              || lpad((abs(hashtextextended(p.tag, 0)) % 100000000)::text, 8, '0'),
            acc.id,
            least(p.received_at + interval '1 hour' * (0.3 + 20 * seed_bulk.rnd(hashtextextended(p.tag, 0), 202)), ${ts(asOf)})
       FROM bulk_pay p
       JOIN bulk_clients c ON c.k = p.client_k
       JOIN bulk_staff acc ON acc.role = 'accounts'
                          AND acc.k = 1 + floor(seed_bulk.rnd(hashtextextended(p.tag, 0), 203)
                                                * (SELECT count(*) FROM bulk_staff WHERE role = 'accounts'))::int`,
  );
  const allocations = await run(
    db,
    `INSERT INTO payment_allocations (id, payment_id, debit_note_id, amount_minor)
     SELECT seed_bulk.uid('allocation:' || a.tag, a.note_key), seed_bulk.uid('payment:' || a.tag, 0),
            seed_bulk.uid('note', a.note_key), a.amount
       FROM bulk_alloc a`,
  );
  return { payments, allocations };
}
