import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11. A receivable note of a released shipment is voided only with a replacement note or an approved
 * `void_after_release` approval (one note per approval), both recorded on the note. An Idempotency-Key's answer
 * is kept as the exact JSON text that was sent (jsonb refuses some and reorders keys), and the key records
 * when the request's work committed, in the work's own transaction.
 */
export class VoidAfterReleaseExactReplays1795800200000 implements MigrationInterface {
  name = 'VoidAfterReleaseExactReplays1795800200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "approvals" DROP CONSTRAINT "ck_approvals_type"
        `);
    await queryRunner.query(`
            ALTER TABLE "approvals"
            ADD CONSTRAINT "ck_approvals_type" CHECK (
                "type" IN ('release_before_payment', 'void_after_release', 'credit_terms', 'below_floor_price', 'other')
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "debit_notes"
            ADD "void_approval_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "debit_notes"
            ADD "replacement_note_id" uuid
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_debit_notes_void_approval" ON "debit_notes" ("void_approval_id")
            WHERE "void_approval_id" IS NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "debit_notes"
            ADD CONSTRAINT "FK_386164061d3c4b07d08228c75b3" FOREIGN KEY ("void_approval_id") REFERENCES "approvals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "debit_notes"
            ADD CONSTRAINT "FK_782e6c6a9f901fb6eeae0d9c8cb" FOREIGN KEY ("replacement_note_id") REFERENCES "debit_notes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    // The answers already kept stay replayable: jsonb's text is JSON too.
    await queryRunner.query(`
            ALTER TABLE "idempotency_keys"
            ALTER COLUMN "response_body" TYPE text USING "response_body"::text
        `);
    await queryRunner.query(`
            ALTER TABLE "idempotency_keys"
            ADD "work_committed_at" TIMESTAMP WITH TIME ZONE
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "idempotency_keys" DROP COLUMN "work_committed_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "idempotency_keys"
            ALTER COLUMN "response_body" TYPE jsonb USING "response_body"::jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "debit_notes" DROP CONSTRAINT "FK_782e6c6a9f901fb6eeae0d9c8cb"
        `);
    await queryRunner.query(`
            ALTER TABLE "debit_notes" DROP CONSTRAINT "FK_386164061d3c4b07d08228c75b3"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_debit_notes_void_approval"
        `);
    await queryRunner.query(`
            ALTER TABLE "debit_notes" DROP COLUMN "replacement_note_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "debit_notes" DROP COLUMN "void_approval_id"
        `);
    await queryRunner.query(`
            DELETE FROM "approvals" WHERE "type" = 'void_after_release'
        `);
    await queryRunner.query(`
            ALTER TABLE "approvals" DROP CONSTRAINT "ck_approvals_type"
        `);
    await queryRunner.query(`
            ALTER TABLE "approvals"
            ADD CONSTRAINT "ck_approvals_type" CHECK (
                "type" IN ('release_before_payment', 'credit_terms', 'below_floor_price', 'other')
            )
        `);
  }
}
