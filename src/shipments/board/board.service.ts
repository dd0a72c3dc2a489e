import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScopeService } from '../../auth/scope.service';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { RequestContext } from '../../common/request-context';
import { nextDay, startOfDayIn } from '../../common/time';
import { boardFlags, mainNextAction } from '../domain/board-flags';
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
import { PAPER_CHECKS, type PaperChecksProvider } from '../paper-checks.port';
import type { BoardCardDto, BoardDto, BoardPartyDto, BoardQueryDto } from './board.dto';

const ACTIVE_STATUSES = SHIPMENT_STATUSES.filter((s) => !TERMINAL_STATUSES.includes(s));
const ATTENTION_LIMIT = 100;

const CARD_COLUMNS = `s.id, s.reference, s.status, s.version, s.client_id, s.carrier_id, s.operator_id, s.pol, s.pod,
  s.vessel, s.voyage, s.etd, s.so_number, s.cutoff_cy, s.cutoff_si, s.cutoff_customs, s.inspection, s.si_revision,
  s.bl_approved_client_revision, s.bl_approved_carrier_revision, s.updated_at`;

/**
 * The caller's filters as SQL over `s`: $1 client, $2 carrier, $3 the clients the caller may see (null: all),
 * $4 assigned operator, $5 POL, $6 POD, $7 and $8 the first and the last instant of the ETD range. Every board
 * query starts from one of the active set's partial indexes (migrations ListIndexes, ShipmentOperator): the
 * predicates below repeat theirs word for word, so the planner can use them.
 */
const FILTERS = `($1::uuid IS NULL OR s.client_id = $1::uuid) AND ($2::uuid IS NULL OR s.carrier_id = $2::uuid)
  AND ($3::uuid[] IS NULL OR s.client_id = ANY($3::uuid[])) AND ($4::uuid IS NULL OR s.operator_id = $4::uuid)
  AND ($5::text IS NULL OR s.pol = $5::text) AND ($6::text IS NULL OR s.pod = $6::text)
  AND ($7::timestamptz IS NULL OR s.etd >= $7::timestamptz) AND ($8::timestamptz IS NULL OR s.etd < $8::timestamptz)`;
const FILTER_COUNT = 8;
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
    private readonly context: RequestContext,
    @Inject(PAPER_CHECKS) private readonly papers: PaperChecksProvider,
  ) {}

  async board(query: BoardQueryDto, now = new Date()): Promise<BoardDto> {
    const scope = await this.scope.clients();
    const tz = this.config.timezone;
    const filters = [
      query.clientId ?? null,
      query.carrierId ?? null,
      scope.all ? null : scope.clientIds,
      query.mine === 'true' ? this.context.actor.id : (query.operatorId ?? null),
      query.pol ?? null,
      query.pod ?? null,
      query.etdFrom ? startOfDayIn(query.etdFrom, tz) : null,
      query.etdTo ? startOfDayIn(nextDay(query.etdTo), tz) : null,
    ];
    const hours = this.config.scheduler.cutoffWarningHours;
    const until = new Date(now.getTime() + hours * 3_600_000);
    const counts: { status: ShipmentStatus; n: number }[] = await this.dataSource.query(
      `SELECT s.status, count(*)::int AS n FROM shipments s WHERE ${ACTIVE} AND ${FILTERS} GROUP BY s.status`,
      filters,
    );
    const columns: CardRow[] = await this.dataSource.query(
      `SELECT c.* FROM unnest($${FILTER_COUNT + 1}::text[]) AS st(status)
         CROSS JOIN LATERAL (
           SELECT ${CARD_COLUMNS} FROM shipments s
            WHERE s.status = st.status AND ${ACTIVE} AND ${FILTERS}
            ORDER BY s.cutoff_cy NULLS LAST, s.id LIMIT $${FILTER_COUNT + 2}) c`,
      [...filters, ACTIVE_STATUSES, query.perStatus ?? 20],
    );
    const attention: CardRow[] = await this.dataSource.query(
      `SELECT ${CARD_COLUMNS} FROM shipments s
        WHERE s.id IN (
                SELECT s.id FROM shipments s WHERE s.status IN (${sqlList(AWAITING_GATE_IN)}) AND s.cutoff_cy <= $${FILTER_COUNT + 1}
                UNION ALL
                SELECT s.id FROM shipments s WHERE s.status IN (${sqlList(AWAITING_SI)}) AND s.cutoff_si <= $${FILTER_COUNT + 1}
                UNION ALL
                SELECT s.id FROM shipments s WHERE s.status IN (${sqlList(AWAITING_CUSTOMS_RELEASE)})
                   AND coalesce(s.cutoff_customs, s.cutoff_cy) <= $${FILTER_COUNT + 2}
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
    const none = {
      boxes: [],
      clients: new Map<string, BoardPartyDto>(),
      carriers: new Map<string, BoardPartyDto>(),
      rolled: [],
    };
    const loaded = ids.length
      ? {
          boxes: await this.dataSource.query<{ shipment_id: string; n: number; gated: number }[]>(
            `SELECT shipment_id, count(*)::int AS n, count(*) FILTER (WHERE status = 'gated_in')::int AS gated
               FROM containers WHERE shipment_id = ANY($1::uuid[]) GROUP BY shipment_id`,
            [ids],
          ),
          clients: await this.parties(
            'clients',
            rows.map((r) => r.client_id),
          ),
          carriers: await this.parties(
            'carriers',
            rows.flatMap((r) => (r.carrier_id ? [r.carrier_id] : [])),
          ),
          rolled: await this.dataSource.query<{ shipment_id: string }[]>(
            `SELECT DISTINCT shipment_id FROM shipment_events WHERE shipment_id = ANY($1::uuid[]) AND type = 'rolled'`,
            [ids],
          ),
        }
      : none;
    const { clients, carriers } = loaded;
    const wasRolled = new Set(loaded.rolled.map((r) => r.shipment_id));
    const unique = [...new Map(rows.map((r) => [r.id, r])).values()];
    const missingPapers = await this.papers.missingCounts(
      this.dataSource.manager,
      unique.map((r) => ({
        id: r.id,
        clientId: r.client_id,
        carrierId: r.carrier_id,
        action: mainNextAction(r.status, r.inspection),
      })),
    );
    const boxes = loaded.boxes;
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
      operatorId: r.operator_id,
      flags: boardFlags(
        {
          status: r.status,
          cutoffCy: r.cutoff_cy,
          cutoffSi: r.cutoff_si,
          cutoffCustoms: r.cutoff_customs,
          inspection: r.inspection,
          siRevision: r.si_revision,
          blApprovedClientRevision: r.bl_approved_client_revision,
          blApprovedCarrierRevision: r.bl_approved_carrier_revision,
          rolled: wasRolled.has(r.id),
        },
        now,
        hours,
      ),
      nextAction: mainNextAction(r.status, r.inspection),
      missingPapers: missingPapers.get(r.id) ?? 0,
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
  operator_id: string | null;
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
  si_revision: number;
  bl_approved_client_revision: number | null;
  bl_approved_carrier_revision: number | null;
  updated_at: Date;
}
