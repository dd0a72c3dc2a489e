import { readFileSync } from 'node:fs';
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

/** Wall time, this process's CPU time and the machine's busy share around `run`. */
export async function timed(
  run: () => Promise<void>,
): Promise<{ seconds: number; cpuMs: number; machineBusy: number }> {
  const machine = machineTicks();
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const after = machineTicks();
  const machineBusy =
    machine && after && after.total > machine.total
      ? (after.busy - machine.busy) / (after.total - machine.total)
      : Number.NaN;
  return { seconds, cpuMs: (used.user + used.system) / 1000, machineBusy };
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
