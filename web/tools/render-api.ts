import { readFileSync } from 'node:fs';
import { renderApiTypes } from './api-types';

/**
 * `node -r @swc-node/register web/tools/render-api.ts <document.json>`: prints the console's API types for an
 * OpenAPI document. The drift test runs it as a process of its own: openapi-typescript and prettier load
 * ES modules, which Jest's module system does not.
 */
const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: render-api.ts <openapi.json>');
  process.exit(2);
}
renderApiTypes(JSON.parse(readFileSync(file, 'utf8')) as object).then(
  (text) => process.stdout.write(text),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
