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
import type { ContainerStatus } from '../domain/shipment-status';
import { Shipment } from './shipment.entity';

/** One container of a shipment: planned at booking, numbered and sealed at pickup, stuffed, gated in. */
@Entity('containers')
@Index('uq_containers_shipment_seq', ['shipmentId', 'seq'], { unique: true })
// The same box cannot be on two live shipments; once a shipment is released or cancelled it is free again.
@Index('uq_containers_active_number', ['containerNumber'], {
  unique: true,
  where: '"active" AND "container_number" IS NOT NULL',
})
@Index('ix_containers_number_pattern', { synchronize: false })
@Check('ck_containers_status', `"status" IN ('planned', 'picked_up', 'stuffed', 'gated_in')`)
export class Container {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  shipmentId!: string;

  @ManyToOne(() => Shipment, (s) => s.containers, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shipment_id' })
  shipment?: Relation<Shipment>;

  /** 1, 2, … within the shipment, in booking order. */
  @Column({ type: 'int' })
  seq!: number;

  /** ISO 6346 size-type code (22G1, 45G1, …). */
  @Column({ type: 'varchar', length: 4 })
  type!: string;

  @Column({ type: 'varchar', length: 10, default: 'planned' })
  status!: ContainerStatus;

  /** False once the shipment is released or cancelled. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'varchar', length: 11, nullable: true })
  containerNumber!: string | null;

  @Column({ type: 'varchar', length: 15, nullable: true })
  sealNumber!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  pickedUpAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  stuffedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  gatedInAt!: Date | null;

  @Column({ type: 'int', nullable: true })
  packages!: number | null;

  @Column({ type: 'numeric', precision: 12, scale: 3, nullable: true })
  grossWeightKg!: string | null;

  @Column({ type: 'numeric', precision: 12, scale: 3, nullable: true })
  vgmKg!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  terminal!: string | null;
}
