import { MigrationInterface, QueryRunner } from 'typeorm';

/** A client's unified social credit code (统一社会信用代码), printed on its debit notes (issue 17). */
export class ClientTaxId1795902100000 implements MigrationInterface {
  name = 'ClientTaxId1795902100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clients" ADD "tax_id" character varying(18)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clients" DROP COLUMN "tax_id"`);
  }
}
