import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirectoryLockedError } from '../src/database/data-directory-lock';
import { connectDataSource } from '../src/database/data-source';
import { EmbeddedPostgres } from '../src/database/embedded-postgres';
import { describeInEmbeddedPass } from './utils/passes';

const ROOT = join(__dirname, '..');

function holdDataDir(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'test/utils/hold-data-dir.ts', dir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`holder exited ${code}: ${err}`)));
  });
}

// PGlite has no lock of its own: two processes on one directory both open it and lose rows (measured).
describeInEmbeddedPass('the embedded database directory', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'quayside-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second process, then reopens with every committed row after the first is killed -9', async () => {
    const holder = await holdDataDir(dir);
    try {
      const refused = EmbeddedPostgres.start(dir);
      await expect(refused).rejects.toBeInstanceOf(DataDirectoryLockedError);
      await expect(refused).rejects.toMatchObject({ holderPid: holder.pid });
    } finally {
      holder.kill('SIGKILL');
      await new Promise((resolve) => holder.once('exit', resolve));
    }
    const ds = await connectDataSource({ kind: 'pglite', dataDir: dir });
    try {
      expect(await ds.query('SELECT id, note FROM survivor')).toEqual([
        { id: 1, note: 'committed before the kill' },
      ]);
    } finally {
      await ds.destroy();
    }
  });

  it('refuses a second open in the same process and frees the directory on stop', async () => {
    const first = await EmbeddedPostgres.start(dir);
    await expect(EmbeddedPostgres.start(dir)).rejects.toBeInstanceOf(DataDirectoryLockedError);
    await first.stop();
    const again = await EmbeddedPostgres.start(dir);
    await again.stop();
  });
});
