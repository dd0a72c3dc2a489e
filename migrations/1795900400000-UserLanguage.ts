import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each user's language for the console (`zh` by default, or `en`), and the tokens they ended by signing out
 * before those expired (docs/security.md, "The console's session").
 */
export class UserLanguage1795900400000 implements MigrationInterface {
  name = 'UserLanguage1795900400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "language" character varying(2) NOT NULL DEFAULT 'zh'
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "ended_tokens" jsonb NOT NULL DEFAULT '{}'
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "ck_users_language" CHECK ("language" IN ('zh', 'en'))
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "ck_users_language"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "ended_tokens"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "language"
        `);
  }
}
