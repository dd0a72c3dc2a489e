import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A shipping line. Its rules are data: e.g. MSC needs no document printing before pickup (docs/domain.md, step 4). */
@Entity('carriers')
@Index('uq_carriers_code', ['code'], { unique: true })
export class Carrier {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Whether the trucker must have documents printed at the depot (打单) to pick up the empty container. */
  @Column({ type: 'boolean', default: true })
  requiresDocPrint!: boolean;

  @Column({ type: 'varchar', length: 254, array: true, default: () => "'{}'" })
  emails!: string[];

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
