import { Card, Col, Descriptions, Flex, Row, Spin, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/errors';
import { useT } from '../../i18n/context';
import { ErrorPanel } from '../../layout/ErrorPanel';
import { useShipmentLabels } from '../../shipments/labels';
import { NotFoundPage } from '../NotFoundPage';
import { HistoryTimeline } from '../shipment/HistoryTimeline';
import { useShipment, useShipmentEvents, type Container } from '../shipment/queries';
import { StageSteps } from '../shipment/StageSteps';
import { showTime } from '../shipment/time';
import { useWords } from '../shipment/words';
import { BlApproval } from './BlApproval';
import { DocumentsCard } from '../documents/DocumentsCard';
import { PortalDocuments } from './PortalDocuments';
import { PortalPapers } from '../shipment/papers/PortalPapers';
import '../shipment/shipment.css';
import './portal.css';

/** Names for the history's actors: the service already shows staff as the company, a client's own people as themselves. */
const NO_NAMES: ReadonlyMap<string, string> = new Map();

/**
 * A client user's shipment (`/shipments/:id`, chosen by ShipmentPage for role `client`): its stage and sailing,
 * its containers and seals, the B/L draft to approve, its papers, and the client-facing history (the service
 * filters the events and their data for a client user). Nothing internal is asked for: no next actions, no
 * e-mails, no carrier bills, no approvals. Another client's shipment is answered 404 and shown as not found.
 */
export function PortalShipmentPage() {
  const { id = '' } = useParams();
  const t = useT();
  const labels = useShipmentLabels();
  const word = useWords();
  const shipment = useShipment(id);
  const events = useShipmentEvents(id);

  if (shipment.isPending) return <Spin description={t('shipment.loading')} />;
  if (isApiError(shipment.error, 404)) return <NotFoundPage />;
  if (shipment.isError) return <ErrorPanel error={shipment.error} onRetry={() => void shipment.refetch()} />;
  const s = shipment.data;
  const none = '—';

  return (
    <div className="shipment-page portal-shipment" data-testid="portal-shipment" data-version={s.version}>
      <section className="shipment-header" aria-labelledby="shipment-title">
        <Flex align="center" gap={12} wrap className="shipment-title-row">
          <Typography.Title
            level={1}
            className="page-title"
            id="shipment-title"
            data-testid="shipment-reference"
          >
            {t('shipment.title', { reference: s.reference })}
          </Typography.Title>
          <Tag color={s.status === 'cancelled' ? 'red' : 'blue'} data-testid="shipment-status">
            {labels.status(s.status)}
          </Tag>
          {s.inspection === 'pending' && <Tag className="flag flag-hold">{labels.flag('inspection')}</Tag>}
        </Flex>
        <Typography.Paragraph className="client-back">
          <Link to="/">{t('portal.back')}</Link>
        </Typography.Paragraph>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, md: 3, xl: 4 }}
          className="shipment-facts"
          items={[
            { key: 'route', label: t('shipment.field.route'), children: `${s.pol} → ${s.pod}` },
            {
              key: 'vessel',
              label: t('shipment.field.vesselVoyage'),
              children: (
                <span data-testid="fact-vessel">
                  {[s.vessel, s.voyage].filter(Boolean).join(' / ') || none}
                </span>
              ),
            },
            { key: 'etd', label: t('field.etd'), children: showTime(s.etd) },
            { key: 'so', label: t('field.soNumber'), children: s.soNumber ?? none },
            { key: 'bl', label: t('shipment.field.blNumber'), children: s.blNumber ?? none },
            { key: 'commodity', label: t('shipment.field.commodity'), children: s.commodity },
            { key: 'cutoffSi', label: t('field.cutoffSi'), children: showTime(s.cutoffs.si) },
          ]}
        />
      </section>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={17} className="shipment-main">
          <BlApproval shipment={s} />
          <Card
            size="small"
            title={
              <h2 className="card-title">{t('shipment.containers.title', { count: s.containers.length })}</h2>
            }
          >
            <Table<Container>
              size="small"
              rowKey="id"
              dataSource={s.containers}
              pagination={false}
              scroll={{ x: 'max-content' }}
              data-testid="portal-containers"
              columns={[
                { key: 'seq', title: '#', dataIndex: 'seq', width: 48 },
                { key: 'type', title: t('shipment.containers.type'), render: (_, c) => c.typeLabel },
                {
                  key: 'status',
                  title: t('shipment.containers.status'),
                  render: (_, c) => (
                    <Tag className={`tone tone-${c.status}`}>{word('container', c.status)}</Tag>
                  ),
                },
                {
                  key: 'number',
                  title: t('field.containerNumber'),
                  render: (_, c) => <span className="mono">{c.containerNumber ?? none}</span>,
                },
                { key: 'seal', title: t('field.sealNumber'), render: (_, c) => c.sealNumber ?? none },
                {
                  key: 'gross',
                  title: t('shipment.field.grossWeightKg'),
                  align: 'right',
                  render: (_, c) => c.grossWeightKg ?? none,
                },
                { key: 'gatedIn', title: t('portal.gatedIn'), render: (_, c) => showTime(c.gatedInAt) },
              ]}
            />
          </Card>
          <PortalDocuments shipment={s} />
          <PortalPapers shipmentId={s.id} />
          <DocumentsCard shipmentId={s.id} staff={false} />
          <Card size="small" title={<h2 className="card-title">{t('portal.history')}</h2>}>
            <HistoryTimeline events={events.data} loading={events.isPending} names={NO_NAMES} />
          </Card>
        </Col>
        <Col xs={24} xl={7}>
          <StageSteps status={s.status} events={events.data ?? []} />
        </Col>
      </Row>
    </div>
  );
}
