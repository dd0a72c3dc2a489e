import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { User } from '../../users/entities/user.entity';

export const PAYMENT_TERMS = ['prepaid', 'collect', 'monthly'] as const;
export type PaymentTerms = (typeof PAYMENT_TERMS)[number];
export const CLIENT_GRADES = ['a', 'b', 'c'] as const;
export type ClientGrade = (typeof CLIENT_GRADES)[number];
export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A shipper we work for (docs/domain.md: company property; graded A/B/C; cash first unless a manager grants credit). */
@Entity('clients')
@Index('uq_clients_code', ['code'], { unique: true })
@Index('ix_clients_sales_user', ['salesUserId'])
@Check('ck_clients_payment_terms', `"payment_terms" IN ('prepaid', 'collect', 'monthly')`)
@Check('ck_clients_grade', `"grade" IN ('a', 'b', 'c')`)
@Check('ck_clients_language', `"language" IN ('zh', 'en')`)
@Check('ck_clients_credit_limit', `("credit_limit_minor" IS NULL) = ("credit_limit_currency" IS NULL)`)
export class Client {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Short code, upper-case, unique: how staff refer to the client. */
  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The name in Chinese (or the client's own script), for documents. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  nameLocal!: string | null;

  @Column({ type: 'varchar', length: 254, array: true, default: () => "'{}'" })
  emails!: string[];

  @Column({ type: 'varchar', length: 500, nullable: true })
  address!: string | null;

  /** Unified social credit code (统一社会信用代码, GB 32100-2015), printed on debit notes; checked on entry. */
  @Column({ type: 'varchar', length: 18, nullable: true })
  taxId!: string | null;

  @Column({ type: 'varchar', length: 2, default: 'zh' })
  language!: Language;

  @Column({ type: 'varchar', length: 10 })
  paymentTerms!: PaymentTerms;

  /** Minor units of creditLimitCurrency (a bigint, read as a string). */
  @Column({ type: 'bigint', nullable: true })
  creditLimitMinor!: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  creditLimitCurrency!: string | null;

  @Column({ type: 'int', nullable: true })
  creditDays!: number | null;

  @Column({ type: 'varchar', length: 1, default: 'c' })
  grade!: ClientGrade;

  @Column({ type: 'uuid', nullable: true })
  salesUserId!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sales_user_id' })
  salesUser?: User | null;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
