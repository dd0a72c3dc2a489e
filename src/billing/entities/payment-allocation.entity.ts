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
import { DebitNote } from './debit-note.entity';
import { Payment } from './payment.entity';

@Entity('payment_allocations')
@Index('ix_payment_allocations_note', ['debitNoteId'])
@Index('uq_payment_allocations_payment_note', ['paymentId', 'debitNoteId'], { unique: true })
@Check('ck_payment_allocations_positive', `"amount_minor" > 0`)
export class PaymentAllocation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  paymentId!: string;

  @ManyToOne(() => Payment, (p) => p.allocations, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'payment_id' })
  payment?: Relation<Payment>;

  @Column({ type: 'uuid' })
  debitNoteId!: string;

  @ManyToOne(() => DebitNote, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'debit_note_id' })
  debitNote?: Relation<DebitNote>;

  /** In the payment's (= the note's) currency, minor units. */
  @Column({ type: 'bigint' })
  amountMinor!: string;
}
