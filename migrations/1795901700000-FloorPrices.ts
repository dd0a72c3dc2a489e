import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Approvals that act (issue 16): floor prices per lane and container type, which managers edit; and the
 * approval's details (the credit terms a `credit_terms` approval asks for, the rate and floor of a
 * `below_floor_price` one).
 */
export class FloorPrices1795901700000 implements MigrationInterface {
  name = 'FloorPrices1795901700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "floor_prices" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "pol" character(5) NOT NULL,
                "pod" character varying(5) NOT NULL,
                "container_type" character varying(4) NOT NULL,
                "price_minor" bigint NOT NULL,
                "currency" character(3) NOT NULL,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0f82529862ef60d3b3a498d8515" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_floor_prices_lane" ON "floor_prices" ("pol", "pod", "container_type", "currency")
        `);
    await queryRunner.query(`ALTER TABLE "approvals" ADD "details" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "approvals" DROP COLUMN "details"`);
    await queryRunner.query(`DROP INDEX "public"."uq_floor_prices_lane"`);
    await queryRunner.query(`DROP TABLE "floor_prices"`);
  }
}
