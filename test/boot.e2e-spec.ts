import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts src/main.ts as `npm start` would run it (compiled on the fly), with only the given environment. */
function start(env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, output: () => output, exited };
}

async function waitFor(run: Run, pattern: RegExp, ms = 30_000): Promise<RegExpMatchArray> {
  const until = Date.now() + ms;
  for (;;) {
    const match = run.output().match(pattern);
    if (match) return match;
    if (Date.now() > until || run.child.exitCode !== null)
      throw new Error(`no ${pattern} in:\n${run.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('booting the service', () => {
  it('exits non-zero naming a bad variable', async () => {
    const run = start({ PORT: 'not-a-port', LOG_LEVEL: 'loud' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('PORT');
    expect(run.output()).toContain('LOG_LEVEL');
  });

  describe('on a fresh embedded database', () => {
    let dataDir: string;
    let first: Run | undefined;
    beforeAll(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'quayside-boot-'));
    });
    afterAll(async () => {
      first?.child.kill('SIGTERM');
      if (first) await first.exited;
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('migrates, creates an admin with a password printed once, serves, and refuses a second process', async () => {
      const port = await freePort();
      first = start({ DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' });
      const [, email, password] = await waitFor(first, /created the admin (\S+) with the password (\S+) /);
      await waitFor(first, /successfully started/);

      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(await health.json()).toEqual({ status: 'ok', database: 'pglite' });
      const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      expect(login.status).toBe(200);

      const second = start({ DATA_DIR: dataDir, PORT: String(await freePort()) });
      expect(await second.exited).toBe(1);
      expect(second.output()).toMatch(new RegExp(`in use by process ${first.child.pid}`));

      // A graceful stop closes the database and gives the directory back.
      first.child.kill('SIGTERM');
      await first.exited;
      expect(existsSync(join(dataDir, 'quayside.lock'))).toBe(false);
    });
  });
});
