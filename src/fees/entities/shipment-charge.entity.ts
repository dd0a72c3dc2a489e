import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ChargeKind, ChargeSource } from '../domain/fee-kind';

/**
 * A cost a shipment incurred (docs/domain.md, "Fees by carrier and terminal"): recorded by a stage from the
 * fee rules, entered with flag-inspection, or by hand. `carrierId` is who bills us for it (null: not a
 * carrier, e.g. the inspection); `rebillable`: billed on to the client. A draft made from the charges is
 * remembered on them (receivable / payable note), so that each is drafted once while that note is not void.
 */
@Entity('shipment_charges')
@Index('ix_shipment_charges_shipment', ['shipmentId', 'createdAt'])
@Check(
  'ck_shipment_charges_kind',
  `"kind" IN ('doc_print', 'lift', 'heavy_select', 'empty_return', 'inspection', 'other')`,
)
@Check('ck_shipment_charges_source', `"source" IN ('rule', 'manual', 'inspection')`)
@Check('ck_shipment_charges_cost', `"cost_minor" > 0`)
export class ShipmentCharge {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  shipmentId!: string;

  @Column({ type: 'uuid', nullable: true })
  containerId!: string | null;

  @Column({ type: 'varchar', length: 20 })
  kind!: ChargeKind;

  @Column({ type: 'varchar', length: 200 })
  description!: string;

  @Column({ type: 'bigint' })
  costMinor!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'uuid', nullable: true })
  carrierId!: string | null;

  @Column({ type: 'boolean' })
  rebillable!: boolean;

  @Column({ type: 'uuid', nullable: true })
  ruleId!: string | null;

  @Column({ type: 'varchar', length: 20 })
  source!: ChargeSource;

  @Column({ type: 'uuid', nullable: true })
  receivableNoteId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  payableNoteId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  voidedAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  voidReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;
}
