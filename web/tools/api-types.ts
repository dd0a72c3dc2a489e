import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { join } from 'node:path';

/** The committed output: web/src/api/schema.d.ts. */
export const SCHEMA_FILE = join(__dirname, '..', 'src', 'api', 'schema.d.ts');

const HEADER = `/**
 * The service's API as TypeScript types, generated from its OpenAPI document by \`npm run api:generate\`
 * (web/tools/generate-api.ts). Do not edit: test/web-api-drift.int-spec.ts fails when this file no longer
 * matches what the service serves at /api/docs-json.
 */
`;

/**
 * The console's API types for an OpenAPI document, formatted as the repository formats its files: the one
 * function both the generator and the drift test call, so the same document always gives the same text.
 */
export async function renderApiTypes(document: object): Promise<string> {
  const ast = await openapiTS(document as OpenAPI3, { alphabetize: true });
  const options = (await resolveConfig(SCHEMA_FILE)) ?? {};
  return format(HEADER + astToString(ast), { ...options, filepath: SCHEMA_FILE });
}
