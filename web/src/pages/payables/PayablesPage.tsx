import { PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Flex, Form, Select, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../../auth/session';
import { useT } from '../../i18n/context';
import type { ExportColumn } from '../../lists/export';
import { CursorPager } from '../../lists/CursorPager';
import { ExportButton } from '../../lists/ExportButton';
import { useListParams } from '../../lists/url-params';
import { CURRENCIES, formatMoney, isCurrency, MINOR_DIGITS, type CurrencyCode } from '../../money/money';
import { PartySelect } from '../board/PartySelect';
import { businessToday, calendarDate } from '../clients/dates';
import { usePartyLabel } from '../debit-notes/clients';
import { AGING_BUCKETS, bucketLabel } from '../receivables/buckets';
import { showTime } from '../shipment/time';
import { PayCarrier } from './PayCarrier';
import { useCarrierPayments, usePayablesAging, type CarrierPayment, type PayablesAgingRow } from './queries';
import '../debit-notes/accounts.css';

const DAY = 'YYYY-MM-DD';
const FILTERS = ['asOf', 'carrierId', 'currency'] as const;

/**
 * Payables (`/payables`): what we owe each carrier on a day by age (GET /payables/aging, days past the
 * carrier's due date, in the base currency at each bill's frozen rate), the payments made to carriers
 * (GET /carrier-payments, by carrier and currency, paged), and "Pay a carrier" for accounts.
 */
export function PayablesPage() {
  const t = useT();
  const me = useMe().data;
  const { filters, cursor, setFilters, setCursor } = useListParams(FILTERS);
  const [paying, setPaying] = useState(false);
  const partyLabel = usePartyLabel();
  const asOf = calendarDate(filters.asOf);
  const aging = usePayablesAging(asOf);
  const base = aging.data?.baseCurrency ?? 'CNY';
  const digits = isCurrency(base) ? MINOR_DIGITS[base] : 2;
  const shownDate = aging.data?.asOf ?? asOf ?? businessToday();
  const rows = aging.data?.items ?? [];
  const query = {
    carrierId: filters.carrierId,
    currency: filters.currency as CurrencyCode | undefined,
    cursor,
    limit: 50,
  };
  const payments = useCarrierPayments(query);
  const paymentRows = payments.data?.items ?? [];
  const mayPay = me?.permissions.includes('POST /api/v1/carrier-payments') ?? false;

  const money = (m: { amount: string }) => ({ money: m.amount, digits });
  const exportColumns: ExportColumn<PayablesAgingRow>[] = [
    { header: t('accounts.payables.carrier'), value: (r) => `${r.carrierCode} ${r.carrierName}` },
    ...AGING_BUCKETS.map((bucket): ExportColumn<PayablesAgingRow> => ({
      header: `${bucketLabel(t, bucket)} (${base})`,
      value: (r) => money(r[bucket]),
    })),
    { header: `${t('accounts.payables.total')} (${base})`, value: (r) => money(r.total) },
    { header: t('accounts.payables.oldest'), value: (r) => r.oldestIssueDate },
  ];

  return (
    <Flex vertical gap={16} className="accounts-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} className="page-title">
          {t('accounts.payables.title')}
        </Typography.Title>
        {mayPay && (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setPaying(true)}
            data-testid="pay-carrier"
          >
            {t('accounts.carrierPay.record')}
          </Button>
        )}
      </Flex>

      <Flex justify="space-between" align="end" wrap gap={8}>
        <Typography.Title level={2} className="accounts-section-title">
          {t('accounts.payables.aging')}
        </Typography.Title>
        <ExportButton
          fileName={`${t('accounts.payables.export')}-${shownDate}`}
          columns={exportColumns}
          rows={rows}
        />
      </Flex>
      <Form layout="vertical" component="div">
        <Flex wrap gap={16} align="end">
          <Form.Item label={t('accounts.payables.asOf')} htmlFor="payables-as-of" style={{ marginBottom: 0 }}>
            <DatePicker
              id="payables-as-of"
              value={asOf ? dayjs(asOf, DAY) : null}
              placeholder={businessToday()}
              format={DAY}
              onChange={(day) => setFilters({ asOf: day ? day.format(DAY) : undefined })}
            />
          </Form.Item>
          <Typography.Text type="secondary" data-testid="payables-as-of">
            {t('accounts.payables.inBase', { currency: base, date: shownDate })}
          </Typography.Text>
        </Flex>
      </Form>
      {aging.isError && <Alert type="error" showIcon title={aging.error.message} />}
      <Table<PayablesAgingRow>
        rowKey="carrierId"
        size="middle"
        loading={aging.isFetching}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <span className="accounts-empty">{t('accounts.payables.none')}</span> }}
        data-testid="payables-aging"
        onRow={(r) => ({ 'data-testid': `payables-row-${r.carrierCode}` }) as object}
        columns={[
          {
            key: 'carrier',
            title: t('accounts.payables.carrier'),
            render: (_, r) => (
              <span>
                <span className="mono">{r.carrierCode}</span> · {r.carrierName}
              </span>
            ),
          },
          ...AGING_BUCKETS.map((bucket) => ({
            key: bucket,
            title: bucketLabel(t, bucket),
            align: 'right' as const,
            className: 'accounts-money',
            render: (_: unknown, r: PayablesAgingRow) => formatMoney(r[bucket], { code: false }),
          })),
          {
            key: 'total',
            title: `${t('accounts.payables.total')} (${base})`,
            align: 'right',
            className: 'accounts-money',
            render: (_, r) => (
              <strong data-testid="payables-total">{formatMoney(r.total, { code: false })}</strong>
            ),
          },
          { key: 'oldest', title: t('accounts.payables.oldest'), render: (_, r) => r.oldestIssueDate ?? '—' },
          {
            key: 'bills',
            title: <span className="visually-hidden">{t('accounts.payables.bills')}</span>,
            render: (_, r) => (
              <Link
                to={`/debit-notes?direction=payable&carrierId=${encodeURIComponent(r.carrierId)}`}
                aria-label={t('accounts.payables.billsOf', { carrier: r.carrierCode })}
              >
                <UnorderedListOutlined aria-hidden /> {t('accounts.payables.bills')}
              </Link>
            ),
          },
        ]}
      />

      <Flex justify="space-between" align="end" wrap gap={8}>
        <Typography.Title level={2} className="accounts-section-title">
          {t('accounts.payables.payments')}
        </Typography.Title>
        <ExportButton
          fileName={t('accounts.carrierPay.export')}
          rows={paymentRows}
          columns={[
            { header: t('accounts.carrierPay.col.paid'), value: (p) => showTime(p.paidAt) },
            { header: t('accounts.carrierPay.col.carrier'), value: (p) => partyLabel(p.carrier) },
            { header: t('accounts.col.currency'), value: (p) => p.amount.currency },
            {
              header: t('accounts.payments.col.amount'),
              value: (p) => ({
                money: p.amount.amount,
                digits: isCurrency(p.amount.currency) ? MINOR_DIGITS[p.amount.currency] : 2,
              }),
            },
            { header: t('accounts.payments.col.reference'), value: (p) => p.reference },
            {
              header: t('accounts.carrierPay.col.bills'),
              value: (p) =>
                p.allocations
                  .map((a) => `${a.carrierNumber ?? a.debitNoteId}: ${a.amount.amount}`)
                  .join('; '),
            },
          ]}
        />
      </Flex>
      <Flex wrap gap={12} align="center" role="search">
        <label htmlFor="carrier-payments-carrier" className="visually-hidden">
          {t('accounts.carrierPay.carrier')}
        </label>
        <PartySelect
          kind="carriers"
          id="carrier-payments-carrier"
          value={filters.carrierId}
          placeholder={t('accounts.carrierPay.carrier')}
          onChange={(carrierId) => setFilters({ carrierId })}
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
      <Table<CarrierPayment>
        rowKey="id"
        size="middle"
        loading={payments.isFetching}
        dataSource={paymentRows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <span className="accounts-empty">{t('accounts.carrierPay.empty')}</span> }}
        data-testid="carrier-payments-table"
        columns={[
          { title: t('accounts.carrierPay.col.paid'), key: 'paid', render: (_, p) => showTime(p.paidAt) },
          {
            title: t('accounts.carrierPay.col.carrier'),
            key: 'carrier',
            render: (_, p) => partyLabel(p.carrier),
          },
          {
            title: t('accounts.payments.col.amount'),
            key: 'amount',
            align: 'right',
            className: 'accounts-money',
            render: (_, p) => formatMoney(p.amount),
          },
          {
            title: t('accounts.payments.col.unallocated'),
            key: 'unallocated',
            align: 'right',
            className: 'accounts-money',
            render: (_, p) => formatMoney(p.unallocated),
          },
          { title: t('accounts.payments.col.reference'), key: 'reference', dataIndex: 'reference' },
          {
            title: t('accounts.carrierPay.col.bills'),
            key: 'bills',
            render: (_, p) => (
              <Flex vertical>
                {p.allocations.map((a) => (
                  <span key={a.debitNoteId}>
                    <Link to={`/debit-notes/${a.debitNoteId}`}>
                      {a.carrierNumber ?? a.debitNoteId.slice(0, 8)}
                    </Link>{' '}
                    <span className="accounts-money">{formatMoney(a.amount)}</span>
                  </span>
                ))}
              </Flex>
            ),
          },
        ]}
      />
      <CursorPager cursor={cursor} nextCursor={payments.data?.nextCursor} onMove={setCursor} />
      {mayPay && <PayCarrier open={paying} onClose={() => setPaying(false)} />}
    </Flex>
  );
}
