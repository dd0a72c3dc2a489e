import type { Client } from 'pg';
import { insertStaged, lit, run, textArray } from './sql';
import { eventCountSql, fromStatusSql, lastEventSql, seqSql, STAGES } from './stages';
import { CONTAINER_COUNTS, LANES } from './vocabulary';

/** Container `j` of plan row `s`: its own key (for its id and its random values). */
const boxKey = (j: string): string => `(s.n * 16 + ${j})`;

/** The number of the j-th box of shipment s, from its carrier's running count (needs bulk_carriers kc). */
export const boxNumber = (j: string): string =>
  `seed_bulk.box_number(kc.owner_code, kc.owner_sum, seed_bulk.box_serial(s.box_base + ${j} - 1))`;
export const sealNumber = (j: string): string =>
  `kc.seal_prefix || lpad(floor(seed_bulk.rnd(${boxKey(j)}, 305) * 100000000)::bigint::text, 8, '0')`;
const packages = (j: string): string => `(100 + floor(seed_bulk.rnd(${boxKey(j)}, 301) * 1100))::int`;
/** Gross weight to the half kilo: 7-20 t in a 20' box, 9-25 t in a 40' (counted in half kilos). */
const grossKg = (j: string): string =>
  `((CASE WHEN s.big THEN 18000 + floor(32000 * seed_bulk.rnd(${boxKey(j)}, 302))
          ELSE 14000 + floor(26000 * seed_bulk.rnd(${boxKey(j)}, 302)) END)::int::numeric / 2)::numeric(12, 3)`;

/** Boxes per shipment at most (vocabulary.ts). */
const MAX_BOXES = Math.max(...CONTAINER_COUNTS.map((c) => c.count));

/**
 * The batch's shipments, each with its boxes (a join on a constant set: no function call per shipment) and
 * the times of box j: picked up one after another, each stuffed and gated in within the shipment's span.
 * The last box moves when the shipment's all-picked-up (stuffed, gated-in) step says; the others before.
 * Times as epoch seconds (float8 keeps microseconds): interval arithmetic costs several times more.
 */
const boxesOf = `
  (SELECT s.*, b.j,
          CASE WHEN b.j = s.k THEN s.t_picked
               ELSE to_timestamp(date_part('epoch', s.pick_first) + s.spread_s * (b.j - 1) / greatest(s.k - 1, 1)) END AS pick,
          CASE WHEN b.j = s.k THEN s.t_stuffed
               ELSE to_timestamp(date_part('epoch', s.pick_first) + s.spread_s * (b.j - 1) / greatest(s.k - 1, 1)
                                 + s.stuff_s * (0.5 + 0.5 * seed_bulk.rnd(${boxKey('b.j')}, 303))) END AS stuffed,
          CASE WHEN b.j = s.k THEN s.t_gated
               ELSE to_timestamp(date_part('epoch', s.pick_first) + s.spread_s * (b.j - 1) / greatest(s.k - 1, 1)
                                 + s.stuff_s * (0.5 + 0.5 * seed_bulk.rnd(${boxKey('b.j')}, 303))
                                 + s.gate_s * (0.5 + 0.5 * seed_bulk.rnd(${boxKey('b.j')}, 304))) END AS gated
     FROM bulk_ship s JOIN generate_series(1, ${MAX_BOXES}) b(j) ON b.j <= s.k
    WHERE s.i BETWEEN $1 AND $2)`;

const consignee = `(ARRAY[${LANES.map((l) => textArray(l.consignees).replace('::text[]', '')).join(', ')}]::text[])[s.lane_x][1 + floor(seed_bulk.rnd(s.n, 74) * 3)::int]`;

/** CASE on a 1-based number, picking the expression at that place. */
const caseOf = (on: string, values: readonly string[]): string =>
  `CASE ${on} ${values.map((v, i) => `WHEN ${i + 1} THEN ${v}`).join(' ')} END`;

/** What happened before the shipment's limit (the as-of moment, or its cancellation). */
const by = (column: string): string => `(s.${column} <= s.lim)`;

/**
 * The shipments as they stand at the as-of moment: each field set by the stages that happened (the S/O's
 * numbers and cut-offs, the vessel after a roll, the declaration, the SI, the B/L number…). `operatorId`:
 * the column exists (migration ShipmentOperator): the shipment's operator is assigned.
 */
