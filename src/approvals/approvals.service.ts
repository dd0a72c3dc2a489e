import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ScopeService } from '../auth/scope.service';
import { ClientsService } from '../clients/clients.service';
import { Client } from '../clients/entities/client.entity';
import { floorBreaches } from '../floor-prices/below-floor';
import {
  ForbiddenError,
  NotFoundError,
  ValidationFailedError,
  InvalidReferenceError,
  RequirementsUnmetError,
} from '../common/errors/app-error';
import { keyset, keysetPage, Page } from '../common/pagination';
import { writeVersioned } from '../common/database/versioned-write';
import { RequestContext } from '../common/request-context';
import { formatMoney } from '../documents/domain/document-format';
import { NoticesService } from '../notifications/notices.service';
import { Shipment } from '../shipments/entities/shipment.entity';
import { ShipmentsService } from '../shipments/shipments.service';
import { ApprovalListQueryDto, ApprovalDto, RequestApprovalDto } from './dto/approval.dto';
import { ApprovalDecidedError } from './approvals.errors';
import { Approval, type ApprovalDetails } from './entities/approval.entity';

/**
 * Approvals (docs/domain.md "Authority"): work beyond someone's authority is asked of a manager and decided on
 * the record. Only managers and admins decide, never on their own request; every step is a shipment event
 * when the approval concerns a shipment.
 */
const NEWEST_FIRST = keyset<Approval>('DESC', [
  { column: 'a.createdAt', part: 'time', of: (a) => a.createdAt },
  { column: 'a.id', part: 'uuid', of: (a) => a.id },
]);

