import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { Carrier } from '../../carriers/entities/carrier.entity';
import { CarrierPaymentAllocation } from './carrier-payment-allocation.entity';

/**
 * Money paid to a carrier, allocated to one or more of its recorded payable notes (the carrier's bills) in
 * its currency. The outgoing twin of `payments` (docs/billing.md, "Carrier bills").
 */
@Entity('carrier_payments')
@Index('ix_carrier_payments_carrier', ['carrierId', 'paidAt'])
// Money paid after a date: what was still open on it (payables aging on a past date); the list, latest first.
@Index('ix_carrier_payments_paid', ['paidAt'])
export class CarrierPayment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_carrier_payments' })
  id!: string;

  @Column({ type: 'uuid' })
  carrierId!: string;

  @ManyToOne(() => Carrier, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'carrier_id', foreignKeyConstraintName: 'fk_carrier_payments_carrier' })
  carrier?: Relation<Carrier>;

  @Column({ type: 'bigint' })
  amountMinor!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'timestamptz' })
  paidAt!: Date;

  /** The bank's reference of the transfer out. */
  @Column({ type: 'varchar', length: 100 })
  reference!: string;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @OneToMany(() => CarrierPaymentAllocation, (a) => a.payment)
  allocations?: CarrierPaymentAllocation[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
