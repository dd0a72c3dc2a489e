import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Statistic, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useMe } from '../../auth/session';
import { useT } from '../../i18n/context';
import { ErrorPanel } from '../../layout/ErrorPanel';
import { CursorPager } from '../../lists/CursorPager';
import { useListParams } from '../../lists/url-params';
import { formatMoney } from '../../money/money';
import { useShipmentLabels } from '../../shipments/labels';
import { businessToday } from '../clients/dates';
import { OpenNotesTable } from '../clients/OpenNotesTable';
import { balancesByCurrency, statementUrl, useOpenNotes, type ClientShipment } from '../clients/queries';
import { DocumentsCard } from '../documents/DocumentsCard';
import { showTime } from '../shipment/time';
import { usePortalShipments } from './queries';
import './portal.css';

/**
 * A client user's home (`/`): its shipments with their stage, sailing and containers (numbers and seals),
 * each linking to its page; what it owes now (its open bills with their PDFs) and its statement of account.
 * Only its own: the service scopes every list to the client the user belongs to.
 */
export function PortalHomePage() {
  const t = useT();
  const me = useMe().data;
  const labels = useShipmentLabels();
  const { cursor, setCursor } = useListParams([] as const);
  const shipments = usePortalShipments(cursor);
  const open = useOpenNotes(me?.clientId);
  const balances = balancesByCurrency(open.data?.notes ?? []);

  return (
    <div className="portal" data-testid="portal-home">
      <Typography.Title level={1} className="page-title">
        {t('portal.title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <Card
            size="small"
            title={<h2 className="card-title">{t('portal.balance')}</h2>}
            extra={
              me?.clientId ? (
                <Button
                  href={statementUrl(me.clientId)}
                  target="_blank"
                  rel="noopener"
                  icon={<FilePdfOutlined aria-hidden />}
                  data-testid="portal-statement"
                >
                  {t('portal.statement')}
                </Button>
              ) : undefined
            }
          >
            {open.isError ? (
              <ErrorPanel error={open.error} onRetry={() => void open.refetch()} />
            ) : (
              <Flex vertical gap="middle">
                <Flex gap="large" wrap data-testid="portal-balance">
                  {balances.length === 0 && !open.isPending ? (
                    <Typography.Text>{t('portal.nothingOwed')}</Typography.Text>
                  ) : (
                    balances.map((b) => (
                      <Statistic
                        key={b.currency}
                        title={t('portal.owedIn', { currency: b.currency })}
                        value={formatMoney(b)}
                        className="portal-balance"
                      />
                    ))
                  )}
                </Flex>
                {(open.data?.notes.length ?? 0) > 0 && (
                  <OpenNotesTable notes={open.data!.notes} loading={false} portal today={businessToday()} />
                )}
              </Flex>
            )}
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small" title={<h2 className="card-title">{t('portal.shipments')}</h2>}>
            {shipments.isError ? (
              <ErrorPanel error={shipments.error} onRetry={() => void shipments.refetch()} />
            ) : (
              <>
                <Table<ClientShipment>
                  rowKey="id"
                  size="middle"
                  loading={shipments.isFetching}
                  dataSource={shipments.data?.items ?? []}
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  locale={{ emptyText: t('portal.noShipments') }}
                  data-testid="portal-shipments"
                  onRow={(s) => ({ 'data-testid': `portal-shipment-${s.reference}` }) as object}
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
                      key: 'stage',
                      title: t('portal.stage'),
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
                      title: t('portal.containersSeals'),
                      render: (_, s) => (
                        <ul className="plain-list portal-boxes">
                          {s.containers.map((c) => (
                            <li key={c.id}>
                              {c.containerNumber ? (
                                <span className="mono">{c.containerNumber}</span>
                              ) : (
                                c.typeLabel
                              )}
                              {c.sealNumber && (
                                <Typography.Text type="secondary">
                                  {' '}
                                  · {t('portal.seal', { seal: c.sealNumber })}
                                </Typography.Text>
                              )}
                            </li>
                          ))}
                        </ul>
                      ),
                    },
                  ]}
                />
                <CursorPager cursor={cursor} nextCursor={shipments.data?.nextCursor} onMove={setCursor} />
              </>
            )}
          </Card>
        </Col>
        {me?.clientId && (
          <Col xs={24}>
            <DocumentsCard clientId={me.clientId} staff={false} />
          </Col>
        )}
      </Row>
    </div>
  );
}
