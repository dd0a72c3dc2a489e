// The embedded database killed with SIGKILL mid-write, several times over one data directory. A child process
// (test/utils/write-until-killed.ts) opens it through the app's own code and commits transactions in a loop,
// printing each one once COMMIT has returned; it is killed at a random moment. After every kill the directory
// is reopened (taking over the dead process's lock) and checked: every transaction reported committed is
// there, every transaction there is whole (its parent row and all its child rows, its counter number), and
// the numbers have no gaps. Two more kills land while the database is still opening (recovering from the
// previous kill, or migrating).
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { connectDataSource } from '../../src/database/data-source';
import { CHILDREN } from '../utils/write-until-killed';
import { describeInEmbeddedPass } from '../utils/passes';

const ROOT = join(__dirname, '..', '..');
/** `write`: killed at random once it is writing; `open`: killed at random while it is still opening. */
const ROUNDS = ['write', 'write', 'open', 'write', 'write', 'open', 'write'] as const;
/** A writing child is killed this long after its first commit (uniformly at random). */
const KILL_AFTER_MS: [number, number] = [150, 1_500];

interface Writer {
  child: ChildProcess;
  startedAt: number;
  readyAt: number | null;
  committed: Map<string, number>;
  /** The last line it printed: `begin` means the kill landed inside a transaction. */
  last: string;
  closed: Promise<NodeJS.Signals | number | null>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const between = ([min, max]: [number, number]): number => min + Math.random() * (max - min);

function startWriter(dir: string): Writer {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', 'test/utils/write-until-killed.ts', dir],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const writer: Writer = {
    child,
    startedAt: performance.now(),
    readyAt: null,
    committed: new Map(),
    last: '',
    // 'close', not 'exit': every line the child wrote before it died has been read by then.
    closed: new Promise((resolve, reject) =>
      child.once('close', (code, signal) => {
        if (signal !== 'SIGKILL') reject(new Error(`the writer exited (${code ?? signal}): ${stderr}`));
        resolve(signal ?? code);
      }),
    ),
  };
  let buffered = '';
  child.stdout?.on('data', (d: Buffer) => {
    buffered += d.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      const [word, id, n] = line.split(' ');
      writer.last = word ?? '';
      if (word === 'ready') writer.readyAt = performance.now();
      if (word === 'committed' && id && n) writer.committed.set(id, Number(n));
    }
  });
  return writer;
}

async function until(condition: () => boolean, writer: Writer): Promise<void> {
  let exited = false;
  void writer.closed.finally(() => (exited = true)).catch(() => undefined);
  while (!condition()) {
    if (exited) await writer.closed; // throws with the child's stderr
    await sleep(10);
  }
}

describeInEmbeddedPass('the embedded database killed with SIGKILL mid-write', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'quayside-kill-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`reopens after each of ${ROUNDS.length} kills with every committed transaction, whole`, async () => {
    const reported = new Map<string, number>();
    const tally = { write: 0, open: 0, insideTransaction: 0, beforeReady: 0, rows: 0, lost: 0 };
    let openingMs = 4_000;
    for (const [i, when] of ROUNDS.entries()) {
      const writer = startWriter(dir);
      if (when === 'write') {
        await until(() => writer.committed.size > 0, writer);
        openingMs = writer.readyAt! - writer.startedAt;
        await sleep(between(KILL_AFTER_MS));
      } else {
        // Somewhere in starting up: loading the code, the lock, PGlite recovering the directory, migrations.
        await sleep(between([openingMs * 0.3, openingMs]));
      }
      writer.child.kill('SIGKILL');
      expect(await writer.closed).toBe('SIGKILL');
      tally[when]++;
      if (writer.readyAt === null) tally.beforeReady++;
      if (writer.last === 'begin') tally.insideTransaction++;
      for (const [id, n] of writer.committed) reported.set(id, n);

      // Reopened through the app's code: the lock of the killed process is taken over, the data recovered.
      const ds = await connectDataSource({ kind: 'pglite', dataDir: dir });
      try {
        const [exists] = await ds.query<{ ok: boolean }[]>(
          `SELECT to_regclass('fault_child') IS NOT NULL AS ok`,
        );
        if (!exists?.ok) {
          // Killed before the writer had created its tables (the first start, killed while opening).
          expect(reported.size).toBe(0);
          continue;
        }
        const parents = await ds.query<{ id: string; n: number; payload: string }[]>(
          'SELECT id, n, payload FROM fault_parent ORDER BY n',
        );
        const children = await ds.query<{ parent_id: string; seq: number; payload: string }[]>(
          'SELECT parent_id, seq, payload FROM fault_child',
        );
        const [counter] = await ds.query<{ value: number }[]>('SELECT value FROM fault_counter');
        const byId = new Map(parents.map((p) => [p.id, p]));
        const byParent = new Map<string, number[]>();
        for (const c of children) byParent.set(c.parent_id, [...(byParent.get(c.parent_id) ?? []), c.seq]);
        const payloadOk = (n: number | undefined, payload: string): boolean =>
          payload.length === 4096 && payload.startsWith(`${n}:`);

        // Nothing reported committed is missing, and each carries the number it was given.
        const lost = [...reported].filter(([id, n]) => byId.get(id)?.n !== n);
        tally.lost = Math.max(tally.lost, lost.length);
        expect(lost).toEqual([]);
        // Nothing is half-written: each parent has all its children, no child lacks its parent, no torn row.
        const whole = Array.from({ length: CHILDREN }, (_, k) => k + 1).join();
        const partial = parents.filter(
          (p) => (byParent.get(p.id) ?? []).sort((a, b) => a - b).join() !== whole,
        );
        expect(partial).toEqual([]);
        expect(children.filter((c) => !byId.has(c.parent_id))).toEqual([]);
        expect(parents.filter((p) => !payloadOk(p.n, p.payload))).toEqual([]);
        expect(children.filter((c) => !payloadOk(byId.get(c.parent_id)?.n, c.payload))).toEqual([]);
        // The counter moved with the rows: numbers 1..N, each once, and the counter at N.
        expect(parents.map((p) => p.n)).toEqual(parents.map((_, k) => k + 1));
        expect(counter?.value).toBe(parents.length);

        tally.rows = parents.length + children.length;
        process.stdout.write(
          `embedded-kill: kill ${i + 1} (${when}, ${writer.readyAt === null ? 'before ready' : writer.last}): ` +
            `${writer.committed.size} commits reported by this writer; reopened with ${parents.length} ` +
            `transactions (${reported.size} reported in all), ${tally.rows} rows checked\n`,
        );
      } finally {
        await ds.destroy();
      }
    }
    expect(reported.size).toBeGreaterThan(0);
    process.stdout.write(
      `embedded-kill: ${tally.write} kills while writing, ${tally.open} while opening (${tally.beforeReady} ` +
        `before it was ready); ${tally.insideTransaction} landed inside a transaction; ${tally.rows} rows ` +
        `checked after the last\n` +
        `faults: ${ROUNDS.length} kills, ${reported.size} committed rows, ${tally.lost} lost\n`,
    );
  }, 300_000);
});
