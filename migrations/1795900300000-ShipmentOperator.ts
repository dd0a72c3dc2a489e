import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The operator assigned to a shipment (the console's "mine"): set on booking, changed by operators and
 * managers, each change an event. Shipments booked by an operator before this are theirs.
 */
export class ShipmentOperator1795900300000 implements MigrationInterface {
  name = 'ShipmentOperator1795900300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "shipments" ADD "operator_id" uuid`);
    await queryRunner.query(`
            UPDATE "shipments" s SET "operator_id" = s."created_by_id"
              FROM "users" u WHERE u."id" = s."created_by_id" AND u."role" = 'operator'
        `);
    // The board's "mine": an operator's active shipments.
    await queryRunner.query(`
            CREATE INDEX "ix_shipments_operator_active" ON "shipments" ("operator_id", "status")
             WHERE "status" NOT IN ('released', 'cancelled')
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_shipments_operator_active"`);
    await queryRunner.query(`ALTER TABLE "shipments" DROP COLUMN "operator_id"`);
  }
}
