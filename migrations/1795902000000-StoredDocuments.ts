import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every document sent to a client kept as sent (issue 17, "Documents that never change once sent";
 * docs/documents.md): the bytes, their SHA-256, and the version within the document's series.
 */
export class StoredDocuments1795902000000 implements MigrationInterface {
  name = 'StoredDocuments1795902000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "documents" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" character varying(30) NOT NULL,
        "series" character varying(80) NOT NULL,
        "version" integer NOT NULL,
        "client_id" uuid NOT NULL,
        "shipment_id" uuid,
        "debit_note_id" uuid,
        "filename" character varying(200) NOT NULL,
        "content_type" character varying(100) NOT NULL,
        "sha256" character(64) NOT NULL,
        "size" integer NOT NULL,
        "content" bytea NOT NULL,
        "sent_to" character varying(254) array NOT NULL DEFAULT '{}',
        "email_id" uuid,
        "created_by_id" uuid,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_documents_kind" CHECK ("kind" IN ('booking_confirmation', 'so_notice', 'debit_note', 'statement', 'bl_draft')),
        CONSTRAINT "pk_documents" PRIMARY KEY ("id"),
        CONSTRAINT "fk_documents_client" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "fk_documents_shipment" FOREIGN KEY ("shipment_id") REFERENCES "shipments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "fk_documents_debit_note" FOREIGN KEY ("debit_note_id") REFERENCES "debit_notes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_documents_series_version" ON "documents" ("series", "version")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_documents_shipment" ON "documents" ("shipment_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_documents_client" ON "documents" ("client_id", "created_at", "id")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_documents_debit_note" ON "documents" ("debit_note_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "documents"`);
  }
}
