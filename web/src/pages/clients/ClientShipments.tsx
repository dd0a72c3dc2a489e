import { Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/context';
import { ErrorPanel } from '../../layout/ErrorPanel';
import { CursorPager } from '../../lists/CursorPager';
import { useShipmentLabels } from '../../shipments/labels';
import { showTime } from '../shipment/time';
import { useClientShipments, type ClientShipment } from './queries';

/** The client's shipments, newest first (GET /shipments?clientId=), twenty at a time. */
export function ClientShipments({ clientId }: { clientId: string }) {
  const t = useT();
  const labels = useShipmentLabels();
  const [cursor, setCursor] = useState<string | undefined>();
  const list = useClientShipments(clientId, cursor);
  return (
    <Card size="small" title={<h2 className="card-title">{t('clients.shipments')}</h2>}>
      {list.isError ? (
        <ErrorPanel error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <Table<ClientShipment>
            rowKey="id"
            size="small"
            loading={list.isFetching}
            dataSource={list.data?.items ?? []}
            pagination={false}
            locale={{ emptyText: t('clients.noShipments') }}
            data-testid="client-shipments"
            columns={[
              {
                key: 'reference',
                title: t('field.reference'),
                render: (_, s) => (
                  <Link to={`/shipments/${s.id}`} className="mono">
                    {s.reference}
                  </Link>
                ),
              },
              {
                key: 'status',
                title: t('shipments.status'),
                render: (_, s) => (
                  <Tag color={s.status === 'cancelled' ? 'red' : 'blue'}>{labels.status(s.status)}</Tag>
                ),
              },
              { key: 'route', title: t('shipments.route'), render: (_, s) => `${s.pol} → ${s.pod}` },
              {
                key: 'vessel',
                title: t('shipments.vesselVoyage'),
                render: (_, s) => [s.vessel, s.voyage].filter(Boolean).join(' / ') || '—',
              },
              { key: 'etd', title: t('field.etd'), render: (_, s) => showTime(s.etd) },
              {
                key: 'containers',
                title: t('field.containers'),
                align: 'right',
                render: (_, s) => s.containers.length,
              },
            ]}
          />
          <CursorPager cursor={cursor} nextCursor={list.data?.nextCursor} onMove={setCursor} />
        </>
      )}
    </Card>
  );
}
