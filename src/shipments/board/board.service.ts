import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScopeService } from '../../auth/scope.service';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { boardFlags } from '../domain/board-flags';
import {
  AWAITING_CUSTOMS_RELEASE,
  AWAITING_GATE_IN,
  AWAITING_SI,
  SHIPMENT_STATUSES,
  sqlList,
  TERMINAL_STATUSES,
  type InspectionState,
  type ShipmentStatus,
} from '../domain/shipment-status';
import type { BoardCardDto, BoardDto, BoardPartyDto, BoardQueryDto } from './board.dto';

const ACTIVE_STATUSES = SHIPMENT_STATUSES.filter((s) => !TERMINAL_STATUSES.includes(s));
const ATTENTION_LIMIT = 100;

const CARD_COLUMNS = `s.id, s.reference, s.status, s.version, s.client_id, s.carrier_id, s.pol, s.pod, s.vessel,
  s.voyage, s.etd, s.so_number, s.cutoff_cy, s.cutoff_si, s.cutoff_customs, s.inspection, s.updated_at`;

/**
 * The caller's filters as SQL over `s`: $1 client, $2 carrier, $3 the clients the caller may see (null: all).
 * Every board query starts from one of the active set's partial indexes (migration ListIndexes): the
 * predicates below repeat theirs word for word, so the planner can use them.
 */
const FILTERS = `($1::uuid IS NULL OR s.client_id = $1::uuid) AND ($2::uuid IS NULL OR s.carrier_id = $2::uuid)
  AND ($3::uuid[] IS NULL OR s.client_id = ANY($3::uuid[]))`;
const ACTIVE = `s.status NOT IN (${sqlList(TERMINAL_STATUSES)})`;

/**
 * The operator's board: every active stage with its count and its most urgent shipments, and the shipments
 * that need someone now (a cut-off soon or passed with its work not done, an inspection).
 */
@Injectable()
export class BoardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scope: ScopeService,
  ) {}

  async board(query: BoardQueryDto, now = new Date()): Promise<BoardDto> {
    const scope = await this.scope.clients();
    const filters = [query.clientId ?? null, query.carrierId ?? null, scope.all ? null : scope.clientIds];
    const hours = this.config.scheduler.cutoffWarningHours;
    const until = new Date(now.getTime() + hours * 3_600_000);
    const counts: { status: ShipmentStatus; n: number }[] = await this.dataSource.query(
      `SELECT s.status, count(*)::int AS n FROM shipments s WHERE ${ACTIVE} AND ${FILTERS} GROUP BY s.status`,
      filters,
    );
    const columns: CardRow[] = await this.dataSource.query(
      `SELECT c.* FROM unnest($4::text[]) AS st(status)
         CROSS JOIN LATERAL (
           SELECT ${CARD_COLUMNS} FROM shipments s
            WHERE s.status = st.status AND ${ACTIVE} AND ${FILTERS}
            ORDER BY s.cutoff_cy NULLS LAST, s.id LIMIT $5) c`,
      [...filters, ACTIVE_STATUSES, query.perStatus ?? 20],
    );
    const attention: CardRow[] = await this.dataSource.query(
      `SELECT ${CARD_COLUMNS} FROM shipments s
        WHERE s.id IN (
                SELECT s.id FROM shipments s WHERE s.status IN (${sqlList(AWAITING_GATE_IN)}) AND s.cutoff_cy <= $4
                UNION ALL
                SELECT s.id FROM shipments s WHERE s.status IN (${sqlList(AWAITING_SI)}) AND s.cutoff_si <= $4
                UNION ALL
                SELECT s.id FROM shipments s WHERE s.status IN (${sqlList(AWAITING_CUSTOMS_RELEASE)})
                   AND coalesce(s.cutoff_customs, s.cutoff_cy) <= $5
                UNION ALL
                SELECT s.id FROM shipments s WHERE ${ACTIVE} AND s.inspection = 'pending')
          AND ${FILTERS}
        ORDER BY least(s.cutoff_cy, s.cutoff_si, s.cutoff_customs) NULLS LAST, s.id
        LIMIT ${ATTENTION_LIMIT}`,
      [...filters, until, now],
    );
    const card = await this.cards([...columns, ...attention], now, hours);
    const byStatus = new Map(counts.map((c) => [c.status, c.n]));
    return {
      at: now.toISOString(),
      cutoffWarningHours: hours,
      columns: ACTIVE_STATUSES.map((status) => ({
        status,
        count: byStatus.get(status) ?? 0,
        items: columns.filter((r) => r.status === status).map(card),
      })),
      attention: attention.map(card),
    };
  }

  /** What the cards show besides the shipment's own row, loaded once for all of them. */
  private async cards(rows: CardRow[], now: Date, hours: number): Promise<(row: CardRow) => BoardCardDto> {
    const ids = [...new Set(rows.map((r) => r.id))];
    const [boxes, clients, carriers] = ids.length
      ? await Promise.all([
          this.dataSource.query<{ shipment_id: string; n: number; gated: number }[]>(
            `SELECT shipment_id, count(*)::int AS n, count(*) FILTER (WHERE status = 'gated_in')::int AS gated
               FROM containers WHERE shipment_id = ANY($1::uuid[]) GROUP BY shipment_id`,
            [ids],
          ),
          this.parties(
            'clients',
            rows.map((r) => r.client_id),
          ),
          this.parties(
            'carriers',
            rows.flatMap((r) => (r.carrier_id ? [r.carrier_id] : [])),
          ),
        ])
      : [[], new Map<string, BoardPartyDto>(), new Map<string, BoardPartyDto>()];
    const boxesOf = new Map(boxes.map((b) => [b.shipment_id, b]));
    return (r) => ({
      id: r.id,
      reference: r.reference,
      status: r.status,
      version: r.version,
      client: clients.get(r.client_id)!,
      carrier: r.carrier_id ? (carriers.get(r.carrier_id) ?? null) : null,
      pol: r.pol,
      pod: r.pod,
      vessel: r.vessel,
      voyage: r.voyage,
      etd: r.etd?.toISOString() ?? null,
      soNumber: r.so_number,
      cutoffCy: r.cutoff_cy?.toISOString() ?? null,
      cutoffSi: r.cutoff_si?.toISOString() ?? null,
      cutoffCustoms: r.cutoff_customs?.toISOString() ?? null,
      inspection: r.inspection,
      containers: boxesOf.get(r.id)?.n ?? 0,
      containersGatedIn: boxesOf.get(r.id)?.gated ?? 0,
      flags: boardFlags(
        {
          status: r.status,
          cutoffCy: r.cutoff_cy,
          cutoffSi: r.cutoff_si,
          cutoffCustoms: r.cutoff_customs,
          inspection: r.inspection,
        },
        now,
        hours,
      ),
      updatedAt: r.updated_at.toISOString(),
    });
  }

  private async parties(table: 'clients' | 'carriers', ids: string[]): Promise<Map<string, BoardPartyDto>> {
    if (!ids.length) return new Map();
    const rows: BoardPartyDto[] = await this.dataSource.query(
      `SELECT id, code, name FROM ${table} WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((p) => [p.id, p]));
  }
}

interface CardRow {
  id: string;
  reference: string;
  status: ShipmentStatus;
  version: number;
  client_id: string;
  carrier_id: string | null;
  pol: string;
  pod: string;
  vessel: string | null;
  voyage: string | null;
  etd: Date | null;
  so_number: string | null;
  cutoff_cy: Date | null;
  cutoff_si: Date | null;
  cutoff_customs: Date | null;
  inspection: InspectionState;
  updated_at: Date;
}
