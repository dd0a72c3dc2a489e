import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tokens end with the password that issued them (docs/security.md, "Issue 11: authentication"). */
export class TokenGeneration1795800100000 implements MigrationInterface {
  name = 'TokenGeneration1795800100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "token_generation" integer NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "kept_token_id" uuid
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "kept_token_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "token_generation"
        `);
  }
}
