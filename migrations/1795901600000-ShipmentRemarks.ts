import { MigrationInterface, QueryRunner } from 'typeorm';

/** The staff's remarks on a shipment, edited with PATCH /shipments/:id (issue 16, "Bookings change"). */
export class ShipmentRemarks1795901600000 implements MigrationInterface {
  name = 'ShipmentRemarks1795901600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "shipments" ADD "remarks" character varying(1000)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "shipments" DROP COLUMN "remarks"`);
  }
}
