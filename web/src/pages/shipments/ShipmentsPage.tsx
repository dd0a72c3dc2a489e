import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { api, ok, type Schemas } from '../../api/client';
import { queryKeys } from '../../api/keys';
import { useT } from '../../i18n/context';
import { ErrorPanel } from '../../layout/ErrorPanel';
import { useShipmentLabels } from '../../shipments/labels';

type Shipment = Schemas['ShipmentDto'];

/**
 * The shipment list (`/shipments?q=` from the board's search box, `?status=` from a column's "more"):
 * GET /api/v1/shipments, the first page.
 */
export function ShipmentsPage() {
  const t = useT();
  const labels = useShipmentLabels();
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() || undefined;
  const status = params.get('status') || undefined;
  const query = { q, status, limit: 50 };
  const list = useQuery({
    queryKey: queryKeys.shipments(query),
    queryFn: () => ok(api.GET('/api/v1/shipments', { params: { query } })),
    placeholderData: keepPreviousData,
  });

  let heading = t('shipments.title');
  if (q) heading = t('shipments.resultsFor', { q });
  else if (status) heading = labels.status(status);

  return (
    <div className="shipments">
      <Typography.Title level={1} className="page-title">
        {heading}
      </Typography.Title>
      <Typography.Paragraph>
        <Link to="/">{t('shipments.backToBoard')}</Link>
      </Typography.Paragraph>
      {list.isError ? (
        <ErrorPanel error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Shipment>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: t('shipments.none') }}
          columns={[
            {
              title: t('shipments.reference'),
              dataIndex: 'reference',
              render: (reference: string, row) => <Link to={`/shipments/${row.id}`}>{reference}</Link>,
            },
            { title: t('shipments.status'), dataIndex: 'status', render: (s: string) => labels.status(s) },
            { title: t('shipments.route'), key: 'route', render: (_, row) => `${row.pol} → ${row.pod}` },
            {
              title: t('shipments.vesselVoyage'),
              key: 'vessel',
              render: (_, row) => [row.vessel, row.voyage].filter(Boolean).join(' / ') || '—',
            },
            {
              title: t('field.etd'),
              dataIndex: 'etd',
              render: (etd: string | null) => (etd ? dayjs(etd).format(t('format.dateTime')) : '—'),
            },
          ]}
        />
      )}
    </div>
  );
}
