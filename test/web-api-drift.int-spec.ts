import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTestApp, TestApp } from './utils/test-app';

// The console's API types (web/src/api/schema.d.ts) are generated from the OpenAPI document and committed, so
// the console's build and typecheck need no running service. This test keeps them honest: the types the
// document the service serves now gives must be the committed ones, to the character.

const ROOT = join(__dirname, '..');
const SCHEMA = join(ROOT, 'web', 'src', 'api', 'schema.d.ts');

describe('the console API types (web/src/api/schema.d.ts)', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await createTestApp();
    dir = mkdtempSync(join(tmpdir(), 'quayside-drift-'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('match what the service serves at /api/docs-json (else: npm run api:generate)', async () => {
    const res = await t.http().get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toContain('/api/v1/board');
    const document = join(dir, 'openapi.json');
    writeFileSync(document, JSON.stringify(res.body));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['-r', '@swc-node/register', 'web/tools/render-api.ts', document],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
    );
    expect(stdout.length).toBeGreaterThan(1000);
    // Compared line by line, so a failure shows the lines that moved rather than one huge string.
    expect(stdout.split('\n')).toEqual(readFileSync(SCHEMA, 'utf8').split('\n'));
  });
});
