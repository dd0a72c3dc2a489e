import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Years of data (docs/performance.md): every list, search, board query and report answers from an index.
 * - debit notes and e-mails get indexes in each list's order (created_at, id), alone and after each filter;
 * - `debit_notes.settled_at`: when an issued receivable was paid in full (the latest payment's received_at),
 *   so aging and statements read only the notes that can be open on a date: unsettled, or settled after it;
 * - partial indexes over the active shipments for the board (counts by status, cut-offs coming).
 * The status lists are written out as they were when this ran: a migration is history.
 */
export class ListIndexes1795900000000 implements MigrationInterface {
  name = 'ListIndexes1795900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "debit_notes" ADD "settled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`
            UPDATE "debit_notes" n
               SET "settled_at" = paid."received_at"
              FROM (SELECT a."debit_note_id", max(p."received_at") AS "received_at"
                      FROM "payment_allocations" a JOIN "payments" p ON p."id" = a."payment_id"
                     GROUP BY a."debit_note_id") paid
             WHERE paid."debit_note_id" = n."id" AND n."state" = 'issued' AND n."direction" = 'receivable'
               AND n."paid_minor" >= n."total_minor"
        `);
    await queryRunner.query(`DROP INDEX "ix_debit_notes_client_state"`);
    for (const sql of [
      // Debit notes: the list, newest first, unfiltered and after each filter.
      `CREATE INDEX "ix_debit_notes_created" ON "debit_notes" ("created_at", "id")`,
      `CREATE INDEX "ix_debit_notes_client_created" ON "debit_notes" ("client_id", "created_at", "id")`,
      `CREATE INDEX "ix_debit_notes_state_created" ON "debit_notes" ("state", "created_at", "id")`,
      `CREATE INDEX "ix_debit_notes_open_created" ON "debit_notes" ("created_at", "id")
         WHERE "state" = 'issued' AND "paid_minor" < "total_minor"`,
      // Receivables that can be open on a date (aging, statements, credit checks, reminders).
      `CREATE INDEX "ix_debit_notes_receivable_settled" ON "debit_notes" ("settled_at")
         WHERE "direction" = 'receivable' AND "state" = 'issued'`,
      `CREATE INDEX "ix_debit_notes_client_receivable_settled" ON "debit_notes" ("client_id", "settled_at")
         WHERE "direction" = 'receivable' AND "state" = 'issued'`,
      `CREATE INDEX "ix_debit_notes_open_due" ON "debit_notes" ("due_date")
         WHERE "direction" = 'receivable' AND "state" = 'issued' AND "paid_minor" < "total_minor"`,
      // Money received after a date (what was still open on it).
      `CREATE INDEX "ix_payments_received" ON "payments" ("received_at")`,
      // E-mails: the outbox list, newest first.
      `CREATE INDEX "ix_emails_created" ON "emails" ("created_at", "id")`,
      `CREATE INDEX "ix_emails_status_created" ON "emails" ("status", "created_at", "id")`,
      // The board: the active shipments by status, and those whose CY cut-off comes before their boxes are in.
      `CREATE INDEX "ix_shipments_active_status" ON "shipments" ("status", "cutoff_cy")
         WHERE "status" NOT IN ('released', 'cancelled')`,
      `CREATE INDEX "ix_shipments_awaiting_gate_in_cutoff" ON "shipments" ("cutoff_cy")
         WHERE "status" IN ('so_released', 'picked_up', 'stuffed')`,
      `CREATE INDEX "ix_shipments_awaiting_si_cutoff" ON "shipments" ("cutoff_si")
        WHERE "status" IN ('so_released', 'picked_up', 'stuffed', 'gated_in', 'customs_declared', 'customs_released')`,
      `CREATE INDEX "ix_shipments_inspection_pending" ON "shipments" ("status")
        WHERE "inspection" = 'pending' AND "status" NOT IN ('released', 'cancelled')`,
    ]) {
      await queryRunner.query(sql);
    }
    await queryRunner.query(`DROP INDEX "ix_emails_client"`);
    await queryRunner.query(`CREATE INDEX "ix_emails_client" ON "emails" ("client_id", "created_at", "id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_emails_client"`);
    await queryRunner.query(`CREATE INDEX "ix_emails_client" ON "emails" ("client_id", "created_at")`);
    for (const name of [
      'ix_shipments_inspection_pending',
      'ix_shipments_awaiting_si_cutoff',
      'ix_shipments_awaiting_gate_in_cutoff',
      'ix_shipments_active_status',
      'ix_emails_status_created',
      'ix_payments_received',
      'ix_emails_created',
      'ix_debit_notes_open_due',
      'ix_debit_notes_client_receivable_settled',
      'ix_debit_notes_receivable_settled',
      'ix_debit_notes_open_created',
      'ix_debit_notes_state_created',
      'ix_debit_notes_client_created',
      'ix_debit_notes_created',
    ]) {
      await queryRunner.query(`DROP INDEX "${name}"`);
    }
    await queryRunner.query(
      `CREATE INDEX "ix_debit_notes_client_state" ON "debit_notes" ("client_id", "state")`,
    );
    await queryRunner.query(`ALTER TABLE "debit_notes" DROP COLUMN "settled_at"`);
  }
}
