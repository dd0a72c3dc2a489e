import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { createClient } from './factories/master-data';
import { bearer, fieldsNamed } from './utils/http';
import { shipmentAt, type ShipmentRef } from './utils/flow';
import { createTestApp, type TestApp } from './utils/test-app';

const FIXTURES = join(__dirname, 'fixtures', 'papers');
const PDF = readFileSync(join(FIXTURES, 'packing-list.pdf'));
const PNG = readFileSync(join(FIXTURES, 'stuffing-photo.png'));
const XLSX = readFileSync(join(FIXTURES, 'commercial-invoice.xlsx'));
/** The limit this app runs with (1 MiB, four chunks): the 413 test goes past it without sending 20 MiB. */
const MAX_BYTES = 1024 * 1024;

interface Upload {
  kind?: string;
  clientVisible?: string;
  note?: string;
  containerId?: string;
  file?: { content: Buffer; filename: string; contentType?: string };
}

/** A PDF larger than the chunk size (256 KiB) and the limit: padded with a comment the format ignores. */
function bigPdf(bytes: number): Buffer {
  return Buffer.concat([PDF, Buffer.from(`\n%${'x'.repeat(bytes - PDF.length - 2)}`)]);
}

const count = async (
  t: TestApp,
  table: 'file_blobs' | 'file_blob_chunks' | 'attachments',
): Promise<number> => {
  const [row] = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`);
  return row!.n;
};

/** Reads the whole body as bytes, whatever its type (supertest parses only text and JSON by itself). */
function binary(res: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const parts: Buffer[] = [];
  res.on('data', (chunk: Buffer) => parts.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(parts)));
}

describe('attachments: the papers on a shipment (docs/papers.md)', () => {
  let t: TestApp;
  let op: string;
  let shipment: ShipmentRef;
  let clientId: string;

  const upload = (id: string, body: Upload, token = op) => {
    const req = t.http().post(`/api/v1/shipments/${id}/attachments`).auth(token, bearer);
    if (body.kind !== undefined) void req.field('kind', body.kind);
    if (body.clientVisible !== undefined) void req.field('clientVisible', body.clientVisible);
    if (body.note !== undefined) void req.field('note', body.note);
    if (body.containerId !== undefined) void req.field('containerId', body.containerId);
    if (body.file) {
      void req.attach('file', body.file.content, {
        filename: body.file.filename,
        contentType: body.file.contentType ?? 'application/octet-stream',
      });
    }
    return req;
  };
  const download = (id: string, token = op) =>
    t.http().get(`/api/v1/attachments/${id}/content`).auth(token, bearer).buffer(true).parse(binary);

  beforeAll(async () => {
    t = await createTestApp({ ATTACHMENT_MAX_BYTES: String(MAX_BYTES) });
    op = await t.tokenFor('operator');
    clientId = (await createClient(t)).id;
    shipment = await shipmentAt(t, 'so_released', { clientId });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists the kinds as data, in both languages', async () => {
    const res = await t.http().get('/api/v1/attachment-kinds').auth(op, bearer);
    expect(res.status).toBe(200);
    expect(res.body.items.map((k: { code: string }) => k.code)).toEqual([
      'so',
      'packing_list',
      'commercial_invoice',
      'customs_declaration',
      'customs_release',
      'vgm',
      'carrier_bl_draft',
      'telex_release',
      'photo',
      'other',
    ]);
    expect(res.body.items[1]).toEqual({ code: 'packing_list', nameZh: '装箱单', nameEn: 'Packing list' });
  });

  it.each([
    ['a PDF', PDF, 'packing-list.pdf', 'packing_list', 'application/pdf', 'inline'],
    ['a PNG', PNG, 'photo.png', 'photo', 'image/png', 'inline'],
    [
      'an XLSX',
      XLSX,
      'invoice.xlsx',
      'commercial_invoice',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'attachment',
    ],
  ])(
    'takes %s and gives it back byte for byte',
    async (_what, content, filename, kind, type, disposition) => {
      const res = await upload(shipment.id, { kind, file: { content, filename } });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        kind,
        filename,
        contentType: type,
        size: content.length,
        clientVisible: false,
      });
      expect(res.headers.etag).toBe('"1"');
      const got = await download(res.body.id as string);
      expect(got.status).toBe(200);
      expect(got.headers['content-type']).toBe(type);
      expect(got.headers['content-length']).toBe(String(content.length));
      expect(got.headers['x-content-type-options']).toBe('nosniff');
      expect(got.headers['cache-control']).toBe('private, no-store');
      expect(got.headers['content-disposition']).toMatch(new RegExp(`^${disposition}; filename="`));
      expect(Buffer.compare(got.body as Buffer, content)).toBe(0);
    },
  );

  it('streams a file of several chunks back in order', async () => {
    const content = bigPdf(700 * 1024 + 123);
    const res = await upload(shipment.id, { kind: 'other', file: { content, filename: 'big.pdf' } });
    expect(res.status).toBe(201);
    const [chunks] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM file_blob_chunks c JOIN file_blobs b ON b.id = c.blob_id WHERE b.sha256 = $1`,
      [res.body.sha256],
    );
    expect(chunks!.n).toBe(3);
    const got = await download(res.body.id as string);
    expect(Buffer.compare(got.body as Buffer, content)).toBe(0);
  });

  it('stores the same file twice once', async () => {
    const before = await count(t, 'file_blobs');
    const content = Buffer.concat([PDF, Buffer.from('\n%same-twice')]);
    const first = await upload(shipment.id, { kind: 'so', file: { content, filename: 'so.pdf' } });
    const second = await upload(shipment.id, { kind: 'other', file: { content, filename: 'so-again.pdf' } });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.sha256).toBe(first.body.sha256);
    expect(await count(t, 'file_blobs')).toBe(before + 1);
    const [staged] = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM file_blobs WHERE sha256 IS NULL',
    );
    expect(staged!.n).toBe(0);
  });

  it('stores the same file once when two uploads of it finish at the same time', async () => {
    const before = await count(t, 'file_blobs');
    const content = Buffer.concat([PDF, Buffer.from('\n%both-at-once')]);
    const [a, b] = await Promise.all([
      upload(shipment.id, { kind: 'photo', file: { content, filename: 'a.pdf' } }),
      upload(shipment.id, { kind: 'photo', file: { content, filename: 'b.pdf' } }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(await count(t, 'file_blobs')).toBe(before + 1);
  });

  describe('refusals leave nothing behind', () => {
    let before: { blobs: number; chunks: number; attachments: number };
    let events: number;
    const eventCount = async (): Promise<number> => {
      const [row] = await t.dataSource.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM shipment_events WHERE shipment_id = $1',
        [shipment.id],
      );
      return row!.n;
    };
    beforeEach(async () => {
      before = {
        blobs: await count(t, 'file_blobs'),
        chunks: await count(t, 'file_blob_chunks'),
        attachments: await count(t, 'attachments'),
      };
      events = await eventCount();
    });
    afterEach(async () => {
      expect({
        blobs: await count(t, 'file_blobs'),
        chunks: await count(t, 'file_blob_chunks'),
        attachments: await count(t, 'attachments'),
      }).toEqual(before);
      expect(await eventCount()).toBe(events);
    });

    it.each([
      ['a Windows program named .pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)])],
      ['an HTML page named .pdf', Buffer.from('<!doctype html><script>alert(1)</script>')],
      ['a plain zip named .xlsx', Buffer.from('504b0304140000000000', 'hex')],
    ])('415 for %s (the type is the content’s, not the name’s)', async (_what, content) => {
      const res = await upload(shipment.id, {
        kind: 'packing_list',
        file: { content, filename: 'invoice.pdf', contentType: 'application/pdf' },
      });
      expect(res.status).toBe(415);
      expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(fieldsNamed(res.body)).toEqual(['file']);
    });

    it('413 for a file over ATTACHMENT_MAX_BYTES, refused while it streams (its written chunks dropped)', async () => {
      const res = await upload(shipment.id, {
        kind: 'packing_list',
        file: { content: bigPdf(MAX_BYTES + 1), filename: 'big.pdf' },
      });
      expect(res.status).toBe(413);
      expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
      expect(res.body.details.maxBytes).toBe(MAX_BYTES);
    });

    it('413 at once for a body whose Content-Length is over the limit and its form', async () => {
      const res = await upload(shipment.id, {
        kind: 'packing_list',
        file: { content: bigPdf(MAX_BYTES + 200 * 1024), filename: 'huge.pdf' },
      });
      expect(res.status).toBe(413);
      expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('takes a file of exactly the limit', async () => {
      const res = await upload(shipment.id, {
        kind: 'other',
        file: { content: bigPdf(MAX_BYTES), filename: 'exact.pdf' },
      });
      expect(res.status).toBe(201);
      // This one is kept: the check after each test expects what it added.
      before.blobs += 1;
      before.chunks += 4;
      before.attachments += 1;
      events += 1;
    });

    it('400 for an empty file', async () => {
      const res = await upload(shipment.id, {
        kind: 'packing_list',
        file: { content: Buffer.alloc(0), filename: 'empty.pdf' },
      });
      expect(res.status).toBe(400);
      expect(fieldsNamed(res.body)).toEqual(['file']);
    });

    it('400 naming the fields: no file, no kind, a kind that is not one, a container of another shipment', async () => {
      const noFile = await upload(shipment.id, { kind: 'packing_list' });
      expect(noFile.status).toBe(400);
      expect(fieldsNamed(noFile.body)).toEqual(['file']);
      const noKind = await upload(shipment.id, { file: { content: PDF, filename: 'a.pdf' } });
      expect(noKind.status).toBe(400);
      expect(fieldsNamed(noKind.body)).toEqual(['kind']);
      const badKind = await upload(shipment.id, {
        kind: 'passport',
        file: { content: PDF, filename: 'a.pdf' },
      });
      expect(badKind.status).toBe(400);
      expect(fieldsNamed(badKind.body)).toEqual(['kind']);
      const other = await shipmentAt(t, 'booking', { clientId });
      const badBox = await upload(shipment.id, {
        kind: 'vgm',
        containerId: other.containers[0]!.id,
        file: { content: PDF, filename: 'vgm.pdf' },
      });
      expect(badBox.status).toBe(400);
      expect(fieldsNamed(badBox.body)).toEqual(['containerId']);
    });

    it('401 without a token, before the file is read', async () => {
      const res = await t
        .http()
        .post(`/api/v1/shipments/${shipment.id}/attachments`)
        .field('kind', 'so')
        .attach('file', PDF, { filename: 'so.pdf' });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });

    it('a JSON body or a multipart body on any other route is 415', async () => {
      const json = await t
        .http()
        .post(`/api/v1/shipments/${shipment.id}/attachments`)
        .auth(op, bearer)
        .send({ kind: 'so' });
      expect(json.status).toBe(400);
      const elsewhere = await t
        .http()
        .post(`/api/v1/shipments/${shipment.id}/actions/cancel`)
        .auth(op, bearer)
        .field('reason', 'x');
      expect(elsewhere.status).toBe(415);
      expect(elsewhere.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });
  });

  it('cleans file names of path parts, CR/LF and control characters', async () => {
    const res = await upload(shipment.id, {
      kind: 'other',
      file: {
        content: Buffer.concat([PDF, Buffer.from('%names')]),
        filename: '../../etc/in\u0001voice\u202e.pdf',
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.filename).toBe('invoice.pdf');
    // Browsers (and supertest's form-data) send CR, LF and quotes as %0D, %0A and %22: removed all the same.
    const crlf = await upload(shipment.id, {
      kind: 'other',
      file: { content: Buffer.concat([PDF, Buffer.from('%crlf')]), filename: 'a\r\nb\tc\u0085d.pdf' },
    });
    expect(crlf.status).toBe(201);
    expect(crlf.body.filename).toBe('abcd.pdf');
  });

  it('sends a Chinese name safely: an ASCII fallback and the exact name in filename*', async () => {
    const res = await upload(shipment.id, {
      kind: 'customs_release',
      file: { content: Buffer.concat([PDF, Buffer.from('%zh')]), filename: '放行条 "最终".pdf' },
    });
    expect(res.status).toBe(201);
    const got = await download(res.body.id as string);
    expect(got.headers['content-disposition']).toBe(
      `inline; filename="___ ____.pdf"; filename*=UTF-8''${encodeURIComponent('放行条 "最终".pdf')}`,
    );
    const asDownload = await t
      .http()
      .get(`/api/v1/attachments/${res.body.id}/content?download=true`)
      .auth(op, bearer)
      .buffer(true)
      .parse(binary);
    expect(asDownload.headers['content-disposition']).toMatch(/^attachment; /);
  });

  describe('scope', () => {
    let visibleId: string;
    let staffOnlyId: string;
    let clientToken: string;
    beforeAll(async () => {
      visibleId = (
        await upload(shipment.id, {
          kind: 'packing_list',
          clientVisible: 'true',
          note: 'checked by ops',
          file: { content: Buffer.concat([PDF, Buffer.from('%visible')]), filename: 'pl.pdf' },
        })
      ).body.id;
      staffOnlyId = (
        await upload(shipment.id, {
          kind: 'other',
          file: { content: Buffer.concat([PDF, Buffer.from('%staff')]), filename: 'internal.pdf' },
        })
      ).body.id;
      clientToken = (await t.createUser({ role: 'client', clientId })).token;
    });

    it('a client user sees the client-visible papers of its own shipments only, without staff notes', async () => {
      const list = await t
        .http()
        .get(`/api/v1/shipments/${shipment.id}/attachments`)
        .auth(clientToken, bearer);
      expect(list.status).toBe(200);
      expect(list.body.items.map((a: { id: string }) => a.id)).toEqual([visibleId]);
      expect(list.body.items[0]).toMatchObject({ note: null, createdBy: null });
      expect((await download(visibleId, clientToken)).status).toBe(200);
      expect((await download(staffOnlyId, clientToken)).status).toBe(404);
      const events = await t
        .http()
        .get(`/api/v1/shipments/${shipment.id}/events?limit=100`)
        .auth(clientToken, bearer);
      const added = events.body.items.filter((e: { type: string }) => e.type === 'attachment_added');
      expect(added.map((e: { data: unknown }) => e.data)).toEqual([
        { kind: 'packing_list', filename: 'pl.pdf' },
      ]);
    });

    it('a client user may not upload; another client’s user and sales outside see 404', async () => {
      const res = await upload(
        shipment.id,
        { kind: 'packing_list', file: { content: PDF, filename: 'x.pdf' } },
        clientToken,
      );
      expect(res.status).toBe(403);
      const otherClient = await createClient(t);
      const stranger = (await t.createUser({ role: 'client', clientId: otherClient.id })).token;
      expect(
        (await t.http().get(`/api/v1/shipments/${shipment.id}/attachments`).auth(stranger, bearer)).status,
      ).toBe(404);
      expect((await download(visibleId, stranger)).status).toBe(404);
      const outsider = (await t.createUser({ role: 'sales' })).token;
      expect(
        (await t.http().get(`/api/v1/shipments/${shipment.id}/attachments`).auth(outsider, bearer)).status,
      ).toBe(404);
      expect((await download(visibleId, outsider)).status).toBe(404);
      const up = await upload(
        shipment.id,
        { kind: 'so', file: { content: PDF, filename: 'x.pdf' } },
        outsider,
      );
      expect(up.status).toBe(404);
    });

    it('edits kind, note and visibility with If-Match; a stale one is 412', async () => {
      const patched = await t
        .http()
        .patch(`/api/v1/attachments/${staffOnlyId}`)
        .auth(op, bearer)
        .set('If-Match', '"1"')
        .send({ kind: 'commercial_invoice', clientVisible: true });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ kind: 'commercial_invoice', clientVisible: true, version: 2 });
      const stale = await t
        .http()
        .patch(`/api/v1/attachments/${staffOnlyId}`)
        .auth(op, bearer)
        .set('If-Match', '"1"')
        .send({ note: 'late edit' });
      expect(stale.status).toBe(412);
      expect(stale.body.code).toBe('PRECONDITION_FAILED');
      const badKind = await t
        .http()
        .patch(`/api/v1/attachments/${staffOnlyId}`)
        .auth(op, bearer)
        .send({ kind: 'passport' });
      expect(badKind.status).toBe(400);
    });

    it('removal keeps the file, hides it from the client, is an event and audited', async () => {
      const noReason = await t
        .http()
        .post(`/api/v1/attachments/${visibleId}/remove`)
        .auth(op, bearer)
        .send({});
      expect(noReason.status).toBe(400);
      const res = await t
        .http()
        .post(`/api/v1/attachments/${visibleId}/remove`)
        .auth(op, bearer)
        .send({ reason: 'Wrong shipment' });
      expect(res.status).toBe(200);
      expect(res.body.removedAt).toEqual(expect.any(String));
      expect(res.body.removeReason).toBe('Wrong shipment');
      const again = await t
        .http()
        .post(`/api/v1/attachments/${visibleId}/remove`)
        .auth(op, bearer)
        .send({ reason: 'Twice' });
      expect(again.status).toBe(400);

      const staffList = await t.http().get(`/api/v1/shipments/${shipment.id}/attachments`).auth(op, bearer);
      expect(staffList.body.items.map((a: { id: string }) => a.id)).not.toContain(visibleId);
      const withRemoved = await t
        .http()
        .get(`/api/v1/shipments/${shipment.id}/attachments?includeRemoved=true`)
        .auth(op, bearer);
      expect(withRemoved.body.items.map((a: { id: string }) => a.id)).toContain(visibleId);
      expect((await download(visibleId)).status).toBe(200);
      expect((await download(visibleId, clientToken)).status).toBe(404);

      const events = await t.http().get(`/api/v1/shipments/${shipment.id}/events?limit=100`).auth(op, bearer);
      const removed = events.body.items.find((e: { type: string }) => e.type === 'attachment_removed');
      expect(removed.data).toMatchObject({ attachmentId: visibleId, reason: 'Wrong shipment' });
      const clientEvents = await t
        .http()
        .get(`/api/v1/shipments/${shipment.id}/events?limit=100`)
        .auth(clientToken, bearer);
      const clientRemoved = clientEvents.body.items.find(
        (e: { type: string }) => e.type === 'attachment_removed',
      );
      expect(clientRemoved.data).toEqual({ kind: 'packing_list', filename: 'pl.pdf' });

      const audit = await t
        .http()
        .get(`/api/v1/audit?entityId=${shipment.id}&action=attachment_removed`)
        .auth(await t.tokenFor('admin'), bearer);
      expect(audit.status).toBe(200);
      expect(audit.body.items[0].changes).toMatchObject({
        attachmentId: visibleId,
        reason: 'Wrong shipment',
      });
    });
  });
});
