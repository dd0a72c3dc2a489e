import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A kind of paper a shipment carries (docs/papers.md): kept as data, seeded by the migration (S/O, packing
 * list, commercial invoice, customs declaration, customs release, VGM, the carrier's B/L draft, telex release,
 * photo, other), named in both languages for the console.
 */
@Entity('attachment_kinds')
export class AttachmentKind {
  @PrimaryColumn({ type: 'varchar', length: 32, primaryKeyConstraintName: 'pk_attachment_kinds' })
  code!: string;

  @Column({ type: 'varchar', length: 60 })
  nameZh!: string;

  @Column({ type: 'varchar', length: 60 })
  nameEn!: string;

  /** Where it comes in the console's lists. */
  @Column({ type: 'int' })
  position!: number;
}
