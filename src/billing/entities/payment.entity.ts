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
import { Client } from '../../clients/entities/client.entity';
import { PaymentAllocation } from './payment-allocation.entity';

/** Money received from a client, allocated to one or more of their issued receivable notes. */
@Entity('payments')
@Index('ix_payments_client', ['clientId', 'receivedAt'])
// Money received after a date: what was still open on it (aging on a past date).
@Index('ix_payments_received', ['receivedAt'])
export class Payment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id' })
  client?: Relation<Client>;

  @Column({ type: 'bigint' })
  amountMinor!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;

  /** The bank's reference of the transfer. */
  @Column({ type: 'varchar', length: 100 })
  reference!: string;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @OneToMany(() => PaymentAllocation, (a) => a.payment)
  allocations?: PaymentAllocation[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
