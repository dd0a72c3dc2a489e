import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  OperationObject,
  PathItemObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { ETAG_EXTENSION } from './etag';

/** The name of the error envelope's schema in the OpenAPI document. */
export const ERROR_ENVELOPE = 'ErrorEnvelope';

const SCHEMAS: Record<string, SchemaObject> = {
  ErrorField: {
    type: 'object',
    required: ['field', 'message'],
    properties: {
      field: {
        type: 'string',
        description: 'The body field (dotted path, `lines[0].amount`), query parameter or header at fault',
        example: 'vessel',
      },
      message: { type: 'string', example: 'vessel must be a string' },
    },
  },
  ErrorDetails: {
    type: 'object',
    description: 'What the code needs to be acted on; which keys appear depends on the code',
    additionalProperties: true,
    properties: {
      fields: {
        type: 'array',
        items: { $ref: '#/components/schemas/ErrorField' },
        description:
          'VALIDATION_FAILED, INVALID_REFERENCE, CONFLICT on a unique value, …_OUT_OF_RANGE: every field at fault',
      },
      missing: {
        type: 'array',
        items: { type: 'string' },
        description: 'REQUIREMENTS_UNMET: what is missing, in words a person can act on',
      },
      allowedActions: {
        type: 'array',
        items: { type: 'string' },
        description: 'SHIPMENT_INVALID_TRANSITION: the actions possible from the current status',
      },
      status: {
        type: 'string',
        description: 'The current status of the record, where a state refused the request',
      },
      action: {
        type: 'string',
        description: 'SHIPMENT_INVALID_TRANSITION, DEBIT_NOTE_INVALID_STATE: the action refused',
      },
      currentVersion: {
        type: 'integer',
        description: 'PRECONDITION_FAILED: the version the record is at now',
      },
      revision: { type: 'integer', description: 'SI_REVISION_MISMATCH: the SI revision sent' },
      currentRevision: { type: 'integer', description: 'SI_REVISION_MISMATCH: the current SI revision' },
      limit: {
        type: 'object',
        additionalProperties: true,
        description:
          '…_OUT_OF_RANGE: the limit broken (`max`, `min`, `reference` and `factor`, `earliest`, `latest`)',
      },
      retryAfterSeconds: { type: 'integer', description: 'RATE_LIMITED: also sent as `Retry-After`' },
    },
  },
  [ERROR_ENVELOPE]: {
    type: 'object',
    description: 'Every error answer: clients switch on `code`, never on `message` (docs/api.md, "Errors")',
    required: ['statusCode', 'code', 'message', 'correlationId'],
    properties: {
      statusCode: { type: 'integer', description: 'The HTTP status, repeated', example: 409 },
      code: { type: 'string', description: 'The stable error code', example: 'SHIPMENT_INVALID_TRANSITION' },
      message: { type: 'string', description: 'For people; it may change' },
      details: { $ref: '#/components/schemas/ErrorDetails' },
      correlationId: {
        type: 'string',
        description: 'Also in the `x-correlation-id` header; quote it when reporting a problem',
      },
    },
  },
};

/** The answer each derived status gives when the route itself says nothing more precise. */
const DERIVED: Record<string, string> = {
  '400': 'VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one',
  '404': 'NOT_FOUND: no such record, or one outside your scope',
  '409':
    'CONFLICT: another change to the same record at the same time, a value already in use, or a request with ' +
    'this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost)',
  '412': 'PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again',
  '422':
    'INVALID_REFERENCE: an id names no usable record; IDEMPOTENCY_KEY_REUSED: the key came with another request',
};

/** What any request may meet besides its route's own answers: still the envelope, so a client types it. */
const ANY_OTHER =
  'Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, ' +
  '503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL';

const WRITES = new Set(['post', 'put', 'patch', 'delete']);
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** The statuses an operation can answer with, from what the document says of it. */
function derivedStatuses(method: string, path: string, operation: OperationObject): string[] {
  const parameters = operation.parameters ?? [];
  const located = (where: string) => parameters.some((p) => 'in' in p && p.in === where);
  const header = (name: string) =>
    parameters.some((p) => 'in' in p && p.in === 'header' && p.name.toLowerCase() === name);
  const authenticated = (operation.security ?? []).length > 0;
  const write = WRITES.has(method);
  const statuses: string[] = [];
  if (write || operation.requestBody || located('query') || located('header')) statuses.push('400');
  if (path.includes('{')) statuses.push('404');
  // The write path's own refusals (a concurrent change, a unique value, a foreign key) and the
  // Idempotency-Key's, which every authenticated POST may carry.
  if (write && authenticated) statuses.push('409', '422');
  if (header('if-match')) statuses.push('412');
  return statuses;
}

/**
 * Describes the error envelope once as a schema and gives every error answer of every operation that schema;
 * adds the answers each operation can give that its route does not declare (400 with input, 404 with a path
 * parameter, 409 and 422 on authenticated writes, 412 with If-Match, and a `default` for the rest; 401/403 come
 * from the permission matrix);
 * turns `Versioned()` routes' marker into their success answers' `ETag` header.
 */
export function describeErrors(document: OpenAPIObject): void {
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, ...SCHEMAS };
  const envelope = { 'application/json': { schema: { $ref: `#/components/schemas/${ERROR_ENVELOPE}` } } };
  for (const [path, item] of Object.entries<PathItemObject>(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const responses = (operation.responses ??= {}) as Record<string, ResponseObject>;
      for (const status of derivedStatuses(method, path, operation))
        responses[status] ??= { description: DERIVED[status] ?? status };
      responses.default ??= { description: ANY_OTHER };
      const extended = operation as OperationObject & Record<string, unknown>;
      const versioned = extended[ETAG_EXTENSION] === true;
      delete extended[ETAG_EXTENSION];
      for (const [status, response] of Object.entries(responses)) {
        if (status === 'default' || Number(status) >= 400) response.content ??= envelope;
        else if (versioned && status.startsWith('2')) {
          response.headers = {
            ...response.headers,
            ETag: {
              description: 'The version of the record: `"<version>"`, to send back as If-Match',
              schema: { type: 'string', example: '"3"' },
            },
          };
        }
      }
    }
  }
}
