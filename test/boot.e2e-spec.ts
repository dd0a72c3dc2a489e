import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, start, waitFor, type Run } from './utils/main-process';

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
      const [, email, password] = await waitFor(first, /log in as (\S+) with the password (\S+)/);
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

  it('says where it is in a plain banner, with the generated password on the first start only', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'quayside-banner-'));
    const stop = async (run: Run): Promise<void> => {
      run.child.kill('SIGTERM');
      await run.exited;
    };
    try {
      const port = await freePort();
      const env = { DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' };
      const first = start(env);
      const [, email, password] = await waitFor(first, /log in as (\S+) with the password (\S+)/);
      await stop(first);
      const banner = first.output().slice(first.output().indexOf('Quayside is listening'));
      expect(banner).toContain(`Quayside is listening on http://127.0.0.1:${port}\n`);
      expect(banner).toContain('database:       embedded PostgreSQL (PGlite)');
      expect(banner).toContain(`data directory: ${dataDir}\n`);
      // The password is printed once: in the banner, not in the JSON log line that says the admin was made.
      expect(first.output().split(password ?? '').length).toBe(2);
      expect(first.output()).toContain(`created the admin ${email} with a generated password`);

      const again = start(env);
      await waitFor(again, /data directory: .*\n/);
      await stop(again);
      expect(again.output()).not.toContain('log in as');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
