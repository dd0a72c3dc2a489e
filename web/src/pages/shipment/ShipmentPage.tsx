import { Card, Col, ConfigProvider, Row, Spin, Tabs, type ThemeConfig } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useMe } from '../../auth/session';
import { useT } from '../../i18n/context';
import { ErrorPanel } from '../../layout/ErrorPanel';
import { FloorHold } from '../approvals/FloorHold';
import { ReleasePanel } from '../approvals/ReleasePanel';
import { PortalShipmentPage } from '../portal/PortalShipmentPage';
import { BookingConfirmation } from './BookingConfirmation';
import { ChargesCard } from './ChargesCard';
import { ShipmentBilling } from '../debit-notes/ShipmentBilling';
import { DocumentsCard } from '../documents/DocumentsCard';
import { ContainersCard } from './ContainersCard';
import { EmailsTable } from './EmailsTable';
import { HistoryTimeline } from './HistoryTimeline';
import { NextActions } from './NextActions';
import { PapersCard } from './papers/PapersCard';
import { usePeople, useShipment, useShipmentEvents } from './queries';
import { ShipmentHeader } from './ShipmentHeader';
import { StageSteps } from './StageSteps';
import './shipment.css';

type Tab = 'history' | 'emails' | 'pdf';

/**
 * Ant Design's red (#ff4d4f) is 3.3:1 on white, under the 4.5:1 WCAG AA asks of text: the Cancel button and
 * the cancel form's OK button read in a darker red (5.6:1). The rest of the theme is the console's.
 */
const PAGE_THEME: ThemeConfig = { token: { colorError: '#cf1322' } };

/**
 * `/shipments/:id`: a client user gets the portal's view of its own shipment (pages/portal: client-facing only,
 * nothing internal); staff the page below. Chosen before any of the staff page's queries run.
 */
export function ShipmentPage() {
  const me = useMe().data;
  if (me?.role === 'client') return <PortalShipmentPage />;
  return <StaffShipmentPage />;
}

/**
 * The shipment page (`/shipments/:id`): its facts and cut-offs, the stages with when each was reached, what
 * can be done next, the containers, the history, the e-mails and the booking confirmation. Everything is
 * read from the API under the shipment's query keys, which the live stream (AppLayout's useLiveUpdates)
 * marks stale whenever anyone changes the shipment, so the page follows without polling.
 */
function StaffShipmentPage() {
  const { id = '' } = useParams();
  const t = useT();
  const me = useMe().data;
  const shipment = useShipment(id);
  const events = useShipmentEvents(id);
  const people = usePeople(me, events.data);
  const [tab, setTab] = useState<Tab>('history');

  if (shipment.isPending) return <Spin description={t('shipment.loading')} />;
  if (shipment.isError) return <ErrorPanel error={shipment.error} onRetry={() => void shipment.refetch()} />;
  const s = shipment.data;

  return (
    <ConfigProvider theme={PAGE_THEME}>
      <div className="shipment-page" data-testid="shipment-page" data-version={s.version}>
        <ShipmentHeader shipment={s} me={me} events={events.data} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={17} className="shipment-main">
            <NextActions shipment={s} me={me} />
            <FloorHold shipment={s} me={me} />
            <ContainersCard shipment={s} me={me} />
            {me?.permissions.includes('GET /api/v1/shipments/:id/charges') && (
              <ChargesCard shipment={s} me={me} />
            )}
            <ShipmentBilling shipment={s} me={me} />
            <ReleasePanel shipment={s} me={me} />
            <PapersCard shipmentId={s.id} me={me} />
            <DocumentsCard shipmentId={s.id} staff />
            <Card size="small" className="shipment-tabs">
              <Tabs
                activeKey={tab}
                onChange={(key) => setTab(key as Tab)}
                items={[
                  {
                    key: 'history',
                    label: t('shipment.history.title'),
                    children: (
                      <HistoryTimeline events={events.data} loading={events.isPending} names={people.names} />
                    ),
                  },
                  {
                    key: 'emails',
                    label: t('shipment.emails.title'),
                    children: <EmailsTable shipmentId={s.id} />,
                  },
                  {
                    key: 'pdf',
                    label: t('shipment.pdf.tab'),
                    children: <BookingConfirmation shipmentId={s.id} reference={s.reference} />,
                  },
                ]}
              />
            </Card>
          </Col>
          <Col xs={24} xl={7}>
            <StageSteps status={s.status} events={events.data ?? []} />
          </Col>
        </Row>
      </div>
    </ConfigProvider>
  );
}
