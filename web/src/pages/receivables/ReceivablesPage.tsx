import { FilePdfOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/context';
import { ErrorPanel } from '../../layout/ErrorPanel';
import type { ExportColumn } from '../../lists/export';
import { ExportButton } from '../../lists/ExportButton';
import { useListParams } from '../../lists/url-params';
import { formatMoney, isCurrency, MINOR_DIGITS } from '../../money/money';
import { businessToday, calendarDate } from '../clients/dates';
import { statementUrl, useAging, type AgingRow } from '../clients/queries';
import { sumMoney } from '../clients/sums';
import { AGING_BUCKETS, bucketLabel } from './buckets';
import { ClientOpenNotes } from './ClientOpenNotes';
import '../clients/clients.css';

const DAY = 'YYYY-MM-DD';

/**
 * Receivables (`/receivables?asOf=`): what each client in the caller's scope owed at the end of a day, by
 * age (GET /receivables/aging, in the base currency at each note's frozen rate), the clients whose oldest
 * open bill is over three months old flagged for a statement (docs/domain.md "Receivables"). A row opens to
 * the client's open notes now; each client's statement PDF as of the date; the rows exported for Excel.
 */
export function ReceivablesPage() {
  const { t } = useI18n();
  const { filters, setFilters } = useListParams(['asOf'] as const);
  const asOf = calendarDate(filters.asOf);
  const report = useAging(asOf);
  const base = report.data?.baseCurrency ?? 'CNY';
  const rows = report.data?.items ?? [];
  const shownDate = report.data?.asOf ?? asOf ?? businessToday();
  const digits = isCurrency(base) ? MINOR_DIGITS[base] : 2;

  const money = (m: { amount: string }) => ({ money: m.amount, digits });
  const exportColumns: ExportColumn<AgingRow>[] = [
    { header: t('clients.field.code'), value: (r) => r.clientCode },
    { header: t('clients.field.name'), value: (r) => r.clientName },
    ...AGING_BUCKETS.map((bucket): ExportColumn<AgingRow> => ({
      header: `${bucketLabel(t, bucket)} (${base})`,
      value: (r) => money(r[bucket]),
    })),
    { header: `${t('receivables.total')} (${base})`, value: (r) => money(r.total) },
    { header: t('receivables.oldest'), value: (r) => r.oldestIssueDate },
    {
      header: t('receivables.statementRequired'),
      value: (r) => (r.statementRequired ? t('receivables.yes') : t('receivables.no')),
    },
  ];

  return (
    <div className="receivables-page">
      <Flex justify="space-between" align="center" wrap gap="middle">
        <Typography.Title level={1} className="page-title">
          {t('receivables.title')}
        </Typography.Title>
        <ExportButton fileName={`receivables-${shownDate}`} columns={exportColumns} rows={rows} />
      </Flex>
      <Form layout="vertical" component="div" className="list-filters">
        <Flex wrap gap="middle" align="end">
          <Form.Item
            label={t('receivables.asOf')}
            htmlFor="receivables-as-of"
            extra={t('receivables.asOfHint')}
          >
            <DatePicker
              id="receivables-as-of"
              value={asOf ? dayjs(asOf, DAY) : null}
              placeholder={businessToday()}
              format={DAY}
              onChange={(day) => setFilters({ asOf: day ? day.format(DAY) : undefined })}
            />
          </Form.Item>
          <Typography.Text type="secondary" className="receivables-base" data-testid="receivables-as-of">
            {t('receivables.inBase', { currency: base, date: shownDate })}
          </Typography.Text>
        </Flex>
      </Form>
      {report.isError ? (
        <ErrorPanel error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <Table<AgingRow>
          rowKey="clientId"
          size="middle"
          loading={report.isFetching}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('receivables.none') }}
          data-testid="aging-table"
          onRow={(r) => ({ 'data-testid': `aging-row-${r.clientCode}` }) as object}
          expandable={{
            expandedRowRender: (r) => <ClientOpenNotes clientId={r.clientId} />,
            expandRowByClick: false,
          }}
          summary={() =>
            rows.length > 1 ? (
              <Table.Summary.Row className="aging-summary">
                <Table.Summary.Cell index={0} colSpan={2}>
                  <strong>{t('receivables.allClients')}</strong>
                </Table.Summary.Cell>
                {[...AGING_BUCKETS, 'total' as const].map((bucket, i) => (
                  <Table.Summary.Cell key={bucket} index={i + 2} align="right">
                    <strong className="money">
                      {formatMoney(
                        sumMoney(
                          rows.map((r) => r[bucket]),
                          base,
                        ),
                        { code: false },
                      )}
                    </strong>
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell index={8} colSpan={2} />
              </Table.Summary.Row>
            ) : null
          }
          columns={[
            {
              key: 'client',
              title: t('receivables.client'),
              render: (_, r) => (
                <Link to={`/clients/${r.clientId}`}>
                  <span className="mono">{r.clientCode}</span> · {r.clientName}
                </Link>
              ),
            },
            ...AGING_BUCKETS.map((bucket) => ({
              key: bucket,
              title: `${bucketLabel(t, bucket)}`,
              align: 'right' as const,
              render: (_: unknown, r: AgingRow) => (
                <span className={`money ${r[bucket].amount.replace(/[0.]/g, '') ? '' : 'money-zero'}`}>
                  {formatMoney(r[bucket], { code: false })}
                </span>
              ),
            })),
            {
              key: 'total',
              title: `${t('receivables.total')} (${base})`,
              align: 'right',
              render: (_, r) => (
                <strong className="money" data-testid="aging-total">
                  {formatMoney(r.total, { code: false })}
                </strong>
              ),
            },
            {
              key: 'flag',
              title: t('receivables.statementColumn'),
              render: (_, r) =>
                r.statementRequired ? (
                  <Tag
                    className="flag flag-passed"
                    data-testid="statement-required"
                    title={t('receivables.statementRequiredHint', { date: r.oldestIssueDate ?? '—' })}
                  >
                    {t('receivables.statementRequired')}
                  </Tag>
                ) : (
                  <span className="money-zero">{r.oldestIssueDate ?? '—'}</span>
                ),
            },
            {
              key: 'actions',
              title: <span className="visually-hidden">{t('receivables.actions')}</span>,
              render: (_, r) => (
                <Space size={4} orientation="vertical" align="start">
                  <Button
                    size="small"
                    href={statementUrl(r.clientId, shownDate)}
                    target="_blank"
                    rel="noopener"
                    icon={<FilePdfOutlined aria-hidden />}
                    aria-label={t('receivables.statementOf', { client: r.clientCode })}
                    data-testid="statement-pdf"
                  >
                    {t('receivables.statement')}
                  </Button>
                  <Link
                    to={`/debit-notes?clientId=${encodeURIComponent(r.clientId)}`}
                    aria-label={t('receivables.notesOf', { client: r.clientCode })}
                  >
                    <UnorderedListOutlined aria-hidden /> {t('receivables.notes')}
                  </Link>
                </Space>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
