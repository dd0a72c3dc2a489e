import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { FeeKind } from '../domain/fee-kind';

/**
 * A fee the manuals name, per container, by carrier, terminal and container type (docs/domain.md, "Fees by
 * carrier and terminal"); null is "any". The most specific rule that applies wins; an amount of 0 says there
 * is no such fee there. One rule per (kind, carrier, terminal, type): `uq_fee_rules_scope`, an index on the
 * columns with "any" as the empty string, made by the migration (an entity cannot declare it).
 */
@Entity('fee_rules')
@Index('uq_fee_rules_scope', { synchronize: false })
@Index('ix_fee_rules_kind', ['kind'])
@Check('ck_fee_rules_kind', `"kind" IN ('doc_print', 'lift', 'heavy_select', 'empty_return', 'inspection')`)
@Check('ck_fee_rules_amount', `"amount_minor" >= 0`)
export class FeeRule {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: FeeKind;

  /** The carrier the fee is for; null: any carrier. */
  @Column({ type: 'uuid', nullable: true })
  carrierId!: string | null;

  /** The terminal (upper case, e.g. YICT); null: any terminal. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  terminal!: string | null;

  /** ISO 6346 size-type code (45G1); null: any type. */
  @Column({ type: 'varchar', length: 4, nullable: true })
  containerType!: string | null;

  /** Per container; 0: no fee here. */
  @Column({ type: 'bigint' })
  amountMinor!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  /** Whether the charge is billed on to the client by default. */
  @Column({ type: 'boolean', default: true })
  rebillable!: boolean;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