export async function insertShipments(
  db: Client,
  lo: number,
  hi: number,
  { operatorId }: { operatorId: boolean },
): Promise<number> {
  const rolledBy = by('t_roll');
  return insertStaged(
    db,
    `INSERT INTO shipments (id, reference, status, version, client_id, carrier_id, pol, pod, commodity, freight_term,
                            agreed_rate_minor, agreed_rate_currency, vessel, voyage, etd, so_number,
                            carrier_booking_reference, cutoff_cy, cutoff_si, cutoff_customs, cutoff_vgm,
                            declaration_number, inspection, inspection_fee_minor, inspection_fee_currency,
                            si_revision, shipping_instructions, bl_approved_client_revision,
                            bl_approved_carrier_revision, bl_number, release_mode, cancel_reason, created_by_id,
                            created_at, updated_at${operatorId ? ', operator_id' : ''})
     SELECT s.id, s.reference, s.status, ${eventCountSql()}, c.id,
            CASE WHEN s.carrier_at_booking OR ${by('t_space')} THEN kc.id END,
            s.pol, s.pod, s.commodity, s.freight_term,
            CASE WHEN s.has_rate THEN s.freight_usd * 100 END, CASE WHEN s.has_rate THEN 'USD' END,
            CASE WHEN ${by('t_so')} THEN CASE WHEN ${rolledBy} THEN s.vessel1 ELSE s.vessel0 END END,
            CASE WHEN ${by('t_so')} THEN CASE WHEN ${rolledBy} THEN s.voyage1 ELSE s.voyage0 END END,
            CASE WHEN ${by('t_so')} THEN CASE WHEN ${rolledBy} THEN s.etd ELSE s.etd0 END END,
            CASE WHEN ${by('t_so')} THEN s.so_number END,
            CASE WHEN ${by('t_so')} THEN s.booking_ref END,
            ${['cy', 'si', 'customs', 'vgm']
              .map(
                (name) => `CASE WHEN ${by('t_so')}
                  THEN s.cutoff_${name} - CASE WHEN ${rolledBy} THEN interval '0' ELSE s.roll_shift END END`,
              )
              .join(', ')},
            CASE WHEN ${by('t_decl')} THEN s.declaration_number END,
            CASE WHEN ${by('t_clear')} THEN 'cleared' WHEN ${by('t_flag')} THEN 'pending' ELSE 'none' END,
            CASE WHEN ${by('t_flag')} THEN 55000 END, CASE WHEN ${by('t_flag')} THEN 'CNY' END,
            CASE WHEN ${by('t_si2')} THEN 2 WHEN ${by('t_si')} THEN 1 ELSE 0 END,
            CASE WHEN ${by('t_si')} THEN jsonb_build_object(
              'shipper', jsonb_build_object('name', c.name, 'address', coalesce(c.address, c.name)),
              'consignee', jsonb_build_object('name', ${consignee}, 'address', 'Import warehouse, ' || s.pod),
              'notifyParty', NULL,
              'marks', 'N/M',
              'description', cargo.packages || ' CARTONS OF ' || upper(s.commodity),
              'packages', cargo.packages,
              'grossWeightKg', cargo.gross::text,
              'measurementCbm', round((s.k * (CASE WHEN s.big THEN 60 ELSE 30 END)
                                       * (0.85 + 0.2 * seed_bulk.rnd(s.n, 73)))::numeric, 3)::text,
              'blType', s.bl_type) END,
            CASE WHEN ${by('t_checked')} THEN CASE WHEN ${by('t_si2')} THEN 2 ELSE 1 END END,
            CASE WHEN ${by('t_checked')} THEN CASE WHEN ${by('t_si2')} THEN 2 ELSE 1 END END,
            CASE WHEN ${by('t_checked')} THEN s.bl_number END,
            CASE WHEN ${by('t_rel')} THEN s.bl_type END,
            CASE WHEN ${by('t_cancel')} THEN s.cancel_reason END,
            s.creator_id, s.t0, ${lastEventSql()}${operatorId ? ', s.operator_id' : ''}
       FROM bulk_ship s
       JOIN bulk_clients c ON c.k = s.client_k
       JOIN bulk_carriers kc ON kc.k = s.carrier_k
       CROSS JOIN LATERAL (SELECT sum(${packages('j')}) AS packages, sum(${grossKg('j')}) AS gross
                             FROM generate_series(1, s.k) j) cargo
      WHERE s.i BETWEEN $1 AND $2`,
    [lo, hi],
  );
}

/**
 * The boxes: planned at booking; numbered and sealed at pickup; weighed at stuffing; gated in. Boxes of a
 * finished shipment are no longer active, so only the live ones must have numbers unique among themselves
 * (uq_containers_active_number); the numbers here are unique anyway, a carrier's million at a time.
 */
