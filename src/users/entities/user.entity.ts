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
} from 'typeorm';
import { Client, type Language } from '../../clients/entities/client.entity';
import type { Role } from '../../common/roles';

@Entity('users')
@Index('uq_users_email', ['email'], { unique: true })
@Check('ck_users_role', `"role" IN ('admin', 'manager', 'operator', 'sales', 'accounts', 'client')`)
@Check('ck_users_client_has_client_id', `("role" = 'client') = ("client_id" IS NOT NULL)`)
@Check('ck_users_language', `"language" IN ('zh', 'en')`)
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased: e-mail addresses are compared without case. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Printed with their name where they are the client's contact (e-mail signatures, papers). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  /** For a `client` user: the client company whose records they may see. */
  @Column({ type: 'uuid', nullable: true })
  clientId!: string | null;

  @ManyToOne(() => Client, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id' })
  client?: Client | null;

  @Column({ type: 'uuid', nullable: true })
  teamLeadId!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_lead_id' })
  teamLead?: User | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /**
   * Tokens name the generation they were issued in; bumping it ends every token issued before (a new
   * password, a deactivation). A counter, not a time: two tokens issued in the same millisecond as the change
   * are still told apart.
   */
  @Column({ type: 'integer', default: 0 })
  tokenGeneration!: number;

  /** The one token of an earlier generation still honoured: the one its owner changed their password with. */
  @Column({ type: 'uuid', nullable: true })
  keptTokenId!: string | null;

  /**
   * Tokens ended one by one (signing out of the console, POST /auth/logout), each id with its expiry in
   * seconds since the epoch: refused until then, and dropped by the next sign-out that finds them expired.
   */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  endedTokens!: Record<string, number>;

  /** The language the console shows this user (their own choice, PATCH /auth/me). */
  @Column({ type: 'varchar', length: 2, default: 'zh' })
  language!: Language;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
