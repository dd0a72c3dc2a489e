import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11: an issued debit note prints from a snapshot taken when it was issued (parties, shipment, our
 * company), and the last FX rate used for a pair is found from the newest issued notes.
 *
 * Notes issued before this migration get a snapshot of the parties and the shipment as they stand now (what
 * they were at issue is not known any more: from here on they stop changing); their company block stays as
 * configured (`company: null`), since the configuration is not in the database.
 */
export class IssuedNoteSnapshot1795800000000 implements MigrationInterface {
  name = 'IssuedNoteSnapshot1795800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "debit_notes"
            ADD "snapshot" jsonb
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_debit_notes_issued_at" ON "debit_notes" ("issued_at")
        `);
    await queryRunner.query(`
            UPDATE "debit_notes" n
               SET "snapshot" = jsonb_build_object(
                     'takenAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                     'company', NULL,
                     'party', CASE
                       WHEN n."client_id" IS NOT NULL THEN (
                         SELECT jsonb_build_object('code', c."code", 'name', c."name",
                                                   'nameLocal', c."name_local", 'address', c."address")
                           FROM "clients" c WHERE c."id" = n."client_id")
                       ELSE (
                         SELECT jsonb_build_object('code', k."code", 'name', k."name",
                                                   'nameLocal', NULL, 'address', NULL)
                           FROM "carriers" k WHERE k."id" = n."carrier_id")
                     END,
                     'shipment', (
                       SELECT jsonb_build_object(
                                'reference', s."reference", 'blNumber', s."bl_number",
                                'vessel', s."vessel", 'voyage', s."voyage", 'pol', s."pol", 'pod', s."pod",
                                'etd', to_char(s."etd" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                'containers', COALESCE((
                                  SELECT jsonb_agg(jsonb_build_object('number', ct."container_number",
                                                                      'sealNumber', ct."seal_number",
                                                                      'type', ct."type")
                                                   ORDER BY ct."seq")
                                    FROM "containers" ct
                                   WHERE ct."shipment_id" = s."id" AND ct."container_number" IS NOT NULL
                                ), '[]'::jsonb))
                         FROM "shipments" s WHERE s."id" = n."shipment_id")
                   )
             WHERE n."issued_at" IS NOT NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."ix_debit_notes_issued_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "debit_notes" DROP COLUMN "snapshot"
        `);
  }
}
