import { shipmentFacts } from '../shipment-facts';
import type { ActionHandler } from './action-handler';

/** The carrier has the booking: the client hears of it in the same transaction (sent after commit). */
export const confirmBooking: ActionHandler<'confirm-booking'> = {
  effect(change, _input, { notices }) {
    change.alsoWrite((tx) => notices.bookingConfirmed(tx, shipmentFacts(change)));
    return {};
  },
};
