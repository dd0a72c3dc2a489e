import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from './factories/master-data';
import { siBody } from './factories/shipments';
import { act, shipmentAt } from './utils/flow';
import { bearer } from './utils/http';
import { readPdfs, squash } from './utils/pdf';
import { createTestApp, TestApp } from './utils/test-app';

interface StoredDoc {
  id: string;
  kind: string;
  version: number;
  filename: string;
  sha256: string;
}

/**
 * The B/L draft the client actually checks (issue 18; docs/documents.md "B/L draft"): each SI revision and
 * each roll after it sends the client a B/L draft PDF, kept as sent; the client's approval names that exact
 * document, and an approval of a draft a newer one replaced is refused.
 */
describe('the B/L draft: sent with each SI revision, approved as a document', () => {
  let t: TestApp;
  let op: string;

  beforeAll(async () => {
    t = await createTestApp();
    op = await t.tokenFor('operator');
  });
  afterAll(() => t.close());

  const drafts = async (shipmentId: string, token = op): Promise<StoredDoc[]> => {
    const res = await t.http().get(`/api/v1/shipments/${shipmentId}/documents`).auth(token, bearer);
    expect(res.status).toBe(200);
    return (res.body.items as StoredDoc[]).filter((d) => d.kind === 'bl_draft');
  };
  const download = async (documentId: string, token = op): Promise<Buffer> => {
    const res = await t
      .http()
      .get(`/api/v1/documents/${documentId}/pdf`)
      .auth(token, bearer)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    return res.body as Buffer;
  };
  const setup = async () => {
    const client = await createClient(t, { emails: ['docs@client.example'], language: 'en' });
    const user = await t.createUser({ role: 'client', clientId: client.id });
    const s = await shipmentAt(t, 'customs_released', { clientId: client.id });
    return { client, user, s };
  };

  it('has no draft before the SI (422), then sends revision 1 to the client as a stored PDF', async () => {
    const { s } = await setup();
    const early = await t.http().get(`/api/v1/shipments/${s.id}/bl-draft/pdf`).auth(op, bearer);
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('REQUIREMENTS_UNMET');

    await act(t, op, s.id, 'submit-si', { ...siBody(), placeOfReceipt: 'DONGGUAN, CHINA' }).expect(200);
    const [draft] = await drafts(s.id);
    expect(draft).toMatchObject({ version: 1, filename: `bl-draft-${s.reference}-R1.pdf` });
    const pdf = await download(draft!.id);
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(draft!.sha256);
    const text = squash(readPdfs({ pdf }).pdf!.pages.join(' '));
    for (const expected of [
      'B/L DRAFT',
      s.reference,
      'Shenzhen Oak Furniture Co., Ltd.',
      'West Coast Home Inc.',
      '1,200 CARTONS OF WOODEN FURNITURE',
      '18,250.500',
      '67.800',
      'DONGGUAN, CHINA',
      'MSC OSCAR / FE546W',
    ])
      expect(text).toContain(squash(expected));

    const emails = await t.dataSource.query<{ subject: string; attachments: { documentId?: string }[] }[]>(
      `SELECT subject, attachments FROM emails WHERE shipment_id = $1 AND template = 'bl_draft'`,
      [s.id],
    );
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toBe(`B/L draft ${s.reference} (SI revision 1): please check`);
    expect(emails[0]!.attachments[0]!.documentId).toBe(draft!.id);
  });

  it("records the document the client approved; a newer draft voids the older one's approval", async () => {
    const { user, s } = await setup();
    await act(t, op, s.id, 'submit-si', siBody()).expect(200);
    const [first] = await drafts(s.id, user.token);

    // The operator sends revision 2 before the client answers: approving the first draft is refused.
    await act(t, op, s.id, 'submit-si', { ...siBody(), marks: 'WCH/LB/1-1200' }).expect(200);
    const second = (await drafts(s.id, user.token)).find((d) => d.version === 2)!;
    // The revision printed (R2), and the draft's place in the series sent (v2).
    expect(second.filename).toBe(`bl-draft-${s.reference}-R2-v2.pdf`);
    const stale = await act(t, user.token, s.id, 'approve-bl', {
      party: 'client',
      revision: 2,
      documentId: first!.id,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('BL_DRAFT_SUPERSEDED');
    expect(stale.body.details.latestDocumentId).toBe(second.id);
    expect(
      (await t.http().get(`/api/v1/shipments/${s.id}`).auth(op, bearer)).body.blApprovals.client,
    ).toBeNull();

    await act(t, user.token, s.id, 'approve-bl', {
      party: 'client',
      revision: 2,
      documentId: second.id,
    }).expect(200);
    const events = await t.http().get(`/api/v1/shipments/${s.id}/events`).auth(user.token, bearer);
    const approved = (events.body.items as { type: string; data: Record<string, unknown> }[]).find(
      (e) => e.type === 'bl_approved',
    );
    expect(approved?.data).toEqual({
      party: 'client',
      revision: 2,
      draft: { documentId: second.id, sha256: second.sha256, version: 2 },
    });
  });

  it('a roll after the SI sends a new draft with the new vessel and clears the approvals', async () => {
    const { user, s } = await setup();
    await act(t, op, s.id, 'submit-si', siBody()).expect(200);
    await act(t, user.token, s.id, 'approve-bl', { party: 'client', revision: 1 }).expect(200);
    await act(t, op, s.id, 'roll', {
      vessel: 'MAERSK ESSEN',
      voyage: '612E',
      etd: new Date(Date.now() + 12 * 86_400_000).toISOString(),
      reason: 'Vessel overbooked',
    }).expect(200);
    const [latest] = await drafts(s.id);
    expect(latest!.version).toBe(2);
    const text = squash(readPdfs({ pdf: await download(latest!.id) }).pdf!.pages.join(' '));
    expect(text).toContain(squash('MAERSK ESSEN / 612E'));
    const after = await t.http().get(`/api/v1/shipments/${s.id}`).auth(op, bearer);
    expect(after.body.blApprovals).toEqual({ client: null, carrier: null });
  });

  it('refuses a documentId on the carrier side (400), and keeps drafts from other clients out of reach', async () => {
    const { s } = await setup();
    await act(t, op, s.id, 'submit-si', siBody()).expect(200);
    const [draft] = await drafts(s.id);
    const bad = await act(t, op, s.id, 'approve-bl', {
      party: 'carrier',
      revision: 1,
      documentId: draft!.id,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields).toEqual([expect.objectContaining({ field: 'documentId' })]);

    const other = await createClient(t);
    const stranger = await t.createUser({ role: 'client', clientId: other.id });
    expect(
      (await t.http().get(`/api/v1/documents/${draft!.id}/pdf`).auth(stranger.token, bearer)).status,
    ).toBe(404);
    expect(
      (await t.http().get(`/api/v1/shipments/${s.id}/bl-draft/pdf`).auth(stranger.token, bearer)).status,
    ).toBe(404);
  });
});

/**
 * The carrier's side of the B/L check refers to the carrier's own draft (issue 18; docs/documents.md): an
 * attachment of kind carrier_bl_draft on the shipment, named by `attachmentId` or, when there is exactly one,
 * taken by itself. The client never sees which file it was.
 */
describe("the carrier's B/L draft: the carrier-side approval refers to it", () => {
  const PDF = readFileSync(join(__dirname, 'fixtures', 'papers', 'packing-list.pdf'));
  let t: TestApp;
  let op: string;

  beforeAll(async () => {
    t = await createTestApp();
    op = await t.tokenFor('operator');
  });
  afterAll(() => t.close());

  const upload = async (shipmentId: string, kind: string, filename: string, content: Buffer = PDF) => {
    const res = await t
      .http()
      .post(`/api/v1/shipments/${shipmentId}/attachments`)
      .auth(op, bearer)
      .field('kind', kind)
      .attach('file', content, { filename, contentType: 'application/pdf' });
    expect(res.status).toBe(201);
    return res.body as { id: string; sha256: string; filename: string };
  };
  /** Another file: the same PDF with a comment, so that its hash differs. */
  const variant = (n: number) => Buffer.concat([PDF, Buffer.from(`\n%variant ${n}\n`)]);
  const approvedEvent = async (shipmentId: string, token = op) => {
    const res = await t.http().get(`/api/v1/shipments/${shipmentId}/events`).auth(token, bearer);
    expect(res.status).toBe(200);
    return (res.body.items as { type: string; data: Record<string, unknown> }[]).find(
      (e) => e.type === 'bl_approved' && e.data.party === 'carrier',
    );
  };
  const setup = async () => {
    const client = await createClient(t);
    const user = await t.createUser({ role: 'client', clientId: client.id });
    const s = await shipmentAt(t, 'customs_released', { clientId: client.id });
    await act(t, op, s.id, 'submit-si', siBody()).expect(200);
    return { user, s };
  };

  it('records the draft named (id, SHA-256, file name); the client does not see it', async () => {
    const { user, s } = await setup();
    await upload(s.id, 'carrier_bl_draft', 'cosco-draft-1.pdf', variant(1));
    const second = await upload(s.id, 'carrier_bl_draft', 'cosco-draft-2.pdf', variant(2));
    await act(t, op, s.id, 'approve-bl', { party: 'carrier', revision: 1, attachmentId: second.id }).expect(
      200,
    );
    const staff = await approvedEvent(s.id);
    expect(staff?.data.carrierDraft).toEqual({
      attachmentId: second.id,
      sha256: createHash('sha256').update(variant(2)).digest('hex'),
      filename: 'cosco-draft-2.pdf',
    });
    const client = await approvedEvent(s.id, user.token);
    expect(client?.data).toEqual({ party: 'carrier', revision: 1 });
  });

  it('takes the only live carrier draft by itself; none or two without a choice record null', async () => {
    const one = (await setup()).s;
    const only = await upload(one.id, 'carrier_bl_draft', 'only.pdf', variant(3));
    await act(t, op, one.id, 'approve-bl', { party: 'carrier', revision: 1 }).expect(200);
    expect((await approvedEvent(one.id))?.data.carrierDraft).toMatchObject({ attachmentId: only.id });

    const none = (await setup()).s;
    await upload(none.id, 'packing_list', 'pl.pdf');
    await act(t, op, none.id, 'approve-bl', { party: 'carrier', revision: 1 }).expect(200);
    expect((await approvedEvent(none.id))?.data.carrierDraft).toBeNull();

    const two = (await setup()).s;
    await upload(two.id, 'carrier_bl_draft', 'a.pdf', variant(4));
    const removed = await upload(two.id, 'carrier_bl_draft', 'b.pdf', variant(5));
    await upload(two.id, 'carrier_bl_draft', 'c.pdf', variant(6));
    // Two live ones: no choice made, nothing recorded.
    await t
      .http()
      .post(`/api/v1/attachments/${removed.id}/remove`)
      .auth(op, bearer)
      .send({ reason: 'wrong vessel' })
      .expect(200);
    await act(t, op, two.id, 'approve-bl', { party: 'carrier', revision: 1 }).expect(200);
    expect((await approvedEvent(two.id))?.data.carrierDraft).toBeNull();
  });

  it('refuses (400 attachmentId) a removed draft, another kind, another shipment, and the client side', async () => {
    const { user, s } = await setup();
    const other = (await setup()).s;
    const foreign = await upload(other.id, 'carrier_bl_draft', 'other.pdf', variant(7));
    const packing = await upload(s.id, 'packing_list', 'pl.pdf', variant(8));
    const removed = await upload(s.id, 'carrier_bl_draft', 'old.pdf', variant(9));
    await t
      .http()
      .post(`/api/v1/attachments/${removed.id}/remove`)
      .auth(op, bearer)
      .send({ reason: 'superseded' })
      .expect(200);
    for (const attachmentId of [foreign.id, packing.id, removed.id]) {
      const res = await act(t, op, s.id, 'approve-bl', { party: 'carrier', revision: 1, attachmentId });
      expect(res.status).toBe(400);
      expect(res.body.details.fields).toEqual([expect.objectContaining({ field: 'attachmentId' })]);
    }
    const clientSide = await act(t, user.token, s.id, 'approve-bl', {
      party: 'client',
      revision: 1,
      attachmentId: foreign.id,
    });
    expect(clientSide.status).toBe(400);
    expect(clientSide.body.details.fields).toEqual([expect.objectContaining({ field: 'attachmentId' })]);
    // Nothing approved by the refusals.
    const after = await t.http().get(`/api/v1/shipments/${s.id}`).auth(op, bearer);
    expect(after.body.blApprovals).toEqual({ client: null, carrier: null });
  });
});
