import pg from 'pg';
import { performance } from 'node:perf_hooks';
import { fixed, table } from './stats';

interface Bucket {
  statements: number;
  driverMs: number;
  sql: string[];
}

interface Aggregate {
  count: number;
  latencyMs: number;
  statements: number;
  driverMs: number;
  cpuMs: number;
  sample: string[];
}

type Method = (this: PgQuery, ...args: unknown[]) => unknown;
interface PgQuery {
  text?: unknown;
}
interface QueryPrototype {
  submit: Method;
  handleReadyForQuery: Method;
  handleError: Method;
}

/**
 * Counts and times every SQL statement this process sends through `pg` (TypeORM uses the same `pg`), and
 * attributes them to the action being measured. Hooks pg's Query (what is actually written to a connection
 * and answered), so it sees every client, whenever and however it was made. Only meaningful with one
 * request in flight at a time.
 */
export class QueryProfiler {
  private current: Bucket | undefined;
  private original: Pick<QueryPrototype, 'submit' | 'handleReadyForQuery' | 'handleError'> | undefined;
  private readonly aggregates = new Map<string, Aggregate>();

  install(): void {
    if (this.original) return;
    const proto = (pg as unknown as { Query: { prototype: QueryPrototype } }).Query.prototype;
    const original = {
      submit: proto.submit,
      handleReadyForQuery: proto.handleReadyForQuery,
      handleError: proto.handleError,
    };
    this.original = original;
    const started = new WeakMap<PgQuery, { bucket: Bucket; at: number }>();
    const current = (): Bucket | undefined => this.current;
    const finish = (query: PgQuery): void => {
      const entry = started.get(query);
      if (!entry) return;
      started.delete(query);
      entry.bucket.driverMs += performance.now() - entry.at;
    };
    proto.submit = function (...args: unknown[]): unknown {
      const bucket = current();
      if (bucket) {
        bucket.statements++;
        bucket.sql.push(typeof this.text === 'string' ? this.text.replace(/\s+/g, ' ').trim() : '?');
        started.set(this, { bucket, at: performance.now() });
      }
      return original.submit.apply(this, args);
    };
    proto.handleReadyForQuery = function (...args: unknown[]): unknown {
      finish(this);
      return original.handleReadyForQuery.apply(this, args);
    };
    proto.handleError = function (...args: unknown[]): unknown {
      finish(this);
      return original.handleError.apply(this, args);
    };
  }

  uninstall(): void {
    if (!this.original) return;
    Object.assign((pg as unknown as { Query: { prototype: QueryPrototype } }).Query.prototype, this.original);
    this.original = undefined;
  }

  /** Runs one request alone and attributes its statements, driver time and CPU time to `label`. */
  async measure<T>(label: string, run: () => Promise<{ ms: number; value: T }>): Promise<T> {
    const bucket: Bucket = { statements: 0, driverMs: 0, sql: [] };
    this.current = bucket;
    const cpu = process.cpuUsage();
    let outcome: { ms: number; value: T };
    try {
      outcome = await run();
    } finally {
      this.current = undefined;
    }
    const used = process.cpuUsage(cpu);
    const agg = this.aggregates.get(label) ?? {
      count: 0,
      latencyMs: 0,
      statements: 0,
      driverMs: 0,
      cpuMs: 0,
      sample: bucket.sql,
    };
    agg.count++;
    agg.latencyMs += outcome.ms;
    agg.statements += bucket.statements;
    agg.driverMs += bucket.driverMs;
    agg.cpuMs += (used.user + used.system) / 1000;
    this.aggregates.set(label, agg);
    return outcome.value;
  }

  report(title: string, withSql: boolean): string {
    const rows: string[][] = [];
    const total = { count: 0, latencyMs: 0, statements: 0, driverMs: 0, cpuMs: 0 };
    for (const [label, a] of this.aggregates) {
      rows.push([
        label,
        String(a.count),
        fixed(a.statements / a.count, 1),
        fixed(a.latencyMs / a.count, 2),
        fixed(a.driverMs / a.count, 2),
        fixed((a.latencyMs - a.driverMs) / a.count, 2),
        fixed(a.cpuMs / a.count, 2),
      ]);
      total.count += a.count;
      total.latencyMs += a.latencyMs;
      total.statements += a.statements;
      total.driverMs += a.driverMs;
      total.cpuMs += a.cpuMs;
    }
    rows.push([
      'all actions',
      String(total.count),
      fixed(total.statements / total.count, 1),
      fixed(total.latencyMs / total.count, 2),
      fixed(total.driverMs / total.count, 2),
      fixed((total.latencyMs - total.driverMs) / total.count, 2),
      fixed(total.cpuMs / total.count, 2),
    ]);
    const lines = [
      title,
      table(['action', 'n', 'SQL/action', 'latency ms', 'in pg ms', 'outside pg ms', 'cpu ms'], rows),
      '(in pg: from sending each statement to its result, summed; outside pg: the rest of the request —',
      ' HTTP, Nest pipeline, validation, TypeORM query building and hydration, DTOs, the load generator;',
      ' cpu: CPU time of this process per action)',
    ];
    if (withSql) {
      for (const [label, a] of this.aggregates) {
        lines.push('', `statements of one "${label}":`);
        a.sample.forEach((sql, i) => lines.push(`  ${String(i + 1).padStart(2)}. ${sql.slice(0, 150)}`));
      }
    }
    return lines.join('\n');
  }
}
