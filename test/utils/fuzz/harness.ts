import fc from 'fast-check';
import type { TestApp } from '../test-app';
import { RUNS_PER_ENDPOINT, SEED } from './config';
import { createFixtures } from './fixtures';
import { fire, type Ledger, describeAttempt } from './judge';
import { resolver, writeEndpoints, type Endpoint, type OpenApi } from './openapi';
import { buildAttempt, type Attempt, type Context } from './requests';
import { bodyFromSchema, schemaMismatches, VALID } from './valid';

export interface FuzzRun {
  doc: OpenApi;
  endpoints: Endpoint[];
  context: Context;
  /** Endpoints without a valid base body, or a VALID entry the document does not match. */
  bodyProblems: string[];
}

/** Creates the fixtures, reads the write endpoints from the OpenAPI document and builds each base body. */
export async function prepareRun(t: TestApp): Promise<FuzzRun> {
  const fx = await createFixtures(t);
  const doc = (await t.http().get('/api/docs-json')).body as OpenApi;
  const resolve = resolver(doc);
  const endpoints = writeEndpoints(doc, resolve);
  const context: Context = {
    fx,
    adminToken: await t.tokenFor('admin'),
    bodyLimit: t.config.bodyLimitBytes,
    resolve,
    baseBody: new Map(),
    usedKeys: new Set(),
  };
  const bodyProblems: string[] = [];
  for (const ep of endpoints) {
    if (!ep.body) continue;
    try {
      const valid = VALID[ep.key];
      const body = valid?.body ? valid.body(fx) : bodyFromSchema(ep.body, resolve, fx, '');
      bodyProblems.push(...schemaMismatches(body, ep.body, resolve).map((p) => `${ep.key}: ${p}`));
      context.baseBody.set(ep.key, body);
    } catch (error) {
      bodyProblems.push(`${ep.key}: ${(error as Error).message}`);
    }
  }
  const stale = Object.keys(VALID).filter((key) => !endpoints.some((ep) => ep.key === key));
  bodyProblems.push(...stale.map((key) => `VALID has ${key}, which the document does not`));
  return { doc, endpoints, context, bodyProblems };
}

/**
 * Sends RUNS_PER_ENDPOINT faulty requests to the endpoint with index `i` (its seed is SEED + i) and stops at
 * the first wrong answer; returns what went wrong, with what it takes to replay it, or nothing.
 */
export async function fuzzEndpoint(
  t: TestApp,
  ledger: Ledger,
  run: FuzzRun,
  i: number,
): Promise<string | undefined> {
  const ep = run.endpoints[i]!;
  let first: string[] = [];
  try {
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        let attempt: Attempt | undefined;
        try {
          attempt = buildAttempt(g, ep, run.context);
          first = await fire(t, ledger, attempt);
        } catch (error) {
          first = [
            `${attempt ? describeAttempt(attempt) : 'building a request'}: ${(error as Error).stack ?? String(error)}`,
          ];
        }
        if (first.length) throw new Error(first.join('\n'));
      }),
      { seed: SEED + i, numRuns: RUNS_PER_ENDPOINT, endOnFailure: true },
    );
    return undefined;
  } catch (error) {
    const replay = /path: "(\d+)"/.exec((error as Error).message)?.[1];
    return `${ep.key} (FUZZ_SEED=${SEED}, endpoint seed ${SEED + i}, run ${replay}):\n  ${first.join('\n  ')}`;
  }
}

/** Sends `runs` requests made by `make` from the given seed; returns every problem found (none stops it). */
export async function fuzzBatch(
  t: TestApp,
  ledger: Ledger,
  make: (g: fc.GeneratorValue) => Attempt,
  seed: number,
  runs: number,
): Promise<string[]> {
  const problems: string[] = [];
  await fc.assert(
    fc.asyncProperty(fc.gen(), async (g) => {
      problems.push(...(await fire(t, ledger, make(g))));
    }),
    { seed, numRuns: runs, endOnFailure: false },
  );
  return problems;
}
