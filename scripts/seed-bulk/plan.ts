import type { Client } from 'pg';
import { lit, numberArray, run, textArray, ts, weighted } from './sql';
import { statusSql } from './stages';
import {
  CANCEL_REASONS,
  COMMODITIES,
  CONTAINER_COUNTS,
  CONTAINER_MIX,
  LANES,
  PORTS_OF_LOADING,
  ROLL_REASONS,
  VESSEL_WORDS,
} from './vocabulary';

export interface PlanInput {
  shipments: number;
  /** Shipments already in the database: this run's keys start after them (--append). */
  offset: number;
  asOf: Date;
  timezone: string;
  clientSlots: number[];
  carrierSlots: number[];
  staff: { operators: number; accounts: number };
}

/** Four years of history, the later years busier: the shipments per day grow 2.2 times over the span. */
export const HISTORY_DAYS = 1461;
const GROWTH = 1.2;

/** A uniform value in [0, 1) of the shipment's key: each salt is one independent choice. */
const r = (salt: number): string => `seed_bulk.rnd(n, ${salt})`;
const hours = (expr: string): string => `(interval '1 hour' * (${expr}))`;
const days = (expr: string): string => `(interval '1 day' * (${expr}))`;
const seconds = (expr: string): string => `(interval '1 second' * (${expr}))`;
const index = (salt: number, length: number): string => `(1 + floor(${r(salt)} * ${length})::int)`;
const monthKey = (day: string): string =>
  `(extract(year FROM ${day}) * 12 + extract(month FROM ${day}))::bigint`;

/**
 * Nests levels of columns: each level is a SELECT adding its columns to the previous level's, computed from
 * them by name. Each level carries a call of seed_bulk.level (a volatile function, which the planner will
 * not fold into the next level: a time is computed once per row and read by the later stages rather than
 * derived again in each), and nothing else (no OFFSET) stands in the way of parallel workers.
 */
function nest(from: string, levels: string[][]): string {
  return levels.reduce(
    (inner, columns, n) =>
      `SELECT p.*, ${columns.join(',\n  ')}, seed_bulk.level(${n + 1}) AS level_${n + 1} FROM (${inner}) p`,
    from,
  );
}

/**
 * The plan: one row per shipment to load (scratch table `bulk_ship`), with everything about it decided:
 * client, carrier, boxes, lane, and the time of every stage of its life, from which its status as of the
 * as-of moment follows (a stage happened if its time is before the shipment's limit: the as-of moment, or
 * its cancellation). Built in one statement over generate_series; the batches then write the app's
 * tables from it. What needs the whole run at once is settled here: references numbered per month, each
 * carrier's running count of boxes (their numbers).
 */
