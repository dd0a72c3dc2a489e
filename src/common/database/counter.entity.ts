import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Gap-free counters (shipment references per month, debit-note numbers per year). The row is locked by the
 * transaction that takes a number, so a rolled-back transaction gives its number back; a sequence would not.
 */
@Entity('counters')
export class Counter {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  name!: string;

  @Column({ type: 'bigint' })
  value!: string;
}
