import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The live stream's sources (src/stream/, docs/api.md "Stream"), kept by the database so that no write path
 * can forget them:
 * - every event appended to `shipment_events` is announced with `pg_notify` (delivered to every listening
 *   instance when, and only if, its transaction commits, in commit order), and its transaction noted in
 *   `shipment_change_log`;
 * - a client given to another salesperson (or a new client given to one) is announced, since it changes
 *   what sales and managers may see.
 *
 * Why a log beside the history: a stream resumed after a reconnect must replay exactly what it missed, and
 * event ids are handed out when rows are inserted, not when they commit (an event with a lower id can
 * commit after one with a higher id was sent). So each announcement carries the snapshot of the statement
 * that wrote it (which transactions had finished: all of them were announced before it), and the log keeps
 * which transaction (`xid8`, never wrapping) wrote which event, so that a resumed stream replays exactly the
 * transactions its last snapshot did not see finished (src/stream/stream-cursor.ts). `shipment_events` keeps
 * its entity's columns (TypeORM ignores a table it has no entity for). The log is pruned after a day: a
 * stream away longer than that starts over.
 *
 * A row trigger, AFTER: it runs once the statement is done, so the shipment it reads is the one the same
 * statement wrote (its status, its client). Measured on the embedded database, a statement-level trigger
 * (a transition table, one JSON payload built with aggregates) cost the write path's one-event statement
 * several times what this one does; the payload is plain text for the same reason.
 * Payload, space-separated: `e <snapshot> <transaction> <event id> <shipment> <client> <seq> <type>
 * <status> <at>` (`at` as PostgreSQL writes a timestamptz, spaces included, last).
 * The channel names and the payload are written out as they were when this ran: a migration is history.
 */
export class ShipmentChangeNotify1795900500000 implements MigrationInterface {
  name = 'ShipmentChangeNotify1795900500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "shipment_change_log" (
                "tx_id" xid8 NOT NULL,
                "event_id" bigint NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
            )
        `);
    await queryRunner.query(`CREATE INDEX "ix_shipment_change_log_tx" ON "shipment_change_log" ("tx_id")`);
    await queryRunner.query(`
            CREATE FUNCTION shipment_events_announce() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                tx xid8 := pg_current_xact_id();
                client_id uuid;
                current_status text;
            BEGIN
                INSERT INTO shipment_change_log (tx_id, event_id) VALUES (tx, NEW.id);
                SELECT s.client_id, s.status INTO client_id, current_status FROM shipments s WHERE s.id = NEW.shipment_id;
                PERFORM pg_notify('quayside_shipment_changed', concat_ws(' ', 'e', pg_current_snapshot(), tx,
                    NEW.id, NEW.shipment_id, client_id, NEW.seq, NEW.type, coalesce(NEW.to_status, current_status),
                    NEW.at));
                RETURN NULL;
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER shipment_events_announce AFTER INSERT ON "shipment_events"
            FOR EACH ROW EXECUTE FUNCTION shipment_events_announce()
        `);
    await queryRunner.query(`
            CREATE FUNCTION clients_announce_owner() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('quayside_scope_changed', NEW.id::text);
                RETURN NULL;
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER clients_owner_changed AFTER UPDATE OF "sales_user_id" ON "clients"
            FOR EACH ROW WHEN (OLD."sales_user_id" IS DISTINCT FROM NEW."sales_user_id")
            EXECUTE FUNCTION clients_announce_owner()
        `);
    await queryRunner.query(`
            CREATE TRIGGER clients_owner_set AFTER INSERT ON "clients"
            FOR EACH ROW WHEN (NEW."sales_user_id" IS NOT NULL)
            EXECUTE FUNCTION clients_announce_owner()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "clients_owner_set" ON "clients"`);
    await queryRunner.query(`DROP TRIGGER "clients_owner_changed" ON "clients"`);
    await queryRunner.query(`DROP FUNCTION clients_announce_owner()`);
    await queryRunner.query(`DROP TRIGGER "shipment_events_announce" ON "shipment_events"`);
    await queryRunner.query(`DROP FUNCTION shipment_events_announce()`);
    await queryRunner.query(`DROP TABLE "shipment_change_log"`);
  }
}
