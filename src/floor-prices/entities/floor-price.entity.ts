import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** Any port of discharge: a floor for every POD from the POL (an exact POD's floor wins over it). */
export const ANY_POD = '*';

/**
 * The lowest rate a lane and container type may be sold at without a manager's approval (docs/domain.md,
 * "Authority": 不得擅自出售低于产品底价的产品). Per currency: a rate in another currency meets no floor.
 */
@Entity('floor_prices')
@Index('uq_floor_prices_lane', ['pol', 'pod', 'containerType', 'currency'], { unique: true })
export class FloorPrice {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'char', length: 5 })
  pol!: string;

  /** A UN/LOCODE, or `*` for any port of discharge. */
  @Column({ type: 'varchar', length: 5 })
  pod!: string;

  /** ISO 6346 size-type code (45G1). */
  @Column({ type: 'varchar', length: 4 })
  containerType!: string;

  @Column({ type: 'bigint' })
  priceMinor!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
