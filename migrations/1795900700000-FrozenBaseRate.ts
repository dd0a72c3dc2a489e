import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rate into the base currency frozen on each issued note as columns (`base_currency`, `base_rate`), next
 * to the list it was taken from (`fx_rates`), and the open receivables in one covering index: receivables
 * aging reads every open note, and with these it reads them from the index alone instead of fetching each
 * note's row and searching its rates (docs/performance.md, "Aging").
 *
 * Notes issued before this migration get the rate into the base currency the service is configured with
 * (`BASE_CURRENCY`, CNY by default), found in their frozen `fx_rates` exactly as the service finds it (the
 * first rate from the note's currency to the base). A note whose frozen base is not the one the service runs
 * with is still reckoned from `fx_rates`: the columns only make the common case fast.
 */
export class FrozenBaseRate1795900700000 implements MigrationInterface {
  name = 'FrozenBaseRate1795900700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "debit_notes" ADD "base_currency" character(3)`);
    await queryRunner.query(`ALTER TABLE "debit_notes" ADD "base_rate" numeric`);
    await queryRunner.query(
      `UPDATE "debit_notes" n
          SET "base_currency" = $1,
              "base_rate" = CASE WHEN n."currency" = $1 THEN 1
                                 ELSE (SELECT (x.r ->> 'rate')::numeric
                                         FROM jsonb_array_elements(n."fx_rates") WITH ORDINALITY AS x(r, i)
                                        WHERE x.r ->> 'from' = n."currency" AND x.r ->> 'to' = $1
                                        ORDER BY x.i LIMIT 1) END
        WHERE n."state" <> 'draft'`,
      [process.env.BASE_CURRENCY || 'CNY'],
    );
    // The open receivables, with what aging needs of each: an index-only scan (the table's rows are ten
    // times the size).
    await queryRunner.query(`
            CREATE INDEX "ix_debit_notes_open_receivable" ON "debit_notes" ("client_id", "issue_date")
              INCLUDE ("id", "currency", "total_minor", "paid_minor", "due_date", "base_currency", "base_rate")
             WHERE "direction" = 'receivable' AND "state" = 'issued' AND "settled_at" IS NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_debit_notes_open_receivable"`);
    await queryRunner.query(`ALTER TABLE "debit_notes" DROP COLUMN "base_rate"`);
    await queryRunner.query(`ALTER TABLE "debit_notes" DROP COLUMN "base_currency"`);
  }
}
