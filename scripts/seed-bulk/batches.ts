import type { Client } from 'pg';
import { performance } from 'node:perf_hooks';
import type { AppConfig } from '../../src/config/app-config';
import { insertLines, insertNotes } from './billing';
import { insertClientEmails, type EmailWindow } from './emails';
import { insertContainers, insertEvents, insertShipments } from './shipments';

export interface BatchRun {
  shipments: number;
  batch: number;
  config: AppConfig;
  emails: EmailWindow;
  /** Columns of later migrations, written when the database has them. */
  columns: { settledAt: boolean; operatorId: boolean; baseRate: boolean };
  log: (line: string) => void;
}

/**
 * Writes the plan's shipments a batch at a time: for each batch one statement per table (shipments, their
 * boxes, history, notes, lines, e-mails), so memory stays flat whatever the size of the run and progress is
 * printed after each. Answers the rows written per table.
 */
export async function writeBatches(db: Client, run: BatchRun): Promise<Record<string, number>> {
  const written: Record<string, number> = {};
  for (let lo = 1; lo <= run.shipments; lo += run.batch) {
    const hi = Math.min(run.shipments, lo + run.batch - 1);
    const started = performance.now();
    const timings: string[] = [];
    const timed = async (table: string, work: () => Promise<number>): Promise<void> => {
      const t = performance.now();
      written[table] = (written[table] ?? 0) + (await work());
      timings.push(`${table} ${((performance.now() - t) / 1000).toFixed(1)}`);
    };
    await timed('shipments', () => insertShipments(db, lo, hi, { operatorId: run.columns.operatorId }));
    await timed('containers', () => insertContainers(db, lo, hi));
    await timed('shipment_events', () => insertEvents(db, lo, hi));
    await timed('debit_notes', () =>
      insertNotes(db, lo, hi, run.config.company, run.columns, run.config.baseCurrency),
    );
    await timed('debit_note_lines', () => insertLines(db, lo, hi));
    await timed('emails', () => insertClientEmails(db, lo, hi, run.config, run.emails));
    run.log(
      `  shipments ${lo}-${hi}: ${((performance.now() - started) / 1000).toFixed(1)} s (${timings.join(', ')}); ` +
        `so far ${written.shipments} shipments, ${written.containers} containers, ` +
        `${written.shipment_events} events, ${written.debit_notes} notes, ${written.emails} e-mails`,
    );
  }
  return written;
}