@Injectable()
export class ApprovalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shipments: ShipmentsService,
    private readonly context: RequestContext,
    private readonly audit: AuditService,
    private readonly scope: ScopeService,
    private readonly clients: ClientsService,
    private readonly notices: NoticesService,
  ) {}

  async request(dto: RequestApprovalDto): Promise<ApprovalDto> {
    if (
      (dto.type === 'release_before_payment' ||
        dto.type === 'void_after_release' ||
        dto.type === 'below_floor_price') &&
      !dto.shipmentId
    ) {
      throw ValidationFailedError.field('shipmentId', `a ${dto.type} approval is for one shipment`);
    }
    // A credit_terms approval carries the terms it asks for, checked as the client's own fields.
    if (dto.type === 'credit_terms' && !dto.clientId)
      throw ValidationFailedError.field('clientId', 'a credit_terms approval is for one client');
    if (dto.type === 'credit_terms' && !dto.creditTerms)
      throw ValidationFailedError.field('creditTerms', 'a credit_terms approval names the terms it asks for');
    if (dto.type !== 'credit_terms' && dto.creditTerms)
      throw ValidationFailedError.field('creditTerms', 'only a credit_terms approval carries credit terms');
    const creditTerms = dto.creditTerms ? this.clients.requestedCreditTerms(dto.creditTerms) : null;
    const actor = this.context.actor;
    return this.dataSource.transaction(async (em) => {
      let clientId = dto.clientId ?? null;
      if (dto.shipmentId) {
        const shipment = await em.findOneBy(Shipment, { id: dto.shipmentId });
        if (!shipment || !(await this.scope.includes(shipment.clientId, em))) {
          throw new InvalidReferenceError('shipmentId', 'no such shipment');
        }
        if (clientId && clientId !== shipment.clientId)
          throw new InvalidReferenceError('clientId', "not the shipment's client");
        clientId = shipment.clientId;
      } else if (
        clientId &&
        (!(await em.existsBy(Client, { id: clientId })) || !(await this.scope.includes(clientId, em)))
      ) {
        throw new InvalidReferenceError('clientId', 'no such client');
      }
      let details: ApprovalDetails | null = creditTerms ? { creditTerms } : null;
      if (dto.type === 'below_floor_price') {
        // Asked when a floor holds the booking: the context is the server's, not the requester's word.
        const held = await em.findOneBy(Shipment, { id: dto.shipmentId! });
        const breaches = held?.status === 'booking' ? await floorBreaches(em, held.id) : [];
        if (breaches.length === 0) {
          throw new RequirementsUnmetError(
            [
              'a booking not yet confirmed whose agreed rate is under a floor price for its lane and a container type it books',
            ],
            'Nothing to approve',
          );
        }
        details = { belowFloor: breaches[0]! };
      }
      const approval = await em.save(
        em.create(Approval, {
          type: dto.type,
          details,
          shipmentId: dto.shipmentId ?? null,
          clientId,
          reason: dto.reason,
          requestedById: actor.id,
          requestedByName: actor.name,
        }),
      );
      await this.recordOnShipment(em, approval, 'approval_requested');
      const [named] = await this.withNames(em, [approval]);
      // The managers who can decide it hear of it in the same transaction (the outbox sends after commit).
      await this.notices.approvalWaiting(
        em,
        { ...approval, details: describeDetails(details) },
        {
          ...APPROVAL_TYPE_NAMES[approval.type],
          subject:
            [named!.shipmentReference, named!.clientName].filter((x): x is string => !!x).join(' · ') || null,
        },
      );
      return named!;
    });
  }

  approve(id: string, note?: string): Promise<ApprovalDto> {
    return this.decide(id, 'approved', note);
  }

  reject(id: string, note?: string): Promise<ApprovalDto> {
    return this.decide(id, 'rejected', note);
  }

  async get(id: string): Promise<ApprovalDto> {
    const approval = await this.dataSource.getRepository(Approval).findOneBy({ id });
    if (!approval || !(await this.scope.includesApproval(approval))) throw new NotFoundError('Approval');
    return (await this.withNames(this.dataSource.manager, [approval]))[0]!;
  }

  async list(query: ApprovalListQueryDto): Promise<Page<ApprovalDto>> {
    const qb = this.dataSource.getRepository(Approval).createQueryBuilder('a');
    if (query.state) qb.andWhere('a.state = :state', { state: query.state });
    if (query.type) qb.andWhere('a.type = :type', { type: query.type });
    if (query.shipmentId) qb.andWhere('a.shipmentId = :shipmentId', { shipmentId: query.shipmentId });
    if (query.clientId) qb.andWhere('a.clientId = :clientId', { clientId: query.clientId });
    if (query.decided) qb.andWhere(query.decided === 'true' ? "a.state <> 'pending'" : "a.state = 'pending'");
    const scope = await this.scope.approvalsCondition('a');
    qb.andWhere(scope.sql, scope.params);
    return keysetPage(qb, query, NEWEST_FIRST, (rows) => this.withNames(this.dataSource.manager, rows));
  }

  /**
   * How many pending approvals await the caller: in their scope (as the list), not asked by themself (no one
   * decides their own request). One indexed count, for the console header's badge.
   */
  async pendingCount(): Promise<number> {
    const qb = this.dataSource
      .getRepository(Approval)
      .createQueryBuilder('a')
      .where("a.state = 'pending'")
      .andWhere('a.requestedById <> :me', { me: this.context.actor.id });
    const scope = await this.scope.approvalsCondition('a');
    qb.andWhere(scope.sql, scope.params);
    return qb.getCount();
  }

  /** The approvals as answers, with their shipment's reference and client's name (one query each, not per row). */
  private async withNames(em: EntityManager, approvals: readonly Approval[]): Promise<ApprovalDto[]> {
    const shipmentIds = [...new Set(approvals.flatMap((a) => (a.shipmentId ? [a.shipmentId] : [])))];
    const clientIds = [...new Set(approvals.flatMap((a) => (a.clientId ? [a.clientId] : [])))];
    const shipments = shipmentIds.length
      ? await em.find(Shipment, { where: { id: In(shipmentIds) }, select: { id: true, reference: true } })
      : [];
    const clients = clientIds.length
      ? await em.find(Client, { where: { id: In(clientIds) }, select: { id: true, code: true, name: true } })
      : [];
    const references = new Map(shipments.map((x) => [x.id, x.reference]));
    const byId = new Map(clients.map((c) => [c.id, c]));
    return approvals.map((a) => {
      const client = a.clientId ? byId.get(a.clientId) : undefined;
      return ApprovalDto.from(a, {
        shipmentReference: a.shipmentId ? references.get(a.shipmentId) : null,
        clientCode: client?.code,
        clientName: client?.name,
      });
    });
  }

  private async decide(id: string, state: 'approved' | 'rejected', note?: string): Promise<ApprovalDto> {
    const actor = this.context.actor;
    return this.dataSource.transaction(async (em) => {
      const approval = await em.findOne(Approval, { where: { id }, lock: { mode: 'pessimistic_write' } });
      // Outside the actor's scope an approval does not exist, to decide or otherwise.
      if (!approval || !(await this.scope.includesApproval(approval, em)))
        throw new NotFoundError('Approval');
      if (approval.state !== 'pending') throw new ApprovalDecidedError(approval.state);
      if (approval.requestedById === actor.id) throw new ForbiddenError('No one decides their own request');
      // Locked above and pending: the version check holds, and guards against a lost update all the same.
      await writeVersioned(em, Approval, approval, {
        state,
        decidedById: actor.id,
        decidedByName: actor.name,
        decidedAt: new Date(),
        decisionNote: note ?? null,
      });
      const saved = await em.findOneByOrFail(Approval, { id });
      // An approved credit_terms approval sets the terms it asked for, in this transaction (rechecked now).
      if (state === 'approved' && saved.type === 'credit_terms' && saved.clientId && saved.details) {
        if ('creditTerms' in saved.details) {
          await this.clients.applyApprovedCreditTerms(em, saved.clientId, saved.details.creditTerms, {
            id: saved.id,
            requestedBy: { id: saved.requestedById, name: saved.requestedByName },
          });
        }
      }
      await this.recordOnShipment(
        em,
        saved,
        state === 'approved' ? 'approval_approved' : 'approval_rejected',
      );
      return (await this.withNames(em, [saved]))[0]!;
    });
  }

  /** Every step goes into the audit log; one about a shipment is also an event in its history. */
  private async recordOnShipment(
    em: EntityManager,
    approval: Approval,
    type: 'approval_requested' | 'approval_approved' | 'approval_rejected',
  ): Promise<void> {
    await this.audit.record(em, {
      entityType: 'approval',
      entityId: approval.id,
      action: type.replace('approval_', ''),
      changes: {
        type: approval.type,
        state: approval.state,
        reason: approval.reason,
        note: approval.decisionNote,
        ...(approval.details ?? {}),
      },
    });
    if (!approval.shipmentId) return;
    await this.shipments.recordEvent(em, approval.shipmentId, {
      type,
      data: {
        approvalId: approval.id,
        approvalType: approval.type,
        reason: approval.reason,
        requestedBy: { id: approval.requestedById, name: approval.requestedByName },
        ...(approval.decidedById
          ? {
              decidedBy: { id: approval.decidedById, name: approval.decidedByName },
              note: approval.decisionNote,
            }
          : {}),
      },
    });
  }
}

/** How the e-mail to the deciders names each kind of approval, as the console does. */
const APPROVAL_TYPE_NAMES: Readonly<Record<Approval['type'], { zh: string; en: string }>> = {
  release_before_payment: { zh: '未付款放单', en: 'Release before payment' },
  void_after_release: { zh: '放单后作废账单', en: 'Void after release' },
  credit_terms: { zh: '信用条款', en: 'Credit terms' },
  below_floor_price: { zh: '低于底价', en: 'Below the floor price' },
  other: { zh: '其他', en: 'Other' },
};

/** What is asked for, in figures: the terms, or the rate against the floor. */
function describeDetails(details: ApprovalDetails | null): string | null {
  if (!details) return null;
  if ('creditTerms' in details) {
    const t = details.creditTerms;
    return [
      t.paymentTerms,
      t.creditLimit ? formatMoney(t.creditLimit) : null,
      t.creditDays !== null ? `${t.creditDays} d` : null,
    ]
      .filter(Boolean)
      .join(' · ');
  }
  const { rate, floor } = details.belowFloor;
  return `${formatMoney(rate)} < ${formatMoney(floor.price)} (${floor.pol} → ${floor.pod}, ${floor.containerType})`;
}
