import { MigrationInterface, QueryRunner } from 'typeorm';

export class Outbox1795736377275 implements MigrationInterface {
  name = 'Outbox1795736377275';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "emails" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "message_id" character varying(200) NOT NULL,
                "template" character varying(60) NOT NULL,
                "language" character varying(2) NOT NULL,
                "to" character varying(254) array NOT NULL,
                "subject" character varying(500) NOT NULL,
                "body" text NOT NULL,
                "attachments" jsonb NOT NULL DEFAULT '[]',
                "shipment_id" uuid,
                "client_id" uuid,
                "dedupe_key" character varying(200),
                "status" character varying(10) NOT NULL DEFAULT 'pending',
                "attempts" integer NOT NULL DEFAULT '0',
                "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "lease_until" TIMESTAMP WITH TIME ZONE,
                "last_error" text,
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_emails_status" CHECK (
                    "status" IN ('pending', 'sending', 'sent', 'failed')
                ),
                CONSTRAINT "PK_a54dcebef8d05dca7e839749571" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_emails_client" ON "emails" ("client_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_emails_shipment" ON "emails" ("shipment_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_emails_due" ON "emails" ("status", "next_attempt_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_emails_dedupe_key" ON "emails" ("dedupe_key")
            WHERE "dedupe_key" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_emails_message_id" ON "emails" ("message_id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."uq_emails_message_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_emails_dedupe_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_emails_due"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_emails_shipment"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_emails_client"
        `);
    await queryRunner.query(`
            DROP TABLE "emails"
        `);
  }
}
