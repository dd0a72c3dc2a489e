import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two indexes the board and the receivables reports read at scale (docs/performance.md):
 * - the shipments that were rolled, by shipment: the board's "rolled" badge looks up its cards' shipments in
 *   a few hundred entries instead of intersecting every `rolled` event with every event of those shipments;
 * - each settled receivable as a point (day issued, when settled): the notes open on a past day, issued by
 *   then and settled after, are the points in one quarter of the plane, which a GiST index finds directly;
 *   by either date alone they are a few among every note settled since, or every note issued before.
 */
export class ReportIndexes1795900600000 implements MigrationInterface {
  name = 'ReportIndexes1795900600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE INDEX "ix_shipment_events_rolled" ON "shipment_events" ("shipment_id") WHERE "type" = 'rolled'
        `);
    // The expression is the one reports.service.ts (SETTLED_SPAN) queries, character for character in meaning.
    await queryRunner.query(`
            CREATE INDEX "ix_debit_notes_receivable_span" ON "debit_notes" USING gist
              (point("issue_date" - DATE '2000-01-01', extract(epoch FROM "settled_at" AT TIME ZONE 'UTC')))
             WHERE "direction" = 'receivable' AND "state" = 'issued' AND "settled_at" IS NOT NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_debit_notes_receivable_span"`);
    await queryRunner.query(`DROP INDEX "ix_shipment_events_rolled"`);
  }
}
