import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describeInEmbeddedPass } from './utils/passes';

const root = join(__dirname, '..');

/** ESLint's findings on `text` as if it were the file at `path`, with the repository's own configuration. */
function lint(path: string, text: string): string {
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/eslint/bin/eslint.js'),
      '--stdin',
      '--stdin-filename',
      path,
      '--format',
      'json',
    ],
    { cwd: root, input: text, encoding: 'utf8' },
  );
  return result.stdout;
}

const OUTSIDE_IMPORTS = [
  "import { Injectable } from '@nestjs/common';",
  "import { Repository } from 'typeorm';",
  "import { Shipment } from '../entities/shipment.entity';",
  'export const used = [Injectable, Repository, Shipment];',
  '',
].join('\n');

describeInEmbeddedPass('the domain boundary (eslint.config.mjs)', () => {
  it('refuses Nest, TypeORM and entities in a domain/ folder', () => {
    const findings = lint('src/shipments/domain/shipment-status.ts', OUTSIDE_IMPORTS);
    const restricted = findings.match(/"ruleId":"no-restricted-imports"/g) ?? [];
    expect(restricted).toHaveLength(3);
  }, 120_000);

  it('lets the same imports be outside domain/', () => {
    const findings = lint('src/shipments/shipments.service.ts', OUTSIDE_IMPORTS);
    expect(findings).not.toContain('"ruleId":"no-restricted-imports"');
  }, 120_000);
});
