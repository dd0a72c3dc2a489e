import type { TestApp } from '../test-app';
import { KNOWN_GAPS, SEED } from './config';
import type { Ledger } from './judge';

export const out = (lines: string[]): void => void process.stdout.write(`${lines.join('\n')}\n`);

const histogram = (m: Map<number, number>): string =>
  [...m.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}×${n}`)
    .join(' ');

/**
 * The refused answers the idempotency interceptor kept (a known gap), grouped by status, code and the
 * endpoints that sent the key, for whoever fixes it; counted in the ledger's gaps.
 */
export async function idempotencyTraces(
  t: TestApp,
  ledger: Ledger,
): Promise<{ count: number; lines: string[] }> {
  const rows: { key: string; status: number; code: string | null }[] = await t.dataSource.query(
    `SELECT key, response_status AS status, response_body->>'code' AS code FROM idempotency_keys ORDER BY key`,
  );
  const byKind = new Map<string, number>();
  for (const row of rows) {
    const endpointsUsing = [...new Set((ledger.keys.get(row.key) ?? []).map((u) => u.endpoint))].join(' | ');
    const kind = `${row.status} ${row.code ?? '(running)'} ← ${endpointsUsing || '(not sent by this test)'}`;
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  ledger.gap('idempotencyTraces', `${rows.length} rows`);
  return {
    count: rows.length,
    lines: [
      `idempotency_keys: ${rows.length} refused responses stored (${KNOWN_GAPS.idempotencyTraces}):`,
      ...[...byKind.entries()].sort().map(([kind, n]) => `  ${n} × ${kind}`),
    ],
  };
}

/** The figures of a run: requests by endpoint tag and by fault, the known gaps met. */
export function figures(ledger: Ledger): string[] {
  return [
    '',
    `fuzz: seed ${SEED}; requests by endpoint tag:`,
    ...[...ledger.byTag.entries()].map(
      ([tag, tally]) =>
        `  ${tag.padEnd(12)} ${String(tally.requests).padStart(5)}  ${histogram(tally.byStatus)}`,
    ),
    'requests by fault:',
    ...[...ledger.byFault.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([fault, tally]) =>
          `  ${fault.padEnd(44)} ${String(tally.requests).padStart(5)}  ${histogram(tally.byStatus)}`,
      ),
    'known gaps (fixes outside this test’s reach; FUZZ_STRICT=1 fails on them):',
    ...[...ledger.gaps.entries()].map(
      ([gap, { count, example }]) =>
        `  ${gap}: ${count}. ${KNOWN_GAPS[gap]}\n    e.g. ${example.slice(0, 300)}`,
    ),
  ];
}

/** The summary line: `fuzz: N requests, 0 server errors, database unchanged (12.3 s)`. */
export function summary(ledger: Ledger, changed: string[], traces: number, started: number): string {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return (
    `fuzz: ${ledger.total} requests, ${ledger.serverErrors} server errors, ` +
    (changed.length
      ? `database CHANGED in ${changed.join(', ')}`
      : traces
        ? `database unchanged except idempotency_keys (${traces} refused responses stored)`
        : 'database unchanged') +
    ` (${seconds} s)`
  );
}
