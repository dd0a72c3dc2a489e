import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCarrier, createClient } from './factories/master-data';
import { containerNumber, unique } from './factories/shipments';
import { act, actOnContainer, shipmentAt, type ShipmentRef } from './utils/flow';
import { bearer } from './utils/http';
import { createTestApp, type TestApp } from './utils/test-app';

const PDF = readFileSync(join(__dirname, 'fixtures', 'papers', 'packing-list.pdf'));

interface NextAction {
  action: string;
  allowed: boolean;
  missing?: string[];
  warnings?: string[];
  missingPapers?: { kind: string; blocking: boolean }[];
}
interface ChecklistItem {
  ruleId: string;
  action: string;
  kind: string;
  severity: string;
  status: string;
  stepTaken: boolean;
  dueBy: string | null;
  attachments: { id: string }[];
}

describe('papers checklist per stage (docs/papers.md)', () => {
  let t: TestApp;
  let op: string;
  let manager: string;
  let clientId: string;

  const nextActions = async (id: string): Promise<Record<string, NextAction>> => {
    const res = await t.http().get(`/api/v1/shipments/${id}/next-actions`).auth(op, bearer);
    expect(res.status).toBe(200);
    return Object.fromEntries((res.body as NextAction[]).map((a) => [a.action, a]));
  };
  const checklist = async (id: string): Promise<ChecklistItem[]> => {
    const res = await t.http().get(`/api/v1/shipments/${id}/papers`).auth(op, bearer);
    expect(res.status).toBe(200);
    return res.body.items as ChecklistItem[];
  };
  const upload = (id: string, kind: string, extra = '') =>
    t
      .http()
      .post(`/api/v1/shipments/${id}/attachments`)
      .auth(op, bearer)
      .field('kind', kind)
      .attach('file', Buffer.concat([PDF, Buffer.from(`%${kind}${extra}`)]), { filename: `${kind}.pdf` });
  const boardCard = async (id: string): Promise<{ missingPapers: number; nextAction: string | null }> => {
    const res = await t.http().get('/api/v1/board').query({ clientId }).auth(op, bearer);
    expect(res.status).toBe(200);
    const cards = (
      res.body.columns as { items: { id: string; missingPapers: number; nextAction: string }[] }[]
    ).flatMap((c) => c.items);
    const card = cards.find((c) => c.id === id);
    if (!card) throw new Error('not on the board');
    return card;
  };
  const defaultRule = async (action: string, kind: string): Promise<{ id: string; version: number }> => {
    const res = await t.http().get('/api/v1/paper-rules').auth(op, bearer);
    const rule = (
      res.body.items as {
        id: string;
        action: string;
        kind: string;
        carrierId: string | null;
        clientId: string | null;
        version: number;
      }[]
    ).find((r) => r.action === action && r.kind === kind && !r.carrierId && !r.clientId);
    if (!rule) throw new Error(`no default rule ${action} ${kind}`);
    return rule;
  };

  beforeAll(async () => {
    t = await createTestApp();
    op = await t.tokenFor('operator');
    manager = await t.tokenFor('manager');
    clientId = (await createClient(t)).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('seeds the defaults as warnings: S/O before pickup, PL and CI before customs, the release before the SI', async () => {
    const res = await t.http().get('/api/v1/paper-rules').auth(op, bearer);
    expect(res.status).toBe(200);
    const defaults = (res.body.items as { action: string; kind: string; severity: string }[]).map(
      (r) => `${r.action}:${r.kind}:${r.severity}`,
    );
    expect(defaults.sort()).toEqual([
      'declare-customs:commercial_invoice:warning',
      'declare-customs:packing_list:warning',
      'pickup:so:warning',
      'submit-si:customs_release:warning',
    ]);
  });

  it('a missing paper warns in next-actions without blocking, and counts on the board card', async () => {
    const s = await shipmentAt(t, 'so_released', { clientId });
    const pickup = (await nextActions(s.id))['pickup']!;
    expect(pickup.allowed).toBe(true);
    expect(pickup.missing).toBeUndefined();
    expect(pickup.warnings).toEqual(['paper missing: Shipping order (S/O) (so)']);
    expect(pickup.missingPapers).toEqual([{ kind: 'so', blocking: false }]);
    expect(await boardCard(s.id)).toMatchObject({ nextAction: 'pickup', missingPapers: 1 });

    expect((await upload(s.id, 'so')).status).toBe(201);
    const after = (await nextActions(s.id))['pickup']!;
    expect(after).toEqual({ action: 'pickup', allowed: true });
    expect((await boardCard(s.id)).missingPapers).toBe(0);
    const items = await checklist(s.id);
    expect(items.find((i) => i.kind === 'so')).toMatchObject({ status: 'uploaded', action: 'pickup' });
  });

  describe('a manager makes a paper blocking', () => {
    let rule: { id: string; version: number };
    let s: ShipmentRef;
    beforeAll(async () => {
      rule = await defaultRule('declare-customs', 'packing_list');
      s = await shipmentAt(t, 'gated_in', { clientId });
    });
    afterAll(async () => {
      const now = await defaultRule('declare-customs', 'packing_list');
      await t.http().put(`/api/v1/paper-rules/${now.id}`).auth(manager, bearer).send({ severity: 'warning' });
    });

    it('only managers and admins change the rules', async () => {
      const refused = await t
        .http()
        .put(`/api/v1/paper-rules/${rule.id}`)
        .auth(op, bearer)
        .send({ severity: 'blocking' });
      expect(refused.status).toBe(403);
      const res = await t
        .http()
        .put(`/api/v1/paper-rules/${rule.id}`)
        .auth(manager, bearer)
        .set('If-Match', `"${rule.version}"`)
        .send({ severity: 'blocking' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ severity: 'blocking', version: rule.version + 1 });
      const stale = await t
        .http()
        .put(`/api/v1/paper-rules/${rule.id}`)
        .auth(manager, bearer)
        .set('If-Match', `"${rule.version}"`)
        .send({ severity: 'warning' });
      expect(stale.status).toBe(412);
    });

    it('blocks the action with the paper as missing (422), until it is uploaded', async () => {
      const declare = (await nextActions(s.id))['declare-customs']!;
      expect(declare.allowed).toBe(false);
      expect(declare.missing).toEqual(['paper missing: Packing list (packing_list)']);
      expect(declare.warnings).toEqual(['paper missing: Commercial invoice (commercial_invoice)']);
      const refused = await act(t, op, s.id, 'declare-customs', { declarationNumber: `DEC${unique()}` });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('REQUIREMENTS_UNMET');
      expect(refused.body.details.missing).toEqual(['paper missing: Packing list (packing_list)']);

      expect((await upload(s.id, 'packing_list')).status).toBe(201);
      const item = (await checklist(s.id)).find((i) => i.kind === 'packing_list');
      expect(item).toMatchObject({ status: 'uploaded', severity: 'blocking', stepTaken: false });
      expect(item!.attachments).toHaveLength(1);
      expect((await nextActions(s.id))['declare-customs']!.allowed).toBe(true);
      const done = await act(t, op, s.id, 'declare-customs', { declarationNumber: `DEC${unique()}` });
      expect(done.status).toBe(200);
      expect((await checklist(s.id)).find((i) => i.kind === 'packing_list')!.stepTaken).toBe(true);
    });

    it('a removed paper no longer counts', async () => {
      const other = await shipmentAt(t, 'gated_in', { clientId });
      const up = await upload(other.id, 'packing_list', 'removed');
      await t
        .http()
        .post(`/api/v1/attachments/${up.body.id}/remove`)
        .auth(op, bearer)
        .send({ reason: 'Wrong file' });
      expect((await nextActions(other.id))['declare-customs']!.allowed).toBe(false);
    });
  });

  it('a per-carrier override blocks a container step for that carrier only; a client override waives it', async () => {
    const strict = await createCarrier(t);
    const create = await t
      .http()
      .post('/api/v1/paper-rules')
      .auth(manager, bearer)
      .send({ action: 'pickup', kind: 'so', severity: 'blocking', carrierId: strict.id });
    expect(create.status).toBe(201);
    const twice = await t
      .http()
      .post('/api/v1/paper-rules')
      .auth(manager, bearer)
      .send({ action: 'pickup', kind: 'so', severity: 'warning', carrierId: strict.id });
    expect(twice.status).toBe(409);
    const badAction = await t
      .http()
      .post('/api/v1/paper-rules')
      .auth(manager, bearer)
      .send({ action: 'cancel', kind: 'so', severity: 'blocking' });
    expect(badAction.status).toBe(400);

    const theirs = await shipmentAt(t, 'so_released', { clientId, carrierId: strict.id });
    const others = await shipmentAt(t, 'so_released', { clientId });
    expect((await nextActions(theirs.id))['pickup']).toMatchObject({
      allowed: false,
      missing: ['paper missing: Shipping order (S/O) (so)'],
    });
    expect((await nextActions(others.id))['pickup']!.allowed).toBe(true);
    const box = theirs.containers[0]!.id;
    const refused = await actOnContainer(t, op, theirs.id, box, 'pickup', {
      containerNumber: containerNumber(),
      sealNumber: `SL${unique()}`,
    });
    expect(refused.status).toBe(422);

    // The client's own rule is more specific than the carrier's.
    const waive = await t
      .http()
      .post('/api/v1/paper-rules')
      .auth(manager, bearer)
      .send({ action: 'pickup', kind: 'so', severity: 'waived', clientId });
    expect(waive.status).toBe(201);
    expect((await nextActions(theirs.id))['pickup']).toEqual({ action: 'pickup', allowed: true });
    expect((await checklist(theirs.id)).find((i) => i.kind === 'so')).toBeUndefined();

    for (const id of [create.body.id, waive.body.id]) {
      expect((await t.http().delete(`/api/v1/paper-rules/${id}`).auth(manager, bearer)).status).toBe(204);
    }
    const audit = await t
      .http()
      .get(`/api/v1/audit?entityType=paper_rule&entityId=${create.body.id}`)
      .auth(manager, bearer);
    expect(audit.body.items.map((r: { action: string }) => r.action)).toEqual(['deleted', 'created']);
  });

  it('flags a paper late when its cut-off has passed and its step is not taken', async () => {
    const s = await shipmentAt(t, 'customs_released', { clientId });
    let item = (await checklist(s.id)).find((i) => i.kind === 'customs_release')!;
    expect(item).toMatchObject({ status: 'missing', action: 'submit-si', stepTaken: false });
    await t.dataSource.query(`UPDATE shipments SET cutoff_si = now() - interval '1 hour' WHERE id = $1`, [
      s.id,
    ]);
    item = (await checklist(s.id)).find((i) => i.kind === 'customs_release')!;
    expect(item.status).toBe('late');
    expect(item.dueBy).toEqual(expect.any(String));
    // The customs papers' step is taken: missing, no longer late, even past the customs cut-off.
    await t.dataSource.query(
      `UPDATE shipments SET cutoff_customs = now() - interval '1 hour' WHERE id = $1`,
      [s.id],
    );
    const pl = (await checklist(s.id)).find((i) => i.kind === 'packing_list')!;
    expect(pl).toMatchObject({ status: 'missing', stepTaken: true });
    expect((await upload(s.id, 'customs_release')).status).toBe(201);
    expect((await checklist(s.id)).find((i) => i.kind === 'customs_release')!.status).toBe('uploaded');
  });

  it('the checklist is staff-only and scoped', async () => {
    const s = await shipmentAt(t, 'booking', { clientId });
    const client = await t.createUser({ role: 'client', clientId });
    expect((await t.http().get(`/api/v1/shipments/${s.id}/papers`).auth(client.token, bearer)).status).toBe(
      403,
    );
    const outsider = await t.createUser({ role: 'sales' });
    expect((await t.http().get(`/api/v1/shipments/${s.id}/papers`).auth(outsider.token, bearer)).status).toBe(
      404,
    );
  });
});
