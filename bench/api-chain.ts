import type { ShipmentStatus } from '../src/shipments/domain/shipment-status';
import { containerNumber, siBody } from '../test/factories/shipments';
import { forEachConcurrently, type HttpResult } from './http-client';

export const API = '/api/v1';

/** One shipment at so_released, with its one container. */
export interface Prepared {
  id: string;
  containerId: string;
  serial: number;
}

export interface Step {
  label: string;
  /** The shipment's status once the action is done (the container steps move it by themselves). */
  to: ShipmentStatus;
}

export interface ApiStep extends Step {
  path(s: Prepared): string;
  body(s: Prepared): unknown;
}

export const shipmentAction =
  (action: string) =>
  (s: Prepared): string =>
    `${API}/shipments/${s.id}/actions/${action}`;
const containerAction =
  (action: string) =>
  (s: Prepared): string =>
    `${API}/shipments/${s.id}/containers/${s.containerId}/actions/${action}`;

/** The timed chain: 8 actions per shipment, from so_released to bl_checked. */
export const API_STEPS: readonly ApiStep[] = [
  {
    label: 'pickup',
    to: 'picked_up',
    path: containerAction('pickup'),
    body: (s) => ({ containerNumber: containerNumber('MSKU', s.serial), sealNumber: `SL${s.serial}` }),
  },
  {
    label: 'stuff',
    to: 'stuffed',
    path: containerAction('stuff'),
    body: () => ({ packages: 600, grossWeightKg: '9120.500', vgmKg: '12920.500' }),
  },
  { label: 'gate-in', to: 'gated_in', path: containerAction('gate-in'), body: () => ({ terminal: 'YICT' }) },
  {
    label: 'declare-customs',
    to: 'customs_declared',
    path: shipmentAction('declare-customs'),
    body: (s) => ({ declarationNumber: `DEC${s.serial}` }),
  },
  {
    label: 'release-customs',
    to: 'customs_released',
    path: shipmentAction('release-customs'),
    body: () => ({}),
  },
  { label: 'submit-si', to: 'si_submitted', path: shipmentAction('submit-si'), body: () => siBody() },
  {
    label: 'approve-bl client',
    to: 'si_submitted',
    path: shipmentAction('approve-bl'),
    body: () => ({ party: 'client', revision: 1 }),
  },
  {
    label: 'approve-bl carrier',
    to: 'bl_checked',
    path: shipmentAction('approve-bl'),
    body: () => ({ party: 'carrier', revision: 1 }),
  },
];

/** Failures of one phase: counted, the first few kept for the report. */
export class Failures {
  count = 0;
  readonly samples: string[] = [];

  add(message: string): void {
    this.count++;
    if (this.samples.length < 5) this.samples.push(message);
  }
}

export const describe = (res: HttpResult): string =>
  `${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;

/** What one run of the chains gave: every answered request's latency, and what went wrong. */
export interface ChainRun {
  attempted: number;
  latenciesMs: number[];
  failures: Failures;
}

/**
 * Each shipment's 8 actions one after another, at most `concurrency` shipments at once; a shipment whose
 * action is not answered 200 with the expected status stops there (the rest of its chain cannot succeed).
 */
export async function runChains(
  shipments: readonly Prepared[],
  concurrency: number,
  send: (step: ApiStep, s: Prepared) => Promise<HttpResult>,
): Promise<ChainRun> {
  const run: ChainRun = { attempted: 0, latenciesMs: [], failures: new Failures() };
  await forEachConcurrently(shipments, concurrency, async (s) => {
    for (const step of API_STEPS) {
      run.attempted++;
      let res: HttpResult;
      try {
        res = await send(step, s);
      } catch (error) {
        run.failures.add(`${step.label} ${s.id}: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
      run.latenciesMs.push(res.ms);
      const status = (res.body as { status?: unknown } | undefined)?.status;
      if (res.status !== 200) {
        run.failures.add(`${step.label} ${s.id}: ${describe(res)}`);
        return;
      }
      if (status !== step.to) {
        run.failures.add(`${step.label} ${s.id}: 200 but status ${String(status)}, expected ${step.to}`);
        return;
      }
    }
  });
  return run;
}
