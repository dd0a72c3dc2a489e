import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Card, List, Tag, Typography } from 'antd';
import { useMe } from '../../auth/session';
import { useT } from '../../i18n/context';
import { ErrorPanel } from '../../layout/ErrorPanel';
import { formatMoney } from '../../money/money';
import { debitNotePdfUrl, statementUrl } from '../clients/queries';
import type { Shipment } from '../shipment/queries';
import { useShipmentBills } from './queries';

/**
 * The shipment's bills for the client to open or download: its issued debit notes (paid or not, and void ones
 * marked so) with their PDFs and balances, and its statement of account as of today. Each is a same-origin
 * PDF the session cookie opens. The papers sent (booking confirmation, S/O notice, B/L draft) are in the
 * documents-sent card, each as it was sent.
 */
export function PortalDocuments({ shipment }: { shipment: Shipment }) {
  const t = useT();
  const me = useMe().data;
  const bills = useShipmentBills(shipment.id);
  const pdf = (href: string, label: string, testId: string) => (
    <Button
      href={href}
      target="_blank"
      rel="noopener"
      icon={<FilePdfOutlined aria-hidden />}
      aria-label={label}
      data-testid={testId}
    >
      PDF
    </Button>
  );

  return (
    <Card
      size="small"
      title={<h2 className="card-title">{t('portal.documents')}</h2>}
      data-testid="portal-documents"
    >
      {bills.isError && <ErrorPanel error={bills.error} onRetry={() => void bills.refetch()} />}
      <List
        size="small"
        loading={bills.isPending}
        dataSource={[
          ...(bills.data ?? []).map((n) => ({
            key: n.id,
            title: t('portal.doc.bill', { number: n.number ?? '' }),
            detail: (
              <span>
                <span className="money">{formatMoney(n.total)}</span>
                {' · '}
                {n.status === 'void' ? (
                  <Tag>{t('portal.doc.void')}</Tag>
                ) : n.status === 'paid' ? (
                  <Tag color="green">{t('portal.doc.paid')}</Tag>
                ) : (
                  <span>
                    {t('portal.doc.due', { date: n.dueDate ?? '—' })} ·{' '}
                    <strong className="money">
                      {t('portal.doc.balance', { amount: formatMoney(n.balance) })}
                    </strong>
                  </span>
                )}
              </span>
            ),
            action: pdf(
              debitNotePdfUrl(n.id),
              t('portal.doc.open', { what: t('portal.doc.bill', { number: n.number ?? '' }) }),
              `doc-bill-${n.number ?? n.id}`,
            ),
          })),
          ...(me?.clientId
            ? [
                {
                  key: 'statement',
                  title: t('portal.statement'),
                  detail: t('portal.doc.statementHint'),
                  action: pdf(
                    statementUrl(me.clientId),
                    t('portal.doc.open', { what: t('portal.statement') }),
                    'doc-statement',
                  ),
                },
              ]
            : []),
        ]}
        renderItem={(item) => (
          <List.Item key={item.key} actions={[item.action]} data-testid={`doc-item-${item.key}`}>
            <List.Item.Meta
              title={<Typography.Text strong>{item.title}</Typography.Text>}
              description={<span className="portal-doc-detail">{item.detail}</span>}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
