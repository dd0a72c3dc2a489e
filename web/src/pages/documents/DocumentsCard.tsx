import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Card, Segmented, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/context';
import { ErrorPanel } from '../../layout/ErrorPanel';
import { CursorPager } from '../../lists/CursorPager';
import { showTime } from '../shipment/time';
import {
  fileSize,
  storedDocumentUrl,
  useClientDocuments,
  useShipmentDocuments,
  type StoredDocument,
  type StoredDocumentKind,
} from './documents-queries';
import './documents.css';

const KINDS: readonly StoredDocumentKind[] = ['booking_confirmation', 'so_notice', 'debit_note', 'statement'];

/**
 * "Documents / 单证": every document sent, as sent (docs/documents.md), newest first, each opening its stored
 * PDF. On a shipment (staff and the portal): that shipment's; on a client (the client page): all of the
 * client's, statements included, with a filter by kind. Staff also see whom each went to.
 */
export function DocumentsCard(
  props:
    | { shipmentId: string; clientId?: never; staff: boolean }
    | { clientId: string; shipmentId?: never; staff: boolean },
) {
  const t = useT();
  return (
    <Card
      size="small"
      title={<h2 className="card-title shipment-card-title">{t('documents.title')}</h2>}
      data-testid="documents-card"
    >
      <Typography.Paragraph type="secondary" className="documents-hint">
        {t('documents.hint')}
      </Typography.Paragraph>
      {props.shipmentId ? (
        <ShipmentDocuments shipmentId={props.shipmentId} staff={props.staff} />
      ) : (
        <ClientDocuments clientId={props.clientId!} staff={props.staff} />
      )}
    </Card>
  );
}

function ShipmentDocuments({ shipmentId, staff }: { shipmentId: string; staff: boolean }) {
  const docs = useShipmentDocuments(shipmentId);
  if (docs.isError) return <ErrorPanel error={docs.error} onRetry={() => void docs.refetch()} />;
  return (
    <DocumentsTable rows={docs.data ?? []} loading={docs.isPending} staff={staff} withShipment={false} />
  );
}

function ClientDocuments({ clientId, staff }: { clientId: string; staff: boolean }) {
  const t = useT();
  const [kind, setKind] = useState<StoredDocumentKind | 'all'>('all');
  const [cursor, setCursor] = useState<string | undefined>();
  const docs = useClientDocuments(clientId, kind === 'all' ? undefined : kind, cursor);
  return (
    <>
      <Segmented<StoredDocumentKind | 'all'>
        size="small"
        className="documents-filter"
        value={kind}
        onChange={(value) => {
          setKind(value);
          setCursor(undefined);
        }}
        options={[
          { value: 'all', label: t('documents.kind.all') },
          ...KINDS.map((k) => ({ value: k, label: t(`documents.kind.${k}`) })),
        ]}
        data-testid="documents-filter"
      />
      {docs.isError ? (
        <ErrorPanel error={docs.error} onRetry={() => void docs.refetch()} />
      ) : (
        <>
          <DocumentsTable rows={docs.data?.items ?? []} loading={docs.isPending} staff={staff} withShipment />
          <CursorPager cursor={cursor} nextCursor={docs.data?.nextCursor} onMove={setCursor} />
        </>
      )}
    </>
  );
}

function DocumentsTable({
  rows,
  loading,
  staff,
  withShipment,
}: {
  rows: StoredDocument[];
  loading: boolean;
  staff: boolean;
  withShipment: boolean;
}) {
  const t = useT();
  return (
    <Table<StoredDocument>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="documents"
      onRow={(d) => ({ 'data-testid': `document-${d.kind}-v${d.version}` }) as object}
      locale={{ emptyText: t('documents.empty') }}
      columns={[
        {
          key: 'kind',
          title: t('documents.col.kind'),
          render: (_, d) => (
            <Tag className={`document-kind document-kind-${d.kind}`}>{t(`documents.kind.${d.kind}`)}</Tag>
          ),
        },
        {
          key: 'version',
          title: t('documents.col.version'),
          align: 'right',
          render: (_, d) => t('documents.version', { version: d.version }),
        },
        ...(withShipment
          ? [
              {
                key: 'shipment',
                title: t('documents.col.shipment'),
                render: (_: unknown, d: StoredDocument) =>
                  d.shipmentId ? (
                    <Link to={`/shipments/${d.shipmentId}`} className="mono">
                      {d.shipmentReference}
                    </Link>
                  ) : (
                    '—'
                  ),
              },
            ]
          : []),
        { key: 'date', title: t('documents.col.date'), render: (_, d) => showTime(d.createdAt) },
        {
          key: 'size',
          title: t('documents.col.size'),
          align: 'right',
          render: (_, d) => (
            <Tooltip title={`SHA-256 ${d.sha256}`}>
              <span>{fileSize(d.size)}</span>
            </Tooltip>
          ),
        },
        ...(staff
          ? [
              {
                key: 'sent',
                title: t('documents.col.sentTo'),
                render: (_: unknown, d: StoredDocument) => (
                  <span className="documents-sent">
                    {d.sentTo.length ? d.sentTo.join(', ') : t('documents.notSent')}
                    {d.createdByName && (
                      <Typography.Text type="secondary">
                        {' '}
                        · {t('documents.by', { name: d.createdByName })}
                      </Typography.Text>
                    )}
                  </span>
                ),
              },
            ]
          : []),
        {
          key: 'open',
          title: t('documents.col.file'),
          render: (_, d) => (
            <Button
              size="small"
              href={storedDocumentUrl(d.id)}
              target="_blank"
              rel="noopener"
              icon={<FilePdfOutlined aria-hidden />}
              aria-label={t('documents.open', { name: d.filename })}
              data-testid={`document-open-${d.kind}-v${d.version}`}
            >
              PDF
            </Button>
          ),
        },
      ]}
    />
  );
}
