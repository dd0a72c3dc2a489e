import { createDraft, eventsOf, postIssue, receivableBody, today, type DebitNote } from './factories/billing';
import { createCarrier, createClient } from './factories/master-data';
import { shipmentAt } from './utils/flow';
import { createTestApp, TestApp } from './utils/test-app';

/** Gap-free receivable numbers under concurrent issuing (docs/api.md "Billing"). A fresh database: numbers start at 1. */
describe('debit note numbers under concurrency', () => {
  const SHIPMENTS = 20;
  const PER_SHIPMENT = 10;
  const TOTAL = SHIPMENTS * PER_SHIPMENT;
  let t: TestApp;

  beforeAll(async () => {
    // Two hundred issues queue on one counter row: give the wait for it room on a busy machine.
    t = await createTestApp({ DATABASE_TIMEOUT_MS: '60000' });
  });
  afterAll(() => t.close());

  it(`gives ${TOTAL} notes issued at once exactly DN-<year>-000001..${TOTAL}, no gap, no repeat`, async () => {
    const carrier = await createCarrier(t);
    const shipments: { id: string; clientId: string }[] = [];
    for (let i = 0; i < SHIPMENTS; i++) {
      const client = await createClient(t);
      shipments.push({
        id: (await shipmentAt(t, 'booking', { clientId: client.id, carrierId: carrier.id })).id,
        clientId: client.id,
      });
    }
    // Drafts in small batches (creating them is not what is under test).
    const drafts: DebitNote[] = [];
    for (const s of shipments) {
      drafts.push(
        ...(await Promise.all(
          Array.from({ length: PER_SHIPMENT }, (_v, i) =>
            createDraft(
              t,
              s.id,
              receivableBody(s.clientId, {
                lines: [{ description: `Line ${i}`, amount: { amount: `${i + 1}.00`, currency: 'CNY' } }],
              }),
            ),
          ),
        )),
      );
    }
    expect(drafts).toHaveLength(TOTAL);
    const token = await t.tokenFor('accounts');

    // Every note issued at once; twenty of them twice over, so that a losing second press is in the mix.
    const twice = drafts.slice(0, 20);
    const results = await Promise.all([...drafts, ...twice].map((d) => postIssue(t, d.id, token)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(TOTAL);
    expect(statuses.filter((s) => s === 409)).toHaveLength(twice.length);
    for (const r of results.filter((x) => x.status === 409))
      expect(r.body.code).toBe('DEBIT_NOTE_INVALID_STATE');

    const year = today(t).slice(0, 4);
    const expected = Array.from({ length: TOTAL }, (_v, i) => `DN-${year}-${String(i + 1).padStart(6, '0')}`);
    const answered = results.filter((r) => r.status === 200).map((r) => r.body.number as string);
    expect([...answered].sort()).toEqual(expected);

    // What is stored agrees: one number per note, each note once.
    const rows: { id: string; number: string }[] = await t.dataSource.query(
      `SELECT id, number FROM debit_notes WHERE state = 'issued' ORDER BY number`,
    );
    expect(rows.map((r) => r.number)).toEqual(expected);
    expect(new Set(rows.map((r) => r.id)).size).toBe(TOTAL);
    const byId = new Map(
      results.filter((r) => r.status === 200).map((r) => [r.body.id as string, r.body.number]),
    );
    expect(byId.size).toBe(TOTAL);
    for (const row of rows) expect(byId.get(row.id)).toBe(row.number);

    // Each shipment recorded one event per note, with that note's number.
    for (const s of shipments.slice(0, 3)) {
      const issued = (await eventsOf(t, s.id)).filter((e) => e.type === 'debit_note_issued');
      expect(issued).toHaveLength(PER_SHIPMENT);
      for (const e of issued) expect(byId.get(e.data.debitNoteId as string)).toBe(e.data.number);
    }

    // The next note continues the sequence.
    const next = await createDraft(t, shipments[0]!.id, receivableBody(shipments[0]!.clientId));
    const issuedNext = await postIssue(t, next.id, token);
    expect(issuedNext.body.number).toBe(`DN-${year}-${String(TOTAL + 1).padStart(6, '0')}`);
  });
});
