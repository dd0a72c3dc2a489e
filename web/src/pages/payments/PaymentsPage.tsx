import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Select, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, ok } from '../../api/client';
import { useMe } from '../../auth/session';
import { useT } from '../../i18n/context';
import { CursorPager } from '../../lists/CursorPager';
import { ExportButton } from '../../lists/ExportButton';
import { useListParams } from '../../lists/url-params';
import { CURRENCIES, formatMoney, isCurrency, MINOR_DIGITS, type CurrencyCode } from '../../money/money';
import { PartySelect } from '../board/PartySelect';
import { usePartyLabel } from '../debit-notes/clients';
import { noteKeys, type Payment } from '../debit-notes/queries';
import { showTime } from '../shipment/time';
import { RecordReceipt } from './RecordReceipt';
import '../debit-notes/accounts.css';

const FILTERS = ['clientId', 'currency'] as const;
const digitsOf = (currency: string) => (isCurrency(currency) ? MINOR_DIGITS[currency] : 2);

/**
 * Payments received (`/payments`): latest first, by client and currency (in the URL), paged with the API's
 * cursors, exported for reconciling; "Record a receipt" for those who may (POST /payments).
 */
export function PaymentsPage() {
  const t = useT();
  const me = useMe().data;
  const { filters, cursor, setFilters, setCursor } = useListParams(FILTERS);
  const [recording, setRecording] = useState(false);
  const partyLabel = usePartyLabel();
  const query = { ...filters, currency: filters.currency as CurrencyCode | undefined, cursor, limit: 50 };
  const payments = useQuery({
    queryKey: noteKeys.payments(query),
    queryFn: () => ok(api.GET('/api/v1/payments', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const rows = payments.data?.items ?? [];
  const mayRecord = me?.permissions.includes('POST /api/v1/payments') ?? false;
  const notesOf = (p: Payment) =>
    p.allocations.map((a) => `${a.debitNoteNumber ?? a.debitNoteId}: ${a.amount.amount}`).join('; ');

  return (
    <Flex vertical gap={16} className="accounts-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} className="page-title">
          {t('accounts.payments.title')}
        </Typography.Title>
        <Flex gap={8}>
          <ExportButton
            fileName={t('accounts.payments.export')}
            rows={rows}
            columns={[
              { header: t('accounts.payments.col.received'), value: (p) => showTime(p.receivedAt) },
              { header: t('accounts.payments.col.client'), value: (p) => partyLabel(p.client) },
              { header: t('accounts.col.currency'), value: (p) => p.amount.currency },
              {
                header: t('accounts.payments.col.amount'),
                value: (p) => ({ money: p.amount.amount, digits: digitsOf(p.amount.currency) }),
              },
              {
                header: t('accounts.payments.col.unallocated'),
                value: (p) => ({ money: p.unallocated.amount, digits: digitsOf(p.amount.currency) }),
              },
              { header: t('accounts.payments.col.reference'), value: (p) => p.reference },
              { header: t('accounts.payments.col.notes'), value: notesOf },
            ]}
          />
          {mayRecord && (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setRecording(true)}
              data-testid="record-receipt"
            >
              {t('accounts.payments.record')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Flex wrap gap={12} align="center" role="search">
        <label htmlFor="payments-client" className="visually-hidden">
          {t('accounts.filter.client')}
        </label>
        <PartySelect
          kind="clients"
          id="payments-client"
          value={filters.clientId}
          placeholder={t('accounts.filter.client')}
          onChange={(clientId) => setFilters({ clientId })}
        />
        <Select
          aria-label={t('accounts.filter.currency')}
          placeholder={t('accounts.filter.currency')}
          allowClear
          style={{ width: 120 }}
          value={filters.currency}
          onChange={(currency?: string) => setFilters({ currency })}
          options={CURRENCIES.map((c) => ({ value: c, label: c }))}
        />
      </Flex>
      {payments.isError && <Alert type="error" showIcon title={payments.error.message} />}
      <Table<Payment>
        rowKey="id"
        size="middle"
        loading={payments.isFetching}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <span className="accounts-empty">{t('accounts.payments.empty')}</span> }}
        data-testid="payments-table"
        columns={[
          {
            title: t('accounts.payments.col.received'),
            key: 'received',
            render: (_, p) => showTime(p.receivedAt),
          },
          {
            title: t('accounts.payments.col.client'),
            key: 'client',
            render: (_, p) => partyLabel(p.client),
          },
          {
            title: t('accounts.payments.col.amount'),
            key: 'amount',
            align: 'right',
            className: 'money',
            render: (_, p) => formatMoney(p.amount),
          },
          {
            title: t('accounts.payments.col.unallocated'),
            key: 'unallocated',
            align: 'right',
            className: 'money',
            render: (_, p) => formatMoney(p.unallocated),
          },
          { title: t('accounts.payments.col.reference'), key: 'reference', dataIndex: 'reference' },
          {
            title: t('accounts.payments.col.notes'),
            key: 'notes',
            render: (_, p) => (
              <Flex vertical>
                {p.allocations.map((a) => (
                  <span key={a.debitNoteId}>
                    <Link to={`/debit-notes/${a.debitNoteId}`}>
                      {a.debitNoteNumber ?? a.debitNoteId.slice(0, 8)}
                    </Link>{' '}
                    <span className="money">{formatMoney(a.amount)}</span>
                  </span>
                ))}
              </Flex>
            ),
          },
        ]}
      />
      <CursorPager cursor={cursor} nextCursor={payments.data?.nextCursor} onMove={setCursor} />
      {mayRecord && <RecordReceipt open={recording} onClose={() => setRecording(false)} />}
    </Flex>
  );
}
