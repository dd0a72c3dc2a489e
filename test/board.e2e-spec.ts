import { createCarrier, createClient } from './factories/master-data';
import { shipmentAt } from './utils/flow';
import { bearer } from './utils/http';
import { createTestApp, TestApp } from './utils/test-app';

interface Card {
  id: string;
  status: string;
  flags: string[];
  containers: number;
  containersGatedIn: number;
  client: { id: string; code: string };
  carrier: { id: string } | null;
}
interface Board {
  cutoffWarningHours: number;
  columns: { status: string; count: number; items: Card[] }[];
  attention: Card[];
}

describe('GET /board: active shipments by stage, counts, flags and what needs someone now', () => {
  let t: TestApp;
  let op: string;
  let carrier: { id: string };
  let client: { id: string; code: string };
  const ids: Record<string, string> = {};
  const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

  const board = async (query: Record<string, string | number>, token = op) => {
    const res = await t.http().get('/api/v1/board').query(query).auth(token, bearer);
    expect(res.status).toBe(200);
    return res.body as Board;
  };
  const column = (b: Board, status: string) => b.columns.find((c) => c.status === status)!;

  beforeAll(async () => {
    t = await createTestApp();
    op = await t.tokenFor('operator');
    carrier = await createCarrier(t);
    client = await createClient(t);
    const at = async (
      name: string,
      status: Parameters<typeof shipmentAt>[1],
      cutoffs: Record<string, string>,
    ) => {
      const s = await shipmentAt(t, status, { clientId: client.id, carrierId: carrier.id });
      ids[name] = s.id;
      const sets = Object.keys(cutoffs).map((c, i) => `${c} = $${i + 2}`);
      if (sets.length)
        await t.dataSource.query(`UPDATE shipments SET ${sets.join(', ')} WHERE id = $1`, [
          s.id,
          ...Object.values(cutoffs),
        ]);
    };
    await at('booked', 'booking', {});
    await at('late', 'so_released', { cutoff_cy: hoursFromNow(-2) }); // CY cut-off passed, boxes out
    await at('soon', 'so_released', { cutoff_cy: hoursFromNow(3) }); // within the warning window
    await at('later', 'so_released', { cutoff_cy: hoursFromNow(24 * 10) });
    await at('noCutoff', 'so_released', { cutoff_cy: null as unknown as string });
    await at('siSoon', 'customs_released', { cutoff_si: hoursFromNow(2) });
    await at('gone', 'cancelled', {});
  });
  afterAll(() => t.close());

  it('counts every active stage in the flow order, and shows the earliest CY cut-off first', async () => {
    const b = await board({ clientId: client.id });
    expect(b.columns.map((c) => c.status)).not.toContain('cancelled');
    expect(b.columns.map((c) => c.status)).not.toContain('released');
    expect(b.columns[0]!.status).toBe('booking');
    expect(Object.fromEntries(b.columns.filter((c) => c.count).map((c) => [c.status, c.count]))).toEqual({
      booking: 1,
      so_released: 4,
      customs_released: 1,
    });
    expect(column(b, 'so_released').items.map((c) => c.id)).toEqual([
      ids.late,
      ids.soon,
      ids.later,
      ids.noCutoff,
    ]);
    const late = column(b, 'so_released').items[0]!;
    expect(late).toMatchObject({ client: { id: client.id, code: client.code }, carrier: { id: carrier.id } });
    expect(late.containers).toBeGreaterThan(0);
    expect(late.containersGatedIn).toBe(0);
  });

  it('flags the cut-offs coming or passed with the work not done, and lists those first in attention', async () => {
    const b = await board({ clientId: client.id });
    const flagsOf = (id: string) => b.columns.flatMap((c) => c.items).find((c) => c.id === id)!.flags;
    expect(flagsOf(ids.late!)).toEqual(['cy_cutoff_passed']);
    expect(flagsOf(ids.soon!)).toEqual(['cy_cutoff_soon']);
    expect(flagsOf(ids.later!)).toEqual([]);
    expect(flagsOf(ids.siSoon!)).toContain('si_cutoff_soon');
    expect(b.attention.map((c) => c.id)).toEqual([ids.late, ids.siSoon, ids.soon]);
  });

  it('shows only the first perStatus cards of a stage, and the count of all', async () => {
    const b = await board({ clientId: client.id, perStatus: 2 });
    expect(column(b, 'so_released')).toMatchObject({ count: 4 });
    expect(column(b, 'so_released').items.map((c) => c.id)).toEqual([ids.late, ids.soon]);
    const bad = await t.http().get('/api/v1/board?perStatus=0').auth(op, bearer);
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['perStatus']);
  });

  it("is scoped: a salesperson sees only their clients' shipments, a client user not the board", async () => {
    const stranger = await t.createUser({ role: 'sales', name: 'Other desk' });
    const b = await board({ clientId: client.id }, stranger.token);
    expect(b.columns.every((c) => c.count === 0 && c.items.length === 0)).toBe(true);
    expect(b.attention).toEqual([]);
    const own = await board({ clientId: client.id }, await t.tokenFor('sales'));
    expect(column(own, 'so_released').count).toBe(4);
    const clientUser = await t.createUser({ role: 'client', clientId: client.id });
    expect((await t.http().get('/api/v1/board').auth(clientUser.token, bearer)).status).toBe(403);
  });
});
