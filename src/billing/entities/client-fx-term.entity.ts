import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Client } from '../../clients/entities/client.entity';

/**
 * The exchange rate agreed with a client in advance for one currency pair (docs/domain.md step 11: a few fen of
 * FX difference upsets clients): a fixed rate applied to every note, or a rate to be entered on each note.
 */
@Entity('client_fx_terms')
@Check('ck_client_fx_terms_mode', `"mode" IN ('fixed', 'per_note')`)
@Check(
  'ck_client_fx_terms_fixed',
  `("mode" = 'fixed') = ("rate" IS NOT NULL AND "source" IS NOT NULL AND "rate_date" IS NOT NULL)`,
)
export class ClientFxTerm {
  @PrimaryColumn({ type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Relation<Client>;

  @PrimaryColumn({ type: 'char', length: 3 })
  fromCurrency!: string;

  @PrimaryColumn({ type: 'char', length: 3 })
  toCurrency!: string;

  @Column({ type: 'varchar', length: 10 })
  mode!: 'fixed' | 'per_note';

  @Column({ type: 'varchar', length: 24, nullable: true })
  rate!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  source!: string | null;

  @Column({ type: 'date', nullable: true })
  rateDate!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