export async function insertContainers(db: Client, lo: number, hi: number): Promise<number> {
  const at = (column: string): string => `(s.${column} <= s.lim)`;
  return insertStaged(
    db,
    `INSERT INTO containers (id, shipment_id, seq, type, status, active, container_number, seal_number,
                             picked_up_at, stuffed_at, gated_in_at, packages, gross_weight_kg, vgm_kg, terminal)
     SELECT seed_bulk.uid('container', ${boxKey('s.j')}), s.id, s.j, s.ctype,
            CASE WHEN ${at('gated')} THEN 'gated_in' WHEN ${at('stuffed')} THEN 'stuffed'
                 WHEN ${at('pick')} THEN 'picked_up' ELSE 'planned' END,
            s.status NOT IN ('released', 'cancelled'),
            CASE WHEN ${at('pick')} THEN ${boxNumber('s.j')} END,
            CASE WHEN ${at('pick')} THEN ${sealNumber('s.j')} END,
            CASE WHEN ${at('pick')} THEN s.pick END,
            CASE WHEN ${at('stuffed')} THEN s.stuffed END,
            CASE WHEN ${at('gated')} THEN s.gated END,
            CASE WHEN ${at('stuffed')} THEN ${packages('s.j')} END,
            CASE WHEN ${at('stuffed')} THEN ${grossKg('s.j')} END,
            -- the verified gross mass: cargo and the box's tare
            CASE WHEN ${at('stuffed')} THEN ${grossKg('s.j')} + CASE WHEN s.big THEN 3800 ELSE 2200 END END,
            CASE WHEN ${at('gated')} THEN s.terminal END
       FROM ${boxesOf} s
       JOIN bulk_carriers kc ON kc.k = s.carrier_k`,
    [lo, hi],
  );
}

/**
 * The history (stages.ts): the stages that happened, numbered 1..k in order, each by its actor. The
 * candidate stages are only times and numbers; what an event says (type, statuses, data) is read by its
 * stage's place, so that the data of the stages a shipment never reached is never built.
 */
export async function insertEvents(db: Client, lo: number, hi: number): Promise<number> {
  const byStage = (value: (stage: (typeof STAGES)[number]) => string): string =>
    `(ARRAY[${STAGES.map(value).join(', ')}])[e.ord]`;
  const special = STAGES.flatMap((stage, i) =>
    stage.from === 'cancel-stage' || stage.from === 'release-from'
      ? [`WHEN ${i + 1} THEN ${fromStatusSql(stage)}`]
      : [],
  );
  const from = `CASE e.ord ${special.join(' ')} ELSE ${byStage((stage) =>
    stage.from === null ? 'NULL::text' : stage.from.includes('-') ? 'NULL::text' : lit(stage.from),
  )} END`;
  const to = `CASE WHEN ${byStage((stage) => (stage.to === null ? 'true' : 'false'))} THEN ${from}
                   ELSE ${byStage((stage) => (stage.to === null ? 'NULL::text' : lit(stage.to)))} END`;
  const data = `CASE e.ord ${STAGES.flatMap((stage, i) => (stage.data ? [`WHEN ${i + 1} THEN ${stage.data}`] : [])).join('\n')}
                ELSE '{}'::jsonb END`;
  const actor = byStage((stage) => lit(stage.actor));
  return run(
    db,
    `INSERT INTO shipment_events (shipment_id, seq, type, from_status, to_status, dcsa_code, actor_id, actor_name,
                                  at, data)
     SELECT s.id, e.seq, ${byStage((stage) => lit(stage.type))}, ${from}, ${to},
            ${byStage((stage) => (stage.dcsa ? lit(stage.dcsa) : 'NULL::text'))},
            CASE ${actor} WHEN 'op' THEN op.id WHEN 'acc' THEN acc.id ELSE s.creator_id END,
            CASE ${actor} WHEN 'op' THEN op.name WHEN 'acc' THEN acc.name ELSE s.creator_name END,
            e.at, ${data}
       FROM bulk_ship s
       JOIN bulk_carriers kc ON kc.k = s.carrier_k
       JOIN bulk_staff op ON op.role = 'operator' AND op.k = s.op_k
       JOIN bulk_staff acc ON acc.role = 'accounts' AND acc.k = s.acc_k
       -- each shipment against every stage (a constant set, read once); the stage's time and number by CASE
       -- (a LATERAL VALUES list would compile its expressions again for every shipment)
       CROSS JOIN LATERAL (SELECT o.ord, ${caseOf(
         'o.ord',
         STAGES.map((stage) => stage.at),
       )} AS at,
                                  ${caseOf(
                                    'o.ord',
                                    STAGES.map((_, i) => seqSql(i)),
                                  )} AS seq
                             FROM generate_series(1, ${STAGES.length}) o(ord)) e
      WHERE s.i BETWEEN $1 AND $2 AND e.at <= s.lim`,
    [lo, hi],
  );
}
