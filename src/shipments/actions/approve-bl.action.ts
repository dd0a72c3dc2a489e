import { ConflictError, ForbiddenError, ValidationFailedError } from '../../common/errors/app-error';
import { SiRevisionMismatchError } from '../shipments.errors';
import type { ActionHandler } from './action-handler';
import { setBlNumber } from './bl-number';

/** One side (client or carrier) approves the B/L draft of the current SI revision. */
export const approveBl: ActionHandler<'approve-bl'> = {
  effect(change, { party, revision, blNumber }, { scope }) {
    const s = change.shipment;
    if (scope.isClientUser && party !== 'client') {
      throw new ForbiddenError('A client user approves the B/L draft for the client only');
    }
    // The number is the carrier's: it comes with the carrier's approval of the draft, never the client's.
    if (blNumber !== undefined && party !== 'carrier') {
      throw ValidationFailedError.field('blNumber', "only the carrier's approval carries the B/L number");
    }
    if (revision !== s.siRevision) throw new SiRevisionMismatchError(revision, s.siRevision);
    const field = party === 'client' ? 'blApprovedClientRevision' : 'blApprovedCarrierRevision';
    if (s[field] === revision)
      throw new ConflictError(`The ${party} has already approved revision ${revision}`);
    change.set({ [field]: revision });
    return { party, revision };
  },
  // After the approval's event: the history reads "approved", then "B/L number set".
  after: (change, { blNumber }) => setBlNumber(change, blNumber, 'approve-bl'),
};
