import { PreconditionFailedError } from '../src/common/errors/app-error';
import { Client } from '../src/clients/entities/client.entity';
import { QuaysideDataSource, connectDataSource } from '../src/database/data-source';
import { setBlNumber } from '../src/shipments/actions/bl-number';
import { NO_BILLING } from '../src/shipments/domain/shipment-machine';
import { Container } from '../src/shipments/entities/container.entity';
import { Shipment } from '../src/shipments/entities/shipment.entity';
import type { ShipmentChange } from '../src/shipments/shipment-change';
import { ShipmentRows } from '../src/shipments/shipment-rows';
import { ShipmentWriter } from '../src/shipments/shipment-writer';
import { createTestDatabase, TestDatabase } from './utils/test-database';

// The write engine below HTTP (docs/architecture.md, "The shipment write path"), on a real database of
// each kind: what it reads, when it decides again, and what it refuses. The work it runs here is the B/L
// number edit (one event, no status rule), so that the tests are about the writer, not the state machine.
describe(`the shipment writer on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let db: TestDatabase;
  let ds: QuaysideDataSource;
  let n = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await connectDataSource(db.database);
  });
  afterAll(async () => {
    await ds.destroy();
    await db.dispose();
  });
  afterEach(() => jest.restoreAllMocks());

  /** A writer as one instance of the service has it: system work (no actor), every client in scope. */
  const newWriter = (): ShipmentWriter =>
    new ShipmentWriter(
      ds,
      { actorOrNull: null, commitMark: undefined },
      { includes: () => Promise.resolve(true) },
      { factsFor: () => Promise.resolve(NO_BILLING) },
    );

  async function booked(): Promise<string> {
    n++;
    const client = await ds
      .getRepository(Client)
      .save(
        ds
          .getRepository(Client)
          .create({ code: `WRITER${n}`, name: `Writer test ${n}`, paymentTerms: 'prepaid' }),
      );
    const shipment = await ds.getRepository(Shipment).save(
      ds.getRepository(Shipment).create({
        reference: `SE0000-W${n}`,
        status: 'booking',
        clientId: client.id,
        pol: 'CNSHA',
        pod: 'USLAX',
        commodity: 'furniture',
        freightTerm: 'prepaid',
      }),
    );
    await ds.getRepository(Container).save({ shipmentId: shipment.id, seq: 1, type: '40HC' });
    return shipment.id;
  }

  /** The work: set the B/L number, noting the number the writer showed it first. */
  const setTo =
    (blNumber: string, seen: (string | null)[] = []) =>
    (change: ShipmentChange): Promise<void> => {
      seen.push(change.shipment.blNumber);
      setBlNumber(change, blNumber, 'edit');
      return Promise.resolve();
    };

  const row = async (id: string): Promise<{ version: number; blNumber: string | null }> => {
    const [found] = await ds.query<{ version: number; blNumber: string | null }[]>(
      'SELECT version, bl_number AS "blNumber" FROM shipments WHERE id = $1',
      [id],
    );
    return found!;
  };
  const numbersSet = async (id: string): Promise<unknown[]> =>
    (
      await ds.query<{ data: unknown }[]>(
        `SELECT data FROM shipment_events WHERE shipment_id = $1 AND type = 'bl_number_set' ORDER BY seq`,
        [id],
      )
    ).map((e) => e.data);

  describe('remembered shipments', () => {
    it('decides the next change on the shipment it just wrote, without reading it', async () => {
      const writer = newWriter();
      const id = await booked();
      const reads = jest.spyOn(ShipmentRows.prototype, 'load');

      const first = await writer.change(id, undefined, setTo('BL-1'));
      expect(reads).toHaveBeenCalledTimes(1);
      const second = await writer.change(id, undefined, setTo('BL-2'));

      expect(reads).toHaveBeenCalledTimes(1);
      expect(second.shipment.version).toBe(first.shipment.version + 1);
      expect(await row(id)).toEqual({ version: second.shipment.version, blNumber: 'BL-2' });
      expect(await numbersSet(id)).toEqual([
        { from: null, to: 'BL-1', via: 'edit' },
        { from: 'BL-1', to: 'BL-2', via: 'edit' },
      ]);
    });

    it('decides again on a read when the row changed behind its back, and writes once', async () => {
      const writer = newWriter();
      const id = await booked();
      await writer.change(id, undefined, setTo('BL-1'));
      // Another instance changes it: this writer's memory is now one version behind.
      await newWriter().change(id, undefined, setTo('BL-OTHER'));
      const reads = jest.spyOn(ShipmentRows.prototype, 'load');
      const seen: (string | null)[] = [];

      const written = await writer.change(id, undefined, setTo('BL-3', seen));

      expect(seen).toEqual(['BL-1', 'BL-OTHER']);
      expect(reads).toHaveBeenCalledTimes(1);
      expect(await row(id)).toEqual({ version: written.shipment.version, blNumber: 'BL-3' });
      expect(await numbersSet(id)).toEqual([
        { from: null, to: 'BL-1', via: 'edit' },
        { from: 'BL-1', to: 'BL-OTHER', via: 'edit' },
        { from: 'BL-OTHER', to: 'BL-3', via: 'edit' },
      ]);
    });

    it('honours an If-Match that matches the row though not the memory', async () => {
      const writer = newWriter();
      const id = await booked();
      await writer.change(id, undefined, setTo('BL-1'));
      await newWriter().change(id, undefined, setTo('BL-OTHER'));
      const { version } = await row(id);

      const written = await writer.change(id, version, setTo('BL-3'));

      expect(written.shipment.version).toBe(version + 1);
      expect((await row(id)).blNumber).toBe('BL-3');
    });
  });

  describe('stale versions', () => {
    it('refuses a change at a version the shipment has left (412 with the current one), writing nothing', async () => {
      const writer = newWriter();
      const id = await booked();
      const { version } = await row(id);
      await newWriter().change(id, undefined, setTo('BL-OTHER'));
      const work = jest.fn(setTo('BL-LATE'));

      const refused = await writer.change(id, version, work).catch((error: unknown) => error);

      expect(refused).toBeInstanceOf(PreconditionFailedError);
      expect(refused).toMatchObject({ statusCode: 412, details: { currentVersion: version + 1 } });
      expect(work).not.toHaveBeenCalled();
      expect(await row(id)).toEqual({ version: version + 1, blNumber: 'BL-OTHER' });
    });

    it('refuses with 412 when the version moves between the read and the write under If-Match', async () => {
      const writer = newWriter();
      const id = await booked();
      const { version } = await row(id);
      let moved = false;

      const refused = await writer
        .change(id, version, async (change) => {
          if (!moved) {
            moved = true;
            await newWriter().change(id, undefined, setTo('BL-OTHER'));
          }
          return setTo('BL-LATE')(change);
        })
        .catch((error: unknown) => error);

      expect(refused).toBeInstanceOf(PreconditionFailedError);
      expect(await row(id)).toEqual({ version: version + 1, blNumber: 'BL-OTHER' });
    });
  });

  describe('retries', () => {
    it('decides again when the version moves between the read and the write, and records one event', async () => {
      const writer = newWriter();
      const id = await booked();
      const { version } = await row(id);
      const seen: (string | null)[] = [];

      const written = await writer.change(id, undefined, async (change) => {
        // The first time only: another instance writes the shipment after this one read it.
        if (!seen.length) await newWriter().change(id, undefined, setTo('BL-OTHER'));
        return setTo('BL-FINAL', seen)(change);
      });

      expect(seen).toEqual([null, 'BL-OTHER']);
      expect(written.shipment.version).toBe(version + 2);
      expect(await row(id)).toEqual({ version: version + 2, blNumber: 'BL-FINAL' });
      expect(await numbersSet(id)).toEqual([
        { from: null, to: 'BL-OTHER', via: 'edit' },
        { from: 'BL-OTHER', to: 'BL-FINAL', via: 'edit' },
      ]);
    });
  });
});
