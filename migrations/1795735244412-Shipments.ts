import { MigrationInterface, QueryRunner } from 'typeorm';

export class Shipments1795735244412 implements MigrationInterface {
  name = 'Shipments1795735244412';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_records" (
                "id" BIGSERIAL NOT NULL,
                "entity_type" character varying(40) NOT NULL,
                "entity_id" uuid NOT NULL,
                "action" character varying(40) NOT NULL,
                "actor_id" uuid,
                "actor_name" character varying(200),
                "changes" jsonb NOT NULL DEFAULT '{}',
                "correlation_id" character varying(128),
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f903ebdf175f062be69747b0f18" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_records_entity" ON "audit_records" ("entity_type", "entity_id", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "carriers" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(20) NOT NULL,
                "name" character varying(200) NOT NULL,
                "requires_doc_print" boolean NOT NULL DEFAULT true,
                "emails" character varying(254) array NOT NULL DEFAULT '{}',
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_fe886e72b3d9f67da3ce70f4368" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_carriers_code" ON "carriers" ("code")
        `);
    await queryRunner.query(`
            CREATE TABLE "clients" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(20) NOT NULL,
                "name" character varying(200) NOT NULL,
                "name_local" character varying(200),
                "emails" character varying(254) array NOT NULL DEFAULT '{}',
                "address" character varying(500),
                "language" character varying(2) NOT NULL DEFAULT 'zh',
                "payment_terms" character varying(10) NOT NULL,
                "credit_limit_minor" bigint,
                "credit_limit_currency" character(3),
                "credit_days" integer,
                "grade" character varying(1) NOT NULL DEFAULT 'c',
                "sales_user_id" uuid,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_clients_credit_limit" CHECK (
                    ("credit_limit_minor" IS NULL) = ("credit_limit_currency" IS NULL)
                ),
                CONSTRAINT "ck_clients_language" CHECK ("language" IN ('zh', 'en')),
                CONSTRAINT "ck_clients_grade" CHECK ("grade" IN ('a', 'b', 'c')),
                CONSTRAINT "ck_clients_payment_terms" CHECK (
                    "payment_terms" IN ('prepaid', 'collect', 'monthly')
                ),
                CONSTRAINT "PK_f1ab7cf3a5714dbc6bb4e1c28a4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_clients_sales_user" ON "clients" ("sales_user_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_clients_code" ON "clients" ("code")
        `);
    await queryRunner.query(`
            CREATE TABLE "counters" (
                "name" character varying(60) NOT NULL,
                "value" bigint NOT NULL,
                CONSTRAINT "PK_6a570b781e5dc263d6db32bda31" PRIMARY KEY ("name")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "idempotency_keys" (
                "actor_id" uuid NOT NULL,
                "key" character varying(255) NOT NULL,
                "request_hash" character(64) NOT NULL,
                "response_status" integer,
                "response_body" jsonb,
                "response_headers" jsonb,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_8a5af0c11ea21dd7a2593421498" PRIMARY KEY ("actor_id", "key")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_idempotency_keys_created_at" ON "idempotency_keys" ("created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "shipments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "reference" character varying(20) NOT NULL,
                "status" character varying(24) NOT NULL,
                "version" integer NOT NULL DEFAULT '1',
                "client_id" uuid NOT NULL,
                "carrier_id" uuid,
                "pol" character(5) NOT NULL,
                "pod" character(5) NOT NULL,
                "commodity" character varying(500) NOT NULL,
                "freight_term" character varying(10) NOT NULL,
                "agreed_rate_minor" bigint,
                "agreed_rate_currency" character(3),
                "vessel" character varying(100),
                "voyage" character varying(40),
                "etd" TIMESTAMP WITH TIME ZONE,
                "so_number" character varying(40),
                "carrier_booking_reference" character varying(40),
                "cutoff_cy" TIMESTAMP WITH TIME ZONE,
                "cutoff_si" TIMESTAMP WITH TIME ZONE,
                "cutoff_customs" TIMESTAMP WITH TIME ZONE,
                "cutoff_vgm" TIMESTAMP WITH TIME ZONE,
                "declaration_number" character varying(40),
                "inspection" character varying(10) NOT NULL DEFAULT 'none',
                "inspection_fee_minor" bigint,
                "inspection_fee_currency" character(3),
                "si_revision" integer NOT NULL DEFAULT '0',
                "shipping_instructions" jsonb,
                "bl_approved_client_revision" integer,
                "bl_approved_carrier_revision" integer,
                "bl_number" character varying(40),
                "release_mode" character varying(10),
                "cancel_reason" character varying(500),
                "created_by_id" uuid,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_shipments_version" CHECK ("version" > 0),
                CONSTRAINT "ck_shipments_freight_term" CHECK ("freight_term" IN ('prepaid', 'collect')),
                CONSTRAINT "ck_shipments_inspection" CHECK ("inspection" IN ('none', 'pending', 'cleared')),
                CONSTRAINT "ck_shipments_status" CHECK (
                    "status" IN (
                        'booking',
                        'booking_confirmed',
                        'space_requested',
                        'so_released',
                        'picked_up',
                        'stuffed',
                        'gated_in',
                        'customs_declared',
                        'customs_released',
                        'si_submitted',
                        'bl_checked',
                        'debit_noted',
                        'paid',
                        'released',
                        'cancelled'
                    )
                ),
                CONSTRAINT "PK_6deda4532ac542a93eab214b564" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_shipments_cutoff_cy" ON "shipments" ("cutoff_cy")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_shipments_carrier_created" ON "shipments" ("carrier_id", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_shipments_client_created" ON "shipments" ("client_id", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_shipments_status_created" ON "shipments" ("status", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_shipments_created" ON "shipments" ("created_at", "id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_shipments_reference" ON "shipments" ("reference")
        `);
    await queryRunner.query(`
            CREATE TABLE "containers" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "shipment_id" uuid NOT NULL,
                "seq" integer NOT NULL,
                "type" character varying(4) NOT NULL,
                "status" character varying(10) NOT NULL DEFAULT 'planned',
                "active" boolean NOT NULL DEFAULT true,
                "container_number" character varying(11),
                "seal_number" character varying(15),
                "picked_up_at" TIMESTAMP WITH TIME ZONE,
                "stuffed_at" TIMESTAMP WITH TIME ZONE,
                "gated_in_at" TIMESTAMP WITH TIME ZONE,
                "packages" integer,
                "gross_weight_kg" numeric(12, 3),
                "vgm_kg" numeric(12, 3),
                "terminal" character varying(100),
                CONSTRAINT "ck_containers_status" CHECK (
                    "status" IN ('planned', 'picked_up', 'stuffed', 'gated_in')
                ),
                CONSTRAINT "PK_21cbac3e68f7b1cf53d39cda70c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_containers_active_number" ON "containers" ("container_number")
            WHERE "active"
                AND "container_number" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_containers_shipment_seq" ON "containers" ("shipment_id", "seq")
        `);
    await queryRunner.query(`
            CREATE TABLE "shipment_events" (
                "id" BIGSERIAL NOT NULL,
                "shipment_id" uuid NOT NULL,
                "seq" integer NOT NULL,
                "type" character varying(40) NOT NULL,
                "from_status" character varying(24),
                "to_status" character varying(24),
                "dcsa_code" character varying(4),
                "actor_id" uuid,
                "actor_name" character varying(200) NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "data" jsonb NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_80a42a8d00d59cbfab38e1d0872" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_shipment_events_type" ON "shipment_events" ("type", "at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_shipment_events_seq" ON "shipment_events" ("shipment_id", "seq")
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "FK_0d1e90d75674c54f8660c4ed446" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "clients"
            ADD CONSTRAINT "FK_e50539206858e47fefe8457cdd5" FOREIGN KEY ("sales_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "shipments"
            ADD CONSTRAINT "FK_40f0dfb4d1a0052183b3c6728e1" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "shipments"
            ADD CONSTRAINT "FK_4f17b95585cca970248ddbbf0ab" FOREIGN KEY ("carrier_id") REFERENCES "carriers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "containers"
            ADD CONSTRAINT "FK_157155c3589439aadc503cce4c3" FOREIGN KEY ("shipment_id") REFERENCES "shipments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "shipment_events"
            ADD CONSTRAINT "FK_7550a4aa8c7fe2d64f6c71d7da1" FOREIGN KEY ("shipment_id") REFERENCES "shipments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);

    // Hand-written: prefix search indexes (q) and the append-only shipment history.
    for (const [table, column] of [
      ['shipments', 'reference'],
      ['shipments', 'so_number'],
      ['shipments', 'carrier_booking_reference'],
      ['shipments', 'bl_number'],
      ['containers', 'container_number'],
    ]) {
      const name = table === 'containers' ? 'ix_containers_number_pattern' : `ix_shipments_${column}_pattern`;
      await queryRunner.query(`CREATE INDEX "${name}" ON "${table}" ("${column}" varchar_pattern_ops)`);
    }
    await queryRunner.query(`
            CREATE FUNCTION shipment_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'shipment_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER shipment_events_no_update_delete BEFORE UPDATE OR DELETE ON "shipment_events"
            FOR EACH ROW EXECUTE FUNCTION shipment_events_append_only()
        `);
    await queryRunner.query(`
            CREATE TRIGGER shipment_events_no_truncate BEFORE TRUNCATE ON "shipment_events"
            FOR EACH STATEMENT EXECUTE FUNCTION shipment_events_append_only()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "shipment_events_no_truncate" ON "shipment_events"`);
    await queryRunner.query(`DROP TRIGGER "shipment_events_no_update_delete" ON "shipment_events"`);
    await queryRunner.query(`DROP FUNCTION shipment_events_append_only()`);
    for (const name of [
      'ix_containers_number_pattern',
      'ix_shipments_bl_number_pattern',
      'ix_shipments_carrier_booking_reference_pattern',
      'ix_shipments_so_number_pattern',
      'ix_shipments_reference_pattern',
    ]) {
      await queryRunner.query(`DROP INDEX "public"."${name}"`);
    }
    await queryRunner.query(`
            ALTER TABLE "shipment_events" DROP CONSTRAINT "FK_7550a4aa8c7fe2d64f6c71d7da1"
        `);
    await queryRunner.query(`
            ALTER TABLE "containers" DROP CONSTRAINT "FK_157155c3589439aadc503cce4c3"
        `);
    await queryRunner.query(`
            ALTER TABLE "shipments" DROP CONSTRAINT "FK_4f17b95585cca970248ddbbf0ab"
        `);
    await queryRunner.query(`
            ALTER TABLE "shipments" DROP CONSTRAINT "FK_40f0dfb4d1a0052183b3c6728e1"
        `);
    await queryRunner.query(`
            ALTER TABLE "clients" DROP CONSTRAINT "FK_e50539206858e47fefe8457cdd5"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "FK_0d1e90d75674c54f8660c4ed446"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_shipment_events_seq"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_shipment_events_type"
        `);
    await queryRunner.query(`
            DROP TABLE "shipment_events"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_containers_shipment_seq"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_containers_active_number"
        `);
    await queryRunner.query(`
            DROP TABLE "containers"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_shipments_reference"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_shipments_created"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_shipments_status_created"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_shipments_client_created"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_shipments_carrier_created"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_shipments_cutoff_cy"
        `);
    await queryRunner.query(`
            DROP TABLE "shipments"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_idempotency_keys_created_at"
        `);
    await queryRunner.query(`
            DROP TABLE "idempotency_keys"
        `);
    await queryRunner.query(`
            DROP TABLE "counters"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_clients_code"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_clients_sales_user"
        `);
    await queryRunner.query(`
            DROP TABLE "clients"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_carriers_code"
        `);
    await queryRunner.query(`
            DROP TABLE "carriers"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_audit_records_entity"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_records"
        `);
  }
}