export async function createPlan(db: Client, p: PlanInput): Promise<number> {
  const start = new Date(p.asOf.getTime() - HISTORY_DAYS * 86_400_000);
  const spanSeconds = HISTORY_DAYS * 86_400 - 600;
  const asOf = ts(p.asOf);
  const maxPorts = Math.max(...LANES.map((l) => l.ports.length));
  // The lanes' ports as a 2-D array, each row padded with its first port (never picked: see portCount).
  const portMatrix = `ARRAY[${LANES.map(
    (l) =>
      `ARRAY[${[...l.ports, ...Array<string>(maxPorts - l.ports.length).fill(l.ports[0]!)].map(lit).join(', ')}]`,
  ).join(', ')}]::text[]`;
  const portCount = numberArray(
    LANES.map((l) => l.ports.length),
    'int',
  );
  // Growth: the share of shipments by time t in [0, 1] is (t + G t²/2) / (1 + G/2); the i-th is placed at
  // the inverse of its rank's share, so they come in order, denser towards the end.
  const t0 = `${ts(start)} + ${seconds(
    `(sqrt(1 + ${2 * GROWTH * (1 + GROWTH / 2)} * ((i - 0.5) / ${p.shipments})) - 1) / ${GROWTH} * ${spanSeconds}`,
  )}`;
  // First, narrow, what needs the whole run at once: the references, numbered per month after the month's
  // counter (--append), and each carrier's running count of boxes (their numbers).
  await run(
    db,
    `CREATE UNLOGGED TABLE seed_bulk.bulk_seq AS
     SELECT b.*,
            'SE' || b.yymm || '-' || seed_bulk.pad(coalesce(rc.value, 0)
              + row_number() OVER (PARTITION BY b.yymm ORDER BY b.i), 4) AS reference,
            kc.box_offset + coalesce(sum(b.k) OVER (PARTITION BY b.carrier_k ORDER BY b.i
                                     ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS box_base
       FROM (SELECT i, n, t0, to_char(t0 AT TIME ZONE ${lit(p.timezone)}, 'YYMM') AS yymm,
                    ($1::int[])[1 + floor(seed_bulk.rnd(n, 1) * ${p.clientSlots.length})::int] AS client_k,
                    ($2::int[])[1 + floor(seed_bulk.rnd(n, 2) * ${p.carrierSlots.length})::int] AS carrier_k,
                    (${numberArray(
                      CONTAINER_COUNTS.map((c) => c.count),
                      'int',
                    )})[${weighted(
                      r(3),
                      CONTAINER_COUNTS.map((c) => c.weight),
                    )}] AS k,
                    ${index(12, p.staff.operators)} AS op_k,
                    ${index(13, p.staff.accounts)} AS acc_k
               FROM (SELECT i, ${p.offset}::bigint + i AS n, date_trunc('milliseconds', ${t0}) AS t0
                       FROM generate_series(1, ${p.shipments}) i) g) b
       LEFT JOIN counters rc ON rc.name = 'shipment-reference:SE' || b.yymm
       JOIN bulk_carriers kc ON kc.k = b.carrier_k`,
    [p.clientSlots, p.carrierSlots],
  );
  await run(db, 'ANALYZE bulk_seq');
  // Then everything else of a shipment, from its own row: the master data it uses is joined first, while
  // the rows are narrow.
  const base = `
    SELECT b.*, cl.terms, cl.credit_days, cl.currency, cl.sales_k,
           kc.code AS carrier_code, kc.owner_code, kc.vessel_prefix,
           op.id AS operator_id,
           coalesce(sa.id, op.id) AS sales_id, coalesce(sa.name, op.name) AS sales_name, op.name AS operator_name
      FROM bulk_seq b
      JOIN bulk_clients cl ON cl.k = b.client_k
      JOIN bulk_carriers kc ON kc.k = b.carrier_k
      JOIN bulk_staff op ON op.role = 'operator' AND op.k = b.op_k
      LEFT JOIN bulk_staff sa ON sa.role = 'sales' AND sa.k = cl.sales_k`;
  const cancelTimes = `ARRAY[t0, t_conf, t_space, t_so, t_picked, t_stuffed, t_gated, t_decl, t_cust]`;
  const levels: string[][] = [
    // What the shipment is; how long each step takes (hours, or a share of the time before the CY cut-off).
    [
      `(${textArray(CONTAINER_MIX.map((c) => c.type))})[${weighted(
        r(4),
        CONTAINER_MIX.map((c) => c.weight),
      )}] AS ctype`,
      `${weighted(
        r(5),
        PORTS_OF_LOADING.map((x) => x.weight),
      )} AS pol_x`,
      `${weighted(
        r(6),
        LANES.map((l) => l.weight),
      )} AS lane_x`,
      `${index(8, COMMODITIES.length)} AS commodity_x`,
      `CASE WHEN terms = 'collect' AND ${r(14)} < 0.7 THEN 'collect' WHEN ${r(14)} > 0.93 THEN 'collect'
            ELSE 'prepaid' END AS freight_term`,
      `${r(9)} < 0.6 AS carrier_at_booking`,
      `${r(10)} < 0.7 AS has_rate`,
      `${r(11)} < 0.3 AS creator_is_sales`,
      `${index(66, VESSEL_WORDS.length)} AS vessel_word0`,
      `${index(67, VESSEL_WORDS.length)} AS vessel_word1`,
      `lpad((100 + floor(${r(68)} * 900))::int::text, 3, '0') AS voyage_no0`,
      `lpad((100 + floor(${r(69)} * 900))::int::text, 3, '0') AS voyage_no1`,
      `(ARRAY['telex', 'original', 'seaway'])[${weighted(r(41), [60, 25, 15])}] AS bl_type`,
      `${r(62)} < 0.7 AS customs_line`,
      `${r(63)} < 0.4 AS trucking_line`,
      `CASE WHEN ${r(64)} < 0.5 THEN 100 + 10 * floor(${r(65)} * 11)::int ELSE 0 END AS baf_usd`,
      `1 + 28 * ${r(15)} AS h_conf`,
      `1 + 20 * ${r(16)} AS h_space`,
      `24 + 96 * ${r(17)} AS h_so`,
      `7 + 14 * ${r(19)} AS d_etd`,
      `${r(18)} < 0.04 AS rolled`,
      `6 + 30 * ${r(22)} AS h_roll`,
      `(ARRAY[30, 48])[${index(20, 2)}] AS cy_h`,
      `(ARRAY[6, 24])[${index(21, 2)}] AS si_extra_h`,
      `0.08 + 0.2 * ${r(23)} AS f_pick`,
      `0.04 + 0.1 * ${r(25)} AS f_stuff`,
      `0.04 + 0.12 * ${r(26)} AS f_gate`,
      `2 + 10 * ${r(27)} AS h_decl`,
      `${r(28)} < 0.03 AS inspected`,
      `1 + 6 * ${r(29)} AS h_flag`,
      `4 + 30 * ${r(30)} AS h_clear`,
      `1 + 12 * ${r(31)} AS h_cust`,
      `0.5 + 24 * ${r(32)} AS h_si`,
      `${r(33)} < 0.1 AS revised`,
      `2 + 30 * ${r(34)} AS h_si2`,
      `12 + 84 * ${r(35)} AS h_checked`,
      `0.5 + 12 * ${r(36)} AS h_draft`,
      `6 + 114 * ${r(37)} AS h_dn`,
      `${r(38)} < 0.015 AS replaced`,
      `4 + 48 * ${r(39)} AS h_n2`,
      `300 + 3300 * ${r(40)} AS s_void`,
      `0.5 + 3 * ${r(70)} AS h_n2_draft`,
      `${r(42)} < CASE terms WHEN 'prepaid' THEN 0.003 WHEN 'collect' THEN 0.007 ELSE 0.005 END AS never`,
      `${r(43)} < CASE terms WHEN 'prepaid' THEN 0.02 WHEN 'collect' THEN 0.04 ELSE 0 END AS late`,
      `${r(55)} < 0.04 AS cancelled`,
      `${weighted(r(56), [25, 25, 20, 15, 5, 4, 3, 3])} AS cancel_stage`,
      `${r(59)} < 0.06 AS has_payable`,
    ],
    // Booking to the S/O; the sailing (rolled ones a week later); the ports; the rate sold.
    [
      `t0 + ${hours('h_conf')} AS t_conf`,
      `t0 + ${hours('h_conf + h_space')} AS t_space`,
      `t0 + ${hours('h_conf + h_space + h_so')} AS t_so`,
      `date_trunc('hour', t0 + ${hours('h_conf + h_space + h_so')} + ${days('d_etd')}) AS etd0`,
      `CASE WHEN rolled THEN t0 + ${hours('h_conf + h_space + h_so + h_roll')} END AS t_roll`,
      `CASE WHEN rolled THEN interval '7 days' ELSE interval '0' END AS roll_shift`,
      `CASE WHEN rolled THEN ${`(${textArray(ROLL_REASONS)})[${index(71, ROLL_REASONS.length)}]`} END AS roll_reason`,
      `CASE WHEN k > 1 THEN 0.25 * ${r(24)} ELSE 0 END AS f_spread`,
      `ctype NOT LIKE '22%' AS big`,
      `(${textArray(PORTS_OF_LOADING.map((x) => x.code))})[pol_x] AS pol`,
      `(${textArray(PORTS_OF_LOADING.map((x) => x.terminal))})[pol_x] AS terminal`,
      `(${portMatrix})[lane_x][1 + floor(${r(7)} * (${portCount})[lane_x])::int] AS pod`,
      `(${textArray(COMMODITIES)})[commodity_x] AS commodity`,
      `(${textArray(LANES.map((l) => l.bound))})[lane_x] AS bound`,
    ],
    [
      `etd0 + roll_shift AS etd`,
      `etd0 + roll_shift - ${hours('cy_h')} AS cutoff_cy`,
      `etd0 + roll_shift - ${hours('cy_h + si_extra_h')} AS cutoff_si`,
      `etd0 + roll_shift - ${hours('cy_h - 4')} AS cutoff_customs`,
      `etd0 + roll_shift - ${hours('cy_h + 4')} AS cutoff_vgm`,
      `coalesce(t_roll, t_so) AS t_base`,
      // seconds from the S/O (or the roll) to the CY cut-off: the boxes move within it
      `extract(epoch FROM etd0 + roll_shift - ${hours('cy_h')} - coalesce(t_roll, t_so)) AS w`,
      `10 * round((CASE WHEN ctype NOT LIKE '22%' THEN (${numberArray(
        LANES.map((l) => l.freight40),
        'int',
      )})[lane_x] ELSE (${numberArray(
        LANES.map((l) => l.freight20),
        'int',
      )})[lane_x] END) * (0.85 + 0.4 * ${r(61)}) / 10)::int AS freight_usd`,
    ],
    // The boxes, customs, the SI and the B/L, the debit note (and, now and then, its replacement).
    [
      `t_base + ${seconds('w * f_pick')} AS pick_first`,
      `w * f_spread AS spread_s`,
      `w * f_stuff AS stuff_s`,
      `w * f_gate AS gate_s`,
      `t_base + ${seconds('w * (f_pick + f_spread)')} AS t_picked`,
      `t_base + ${seconds('w * (f_pick + f_spread + f_stuff)')} AS t_stuffed`,
      `t_base + ${seconds('w * (f_pick + f_spread + f_stuff + f_gate)')} AS t_gated`,
    ],
    [
      `t_gated + ${hours('h_decl')} AS t_decl`,
      `CASE WHEN inspected THEN t_gated + ${hours('h_decl + h_flag')} END AS t_flag`,
      `CASE WHEN inspected THEN t_gated + ${hours('h_decl + h_flag + h_clear')} END AS t_clear`,
      `t_gated + ${hours(`h_decl + CASE WHEN inspected THEN h_flag + h_clear ELSE 0 END + h_cust`)} AS t_cust`,
    ],
    [
      `t_cust + ${hours('h_si')} AS t_si`,
      `CASE WHEN revised THEN t_cust + ${hours('h_si + h_si2')} END AS t_si2`,
      `t_cust + ${hours(`h_si + CASE WHEN revised THEN h_si2 ELSE 0 END + h_checked`)} AS t_checked`,
      `t_cust + ${hours(`h_si + CASE WHEN revised THEN h_si2 ELSE 0 END + h_checked + h_draft`)} AS t_draft`,
      `t_cust + ${hours(`h_si + CASE WHEN revised THEN h_si2 ELSE 0 END + h_checked + h_draft + h_dn`)} AS t_dn`,
    ],
    [
      `CASE WHEN replaced THEN t_dn + ${hours('h_n2')} END AS t_n2`,
      `CASE WHEN replaced THEN t_dn + ${hours('h_n2 - h_n2_draft')} END AS t_n2_draft`,
      `CASE WHEN replaced THEN t_dn + ${hours('h_n2')} + ${seconds('s_void')} END AS t_void`,
      `CASE WHEN replaced THEN t_dn + ${hours('h_n2')} ELSE t_dn END AS t_live`,
      `t_dn + ${days(`0.5 + 4.5 * ${r(53)}`)} AS t_relc`,
    ],
    // Payment of the live receivable note: cash clients within days, collect clients around the due date,
    // monthly clients for the whole month after it; a late tail, and a few never.
    [
      `seed_bulk.local_day(t_live) AS issue_day`,
      `seed_bulk.local_day(t_live) + CASE WHEN terms = 'prepaid' THEN 0 ELSE credit_days END AS due_day`,
    ],
    [
      `CASE WHEN never THEN NULL
            WHEN terms = 'prepaid'
              THEN t_live + ${days(`0.1 + 6 * ${r(44)} ^ 3`)}
                   + CASE WHEN late THEN ${days(`20 + 130 * ${r(45)}`)} ELSE interval '0' END
            WHEN terms = 'collect'
              THEN greatest(t_live + interval '1 day', seed_bulk.at_local(due_day, 10 + 6 * ${r(46)}) + ${days(`-10 + 25 * ${r(44)}`)})
                   + CASE WHEN late THEN ${days(`40 + 160 * ${r(45)}`)} ELSE interval '0' END
            -- monthly: a client's notes of a month paid together, on a day and hour of the client's
            ELSE seed_bulk.at_local((date_trunc('month', issue_day) + interval '1 month')::date + credit_days,
                                  10 + 6 * seed_bulk.rnd(client_k * 100000 + ${monthKey('issue_day')}, 48))
                 + ${days(`-3 + 15 * seed_bulk.rnd(client_k * 100000 + ${monthKey('issue_day')}, 47)`)}
       END AS nominal`,
    ],
    // Two-part payments: one in twenty cash or collect notes paid in two instalments; one in ten collect
    // notes paid short (the bank's charges taken off), the rest later or never: the partially paid tail.
    [
      `nominal IS NOT NULL AND terms <> 'monthly' AND ${r(49)} < 0.05 AS instalments`,
      `nominal IS NOT NULL AND terms = 'collect' AND ${r(49)} >= 0.05 AND ${r(75)} < 0.1 AS short_paid`,
    ],
    [
      `CASE WHEN instalments THEN greatest(t_live + interval '2 hours', nominal - ${days(`3 + 10 * ${r(50)}`)})
            WHEN short_paid THEN nominal END AS pay_first`,
      `CASE WHEN NOT short_paid THEN nominal
            WHEN ${r(76)} < 0.5 THEN nominal + ${days(`20 + 100 * ${r(77)}`)} END AS pay_full`,
      `0.4 + 0.4 * ${r(51)} AS first_share`,
      `etd + ${days(`0.5 + 3 * ${r(60)}`)} AS p_created`,
      `CASE WHEN cancelled THEN (${cancelTimes})[cancel_stage]
              + ((${cancelTimes})[cancel_stage + 1] - (${cancelTimes})[cancel_stage]) * (0.1 + 0.8 * ${r(57)})
       END AS t_cancel`,
      `CASE WHEN cancelled THEN (${textArray(CANCEL_REASONS)})[${index(58, CANCEL_REASONS.length)}] END AS cancel_reason`,
    ],
    [
      // Credit clients are released before payment, unless paid first (or, one in seven, held anyway).
      `coalesce(terms = 'prepaid' OR ${r(52)} < 0.15 OR pay_full <= t_relc, false) AS via_paid`,
      `least(${asOf}, coalesce(t_cancel, 'infinity')) AS lim`,
    ],
    [
      `CASE WHEN via_paid THEN pay_full END AS t_paid`,
      `CASE WHEN via_paid THEN pay_full + ${hours(`1 + 20 * ${r(54)}`)} ELSE t_relc END AS t_rel`,
    ],
  ];
  const planned = nest(base, levels);
  await run(
    db,
    `CREATE UNLOGGED TABLE seed_bulk.bulk_ship AS
     SELECT s.*, seed_bulk.uid('shipment', s.n) AS id, ${statusSql()} AS status,
            -- the carrier's numbers, unique by construction (a bijection of the shipment's key)
            left(regexp_replace(s.carrier_code, '[^A-Z]', '', 'g'), 4) || lpad(((s.n * 7919) % 10000000000)::text, 10, '0') AS so_number,
            lpad(((s.n * 104729 + 12345) % 1000000000)::text, 9, '0') AS booking_ref,
            s.owner_code || lpad(((s.n * 15485863) % 10000000000)::text, 10, '0') AS bl_number,
            '5316' || to_char(s.t_decl AT TIME ZONE ${lit(p.timezone)}, 'YYYY') || '1'
              || lpad(((s.n * 7919) % 1000000000)::text, 9, '0') AS declaration_number,
            s.vessel_prefix || ' ' || (${textArray(VESSEL_WORDS)})[s.vessel_word0] AS vessel0,
            s.vessel_prefix || ' ' || (${textArray(VESSEL_WORDS)})[s.vessel_word1] AS vessel1,
            s.voyage_no0 || s.bound AS voyage0,
            s.voyage_no1 || s.bound AS voyage1,
            CASE WHEN s.creator_is_sales THEN s.sales_id ELSE s.operator_id END AS creator_id,
            CASE WHEN s.creator_is_sales THEN s.sales_name ELSE s.operator_name END AS creator_name
       FROM (${planned}) s
      -- in the batches' order, so that a batch reads its rows together
      ORDER BY s.i`,
  );
  await run(db, 'CREATE UNIQUE INDEX ON bulk_ship (i)');
  await run(db, 'ANALYZE bulk_ship');
  await run(db, 'DROP TABLE bulk_seq');
  return p.shipments;
}
