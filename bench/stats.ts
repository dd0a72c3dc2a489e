import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';

/** What one timed phase measured. */
export interface PhaseResult {
  label: string;
  /** Actions attempted (answered or failed). */
  actions: number;
  failures: number;
  seconds: number;
  latenciesMs: number[];
  /** CPU time of this whole process (load generator + server, and PGlite when embedded), in ms. */
  cpuMs: number;
  /** Share of the machine's CPU time busy during the phase, all processes (0..1; NaN off Linux). */
  machineBusy: number;
  /** CPU time of PostgreSQL server processes on this machine, in ms (NaN when none can be seen). */
  postgresCpuMs: number;
  /** API phase only: wall time the server's event loop (main thread) was busy, in ms. */
  serverActiveMs?: number;
  /** API phase only: CPU time of the server's thread (main) and of the load generator's, in ms. */
  serverCpuMs?: number;
  loadCpuMs?: number;
}

export interface PhaseSummary {
  label: string;
  actions: number;
  failures: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  cpuMsPerAction: number;
  /** CPU cores busy on the whole machine during the phase (this process, the database, anything else). */
  machineCores: number;
  /** CPU time of the local PostgreSQL server's processes per action (NaN when not visible). */
  postgresCpuMsPerAction: number;
  /** Share of the phase the server's event loop was busy, 0..1 (NaN where not measured). */
  serverBusy: number;
  /** CPU time per action of the server's thread and of the load generator's (NaN where not measured). */
  serverCpuMsPerAction: number;
  loadCpuMsPerAction: number;
}

/** Nearest-rank percentile of an ascending array (q in 0..1). */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] as number;
}

export function summarize(result: PhaseResult): PhaseSummary {
  const sorted = [...result.latenciesMs].sort((a, b) => a - b);
  return {
    label: result.label,
    actions: result.actions,
    failures: result.failures,
    seconds: result.seconds,
    perSecond: result.actions / result.seconds,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted.length ? (sorted[sorted.length - 1] as number) : Number.NaN,
    cpuMsPerAction: result.cpuMs / Math.max(1, result.actions),
    machineCores: result.machineBusy * cpus().length,
    postgresCpuMsPerAction: result.postgresCpuMs / Math.max(1, result.actions),
    serverBusy: (result.serverActiveMs ?? Number.NaN) / (1000 * result.seconds),
    serverCpuMsPerAction: (result.serverCpuMs ?? Number.NaN) / Math.max(1, result.actions),
    loadCpuMsPerAction: (result.loadCpuMs ?? Number.NaN) / Math.max(1, result.actions),
  };
}

/** Rounds of one side as one phase: counts and times added up, latencies pooled, the machine's share by time. */
export function combine(parts: readonly PhaseResult[]): PhaseResult {
  const first = parts[0];
  if (!first) throw new Error('no rounds to combine');
  const sum = (of: (p: PhaseResult) => number | undefined): number =>
    parts.reduce((total, p) => total + (of(p) ?? Number.NaN), 0);
  const seconds = sum((p) => p.seconds);
  return {
    label: first.label,
    actions: sum((p) => p.actions),
    failures: sum((p) => p.failures),
    seconds,
    latenciesMs: parts.flatMap((p) => p.latenciesMs),
    cpuMs: sum((p) => p.cpuMs),
    machineBusy: sum((p) => p.machineBusy * p.seconds) / seconds,
    postgresCpuMs: sum((p) => p.postgresCpuMs),
    ...(first.serverActiveMs === undefined
      ? {}
      : {
          serverActiveMs: sum((p) => p.serverActiveMs),
          serverCpuMs: sum((p) => p.serverCpuMs),
          loadCpuMs: sum((p) => p.loadCpuMs),
        }),
  };
}

/** Busy and total jiffies of all CPUs from /proc/stat (Linux), or undefined elsewhere. */
function machineTicks(): { busy: number; total: number } | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    const total = ticks.reduce((a, b) => a + b, 0);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0); // idle + iowait
    return { busy: total - idle, total };
  } catch {
    return undefined;
  }
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

/**
 * CPU time so far of the PostgreSQL server on this machine (Linux /proc): its live processes, plus the
 * time of backends that have exited, which the postmaster has reaped (its cutime/cstime). Undefined
 * when no postgres process can be read, as on PGlite-only machines or off Linux.
 */
function postgresTicks(): number | undefined {
  let total = 0;
  let seen = false;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // gone, or not ours to read
    }
    const close = stat.lastIndexOf(')');
    const comm = stat.slice(stat.indexOf('(') + 1, close);
    if (comm !== 'postgres') continue;
    // Fields after the comm: state(3) … utime(14) stime(15) cutime(16) cstime(17).
    const fields = stat.slice(close + 2).split(' ');
    const at = (field: number): number => Number(fields[field - 3] ?? 0);
    total += at(14) + at(15) + at(16) + at(17);
    seen = true;
  }
  return seen ? total : undefined;
}

/**
 * CPU time so far of the calling thread, in ms (Linux /proc/thread-self; undefined elsewhere). Node 20 has
 * no per-thread process.cpuUsage, and the API phase runs the server and the load generator on two threads.
 */
export function threadCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[14 - 3]) + Number(fields[15 - 3])) * TICK_MS;
  } catch {
    return undefined;
  }
}

/** Wall time, this process's CPU time and the machine's busy share around `run`. */
export async function timed(
  run: () => Promise<void>,
): Promise<{ seconds: number; cpuMs: number; machineBusy: number; postgresCpuMs: number }> {
  const machine = machineTicks();
  const postgres = postgresTicks();
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const after = machineTicks();
  const postgresAfter = postgresTicks();
  const machineBusy =
    machine && after && after.total > machine.total
      ? (after.busy - machine.busy) / (after.total - machine.total)
      : Number.NaN;
  const postgresCpuMs =
    postgres !== undefined && postgresAfter !== undefined ? (postgresAfter - postgres) * TICK_MS : Number.NaN;
  return { seconds, cpuMs: (used.user + used.system) / 1000, machineBusy, postgresCpuMs };
}

/** A plain text table, columns right-aligned except the first. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const fixed = (value: number, digits: number): string =>
  Number.isFinite(value) ? value.toFixed(digits) : '-';
