import type { Schemas } from '../api/client';
import { useT } from '../i18n/context';
import type { MessageKey } from '../i18n/zh';

type Card = Schemas['BoardCardDto'];
export type ShipmentStatus = Card['status'];
export type ShipmentAction = NonNullable<Card['nextAction']>;
export type BoardFlag = Card['flags'][number];

/**
 * The words for statuses, actions and board flags: the one place the board, the shipment page and every
 * other screen take them from. Typed by the API's own enums, so a status or action the service adds does not
 * compile until it has its words in both languages (zh.ts, en.ts).
 */
const STATUS: Record<ShipmentStatus, MessageKey> = {
  booking: 'status.booking',
  booking_confirmed: 'status.booking_confirmed',
  space_requested: 'status.space_requested',
  so_released: 'status.so_released',
  picked_up: 'status.picked_up',
  stuffed: 'status.stuffed',
  gated_in: 'status.gated_in',
  customs_declared: 'status.customs_declared',
  customs_released: 'status.customs_released',
  si_submitted: 'status.si_submitted',
  bl_checked: 'status.bl_checked',
  debit_noted: 'status.debit_noted',
  paid: 'status.paid',
  released: 'status.released',
  cancelled: 'status.cancelled',
};

const ACTION: Record<ShipmentAction, MessageKey> = {
  'confirm-booking': 'action.confirm-booking',
  'request-space': 'action.request-space',
  'release-so': 'action.release-so',
  pickup: 'action.pickup',
  stuff: 'action.stuff',
  'gate-in': 'action.gate-in',
  'declare-customs': 'action.declare-customs',
  'flag-inspection': 'action.flag-inspection',
  'clear-inspection': 'action.clear-inspection',
  'release-customs': 'action.release-customs',
  'submit-si': 'action.submit-si',
  'approve-bl': 'action.approve-bl',
  'release-bl': 'action.release-bl',
  roll: 'action.roll',
  cancel: 'action.cancel',
  'shut-out': 'action.shut-out',
};

const FLAG: Record<BoardFlag, MessageKey> = {
  cy_cutoff_soon: 'flag.cy_cutoff_soon',
  cy_cutoff_passed: 'flag.cy_cutoff_passed',
  si_cutoff_soon: 'flag.si_cutoff_soon',
  si_cutoff_passed: 'flag.si_cutoff_passed',
  customs_cutoff_passed: 'flag.customs_cutoff_passed',
  inspection: 'flag.inspection',
  rolled: 'flag.rolled',
  awaiting_client_bl_approval: 'flag.awaiting_client_bl_approval',
  awaiting_carrier_bl_approval: 'flag.awaiting_carrier_bl_approval',
};

/** How loud a flag is: amber for a cut-off coming, red for one passed or a hold, calm for the rest. */
export type FlagTone = 'soon' | 'passed' | 'hold' | 'info';
const TONE: Record<BoardFlag, FlagTone> = {
  cy_cutoff_soon: 'soon',
  si_cutoff_soon: 'soon',
  cy_cutoff_passed: 'passed',
  si_cutoff_passed: 'passed',
  customs_cutoff_passed: 'passed',
  inspection: 'hold',
  rolled: 'info',
  awaiting_client_bl_approval: 'info',
  awaiting_carrier_bl_approval: 'info',
};

export function flagTone(flag: BoardFlag): FlagTone {
  return TONE[flag];
}

/** Known names only: a value the API sends that this build does not know is shown as sent. */
function lookup<K extends string>(table: Record<K, MessageKey>, value: string): MessageKey | undefined {
  return Object.hasOwn(table, value) ? table[value as K] : undefined;
}

export function useShipmentLabels() {
  const t = useT();
  const label = (table: Record<string, MessageKey>, value: string) => {
    const key = lookup(table, value);
    return key ? t(key) : value;
  };
  // Any string: lists and events carry statuses and actions as plain strings in the API's types.
  return {
    status: (status: string) => label(STATUS, status),
    action: (action: string) => label(ACTION, action),
    flag: (flag: string) => label(FLAG, flag),
  };
}
