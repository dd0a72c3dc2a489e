import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { DebitNote } from './debit-note.entity';

/** One charge on a debit note, in its own currency, with its amount converted into the note's currency. */
@Entity('debit_note_lines')
@Index('uq_debit_note_lines_seq', ['debitNoteId', 'seq'], { unique: true })
export class DebitNoteLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  debitNoteId!: string;

  @ManyToOne(() => DebitNote, (n) => n.lines, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'debit_note_id' })
  debitNote?: Relation<DebitNote>;

  @Column({ type: 'int' })
  seq!: number;

  @Column({ type: 'varchar', length: 200 })
  description!: string;

  /** Unit amount in `currency`, minor units. */
  @Column({ type: 'bigint' })
  amountMinor!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'numeric', precision: 12, scale: 3, default: '1' })
  quantity!: string;

  /** amount × quantity, rounded half-up to the line currency. */
  @Column({ type: 'bigint' })
  lineTotalMinor!: string;

  /** The rate used into the note currency (null when the line is already in it). */
  @Column({ type: 'varchar', length: 24, nullable: true })
  rate!: string | null;

  /** lineTotal converted into the note currency, rounded half-up per line. */
  @Column({ type: 'bigint' })
  convertedMinor!: string;
}
