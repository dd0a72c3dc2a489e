import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import {
  createCreditClient,
  createDraft,
  decideApproval,
  eventsOf,
  getNote,
  getShipment,
  issueReceivable,
  money,
  payableBody,
  postApproval,
  postIssue,
  postReleaseBl,
  receivableBody,
} from './factories/billing';
import { createClient, createOperatorDesk } from './factories/master-data';
import { act, shipmentAt } from './utils/flow';
import type { TestApp } from './utils/test-app';
import { bearer } from './utils/http';

/** Rounds of each race: enough that an unguarded interleaving shows up on PostgreSQL. */
const ROUNDS = 16;

/**
 * Billing against the shipment's own steps, pressed at the same moment on fresh shipments. Whatever the
 * interleaving, the rules hold: no note is issued on a cancelled shipment and no shipment with an issued
 * note is cancelled; a released shipment keeps a receivable note unless a replacement or a manager's
 * approval says otherwise. Each round checks the answers and the rows (notes, events, the e-mail outbox).
 */
describe('billing races', () => {
  let t: TestApp;
  let op: string;
  let carrier: { id: string };

  beforeAll(async () => {
    ({ t, op, carrier } = await createOperatorDesk());
  });
  afterAll(() => t.close());

  /**
   * Two requests sent together, the second one `offset(round)` ms after the first (before it when
   * negative): the rounds sweep from one clearly ahead, through both at once, to the other clearly ahead,
   * so that every interleaving the server can produce meets the database.
   */
  const race = async (
    first: () => PromiseLike<Response>,
    second: () => PromiseLike<Response>,
    round: number,
  ): Promise<[Response, Response]> => {
    const offset = Math.round(((round % 8) - 3.5) * 4);
    const after = (ms: number, send: () => PromiseLike<Response>) =>
      new Promise<Response>((resolve, reject) => {
        setTimeout(() => void Promise.resolve(send()).then(resolve, reject), ms);
      });
    return Promise.all([after(Math.max(0, -offset), first), after(Math.max(0, offset), second)]);
  };

  const one = async <T>(sql: string, params: unknown[]): Promise<T> =>
    (await t.dataSource.query<T[]>(sql, params))[0]!;

  /** What the database holds for a shipment and one of its notes, straight from the rows. */
  const rowsOf = (shipmentId: string, noteId: string) =>
    one<{
      status: string;
      state: string;
      number: string | null;
      issued: number;
      voided: number;
      emails: number;
    }>(
      `SELECT s.status, n.state, n.number,
              (SELECT count(*)::int FROM shipment_events e
                WHERE e.shipment_id = s.id AND e.type = 'debit_note_issued' AND e.data->>'debitNoteId' = $3) AS issued,
              (SELECT count(*)::int FROM shipment_events e
                WHERE e.shipment_id = s.id AND e.type = 'debit_note_voided' AND e.data->>'debitNoteId' = $3) AS voided,
              (SELECT count(*)::int FROM emails m WHERE m.dedupe_key = 'debit-note-issued:' || $3) AS emails
         FROM shipments s JOIN debit_notes n ON n.shipment_id = s.id
        WHERE s.id = $1 AND n.id = $2`,
      [shipmentId, noteId, noteId],
    );

  describe('cancel and issue at once', () => {
    it.each(['receivable', 'payable'] as const)(
      `${ROUNDS} rounds (%s note): exactly one wins, and no cancelled shipment holds an issued note`,
      async (direction) => {
        const client = await createClient(t);
        const broken: string[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          const s = await shipmentAt(t, 'gated_in', { clientId: client.id, carrierId: carrier.id });
          const draft = await createDraft(
            t,
            s.id,
            direction === 'receivable' ? receivableBody(client.id) : payableBody(carrier.id),
          );
          const [cancelled, issued] = await race(
            () => act(t, op, s.id, 'cancel', { reason: 'client withdrew' }),
            () => postIssue(t, draft.id),
            round,
          );
          for (const res of [cancelled, issued]) {
            expect([200, 422]).toContain(res.status);
            if (res.status === 422) expect(res.body.code).toBe('REQUIREMENTS_UNMET');
          }
          const rows = await rowsOf(s.id, draft.id);
          const problems = [
            cancelled.status === 200 && issued.status === 200 && 'both answered 200',
            cancelled.status !== 200 && issued.status !== 200 && 'neither answered 200',
            rows.status === 'cancelled' && rows.state !== 'draft' && `cancelled with a note ${rows.state}`,
            (rows.status === 'cancelled') !== (cancelled.status === 200) && `status ${rows.status}`,
            (rows.state === 'issued') !== (issued.status === 200) && `note ${rows.state}`,
            (rows.number !== null) !== (direction === 'receivable' && issued.status === 200) &&
              `number ${rows.number}`,
            rows.issued !== (issued.status === 200 ? 1 : 0) && `${rows.issued} debit_note_issued events`,
            rows.emails !== (direction === 'receivable' && issued.status === 200 ? 1 : 0) &&
              `${rows.emails} e-mails in the outbox`,
          ].filter((p): p is string => typeof p === 'string');
          if (problems.length) broken.push(`round ${round}: ${problems.join(', ')}`);
        }
        expect(broken).toEqual([]);
      },
    );

    it('refuses to issue on a cancelled shipment, numbering nothing and e-mailing nothing', async () => {
      const client = await createClient(t);
      const s = await shipmentAt(t, 'booking', { clientId: client.id, carrierId: carrier.id });
      const draft = await createDraft(t, s.id, receivableBody(client.id));
      expect((await act(t, op, s.id, 'cancel', { reason: 'client withdrew' })).status).toBe(200);
      const res = await postIssue(t, draft.id);
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({
        code: 'REQUIREMENTS_UNMET',
        details: { missing: ['a shipment that is not cancelled'] },
      });
      expect(await rowsOf(s.id, draft.id)).toMatchObject({
        status: 'cancelled',
        state: 'draft',
        number: null,
        issued: 0,
        emails: 0,
      });
    });
  });

  describe('release on credit and void', () => {
    /** A monthly client with room for every round's note, and one of its shipments debit_noted. */
    let client: { id: string };
    beforeAll(async () => {
      client = await createCreditClient(t, { creditLimit: money('9000000.00') });
    });
    const debitNoted = async () => {
      const s = await shipmentAt(t, 'bl_checked', { clientId: client.id, carrierId: carrier.id });
      const note = await issueReceivable(t, s.id);
      expect((await getShipment(t, s.id)).status).toBe('debit_noted');
      return { shipmentId: s.id, note };
    };
    const voidNote = async (noteId: string, body: Record<string, unknown> = {}): Promise<Response> =>
      t
        .http()
        .post(`/api/v1/debit-notes/${noteId}/void`)
        .auth(await t.tokenFor('accounts'), bearer)
        .send({ reason: 'Wrong consignee on the note', ...body });
    const voidAfterReleaseApproval = async (
      shipmentId: string,
      decision: 'approve' | 'reject' | 'pending' = 'approve',
    ): Promise<string> => {
      const asked = await postApproval(t, await t.tokenFor('accounts'), {
        type: 'void_after_release',
        shipmentId,
        reason: 'Billed to the wrong company; the client pays the corrected note',
      });
      expect(asked.status).toBe(201);
      if (decision !== 'pending') {
        const decided = await decideApproval(
          t,
          await t.tokenFor('manager'),
          asked.body.id,
          decision,
          'Agreed',
        );
        expect(decided.status).toBe(200);
      }
      return asked.body.id as string;
    };

    it('refuses to void the only receivable note of a released shipment without a replacement or approval', async () => {
      const { shipmentId, note } = await debitNoted();
      expect((await postReleaseBl(t, shipmentId)).status).toBe(200);
      const res = await voidNote(note.id);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('REQUIREMENTS_UNMET');
      expect(res.body.details.missing).toEqual([
        'the B/L is released: a replacement note (replacementNoteId: another issued receivable note of this shipment) or an approved void_after_release approval (approvalId)',
      ]);
      expect(await getNote(t, note.id)).toMatchObject({ status: 'issued', voidReason: null });
      expect(await rowsOf(shipmentId, note.id)).toMatchObject({ status: 'released', voided: 0 });
    });

    it('voids it with an approved void_after_release approval, recording the approval and who decided', async () => {
      const { shipmentId, note } = await debitNoted();
      expect((await postReleaseBl(t, shipmentId)).status).toBe(200);
      const pending = await voidAfterReleaseApproval(shipmentId, 'pending');
      const rejected = await voidAfterReleaseApproval(shipmentId, 'reject');
      const other = await debitNoted();
      const elsewhere = await voidAfterReleaseApproval(other.shipmentId);
      for (const approvalId of [pending, rejected, elsewhere]) {
        const res = await voidNote(note.id, { approvalId });
        expect(res.status).toBe(422);
        expect(res.body.code).toBe('REQUIREMENTS_UNMET');
        expect(res.body.details.missing[0]).toContain(approvalId);
      }
      const approvalId = await voidAfterReleaseApproval(shipmentId);
      const res = await voidNote(note.id, { approvalId });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'void' });
      const voided = (await eventsOf(t, shipmentId)).filter((e) => e.type === 'debit_note_voided');
      expect(voided).toHaveLength(1);
      expect(voided[0]!.actor.id).toBe(await t.userIdFor('accounts'));
      expect(voided[0]!.data).toMatchObject({
        debitNoteId: note.id,
        afterRelease: true,
        approvalId,
        approvedBy: { id: await t.userIdFor('manager') },
        replacementNoteId: null,
      });
      expect((await getShipment(t, shipmentId)).status).toBe('released');

      // One approval voids one note.
      const second = await issueReceivable(t, shipmentId);
      const again = await voidNote(second.id, { approvalId });
      expect(again.status).toBe(422);
      expect(again.body.details.missing[0]).toContain('already voided');
    });

    it('voids it when another issued receivable note of the shipment replaces it, recording the replacement', async () => {
      const { shipmentId, note } = await debitNoted();
      expect((await postReleaseBl(t, shipmentId)).status).toBe(200);
      const draft = await createDraft(t, shipmentId, receivableBody(client.id));
      const foreign = await debitNoted();
      for (const replacementNoteId of [note.id, draft.id, foreign.note.id]) {
        const res = await voidNote(note.id, { replacementNoteId });
        expect(res.status).toBe(422);
        expect(res.body.code).toBe('REQUIREMENTS_UNMET');
      }
      const replacement = await issueReceivable(t, shipmentId);
      const res = await voidNote(note.id, { replacementNoteId: replacement.id });
      expect(res.status).toBe(200);
      const voided = (await eventsOf(t, shipmentId)).filter((e) => e.type === 'debit_note_voided');
      expect(voided.map((e) => e.data)).toEqual([
        expect.objectContaining({
          debitNoteId: note.id,
          afterRelease: true,
          replacementNoteId: replacement.id,
          replacementNumber: replacement.number,
          approvalId: null,
        }),
      ]);
      // The replacement now being the only one, it cannot go the same way.
      const last = await voidNote(replacement.id, { replacementNoteId: note.id });
      expect(last.status).toBe(422);
    });

    it('still voids freely before release, and a payable note after it; a reference given is always checked', async () => {
      const { shipmentId, note } = await debitNoted();
      const payableDraft = await createDraft(t, shipmentId, payableBody(carrier.id));
      expect((await postIssue(t, payableDraft.id)).status).toBe(200);
      for (const ref of [{ replacementNoteId: randomUUID() }, { approvalId: randomUUID() }]) {
        const res = await voidNote(note.id, ref);
        expect(res.status).toBe(422);
        expect(res.body.code).toBe('REQUIREMENTS_UNMET');
      }
      expect((await voidNote(note.id)).status).toBe(200);
      expect((await getShipment(t, shipmentId)).status).toBe('bl_checked');
      const again = await issueReceivable(t, shipmentId);
      expect((await postReleaseBl(t, shipmentId)).status).toBe(200);
      expect((await voidNote(payableDraft.id)).status).toBe(200);
      expect((await voidNote(again.id)).status).toBe(422);
    });

    it(`${ROUNDS} rounds of release-bl and void at once: never both, and the rows agree`, async () => {
      const broken: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const { shipmentId, note } = await debitNoted();
        const [released, voidRes] = await race(
          () => postReleaseBl(t, shipmentId),
          () => voidNote(note.id),
          round,
        );
        // Released first: the void needs a replacement or approval (422). Voided first: the shipment is
        // back at bl_checked, where release-bl is not an action (409).
        expect([200, 409, 422]).toContain(released.status);
        expect([200, 422]).toContain(voidRes.status);
        const rows = await rowsOf(shipmentId, note.id);
        const problems = [
          released.status === 200 && voidRes.status === 200 && 'both answered 200',
          released.status !== 200 && voidRes.status !== 200 && 'neither answered 200',
          rows.status === 'released' && rows.state !== 'issued' && `released with its note ${rows.state}`,
          (rows.status === 'released') !== (released.status === 200) && `status ${rows.status}`,
          (rows.state === 'void') !== (voidRes.status === 200) && `note ${rows.state}`,
          rows.voided !== (voidRes.status === 200 ? 1 : 0) && `${rows.voided} debit_note_voided events`,
        ].filter((p): p is string => typeof p === 'string');
        if (problems.length) broken.push(`round ${round}: ${problems.join(', ')}`);
      }
      expect(broken).toEqual([]);
    });
  });
});
