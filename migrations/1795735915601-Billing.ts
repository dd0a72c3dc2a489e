import { MigrationInterface, QueryRunner } from 'typeorm';

export class Billing1795735915601 implements MigrationInterface {
  name = 'Billing1795735915601';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "approvals" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "type" character varying(30) NOT NULL,
                "state" character varying(10) NOT NULL DEFAULT 'pending',
                "shipment_id" uuid,
                "client_id" uuid,
                "reason" character varying(1000) NOT NULL,
                "requested_by_id" uuid NOT NULL,
                "requested_by_name" character varying(200) NOT NULL,
                "decided_by_id" uuid,
                "decided_by_name" character varying(200),
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "decision_note" character varying(1000),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_approvals_state" CHECK ("state" IN ('pending', 'approved', 'rejected')),
                CONSTRAINT "ck_approvals_type" CHECK (
                    "type" IN (
                        'release_before_payment',
                        'credit_terms',
                        'below_floor_price',
                        'other'
                    )
                ),
                CONSTRAINT "PK_690417aaefa84d18b1a59e2a499" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_approvals_state" ON "approvals" ("state", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_approvals_shipment" ON "approvals" ("shipment_id", "type", "state")
        `);
    await queryRunner.query(`
            CREATE TABLE "client_fx_terms" (
                "client_id" uuid NOT NULL,
                "from_currency" character(3) NOT NULL,
                "to_currency" character(3) NOT NULL,
                "mode" character varying(10) NOT NULL,
                "rate" character varying(24),
                "source" character varying(100),
                "rate_date" date,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_client_fx_terms_fixed" CHECK (
                    ("mode" = 'fixed') = (
                        "rate" IS NOT NULL
                        AND "source" IS NOT NULL
                        AND "rate_date" IS NOT NULL
                    )
                ),
                CONSTRAINT "ck_client_fx_terms_mode" CHECK ("mode" IN ('fixed', 'per_note')),
                CONSTRAINT "PK_531f4201843d13f672f392e0bfb" PRIMARY KEY ("client_id", "from_currency", "to_currency")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "debit_notes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "shipment_id" uuid NOT NULL,
                "direction" character varying(10) NOT NULL,
                "client_id" uuid,
                "carrier_id" uuid,
                "number" character varying(20),
                "carrier_number" character varying(40),
                "currency" character(3) NOT NULL,
                "state" character varying(10) NOT NULL DEFAULT 'draft',
                "total_minor" bigint NOT NULL DEFAULT '0',
                "paid_minor" bigint NOT NULL DEFAULT '0',
                "fx_rates" jsonb NOT NULL DEFAULT '[]',
                "issue_date" date,
                "due_date" date,
                "issued_at" TIMESTAMP WITH TIME ZONE,
                "issued_by_id" uuid,
                "voided_at" TIMESTAMP WITH TIME ZONE,
                "void_reason" character varying(500),
                "remarks" character varying(1000),
                "version" integer NOT NULL DEFAULT '1',
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_debit_notes_paid" CHECK (
                    "paid_minor" >= 0
                    AND "paid_minor" <= "total_minor"
                ),
                CONSTRAINT "ck_debit_notes_party" CHECK (
                    (
                        "direction" = 'receivable'
                        AND "client_id" IS NOT NULL
                        AND "carrier_id" IS NULL
                    )
                    OR (
                        "direction" = 'payable'
                        AND "carrier_id" IS NOT NULL
                        AND "client_id" IS NULL
                    )
                ),
                CONSTRAINT "ck_debit_notes_state" CHECK ("state" IN ('draft', 'issued', 'void')),
                CONSTRAINT "ck_debit_notes_direction" CHECK ("direction" IN ('receivable', 'payable')),
                CONSTRAINT "PK_e1f73e65add1542776ce7087fae" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_debit_notes_client_state" ON "debit_notes" ("client_id", "state")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_debit_notes_shipment" ON "debit_notes" ("shipment_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_debit_notes_number" ON "debit_notes" ("number")
            WHERE "number" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "debit_note_lines" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "debit_note_id" uuid NOT NULL,
                "seq" integer NOT NULL,
                "description" character varying(200) NOT NULL,
                "amount_minor" bigint NOT NULL,
                "currency" character(3) NOT NULL,
                "quantity" numeric(12, 3) NOT NULL DEFAULT '1',
                "line_total_minor" bigint NOT NULL,
                "rate" character varying(24),
                "converted_minor" bigint NOT NULL,
                CONSTRAINT "PK_66f61a7fa6148a00f92334ce543" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_debit_note_lines_seq" ON "debit_note_lines" ("debit_note_id", "seq")
        `);
    await queryRunner.query(`
            CREATE TABLE "payments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "client_id" uuid NOT NULL,
                "amount_minor" bigint NOT NULL,
                "currency" character(3) NOT NULL,
                "received_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "reference" character varying(100) NOT NULL,
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_197ab7af18c93fbb0c9b28b4a59" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_payments_client" ON "payments" ("client_id", "received_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "payment_allocations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "payment_id" uuid NOT NULL,
                "debit_note_id" uuid NOT NULL,
                "amount_minor" bigint NOT NULL,
                CONSTRAINT "ck_payment_allocations_positive" CHECK ("amount_minor" > 0),
                CONSTRAINT "PK_a5c6ff22065ac772620c85f4efb" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_payment_allocations_payment_note" ON "payment_allocations" ("payment_id", "debit_note_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_payment_allocations_note" ON "payment_allocations" ("debit_note_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "approvals"
            ADD CONSTRAINT "FK_6a00aecfefc3c7457def2d7864a" FOREIGN KEY ("shipment_id") REFERENCES "shipments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "approvals"
            ADD CONSTRAINT "FK_23d92bca489917c3f244672c4ca" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "client_fx_terms"
            ADD CONSTRAINT "FK_3d5e80499de85da787f6f663500" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "debit_notes"
            ADD CONSTRAINT "FK_842c3ad8675fe2756519c54796e" FOREIGN KEY ("shipment_id") REFERENCES "shipments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "debit_notes"
            ADD CONSTRAINT "FK_48bb98a03adb9fe250524402a04" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "debit_notes"
            ADD CONSTRAINT "FK_4c1e72fb9672e84a1b4b6b3ad82" FOREIGN KEY ("carrier_id") REFERENCES "carriers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "debit_note_lines"
            ADD CONSTRAINT "FK_5bb779cf030fae4541c2d5310f5" FOREIGN KEY ("debit_note_id") REFERENCES "debit_notes"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "payments"
            ADD CONSTRAINT "FK_bce3f30c3460065a6aeca163258" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "payment_allocations"
            ADD CONSTRAINT "FK_4348f49c6822420b9503ba880b8" FOREIGN KEY ("payment_id") REFERENCES "payments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "payment_allocations"
            ADD CONSTRAINT "FK_f45fc5de533e0f791767dd9ed01" FOREIGN KEY ("debit_note_id") REFERENCES "debit_notes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "payment_allocations" DROP CONSTRAINT "FK_f45fc5de533e0f791767dd9ed01"
        `);
    await queryRunner.query(`
            ALTER TABLE "payment_allocations" DROP CONSTRAINT "FK_4348f49c6822420b9503ba880b8"
        `);
    await queryRunner.query(`
            ALTER TABLE "payments" DROP CONSTRAINT "FK_bce3f30c3460065a6aeca163258"
        `);
    await queryRunner.query(`
            ALTER TABLE "debit_note_lines" DROP CONSTRAINT "FK_5bb779cf030fae4541c2d5310f5"
        `);
    await queryRunner.query(`
            ALTER TABLE "debit_notes" DROP CONSTRAINT "FK_4c1e72fb9672e84a1b4b6b3ad82"
        `);
    await queryRunner.query(`
            ALTER TABLE "debit_notes" DROP CONSTRAINT "FK_48bb98a03adb9fe250524402a04"
        `);
    await queryRunner.query(`
            ALTER TABLE "debit_notes" DROP CONSTRAINT "FK_842c3ad8675fe2756519c54796e"
        `);
    await queryRunner.query(`
            ALTER TABLE "client_fx_terms" DROP CONSTRAINT "FK_3d5e80499de85da787f6f663500"
        `);
    await queryRunner.query(`
            ALTER TABLE "approvals" DROP CONSTRAINT "FK_23d92bca489917c3f244672c4ca"
        `);
    await queryRunner.query(`
            ALTER TABLE "approvals" DROP CONSTRAINT "FK_6a00aecfefc3c7457def2d7864a"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_payment_allocations_note"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_payment_allocations_payment_note"
        `);
    await queryRunner.query(`
            DROP TABLE "payment_allocations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_payments_client"
        `);
    await queryRunner.query(`
            DROP TABLE "payments"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_debit_note_lines_seq"
        `);
    await queryRunner.query(`
            DROP TABLE "debit_note_lines"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_debit_notes_number"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_debit_notes_shipment"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_debit_notes_client_state"
        `);
    await queryRunner.query(`
            DROP TABLE "debit_notes"
        `);
    await queryRunner.query(`
            DROP TABLE "client_fx_terms"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_approvals_shipment"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_approvals_state"
        `);
    await queryRunner.query(`
            DROP TABLE "approvals"
        `);
  }
}
