import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fees by carrier and terminal (issue 16): the fee rules managers keep, and the charges a shipment's stages
 * record from them (or an operator enters), which drafts are started from.
 */
export class FeeRulesCharges1795901900000 implements MigrationInterface {
  name = 'FeeRulesCharges1795901900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "fee_rules" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" character varying(20) NOT NULL,
                "carrier_id" uuid,
                "terminal" character varying(100),
                "container_type" character varying(4),
                "amount_minor" bigint NOT NULL,
                "currency" character(3) NOT NULL,
                "rebillable" boolean NOT NULL DEFAULT true,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_fee_rules_amount" CHECK ("amount_minor" >= 0),
                CONSTRAINT "ck_fee_rules_kind" CHECK ("kind" IN ('doc_print', 'lift', 'heavy_select', 'empty_return', 'inspection')),
                CONSTRAINT "PK_fee_rules" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`CREATE INDEX "ix_fee_rules_kind" ON "fee_rules" ("kind")`);
    // One rule per kind, carrier, terminal and type, "any" (null) counted as a value of its own.
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_fee_rules_scope" ON "fee_rules"
                ("kind", COALESCE("carrier_id"::text, ''), COALESCE("terminal", ''), COALESCE("container_type", ''))
        `);
    await queryRunner.query(`
            CREATE TABLE "shipment_charges" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "shipment_id" uuid NOT NULL,
                "container_id" uuid,
                "kind" character varying(20) NOT NULL,
                "description" character varying(200) NOT NULL,
                "cost_minor" bigint NOT NULL,
                "currency" character(3) NOT NULL,
                "carrier_id" uuid,
                "rebillable" boolean NOT NULL,
                "rule_id" uuid,
                "source" character varying(20) NOT NULL,
                "receivable_note_id" uuid,
                "payable_note_id" uuid,
                "voided_at" TIMESTAMP WITH TIME ZONE,
                "void_reason" character varying(500),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_by_id" uuid,
                CONSTRAINT "ck_shipment_charges_cost" CHECK ("cost_minor" > 0),
                CONSTRAINT "ck_shipment_charges_source" CHECK ("source" IN ('rule', 'manual', 'inspection')),
                CONSTRAINT "ck_shipment_charges_kind" CHECK ("kind" IN ('doc_print', 'lift', 'heavy_select', 'empty_return', 'inspection', 'other')),
                CONSTRAINT "PK_shipment_charges" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(
      `CREATE INDEX "ix_shipment_charges_shipment" ON "shipment_charges" ("shipment_id", "created_at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_shipment_charges_shipment"`);
    await queryRunner.query(`DROP TABLE "shipment_charges"`);
    await queryRunner.query(`DROP INDEX "public"."uq_fee_rules_scope"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fee_rules_kind"`);
    await queryRunner.query(`DROP TABLE "fee_rules"`);
  }
}
