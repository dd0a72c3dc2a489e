/**
 * Fuzzing the write API: thousands of requests that must be refused, and nothing may change.
 *
 * The write endpoints (POST, PATCH, PUT, DELETE) are read from the app's own OpenAPI document, so a new one is
 * fuzzed without editing this file. Each request starts from a valid request for its endpoint (VALID in test/utils/fuzz/valid.ts, or
 * a body derived from the schema's examples; the test fails if neither exists) aimed at a fixture on which it
 * would succeed, and carries exactly one fault that makes it invalid by contract (docs/api.md, "Conventions"): an
 * unknown or missing field, a value of the wrong type or out of range, an oversized string or array, a body
 * that is not a JSON object or not JSON, a wrong content type, a body over the size limit, a path id that
 * names nothing, a garbage or stale If-Match, a bad Idempotency-Key. On top come harmless extras: junk query
 * strings, odd and large headers, reused idempotency keys, caller-chosen correlation ids.
 *
 * Every answer must be a 4xx in the one error envelope, and a checksum of every table must be the same after
 * the run as before it. KNOWN_GAPS lists refusals that once escaped the envelope (router, HTTP parser, a
 * forged token subject, kept idempotency keys): now fixed, they are still measured separately and are fatal
 * unless FUZZ_STRICT=0.
 *
 * FUZZ_SEED=<n> replays a run (the seed is printed); FUZZ_RUNS=<n> sets the requests per endpoint;
 * FUZZ_LOG=1 lets the service log its errors (stack traces of any 5xx).
 */
import { createTestApp, type TestApp } from './utils/test-app';
import { RUNS_PER_ENDPOINT, SEED, STRICT } from './utils/fuzz/config';
import { checksums, type TableSum } from './utils/fuzz/checksum';
import { fuzzBatch, fuzzEndpoint, prepareRun, type FuzzRun } from './utils/fuzz/harness';
import { describeAttempt, fire, Ledger, send } from './utils/fuzz/judge';
import {
  authAttempts,
  baselineAttempt,
  gapAttempts,
  listOperations,
  paginationAttempts,
} from './utils/fuzz/probes';
import { figures, idempotencyTraces, out, summary } from './utils/fuzz/report';

describe('fuzz: malformed requests to every write endpoint are refused with the envelope and change nothing', () => {
  let t: TestApp;
  let run: FuzzRun;
  let before: Map<string, TableSum>;
  const ledger = new Ledger();
  const started = Date.now();

  beforeAll(async () => {
    t = await createTestApp(process.env.FUZZ_LOG === '1' ? { LOG_LEVEL: 'error' } : {});
    // One listening socket for the whole run, rather than one per request.
    await t.app.listen(0, '127.0.0.1');
    run = await prepareRun(t);
    before = await checksums(t);
  }, 120_000);
  afterAll(() => t?.close());

  it('builds a valid request for every write endpoint in the OpenAPI document', () => {
    expect(run.endpoints.length).toBeGreaterThan(25);
    expect(run.bodyProblems).toEqual([]);
  });

  it('refuses every fuzzed request to a write endpoint with a 4xx in the error envelope', async () => {
    out([
      `fuzz: seed ${SEED}, ${RUNS_PER_ENDPOINT} requests per endpoint, ${run.endpoints.length} write endpoints`,
    ]);
    const failures: string[] = [];
    for (const i of run.endpoints.keys()) {
      const failure = await fuzzEndpoint(t, ledger, run, i);
      if (failure) failures.push(failure);
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('refuses callers without a valid token (401) and client users (403) with the envelope', async () => {
    const make = authAttempts(run.endpoints, run.context);
    expect(await fuzzBatch(t, ledger, make, SEED - 1, 300)).toEqual([]);
  }, 120_000);

  it('refuses junk pagination on every list (limit 1-200, cursors it issued)', async () => {
    const lists = listOperations(run.doc);
    expect(lists.length).toBeGreaterThan(5);
    expect(await fuzzBatch(t, ledger, paginationAttempts(lists, run.context), SEED - 2, 300)).toEqual([]);
  }, 120_000);

  it('measures the known gaps: router and HTTP-parser refusals, tokens with a bad subject', async () => {
    const problems: string[] = [];
    for (const a of gapAttempts(run.endpoints, run.context)) problems.push(...(await fire(t, ledger, a)));
    expect(problems).toEqual([]);
  });

  it('leaves every table as it was (checked last among the fuzz runs)', async () => {
    const after = await checksums(t);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
      (name) => JSON.stringify(before.get(name)) !== JSON.stringify(after.get(name)),
    );
    // Known gap: the interceptor keeps refused answers. Say exactly which, for whoever fixes it.
    const traces = changed.includes('idempotency_keys')
      ? await idempotencyTraces(t, ledger)
      : { count: 0, lines: [] };
    const unexpected = changed.filter((name) => name !== 'idempotency_keys' || STRICT);
    out([...figures(ledger), ...traces.lines, summary(ledger, unexpected, traces.count, started)]);
    expect(unexpected).toEqual([]);
    expect(ledger.serverErrors).toBe(0);
    // The issue asks for thousands; a smaller FUZZ_RUNS (replaying one failure) is the caller's choice.
    if (process.env.FUZZ_RUNS === undefined) expect(ledger.total).toBeGreaterThanOrEqual(3_000);
    if (STRICT) expect([...ledger.gaps.keys()]).toEqual([]);
  });

  it('answers each base request, sent once without its fault, with a 2xx: every refusal was the fault’s', async () => {
    // After the checksum: these do change the database. Each has a fixture of its own, so the order is free.
    const failures: string[] = [];
    for (const ep of run.endpoints) {
      const a = baselineAttempt(ep, run.context);
      const res = await send(t, a);
      if (res.status < 200 || res.status > 299)
        failures.push(`${describeAttempt(a)} → ${res.status} ${res.text.slice(0, 300)}`);
    }
    out([
      `fuzz baseline: ${run.endpoints.length - failures.length} of ${run.endpoints.length} base requests succeed`,
    ]);
    // A base request that fails makes the fuzz of its endpoint toothless: fix it in VALID.
    expect(failures).toEqual([]);
  });
});
