import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { MoneyJson } from '../../common/money';
import { Client } from '../../clients/entities/client.entity';
import { Shipment } from '../../shipments/entities/shipment.entity';

export const APPROVAL_TYPES = [
  'release_before_payment',
  'void_after_release',
  'credit_terms',
  'below_floor_price',
  'other',
] as const;
export type ApprovalType = (typeof APPROVAL_TYPES)[number];
export const APPROVAL_STATES = ['pending', 'approved', 'rejected'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];

/** The credit terms asked for (the client's own fields, as the API writes them). */
export interface RequestedCreditTerms {
  paymentTerms: 'prepaid' | 'collect' | 'monthly';
  creditLimit: MoneyJson | null;
  creditDays: number | null;
}

/** A booking's rate under a floor: the rate when asked, and the floor it was under. */
export interface BelowFloorContext {
  rate: MoneyJson;
  floor: { id: string; pol: string; pod: string; containerType: string; price: MoneyJson };
}

export type ApprovalDetails = { creditTerms: RequestedCreditTerms } | { belowFloor: BelowFloorContext };

/** Work beyond someone's authority, asked of a manager and decided on the record (docs/domain.md "Authority"). */
@Entity('approvals')
@Index('ix_approvals_shipment', ['shipmentId', 'type', 'state'])
@Index('ix_approvals_state', ['state', 'createdAt'])
@Check(
  'ck_approvals_type',
  `"type" IN ('release_before_payment', 'void_after_release', 'credit_terms', 'below_floor_price', 'other')`,
)
@Check('ck_approvals_state', `"state" IN ('pending', 'approved', 'rejected')`)
export class Approval {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 30 })
  type!: ApprovalType;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  state!: ApprovalState;

  @Column({ type: 'uuid', nullable: true })
  shipmentId!: string | null;

  @ManyToOne(() => Shipment, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shipment_id' })
  shipment?: Shipment | null;

  @Column({ type: 'uuid', nullable: true })
  clientId!: string | null;

  @ManyToOne(() => Client, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id' })
  client?: Client | null;

  @Column({ type: 'varchar', length: 1000 })
  reason!: string;

  @Column({ type: 'uuid' })
  requestedById!: string;

  @Column({ type: 'varchar', length: 200 })
  requestedByName!: string;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  decidedByName!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  decisionNote!: string | null;

  /**
   * What the approval is about beyond its reason: the credit terms a `credit_terms` approval asks for (applied
   * when approved), the rate and floor a `below_floor_price` one was asked for. Null for the other types.
   */
  @Column({ type: 'jsonb', nullable: true })
  details!: ApprovalDetails | null;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
