import { ConflictError, ValidationFailedError } from '../../common/errors/app-error';
import { parsePastTime } from '../../common/time';
import { validateContainerNumber } from '../../containers/domain/container-number';
import { normalizeSealNumber } from '../../containers/domain/seal-number';
import { ContainerInUseError, ContainerNumberInvalidError } from '../shipments.errors';
import type { ContainerActionHandler } from './action-handler';
import { recordCharges } from './stage-charges';

/**
 * The empty box collected from the yard: its number (ISO 6346) and seal, live on no other shipment, and not
 * on a released shipment whose vessel has not sailed (ETD still ahead): the box is then still at the terminal.
 */
export const pickup: ContainerActionHandler<'pickup'> = {
  from: 'planned',
  async effect(change, container, dto, { em, charges }) {
    const number = validateContainerNumber(dto.containerNumber);
    if (!number.ok) throw new ContainerNumberInvalidError(number.reason, dto.containerNumber);
    const seal = normalizeSealNumber(dto.sealNumber);
    if (!seal.ok) throw ValidationFailedError.field('sealNumber', `sealNumber ${seal.reason}`);
    if (change.containers.some((c) => c.id !== container.id && c.containerNumber === number.value)) {
      throw new ConflictError(`${number.value} is already on this shipment`, {
        fields: [{ field: 'containerNumber', message: 'already on this shipment' }],
      });
    }
    // One round trip for all three: the shipment the box is live on, if any; the last released one it is on
    // whose vessel has not sailed yet (docs/state-machine.md, "When a box is free again"); and whether the
    // carrier wants its documents printed at pickup.
    const [found] = await em.query<
      [
        {
          elsewhere: string | null;
          unsailed: string | null;
          unsailedEtd: Date | string | null;
          docPrint: boolean | null;
        },
      ]
    >(
      `SELECT (SELECT s.reference FROM containers c JOIN shipments s ON s.id = c.shipment_id
                WHERE c.container_number = $1 AND c.active LIMIT 1) AS "elsewhere",
              u.reference AS "unsailed", u.etd AS "unsailedEtd",
              (SELECT requires_doc_print FROM carriers WHERE id = $2) AS "docPrint"
         FROM (SELECT 1) one
         LEFT JOIN LATERAL (
              SELECT s.reference, s.etd FROM containers c JOIN shipments s ON s.id = c.shipment_id
               WHERE c.container_number = $1 AND s.status = 'released' AND s.etd > now() AND s.id <> $3
               ORDER BY s.etd DESC LIMIT 1) u ON true`,
      [number.value, change.shipment.carrierId, change.shipment.id],
    );
    if (found.elsewhere !== null) {
      throw new ConflictError(`${number.value} is on another active shipment (${found.elsewhere})`, {
        fields: [{ field: 'containerNumber', message: 'on another active shipment' }],
      });
    }
    if (found.unsailed !== null && found.unsailedEtd !== null) {
      throw new ContainerInUseError(number.value, found.unsailed, new Date(found.unsailedEtd));
    }
    const at = parsePastTime(dto.at, 'at');
    change.setContainer(container, {
      status: 'picked_up',
      containerNumber: number.value,
      sealNumber: seal.value,
      pickedUpAt: at,
    });
    // The depot's fees for this box (docs/domain.md step 4), from the rules for the carrier and type.
    const fees = await charges.fromRules(
      em,
      change.shipment.carrierId,
      ['doc_print', 'lift', 'heavy_select'],
      [container],
    );
    return {
      containerNumber: number.value,
      sealNumber: seal.value,
      at: at.toISOString(),
      emptyIndicator: 'EMPTY',
      docPrintRequired: found.docPrint ?? true,
      ...recordCharges(change, fees, charges),
    };
  },
};
