import { Select } from 'antd';
import { useState } from 'react';
import type { Me } from '../../auth/session';
import { useT } from '../../i18n/context';
import { usePeople, type Shipment } from './queries';
import type { ShipmentEvent } from './stages';
import { ifMatchHeader, patchShipment, useShipmentWrite } from './write';
import { WriteProblem } from './WriteProblem';

const NONE = '';

/**
 * The assigned operator, changeable by whoever the matrix lets edit the shipment (operators, managers,
 * admins: PATCH /shipments/:id `{ operatorId }`, If-Match the version shown). Who can be picked depends on
 * what the user may know of the staff (queries.ts, usePeople).
 */
export function OperatorField({
  shipment,
  me,
  events,
}: {
  shipment: Shipment;
  me: Me | null | undefined;
  events: readonly ShipmentEvent[] | undefined;
}) {
  const t = useT();
  const people = usePeople(me, events);
  const [reloaded, setReloaded] = useState(false);
  const write = useShipmentWrite(shipment.id, (operatorId: string | null) =>
    patchShipment(shipment.id, { operatorId }, ifMatchHeader(shipment.version)),
  );
  const name = (id: string | null) =>
    id === null ? t('shipment.operator.none') : (people.names.get(id) ?? t('shipment.operator.unknown'));
  const mayEdit = Boolean(me?.permissions.includes('PATCH /api/v1/shipments/:id'));
  if (!mayEdit) return <span data-testid="operator-name">{name(shipment.operatorId)}</span>;

  const options = people.choices.map((p) => ({
    value: p.id,
    label: p.id === me?.id ? t('shipment.operator.me', { name: p.name }) : p.name,
  }));
  if (shipment.operatorId && !options.some((o) => o.value === shipment.operatorId)) {
    options.unshift({ value: shipment.operatorId, label: name(shipment.operatorId) });
  }
  options.push({ value: NONE, label: t('shipment.operator.none') });

  return (
    <div className="operator-field">
      <Select
        aria-label={t('shipment.field.operator')}
        className="operator-select"
        value={shipment.operatorId ?? NONE}
        options={options}
        loading={write.isPending}
        disabled={write.isPending}
        data-testid="operator-select"
        onChange={(value: string) => {
          setReloaded(false);
          write.mutate(value === NONE ? null : value);
        }}
      />
      {write.isError && !reloaded && (
        <WriteProblem
          error={write.error}
          shipmentId={shipment.id}
          // The page already shows the shipment as it is now (the live stream); choosing again is the retry.
          onReload={() => {
            setReloaded(true);
            write.reset();
          }}
        />
      )}
    </div>
  );
}
