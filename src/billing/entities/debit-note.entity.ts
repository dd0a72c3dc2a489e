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
import { Approval } from '../../approvals/entities/approval.entity';
import { Carrier } from '../../carriers/entities/carrier.entity';
import { Client } from '../../clients/entities/client.entity';
import { Shipment } from '../../shipments/entities/shipment.entity';
import type { FxRate } from '../domain/debit-note-math';
import type { DebitNoteSnapshot } from '../domain/debit-note-snapshot';
import { DebitNoteLine } from './debit-note-line.entity';

export const DEBIT_NOTE_DIRECTIONS = ['receivable', 'payable'] as const;
export type DebitNoteDirection = (typeof DEBIT_NOTE_DIRECTIONS)[number];
/** Stored states; `partially_paid` and `paid` are read from the paid amount of an issued note. */
export const DEBIT_NOTE_STATES = ['draft', 'issued', 'void'] as const;
export type DebitNoteState = (typeof DEBIT_NOTE_STATES)[number];

/**
 * A bill: the forwarder's to its client (receivable, numbered DN-<year>-<6 digits> on issue) or a carrier's
 * to the forwarder (payable, keeping the carrier's own number). docs/domain.md step 11.
 */
@Entity('debit_notes')
@Index('uq_debit_notes_number', ['number'], { unique: true, where: '"number" IS NOT NULL' })
@Index('ix_debit_notes_shipment', ['shipmentId'])
// The list, newest first, unfiltered and after its filters (migration ListIndexes).
@Index('ix_debit_notes_created', ['createdAt', 'id'])
@Index('ix_debit_notes_client_created', ['clientId', 'createdAt', 'id'])
@Index('ix_debit_notes_state_created', ['state', 'createdAt', 'id'])
// Partial, written by hand in the migration: the open notes, and the receivables that can be open on a date.
@Index('ix_debit_notes_open_created', { synchronize: false })
@Index('ix_debit_notes_receivable_settled', { synchronize: false })
@Index('ix_debit_notes_receivable_span', { synchronize: false })
@Index('ix_debit_notes_client_receivable_settled', { synchronize: false })
@Index('ix_debit_notes_open_due', { synchronize: false })
@Index('ix_debit_notes_open_receivable', { synchronize: false })
@Index('uq_debit_notes_void_approval', ['voidApprovalId'], {
  unique: true,
  where: '"void_approval_id" IS NOT NULL',
})
// The last rate used for a pair (a sanity check on new rates) is found walking issued notes newest first.
@Index('ix_debit_notes_issued_at', ['issuedAt'])
@Check('ck_debit_notes_direction', `"direction" IN ('receivable', 'payable')`)
@Check('ck_debit_notes_state', `"state" IN ('draft', 'issued', 'void')`)
@Check(
  'ck_debit_notes_party',
  `("direction" = 'receivable' AND "client_id" IS NOT NULL AND "carrier_id" IS NULL) OR ("direction" = 'payable' AND "carrier_id" IS NOT NULL AND "client_id" IS NULL)`,
)
@Check('ck_debit_notes_paid', `"paid_minor" >= 0 AND "paid_minor" <= "total_minor"`)
export class DebitNote {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  shipmentId!: string;

  @ManyToOne(() => Shipment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shipment_id' })
  shipment?: Relation<Shipment>;

  @Column({ type: 'varchar', length: 10 })
  direction!: DebitNoteDirection;

  @Column({ type: 'uuid', nullable: true })
  clientId!: string | null;

  @ManyToOne(() => Client, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id' })
  client?: Client | null;

  @Column({ type: 'uuid', nullable: true })
  carrierId!: string | null;

  @ManyToOne(() => Carrier, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'carrier_id' })
  carrier?: Carrier | null;

  /** DN-<year>-<6 digits>, given to a receivable note when it is issued; gap-free per year. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  number!: string | null;

  /** The carrier's own invoice/debit-note number (payable notes). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  carrierNumber!: string | null;

  /** The settlement currency: every line is converted into it. */
  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  state!: DebitNoteState;

  /** Sum of the lines converted into `currency`, in its minor units. */
  @Column({ type: 'bigint', default: '0' })
  totalMinor!: string;

  @Column({ type: 'bigint', default: '0' })
  paidMinor!: string;

  /**
   * An issued receivable paid in full: when, as the latest `receivedAt` of the payments allocated to it (a
   * payment may be recorded after a later one). Null while anything is open. Aging on a date reads only the
   * notes unsettled or settled after it.
   */
  @Column({ type: 'timestamptz', nullable: true })
  settledAt!: Date | null;

  /** The rates this note uses (lines → note currency, note currency → base currency), frozen on issue. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  fxRates!: FxRate[];

  /**
   * The base currency on issue and the rate into it from `fxRates` (1 when the note is in it), frozen with
   * them: aging reads open notes' base amounts from an index with these (docs/performance.md, "Aging").
   */
  @Column({ type: 'char', length: 3, nullable: true })
  baseCurrency!: string | null;

  @Column({ type: 'numeric', nullable: true })
  baseRate!: string | null;

  @Column({ type: 'date', nullable: true })
  issueDate!: string | null;

  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  issuedById!: string | null;

  /**
   * What the issued note prints besides its own columns and lines (parties, shipment, our company), taken in
   * the issuing transaction: its PDF never changes afterwards. Null on drafts.
   */
  @Column({ type: 'jsonb', nullable: true })
  snapshot!: DebitNoteSnapshot | null;

  @Column({ type: 'timestamptz', nullable: true })
  voidedAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  voidReason!: string | null;

  /** The approved void_after_release approval that let this note be voided after the B/L's release (one note each). */
  @Column({ type: 'uuid', nullable: true })
  voidApprovalId!: string | null;

  @ManyToOne(() => Approval, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'void_approval_id' })
  voidApproval?: Approval | null;

  /** The issued receivable note that replaced this one when it was voided after the B/L's release. */
  @Column({ type: 'uuid', nullable: true })
  replacementNoteId!: string | null;

  @ManyToOne(() => DebitNote, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'replacement_note_id' })
  replacementNote?: DebitNote | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  remarks!: string | null;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @OneToMany(() => DebitNoteLine, (l) => l.debitNote)
  lines?: DebitNoteLine[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
