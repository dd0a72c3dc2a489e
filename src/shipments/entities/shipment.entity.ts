import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Carrier } from '../../carriers/entities/carrier.entity';
import { Client } from '../../clients/entities/client.entity';
import type { BlType, FreightTerm, InspectionState, ShipmentStatus } from '../domain/shipment-status';
import { Container } from './container.entity';

export interface Party {
  name: string;
  address: string;
}

/** The shipping instructions (补料) of the current revision: the final B/L details. */
export interface ShippingInstructions {
  shipper: Party;
  consignee: Party;
  notifyParty?: Party | null;
  marks: string;
  description: string;
  packages: number;
  grossWeightKg: string;
  measurementCbm: string;
  blType: BlType;
  /** Inland places the carrier takes and delivers the cargo, when the B/L names them. */
  placeOfReceipt?: string | null;
  placeOfDelivery?: string | null;
}

/** One sea-export shipment, booking to B/L release. `version` guards every write (If-Match). */
@Entity('shipments')
@Index('uq_shipments_reference', ['reference'], { unique: true })
@Index('ix_shipments_created', ['createdAt', 'id'])
@Index('ix_shipments_status_created', ['status', 'createdAt', 'id'])
@Index('ix_shipments_client_created', ['clientId', 'createdAt', 'id'])
@Index('ix_shipments_carrier_created', ['carrierId', 'createdAt', 'id'])
@Index('ix_shipments_cutoff_cy', ['cutoffCy'])
// Prefix search (`q`) on the numbers operators type; varchar_pattern_ops indexes, created in the migration.
@Index('ix_shipments_reference_pattern', { synchronize: false })
@Index('ix_shipments_so_number_pattern', { synchronize: false })
@Index('ix_shipments_carrier_booking_reference_pattern', { synchronize: false })
@Index('ix_shipments_bl_number_pattern', { synchronize: false })
// Partial, for the board (migration ListIndexes): the active shipments; those awaiting gate-in or SI, by
// cut-off; those held for inspection.
@Index('ix_shipments_active_status', { synchronize: false })
@Index('ix_shipments_awaiting_gate_in_cutoff', { synchronize: false })
@Index('ix_shipments_awaiting_si_cutoff', { synchronize: false })
@Index('ix_shipments_inspection_pending', { synchronize: false })
@Index('ix_shipments_operator_active', { synchronize: false })
@Check(
  'ck_shipments_status',
  `"status" IN ('booking', 'booking_confirmed', 'space_requested', 'so_released', 'picked_up', 'stuffed', 'gated_in', 'customs_declared', 'customs_released', 'si_submitted', 'bl_checked', 'debit_noted', 'paid', 'released', 'cancelled')`,
)
@Check('ck_shipments_inspection', `"inspection" IN ('none', 'pending', 'cleared')`)
@Check('ck_shipments_freight_term', `"freight_term" IN ('prepaid', 'collect')`)
@Check('ck_shipments_version', `"version" > 0`)
export class Shipment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Human reference, unique and sortable: SE<yymm>-<sequence of the month>. */
  @Column({ type: 'varchar', length: 20 })
  reference!: string;

  @Column({ type: 'varchar', length: 24 })
  status!: ShipmentStatus;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id' })
  client?: Relation<Client>;

  @Column({ type: 'uuid', nullable: true })
  carrierId!: string | null;

  @ManyToOne(() => Carrier, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'carrier_id' })
  carrier?: Carrier | null;

  @Column({ type: 'char', length: 5 })
  pol!: string;

  @Column({ type: 'char', length: 5 })
  pod!: string;

  @Column({ type: 'varchar', length: 500 })
  commodity!: string;

  @Column({ type: 'varchar', length: 10 })
  freightTerm!: FreightTerm;

  @Column({ type: 'bigint', nullable: true })
  agreedRateMinor!: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  agreedRateCurrency!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  vessel!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  voyage!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  etd!: Date | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  soNumber!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  carrierBookingReference!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  cutoffCy!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cutoffSi!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cutoffCustoms!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cutoffVgm!: Date | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  declarationNumber!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'none' })
  inspection!: InspectionState;

  @Column({ type: 'bigint', nullable: true })
  inspectionFeeMinor!: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  inspectionFeeCurrency!: string | null;

  @Column({ type: 'int', default: 0 })
  siRevision!: number;

  @Column({ type: 'jsonb', nullable: true })
  shippingInstructions!: ShippingInstructions | null;

  /** The SI revision each side approved (null: not yet); both on the current revision → bl_checked. */
  @Column({ type: 'int', nullable: true })
  blApprovedClientRevision!: number | null;

  @Column({ type: 'int', nullable: true })
  blApprovedCarrierRevision!: number | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  blNumber!: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  releaseMode!: BlType | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  cancelReason!: string | null;

  /** The staff's remarks on the shipment (PATCH); not shown to client users. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  remarks!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  /** The operator assigned to the shipment (the console's "mine"); null until someone is. */
  @Column({ type: 'uuid', nullable: true })
  operatorId!: string | null;

  @OneToMany(() => Container, (c) => c.shipment)
  containers?: Container[];

  /** Millisecond precision, so a JavaScript Date in a list cursor compares exactly. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
