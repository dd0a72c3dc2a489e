import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/context';
import { formatMoney } from '../../money/money';
import { debitNotePdfUrl, type DebitNote } from './queries';
import './clients.css';

/**
 * Open receivable notes: number, shipment, dates, total and what is still owed, each with its PDF. Staff's
 * numbers link to the note's page; a client user (`portal`) opens the PDF only.
 */
export function OpenNotesTable({
  notes,
  loading,
  portal = false,
  today,
}: {
  notes: readonly DebitNote[];
  loading: boolean;
  portal?: boolean;
  /** YYYY-MM-DD in the business time zone: a note due before it is overdue. */
  today: string;
}) {
  const { t } = useI18n();
  return (
    <Table<DebitNote>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={[...notes]}
      pagination={false}
      locale={{ emptyText: t('clients.noOpenNotes') }}
      data-testid="open-notes"
      onRow={(n) => ({ 'data-testid': `open-note-${n.number ?? n.id}` }) as object}
      columns={[
        {
          key: 'number',
          title: t('clients.note.number'),
          render: (_, n) =>
            portal ? (
              <span className="mono">{n.number}</span>
            ) : (
              <Link to={`/debit-notes/${n.id}`} className="mono">
                {n.number}
              </Link>
            ),
        },
        {
          key: 'shipment',
          title: t('field.reference'),
          render: (_, n) =>
            n.shipmentReference ? (
              <Link to={`/shipments/${n.shipmentId}`} className="mono">
                {n.shipmentReference}
              </Link>
            ) : (
              '—'
            ),
        },
        { key: 'issued', title: t('clients.note.issueDate'), render: (_, n) => n.issueDate ?? '—' },
        {
          key: 'due',
          title: t('clients.note.dueDate'),
          render: (_, n) => (
            <span className="note-due">
              {n.dueDate ?? '—'}
              {n.dueDate && n.dueDate < today && (
                <Tag className="flag flag-passed note-overdue">{t('clients.note.overdue')}</Tag>
              )}
            </span>
          ),
        },
        {
          key: 'total',
          title: t('clients.note.total'),
          align: 'right',
          render: (_, n) => <span className="money">{formatMoney(n.total)}</span>,
        },
        {
          key: 'balance',
          title: t('clients.note.balance'),
          align: 'right',
          render: (_, n) => (
            <strong className="money" data-testid="note-balance">
              {formatMoney(n.balance)}
            </strong>
          ),
        },
        {
          key: 'status',
          title: t('clients.note.status'),
          render: (_, n) =>
            t(n.status === 'partially_paid' ? 'clients.note.partiallyPaid' : 'clients.note.issued'),
        },
        {
          key: 'pdf',
          title: <span className="visually-hidden">{t('clients.note.pdf')}</span>,
          render: (_, n) => (
            <Button
              size="small"
              href={debitNotePdfUrl(n.id)}
              target="_blank"
              rel="noopener"
              icon={<FilePdfOutlined aria-hidden />}
              aria-label={t('clients.note.pdfOf', { number: n.number ?? '' })}
              data-testid="note-pdf"
            >
              PDF
            </Button>
          ),
        },
      ]}
    />
  );
}
