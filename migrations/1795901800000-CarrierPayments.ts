import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payments to carriers, allocated to their recorded payable notes (issue 16, "Carrier bills, start to end";
 * docs/billing.md "Carrier bills").
 */
export class CarrierPayments1795901800000 implements MigrationInterface {
  name = 'CarrierPayments1795901800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "carrier_payments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "carrier_id" uuid NOT NULL,
        "amount_minor" bigint NOT NULL,
        "currency" character(3) NOT NULL,
        "paid_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "reference" character varying(100) NOT NULL,
        "created_by_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_carrier_payments" PRIMARY KEY ("id"),
        CONSTRAINT "fk_carrier_payments_carrier" FOREIGN KEY ("carrier_id") REFERENCES "carriers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_carrier_payments_carrier" ON "carrier_payments" ("carrier_id", "paid_at")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_carrier_payments_paid" ON "carrier_payments" ("paid_at")`);
    await queryRunner.query(`
      CREATE TABLE "carrier_payment_allocations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "payment_id" uuid NOT NULL,
        "debit_note_id" uuid NOT NULL,
        "amount_minor" bigint NOT NULL,
        CONSTRAINT "ck_carrier_payment_allocations_positive" CHECK ("amount_minor" > 0),
        CONSTRAINT "pk_carrier_payment_allocations" PRIMARY KEY ("id"),
        CONSTRAINT "fk_carrier_payment_allocations_payment" FOREIGN KEY ("payment_id") REFERENCES "carrier_payments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "fk_carrier_payment_allocations_note" FOREIGN KEY ("debit_note_id") REFERENCES "debit_notes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_carrier_payment_allocations_payment_note" ON "carrier_payment_allocations" ("payment_id", "debit_note_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_carrier_payment_allocations_note" ON "carrier_payment_allocations" ("debit_note_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "carrier_payment_allocations"`);
    await queryRunner.query(`DROP TABLE "carrier_payments"`);
  }
}
