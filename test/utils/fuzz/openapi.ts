import { PUBLIC_ENDPOINTS } from './config';

// The OpenAPI document

export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  example?: unknown;
  minimum?: number;
  maximum?: number;
  nullable?: boolean;
}

interface Operation {
  tags?: string[];
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

export interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const WRITE_METHODS = ['post', 'patch', 'put', 'delete'] as const;

export interface Endpoint {
  key: string; // "POST /api/v1/shipments/{id}/actions/cancel", as in the document
  method: string;
  path: string;
  tag: string;
  pathParams: string[];
  /** Header parameters the document declares, lower-case (if-match, idempotency-key). */
  headers: Set<string>;
  body?: Schema;
  isPublic: boolean;
}

export function resolver(doc: OpenApi): (schema: Schema | undefined) => Schema {
  const resolve = (schema: Schema | undefined): Schema => {
    if (!schema) return {};
    if (schema.$ref) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      const target = doc.components.schemas[name];
      if (!target) throw new Error(`OpenAPI: unresolved ${schema.$ref}`);
      return resolve({ ...target, ...omit(schema, '$ref') });
    }
    if (schema.allOf) {
      return schema.allOf.reduce<Schema>(
        (merged, part) => {
          const r = resolve(part);
          return {
            ...merged,
            ...r,
            properties: { ...merged.properties, ...r.properties },
            required: [...(merged.required ?? []), ...(r.required ?? [])],
          };
        },
        omit(schema, 'allOf'),
      );
    }
    return schema;
  };
  return resolve;
}

function omit<T extends object>(value: T, key: keyof T): T {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

export function writeEndpoints(doc: OpenApi, resolve: (s: Schema | undefined) => Schema): Endpoint[] {
  const endpoints: Endpoint[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const method of WRITE_METHODS) {
      const op = operations[method];
      if (!op) continue;
      const key = `${method.toUpperCase()} ${path}`;
      // A multipart upload (POST /shipments/{id}/attachments) has no JSON body to break: its refusals (type,
      // size, names, fields) are tested by test/attachments.e2e-spec.ts.
      if (op.requestBody?.content?.['multipart/form-data']) continue;
      const json = op.requestBody?.content?.['application/json']?.schema;
      endpoints.push({
        key,
        method: method.toUpperCase(),
        path,
        tag: op.tags?.[0] ?? 'untagged',
        pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        headers: new Set(
          (op.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name.toLowerCase()),
        ),
        body: json ? resolve(json) : undefined,
        isPublic: PUBLIC_ENDPOINTS.has(key),
      });
    }
  }
  return endpoints;
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
