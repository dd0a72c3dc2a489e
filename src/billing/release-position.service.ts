import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ApprovalsService } from '../approvals/approvals.service';
import { ScopeService } from '../auth/scope.service';
import { Money, type CurrencyCode, type MoneyJson } from '../common/money';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { BILLING_FACTS, type BillingFactsProvider } from '../shipments/billing-facts.port';
import { ShipmentsService } from '../shipments/shipments.service';
import { loadCreditPosition } from './credit-position';
import { creditBlockerReasons, daysBetween, type CreditPosition } from './domain/debit-note-math';
import type { CreditPositionDto, ReleaseBlockerDto, ReleasePositionDto } from './dto/release-position.dto';

/**
 * Why a B/L can or cannot be released (docs/domain.md step 13), in codes a screen can say in its reader's
 * language. `releasable` is the release guard's own answer (the BILLING_FACTS port the shipment machine asks),
 * so the screen never judges differently from the action; the reasons and the credit position come from the
 * same figures (credit-position.ts, creditBlockerReasons).
 */
@Injectable()
export class ReleasePositionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(BILLING_FACTS) private readonly billingFacts: BillingFactsProvider,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly shipments: ShipmentsService,
    private readonly approvals: ApprovalsService,
    private readonly scope: ScopeService,
  ) {}

  /** The release position of a shipment in the caller's scope (404 outside it). */
  async forShipment(shipmentId: string): Promise<ReleasePositionDto> {
    const shipment = await this.shipments.get(shipmentId);
    const latest = await this.approvals.list({ shipmentId, type: 'release_before_payment', limit: 1 });
    const approval = latest.items[0] ?? null;
    return this.dataSource.transaction(async (em) => {
      const facts = await this.billingFacts.factsFor(em, shipment);
      const position = await loadCreditPosition(em, shipment.clientId, this.config);
      const credit = this.creditOf(shipment.clientId, position);
      const base = { shipmentId, status: shipment.status, credit, approval };
      if (shipment.status === 'paid') return { ...base, releasable: true, basis: 'paid', blockers: [] };
      if (shipment.status !== 'debit_noted') {
        return {
          ...base,
          releasable: false,
          basis: null,
          blockers: [
            { code: 'not_awaiting_payment', message: `a ${shipment.status} shipment's B/L is not released` },
          ],
        };
      }
      if (facts.releaseBeforePaymentBlockers.length === 0) {
        return {
          ...base,
          releasable: true,
          basis:
            approval?.status === 'approved' || (await this.anyApproved(em, shipmentId))
              ? 'approval'
              : 'credit',
          blockers: [],
        };
      }
      const blockers: ReleaseBlockerDto[] = [
        {
          code: 'not_paid',
          message: `${facts.unpaidReceivableNotes} issued debit note(s) of the shipment are unpaid`,
          unpaidNotes: facts.unpaidReceivableNotes,
        },
        ...creditBlockerReasons(position).map((b): ReleaseBlockerDto => {
          if (b.code === 'over_credit_limit') {
            return {
              code: b.code,
              message: b.message,
              open: b.open.toJSON(),
              creditLimit: b.creditLimit.toJSON(),
            };
          }
          if (b.code === 'overdue') {
            const { code, message, number, dueDate, daysOverdue } = b;
            return { code, message, number, dueDate, daysOverdue };
          }
          return { code: b.code, message: b.message };
        }),
      ];
      if (approval?.status === 'pending' || approval?.status === 'rejected') {
        blockers.push({
          code: approval.status === 'pending' ? 'approval_pending' : 'approval_rejected',
          message: `the release_before_payment approval ${approval.id} is ${approval.status}`,
          approvalId: approval.id,
        });
      }
      return { ...base, releasable: false, basis: null, blockers };
    });
  }

  /** A client's credit position, for a client in the caller's scope (404 outside it). */
  async forClient(clientId: string): Promise<CreditPositionDto> {
    await this.scope.require(clientId, 'Client');
    return this.creditOf(clientId, await loadCreditPosition(this.dataSource.manager, clientId, this.config));
  }

  private async anyApproved(em: EntityManager, shipmentId: string): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `SELECT 1 FROM approvals WHERE shipment_id = $1 AND type = 'release_before_payment' AND state = 'approved' LIMIT 1`,
      [shipmentId],
    );
    return rows.length > 0;
  }

  private creditOf(clientId: string, p: CreditPosition): CreditPositionDto {
    const overdue = p.openNotes.filter((n) => daysBetween(n.dueDate, p.today) > 0);
    return {
      clientId,
      paymentTerms: p.terms,
      creditLimit: p.creditLimit?.toJSON() ?? null,
      creditDays: p.creditDays,
      open: sumsByCurrency(p.openNotes.map((n) => n.balance)),
      overdue: sumsByCurrency(overdue.map((n) => n.balance)),
      openNotes: p.openNotes.length,
      overdueNotes: overdue.length,
      overLimit: creditBlockerReasons(p).some((b) => b.code === 'over_credit_limit'),
      asOf: p.today,
    };
  }
}

/** The amounts summed per currency, in the order each currency first appears. */
function sumsByCurrency(amounts: readonly Money[]): MoneyJson[] {
  const sums = new Map<CurrencyCode, Money>();
  for (const m of amounts) sums.set(m.currency, (sums.get(m.currency) ?? Money.zero(m.currency)).add(m));
  return [...sums.values()].map((m) => m.toJSON());
}
