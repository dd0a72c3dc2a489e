import { Card, Descriptions, Flex, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { Me } from '../../auth/session';
import { useT } from '../../i18n/context';
import { formatMoney } from '../../money/money';
import type { Shipment } from '../shipment/queries';
import { NewNoteButton } from './NewNoteButton';
import { NoteStatusTag } from './NoteStatusTag';
import { RecordCarrierBill } from './RecordCarrierBill';
import { useProfit, useShipmentDebitNotes, type DebitNote } from './queries';
import './accounts.css';

/**
 * The shipment's debit notes on its page (status, total, balance, a link to each), "New debit note" for
 * those who may bill (the permission matrix), and the profit per shipment for staff who may read it.
 */
export function ShipmentBilling({ shipment, me }: { shipment: Shipment; me: Me | null | undefined }) {
  const t = useT();
  const may = (permission: string) => me?.permissions.includes(permission) ?? false;
  const notes = useShipmentDebitNotes(shipment.id);
  const mayProfit = may('GET /api/v1/shipments/:id/profit');
  const profit = useProfit(shipment.id, mayProfit);
  const rows = notes.data?.items ?? [];
  return (
    <Card
      size="small"
      className="shipment-billing"
      data-testid="shipment-billing"
      title={<h2 className="shipment-card-title">{t('accounts.billing.title')}</h2>}
      extra={
        may('POST /api/v1/shipments/:id/debit-notes') && shipment.status !== 'cancelled' ? (
          <Flex gap={8} wrap>
            <NewNoteButton shipment={shipment} />
            <RecordCarrierBill shipment={shipment} />
          </Flex>
        ) : null
      }
    >
      <Flex vertical gap={12}>
        <Table<DebitNote>
          size="small"
          rowKey="id"
          pagination={false}
          loading={notes.isPending}
          dataSource={rows}
          locale={{ emptyText: <span className="accounts-empty">{t('accounts.billing.none')}</span> }}
          columns={[
            {
              title: t('accounts.col.number'),
              key: 'number',
              render: (_, n) => (
                <Link to={`/debit-notes/${n.id}`} data-testid="billing-note-link">
                  {n.number ?? n.carrierNumber ?? t('accounts.notes.draftNumber')}
                </Link>
              ),
            },
            {
              title: t('accounts.col.direction'),
              key: 'direction',
              render: (_, n) => t(`accounts.direction.${n.direction}`),
            },
            {
              title: t('accounts.col.status'),
              key: 'status',
              render: (_, n) => <NoteStatusTag status={n.status} direction={n.direction} />,
            },
            {
              title: t('accounts.col.total'),
              key: 'total',
              align: 'right',
              className: 'accounts-money',
              render: (_, n) => formatMoney(n.total),
            },
            {
              title: t('accounts.col.balance'),
              key: 'balance',
              align: 'right',
              className: 'accounts-money',
              render: (_, n) => <span data-testid="billing-balance">{formatMoney(n.balance)}</span>,
            },
            { title: t('accounts.col.due'), key: 'due', render: (_, n) => n.dueDate ?? '—' },
          ]}
        />
        {mayProfit && profit.data && (
          <div data-testid="shipment-profit">
            <Typography.Text strong>
              {t('accounts.billing.profit', { currency: profit.data.baseCurrency })}
            </Typography.Text>
            <Descriptions
              size="small"
              column={3}
              items={[
                {
                  key: 'r',
                  label: t('accounts.billing.receivable'),
                  children: (
                    <span className="accounts-money">
                      {formatMoney(profit.data.receivable, { code: false })}
                    </span>
                  ),
                },
                {
                  key: 'p',
                  label: t('accounts.billing.payable'),
                  children: (
                    <span className="accounts-money">
                      {formatMoney(profit.data.payable, { code: false })}
                    </span>
                  ),
                },
                {
                  key: 'm',
                  label: t('accounts.billing.margin'),
                  children: (
                    <span className="accounts-money">{formatMoney(profit.data.margin, { code: false })}</span>
                  ),
                },
              ]}
            />
          </div>
        )}
      </Flex>
    </Card>
  );
}
