import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Shipment } from './shipment.entity';

/**
 * One row of a shipment's history. Append-only: the database refuses UPDATE, DELETE and TRUNCATE on it
 * (trigger in the migration). Written in the same transaction as the change it records.
 */
@Entity('shipment_events')
@Index('uq_shipment_events_seq', ['shipmentId', 'seq'], { unique: true })
@Index('ix_shipment_events_type', ['type', 'at'])
// Partial, written by hand in the migration: the rolled shipments, for the board's badge.
@Index('ix_shipment_events_rolled', { synchronize: false })
export class ShipmentEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  shipmentId!: string;

  @ManyToOne(() => Shipment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shipment_id' })
  shipment?: Relation<Shipment>;

  /** 1, 2, … within the shipment. */
  @Column({ type: 'int' })
  seq!: number;

  @Column({ type: 'varchar', length: 40 })
  type!: string;

  @Column({ type: 'varchar', length: 24, nullable: true })
  fromStatus!: string | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  toStatus!: string | null;

  /** DCSA Track & Trace event code where one exists (CONF, GTOT, STUF, GTIN, CUSI, CUSR, …). */
  @Column({ type: 'varchar', length: 4, nullable: true })
  dcsaCode!: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  actorName!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data!: Record<string, unknown>;
}
