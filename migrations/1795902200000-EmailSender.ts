import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who an e-mail is from, as the reader sees it: each user's phone (printed in the signature of the e-mails
 * sent on their behalf and on the papers that name them), and the e-mail's Reply-To (the shipment's
 * operator, or the client's salesperson) kept on the outbox row (docs/documents.md "E-mails").
 */
export class EmailSender1795902200000 implements MigrationInterface {
  name = 'EmailSender1795902200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "phone" character varying(40)
        `);
    await queryRunner.query(`
            ALTER TABLE "emails"
            ADD "reply_to" character varying(254)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "emails" DROP COLUMN "reply_to"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "phone"
        `);
  }
}
