import { ReportsService } from '../src/billing/reports.service';
import { fxRate, issueReceivable, money, pay, shiftDays, today, type DebitNote } from './factories/billing';
import { createCarrier, createClient } from './factories/master-data';
import { shipmentAt } from './utils/flow';
import { bearer } from './utils/http';
import { createTestApp, TestApp } from './utils/test-app';

/**
 * Aging and statements are computed in SQL over the notes that can be open on a date (unsettled, or settled
 * after it). These tests hold the answer for every date against a plain computation from the notes and
 * payments themselves, through back-dated payments, a note settled after the date, and payments received
 * at the edges of a day in the business's time zone.
 */
describe('receivables on any date (aging and statements from the notes that can be open)', () => {
  let t: TestApp;
  let accounts: string;
  let clientId: string;
  let base: string;

  /** What the test did, to compute the expected answer by hand: each note and the money received for it. */
  const ledger: {
    note: DebitNote;
    issueDate: string;
    dueDate: string;
    /** Units of CNY per unit of the note's currency, when it is not CNY. */
    rate?: string;
    paid: { minor: bigint; receivedOn: string }[];
  }[] = [];

  /** Asia/Shanghai has no daylight saving: a local day ends at 16:00 UTC. */
  const lastSecondOf = (day: string) => `${day}T15:59:59.999Z`;
  const firstSecondAfter = (day: string) => `${day}T16:00:00.000Z`;

  beforeAll(async () => {
    t = await createTestApp();
    expect(t.config.timezone).toBe('Asia/Shanghai');
    accounts = await t.tokenFor('accounts');
    base = today(t);
    const carrier = await createCarrier(t);
    clientId = (await createClient(t)).id;
    const { id: shipmentId } = await shipmentAt(t, 'booking', { clientId, carrierId: carrier.id });

    const note = async (
      daysAgo: number,
      dueInDays: number,
      amount: string,
      currency = 'CNY',
      rate?: string,
    ) => {
      const issued = await issueReceivable(t, shipmentId, {
        lines: [{ description: `Freight ${ledger.length + 1}`, amount: money(amount, currency) }],
        ...(rate ? { currency, fxRates: [fxRate(rate)] } : {}),
      });
      // Issue dates come from the clock: move the note back as if issued `daysAgo` days ago.
      const issueDate = shiftDays(base, -daysAgo);
      const dueDate = shiftDays(issueDate, dueInDays);
      await t.dataSource.query(`UPDATE debit_notes SET issue_date = $2, due_date = $3 WHERE id = $1`, [
        issued.id,
        issueDate,
        dueDate,
      ]);
      const entry = {
        note: issued,
        issueDate,
        dueDate,
        rate,
        paid: [] as { minor: bigint; receivedOn: string }[],
      };
      ledger.push(entry);
      return entry;
    };
    const receive = async (entry: (typeof ledger)[number], amount: string, receivedAt: string) => {
      await pay(t, [{ note: entry.note, amount }], {
        receivedAt,
        amount: money(amount, entry.note.currency),
      });
      entry.paid.push({ minor: BigInt(amount.replace('.', '')), receivedOn: localDay(receivedAt) });
    };

    // Paid in two parts, the second settling it 5 days ago.
    const a = await note(60, 30, '1000.00');
    await receive(a, '400.00', lastSecondOf(shiftDays(base, -20)));
    await receive(a, '600.00', firstSecondAfter(shiftDays(base, -6))); // local: 5 days ago, 00:00
    // Settled by a back-dated payment: the later money (3 days ago) was recorded first, so the note was
    // settled 3 days ago, not on the date of the payment recorded last (15 days ago).
    const b = await note(50, 15, '500.00');
    await receive(b, '200.00', lastSecondOf(shiftDays(base, -3)));
    await receive(b, '300.00', lastSecondOf(shiftDays(base, -15)));
    // In USD at a frozen rate with a rounding to do, paid in part.
    const c = await note(45, 0, '123.45', 'USD', '7.1234');
    await receive(c, '23.45', lastSecondOf(shiftDays(base, -30)));
    // Never paid, due long ago; and one issued yesterday.
    await note(120, 30, '77.70');
    await note(1, 30, '10.00');
  });
  afterAll(() => t.close());

  function localDay(iso: string): string {
    return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
  }

  /** The expected aging row, computed note by note from the ledger as the service defines it. */
  function expected(asOf: string) {
    const buckets = { current: 0n, d1_30: 0n, d31_60: 0n, d61_90: 0n, d90_plus: 0n };
    const open: { id: string; balance: bigint }[] = [];
    let oldest: string | null = null;
    for (const e of ledger) {
      if (e.issueDate > asOf) continue;
      const paid = e.paid.filter((p) => p.receivedOn <= asOf).reduce((s, p) => s + p.minor, 0n);
      const balance = BigInt(e.note.total.amount.replace('.', '')) - paid;
      if (balance <= 0n) continue;
      open.push({ id: e.note.id, balance });
      // Converted per note, rounded half away from zero (both currencies have two decimals).
      const inBase = e.rate ? roundHalfUp(balance * BigInt(e.rate.replace('.', '')), 10_000n) : balance;
      const days = (Date.parse(asOf) - Date.parse(e.dueDate)) / 86_400_000;
      const bucket =
        days <= 0
          ? 'current'
          : days <= 30
            ? 'd1_30'
            : days <= 60
              ? 'd31_60'
              : days <= 90
                ? 'd61_90'
                : 'd90_plus';
      buckets[bucket] += inBase;
      if (!oldest || e.issueDate < oldest) oldest = e.issueDate;
    }
    return { buckets, oldest, open };
  }
  const roundHalfUp = (n: bigint, d: bigint) => (n * 2n + d) / (2n * d);
  const cny = (minor: bigint) => money(`${minor / 100n}.${(minor % 100n).toString().padStart(2, '0')}`);

  it('answers every date from 130 days ago to tomorrow as the notes and payments say', async () => {
    for (let day = -130; day <= 1; day++) {
      const asOf = shiftDays(base, day);
      const res = await t.http().get(`/api/v1/receivables/aging?asOf=${asOf}`).auth(accounts, bearer);
      expect(res.status).toBe(200);
      const row = (res.body.items as { clientId: string }[]).find((r) => r.clientId === clientId);
      const { buckets, oldest } = expected(asOf);
      const total = Object.values(buckets).reduce((s, v) => s + v, 0n);
      if (total === 0n) {
        expect({ asOf, row }).toEqual({ asOf, row: undefined });
        continue;
      }
      expect({ asOf, row }).toEqual({
        asOf,
        row: expect.objectContaining({
          current: cny(buckets.current),
          d1_30: cny(buckets.d1_30),
          d31_60: cny(buckets.d31_60),
          d61_90: cny(buckets.d61_90),
          d90_plus: cny(buckets.d90_plus),
          total: cny(total),
          oldestIssueDate: oldest,
        }),
      });
    }
  });

  it('keeps a note settled after asOf in the report for asOf, with what was open then', async () => {
    // Four days ago note b had 300.00 in (received 15 days ago) and 200.00 still open, though it was
    // settled since by money recorded before that 300.00.
    const asOf = shiftDays(base, -4);
    const open = expected(asOf).open.find((o) => o.id === ledger[1]!.note.id);
    expect(open?.balance).toBe(20_000n);
    const notes = await t.app.get(ReportsService).openNotes(clientId, asOf);
    expect(notes.find((n: { id: string }) => n.id === ledger[1]!.note.id)).toMatchObject({
      paid: money('300.00'),
      balance: money('200.00'),
    });
  });

  it("lists a statement's open notes for every date exactly as the ledger says, oldest first", async () => {
    const reports = t.app.get(ReportsService);
    for (let day = -130; day <= 1; day += 3) {
      const asOf = shiftDays(base, day);
      const notes: { id: string; balance: { amount: string } }[] = await reports.openNotes(clientId, asOf);
      const want = expected(asOf).open;
      expect({ asOf, notes: notes.map((n) => [n.id, n.balance.amount]) }).toEqual({
        asOf,
        notes: ledger
          .filter((e) => want.some((o) => o.id === e.note.id))
          .sort((x, y) => x.issueDate.localeCompare(y.issueDate))
          .map((e) => [e.note.id, cny(want.find((o) => o.id === e.note.id)!.balance).amount]),
      });
    }
  });

  it('records when a note was settled: the latest money received for it, not the last recorded', async () => {
    const rows: { id: string; settled_at: Date | null }[] = await t.dataSource.query(
      `SELECT id, settled_at FROM debit_notes WHERE id = ANY($1::uuid[])`,
      [ledger.map((e) => e.note.id)],
    );
    const settledOf = (i: number) => rows.find((r) => r.id === ledger[i]!.note.id)?.settled_at ?? null;
    expect(settledOf(0)?.toISOString()).toBe(firstSecondAfter(shiftDays(base, -6)));
    expect(settledOf(1)?.toISOString()).toBe(lastSecondOf(shiftDays(base, -3)));
    expect(settledOf(2)).toBeNull(); // paid in part
    expect(settledOf(3)).toBeNull();
  });
  it('freezes the rate into the base currency on issue, beside the rates it was taken from', async () => {
    const rows: { id: string; base_currency: string; base_rate: string }[] = await t.dataSource.query(
      `SELECT id, base_currency, base_rate::text FROM debit_notes WHERE id = ANY($1::uuid[])`,
      [[ledger[0]!.note.id, ledger[2]!.note.id]],
    );
    const of = (i: number) => rows.find((r) => r.id === ledger[i]!.note.id);
    expect(of(0)).toMatchObject({ base_currency: 'CNY', base_rate: '1' });
    expect(of(2)).toMatchObject({ base_currency: 'CNY', base_rate: '7.1234' });
  });

  it('reckons a note frozen under another base currency from its own rates, as before that base changed', async () => {
    const usd = ledger[2]!.note.id;
    const asOf = shiftDays(base, -10);
    const before = await t.http().get(`/api/v1/receivables/aging?asOf=${asOf}`).auth(accounts, bearer);
    // As if the service had run with a USD base when it was issued: the columns say nothing about CNY.
    await t.dataSource.query(`UPDATE debit_notes SET base_currency = 'USD', base_rate = 1 WHERE id = $1`, [
      usd,
    ]);
    try {
      const after = await t.http().get(`/api/v1/receivables/aging?asOf=${asOf}`).auth(accounts, bearer);
      expect(after.status).toBe(200);
      expect(after.body).toEqual(before.body);
    } finally {
      await t.dataSource.query(
        `UPDATE debit_notes SET base_currency = 'CNY', base_rate = 7.1234 WHERE id = $1`,
        [usd],
      );
    }
  });
});
