import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { CarrierPayment } from './carrier-payment.entity';
import { DebitNote } from './debit-note.entity';

@Entity('carrier_payment_allocations')
@Index('ix_carrier_payment_allocations_note', ['debitNoteId'])
@Index('uq_carrier_payment_allocations_payment_note', ['paymentId', 'debitNoteId'], { unique: true })
@Check('ck_carrier_payment_allocations_positive', `"amount_minor" > 0`)
export class CarrierPaymentAllocation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_carrier_payment_allocations' })
  id!: string;

  @Column({ type: 'uuid' })
  paymentId!: string;

  @ManyToOne(() => CarrierPayment, (p) => p.allocations, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'payment_id', foreignKeyConstraintName: 'fk_carrier_payment_allocations_payment' })
  payment?: Relation<CarrierPayment>;

  @Column({ type: 'uuid' })
  debitNoteId!: string;

  @ManyToOne(() => DebitNote, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'debit_note_id', foreignKeyConstraintName: 'fk_carrier_payment_allocations_note' })
  debitNote?: Relation<DebitNote>;

  /** In the payment's (= the payable note's) currency, minor units. */
  @Column({ type: 'bigint' })
  amountMinor!: string;
}
