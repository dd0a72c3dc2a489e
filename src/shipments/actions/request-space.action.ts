import { Carrier } from '../../carriers/entities/carrier.entity';
import { InvalidReferenceError } from '../../common/errors/app-error';
import type { ActionHandler } from './action-handler';

/** Space asked of a carrier: the one named now, or the one already on the shipment (the guard checks). */
export const requestSpace: ActionHandler<'request-space'> = {
  guardInput: ({ carrierId }) => ({ carrierId }),
  async effect(change, { carrierId }, { em }) {
    const s = change.shipment;
    if (carrierId && carrierId !== s.carrierId) {
      if (!(await em.existsBy(Carrier, { id: carrierId })))
        throw new InvalidReferenceError('carrierId', 'no such carrier');
      change.set({ carrierId });
    }
    return { carrierId: s.carrierId };
  },
};
