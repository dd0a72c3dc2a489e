import type { Schemas } from '../../api/client';
import type { ShipmentStatus } from '../../shipments/labels';

export type ShipmentEvent = Schemas['ShipmentEventDto'];

/** The stages of the flow in order (docs/state-machine.md): the stepper's steps. `cancelled` is not one. */
export const STAGES = [
  'booking',
  'booking_confirmed',
  'space_requested',
  'so_released',
  'picked_up',
  'stuffed',
  'gated_in',
  'customs_declared',
  'customs_released',
  'si_submitted',
  'bl_checked',
  'debit_noted',
  'paid',
  'released',
] as const satisfies readonly ShipmentStatus[];

export interface StageStep {
  status: (typeof STAGES)[number];
  /** When the shipment last arrived at this stage (ISO), for the stages it has reached; null for the rest. */
  reachedAt: string | null;
  state: 'finish' | 'process' | 'wait' | 'error';
}

/**
 * The stepper from the history: each stage up to the current one with the time the shipment last moved into
 * it (an event whose `toStatus` is the stage and whose `fromStatus` is another, or the booking itself). The
 * last arrival, because the flow can step back (a new SI revision takes `bl_checked` back to `si_submitted`,
 * a voided debit note `debit_noted` back to `bl_checked`): the time shown is when the current pass began.
 * A cancelled shipment shows the stage it was cancelled from as the failed one.
 */
export function stageSteps(status: string, events: readonly ShipmentEvent[]): StageStep[] {
  const arrivals = new Map<string, string>();
  let cancelledFrom: string | null = null;
  for (const event of events) {
    if (event.toStatus && event.toStatus !== event.fromStatus) arrivals.set(event.toStatus, event.at);
    if (event.toStatus === 'cancelled') cancelledFrom = event.fromStatus;
  }
  const cancelled = status === 'cancelled';
  const current = STAGES.indexOf((cancelled ? (cancelledFrom ?? 'booking') : status) as StageStep['status']);
  return STAGES.map((stage, index) => {
    const reached = index <= current;
    let state: StageStep['state'] = reached ? 'finish' : 'wait';
    if (index === current) state = cancelled ? 'error' : stage === 'released' ? 'finish' : 'process';
    return { status: stage, reachedAt: reached ? (arrivals.get(stage) ?? null) : null, state };
  });
}

/** The index of the stage the shipment is at (or was cancelled from), for the stepper's `current`. */
export function currentStage(steps: readonly StageStep[]): number {
  const index = steps.findIndex((step) => step.state === 'process' || step.state === 'error');
  if (index >= 0) return index;
  return Math.max(0, steps.map((step) => step.state).lastIndexOf('finish'));
}
