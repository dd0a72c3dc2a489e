import { Descriptions, Flex, Tag, Typography } from 'antd';
import type { Me } from '../../auth/session';
import { useI18n } from '../../i18n/context';
import { useShipmentLabels } from '../../shipments/labels';
import { Cutoffs } from './Cutoffs';
import { EditBooking, mayEditBooking } from './EditBooking';
import { OperatorField } from './OperatorField';
import { useCarrier, useClient, type Shipment } from './queries';
import type { ShipmentEvent } from './stages';
import { showTime } from './time';

/** The shipment's facts: who, where, which sailing, its numbers, who works it; and its cut-offs. */
export function ShipmentHeader({
  shipment,
  me,
  events,
}: {
  shipment: Shipment;
  me: Me | null | undefined;
  events: readonly ShipmentEvent[] | undefined;
}) {
  const { t, language } = useI18n();
  const labels = useShipmentLabels();
  const staff = Boolean(me && me.role !== 'client');
  const client = useClient(shipment.clientId, staff).data;
  const carrier = useCarrier(shipment.carrierId, staff).data;
  const rolled = events?.some((e) => e.type === 'rolled');
  const none = '—';
  const approvals = shipment.siRevision
    ? t('shipment.approvals', {
        revision: shipment.siRevision,
        client: shipment.blApprovals.client === shipment.siRevision ? '✓' : '—',
        carrier: shipment.blApprovals.carrier === shipment.siRevision ? '✓' : '—',
      })
    : none;

  return (
    <section className="shipment-header" aria-labelledby="shipment-title">
      <Flex align="center" gap={12} wrap className="shipment-title-row">
        <Typography.Title
          level={1}
          className="page-title"
          id="shipment-title"
          data-testid="shipment-reference"
        >
          {t('shipment.title', { reference: shipment.reference })}
        </Typography.Title>
        <Tag color={shipment.status === 'cancelled' ? 'red' : 'blue'} data-testid="shipment-status">
          {labels.status(shipment.status)}
        </Tag>
        {shipment.inspection === 'pending' && (
          <Tag className="flag flag-hold">{labels.flag('inspection')}</Tag>
        )}
        {shipment.inspection === 'cleared' && <Tag>{t('shipment.inspectionCleared')}</Tag>}
        {rolled && <Tag className="flag flag-info">{labels.flag('rolled')}</Tag>}
        {mayEditBooking(me, shipment) && <EditBooking shipment={shipment} />}
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, md: 3, xl: 4 }}
        className="shipment-facts"
        items={[
          {
            key: 'client',
            label: t('field.client'),
            // The client's Chinese name for a Chinese screen, its English name otherwise.
            children: client
              ? `${client.code} · ${(language === 'zh' ? client.nameLocal : null) ?? client.name}`
              : none,
          },
          {
            key: 'carrier',
            label: t('field.carrier'),
            children: carrier ? `${carrier.code} · ${carrier.name}` : none,
          },
          { key: 'route', label: t('shipment.field.route'), children: `${shipment.pol} → ${shipment.pod}` },
          {
            key: 'vessel',
            label: t('shipment.field.vesselVoyage'),
            children: (
              <span data-testid="fact-vessel">
                {[shipment.vessel, shipment.voyage].filter(Boolean).join(' / ') || none}
              </span>
            ),
          },
          { key: 'etd', label: t('field.etd'), children: showTime(shipment.etd) },
          { key: 'so', label: t('field.soNumber'), children: shipment.soNumber ?? none },
          {
            key: 'booking',
            label: t('shipment.field.bookingNumber'),
            children: shipment.carrierBookingReference ?? none,
          },
          {
            key: 'bl',
            label: t('shipment.field.blNumber'),
            children: <span data-testid="fact-bl-number">{shipment.blNumber ?? none}</span>,
          },
          {
            key: 'declaration',
            label: t('shipment.field.declarationNumber'),
            children: shipment.declarationNumber ?? none,
          },
          {
            key: 'approvals',
            label: t('shipment.field.blApprovals'),
            children: <span data-testid="fact-approvals">{approvals}</span>,
          },
          { key: 'commodity', label: t('shipment.field.commodity'), children: shipment.commodity },
          ...(shipment.remarks
            ? [
                {
                  key: 'remarks',
                  label: t('shipment.field.remarks'),
                  children: <span data-testid="fact-remarks">{shipment.remarks}</span>,
                },
              ]
            : []),
          {
            key: 'operator',
            label: t('shipment.field.operator'),
            children: <OperatorField shipment={shipment} me={me} events={events} />,
          },
        ]}
      />
      <Cutoffs shipment={shipment} />
    </section>
  );
}
