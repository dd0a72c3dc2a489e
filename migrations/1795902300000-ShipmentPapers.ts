import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The shipment's papers (issue 18, docs/papers.md): attachment kinds as data, files stored once per SHA-256 in
 * 256 KiB chunks, the attachments on shipments, and the checklist of papers each action needs (warnings by
 * default: a manager makes one blocking).
 */
export class ShipmentPapers1795902300000 implements MigrationInterface {
  name = 'ShipmentPapers1795902300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "attachment_kinds" (
        "code" character varying(32) NOT NULL,
        "name_zh" character varying(60) NOT NULL,
        "name_en" character varying(60) NOT NULL,
        "position" integer NOT NULL,
        CONSTRAINT "pk_attachment_kinds" PRIMARY KEY ("code")
      )`);
    await queryRunner.query(`
      INSERT INTO "attachment_kinds" ("code", "name_zh", "name_en", "position") VALUES
        ('so', '订舱单 (S/O)', 'Shipping order (S/O)', 10),
        ('packing_list', '装箱单', 'Packing list', 20),
        ('commercial_invoice', '商业发票', 'Commercial invoice', 30),
        ('customs_declaration', '报关单', 'Customs declaration', 40),
        ('customs_release', '放行条', 'Customs release', 50),
        ('vgm', 'VGM 称重声明', 'VGM declaration', 60),
        ('carrier_bl_draft', '船公司提单确认件', 'Carrier B/L draft', 70),
        ('telex_release', '电放保函/电放单', 'Telex release', 80),
        ('photo', '照片', 'Photo', 90),
        ('other', '其他', 'Other', 100)`);
    await queryRunner.query(`
      CREATE TABLE "file_blobs" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "sha256" character(64),
        "size" bigint NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_file_blobs" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_file_blobs_sha256" ON "file_blobs" ("sha256")`);
    await queryRunner.query(`
      CREATE TABLE "file_blob_chunks" (
        "blob_id" uuid NOT NULL,
        "seq" integer NOT NULL,
        "data" bytea NOT NULL,
        CONSTRAINT "pk_file_blob_chunks" PRIMARY KEY ("blob_id", "seq"),
        CONSTRAINT "fk_file_blob_chunks_blob" FOREIGN KEY ("blob_id") REFERENCES "file_blobs"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`
      CREATE TABLE "attachments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "shipment_id" uuid NOT NULL,
        "container_id" uuid,
        "kind" character varying(32) NOT NULL,
        "note" character varying(500),
        "client_visible" boolean NOT NULL DEFAULT false,
        "filename" character varying(200) NOT NULL,
        "content_type" character varying(100) NOT NULL,
        "size" bigint NOT NULL,
        "sha256" character(64) NOT NULL,
        "blob_id" uuid NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "created_by_id" uuid,
        "removed_at" TIMESTAMP(3) WITH TIME ZONE,
        "removed_by_id" uuid,
        "remove_reason" character varying(500),
        "version" integer NOT NULL DEFAULT '1',
        CONSTRAINT "pk_attachments" PRIMARY KEY ("id"),
        CONSTRAINT "fk_attachments_shipment" FOREIGN KEY ("shipment_id") REFERENCES "shipments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "fk_attachments_container" FOREIGN KEY ("container_id") REFERENCES "containers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "fk_attachments_kind" FOREIGN KEY ("kind") REFERENCES "attachment_kinds"("code") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "fk_attachments_blob" FOREIGN KEY ("blob_id") REFERENCES "file_blobs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "fk_attachments_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "fk_attachments_removed_by" FOREIGN KEY ("removed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "ix_attachments_blob" ON "attachments" ("blob_id")`);
    await queryRunner.query(
      `CREATE INDEX "ix_attachments_shipment" ON "attachments" ("shipment_id", "created_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "paper_rules" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "action" character varying(32) NOT NULL,
        "kind" character varying(32) NOT NULL,
        "severity" character varying(10) NOT NULL,
        "carrier_id" uuid,
        "client_id" uuid,
        "version" integer NOT NULL DEFAULT '1',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_paper_rules_severity" CHECK ("severity" IN ('blocking', 'warning', 'waived')),
        CONSTRAINT "pk_paper_rules" PRIMARY KEY ("id"),
        CONSTRAINT "fk_paper_rules_kind" FOREIGN KEY ("kind") REFERENCES "attachment_kinds"("code") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "fk_paper_rules_carrier" FOREIGN KEY ("carrier_id") REFERENCES "carriers"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_paper_rules_client" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    // One rule per action, kind and scope: the defaults (no carrier, no client) included.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_paper_rules_scope" ON "paper_rules" ("action", "kind", "carrier_id", "client_id") NULLS NOT DISTINCT`,
    );
    // The defaults (docs/papers.md): S/O before pickup, packing list and commercial invoice before the customs
    // declaration, the customs release before the SI. Warnings: none holds a shipment until a manager says so.
    await queryRunner.query(`
      INSERT INTO "paper_rules" ("action", "kind", "severity") VALUES
        ('pickup', 'so', 'warning'),
        ('declare-customs', 'packing_list', 'warning'),
        ('declare-customs', 'commercial_invoice', 'warning'),
        ('submit-si', 'customs_release', 'warning')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "paper_rules"`);
    await queryRunner.query(`DROP TABLE "attachments"`);
    await queryRunner.query(`DROP TABLE "file_blob_chunks"`);
    await queryRunner.query(`DROP TABLE "file_blobs"`);
    await queryRunner.query(`DROP TABLE "attachment_kinds"`);
  }
}
