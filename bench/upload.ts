// npm run bench:upload [-- --mb 20 --database embedded|server]
//
// What one large attachment upload (docs/papers.md) does to the service's memory on the embedded database:
// the real process (src/main.ts compiled as `npm run build` compiles it, into a private directory) started
// on a new data directory; its resident memory (RSS, from /proc) and peak (VmHWM, reset before each step
// through /proc/<pid>/clear_refs) sampled every 20 ms while a file of --mb MiB is uploaded, uploaded again
// (the same bytes: stored once), downloaded, and refused for being one byte over the limit. The client is
// this process, so its own buffers are not counted. With DATABASE_URL set and `--database server`, the same
// on a new database of that PostgreSQL server.
//
// Linux only (reads /proc).
import { createHash } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { carrierBody, clientBody } from '../test/factories/master-data';
import { shipmentBody } from '../test/factories/shipments';
import { adminQuery, databaseName, serverUrl, withDatabase } from '../test/utils/test-database';

const ROOT = join(__dirname, '..');
const ADMIN = { email: 'upload-admin@quayside.test', password: 'upload-admin-pass-1' };
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function status(pid: number): { rss: number; peak: number } {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  const mb = (field: string): number =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) / 1024;
  return { rss: mb('VmRSS'), peak: mb('VmHWM') };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A PDF of `bytes` bytes: a small valid one padded with a comment (the type is decided by the first bytes). */
function pdfOf(bytes: number): Buffer {
  const head = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%');
  const tail = Buffer.from('\n%%EOF\n');
  return Buffer.concat([head, Buffer.alloc(bytes - head.length - tail.length, 0x78), tail]);
}

interface Reading {
  step: string;
  seconds: number;
  rssBefore: number;
  rssAfter: number;
  peak: number;
  status: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { mb: { type: 'string' }, database: { type: 'string' } },
    strict: true,
  });
  const mb = Number(values.mb ?? 20);
  const onServer = values.database === 'server';
  const limit = 20 * 1024 * 1024;
  const size = Math.min(mb * 1024 * 1024, limit);

  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const build = mkdtempSync(join(cache, 'quayside-bench-upload-'));
  const swc = join(ROOT, 'node_modules', '.bin', 'swc');
  for (const sources of ['src', 'migrations'])
    execFileSync(swc, [sources, '-d', join(build, sources), '--strip-leading-paths', '--quiet'], {
      cwd: ROOT,
    });
  const dataDir = mkdtempSync(join(tmpdir(), 'quayside-upload-'));
  let database: Record<string, string> = {};
  const server = serverUrl();
  let serverDb: string | undefined;
  if (onServer) {
    if (!server) throw new Error('--database server needs DATABASE_URL');
    serverDb = `${databaseName(server)}_upload_${process.pid}`;
    await adminQuery(server, `CREATE DATABASE "${serverDb}"`);
    database = { DATABASE_URL: withDatabase(server, serverDb) };
  }

  const port = await freePort();
  const child = spawn(process.execPath, [join(build, 'src', 'main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      JWT_SECRET: 'bench-upload-secret-bench-upload-secret-0123',
      ATTACHMENT_MAX_BYTES: String(limit),
      ...database,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  try {
    while (!output.includes('Quayside is listening')) {
      if (child.exitCode !== null) throw new Error(`the service exited:\n${output}`);
      await sleep(50);
    }
    const pid = child.pid!;
    const base = `http://127.0.0.1:${port}/api/v1`;
    const json = async (method: string, path: string, token: string | null, body?: unknown) => {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const answer = (await res.json()) as Record<string, unknown>;
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(answer)}`);
      return answer;
    };
    const token = (await json('POST', '/auth/login', null, ADMIN)).accessToken as string;
    const client = await json('POST', '/clients', token, clientBody());
    const carrier = await json('POST', '/carriers', token, carrierBody());
    const shipment = await json(
      'POST',
      '/shipments',
      token,
      shipmentBody({ clientId: client.id as string, carrierId: carrier.id as string }),
    );
    const file = pdfOf(size);
    const over = pdfOf(limit + 1);
    const filePath = join(dataDir, 'upload.pdf');
    writeFileSync(filePath, file);

    const readings: Reading[] = [];
    const measure = async (step: string, work: () => Promise<number>): Promise<void> => {
      await sleep(2000);
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
      const before = status(pid);
      let peak = before.rss;
      let running = true;
      const sampler = (async () => {
        while (running) {
          peak = Math.max(peak, status(pid).rss);
          await sleep(20);
        }
      })();
      const started = Date.now();
      const code = await work();
      const seconds = (Date.now() - started) / 1000;
      running = false;
      await sampler;
      await sleep(1000);
      const after = status(pid);
      readings.push({
        step,
        seconds,
        rssBefore: before.rss,
        rssAfter: after.rss,
        peak: Math.max(peak, after.peak),
        status: code,
      });
    };
    const upload = async (content: Buffer, name: string): Promise<number> => {
      const form = new FormData();
      form.append('kind', 'other');
      form.append('file', new Blob([content], { type: 'application/pdf' }), name);
      const res = await fetch(`${base}/shipments/${shipment.id as string}/attachments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      const answer = (await res.json()) as { id?: string };
      if (res.status === 201) uploaded = answer.id!;
      return res.status;
    };
    let uploaded = '';
    await measure(`upload ${mb} MiB`, () => upload(file, 'big.pdf'));
    await measure(`the same file again (stored once)`, () => upload(file, 'big-again.pdf'));
    const first = uploaded;
    for (const n of [2, 3]) {
      const other = Buffer.from(file);
      other.write(`different file ${n}`, 60);
      await measure(`another ${mb} MiB file (${n} of 3)`, () => upload(other, `big-${n}.pdf`));
    }
    await measure(`download it`, async () => {
      const res = await fetch(`${base}/attachments/${first}/content`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const bytes = Buffer.from(await res.arrayBuffer());
      const same =
        createHash('sha256').update(bytes).digest('hex') === createHash('sha256').update(file).digest('hex');
      if (!same) throw new Error('the download differs from the upload');
      return res.status;
    });
    await measure(`20 MiB + 1 byte (refused)`, () => upload(over, 'over.pdf'));

    const db = onServer ? 'PostgreSQL server' : 'embedded (PGlite)';
    console.log(`\nAttachment upload on the ${db}: service RSS in MB (peak: the highest during the step)\n`);
    console.log('| step | status | seconds | RSS before | peak | RSS after |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const r of readings) {
      console.log(
        `| ${r.step} | ${r.status} | ${r.seconds.toFixed(1)} | ${r.rssBefore.toFixed(0)} | ${r.peak.toFixed(0)} | ${r.rssAfter.toFixed(0)} |`,
      );
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(build, { recursive: true, force: true });
    if (server && serverDb) await adminQuery(server, `DROP DATABASE IF EXISTS "${serverDb}"`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
