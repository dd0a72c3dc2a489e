import { Alert, Checkbox, DatePicker, Flex, Select, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useT } from '../../i18n/context';
import { CursorPager } from '../../lists/CursorPager';
import { ExportButton } from '../../lists/ExportButton';
import { useListParams } from '../../lists/url-params';
import { CURRENCIES, formatMoney, isCurrency, MINOR_DIGITS } from '../../money/money';
import { PartySelect } from '../board/PartySelect';
import { usePartyLabel } from './clients';
import { NoteStatusTag, OVERDUE_COLOUR } from './NoteStatusTag';
import { NOTE_FILTERS, NOTE_STATUSES, useDebitNotes, type DebitNote } from './queries';
import './accounts.css';

const digitsOf = (currency: string) => (isCurrency(currency) ? MINOR_DIGITS[currency] : 2);

/** An issued receivable with money open past its due date (the business day as the service counts it). */
export function isOverdue(note: DebitNote, today = dayjs().format('YYYY-MM-DD')): boolean {
  return (
    note.direction === 'receivable' &&
    (note.status === 'issued' || note.status === 'partially_paid') &&
    note.dueDate !== null &&
    note.dueDate < today
  );
}

/**
 * The debit notes (`/debit-notes`): filtered by status, client, currency, due date and overdue, the filters
 * and page in the URL (a link opens the same list), paged with the API's cursors, exported as CSV or XLSX.
 */
export function DebitNotesPage() {
  const t = useT();
  const { filters, cursor, setFilters, setCursor } = useListParams(NOTE_FILTERS);
  const notes = useDebitNotes(filters, cursor);
  const partyLabel = usePartyLabel();
  const rows = notes.data?.items ?? [];
  const party = (n: DebitNote) => partyLabel(n.party);

  return (
    <Flex vertical gap={16} className="accounts-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} className="page-title">
          {t('nav.debitNotes')}
        </Typography.Title>
        <ExportButton
          fileName={t('accounts.notes.export')}
          rows={rows}
          columns={[
            { header: t('accounts.col.number'), value: (n) => n.number ?? t('accounts.notes.draftNumber') },
            { header: t('accounts.col.shipment'), value: (n) => n.shipmentReference },
            { header: t('accounts.col.party'), value: party },
            { header: t('accounts.col.status'), value: (n) => t(`accounts.status.${n.status}`) },
            { header: t('accounts.col.currency'), value: (n) => n.currency },
            {
              header: t('accounts.col.total'),
              value: (n) => ({ money: n.total.amount, digits: digitsOf(n.currency) }),
            },
            {
              header: t('accounts.col.paid'),
              value: (n) => ({ money: n.paid.amount, digits: digitsOf(n.currency) }),
            },
            {
              header: t('accounts.col.balance'),
              value: (n) => ({ money: n.balance.amount, digits: digitsOf(n.currency) }),
            },
            { header: t('accounts.col.issued'), value: (n) => n.issueDate },
            { header: t('accounts.col.due'), value: (n) => n.dueDate },
          ]}
        />
      </Flex>
      <Flex wrap gap={12} align="center" role="search" className="accounts-filters">
        <Select
          aria-label={t('accounts.filter.status')}
          placeholder={t('accounts.filter.status')}
          allowClear
          style={{ width: 150 }}
          value={filters.status}
          onChange={(status?: string) => setFilters({ status })}
          options={NOTE_STATUSES.map((s) => ({ value: s, label: t(`accounts.status.${s}`) }))}
          data-testid="filter-status"
        />
        <Select
          aria-label={t('accounts.filter.direction')}
          placeholder={t('accounts.filter.direction')}
          allowClear
          style={{ width: 170 }}
          value={filters.direction}
          onChange={(direction?: string) => setFilters({ direction })}
          options={(['receivable', 'payable'] as const).map((d) => ({
            value: d,
            label: t(`accounts.direction.${d}`),
          }))}
          data-testid="filter-direction"
        />
        {filters.direction === 'payable' || filters.carrierId ? (
          <>
            <label htmlFor="notes-carrier" className="visually-hidden">
              {t('accounts.filter.carrier')}
            </label>
            <PartySelect
              kind="carriers"
              id="notes-carrier"
              value={filters.carrierId}
              placeholder={t('accounts.filter.carrier')}
              onChange={(carrierId) => setFilters({ carrierId })}
            />
          </>
        ) : null}
        <label htmlFor="notes-client" className="visually-hidden">
          {t('accounts.filter.client')}
        </label>
        <PartySelect
          kind="clients"
          id="notes-client"
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
        <DatePicker
          aria-label={t('accounts.filter.dueBefore')}
          placeholder={t('accounts.filter.dueBefore')}
          value={filters.dueBefore ? dayjs(filters.dueBefore) : null}
          onChange={(d) => setFilters({ dueBefore: d ? d.format('YYYY-MM-DD') : undefined })}
        />
        <Checkbox
          checked={filters.overdue === 'true'}
          onChange={(e) => setFilters({ overdue: e.target.checked ? 'true' : undefined })}
          data-testid="filter-overdue"
        >
          {t('accounts.filter.overdue')}
        </Checkbox>
      </Flex>
      {notes.isError && <Alert type="error" showIcon title={notes.error.message} />}
      <Table<DebitNote>
        rowKey="id"
        size="middle"
        loading={notes.isFetching}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <span className="accounts-empty">{t('accounts.notes.empty')}</span> }}
        data-testid="notes-table"
        columns={[
          {
            title: t('accounts.col.number'),
            key: 'number',
            render: (_, n) => (
              <Link to={`/debit-notes/${n.id}`} data-testid="note-link">
                {n.number ?? t('accounts.notes.draftNumber')}
              </Link>
            ),
          },
          {
            title: t('accounts.col.shipment'),
            key: 'shipment',
            render: (_, n) => <Link to={`/shipments/${n.shipmentId}`}>{n.shipmentReference}</Link>,
          },
          { title: t('accounts.col.party'), key: 'party', render: (_, n) => party(n) },
          {
            title: t('accounts.col.status'),
            key: 'status',
            render: (_, n) => (
              <Flex gap={4}>
                <NoteStatusTag status={n.status} direction={n.direction} />
                {isOverdue(n) && <Tag color={OVERDUE_COLOUR}>{t('accounts.notes.overdueTag')}</Tag>}
              </Flex>
            ),
          },
          {
            title: t('accounts.col.total'),
            key: 'total',
            align: 'right',
            className: 'money',
            render: (_, n) => formatMoney(n.total),
          },
          {
            title: t('accounts.col.balance'),
            key: 'balance',
            align: 'right',
            className: 'money',
            render: (_, n) => formatMoney(n.balance),
          },
          { title: t('accounts.col.issued'), key: 'issued', render: (_, n) => n.issueDate ?? '—' },
          { title: t('accounts.col.due'), key: 'due', render: (_, n) => n.dueDate ?? '—' },
        ]}
      />
      <CursorPager cursor={cursor} nextCursor={notes.data?.nextCursor} onMove={setCursor} />
    </Flex>
  );
}
